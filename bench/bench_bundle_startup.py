"""Start-up of the frozen bundle: process start to the members page painted, against a bare
PySide6 window frozen the same way, in one run.

    python bench/bench_bundle_startup.py [--runs N] [--bundle DIST/Cercle] [--drop-caches]

Builds, in a temporary folder, the bundle from ``build.spec`` (unless ``--bundle`` names one
already built) and ``bench/floor_window.py`` with PyInstaller the same way (one folder, windowed,
no UPX), writes the demo club with the bundle itself (``Cercle demo``), then launches alternately,
N times each after one discarded warm-up round:

- ``bare``:   the frozen ``floor_window --bare``: Python + a bare PySide6 window;
- ``floor``:  the frozen ``floor_window``: the same after ``import sqlalchemy.orm``;
- ``bundle``: ``Cercle --db DEMO`` on the members page.

Each prints ``CERCLE_BENCH_PAINTED <time.time()>`` once painted (``CERCLE_BENCH_PAGE=members``, see
``ui.startup``); the figure is that time minus the parent's ``time.time()`` before the
launch. Children run with ``QT_QPA_PLATFORM=offscreen`` and temporary data and settings folders.
The OS file cache is warm after the warm-up round; ``--drop-caches`` (root on Linux) empties it
before every launch, for a truly cold start. Also prints the bundle's size on disk.
Target: bundle median within 1.3x the frozen floor. Always exits 0; the verdict is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import MARK, machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3
TIMEOUT_S = 120


def build_bundle(work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--log-level",
                    "WARN", "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
                   cwd=ROOT, check=True, capture_output=True, timeout=1800)
    return work / "dist" / "Cercle"


def build_floor(work: Path) -> Path:
    """``floor_window.py`` frozen like the bundle: one folder, windowed, no UPX."""
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "bench" / "floor_window.py"), "--onedir",
                    "--windowed", "--noupx", "--noconfirm", "--log-level", "WARN", "--name", "floor",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    "--specpath", str(work)],
                   cwd=ROOT, check=True, capture_output=True, timeout=1800)
    return work / "dist" / "floor"


def executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1024 / 1024


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def launch(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        drop_caches()
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{' '.join(command)} did not report ({done.returncode}):\n{done.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="launches of each variant (default 9, at least 5)")
    parser.add_argument("--bundle", type=Path, help="an already built bundle folder (dist/Cercle)")
    parser.add_argument("--drop-caches", action="store_true", help="empty the OS file cache before each launch")
    args = parser.parse_args()
    runs = max(args.runs, 5)

    print("Cercle bundle start-up benchmark", time.strftime("%Y-%m-%d %H:%M"))
    for key, value in machine().items():
        print(f"  {key:13s} {value}")
    cold = args.drop_caches and drop_caches()
    if args.drop_caches and not cold:
        print("  (cannot drop the file cache here: not root or not Linux; timing warm starts)")

    with tempfile.TemporaryDirectory(prefix="cercle-bundle-bench-") as folder:
        tmp = Path(folder)
        started = time.perf_counter()
        bundle = args.bundle.resolve() if args.bundle else build_bundle(tmp / "app")
        floor = build_floor(tmp / "floor")
        print(f"\nBuilt in {time.perf_counter() - started:.0f} s. Bundle: {folder_size_mb(bundle):.1f} MB on disk; "
              f"frozen floor: {folder_size_mb(floor):.1f} MB")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CERCLE_BENCH_PAGE="members",
                   CERCLE_DATA_DIR=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
                   XDG_DATA_HOME=str(tmp / "xdg-data"))
        env.pop("CERCLE_DB", None)
        demo = tmp / "demo.db"
        subprocess.run([str(executable(bundle, "Cercle")), "demo", str(demo)], env=env, check=True,
                       capture_output=True, timeout=TIMEOUT_S)
        variants = {
            "bare": [str(executable(floor, "floor")), "--bare"],
            "floor": [str(executable(floor, "floor"))],
            "bundle": [str(executable(bundle, "Cercle")), "--db", str(demo)],
        }
        names = list(variants)
        for name in names:
            launch(variants[name], env, False)
        painted: dict[str, list[float]] = defaultdict(list)
        for round_ in range(runs):
            order = names[round_ % len(names):] + names[:round_ % len(names)]
            for name in order:
                painted[name].append(launch(variants[name], env, cold))

    kind = "cold (file cache dropped)" if cold else "warm file cache"
    print(f"\nProcess start -> window painted, {runs} launches each, {kind} (ms):")
    print(f"  {'variant':8s} {'median':>8s} {'min':>8s} {'max':>8s}")
    for name in names:
        values = painted[name]
        print(f"  {name:8s} {1000 * statistics.median(values):8.0f} {1000 * min(values):8.0f} "
              f"{1000 * max(values):8.0f}")
    ratio = statistics.median(painted["bundle"]) / statistics.median(painted["floor"])
    verdict = "PASS" if ratio <= TARGET_RATIO else "MISS"
    print(f"\n  bundle / frozen floor: {ratio:.2f}x on medians "
          f"(bundle - floor = {1000 * (statistics.median(painted['bundle']) - statistics.median(painted['floor'])):.0f}"
          f" ms); target <= {TARGET_RATIO}x: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

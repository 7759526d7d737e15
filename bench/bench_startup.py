"""Start-up time: process start to the members page painted, against the floor, in one run.

    python bench/bench_startup.py [--runs N] [--baseline [NAME=]DIR ...]

Creates the demo club once (``python -m app demo``) in a temporary folder, then launches,
alternating, N times each (after one discarded warm-up round):

- ``bare``:  ``bench/floor_window.py --bare``: Python + a bare PySide6 window;
- ``floor``: ``bench/floor_window.py``: the same after ``import sqlalchemy.orm`` (the floor);
- ``models``: ``bench/floor_window.py --models``: the floor + declaring Cercle's ORM models and
  configuring the mappers (diagnostic only: how much of the gap is the ORM itself);
- ``app``:   ``python -m app --db DEMO`` with ``CERCLE_BENCH_PAGE=members``;
- ``baseline`` (with ``--baseline DIR``): the same from another copy of Cercle's source, e.g. an
  earlier commit exported with ``git archive``, or the same source with one start-up trick taken
  out: a before/after comparison in the same run. ``--baseline NAME=DIR`` names the variant, and
  the option may be repeated to time several copies in the same run.

The app is started on its members page (``CERCLE_BENCH_PAGE=members``; it opens on the
dashboard otherwise). Each child prints ``CERCLE_BENCH_PAINTED <time.time()>`` once its window is
painted (see ``ui.startup``, the app's one benchmark hook); the figure is that time minus the
parent's ``time.time()`` just before the launch. The children run with ``QT_QPA_PLATFORM=offscreen``, a temporary
``XDG_CONFIG_HOME`` (the user's QSettings are neither read nor written) and a temporary
``PYTHONPYCACHEPREFIX`` with byte-code writing on, so that every variant runs from compiled
byte-code as an installed app does, even where ``PYTHONDONTWRITEBYTECODE`` is set.

Target: app median within 1.2x the floor median. Finally ``python -X importtime`` on one app
start lists the costliest imports and checks that no heavy module is on the start path.
Always exits 0; the verdict is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ROOT / "bench" / "floor_window.py"
MARK = "CERCLE_BENCH_PAINTED"
TARGET_RATIO = 1.2
TIMEOUT_S = 60
# Modules that must stay off the start path (imported only by the features that need them).
HEAVY = ("alembic", "reportlab", "openpyxl", "babel", "stdnum", "email_validator", "app.reports", "app.cli.export")


def machine() -> dict[str, str]:
    """Where the figures come from."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "?"
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    import PySide6
    import sqlalchemy

    return {
        "nproc": str(os.cpu_count()),
        "CPU": cpu,
        "RAM": ram,
        "Python": platform.python_version(),
        "PySide6": PySide6.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "load average": " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?",
    }


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CERCLE_BENCH_PAGE="members",  # the app opens on the dashboard; the benchmark times the members page
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    return env


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def launch(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Run one child; return (seconds to painted, CPU seconds it used up to its exit)."""
    cpu = _children_cpu()
    start = time.time()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            return float(line.split()[1]) - start, _children_cpu() - cpu
    raise RuntimeError(f"{' '.join(command)} did not report ({done.returncode}):\n{done.stderr[-2000:]}")


def import_profile(command: list[str], env: dict[str, str]) -> list[tuple[str, int, int]]:
    """(module, self µs, cumulative µs) for each import of one start, from ``-X importtime``."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=TIMEOUT_S,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        _, self_us, cumulative, name = (part.strip() for part in line.replace("import time:", "|").split("|"))
        rows.append((name, int(self_us), int(cumulative)))
    return rows


def _named_baseline(value: str) -> tuple[str, Path]:
    """``NAME=DIR`` or ``DIR`` (named ``baseline``) of ``--baseline``."""
    name, _, folder = value.rpartition("=")
    return name or "baseline", Path(folder).resolve()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="launches of each variant (default 9, at least 7)")
    parser.add_argument("--baseline", action="append", default=[], metavar="[NAME=]DIR",
                        help="another copy of Cercle's source, timed as the variant NAME ('baseline' by "
                             "default); may be repeated")
    args = parser.parse_args()
    runs = max(args.runs, 7)
    baselines = dict(_named_baseline(value) for value in args.baseline)

    print("Cercle start-up benchmark", time.strftime("%Y-%m-%d %H:%M"))
    for key, value in machine().items():
        print(f"  {key:13s} {value}")

    with tempfile.TemporaryDirectory(prefix="cercle-bench-") as folder:
        tmp = Path(folder)
        env = child_env(tmp)
        demo = tmp / "demo.db"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", "demo", str(demo)], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=TIMEOUT_S)
        print(f"\nDemo club written in {time.perf_counter() - started:.2f} s: {demo}")

        variants = {
            "bare": [sys.executable, str(FLOOR), "--bare"],
            "floor": [sys.executable, str(FLOOR)],
            "models": [sys.executable, str(FLOOR), "--models"],
            "app": [sys.executable, "-m", "app", "--db", str(demo)],
        }
        folders = {name: ROOT for name in variants}
        for name, folder in baselines.items():
            variants[name] = variants["app"]
            folders[name] = folder
        names = list(variants)
        for name in names:  # warm-up: fills the byte-code cache and the OS file cache
            launch(variants[name], env, folders[name])
        painted: dict[str, list[float]] = defaultdict(list)
        cpu: dict[str, list[float]] = defaultdict(list)
        for round_ in range(runs):
            order = names[round_ % len(names):] + names[:round_ % len(names)]  # alternate, rotating who goes first
            for name in order:
                shown, used = launch(variants[name], env, folders[name])
                painted[name].append(shown)
                cpu[name].append(used)

        print(f"\nProcess start -> window painted, {runs} launches each (ms):")
        width = max(8, *map(len, names))
        print(f"  {'variant':{width}s} {'median':>8s} {'min':>8s} {'max':>8s}   {'CPU to exit, median':>19s}")
        for name in names:
            values = painted[name]
            print(f"  {name:{width}s} {1000 * statistics.median(values):8.0f} {1000 * min(values):8.0f} "
                  f"{1000 * max(values):8.0f}   {1000 * statistics.median(cpu[name]):19.0f}")
        floor_median = statistics.median(painted["floor"])
        app_median = statistics.median(painted["app"])
        ratio = app_median / floor_median
        ratio_min = min(painted["app"]) / min(painted["floor"])
        verdict = "PASS" if ratio <= TARGET_RATIO else "MISS"
        print(f"\n  app / floor: {ratio:.2f}x on medians, {ratio_min:.2f}x on minima "
              f"(app - floor = {1000 * (app_median - floor_median):.0f} ms); target <= {TARGET_RATIO}x: {verdict}")
        if baselines:
            print("\n  Each baseline against the app (ms; 'paired': the median of the differences between the"
                  "\n  two launches of the same round, which other jobs on the machine disturb alike):")
            print(f"  {'variant':{width}s} {'/ floor':>8s} {'median':>8s} {'minimum':>8s} {'paired':>8s} {'CPU':>8s}")
        for name in baselines:
            paired = statistics.median(b - a for b, a in zip(painted[name], painted["app"], strict=True))
            print(f"  {name:{width}s} {statistics.median(painted[name]) / floor_median:7.2f}x "
                  f"{1000 * (statistics.median(painted[name]) - app_median):+8.0f} "
                  f"{1000 * (min(painted[name]) - min(painted['app'])):+8.0f} "
                  f"{1000 * paired:+8.0f} "
                  f"{1000 * (statistics.median(cpu[name]) - statistics.median(cpu['app'])):+8.0f}")

        imports = import_profile(variants["app"], env)
    by_package: dict[str, int] = defaultdict(int)
    for module, self_us, _ in imports:
        by_package[module.split(".")[0]] += self_us
    total = sum(by_package.values())
    print(f"\nImports of one app start (python -X importtime): {len(imports)} modules, {total / 1000:.0f} ms "
          "(self times; -X importtime inflates them)")
    print("  15 costliest top-level packages (sum of their modules' self time):")
    for package, self_us in sorted(by_package.items(), key=lambda item: -item[1])[:15]:
        print(f"    {package:28s} {self_us / 1000:7.1f} ms")
    print("  15 costliest single modules (self time):")
    for module, self_us, cumulative in sorted(imports, key=lambda row: -row[1])[:15]:
        print(f"    {module:44s} {self_us / 1000:7.1f} ms   (cumulative {cumulative / 1000:.1f} ms)")
    heavy = sorted({m for m, _, _ in imports for h in HEAVY if m == h or m.startswith(h + ".")})
    print(f"  heavy modules on the start path ({', '.join(HEAVY)}): {', '.join(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

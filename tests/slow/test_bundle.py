"""The Windows bundle's recipe, built on Linux with PyInstaller, and its selftest run.

Slow (a minute or two to build): run with ``python -m pytest -m slow`` (``.ci/run`` does).
The same ``build.spec`` builds ``Cercle.exe`` on Windows (docs/windows.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT_MB = 190

pytestmark = pytest.mark.slow


def folder_size(folder: Path) -> int:
    """Bytes on disk of the files (a symbolic link counts for nothing, as its target is inside)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pyinstaller") is None and subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--version"], capture_output=True).returncode != 0:
        pytest.fail('PyInstaller is missing: pip install -e ".[build]"')
    work = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-4000:]
    folder = work / "dist" / "Cercle"
    assert folder.is_dir()
    return folder


def run(bundle: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CERCLE_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("CERCLE_DB", None)
    return subprocess.run([str(bundle / "Cercle"), *args], capture_output=True, text=True, timeout=600, env=env,
                          cwd=tmp_path)


def test_the_bundle_passes_its_selftest(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "selftest", tmp_path=tmp_path)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert not [line for line in lines if line.startswith("FAIL")]
    checks = [line for line in lines if line.startswith("ok ")]
    for name in ("migrations", "demo club", "report font", "report annuaire", "QR code", "backup",
                 "Qt translation", "pages", "PDF view"):
        assert any(line.startswith(f"ok   {name}:") for line in checks), (name, done.stdout)
    assert "checks passed" in lines[-1]


def test_the_bundle_is_one_folder_without_unused_qt_and_under_the_size_limit(bundle: Path) -> None:
    files = [path.relative_to(bundle).as_posix() for path in bundle.rglob("*")]
    for unwanted in ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "/qml/"):
        assert not [name for name in files if unwanted in name], unwanted
    translations = [name.rsplit("/", 1)[-1] for name in files if "/translations/" in name and "PySide6" in name]
    assert translations and all(name.split("_")[1][:2] in ("fr", "en", "ar") for name in translations), translations
    # What the app loads by name is there: migrations, fonts, translations, icons.
    for needed in ("app/db/migrations/versions", "resources/fonts/DejaVuSans.ttf",
                   "resources/translations/cercle_fr.qm", "resources/icons/cercle.svg"):
        assert any(name.endswith(needed) for name in files), needed
    size_mb = folder_size(bundle) / 1024 / 1024
    print(f"\nbundle size on disk: {size_mb:.1f} MB ({len(files)} files)")
    assert size_mb < SIZE_LIMIT_MB


def test_the_bundle_runs_a_command_and_reports_bad_input_on_one_line(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--version", tmp_path=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("Cercle ")
    bad = tmp_path / "not-a-database.db"
    bad.write_text("hello", encoding="utf-8")
    done = run(bundle, "members", "list", "--db", str(bad), tmp_path=tmp_path)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "SQLite" in done.stderr

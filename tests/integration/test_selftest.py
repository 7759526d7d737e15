"""``cercle selftest``: one line per check, and it stops at the first failure with exit code 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CERCLE_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-m", "app", "selftest", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_selftest_runs_every_lazily_loaded_part(tmp_path: Path) -> None:
    done = _run(tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    names = [line[5:].split(":", 1)[0] for line in lines if line.startswith("ok   ")]
    from app.reports import REPORTS

    assert names[:4] == ["log file", "migrations", "demo club", "report font"]
    assert [name for name in names if name.startswith("report ") and name != "report font"] == [
        f"report {name}" for name in REPORTS]
    for name in ("QR code", "backup", "Qt", "Qt translation", "icons", "pages", "dialogs", "PDF view"):
        assert name in names
    assert lines[-1].startswith(f"selftest: {len(names)} checks passed")
    # It used a temporary folder: nothing left in the user's data folder but the log.
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["logs"]


def test_selftest_without_the_interface_does_not_load_qt(tmp_path: Path) -> None:
    done = _run("--no-gui", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   backup:" in done.stdout and "ok   Qt" not in done.stdout


def test_the_first_failure_stops_the_run_with_its_reason(tmp_path: Path) -> None:
    from app.cli.selftest import SelfTest, run_checks

    calls = []

    def good(state: SelfTest) -> str:
        calls.append("good")
        return "fine"

    def broken(state: SelfTest) -> str:
        calls.append("broken")
        raise ModuleNotFoundError("No module named 'reportlab.graphics.barcode.qr'")

    def never(state: SelfTest) -> str:
        calls.append("never")
        return "unreachable"

    out = io.StringIO()
    assert not run_checks([("first", good), ("QR code", broken), ("last", never)], SelfTest(tmp_path), out)
    assert calls == ["good", "broken"]
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok   first: fine (")
    assert lines[1] == "FAIL QR code: ModuleNotFoundError: No module named 'reportlab.graphics.barcode.qr'"
    assert len(lines) == 2


def test_a_failed_selftest_exits_1(tmp_path: Path, monkeypatch, capsys) -> None:
    from app.cli import main, selftest

    def missing_font(state: selftest.SelfTest) -> str:
        raise FileNotFoundError("resources/fonts/DejaVuSans.ttf")

    from app.logs import log

    monkeypatch.setattr(selftest, "check_font", missing_font)
    monkeypatch.setattr(log, "handlers", list(log.handlers))  # the run's log file handler goes with it
    assert main(["selftest", "--no-gui"]) == 1
    out = capsys.readouterr().out
    assert "FAIL report font: FileNotFoundError: resources/fonts/DejaVuSans.ttf" in out
    assert "report annuaire" not in out

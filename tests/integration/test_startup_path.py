"""The GUI start path stays light: heavy libraries and command modules load only when used.

Start-up time is benchmarked (bench/bench_startup.py): a library imported at start costs every
user every time, so these tests start the real application up to its painted members page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Loaded only by the features that need them (migrations, reports, spreadsheets, server
# databases, validation of a typed phone, ICE or e-mail), never to show the members page.
HEAVY = ("alembic", "reportlab", "openpyxl", "babel", "psycopg", "phonenumbers", "stdnum", "email_validator")


def _start(demo_template: Path, tmp_path: Path) -> tuple[list[str], str]:
    """Start the GUI on a copy of the demo club until its members page is painted; return the
    modules loaded by then (and by exit) and what was printed."""
    database = tmp_path / "demo.db"
    shutil.copyfile(demo_template, database)
    # ui.startup is patched as soon as the start imports it, so that modules load in their real order.
    script = textwrap.dedent(
        """
        import builtins, gc, sys
        from pathlib import Path

        import sqlalchemy

        def painted(app, window):  # what is loaded when the members page is on screen
            print("PAINTED_MODULES", " ".join(sorted(sys.modules)))
            show_painted(app, window)

        show_painted = None

        def patch_when_loaded(*args, **kwargs):
            global show_painted
            module = plain_import(*args, **kwargs)
            start = sys.modules.get("ui.startup")
            if start is not None and hasattr(start, "report_painted") and show_painted is None:
                show_painted, start.report_painted = start.report_painted, painted
            return module

        plain_import, builtins.__import__ = builtins.__import__, patch_when_loaded
        from app.cli import main
        code = main(["--db", DATABASE])
        print("MODULES", " ".join(sorted(sys.modules)))
        print("COLLECTING", gc.isenabled())
        sys.exit(code)
        """
    ).replace("DATABASE", repr(str(database))).replace("REPO", repr(str(REPO)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CERCLE_BENCH_PAGE="members",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    modules = next(line for line in done.stdout.splitlines() if line.startswith("MODULES")).split()[1:]
    return modules, done.stdout


def _painted_modules(output: str) -> list[str]:
    return next(line for line in output.splitlines() if line.startswith("PAINTED_MODULES")).split()[1:]


def test_gui_start_loads_no_heavy_library_nor_command_module(demo_template: Path, tmp_path: Path) -> None:
    modules, output = _start(demo_template, tmp_path)
    assert "CERCLE_BENCH_PAINTED" in output  # the members page was painted
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert not heavy, heavy
    assert not [m for m in modules if m.startswith("app.reports")]
    # The command line is parsed without registering the subcommands (each imports its module).
    assert not [m for m in modules if m.startswith("app.cli.")]


def test_members_page_is_painted_before_the_models_are_declared(demo_template: Path, tmp_path: Path) -> None:
    """The first screen reads through app.db.lean; the mapped models load after it is shown,
    and the garbage collector, paused while the window is built, is running again by then."""
    _modules, output = _start(demo_template, tmp_path)
    painted = _painted_modules(output)
    assert "app.services.member_list" in painted
    assert not [m for m in painted if m.startswith("app.db.models")]
    assert "app.services.members" not in painted
    assert "COLLECTING True" in output


def test_subcommands_still_parse_and_report_usage_errors(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    run = [sys.executable, "-m", "app"]
    helped = subprocess.run([*run, "--help"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "members" in helped.stdout and "selftest" in helped.stdout
    wrong = subprocess.run([*run, "--lang", "xx"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "COMMANDE" in wrong.stderr  # the full usage, as before
    unknown = subprocess.run([*run, "nothing"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert unknown.returncode == 2 and "choix inconnu" in unknown.stderr
    version = subprocess.run([*run, "--version"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("Cercle ")


def _start_to_a_dialog(arguments: list[str], tmp_path: Path, data_folder: Path) -> subprocess.CompletedProcess[str]:
    """Start the GUI with ``arguments``; each message box prints ``DIALOG <text>`` instead of waiting."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical = staticmethod(lambda parent, title, text: print("DIALOG", text) or 0)
        QMessageBox.exec = lambda self: print("DIALOG", self.text()) or 0
        from app.cli import main
        sys.exit(main({arguments!r}))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(data_folder), CERCLE_DATA_DIR=str(data_folder))
    env.pop("CERCLE_DB", None)
    return subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)


def test_a_refused_file_is_reported_in_a_dialog_when_opened_beside_qt(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"<b>&</b> not a database" * 50)
    done = _start_to_a_dialog(["--db", str(bad)], tmp_path, tmp_path / "data")
    assert done.returncode == 1, done.stderr[-3000:]
    dialog = next(line for line in done.stdout.splitlines() if line.startswith("DIALOG"))
    assert str(bad) in dialog and "n’est pas une base de données Cercle" in dialog
    assert "Traceback" not in done.stderr


def test_a_user_data_folder_that_cannot_be_made_is_reported_in_the_window(tmp_path: Path) -> None:
    """Without --db the window opens the user's database, in a folder that may not be creatable."""
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")
    done = _start_to_a_dialog([], tmp_path, blocked)
    assert done.returncode == 1, done.stdout + done.stderr[-3000:]
    assert any(line.startswith("DIALOG") for line in done.stdout.splitlines()), done.stdout + done.stderr

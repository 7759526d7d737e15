"""A save killed half-way (power cut, task manager) never damages the database: after SIGKILL
in the middle of a large transaction, the file opens, passes the integrity check, and holds
either all of the interrupted save or none of it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db.store import open_database

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

REPO = Path(__file__).resolve().parents[2]
MARKER = "sauvegarde interrompue"

# One large save: every member's notes rewritten many times over, in one transaction. A tiny
# page cache makes SQLite write changed pages into the file before the commit, so a kill leaves
# a half-written file and its journal: the hard case.
SAVE = """
import sys, time
from sqlalchemy import update
from app.db.models import Member
from app.db.store import open_database

db = open_database(sys.argv[1])
pause, marker = float(sys.argv[2]), sys.argv[3]
with db.unit_of_work() as uow:
    session = uow.session
    session.connection().exec_driver_sql("PRAGMA cache_size = 5")
    for round_ in range(40):
        session.execute(update(Member).values(notes=marker + " " + str(round_) + " " + "x" * 3000))
        session.flush()
        if round_ == 20:
            print("writing", flush=True)
            time.sleep(pause)
    uow.commit()
print("committed", flush=True)
"""


def _state(path: Path, marker: str = MARKER) -> tuple[str, int, int]:
    """(integrity check verdict, members marked, members) read after opening through the store."""
    db = open_database(str(path))  # the store rolls a hot journal back, as the app does at start
    db.close()
    connection = sqlite3.connect(path)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        marked = connection.execute("SELECT count(*) FROM members WHERE notes LIKE ?", (marker + " %",)).fetchone()[0]
        total = connection.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        connection.close()
    return verdict, marked, total


def _start(path: Path, pause: float, marker: str = MARKER) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SAVE, str(path), str(pause), marker], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def club(demo_db) -> Path:
    path = Path(str(demo_db.path))
    demo_db.close()
    return path


def test_killed_in_the_middle_of_a_save_nothing_of_it_remains(club: Path) -> None:
    process = _start(club, pause=30)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing", process.stderr.read() if process.stderr else ""
        assert club.with_name(club.name + "-journal").exists()  # pages already changed in the file
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    assert _state(club) == ("ok", 0, 200)


def test_killed_at_any_moment_of_a_save_all_or_nothing(club: Path) -> None:
    start = time.perf_counter()
    finished = _start(club, pause=0)
    out, err = finished.communicate(timeout=120)
    duration = time.perf_counter() - start
    assert "committed" in out, err
    assert _state(club) == ("ok", 200, 200)
    seen = set()
    for step in range(1, 8):  # kills spread over the whole save, commit included
        marker = f"essai {step}"
        process = _start(club, pause=0, marker=marker)
        time.sleep(duration * step / 7)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        verdict, marked, total = _state(club, marker)
        assert verdict == "ok" and total == 200 and marked in (0, 200), (step, verdict, marked)
        seen.add(marked)
    assert 0 in seen  # at least one kill really fell inside the save

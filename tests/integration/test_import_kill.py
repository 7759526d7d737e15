"""A process killed in the middle of an import leaves the database whole: all of it or none of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_import_fuzz import big_file

ROOT = Path(__file__).resolve().parents[2]
# The child imports a large file; once half of it is written (flushed, inside the open
# transaction), it says so and waits to be killed.
CHILD = """
import sys, time
from datetime import date
from app.db.store import open_database
from app.services import imports

db = open_database(sys.argv[1])
def progress(done, total):
    if done > total // 2 and sys.argv[3] == "kill":
        print("HALF", flush=True)
        time.sleep(60)
imports.apply_import(db.unit_of_work(), "members", sys.argv[2],
                     imports.ImportOptions(today=date(2026, 11, 22), create_missing=True), progress)
print("DONE", flush=True)
"""


def members(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("SELECT count(*) FROM members").fetchone()[0]


def run_child(db: Path, data: Path, mode: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(data), mode], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_during_an_import_leaves_none_of_it(demo_template: Path, tmp_path: Path) -> None:
    from app.db.store import open_database

    db = tmp_path / "club.db"
    db.write_bytes(demo_template.read_bytes())
    data = tmp_path / "gros.csv"
    big_file(data, 2500)
    before = members(db)

    child = run_child(db, data, "kill")
    assert child.stdout is not None
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and line != "HALF":
        line = child.stdout.readline().strip()
    assert line == "HALF"
    journal = Path(str(db) + "-journal")
    wal = Path(str(db) + "-wal")
    assert journal.exists() or wal.exists()  # the transaction is open, with rows written
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL

    reopened = open_database(str(db))  # rolls the hot journal back
    reopened.close()
    assert members(db) == before  # none of the import

    finished = run_child(db, data, "finish")
    out, _ = finished.communicate(timeout=120)
    assert "DONE" in out and finished.returncode == 0
    assert members(db) == before + 2500  # all of it

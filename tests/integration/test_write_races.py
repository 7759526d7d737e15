"""A write that loses a race with another program ends in one translated line, nothing half-written."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db.uow import write_race


def _members(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        connection.close()


def test_a_write_lock_taken_after_the_open_check_ends_the_import_in_one_line(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import imports

    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    rows = "".join(f";Nouveau{n};Karim;Atlas {n};Casablanca;01/10/2026\n" for n in range(600))
    source = tmp_path / "membres.csv"
    source.write_text("N°;Nom;Prénom;Raison sociale;Antenne;Date d'adhésion\n" + rows, encoding="utf-8")
    before = _members(path)
    monkeypatch.setattr("app.db.store.BUSY_TIMEOUT_MS", 200)  # SQLite's wait, then "database is locked"
    other = sqlite3.connect(path, isolation_level=None)
    real = imports.apply_import

    def after_the_open_check(*args, **kwargs):  # type: ignore[no-untyped-def]
        other.execute("BEGIN IMMEDIATE")  # another program takes the write lock now
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "apply_import", after_the_open_check)
    try:
        assert main(["import", "members", str(source), "--db", str(path)]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [f"{path} est utilisé par un autre programme : rien n'a été enregistré. "
                                "Fermez-le et réessayez."]
    assert _members(path) == before


def test_a_save_racing_another_on_the_same_row_is_one_message() -> None:
    """PostgreSQL's lost race at the UPDATE (StaleDataError) and its lock errors are mapped alike."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    stale = write_race(StaleDataError("UPDATE statement on table 'members' expected to update 1 row(s)"), "club")
    assert stale is not None and stale.text() == (
        "Quelqu'un d'autre a modifié les mêmes données dans club entre-temps : rien n'a été enregistré. Réessayez.")
    deadlock = write_race(OperationalError("UPDATE", {}, Exception("deadlock detected")), "club")
    assert deadlock is not None and "rien n'a été enregistré" in deadlock.text()
    assert write_race(ValueError("x"), "club") is None

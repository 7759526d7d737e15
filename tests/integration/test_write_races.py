"""A write that loses a race with another program ends in one translated line, nothing half-written."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
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


def test_an_import_racing_a_form_save_on_postgresql_ends_in_one_line_with_nothing_written(
        pg_server, pg_demo_template: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """The import has read the member and is about to write its change when a form, on another
    connection, saves the same member: the import's UPDATE finds another version (StaleDataError)."""
    from dataclasses import replace

    from sqlalchemy import event, func, select
    from sqlalchemy.orm import Session

    from app.db.models import Member, MemberAudit
    from app.db.store import open_database
    from app.domain.members import input_of
    from app.services.members import update_member

    url = pg_server.url_of(pg_server.create(pg_demo_template))
    form = open_database(url)
    with form.unit_of_work() as uow:
        member = uow.session.scalars(select(Member).order_by(Member.number)).first()
        assert member is not None
        member_id, number, data = member.id, member.number, input_of(member)
        assert data.city not in ("Tétouan", "Oujda")  # both saves change the city
        members_before = uow.session.scalar(select(func.count(Member.id)))
        audit_before = uow.session.scalar(select(func.count(MemberAudit.id)))
    source = tmp_path / "membres.csv"
    source.write_text("N°;Nom;Prénom;Société;Ville;Date d'adhésion\n"
                      f"{number};{data.last_name};{data.first_name};{data.company};Oujda;\n"
                      ";Nouveau;Karim;Atlas Nouveau;Rabat;01/10/2026\n", encoding="utf-8")
    saved = []

    def form_saves_meanwhile(session: Session, _context, _instances) -> None:  # type: ignore[no-untyped-def]
        # The import's first write: its changes to recorded members, read at the start.
        if saved or not any(isinstance(item, Member) for item in session.dirty):
            return
        saved.append(member_id)  # before the save: its own flush comes through here too
        update_member(form.unit_of_work(), member_id, replace(data, city="Tétouan"), today=date(2026, 11, 22))

    event.listen(Session, "before_flush", form_saves_meanwhile)
    try:
        code = main(["--lang", "fr", "import", "members", str(source), "--db", url])
    finally:
        event.remove(Session, "before_flush", form_saves_meanwhile)
    assert saved, "the form's save did not come between the import's read and its write"
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Quelqu'un d'autre a modifié les mêmes données dans ")
    assert err[0].endswith("entre-temps : rien n'a été enregistré. Réessayez.")
    with form.unit_of_work() as uow:
        assert uow.session.get(Member, member_id).city == "Tétouan"  # the form's save, not the import's
        assert uow.session.scalar(select(func.count(Member.id))) == members_before  # no new member
        assert uow.session.scalar(select(func.count(MemberAudit.id))) == audit_before + 1  # the form's line only
    form.close()

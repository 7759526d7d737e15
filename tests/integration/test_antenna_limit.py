"""A secretary limited to her antenna (``CERCLE_CHAPTER``, or the GUI's connection setting)
changes nothing of another antenna's, nor of the whole club's, whichever way she writes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main
from app.db.models import Attendance, Chapter, Meeting, Member, Sector
from app.db.scope import OutsideChapterError
from app.db.transfer import summarise
from app.domain.charter import VersionInput, WarningInput
from app.services import charter, reference, settings
from app.services.members import list_members

CASA_MEETING = date(2026, 11, 17)  # the demo club's weekly meeting of Casablanca
NO_MEETING = date(2026, 11, 16)
RABAT_MEETING = date(2026, 11, 19)


def grid(path: Path, numbers: list[int], day: date, mark: str = "A") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["N°", day])
    for number in numbers:
        sheet.append([number, mark])
    workbook.save(path)
    return path


def members_of(db, chapter: str) -> list[int]:  # type: ignore[no-untyped-def]
    return [m.number for m in list_members(db.unit_of_work())
            if m.chapter == chapter and m.status.value == "active" and m.join_date < date(2026, 1, 1)]


def count(db, query) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return int(uow.session.scalar(query) or 0)


def marks_on(db, day: date) -> int:  # type: ignore[no-untyped-def]
    return count(db, select(func.count()).select_from(Attendance).join(Meeting, Meeting.id == Attendance.meeting_id)
                 .where(Meeting.date == day))


def test_import_attendance_never_marks_another_antennas_meeting(demo_db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    casa = members_of(demo_db, "Casablanca")[:3]
    path = grid(tmp_path / "grille.xlsx", casa, CASA_MEETING)
    before = marks_on(demo_db, CASA_MEETING)
    absent = count(demo_db, select(func.count()).select_from(Attendance).where(Attendance.status == "absent"))
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    assert main(["import", "attendance", str(path), "--db", demo_db.target, "--dry-run", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [row["result"] for row in report["rows"]] == ["error"] * 3 and report["marks"] == 0
    assert all("Casablanca" in row["reason"] and "Rabat" in row["reason"] for row in report["rows"])
    assert main(["import", "attendance", str(path), "--db", demo_db.target]) == 0
    assert "3 ligne(s) rejetée(s)" in capsys.readouterr().out
    assert marks_on(demo_db, CASA_MEETING) == before
    assert count(demo_db, select(func.count()).select_from(Attendance).where(Attendance.status == "absent")) == absent


@pytest.mark.parametrize("chapter", [["--chapter", "Casablanca"], []])
def test_create_missing_makes_no_meeting_for_another_antenna(demo_db, tmp_path, capsys, monkeypatch,  # type: ignore[no-untyped-def]
                                                             chapter: list[str]) -> None:
    path = grid(tmp_path / "grille.xlsx", members_of(demo_db, "Casablanca")[:2], NO_MEETING, "P")
    meetings = count(demo_db, select(func.count()).select_from(Meeting))
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    assert main(["import", "attendance", str(path), "--db", demo_db.target, "--create-missing", *chapter]) == 0
    out = capsys.readouterr().out
    assert "0 réunion(s) créée(s)" in out and "2 ligne(s) rejetée(s)" in out
    assert count(demo_db, select(func.count()).select_from(Meeting)) == meetings


def test_create_missing_makes_the_limits_own_meeting(demo_db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rabat = members_of(demo_db, "Rabat")[:2]
    path = grid(tmp_path / "grille.xlsx", rabat, NO_MEETING, "P")
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    assert main(["import", "attendance", str(path), "--db", demo_db.target, "--create-missing"]) == 0
    assert "2 présence(s) enregistrée(s), 1 réunion(s) créée(s)" in capsys.readouterr().out
    created = select(Chapter.name).join(Meeting, Meeting.chapter_id == Chapter.id).where(Meeting.date == NO_MEETING)
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalars(created).all() == ["Rabat"]


def test_a_whole_club_grid_writes_nothing_outside_the_limit(demo_db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Club-wide meetings are the whole club's: a grid declared so, or with no antenna holding most
    of its rows, is refused row by row under a limit, even for the limit's own members."""
    rabat = members_of(demo_db, "Rabat")[:2]
    mixed = grid(tmp_path / "club.xlsx", [*rabat, *members_of(demo_db, "Casablanca")[:2]], NO_MEETING, "P")
    meetings = count(demo_db, select(func.count()).select_from(Meeting))
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    for path, whole_club in ((grid(tmp_path / "rabat.xlsx", rabat, NO_MEETING, "P"), ["--whole-club"]), (mixed, [])):
        assert main(["import", "attendance", str(path), "--db", demo_db.target, "--create-missing", "--dry-run",
                     "--format", "json", *whole_club]) == 0
        report = json.loads(capsys.readouterr().out)
        assert {row["result"] for row in report["rows"]} == {"error"} and report["marks"] == 0
        assert all("club entier" in row["reason"] and "Rabat" in row["reason"] for row in report["rows"])
        assert main(["import", "attendance", str(path), "--db", demo_db.target, "--create-missing", *whole_club]) == 0
        assert "0 réunion(s) créée(s)" in capsys.readouterr().out
    assert count(demo_db, select(func.count()).select_from(Meeting)) == meetings
    assert marks_on(demo_db, NO_MEETING) == 0


def test_a_visitor_of_another_antenna_joins_the_limits_own_meeting(demo_db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rabat, casa = members_of(demo_db, "Rabat")[:3], members_of(demo_db, "Casablanca")[0]
    path = grid(tmp_path / "rabat.xlsx", [*rabat, casa], NO_MEETING, "P")
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    assert main(["import", "attendance", str(path), "--db", demo_db.target, "--create-missing"]) == 0
    assert "4 présence(s) enregistrée(s), 1 réunion(s) créée(s), 0 ligne(s) rejetée(s)" in capsys.readouterr().out
    assert marks_on(demo_db, NO_MEETING) == 4


def test_import_members_changes_and_creates_only_the_limits_members(demo_db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    casa = next(m for m in list_members(demo_db.unit_of_work()) if m.chapter == "Casablanca")
    path = tmp_path / "membres.csv"
    path.write_text(
        "N°;Nom;Prénom;Raison sociale;Antenne;Ville;Date d'adhésion\n"
        f"{casa.number};{casa.last_name};{casa.first_name};{casa.company};;Ailleurs;\n"
        ";Nouveau;Casa;Casa SARL;Casablanca;;01/10/2026\n"
        ";Nouveau;Rabat;Rabat SARL;Rabat;;01/10/2026\n"
        ";Nouveau;Sans antenne;Sans SARL;;;01/10/2026\n"
        ";Nouveau;Ifrane;Ifrane SARL;Ifrane;;01/10/2026\n", encoding="utf-8")
    members = count(demo_db, select(func.count()).select_from(Member))
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    assert main(["import", "members", str(path), "--db", demo_db.target, "--dry-run", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [row["result"] for row in rows] == ["error", "error", "new", "new", "error"]
    assert "Ce membre relève de l'antenne Casablanca" in rows[0]["reason"]
    assert "relève du club entier" in rows[4]["reason"]  # a chapter to create is the club's
    assert main(["import", "members", str(path), "--db", demo_db.target, "--create-missing"]) == 0
    assert "2 membre(s) créé(s), 0 mis à jour, 3 ligne(s) rejetée(s)" in capsys.readouterr().out
    assert count(demo_db, select(func.count()).select_from(Member)) == members + 2
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalar(select(Member.city).where(Member.number == casa.number)) != "Ailleurs"
        chapters = uow.session.scalars(select(Chapter.name).join(Member, Member.chapter_id == Chapter.id)
                                       .where(Member.last_name == "Nouveau")).all()
        assert sorted(chapters) == ["Rabat", "Rabat"]  # a row without a chapter joins the limit's
        assert uow.session.scalar(select(func.count()).select_from(Chapter).where(Chapter.name == "Ifrane")) == 0


def test_copy_replace_and_restore_are_refused_under_a_limit(demo_db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "autre.db"
    assert main(["demo", str(other)]) == 0
    capsys.readouterr()
    before = summarise(demo_db)
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    assert main(["copy", "--from", str(other), "--to", demo_db.target, "--replace"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Rabat" in err and "Traceback" not in err
    assert summarise(demo_db) == before
    if not demo_db.is_server:
        assert main(["restore", str(other), "--db", demo_db.target]) == 1
        assert "Rabat" in capsys.readouterr().err
        assert summarise(demo_db) == before


def test_the_clubs_settings_lists_and_charter_are_refused_under_a_limit(demo_db) -> None:  # type: ignore[no-untyped-def]
    rabat = next(c.id for c in reference.list_items(demo_db.unit_of_work(), "chapter") if c.name == "Rabat")
    casa = next(c.id for c in reference.list_items(demo_db.unit_of_work(), "chapter") if c.name == "Casablanca")
    rabat_member = next(m.id for m in list_members(demo_db.unit_of_work()) if m.chapter == "Rabat")
    demo_db.chapter_limit = rabat
    before = summarise(demo_db)
    refused = [
        lambda: settings.save_settings(demo_db.unit_of_work(), {"backup.keep": 3}),
        lambda: reference.add_item(demo_db.unit_of_work(), "sector", "Nouveau secteur"),
        lambda: reference.rename_item(demo_db.unit_of_work(), "chapter", casa, "Casa"),
        lambda: charter.adopt_version(demo_db.unit_of_work(), VersionInput(
            version="9", adopted_on=date(2026, 11, 1), text="Texte")),
        lambda: charter.record_warning(demo_db.unit_of_work(), WarningInput(
            member_id=rabat_member, charter_point=2, facts="Absences", date=date(2026, 11, 20))),
    ]
    for write in refused:
        with pytest.raises(OutsideChapterError) as caught:
            write()
        assert "relève du club entier" in caught.value.text() and "Rabat" in caught.value.text()
    assert summarise(demo_db) == before
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Sector).where(Sector.name == "Nouveau secteur")) == 0


def _leaf_commands(parser, prefix: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """Every subcommand of the command line, by walking argparse's subparsers."""
    import argparse

    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not actions:
        yield prefix, parser
        return
    for name, child in actions[0].choices.items():
        yield from _leaf_commands(child, (*prefix, name))


def test_every_command_declares_what_it_may_change_and_is_held_to_it(demo_template, tmp_path, capsys,  # type: ignore[no-untyped-def]
                                                                   monkeypatch) -> None:
    """A new subcommand fails here until it declares its scope and shows it keeps to it."""
    import shutil

    from app.cli import Scope, build_parser, command_scope
    from app.db.store import open_database

    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    grille = grid(tmp_path / "grille.xlsx", [1001], CASA_MEETING)
    examples = {  # one run of each command under the limit; what the club holds must not change (the import last)
        ("members", "list"): ["members", "list", "--db", str(path)],
        ("meetings", "list"): ["meetings", "list", "--db", str(path)],
        ("demo",): ["demo", str(tmp_path / "nouveau.db")],
        ("export",): ["export", "members", "--out", str(tmp_path / "m.csv"), "--db", str(path)],
        ("report",): ["report", "annuaire", "--out", str(tmp_path / "a.pdf"), "--db", str(path)],
        ("compliance",): ["compliance", "--db", str(path)],
        ("backup",): ["backup", "--out", str(tmp_path / "copie.db"), "--db", str(path)],
        ("restore",): ["restore", str(demo_template), "--db", str(path)],
        ("selftest",): None,  # works on temporary databases only (see app/cli/selftest.py)
        ("copy",): ["copy", "--from", str(demo_template), "--to", str(path), "--replace"],
        ("import",): ["import", "attendance", str(grille), "--db", str(path)],
    }
    parser = build_parser()
    commands = dict(_leaf_commands(parser))
    assert set(commands) == set(examples), "a command was added or removed: declare its scope and an example"
    monkeypatch.setenv("CERCLE_CHAPTER", "Rabat")
    database = open_database(str(path))
    club = summarise(database)
    database.close()
    for name, arguments in examples.items():
        assert commands[name].get_default("scope") is not None, f"{' '.join(name)} declares no scope"
        if arguments is None:
            continue
        scope = command_scope(parser.parse_args(arguments))
        code = main(arguments)
        err = capsys.readouterr().err
        if scope is Scope.WHOLE_DATABASE:
            assert code == 1 and "Rabat" in err, name
        else:
            assert code == 0, (name, err)
        database = open_database(str(path))
        # An import remembers its column titles (a setting any connection may write).
        kept = [t for t in summarise(database) if scope is not Scope.LIMITED or t.table != "settings"]
        assert kept == [t for t in club if scope is not Scope.LIMITED or t.table != "settings"], name
        database.close()
    assert command_scope(parser.parse_args(["copy", "--from", "a", "--to", "b"])) is Scope.NEW_DATABASE

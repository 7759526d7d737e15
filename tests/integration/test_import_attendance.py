"""Importing an attendance grid: members in rows, meeting dates in columns."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.models import Attendance, Meeting
from app.domain.errors import CercleError
from app.domain.importing import RowClass
from app.services import imports
from app.services.imports import ImportOptions
from app.services.members import list_members

TODAY = date(2026, 11, 22)  # the demo club's today (tests/conftest.py)
HELD_1, HELD_2, NO_MEETING, FUTURE = date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 16), date(2026, 11, 24)


def casablanca(db):  # type: ignore[no-untyped-def]
    return [m for m in list_members(db.unit_of_work())
            if m.chapter == "Casablanca" and m.status.value == "active" and m.join_date < date(2026, 1, 1)]


def grid(path: Path, header: list, rows: list[list]) -> Path:
    """An xlsx as a secretary keeps it: a merged title, the header on row 3, empty rows after."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Présences – antenne de Casablanca"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for _ in range(10):
        sheet.append([None] * len(header))
    workbook.save(path)
    return path


def marks(db, meeting_date: date) -> dict[int, str]:  # type: ignore[no-untyped-def]
    from app.db.models import Member

    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Member.number, Attendance.status).join(Attendance, Attendance.member_id == Member.id)
            .join(Meeting, Meeting.id == Attendance.meeting_id).where(Meeting.date == meeting_date))
        return dict(rows.all())


def test_grid_dry_run_then_import(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    members = casablanca(demo_db)[:4]
    rabat = next(m for m in list_members(demo_db.unit_of_work()) if m.chapter == "Rabat" and m.status.value == "active")
    header = ["N°", "Nom et prénom", datetime(2026, 11, 3), "10/11/2026", NO_MEETING, "Total"]
    path = grid(tmp_path / "presences.xlsx", header, [
        [members[0].number, "", "P", "A", "x", 3],
        [None, f"{members[1].first_name} {members[1].last_name}", "Excusé", "R", "", 2],
        [None, f"{members[2].last_name} {members[2].first_name}", "S", "Présent", "A", 1],
        [members[0].number, "", "A", "A", "A", 0],
        [rabat.number, "", "P", None, None, 1],
        [members[3].number, "", "?", "P", "P", 0],
        [9999, "", "P", "P", "P", 0],
    ])
    before = marks(demo_db, HELD_1)
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert plan.header_row == 3
    assert [c.field for c in plan.columns] == ["number", "full_name", "meeting", "meeting", "meeting", None]
    results = [r.result for r in plan.rows]
    assert results[3:] == [RowClass.DUPLICATE, RowClass.NEW, RowClass.ERROR, RowClass.ERROR]
    assert all(r in (RowClass.NEW, RowClass.UPDATE, RowClass.UNCHANGED) for r in results[:3])
    # A member of Rabat in Casablanca's grid: accepted as a visitor, and the row says so.
    assert plan.rows[4].warning and "Rabat" in plan.rows[4].reason and "03/11/2026" in plan.rows[4].reason
    assert plan.rows[5].column == "03/11/2026" and ("“?”" in plan.rows[5].reason or "« ? »" in plan.rows[5].reason)
    assert plan.missing_dates == (NO_MEETING,)
    assert marks(demo_db, HELD_1) == before

    with pytest.raises(CercleError, match="16/11/2026"):
        imports.apply_import(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert marks(demo_db, HELD_1) == before  # all or nothing

    result = imports.apply_import(demo_db.unit_of_work(), "attendance", path,
                                  ImportOptions(today=TODAY, create_missing=True))
    assert result.meetings_created == 1 and result.rejected == 3
    first, second = marks(demo_db, HELD_1), marks(demo_db, HELD_2)
    assert first[rabat.number] == "present"
    assert first[members[0].number] == "present" and second[members[0].number] == "absent"
    assert first[members[1].number] == "excused" and second[members[1].number] == "late"
    assert first[members[2].number] == "substituted" and second[members[2].number] == "present"
    created = marks(demo_db, NO_MEETING)
    assert created == {members[0].number: "present", members[2].number: "absent"}
    with demo_db.unit_of_work() as uow:
        meeting = uow.session.scalar(select(Meeting).where(Meeting.date == NO_MEETING))
        assert meeting.state == "held" and meeting.chapter_id == members[0].chapter_id

    again = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert [r.result for r in again.rows[:3]] == [RowClass.UNCHANGED] * 3 and again.marks == 0


def test_future_meetings_and_csv_grids(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    member = casablanca(demo_db)[0]
    path = tmp_path / "grille.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom", "Prénom", "03/11/2026", "24/11/2026"])
        writer.writerow([member.last_name, member.first_name, "E", "P"])
        writer.writerow([member.last_name.upper(), member.first_name, "", ""])
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert plan.rows[0].result is RowClass.ERROR and "24/11/2026" in plan.rows[0].reason
    assert plan.rows[1].result is RowClass.UNCHANGED  # nothing to record, nothing erased


def test_grid_without_dates_or_members_is_refused(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = grid(tmp_path / "g.xlsx", ["N°", "Nom", "Remarque"], [[1003, "x", "y"]])
    with pytest.raises(CercleError):
        imports.dry_run(demo_db.unit_of_work(), "attendance", path)


def test_cli_attendance(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    member = casablanca(demo_db)[0]
    path = grid(tmp_path / "g.xlsx", ["N°", HELD_1, NO_MEETING], [[member.number, "A", "P"]])
    db = demo_db.target
    assert main(["import", "attendance", str(path), "--db", db, "--dry-run", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["missing_meeting_dates"] == ["2026-11-16"] and report["marks"] == 2
    assert main(["import", "attendance", str(path), "--db", db]) == 1
    assert "16/11/2026" in capsys.readouterr().err
    assert main(["import", "attendance", str(path), "--db", db, "--create-missing", "--chapter", "Casablanca"]) == 0
    assert marks(demo_db, NO_MEETING) == {member.number: "present"}
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Meeting).where(Meeting.date == NO_MEETING)) == 1


def test_a_grid_row_lists_every_mark_at_fault_with_its_column(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    member = casablanca(demo_db)[0]
    path = grid(tmp_path / "grille.xlsx", ["N°", "Nom", "03/11/2026", "10/11/2026", "24/11/2026"],
                [[member.number, member.last_name, "Z", "P", "P"]])
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    row = plan.rows[0]
    assert row.result is RowClass.ERROR
    assert [column for column, _ in row.problems] == ["03/11/2026", "24/11/2026"]
    assert "Z" in row.problems[0][1] and "24/11/2026" in row.problems[1][1]


def active_of(db, chapter: str) -> list:  # type: ignore[no-untyped-def]
    return [m for m in list_members(db.unit_of_work())
            if m.chapter == chapter and m.status.value == "active" and m.join_date < date(2026, 1, 1)
            and m.club_role.value == "member"]


def created_chapter(db, day: date) -> list[int | None]:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return list(uow.session.scalars(select(Meeting.chapter_id).where(Meeting.date == day)))


def test_a_grid_no_antenna_holds_most_of_is_the_whole_clubs(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Casablanca has the most rows (2 of 4) but not more than half: the meeting made is club-wide,
    so every member of the grid was expected there and nobody is refused."""
    rows = [*active_of(demo_db, "Casablanca")[:2], active_of(demo_db, "Rabat")[0], active_of(demo_db, "Fès")[0]]
    path = grid(tmp_path / "club.xlsx", ["N°", NO_MEETING], [[m.number, "P"] for m in rows])
    result = imports.apply_import(demo_db.unit_of_work(), "attendance", path,
                                  ImportOptions(today=TODAY, create_missing=True))
    assert result.rejected == 0 and result.marks == 4 and result.meetings_created == 1
    assert created_chapter(demo_db, NO_MEETING) == [None]
    assert marks(demo_db, NO_MEETING) == {m.number: "present" for m in rows}


def test_a_grid_most_of_whose_rows_are_one_antennas_makes_that_antennas_meeting(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    casa, rabat = active_of(demo_db, "Casablanca")[:3], active_of(demo_db, "Rabat")[0]
    path = grid(tmp_path / "casa.xlsx", ["N°", NO_MEETING], [[m.number, "P"] for m in [*casa, rabat]])
    result = imports.apply_import(demo_db.unit_of_work(), "attendance", path,
                                  ImportOptions(today=TODAY, create_missing=True))
    assert created_chapter(demo_db, NO_MEETING) == [casa[0].chapter_id]
    assert result.rejected == 0 and marks(demo_db, NO_MEETING)[rabat.number] == "present"


def test_a_visitor_in_an_antennas_grid_counts_at_that_meeting_for_figures_and_compliance(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A member of Rabat marked absent in Casablanca's grid: expected there from now on, on the
    sheet (as added), in the member's figures and in the charter's count of unexcused absences."""
    from app.db.models import ExtraExpected
    from app.domain.compliance import ABSENCES
    from app.services.attendance import figures_by_member, load_sheet
    from app.services.compliance import evaluate_member

    casa, rabat = active_of(demo_db, "Casablanca")[:3], active_of(demo_db, "Rabat")[0]
    with demo_db.unit_of_work() as uow:
        meeting_id = uow.session.scalar(select(Meeting.id).where(Meeting.date == HELD_1,
                                                                 Meeting.chapter_id == casa[0].chapter_id))
    assert rabat.number not in {row.number for row in load_sheet(demo_db.unit_of_work(), meeting_id, today=TODAY).rows}

    def absences() -> tuple[int, int, float]:
        figures = figures_by_member(demo_db.unit_of_work(), date(2026, 11, 1), TODAY, member_ids=[rabat.id])[rabat.id]
        light = evaluate_member(demo_db.unit_of_work(), rabat.id, TODAY)
        assert light is not None
        criterion = next(c for c in light.criteria if c.key == ABSENCES)
        return figures.expected, figures.unexcused_absences, criterion.value

    expected, unexcused, charter_absences = absences()
    path = grid(tmp_path / "casa.xlsx", ["N°", HELD_1], [[m.number, "P"] for m in casa] + [[rabat.number, "A"]])
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert [r.result for r in plan.rows][-1] is RowClass.NEW and plan.rows[-1].warning
    assert plan.rows[-1].reason == "Membre de l'antenne Rabat : enregistré comme visiteur le 03/11/2026."
    result = imports.apply_import(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert result.rejected == 0
    sheet = {row.number: row for row in load_sheet(demo_db.unit_of_work(), meeting_id, today=TODAY).rows}
    assert sheet[rabat.number].extra and sheet[rabat.number].status == "absent"
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ExtraExpected).where(
            ExtraExpected.meeting_id == meeting_id, ExtraExpected.member_id == rabat.id)) == 1
    assert absences() == (expected + 1, unexcused + 1, charter_absences + 1)


def test_cli_whole_club(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    casa = active_of(demo_db, "Casablanca")[:3]
    path = grid(tmp_path / "g.xlsx", ["N°", NO_MEETING], [[m.number, "P"] for m in casa])
    db = demo_db.target
    assert main(["import", "attendance", str(path), "--db", db, "--create-missing", "--whole-club"]) == 0
    assert "3 présence(s) enregistrée(s), 1 réunion(s) créée(s)" in capsys.readouterr().out
    assert created_chapter(demo_db, NO_MEETING) == [None]
    with pytest.raises(SystemExit) as usage:
        main(["import", "attendance", str(path), "--db", db, "--whole-club", "--chapter", "Rabat"])
    assert usage.value.code == 2
    assert main(["import", "members", str(path), "--db", db, "--dry-run", "--whole-club"]) == 1
    assert "--whole-club" in capsys.readouterr().err

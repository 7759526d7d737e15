"""``cercle meetings list`` and ``cercle export attendance``, run through app.cli.main."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from app.cli import main
from app.domain.attendance import AttendanceStatus
from app.services import attendance, meetings
from app.services.attendance import MarkChange
from tests.integration.meetings_club import TODAY, make_club


@pytest.fixture
def club_path(tmp_path) -> str:
    path = str(tmp_path / "t.db")
    club = make_club(path)
    held = club.meeting(date(2026, 11, 17))
    attendance.record_attendance(club.uow(), held, [
        MarkChange(club.alice, AttendanceStatus.PRESENT),
        MarkChange(club.bruno, AttendanceStatus.EXCUSED, excuse_reason="=HYPERLINK(\"x\")"),
        MarkChange(club.driss, AttendanceStatus.LATE),
    ], today=TODAY)
    club.meeting(date(2026, 11, 24))
    club.meeting(date(2026, 10, 6), chapter_id=club.rabat)
    meetings.cancel_meeting(club.uow(), club.meeting(date(2026, 11, 10)))
    club.db.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_meetings_list_json_with_counts_by_status(capsys, club_path):
    code, out, err = run(capsys, "meetings", "list", "--db", club_path, "--format", "json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert [r["date"] for r in rows] == ["2026-10-06", "2026-11-10", "2026-11-17", "2026-11-24"]
    held = rows[2]
    assert held["state"] == "held" and held["chapter"] == "Casablanca"
    assert (held["expected"], held["present"], held["late"], held["excused"], held["unmarked"]) == (4, 1, 1, 1, 1)
    assert held["turnout"] == 0.5
    assert rows[1]["state"] == "cancelled"


def test_meetings_list_by_period_and_csv(capsys, club_path):
    code, out, _ = run(capsys, "meetings", "list", "--from", "2026-11-01", "--to", "2026-11-20",
                       "--format", "csv", "--db", club_path)
    assert code == 0
    rows = list(csv.DictReader(out.splitlines()))
    assert [r["date"] for r in rows] == ["2026-11-10", "2026-11-17"]
    assert rows[1]["present"] == "1"


def test_meetings_list_bad_input(capsys, club_path):
    code, _, err = run(capsys, "meetings", "list", "--from", "2026-12-01", "--to", "2026-11-01", "--db", club_path)
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "meetings", "list", "--from", "22/11/2026", "--db", club_path)  # as in reports
    assert code == 0
    code, _, err = run(capsys, "meetings", "list", "--from", "31/02/2026", "--db", club_path)  # bad data: exit 1
    assert code == 1 and err.strip() == "Cette date n’existe pas\u00a0: 31/02/2026."
    with pytest.raises(SystemExit) as exit_info:
        main(["meetings", "frobnicate"])
    assert exit_info.value.code == 2


def test_meetings_list_on_a_file_that_is_not_a_database(capsys, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    code, _, err = run(capsys, "meetings", "list", "--db", str(bad))
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_export_attendance_csv(capsys, club_path, tmp_path):
    out = tmp_path / "presences.csv"
    code, _, err = run(capsys, "export", "attendance", "--out", str(out), "--db", club_path)
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(header) == 9
    # One row per expected member of the held meeting: Alami, Bennani, Daoudi, El Fassi.
    assert [(r[0], r[1], r[3], r[4]) for r in body] == [
        ("1001", "Alami", "2026-11-17", "Casablanca"), ("1002", "Bennani", "2026-11-17", "Casablanca"),
        ("1004", "Daoudi", "2026-11-17", "Casablanca"), ("1005", "El Fassi", "2026-11-17", "Casablanca"),
    ]
    statuses = [r[6] for r in body]
    assert statuses[0] in ("Présent", "Present") and statuses[3] in ("Non pointé", "Not marked")
    assert body[1][8] == "'=HYPERLINK(\"x\")"  # never run as a formula


def test_export_attendance_xlsx(capsys, club_path, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "presences.xlsx"
    code, _, _ = run(capsys, "export", "attendance", "--out", str(out), "--db", club_path)
    assert code == 0
    sheet = load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 5
    assert values[1][0] == 1001 and values[1][3].date() == date(2026, 11, 17)
    assert sheet["I3"].data_type == "s"  # a text cell: the "=..." excuse is never evaluated


def test_export_attendance_bad_extension(capsys, club_path, tmp_path):
    code, _, err = run(capsys, "export", "attendance", "--out", str(tmp_path / "x.pdf"), "--db", club_path)
    assert code == 1 and len(err.strip().splitlines()) == 1

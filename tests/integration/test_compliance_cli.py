"""``cercle compliance`` on the demo club: JSON for scripts, a readable table, one-line errors."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.domain.compliance import CRITERIA
from app.services import compliance

DEMO_TODAY = "2026-11-22"


@pytest.fixture
def demo_path(demo_template, tmp_path) -> str:
    import shutil

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return str(path)


def test_json_gives_each_member_criteria_total_light_and_overrides(demo_path, capsys) -> None:
    assert main(["--db", demo_path, "compliance", "--at", DEMO_TODAY, "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records
    first = records[0]
    assert set(first) >= {"number", "name", "chapter", "criteria", "total", "light", "overrides"}
    assert list(first["criteria"]) == list(CRITERIA)
    for record in records:
        if record["light"] == "new":
            assert record["total"] is None
        else:
            assert record["total"] == sum(c["points"] for c in record["criteria"].values())
    numbers = [record["number"] for record in records]
    assert numbers == sorted(numbers)
    from datetime import date

    from app.db.store import open_database

    db = open_database(demo_path)
    try:
        rows = compliance.evaluate_club(db.unit_of_work(), date(2026, 11, 22))
    finally:
        db.close()
    assert [(r.number, r.total, r.light.value, list(r.overrides)) for r in rows] == [
        (rec["number"], rec["total"], rec["light"], rec["overrides"]) for rec in records]


def test_text_has_a_header_and_one_line_per_member(demo_path, capsys) -> None:
    assert main(["--db", demo_path, "compliance", "--at", DEMO_TODAY]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "22/11/2026" in lines[0]
    assert len(lines[1].split("\t")) == 3 + len(CRITERIA) + 3
    assert len(lines) > 100


def test_csv_for_spreadsheets(demo_path, capsys) -> None:
    assert main(["--db", demo_path, "compliance", "--at", DEMO_TODAY, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("number,name,chapter,months,absences_value,absences_points")


def test_bad_dates(demo_path, capsys) -> None:
    assert main(["--db", demo_path, "compliance", "--at", "22-11-2026x"]) == 1  # bad data, one line
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main(["--db", demo_path, "compliance", "--at", "2099-01-01"]) == 1  # a date still to come
    assert "encore à venir" in capsys.readouterr().err
    assert main(["--db", demo_path, "compliance", "--at", "1900-01-01"]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1

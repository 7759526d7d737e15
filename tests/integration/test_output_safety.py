"""Data written around the app's checks (control characters, over-long fields) never crashes an export or a report."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db.store import open_database
from app.reports import REPORTS, ReportParams, ReportResult
from app.services.report_data import generate_report
from tests.integration.test_reports import params_for, text_of

CONTROL = "".join(chr(code) for code in range(32))  # NUL to US: none of them may reach a workbook cell
LONG_COMPANY = "Société" * 72  # 504 characters, no space to break the line at
LONG_FIELD = "x" * 3000


@pytest.fixture
def dirty_club(demo_template: Path, tmp_path: Path) -> Path:
    """The demo club with text written straight into the file, as another tool could."""
    path = tmp_path / "club.db"
    shutil.copy(demo_template, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE members SET last_name = ? || last_name, first_name = first_name || ?, company = ?",
                           (CONTROL, CONTROL, LONG_COMPANY))
        connection.execute("UPDATE chapters SET name = name || ?", (CONTROL,))
        connection.execute("UPDATE meetings SET title = ?, place = ?, notes = ?", (LONG_FIELD, LONG_FIELD, LONG_FIELD))
        connection.execute("UPDATE attendances SET excuse_reason = ?, substitute_name = ?, substitute_company = ?",
                           (CONTROL + LONG_FIELD, LONG_FIELD, LONG_FIELD))
        connection.execute("UPDATE referrals SET need = ?", (LONG_FIELD + CONTROL,))
        connection.execute("UPDATE warnings SET facts = ?, closing_note = ?", (LONG_FIELD, LONG_FIELD))
        connection.execute("UPDATE charter_versions SET text = ?", (LONG_FIELD + "\n" + CONTROL,))
    connection.close()
    return path


def _report(path: Path, name: str, out: Path, params: ReportParams | None = None) -> ReportResult:
    """Report ``name`` of the club at ``path`` (the usual test parameters unless ``params``)."""
    database = open_database(str(path))
    try:
        return generate_report(database.unit_of_work(), name, params or params_for(database, name), out)
    finally:
        database.close()


@pytest.mark.parametrize("what", ["members", "attendance", "referrals"])
def test_an_xlsx_export_holds_the_text_without_the_characters_a_workbook_cannot(
        dirty_club: Path, tmp_path: Path, what: str) -> None:
    from openpyxl import load_workbook

    out = tmp_path / f"{what}.xlsx"
    assert main(["export", what, "--db", str(dirty_club), "--out", str(out)]) == 0
    cells = [str(cell) for row in load_workbook(out, read_only=True).active.iter_rows(values_only=True)
             for cell in row if cell is not None]
    assert cells
    assert not [cell for cell in cells if any(ch in cell for ch in CONTROL if ch not in "\t\n\r")]
    if what == "members":
        assert LONG_COMPANY in cells  # the text itself is kept whole


@pytest.mark.parametrize("what", ["members", "attendance", "referrals"])
def test_a_csv_export_holds_no_control_character(dirty_club: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / f"{what}.csv"
    assert main(["export", what, "--db", str(dirty_club), "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert cells
    assert not [cell for cell in cells if any(ch in cell for ch in CONTROL if ch not in "\t\n\r")]
    if what == "members":
        assert LONG_COMPANY in cells


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_prints_over_long_text_without_failing(dirty_club: Path, tmp_path: Path, name: str) -> None:
    result = _report(dirty_club, name, tmp_path / "r.pdf")
    pages = text_of(result.path)
    assert len(pages) == result.pages >= 1
    if name in ("conformite", "fiche-membre"):  # their tables print the warning's facts, the referral's need
        assert "xxx…" in " ".join(pages)  # cut where a page ends, and said so


LONG_WORDS = "Développement " * 230  # 3,220 characters that wrap at every word
# Control characters a report can meet in member text (tab, line feed and return print as spaces).
UNPRINTABLE = set(CONTROL) - set("\t\n\r")


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def long_member(demo_template: Path, tmp_path: Path) -> tuple[Path, int]:
    """The demo club where one active member's every printed text, their sector, chapter and
    sponsor's name included, is far longer than a page and holds control characters."""
    path = tmp_path / "club.db"
    shutil.copy(demo_template, path)
    connection = sqlite3.connect(path)
    with connection:
        number, sector, chapter, sponsor = connection.execute(
            "SELECT number, sector_id, chapter_id, sponsor_id FROM members WHERE status = 'active' "
            "AND sector_id IS NOT NULL AND sponsor_id IS NOT NULL ORDER BY number").fetchone()
        text = CONTROL + LONG_WORDS
        connection.execute(
            "UPDATE members SET first_name = ?, last_name = ?, arabic_name = ?, company = ?, position = ?, "
            "city = ?, email = ? WHERE number = ? OR id = ?", (text,) * 7 + (number, sponsor))
        connection.execute("UPDATE sectors SET name = ? WHERE id = ?", (text, sector))
        connection.execute("UPDATE chapters SET name = ? WHERE id = ?", (text, chapter))
    connection.close()
    return path, number


def test_a_member_record_prints_fields_longer_than_a_page_cut_short(long_member: tuple[Path, int],
                                                                    tmp_path: Path) -> None:
    path, number = long_member
    result = _report(path, "fiche-membre", tmp_path / "r.pdf", ReportParams(member_number=number))
    text = _pdf_text(result.path)
    assert "Développement…" in text.replace("\n", "")  # each field cut, and said so
    assert result.pages <= 4  # a field holds a few lines, not a page
    assert not UNPRINTABLE & set(text)


@pytest.mark.parametrize("name", ["conformite", "badges", "charte", "fiche-membre"])
def test_no_control_character_reaches_a_report_page(dirty_club: Path, tmp_path: Path, name: str) -> None:
    result = _report(dirty_club, name, tmp_path / "r.pdf")
    assert not UNPRINTABLE & set(_pdf_text(result.path))


def test_over_long_text_does_not_stretch_the_compliance_report(demo_template: Path, dirty_club: Path,
                                                               tmp_path: Path) -> None:
    """A company name or a warning's facts written far too long stay a few lines in their row."""
    pages = {}
    for label, path in (("clean", demo_template), ("dirty", dirty_club)):
        pages[label] = _report(path, "conformite", tmp_path / f"{label}.pdf", ReportParams()).pages
    assert pages["dirty"] <= pages["clean"] * 1.5, pages


def test_a_badge_prints_a_company_too_long_for_it_shrunk_and_cut_never_dropped(demo_template: Path,
                                                                               tmp_path: Path) -> None:
    path = tmp_path / "club.db"
    shutil.copy(demo_template, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE members SET company = ?, first_name = 'Abdelkrim-Mohammed', "
                           "last_name = 'Benkirane-Tazi El Fassi' WHERE chapter_id = 7", ("ACME" * 40,))
        connection.execute("UPDATE members SET company = ? WHERE id = "
                           "(SELECT MIN(id) FROM members WHERE chapter_id = 7 AND status = 'active')",
                           ("ACME " * 80,))
    connection.close()
    text = _pdf_text(_report(path, "badges", tmp_path / "r.pdf").path).replace("\n", "")
    assert "ACME" * 40 in text  # a company the badge can hold whole: smaller, on several lines
    assert re.search("ACME ?[ACME]{0,3}…", text)  # one longer than the badge: cut, and said so

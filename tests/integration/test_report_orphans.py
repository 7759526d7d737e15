"""No orphans on any report page: the shared template's rules, checked wherever a page breaks.

A story of a filler block of growing height, then a heading over a long table with a total and a
short table: for each height the page break falls somewhere else, and every rule must hold.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.domain.club import ClubIdentity
from app.reports import REPORTS, ReportParams
from app.reports.template import FRAME_HEIGHT, KEEP_WHOLE_ROWS, MIN_ROWS, ReportDoc, write_report

LONG = 20
SHORT = 7  # as many rows as a member's criteria
CLUB = ClubIdentity("Club", "", None)


def pages_of(height: float, tmp_path: Path) -> list[str]:
    from pypdf import PdfReader
    from reportlab.platypus import Spacer

    def render(doc: ReportDoc) -> None:
        doc.story.append(Spacer(1, height))
        doc.heading("HEADINGLONG")
        doc.table(["Number", "Name"], [[f"L{i:02d}", "row"] for i in range(LONG)], (20, 80),
                  total=["TOTALROW", ""])
        doc.heading("HEADINGSHORT", level=2)
        doc.table(["Criterion", "Points"], [[f"S{i:02d}", "1"] for i in range(SHORT)], (60, 40))

    out = tmp_path / f"orphans_{height:.0f}.pdf"
    write_report(REPORTS["presence"], ReportParams(), CLUB, out, render, today=date(2026, 12, 7))
    return [page.extract_text() for page in PdfReader(out).pages]


@pytest.mark.parametrize("height", [FRAME_HEIGHT * step / 40 for step in range(1, 40)])
def test_no_heading_header_or_few_rows_alone_on_a_page(height: float, tmp_path: Path) -> None:
    assert SHORT <= KEEP_WHOLE_ROWS < LONG
    pages = pages_of(height, tmp_path)
    for text in pages:
        long_rows = re.findall(r"L\d\d", text)
        if long_rows:
            assert len(long_rows) >= MIN_ROWS, text  # never fewer than 3 rows of a table on a page
        elif "Number" in text:
            pytest.fail("a table header without its rows: " + text)
        if "TOTALROW" in text:
            assert len(long_rows) >= MIN_ROWS, text  # the total keeps rows above it
        short_rows = re.findall(r"S\d\d", text)
        assert len(short_rows) in (0, SHORT), text  # the short table is kept whole
        if re.search(r"HEADINGLONG(?! \(suite\))", text):  # the heading, not the header's "(suite)"
            assert "L00" in text, text  # a heading is never the last thing on its page
        if re.search(r"HEADINGSHORT(?! \(suite\))", text):
            assert "S00" in text, text

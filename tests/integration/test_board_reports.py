"""What a board member reads in presence, recommandations, bilan and the sign-in sheet: the
printed text against what the report's data service returns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.formatting import format_amounts, format_month, format_number
from app.reports import ReportParams, render
from app.reports.emargement import SIGNATURE_HEIGHT
from app.reports.template import FOOTER_HEIGHT, MARGIN, MM
from app.services.report_data import read_report
from tests.conftest import DEMO_TODAY
from tests.integration.test_reports import PERIOD, START, _plain, make, text_of, tr


def test_partial_months_are_labelled_in_the_referrals_report(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = read_report(demo_db.unit_of_work(), "recommandations", PERIOD).data
    text = " ".join(make(demo_db, "recommandations", tmp_path)[0])
    period = (START, DEMO_TODAY)
    first, last = data.months[0], data.months[-1]
    # 23 May to 22 November: both ends are parts of months, and their rows say which days
    assert _plain(f"{format_month(first.month, period=period)} {format_number(first.referrals)}") in text
    assert _plain(format_month(first.month, period=period)) == "mai 2026 (23–31)"
    assert _plain(f"{format_month(last.month, period=period)} {format_number(last.referrals)}") in text
    assert _plain(format_month(last.month, period=period)) == "novembre 2026 (1–22)"
    whole = data.months[1]
    assert f"{format_month(whole.month)} {format_number(whole.referrals)}" in text  # June is whole: no days


def test_whole_dirhams_print_without_centimes_in_every_amount_column(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = read_report(demo_db.unit_of_work(), "recommandations", PERIOD).data
    amounts = [m.closed_amount for m in data.months] + [
        t.closed_received_amount for c in data.chapters for t in c.members]
    assert all(amount == int(amount) for amount in amounts)  # the demo club's deals are whole dirhams
    text = " ".join(make(demo_db, "recommandations", tmp_path)[0])
    assert ",00 MAD" not in text
    for month in data.months:
        assert _plain(format_amounts([month.closed_amount])[0]) in text
    bilan = " ".join(make(demo_db, "bilan", tmp_path)[0])
    assert ",00" not in bilan


def test_a_column_with_centimes_keeps_them_on_every_row(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.db.models import ClosedBusiness

    with demo_db.unit_of_work() as uow:
        deal = uow.session.scalars(select(ClosedBusiness).where(ClosedBusiness.date >= date(2026, 6, 1))
                                   .order_by(ClosedBusiness.date)).first()
        deal.amount = Decimal(deal.amount) + Decimal("0.50")
        uow.commit()
    data = read_report(demo_db.unit_of_work(), "recommandations", PERIOD).data
    text = " ".join(make(demo_db, "recommandations", tmp_path)[0])
    total = sum((m.closed_amount for m in data.months), Decimal("0.00"))
    assert _plain(f"{tr('Total')} {format_number(sum(m.referrals for m in data.months))}") in text
    assert _plain(format_amounts([total])[0]).endswith(",50 MAD")
    for month in data.months:  # the month column: every row with two decimals
        assert _plain(format_amounts([month.closed_amount, total])[0]) in text


def test_the_key_amount_figure_is_the_services_in_the_size_of_its_neighbours(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    figures = read_report(demo_db.unit_of_work(), "bilan", PERIOD).data
    result = make(demo_db, "bilan", tmp_path)
    value = _plain(format_amounts([figures.closed_amount], currency="")[0])
    assert value in result[0][0]
    sizes: dict[str, float] = {}

    def visit(text: str, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            sizes[_plain(text).strip()] = size * tm[0]

    PdfReader(tmp_path / "bilan.pdf").pages[0].extract_text(visitor_text=visit)
    neighbours = [_plain(format_number(figures.active_members)), _plain(format_number(figures.one_to_ones))]
    assert sizes[value] == sizes[neighbours[0]] == sizes[neighbours[1]]



def _presence(demo_db, tmp_path: Path, params=PERIOD):  # type: ignore[no-untyped-def]
    data = read_report(demo_db.unit_of_work(), "presence", params).data
    return data, " ".join(make(demo_db, "presence", tmp_path, params)[0])


def test_a_suspended_member_over_the_absence_limit_is_highlighted_like_any_other(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.db.models import Member
    from app.domain.enums import MemberStatus
    from app.services.members import change_status

    data, _ = _presence(demo_db, tmp_path)
    over = next(m for c in data.chapters for m in c.members if m.over_limit and m.status is None)
    with demo_db.unit_of_work() as uow:
        member_id = uow.session.scalar(select(Member.id).where(Member.number == over.number))
    change_status(demo_db.unit_of_work(), member_id, MemberStatus.SUSPENDED, DEMO_TODAY, "Absences")
    data, text = _presence(demo_db, tmp_path)
    rows = [m for c in data.chapters for m in c.members]
    suspended = next(m for m in rows if m.number == over.number)
    assert suspended.status == MemberStatus.SUSPENDED and suspended.over_limit
    # the legend's rule for every row, and the key figure counts the rows highlighted
    assert all(m.over_limit == (m.window_absences > data.absences_cap) for m in rows)
    assert data.over_limit == sum(m.over_limit for m in rows)
    assert f"{format_number(data.over_limit)} {tr('Over the absence limit')}" in text


def test_a_member_no_longer_active_is_listed_with_their_status_and_its_date(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import label
    from app.formatting import format_date
    from app.i18n import translate

    data, text = _presence(demo_db, tmp_path)
    former = [m for c in data.chapters for m in c.members if m.status is not None]
    assert former  # the demo club has members who left during the period
    for member in former:
        status = tr("{status} since {date}").format(status=translate("Enums", label(member.status)),
                                                    date=format_date(member.status_since))
        assert _plain(f"{member.name} {status}") in text


def test_the_club_chart_keeps_board_meetings_apart_and_marks_incomplete_sheets(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.domain.attendance import MeetingKind, label
    from app.formatting import format_date
    from app.i18n import translate
    from app.services.meetings import ALL_CHAPTERS, list_meetings

    data, text = _presence(demo_db, tmp_path)
    kinds = [kind for kind, _ in data.club_turnout]
    assert MeetingKind.BOARD in kinds and MeetingKind.MONTHLY in kinds and len(set(kinds)) == len(kinds)
    held = [m for m in list_meetings(demo_db.unit_of_work(), START, DEMO_TODAY, ALL_CHAPTERS)
            if m.chapter_id is None and m.state.value == "held"]
    for kind, turnout in data.club_turnout:
        assert [p.date for p in turnout] == sorted(m.date for m in held if m.kind == kind)
        assert tr("Turnout by meeting: {kind}").format(kind=translate("Attendance", label(kind))) in text
    # a meeting whose sheet has members not marked is named under its chart
    meeting = next(m for m in held if m.kind == MeetingKind.BOARD)
    from app.db.models import Attendance

    with demo_db.unit_of_work() as uow:
        uow.session.delete(uow.session.query(Attendance).filter_by(meeting_id=meeting.id).first())  # not marked
        uow.commit()
    data, text = _presence(demo_db, tmp_path)
    board = dict(data.club_turnout)[MeetingKind.BOARD]
    assert [p.date for p in board if p.unmarked] == [meeting.date]
    note = tr("In grey: {count} meeting whose sheet is incomplete (members not marked): {dates}.")
    assert _plain(note.format(count=1, dates=format_date(meeting.date))) in text


def _sign_in_sheet(demo_db, tmp_path: Path, members: int, state: str = "held"):  # type: ignore[no-untyped-def]
    """The sign-in sheet of a demo chapter's last meeting in ``state``, its expected members made
    ``members`` long (repeated or cut), written: its data, each page's text and the PDF."""
    from dataclasses import replace

    from sqlalchemy import select

    from app.db.models import Meeting

    with demo_db.unit_of_work() as uow:
        meeting_id = uow.session.scalar(select(Meeting.id).where(
            Meeting.chapter_id.is_not(None), Meeting.state == state).order_by(Meeting.date.desc()).limit(1))
    report = read_report(demo_db.unit_of_work(), "emargement", ReportParams(meeting_id=meeting_id))
    sheet = replace(report.data, members=(report.data.members * (members // len(report.data.members) + 1))[:members])
    out = tmp_path / f"emargement_{members}.pdf"
    result = render("emargement", sheet, report.club, report.params, out)
    pages = text_of(out)
    assert len(pages) == result.pages
    return sheet, pages, out


def _lowest_rule(pdf: Path, page: int, tmp_path: Path) -> float:
    """How high above the page's foot, in millimetres, the lowest ruled line of the body is
    (the footer's rule left out): where the last table of that page ends."""
    import shutil
    import subprocess

    import pytest
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("needs pdftoppm to look at the page")
    stem = tmp_path / f"look_{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", "72", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    image = Image.open(f"{stem}.pgm")
    width, height = image.size
    body_foot = (MARGIN + FOOTER_HEIGHT) / MM  # the footer's rule is 3 mm below
    pixels = image.load()
    for row in range(height - 1, -1, -1):
        above_foot = (height - row) * 25.4 / 72
        if above_foot < body_foot - 1:
            continue
        if sum(pixels[x, row] < 235 for x in range(width)) > width * 0.6:  # a line across the table
            return above_foot - body_foot
    return float(height)


def test_a_chapter_of_20_members_signs_in_on_one_sheet_with_its_blank_guest_lines(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for size in (1, 12, 20):
        sheet, pages, pdf = _sign_in_sheet(demo_db, tmp_path, size)
        assert len(pages) == 1, size
        assert tr("Members expected ({count})").format(count=size) in pages[0]
        assert all(m.last_name.upper() in pages[0] for m in sheet.members)
        assert tr("Guests") in pages[0] and tr("Invited by") in pages[0]
        # the blank lines run down to the foot of the page: less than a line is left under them
        assert _lowest_rule(pdf, 1, tmp_path) < (SIGNATURE_HEIGHT + 5) / 72 * 25.4, size


def test_a_larger_sign_in_sheet_ends_on_a_full_page_of_blank_lines(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for size in (21, 23, 45, 79):
        _, pages, pdf = _sign_in_sheet(demo_db, tmp_path, size)
        assert len(pages) >= 2
        assert tr("Guests") in pages[-1] and tr("Invited by") in pages[-1]
        assert _lowest_rule(pdf, len(pages), tmp_path) < (SIGNATURE_HEIGHT + 5) / 72 * 25.4, size


def test_a_cancelled_meetings_sheet_says_so_in_its_header_on_every_page(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    sheet, pages, pdf = _sign_in_sheet(demo_db, tmp_path, 40, state="cancelled")
    assert sheet.cancelled and len(pages) == 2
    flag = tr("Meeting cancelled").upper()
    assert flag == "RÉUNION ANNULÉE"
    sizes: list[float] = []

    def visit(text: str, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if flag in text.upper():
            sizes.append(size * tm[0])

    for page in PdfReader(pdf).pages:
        assert flag in _plain(page.extract_text())
        page.extract_text(visitor_text=visit)
    title: list[float] = []
    PdfReader(pdf).pages[0].extract_text(visitor_text=lambda text, cm, tm, font, size: title.append(size * tm[0])
                                         if tr("Sign-in sheet") in text else None)
    assert len(sizes) == 2 and min(sizes) == title[0] >= 10.5  # in the title's size, not small print
    _, held, _ = _sign_in_sheet(demo_db, tmp_path, 40)
    assert all(flag not in page for page in held)

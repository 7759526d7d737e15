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


def test_a_chapters_name_is_elided_after_de_in_the_attendance_report(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _presence(demo_db, tmp_path)[1]
    assert "Taux de présence aux réunions d’Oujda" in text and "Taux de présence aux réunions d’Agadir" in text
    assert "Taux de présence aux réunions de Casablanca" in text
    assert "de Oujda" not in text and "de Agadir" not in text  # the demo's companies too: « Tissages d’Oujda »


def _member_record(demo_db, tmp_path: Path, **business):  # type: ignore[no-untyped-def]
    """The member record's text, its business figures changed to ``business``."""
    from dataclasses import replace

    from tests.integration.test_reports import params_for

    report = read_report(demo_db.unit_of_work(), "fiche-membre", params_for(demo_db, "fiche-membre"))
    record = replace(report.data, business=replace(report.data.business, **business))
    render("fiche-membre", record, report.club, report.params, tmp_path / "fiche.pdf")
    return " ".join(text_of(tmp_path / "fiche.pdf"))


def test_counts_agree_with_their_noun_and_whole_amounts_print_whole_in_a_member_record(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _member_record(demo_db, tmp_path, closed_received_count=1, closed_received_amount=Decimal("12752.00"),
                          closed_generated_count=0, closed_generated_amount=Decimal("0.00"))
    assert "Conclues (montant) · 1 affaire " in text and "Générées pour d’autres · 0 affaire " in text
    assert _plain("12 752 MAD") in text and ",00" not in text
    text = _member_record(demo_db, tmp_path, closed_received_count=2, closed_received_amount=Decimal("12752.50"))
    assert "· 2 affaires" in text and _plain("12 752,50 MAD") in text


def test_one_member_and_one_badge_are_singular(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from app.reports.presence import TOTAL, TOTAL_ONE

    report = read_report(demo_db.unit_of_work(), "presence", PERIOD)
    chapter = next(c for c in report.data.chapters if len(c.members) > 1)
    data = replace(report.data, chapters=(replace(chapter, members=chapter.members[:1]), chapter))
    render("presence", data, report.club, report.params, tmp_path / "p.pdf")
    text = " ".join(text_of(tmp_path / "p.pdf"))
    assert tr(TOTAL_ONE).format(count=1) == "Total (1 membre)" and "Total (1 membre)" in text
    assert tr(TOTAL).format(count=len(chapter.members)) in text
    from app import i18n

    i18n.set_language("en")
    try:  # French says « sur 1 mois » as « sur 6 mois »; English needs the singular
        render("presence", replace(data, window_months=1), report.club, report.params, tmp_path / "en.pdf")
        english = " ".join(text_of(tmp_path / "en.pdf"))
    finally:
        i18n.set_language("fr")
    assert "Unexcused, 1 month " in english and "Total (1 member)" in english
    badges = read_report(demo_db.unit_of_work(), "badges", ReportParams(chapter_id=7))
    one = replace(badges.data, members=badges.data.members[:1])
    render("badges", one, badges.club, badges.params, tmp_path / "b.pdf")
    assert "1 badge. Découper" in " ".join(text_of(tmp_path / "b.pdf"))


def test_headers_keep_each_name_on_one_line_and_say_suite_once(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from app.reports.template import CONTINUED
    from app.services.meetings import ALL_CHAPTERS, list_meetings

    suite = tr(CONTINUED).format(section="").strip()
    largest = max((m for m in list_meetings(demo_db.unit_of_work(), START, DEMO_TODAY, ALL_CHAPTERS)
                   if m.chapter_id is not None), key=lambda m: m.expected)  # a chapter's sheet of 3 pages or more
    for name, params in (("recommandations", PERIOD), ("emargement", ReportParams(meeting_id=largest.id))):
        report = read_report(demo_db.unit_of_work(), name, params)
        result = render(name, report.data, report.club, report.params, tmp_path / f"{name}.pdf")
        assert result.pages > 2
        for number, page in enumerate(PdfReader(result.path).pages, start=1):
            lines = page.extract_text().splitlines()
            assert lines.count(report.club.name) == 2, (name, number)  # header and footer, never cut
            said = sum(line.count(suite) for line in lines)
            assert said <= 1 and (said == (number > 1) or name != "emargement"), (name, number)
        if name == "emargement":  # the subtitle breaks between its parts, never inside the chapter's name
            assert any(line.endswith(report.data.chapter) for line in lines)

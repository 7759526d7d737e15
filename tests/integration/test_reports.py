"""The PDF reports of the demo club, read back: the figures printed are the services' figures."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import GuestVisit, Meeting, Member
from app.domain.club import ClubIdentity
from app.domain.enums import MemberStatus
from app.domain.errors import CercleError
from app.formatting import format_amounts, format_date, format_number, format_percent, typographic_apostrophes
from app.i18n import translate
from app.reports import REPORTS, ReportParams
from app.services.report_data import generate_report, validate_report
from app.services.settings import save_settings
from tests.conftest import DEMO_TODAY

START = date(2026, 5, 23)
PERIOD = ReportParams(start=START, end=DEMO_TODAY, at=DEMO_TODAY)
TRICKY = "Tom & Jerry <b>SARL</b>"
SMALL_CHAPTER = 7


def text_of(path: Path) -> list[str]:
    """Each page's text on one line: line breaks, and the no-break spaces of French numbers, as spaces."""
    from pypdf import PdfReader

    return [_plain(page.extract_text()) for page in PdfReader(path).pages]


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text)  # \s: every Unicode space, U+202F and U+00A0 included


def tr(text: str) -> str:
    return translate("Reports", text)


def make(db, name: str, tmp_path: Path, params: ReportParams = PERIOD) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    result = generate_report(db.unit_of_work(), name, params, tmp_path / f"{name}.pdf")
    pages = text_of(result.path)
    assert len(pages) == result.pages
    return pages, result.pages


def held_meeting_with_guests(db) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return uow.session.scalar(
            select(Meeting.id).join(GuestVisit, GuestVisit.meeting_id == Meeting.id)
            .where(Meeting.date <= DEMO_TODAY).order_by(Meeting.date.desc()).limit(1))


def active_member(db) -> int:  # type: ignore[no-untyped-def]
    """The number of an active member with an Arabic name."""
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(Member.number).where(
            Member.status == MemberStatus.ACTIVE, Member.arabic_name.is_not(None)).order_by(Member.number))


def params_for(db, name: str) -> ReportParams:  # type: ignore[no-untyped-def]
    if name == "emargement":
        return ReportParams(meeting_id=held_meeting_with_guests(db))
    if name == "fiche-membre":
        return ReportParams(start=START, end=DEMO_TODAY, member_number=active_member(db))
    if name == "badges":
        return ReportParams(chapter_id=SMALL_CHAPTER)  # a QR code per member: the smallest chapter keeps it quick
    return PERIOD


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_has_the_club_on_every_page_and_numbered_pages(demo_db, tmp_path: Path, name: str) -> None:
    save_settings(demo_db.unit_of_work(), ClubIdentity(TRICKY, "12, bd d'Anfa\nCasablanca", None).as_settings())
    steps: list[tuple[int, int]] = []
    result = generate_report(demo_db.unit_of_work(), name, params_for(demo_db, name), tmp_path / "r.pdf",
                      progress=lambda done, total: steps.append((done, total)))
    assert result.path.read_bytes().startswith(b"%PDF")
    pages = text_of(result.path)
    assert len(pages) == result.pages >= 1
    for number, page in enumerate(pages, start=1):
        assert TRICKY in page  # escaped: printed literally, never read as markup
        assert tr("Page {page} / {pages}").format(page=number, pages=result.pages) in page
        assert tr(REPORTS[name].title) in page
        assert page.count(tr("{section} (continued)").format(section="").strip()) <= 1  # never doubled
        assert not re.search(r"[^\W\d_]'[^\W\d_]", re.sub(r"\S*@\S*", "", page))  # « l’annuaire »
    assert steps[0] == (0, 100) and steps[-1] == (100, 100)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


def test_directory_lists_the_active_members_who_agreed_and_only_them(demo_db, tmp_path: Path) -> None:
    with demo_db.unit_of_work() as uow:
        member = uow.session.scalar(select(Member).where(
            Member.status == MemberStatus.ACTIVE, Member.consent_directory_on.is_not(None),
            Member.arabic_name.is_not(None)))
        member.company = TRICKY
        uow.commit()
        rows = uow.session.execute(select(Member.number, Member.status, Member.consent_directory_on,
                                          Member.email)).all()
    text = " ".join(make(demo_db, "annuaire", tmp_path)[0])
    numbers = set(re.findall(r"\b1\d{3}\b", text))
    for number, status, consent, email in rows:
        shown = status == MemberStatus.ACTIVE and consent is not None
        assert (str(number) in numbers) == shown, number
        if email and not shown:
            assert email not in text.replace("\n", "")
    assert TRICKY in text
    # Arabic names are printed with joined letters (presentation forms), not isolated ones.
    assert re.search("[\ufe70-\ufefc]{3}", text)


def test_directory_says_on_its_first_page_how_many_active_members_lack_a_consent(demo_db, tmp_path: Path) -> None:
    from dataclasses import replace

    from app.services import members as member_service

    def first_page() -> str:
        pdf = generate_report(demo_db.unit_of_work(), "annuaire", PERIOD, tmp_path / "annuaire.pdf").path
        text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        return re.sub(r"\s+", " ", text)

    def unconsented() -> list[tuple[int, int]]:
        with demo_db.unit_of_work() as uow:
            return uow.session.execute(select(Member.id, Member.number).where(
                Member.status == MemberStatus.ACTIVE, Member.anonymised_on.is_(None),
                Member.consent_directory_on.is_(None)).order_by(Member.number)).all()

    left_out = unconsented()
    assert len(left_out) > 1  # the demo club has active members who never consented
    sentence = "{count} active members are left out: no consent to appear in it is recorded."
    page = first_page()
    assert tr(sentence).format(count=len(left_out)) in page
    member_id, number = left_out[0]
    assert f" {number} " not in page
    # Their consent recorded, with its date: one fewer left out, and they are printed.
    details = member_service.get_member(demo_db.unit_of_work(), member_id)
    member_service.update_member(demo_db.unit_of_work(), member_id, replace(
        details.data, consent_directory_on=date(2026, 11, 2)), today=DEMO_TODAY)
    text = " ".join(make(demo_db, "annuaire", tmp_path)[0])
    assert tr(sentence).format(count=len(left_out) - 1) in first_page()
    assert re.search(rf"\b{number}\b", text)


def test_directory_table_repeats_its_header_on_every_page(demo_db, tmp_path: Path) -> None:
    pages, count = make(demo_db, "annuaire", tmp_path, ReportParams(chapter_id=1))
    assert count > 1
    for page in pages:
        assert tr("Company and position") in page


def test_attendance_totals_are_the_attendance_services(demo_db, tmp_path: Path) -> None:
    from app.services.attendance import chapter_trends, figures_by_member

    chapter_id = 2
    figures = [f for f in figures_by_member(demo_db.unit_of_work(), START, DEMO_TODAY, chapter_id=chapter_id).values()
               if f.expected]
    trend = next(t for t in chapter_trends(demo_db.unit_of_work(), START, DEMO_TODAY) if t.chapter_id == chapter_id)
    text = " ".join(make(demo_db, "presence", tmp_path, ReportParams(START, DEMO_TODAY, chapter_id=chapter_id))[0])
    total = tr("Total ({count} members)").format(count=len(figures))
    expected = " ".join(format_number(sum(getattr(f, key) for f in figures)) for key in (
        "expected", "present", "late", "absent", "excused", "substituted", "unmarked"))
    assert re.search(re.escape(total) + r"\s+" + re.escape(_plain(expected)) + r"\s+"
                     + re.escape(_plain(format_percent(trend.rate))), text)


def test_referrals_report_totals_are_the_business_services(demo_db, tmp_path: Path) -> None:
    from app.services.business_stats import club_business

    club = club_business(demo_db.unit_of_work(), START, DEMO_TODAY)
    text = " ".join(make(demo_db, "recommandations", tmp_path)[0])
    month_total = " ".join([tr("Total"), format_number(club.referrals), format_number(club.closed_count),
                            format_amounts([club.closed_amount])[0]])
    assert _plain(month_total) in text
    assert _plain(format_amounts([club.closed_amount], currency="")[0]) in text
    giver = club.top_givers[0]
    assert f"1 {giver.number}" in text


def test_board_pack_figures_are_those_of_the_services(demo_db, tmp_path: Path) -> None:
    from app.services.business_stats import club_business
    from app.services.compliance import evaluate_club
    from app.services.report_data.bilan import bilan_figures

    figures = bilan_figures(demo_db.unit_of_work(), START, DEMO_TODAY)
    club = club_business(demo_db.unit_of_work(), START, DEMO_TODAY)
    assert (figures.referrals, figures.closed_amount) == (club.referrals, club.closed_amount)
    assert sum(c.count for c in figures.lights) == len(evaluate_club(demo_db.unit_of_work(), DEMO_TODAY))
    assert figures.active_members == sum(c.active_members for c in figures.chapters)
    pages, count = make(demo_db, "bilan", tmp_path)
    assert count <= 2
    text = " ".join(pages)
    for value in (format_number(figures.active_members), format_amounts([figures.closed_amount], currency="")[0],
                  format_number(figures.referrals), format_percent(figures.attendance_rate)):
        assert _plain(value) in text
    assert sum((m.closed_amount for m in figures.business), Decimal("0.00")) == figures.closed_amount


def test_compliance_report_lists_the_attention_list_and_open_warnings(demo_db, tmp_path: Path) -> None:
    from app.domain.compliance import is_open_on
    from app.services.charter import list_warnings
    from app.services.compliance import attention_list, evaluate_club

    attention = attention_list(demo_db.unit_of_work(), DEMO_TODAY)
    members = evaluate_club(demo_db.unit_of_work(), DEMO_TODAY)
    warnings = [w for w in list_warnings(demo_db.unit_of_work()) if is_open_on(w.date, w.closed_on, DEMO_TODAY)]
    text = " ".join(make(demo_db, "conformite", tmp_path)[0])
    assert _plain(tr("Needing the board's attention ({count})").format(count=format_number(len(attention)))) in text
    assert _plain(tr("Open warnings ({count})").format(count=format_number(len(warnings)))) in text
    for member in members:
        assert f"{member.number} {member.listing_name}" in text



def test_compliance_and_member_record_data_read_without_the_pdf_are_the_services(demo_db) -> None:
    """A letter quoting a member's light reads the same figures as the printed reports."""
    from dataclasses import FrozenInstanceError

    from app.services.compliance import evaluate_club
    from app.services.members import get_member_by_number
    from app.services.report_data import read_report

    members = evaluate_club(demo_db.unit_of_work(), DEMO_TODAY)
    report = read_report(demo_db.unit_of_work(), "conformite", PERIOD).data
    assert sorted((m.number, m.light, m.total) for m in report.members) == sorted(
        (m.number, m.light, m.total) for m in members)
    number = active_member(demo_db)
    record = read_report(demo_db.unit_of_work(), "fiche-membre", params_for(demo_db, "fiche-membre")).data
    mine = next(m for m in members if m.number == number)
    assert (record.member.identity.number, record.member.identity.company) == (number, get_member_by_number(
        demo_db.unit_of_work(), number).company)
    assert (record.evaluation.light, record.evaluation.total) == (mine.light, mine.total)
    with pytest.raises(FrozenInstanceError):
        record.member.identity.company = "changed"  # type: ignore[misc]

def test_the_record_and_the_directory_name_and_reach_a_member_the_same_way(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Each listed member's name, company, chapter, sector, phones and e-mail in the directory are
    those of their record's first block."""
    from app.services.report_data import read_report

    entries = read_report(demo_db.unit_of_work(), "annuaire", PERIOD).data.entries
    assert entries
    for entry in entries[:5]:
        record = read_report(demo_db.unit_of_work(), "fiche-membre", ReportParams(
            start=START, end=DEMO_TODAY, member_number=entry.number)).data
        assert record.member.identity == entry


def test_sign_in_sheet_has_every_expected_member_by_name_and_the_guests(demo_db, tmp_path: Path) -> None:
    from app.services.attendance import load_sheet
    from app.services.guests import list_guests

    meeting_id = held_meeting_with_guests(demo_db)
    sheet = load_sheet(demo_db.unit_of_work(), meeting_id)
    guests = list_guests(demo_db.unit_of_work(), meeting_id)
    text = " ".join(make(demo_db, "emargement", tmp_path, ReportParams(meeting_id=meeting_id))[0])
    positions = [text.index(f"{row.number} {row.last_name.upper()} {row.first_name}") for row in sheet.rows]
    assert positions == sorted(positions)
    for guest in guests:
        assert guest.full_name in text


def test_badges_eight_per_page_with_a_code_the_check_in_reads(demo_db, tmp_path: Path) -> None:
    from app.domain.attendance import parse_member_number
    from app.reports.badges import badge_payload
    from app.services.report_data import badges

    members = badges.read(demo_db.unit_of_work(), ReportParams(chapter_id=SMALL_CHAPTER)).members
    assert len(members) > 8
    pages, count = make(demo_db, "badges", tmp_path, ReportParams(chapter_id=SMALL_CHAPTER))
    assert count == math.ceil(len(members) / 8)
    assert all(parse_member_number(badge_payload(m.number)) == m.number for m in members)
    text = " ".join(pages)
    assert all(m.company in text and str(m.number) in text for m in members)


def test_member_record_shows_the_members_attendance_and_business(demo_db, tmp_path: Path) -> None:
    from app.services.attendance import member_attendance
    from app.services.business_stats import member_business_summary
    from app.services.members import get_member_by_number

    member = get_member_by_number(demo_db.unit_of_work(), active_member(demo_db))
    attendance = member_attendance(demo_db.unit_of_work(), member.id, START, DEMO_TODAY)
    business = member_business_summary(demo_db.unit_of_work(), member.id, START, DEMO_TODAY)
    params = ReportParams(START, DEMO_TODAY, member_number=member.number)
    text = " ".join(make(demo_db, "fiche-membre", tmp_path, params)[0])
    assert f"{member.last_name.upper()} {member.first_name}" in text
    assert _plain(f"{format_number(attendance.figures.expected)} {tr('Meetings expected')}") in text
    assert _plain(format_percent(attendance.figures.rate)) in text
    assert _plain(format_amounts([business.closed_received_amount])[0]) in text
    # Every meeting of the member's history is a row of its own, dated: each date is printed at
    # least as many times as the member has meetings on it.
    from collections import Counter

    assert len(attendance.history) > 10
    printed = Counter(re.findall(r"\d\d/\d\d/\d{4}", text))
    expected = Counter(format_date(row.date) for row in attendance.history)
    assert {day: n for day, n in expected.items() if printed[day] < n} == {}


def test_charter_prints_the_current_text_and_a_signature_block(demo_db, tmp_path: Path) -> None:
    from app.reports.charte import paragraphs
    from app.services.charter import current_charter

    charter = current_charter(demo_db.unit_of_work())
    assert charter is not None
    text = " ".join(make(demo_db, "charte", tmp_path)[0])
    for _, line in paragraphs(charter.text):  # as written, its apostrophes made typographic
        assert typographic_apostrophes(line) in text
    assert "'" in charter.text and "'" not in text
    assert tr("For the club: the President") in text


@pytest.mark.parametrize(("name", "params", "message"), [
    ("palmares", ReportParams(), "Unknown report: {name}. Choose one of: {names}."),
    ("presence", ReportParams(date(2026, 6, 1), date(2026, 5, 1)),
     "The end of the period ({end}) is before its start ({start})."),
    ("emargement", ReportParams(), "Choose the meeting for this report."),
    ("emargement", ReportParams(meeting_id=999_999), "There is no meeting number {id}."),
    ("fiche-membre", ReportParams(member_number=5), "There is no member number {number}."),
    ("annuaire", ReportParams(chapter_id=999), "There is no chapter number {id}."),
])
def test_wrong_parameters_are_refused_with_one_message(demo_db, name: str, params: ReportParams,
                                                       message: str) -> None:
    with pytest.raises(CercleError) as raised:
        validate_report(demo_db.unit_of_work(), name, params)
    assert raised.value.message == message


def test_an_unwritable_file_is_a_user_error(demo_db, tmp_path: Path) -> None:
    with pytest.raises(CercleError):
        generate_report(demo_db.unit_of_work(), "charte", ReportParams(), tmp_path / "missing" / "x.pdf")


def test_an_empty_club_still_gets_readable_reports(db, tmp_path: Path) -> None:
    for name in ("annuaire", "presence", "recommandations", "conformite", "bilan", "badges", "charte"):
        result = generate_report(db.unit_of_work(), name, PERIOD, tmp_path / f"{name}.pdf")
        assert result.pages >= 1
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Member)) == 0


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs pdftoppm and zbarimg to scan the printed codes")
def test_printed_badge_codes_scan_to_the_member_numbers(demo_db, tmp_path: Path) -> None:
    from app.services.report_data import badges

    members = badges.read(demo_db.unit_of_work(), ReportParams(chapter_id=SMALL_CHAPTER)).members[:8]
    make(demo_db, "badges", tmp_path, ReportParams(chapter_id=SMALL_CHAPTER))
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(tmp_path / "badges.pdf"),
                    str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page*.png"))
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True).stdout.split()
    assert sorted(scanned) == sorted(str(m.number) for m in members)


def test_a_page_that_continues_an_antenna_names_it_under_the_header(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The directory runs over pages: each page that does not open with a new antenna says which
    one it continues, also when it opens with a sector heading ("Rabat · Immobilier (suite)")."""
    from app.services.report_data import annuaire

    chapters = {e.chapter for e in annuaire.read(demo_db.unit_of_work(), ReportParams()).entries}
    pages, count = make(demo_db, "annuaire", tmp_path)
    names = "|".join(re.escape(chapter) for chapter in chapters)
    continued = [re.search(rf"({names})( · [^\n(]*)? \(suite\)", _plain(page)) for page in pages]
    assert continued[0] is None and count > len(chapters)
    opened = 0
    for page, found in zip(pages[1:], continued[1:], strict=True):
        if found is None:  # the page opens with an antenna's heading
            opened += 1
            assert "(suite)" not in page
    assert opened <= len(chapters) - 1  # only a new antenna's first page goes without "(suite)"


def test_member_record_keeps_a_line_for_each_detail_filled_or_not(demo_db, tmp_path: Path) -> None:
    """The board finds each detail in the same place on every record: an empty one shows a dash."""
    from app.reports.fiche_membre import FIELDS

    number = active_member(demo_db)
    with demo_db.unit_of_work() as uow:
        member = uow.session.scalar(select(Member).where(Member.number == number))
        member.position = member.city = member.email = member.office_phone = None
        member.sponsor_id = None
        uow.commit()
    text = " ".join(make(demo_db, "fiche-membre", tmp_path, ReportParams(START, DEMO_TODAY, member_number=number))[0])
    labels = [_plain(tr(label)) for label in FIELDS.values()]
    found = [text.find(label) for label in labels]
    assert -1 not in found, [label for label, at in zip(labels, found, strict=True) if at == -1]
    # Two columns read across: the first half on the left, the rest on the right, in order.
    half = (len(labels) + 1) // 2
    assert all(found[i] < found[i + half] for i in range(len(labels) - half))
    assert text.count("—") >= 5

"""Arabic outside the "arabic name" field: every report prints it shaped, in the right order.

A member of the smallest chapter gets an Arabic name, company, position and city, an Arabic
excuse for an absence and an open warning with Arabic facts; a meeting of the chapter gets an
Arabic title. Each report is read back: an Arabic word printed with joined letters comes out as
presentation forms (U+FB50–U+FEFF); an unshaped one comes out in its plain letters (U+06xx).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Attendance, Meeting, Member, Warning
from app.domain.enums import MemberStatus
from app.reports import ReportParams
from app.services.report_data import generate_report
from tests.conftest import DEMO_TODAY
from tests.integration.test_reports import SMALL_CHAPTER, START

COMPANY = "شركة بنجلون للتجارة والصناعة"
POSITION = "المدير العام"
CITY = "طنجة"
EXCUSE = "سفر عمل"
FACTS = "غياب متكرر دون عذر"
TITLE = "اجتماع أسبوعي – Tanger"
FIRST, LAST = "يوسف", "بنجلون"

# What each report must show of the member's Arabic text.
EXPECTED = {
    "annuaire": [COMPANY, POSITION],
    "conformite": [COMPANY, FACTS],
    "fiche-membre": [COMPANY, POSITION, CITY, EXCUSE, FACTS, TITLE],
    "presence": [f"{FIRST} {LAST}"],
    "recommandations": [f"{FIRST} {LAST}"],
    "badges": [COMPANY, FIRST],
    "emargement": [COMPANY, TITLE],
}


@dataclass(frozen=True)
class Arabic:
    number: int
    meeting_id: int


@pytest.fixture
def arabic(demo_db) -> Arabic:  # type: ignore[no-untyped-def]
    with demo_db.unit_of_work() as uow:
        session = uow.session
        member = session.scalars(select(Member).where(
            Member.chapter_id == SMALL_CHAPTER, Member.status == MemberStatus.ACTIVE,
            Member.consent_directory_on.is_not(None)).order_by(Member.number)).first()
        assert member is not None
        member.first_name, member.last_name = FIRST, LAST
        member.company, member.position, member.city = COMPANY, POSITION, CITY
        meeting_id = session.scalar(
            select(Meeting.id).join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(Attendance.member_id == member.id, Meeting.date.between(START, DEMO_TODAY))
            .order_by(Meeting.date.desc()).limit(1))
        assert meeting_id is not None
        session.get(Meeting, meeting_id).title = TITLE  # type: ignore[union-attr]
        earlier = session.scalars(
            select(Attendance).join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Attendance.member_id == member.id, Meeting.date.between(START, DEMO_TODAY),
                   Meeting.id != meeting_id).order_by(Meeting.date.desc())).first()
        assert earlier is not None
        earlier.status, earlier.excuse_reason = "excused", EXCUSE
        warning = session.scalars(select(Warning).where(Warning.date <= DEMO_TODAY).order_by(Warning.id)).first()
        assert warning is not None
        warning.member_id, warning.facts, warning.closed_on = member.id, FACTS, None
        number = member.number
        uow.commit()
    return Arabic(number, meeting_id)


def _params(name: str, arabic: Arabic) -> ReportParams:
    if name == "emargement":
        return ReportParams(meeting_id=arabic.meeting_id)
    if name == "fiche-membre":
        return ReportParams(start=START, end=DEMO_TODAY, member_number=arabic.number)
    if name in ("annuaire", "badges"):
        return ReportParams(chapter_id=SMALL_CHAPTER)
    return ReportParams(start=START, end=DEMO_TODAY, at=DEMO_TODAY, chapter_id=SMALL_CHAPTER)


def _shaped_words(text: str) -> set[str]:
    """The Arabic words printed with joined letters, back in their plain letters."""
    words = re.findall(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+", text)
    return {unicodedata.normalize("NFKC", word) for word in words if re.search(r"[\uFB50-\uFDFF\uFE70-\uFEFF]", word)}


def _plain_words(text: str) -> set[str]:
    """Arabic words printed without any joined letter (a shaped word of isolated letters aside)."""
    return {word for word in re.findall(r"[\u0621-\u064A]{2,}", text)}


JOINING = re.compile(r"[\u0626\u0628\u062A-\u062E\u0633-\u063A\u0641-\u0647\u064A]")


@pytest.mark.parametrize("name", list(EXPECTED))
def test_arabic_user_text_is_shaped_in_every_report(demo_db, arabic: Arabic, tmp_path: Path, name: str) -> None:
    from pypdf import PdfReader

    result = generate_report(demo_db.unit_of_work(), name, _params(name, arabic), tmp_path / f"{name}.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(result.path).pages)
    shaped, plain = _shaped_words(text), _plain_words(text)
    for expected in EXPECTED[name]:
        for word in re.findall(r"[\u0600-\u06FF]+", expected):
            # A word with a letter that joins its neighbour must come out joined, never plain.
            if len(word) > 1 and JOINING.search(word[:-1]):
                assert word in shaped, f"{name}: {word!r} of {expected!r} is not shaped"
                assert word not in plain, f"{name}: {word!r} of {expected!r} is printed unshaped"


def test_mixed_line_keeps_each_word_in_its_direction(demo_db, arabic: Arabic, tmp_path: Path) -> None:
    """A French word beside Arabic words stays itself, and the Arabic words of the title keep
    their reading order (right to left: the first word typed is the rightmost)."""
    from pypdf import PdfReader

    result = generate_report(demo_db.unit_of_work(), "emargement", _params("emargement", arabic), tmp_path / "e.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(result.path).pages)
    line = next(unicodedata.normalize("NFKC", line) for line in text.splitlines() if "Tanger" in line
                and re.search(r"[\uFE70-\uFEFF]", line))
    first, second = "اجتماع", "أسبوعي"
    # Drawn right to left, so a left-to-right read of the page meets the second word first.
    assert line.index(second) < line.index(first)

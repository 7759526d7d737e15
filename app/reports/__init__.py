"""PDF reports for the board, built with reportlab from service results.

Each report is one module of this package with a ``build(uow, params, doc)`` function that
fills the shared page template (:mod:`app.reports.template`). :data:`REPORTS` lists them in menu
order; :func:`generate` writes one to a file, :func:`validate_params` checks the parameters
first so that the page and the command line refuse a wrong one with the same message.

reportlab is imported only inside the report modules, never by ``import app.reports``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.uow import UnitOfWork
from app.domain.errors import CercleError, NotFoundError
from app.i18n import QT_TRANSLATE_NOOP

__all__ = ["REPORTS", "ReportParams", "ReportResult", "ReportSpec", "generate", "validate_params"]

PERIOD, AT, CHAPTER, MEETING, MEMBER = "period", "at", "chapter", "meeting", "member"

MSG_UNKNOWN_REPORT = QT_TRANSLATE_NOOP("Reports", "Unknown report: {name}. Choose one of: {names}.")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Reports", "The end of the period ({end}) is before its start ({start}).")
MSG_NEED_MEETING = QT_TRANSLATE_NOOP("Reports", "Choose the meeting for this report.")
MSG_NEED_MEMBER = QT_TRANSLATE_NOOP("Reports", "Choose the member (number) for this report.")
MSG_UNKNOWN_MEETING = QT_TRANSLATE_NOOP("Reports", "There is no meeting number {id}.")
MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Reports", "There is no member number {number}.")
MSG_UNKNOWN_CHAPTER = QT_TRANSLATE_NOOP("Reports", "There is no chapter number {id}.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Reports", "Cannot write {path}: {reason}")


@dataclass(frozen=True)
class ReportParams:
    """What a report is about. Unused fields are ignored; missing dates get defaults
    (period: the 12 months up to today; at: today)."""

    start: date | None = None
    end: date | None = None
    at: date | None = None
    chapter_id: int | None = None
    meeting_id: int | None = None
    member_number: int | None = None


@dataclass(frozen=True)
class ReportSpec:
    name: str  # command-line name
    title: str  # English source, context "Reports"
    needs: frozenset[str]  # subset of {"period", "at", "chapter", "meeting", "member"}; chapter is optional


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int


def _spec(name: str, title: str, *needs: str) -> ReportSpec:
    return ReportSpec(name, title, frozenset(needs))


# In menu order. Module of each: ``app.reports.<name with "-" as "_">``.
REPORTS: dict[str, ReportSpec] = {
    spec.name: spec
    for spec in (
        _spec("annuaire", QT_TRANSLATE_NOOP("Reports", "Member directory"), CHAPTER),
        _spec("emargement", QT_TRANSLATE_NOOP("Reports", "Sign-in sheet"), MEETING),
        _spec("presence", QT_TRANSLATE_NOOP("Reports", "Attendance"), PERIOD, CHAPTER),
        _spec("recommandations", QT_TRANSLATE_NOOP("Reports", "Referrals and closed business"), PERIOD, CHAPTER),
        _spec("conformite", QT_TRANSLATE_NOOP("Reports", "Charter compliance"), AT, CHAPTER),
        _spec("bilan", QT_TRANSLATE_NOOP("Reports", "Board pack"), PERIOD),
        _spec("fiche-membre", QT_TRANSLATE_NOOP("Reports", "Member record"), MEMBER, PERIOD),
        _spec("badges", QT_TRANSLATE_NOOP("Reports", "Member badges"), CHAPTER),
        _spec("charte", QT_TRANSLATE_NOOP("Reports", "Charter"), ),
    )
}


def default_period(today: date | None = None) -> tuple[date, date]:
    """The twelve months up to ``today``: from the same day a year before, the day after."""
    from app.domain.attendance import default_period as months_before

    return months_before(today or date.today(), 12)


def resolve(params: ReportParams, today: date | None = None) -> ReportParams:
    """``params`` with the defaults filled in (period, date)."""
    today = today or date.today()
    start, end = params.start, params.end
    if start is None or end is None:
        default_start, default_end = default_period(end or today)
        start, end = start or default_start, end or default_end
    return ReportParams(start, end, params.at or today, params.chapter_id, params.meeting_id, params.member_number)


def validate_params(uow: UnitOfWork, name: str, params: ReportParams) -> None:
    """Refuse an unknown report, a period ending before it starts, a missing or unknown
    meeting, member or chapter.

    Raises:
        CercleError: one message saying what is wrong.
    """
    spec = REPORTS.get(name)
    if spec is None:
        raise CercleError(MSG_UNKNOWN_REPORT, context="Reports", name=name, names=", ".join(REPORTS))
    if PERIOD in spec.needs and params.start and params.end and params.end < params.start:
        from app.formatting import format_date

        raise CercleError(MSG_END_BEFORE_START, context="Reports", start=format_date(params.start),
                          end=format_date(params.end))
    if MEETING in spec.needs and params.meeting_id is None:
        raise CercleError(MSG_NEED_MEETING, context="Reports")
    if MEMBER in spec.needs and params.member_number is None:
        raise CercleError(MSG_NEED_MEMBER, context="Reports")
    from sqlalchemy import select

    from app.db.models import Chapter, Meeting, Member

    with uow:
        session = uow.session
        if MEETING in spec.needs and session.get(Meeting, params.meeting_id) is None:
            raise NotFoundError(MSG_UNKNOWN_MEETING, context="Reports", id=params.meeting_id)
        if MEMBER in spec.needs and session.scalar(
                select(Member.id).where(Member.number == params.member_number)) is None:
            raise NotFoundError(MSG_UNKNOWN_MEMBER, context="Reports", number=params.member_number)
        if CHAPTER in spec.needs and params.chapter_id is not None and session.get(Chapter, params.chapter_id) is None:
            raise NotFoundError(MSG_UNKNOWN_CHAPTER, context="Reports", id=params.chapter_id)


def generate(
    uow: UnitOfWork,
    name: str,
    params: ReportParams,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> ReportResult:
    """Write report ``name`` to ``out`` (a PDF) and say how many pages it has.

    ``progress(done, total)`` is called as the work advances (data read, pages laid out).

    Raises:
        CercleError: bad parameters (see :func:`validate_params`) or the file cannot be written.
    """
    validate_params(uow, name, params)
    from app.reports.template import write_report

    module = importlib.import_module(f"app.reports.{name.replace('-', '_')}")
    return write_report(uow, REPORTS[name], resolve(params), Path(out), module.build, progress)

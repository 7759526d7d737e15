"""PDF reports for the board, built with reportlab from the data a service read.

Each report is one module of this package with a ``render(data, doc)`` function that lays out
``data`` (frozen dataclasses declared beside it) on the shared page template
(:mod:`app.reports.template`); it reads no database and calls no service. The data of report
``name`` is read, in one unit of work, by ``app.services.report_data.<name>``.
:func:`app.services.report_data.generate_report` is the one way to write a report to a file.
:data:`REPORTS` lists them in menu order; :func:`check_params` refuses parameters that cannot
make a report, so that the page and the command line refuse a wrong one with the same message.

reportlab is imported only inside the report modules, never by ``import app.reports``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import CercleError
from app.domain.windows import window
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.domain.club import ClubIdentity

__all__ = ["REPORTS", "ReportParams", "ReportResult", "ReportSpec", "check_params", "render", "resolve"]

PERIOD, AT, CHAPTER, MEETING, MEMBER = "period", "at", "chapter", "meeting", "member"

MSG_UNKNOWN_REPORT = QT_TRANSLATE_NOOP("Reports", "Unknown report: {name}. Choose one of: {names}.")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Reports", "The end of the period ({end}) is before its start ({start}).")
MSG_NEED_MEETING = QT_TRANSLATE_NOOP("Reports", "Choose the meeting for this report.")
MSG_NEED_MEMBER = QT_TRANSLATE_NOOP("Reports", "Choose the member (number) for this report.")


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
    return window(today or date.today(), 12)


def resolve(params: ReportParams, today: date | None = None) -> ReportParams:
    """``params`` with the defaults filled in (period, date)."""
    today = today or date.today()
    start, end = params.start, params.end
    if start is None or end is None:
        default_start, default_end = default_period(end or today)
        start, end = start or default_start, end or default_end
    return ReportParams(start, end, params.at or today, params.chapter_id, params.meeting_id, params.member_number)


def check_params(name: str, params: ReportParams) -> ReportSpec:
    """The spec of report ``name``, once its parameters can make it: refuse an unknown report,
    a period ending before it starts, a missing meeting or member. (Whether that meeting, member
    or chapter exists is the service's check.)

    Raises:
        CercleError: one message saying what is wrong.
    """
    spec = REPORTS.get(name)
    if spec is None:
        raise CercleError(MSG_UNKNOWN_REPORT, context="Reports", name=name, names=", ".join(REPORTS))
    if PERIOD in spec.needs and params.start and params.end and params.end < params.start:
        raise CercleError(MSG_END_BEFORE_START, context="Reports", start=format_date(params.start),
                          end=format_date(params.end))
    if MEETING in spec.needs and params.meeting_id is None:
        raise CercleError(MSG_NEED_MEETING, context="Reports")
    if MEMBER in spec.needs and params.member_number is None:
        raise CercleError(MSG_NEED_MEMBER, context="Reports")
    return spec


def render(
    name: str,
    data: object,
    club: ClubIdentity,
    params: ReportParams,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> ReportResult:
    """Lay out report ``name`` over ``data`` (what its service read) and write the PDF to ``out``.

    Raises:
        CercleError: the file cannot be written.
    """
    from app.reports.template import write_report  # the template's module imports this package

    module = importlib.import_module(f"app.reports.{name.replace('-', '_')}")
    return write_report(REPORTS[name], params, club, Path(out), lambda doc: module.render(data, doc), progress)

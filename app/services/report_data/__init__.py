"""What each report prints, read in one unit of work, and the one way to write a report.

``app.services.report_data.<report>`` (``fiche_membre`` for ``fiche-membre``) has
``read(uow, params)``: everything report ``<report>`` of :mod:`app.reports` prints, as the frozen
dataclasses that report module declares, read from one session (the services it calls join that
session through :class:`~app.db.uow.JoinedUnitOfWork`). The report module only lays it out.

:func:`generate_report` is what the command line, the Reports page and the self-test call;
:func:`read_report` gives the data without the PDF (a letter that quotes a report's figures).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Chapter, Meeting, Member
from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.club import ClubIdentity
from app.domain.errors import NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.reports import CHAPTER, MEETING, MEMBER, ReportParams, ReportResult, ReportSpec, check_params, render, resolve
from app.services.club import club_identity

MSG_UNKNOWN_MEETING = QT_TRANSLATE_NOOP("Reports", "There is no meeting number {id}.")
MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Reports", "There is no member number {number}.")
MSG_UNKNOWN_CHAPTER = QT_TRANSLATE_NOOP("Reports", "There is no chapter number {id}.")


@dataclass(frozen=True)
class ReportData:
    """Report ``name`` ready to lay out: its parameters (defaults filled in), the club's letterhead
    and ``data``, the dataclass its module of :mod:`app.reports` renders."""

    name: str
    params: ReportParams
    club: ClubIdentity
    data: object


def validate_report(uow: UnitOfWork, name: str, params: ReportParams) -> None:
    """Refuse an unknown report, a period ending before it starts, a missing or unknown
    meeting, member or chapter.

    Raises:
        CercleError: one message saying what is wrong.
    """
    spec = check_params(name, params)
    with uow:
        _check_records(uow.session, spec, params)


def read_report(uow: UnitOfWork, name: str, params: ReportParams) -> ReportData:
    """Everything report ``name`` prints, read in one unit of work.

    Raises:
        CercleError: bad parameters (see :func:`validate_report`).
    """
    spec = check_params(name, params)
    params = resolve(params)
    module = importlib.import_module(f"{__name__}.{name.replace('-', '_')}")
    with uow:
        _check_records(uow.session, spec, params)
        joined = JoinedUnitOfWork(uow.session)
        return ReportData(name, params, club_identity(joined), module.read(joined, params))


def generate_report(
    uow: UnitOfWork,
    name: str,
    params: ReportParams,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> ReportResult:
    """Write report ``name`` to ``out`` (a PDF) and say how many pages it has.

    ``progress(done, total)`` is called as the work advances (data read, pages laid out).

    Raises:
        CercleError: bad parameters (see :func:`validate_report`) or the file cannot be written.
    """
    if progress:
        progress(0, 100)
    report = read_report(uow, name, params)
    return render(name, report.data, report.club, report.params, Path(out), progress)


def _check_records(session: Session, spec: ReportSpec, params: ReportParams) -> None:
    if MEETING in spec.needs and session.get(Meeting, params.meeting_id) is None:
        raise NotFoundError(MSG_UNKNOWN_MEETING, context="Reports", id=params.meeting_id)
    if MEMBER in spec.needs and session.scalar(
            select(Member.id).where(Member.number == params.member_number)) is None:
        raise NotFoundError(MSG_UNKNOWN_MEMBER, context="Reports", number=params.member_number)
    if CHAPTER in spec.needs and params.chapter_id is not None and session.get(Chapter, params.chapter_id) is None:
        raise NotFoundError(MSG_UNKNOWN_CHAPTER, context="Reports", id=params.chapter_id)

"""Charter compliance at a date (report ``conformite``): the compliance page's figures."""

from __future__ import annotations

from datetime import date

from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.compliance import is_open_on
from app.domain.text import fold
from app.reports import ReportParams
from app.reports.conformite import ComplianceReport, MemberResult, OpenWarning
from app.services.charter import WarningRow, list_warnings
from app.services.compliance import compliance_rules, evaluate_club


def read(uow: UnitOfWork, params: ReportParams) -> ComplianceReport:
    """Every member active on the date (of the chapter, if one is chosen), by chapter then name,
    and the warnings open on that date."""
    assert params.at is not None
    at = params.at
    with uow:
        shared = JoinedUnitOfWork(uow.session)
        rules = compliance_rules(shared)
        evaluated = evaluate_club(shared, at, params.chapter_id)
        warnings = list_warnings(shared)
    evaluated.sort(key=lambda m: (m.chapter_id, fold(m.listing_name or m.name), m.number))
    # A chapter is named after its members: one without any gets an empty name, and no warning.
    chapter = next((m.chapter for m in evaluated), "") if params.chapter_id is not None else None
    members = tuple(MemberResult(m.number, m.listing_name or m.name, m.company, m.chapter, m.light, m.total,
                                 m.criteria, m.overrides, m.attention) for m in evaluated)
    open_now = sorted((w for w in warnings if is_open_on(w.date, w.closed_on, at)
                       and (chapter is None or w.chapter == chapter)), key=lambda w: (w.date, w.member_number))
    return ComplianceReport(at, chapter, rules, members, tuple(_open_warning(w, at) for w in open_now))


def _open_warning(w: WarningRow, at: date) -> OpenWarning:
    last = next((d for d in reversed(w.decisions) if d.decided_on <= at), None)
    return OpenWarning(w.date, w.member_number, w.member_name, w.charter_point, w.aspect, w.facts,
                       last.step if last else None, last.decided_on if last else None)

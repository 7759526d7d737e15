"""One member's record for the board (report ``fiche-membre``), read with the services that feed
the member's own tabs: attendance, business, compliance and charter."""

from __future__ import annotations

from datetime import date

from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.members import member_identity
from app.reports import ReportParams
from app.reports.fiche_membre import (
    BusinessLine,
    Evaluation,
    MemberCard,
    MemberRecord,
    WarningLine,
)
from app.services.attendance import member_attendance
from app.services.business_stats import member_business_summary
from app.services.charter import member_charter
from app.services.compliance import evaluate_member, member_history
from app.services.members import get_member, get_member_by_number


def read(uow: UnitOfWork, params: ReportParams) -> MemberRecord:
    """The member ``params.member_number`` over ``[params.start, params.end]``; their light is
    that of the period's end, today at the latest (a light is of records already made)."""
    assert params.member_number is not None and params.start is not None and params.end is not None
    start, end = params.start, params.end
    at = min(end, date.today())
    with uow:
        shared = JoinedUnitOfWork(uow.session)
        row = get_member_by_number(shared, params.member_number)
        details = get_member(shared, row.id)
        attendance = member_attendance(shared, row.id, start, end)
        b = member_business_summary(shared, row.id, start, end)
        evaluation = evaluate_member(shared, row.id, at)
        history = member_history(shared, row.id, at, 12)
        charter = member_charter(shared, row.id)
    card = MemberCard(
        member_identity(row, row.chapter, row.sector), row.club_role, row.status,
        details.status_history[-1].effective_date if details.status_history else None, row.join_date,
        details.sponsor_label, row.city, row.in_directory)
    return MemberRecord(
        start=start, end=end, member=card, attendance=attendance.figures,
        meetings=attendance.history,
        business=BusinessLine(b.given_internal, b.given_external, b.received, b.one_to_ones,
                              b.closed_received_count, b.closed_received_amount, b.closed_generated_count,
                              b.closed_generated_amount, b.presentations),
        evaluated_on=at,
        evaluation=Evaluation(evaluation.light, evaluation.total, evaluation.criteria) if evaluation else None,
        history=tuple(history),
        charter_version=charter.current.label if charter.current is not None else None,
        charter_signed_on=charter.signed_on,
        warnings=tuple(WarningLine(w.date, w.charter_point, w.aspect, w.facts,
                                   tuple((d.step, d.decided_on) for d in w.decisions), w.closed_on)
                       for w in charter.warnings))

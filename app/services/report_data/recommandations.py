"""Referrals and closed business over a period (report ``recommandations``).

A referral counts for the chapter of the member who gave it; closed business for the chapter
of the member who closed it (as on the business pages).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Chapter, ClosedBusiness, Member, OneToOne, Referral
from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.business import listing_name, months_between
from app.domain.membership import is_active_during
from app.domain.text import fold
from app.reports import ReportParams
from app.reports.figures import BusinessMonth
from app.reports.recommandations import BusinessReport, ChapterBusiness, MemberBusiness
from app.services.active_members import load_periods
from app.services.business_stats import MemberTotals, member_totals

TOP_GIVERS = 10


def read(uow: UnitOfWork, params: ReportParams) -> BusinessReport:
    assert params.start is not None and params.end is not None
    start, end, chapter_id = params.start, params.end, params.chapter_id
    with uow:
        session = uow.session
        chapters = session.execute(select(Chapter.id, Chapter.name).order_by(Chapter.sort_order, Chapter.name)).all()
        totals = _listed(session, member_totals(JoinedUnitOfWork(session), start, end, chapter_id), start, end)
        people = {mid: listing_name(first, last) for mid, first, last in session.execute(
            select(Member.id, Member.first_name, Member.last_name))}
        months = _monthly_business(session, start, end, chapter_id)
        one_to_ones = _one_to_ones(session, start, end, chapter_id)
    names = dict(chapters)
    members = {t.member_id: MemberBusiness(
        t.number, people[t.member_id], names.get(t.chapter_id, ""), t.given_internal, t.given_external, t.received,
        t.closed_received_count, t.closed_received_amount, t.closed_generated_amount) for t in totals}
    by_chapter = []
    for chapter, name in chapters:
        group = sorted((t for t in totals if t.chapter_id == chapter),
                       key=lambda t: (fold(people[t.member_id]), t.number))
        if group:
            by_chapter.append(ChapterBusiness(name, tuple(members[t.member_id] for t in group)))
    best = sorted((t for t in totals if t.given), key=lambda t: (-t.given, -t.closed_generated_amount, t.number))
    return BusinessReport(
        start=start, end=end, chapter=names.get(chapter_id, "") if chapter_id is not None else None,
        one_to_ones=one_to_ones, months=tuple(months), chapters=tuple(by_chapter),
        top_givers=tuple(members[t.member_id] for t in best[:TOP_GIVERS]))


def _listed(session: Session, totals: list[MemberTotals], start: date, end: date) -> list[MemberTotals]:
    """The members active during the period, or with business in it."""
    periods = load_periods(session, [t.member_id for t in totals])
    return [t for t in totals if is_active_during(periods[t.member_id].periods, start, end)
            or t.given or t.received or t.closed_received_count or t.closed_generated_count or t.one_to_ones]


def _monthly_business(session: Session, start: date, end: date, chapter_id: int | None) -> list[BusinessMonth]:
    """Referrals given and business closed by month (empty months kept), for the club or one chapter."""
    referrals = select(Referral.date).where(Referral.date.between(start, end))
    closed = select(ClosedBusiness.date, ClosedBusiness.amount).where(ClosedBusiness.date.between(start, end))
    if chapter_id is not None:
        referrals = referrals.join(Member, Member.id == Referral.giver_id).where(Member.chapter_id == chapter_id)
        closed = closed.join(Member, Member.id == ClosedBusiness.receiver_id).where(Member.chapter_id == chapter_id)
    counts: dict[date, int] = defaultdict(int)
    deals: dict[date, int] = defaultdict(int)
    amounts: dict[date, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for (day,) in session.execute(referrals):
        counts[day.replace(day=1)] += 1
    for day, amount in session.execute(closed):
        deals[day.replace(day=1)] += 1
        amounts[day.replace(day=1)] += Decimal(amount)
    return [BusinessMonth(m, counts[m], deals[m], amounts.get(m, Decimal("0.00"))) for m in months_between(start, end)]


def _one_to_ones(session: Session, start: date, end: date, chapter_id: int | None) -> int:
    """One-to-ones held in the period (one meeting counted once, even between two chapters)."""
    query = select(func.count()).select_from(OneToOne).where(OneToOne.date.between(start, end))
    if chapter_id is not None:
        members = select(Member.id).where(Member.chapter_id == chapter_id)
        query = query.where(or_(OneToOne.member_a_id.in_(members), OneToOne.member_b_id.in_(members)))
    return int(session.scalar(query) or 0)

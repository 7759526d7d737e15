"""The board pack's figures (report ``bilan``), which the home page shows too."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Chapter, Meeting, OneToOne, Referral
from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.attendance import MeetingState
from app.domain.business import months_between
from app.reports import ReportParams
from app.reports.figures import (
    AttendanceMonth,
    BilanFigures,
    BusinessMonth,
    ChapterFigures,
    MembershipMonth,
    count_lights,
)
from app.services.active_members import load_periods
from app.services.attendance import chapter_trends
from app.services.business_stats import club_business
from app.services.compliance import evaluate_club
from app.services.guests import list_visitors


def read(uow: UnitOfWork, params: ReportParams) -> BilanFigures:
    assert params.start is not None and params.end is not None
    return bilan_figures(uow, params.start, params.end)


def bilan_figures(uow: UnitOfWork, start: date, end: date) -> BilanFigures:
    """Key figures of the club over ``[start, end]``, read in one unit of work."""
    months = months_between(start, end)
    with uow:
        session = uow.session
        shared = JoinedUnitOfWork(session)
        periods = load_periods(session)
        meetings_held = session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.state == MeetingState.HELD, Meeting.date >= start, Meeting.date <= end)) or 0
        one_to_ones = session.scalar(select(func.count()).select_from(OneToOne).where(
            OneToOne.date >= start, OneToOne.date <= end)) or 0
        chapter_rows = session.execute(
            select(Chapter.id, Chapter.name).order_by(Chapter.sort_order, Chapter.name)).all()
        trends = chapter_trends(shared, start, end)
        business = club_business(shared, start, end)
        referrals_by_month = _referrals_by_month(session, start, end)
        visitors = len(list_visitors(shared, start, end))
        lights_at = min(end, date.today())  # a period may end later; the lights are of records
        lights = count_lights(member.light for member in evaluate_club(shared, lights_at))

    membership = []
    for month in months:
        last = _month_end(month, end)
        active = joined = left = 0
        for member in periods.values():
            if member.active_on(last):
                active += 1
            for period in member.periods:
                if month <= period.start <= last and period.start >= start:
                    joined += 1
                if period.end is not None and month <= period.end <= last and period.end >= start:
                    left += 1
        membership.append(MembershipMonth(month, active, joined, left))
    active_by_chapter: dict[int, int] = {}
    for member in periods.values():
        if member.active_on(end):
            active_by_chapter[member.chapter_id] = active_by_chapter.get(member.chapter_id, 0) + 1

    club_trend = trends[-1]
    rates = {m.month: m for m in club_trend.months}
    attendance = tuple(
        AttendanceMonth(month, rates[month].meetings if month in rates else 0,
                        rates[month].rate if month in rates else None)
        for month in months
    )
    rate_by_chapter = {t.chapter_id: t.rate for t in trends[:-1]}

    amounts = {m.month: m for m in business.by_month}
    business_months = tuple(
        BusinessMonth(month, referrals_by_month.get(month, 0),
                      amounts[month].count if month in amounts else 0,
                      amounts[month].amount if month in amounts else Decimal("0.00"))
        for month in months
    )
    business_by_chapter = {c.chapter_id: c for c in business.by_chapter}
    chapters = tuple(
        ChapterFigures(
            cid, name, active_by_chapter.get(cid, 0), rate_by_chapter.get(cid),
            business_by_chapter[cid].referrals if cid in business_by_chapter else 0,
            business_by_chapter[cid].closed_count if cid in business_by_chapter else 0,
            business_by_chapter[cid].closed_amount if cid in business_by_chapter else Decimal("0.00"),
        )
        for cid, name in chapter_rows
        if active_by_chapter.get(cid) or cid in business_by_chapter or cid in rate_by_chapter
    )
    return BilanFigures(
        start=start, end=end,
        active_members=sum(active_by_chapter.values()),
        joined=sum(m.joined for m in membership), left=sum(m.left for m in membership),
        meetings=meetings_held, attendance_rate=club_trend.rate,
        referrals=business.referrals, internal_referrals=business.referrals - business.external_referrals,
        external_referrals=business.external_referrals,
        closed_count=business.closed_count, closed_amount=business.closed_amount,
        one_to_ones=one_to_ones, visitors=visitors,
        membership=tuple(membership), attendance=attendance, business=business_months,
        chapters=chapters, lights=lights, lights_at=lights_at if lights else None,
    )


def _referrals_by_month(session: Session, start: date, end: date) -> dict[date, int]:
    counts: dict[date, int] = {}
    for (day,) in session.execute(select(Referral.date).where(Referral.date >= start, Referral.date <= end)):
        key = day.replace(day=1)
        counts[key] = counts.get(key, 0) + 1
    return counts


def _month_end(month: date, end: date) -> date:
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    return min(last, end)

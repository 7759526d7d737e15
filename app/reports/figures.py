"""The board's key figures over a period: what ``bilan`` prints and the home page shows.

Plain frozen dataclasses read through the services, so the dashboard and the PDF draw the same
numbers with the same charts (:mod:`app.reports.charts`). No reportlab here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.db.uow import UnitOfWork


@dataclass(frozen=True)
class MembershipMonth:
    month: date  # first day of the month
    active: int  # members active on the last day of the month (or on the period's end)
    joined: int  # members who joined during the month
    left: int  # members whose membership ended during the month


@dataclass(frozen=True)
class AttendanceMonth:
    month: date
    meetings: int
    rate: float | None  # None: no held meeting with expected members that month


@dataclass(frozen=True)
class BusinessMonth:
    month: date
    referrals: int
    closed_count: int
    closed_amount: Decimal


@dataclass(frozen=True)
class ChapterFigures:
    chapter_id: int
    chapter: str
    active_members: int
    attendance_rate: float | None
    referrals: int
    closed_count: int
    closed_amount: Decimal


@dataclass(frozen=True)
class LightCount:
    light: str  # a compliance light: "green", "orange", "red", "grey" or "new"
    label: str  # English source, context "Compliance"
    count: int


@dataclass(frozen=True)
class BilanFigures:
    start: date
    end: date
    active_members: int  # on ``end``
    joined: int  # during the period
    left: int  # during the period
    meetings: int  # held during the period
    attendance_rate: float | None
    referrals: int
    internal_referrals: int
    external_referrals: int
    closed_count: int
    closed_amount: Decimal
    one_to_ones: int
    visitors: int
    membership: tuple[MembershipMonth, ...]
    attendance: tuple[AttendanceMonth, ...]
    business: tuple[BusinessMonth, ...]
    chapters: tuple[ChapterFigures, ...]
    lights: tuple[LightCount, ...]  # every light in order, green first; empty: no active member
    lights_at: date | None  # the date the lights were computed at (``end``, today at the latest)


def _month_end(month: date, end: date) -> date:
    import calendar

    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    return min(last, end)


def bilan_figures(uow: UnitOfWork, start: date, end: date) -> BilanFigures:
    """Key figures of the club over ``[start, end]`` (several short units of work)."""
    from sqlalchemy import func, select

    from app.db.models import Chapter, Meeting, OneToOne
    from app.domain.attendance import MeetingState
    from app.domain.business import months_between
    from app.services.active_members import load_periods
    from app.services.attendance import chapter_trends
    from app.services.business_stats import club_business
    from app.services.guests import list_visitors

    months = months_between(start, end)
    with uow:
        session = uow.session
        periods = load_periods(session)
        meetings_held = session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.state == MeetingState.HELD, Meeting.date >= start, Meeting.date <= end)) or 0
        one_to_ones = session.scalar(select(func.count()).select_from(OneToOne).where(
            OneToOne.date >= start, OneToOne.date <= end)) or 0
        chapter_rows = session.execute(
            select(Chapter.id, Chapter.name).order_by(Chapter.sort_order, Chapter.name)).all()

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

    trends = chapter_trends(uow, start, end)
    club_trend = trends[-1]
    rates = {m.month: m for m in club_trend.months}
    attendance = tuple(
        AttendanceMonth(month, rates[month].meetings if month in rates else 0,
                        rates[month].rate if month in rates else None)
        for month in months
    )
    rate_by_chapter = {t.chapter_id: t.rate for t in trends[:-1]}

    business = club_business(uow, start, end)
    referrals_by_month = _referrals_by_month(uow, start, end)
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
    visitors = len(list_visitors(uow, start, end))
    lights_at = min(end, date.today())  # a period may end later; the lights are of records
    lights = light_counts(uow, lights_at)
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


def _referrals_by_month(uow: UnitOfWork, start: date, end: date) -> dict[date, int]:
    from sqlalchemy import select

    from app.db.models import Referral

    counts: dict[date, int] = {}
    with uow:
        for (day,) in uow.session.execute(select(Referral.date).where(Referral.date >= start, Referral.date <= end)):
            key = day.replace(day=1)
            counts[key] = counts.get(key, 0) + 1
    return counts


def light_counts(uow: UnitOfWork, at: date, chapter_id: int | None = None) -> tuple[LightCount, ...]:
    """How many active members have each compliance light on ``at``, green first."""
    from app.services.compliance import evaluate_club

    return count_lights(member.light for member in evaluate_club(uow, at, chapter_id))


def count_lights(lights: Iterable[str]) -> tuple[LightCount, ...]:
    """Members per light, every light in order (green first); empty when there is no member."""
    from app.domain.compliance import LIGHT_LABELS, Light

    counts: dict[Light, int] = dict.fromkeys(Light, 0)
    for light in lights:
        counts[Light(light)] += 1
    if not any(counts.values()):
        return ()
    return tuple(LightCount(light.value, LIGHT_LABELS[light], counts[light]) for light in Light)

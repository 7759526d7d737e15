"""``recommandations``: referrals and closed business over a period.

Totals, by month (chart and table), by chapter, internal against external, the top givers and
every member's given / received / closed. A referral counts for the chapter of the member who
gave it; closed business for the chapter of the member who closed it (as on the business pages).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from app.db.uow import UnitOfWork
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.reports import ReportParams
    from app.reports.figures import BusinessMonth
    from app.reports.template import ReportDoc
    from app.services.business_stats import MemberTotals

REFERRALS = QT_TRANSLATE_NOOP("Reports", "Referrals given")
INTERNAL = QT_TRANSLATE_NOOP("Reports", "To members")
EXTERNAL = QT_TRANSLATE_NOOP("Reports", "To non-members")
CLOSED_COUNT = QT_TRANSLATE_NOOP("Reports", "Deals closed")
CLOSED_AMOUNT = QT_TRANSLATE_NOOP("Reports", "Closed business")
ONE_TO_ONES = QT_TRANSLATE_NOOP("Reports", "One-to-ones")
EXTERNAL_SHARE = QT_TRANSLATE_NOOP("Reports", "Share to non-members")
BY_MONTH = QT_TRANSLATE_NOOP("Reports", "By month")
BY_CHAPTER = QT_TRANSLATE_NOOP("Reports", "By chapter")
TOP_GIVERS = QT_TRANSLATE_NOOP("Reports", "Top givers")
PER_MEMBER = QT_TRANSLATE_NOOP("Reports", "Per member")
MONTH = QT_TRANSLATE_NOOP("Reports", "Month")
CHAPTER = QT_TRANSLATE_NOOP("Reports", "Chapter")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
RANK = QT_TRANSLATE_NOOP("Reports", "Rank")
NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
MEMBER = QT_TRANSLATE_NOOP("Reports", "Member")
GIVEN_INTERNAL = QT_TRANSLATE_NOOP("Reports", "Given to members")
GIVEN_EXTERNAL = QT_TRANSLATE_NOOP("Reports", "Given outside")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
CLOSED_RECEIVED = QT_TRANSLATE_NOOP("Reports", "Closed (amount)")
GENERATED = QT_TRANSLATE_NOOP("Reports", "Generated for others")
EXPLAIN = QT_TRANSLATE_NOOP(
    "Reports",
    "A referral counts for the chapter of the member who gave it; closed business for the chapter of "
    "the member who closed it. \u201cGenerated for others\u201d: business closed by other members thanks to "
    "this member's referrals. Members active during the period, or with business in it, are listed.")


def monthly_business(uow: UnitOfWork, start: date, end: date, chapter_id: int | None = None
                     ) -> list[BusinessMonth]:
    """Referrals given and business closed by month (empty months kept), for the club or one chapter."""
    from sqlalchemy import select

    from app.db.models import ClosedBusiness, Member, Referral
    from app.domain.business import months_between
    from app.reports.figures import BusinessMonth

    referrals = select(Referral.date).where(Referral.date.between(start, end))
    closed = select(ClosedBusiness.date, ClosedBusiness.amount).where(ClosedBusiness.date.between(start, end))
    if chapter_id is not None:
        referrals = referrals.join(Member, Member.id == Referral.giver_id).where(Member.chapter_id == chapter_id)
        closed = closed.join(Member, Member.id == ClosedBusiness.receiver_id).where(Member.chapter_id == chapter_id)
    counts: dict[date, int] = defaultdict(int)
    deals: dict[date, int] = defaultdict(int)
    amounts: dict[date, Decimal] = defaultdict(lambda: Decimal("0.00"))
    with uow:
        for (day,) in uow.session.execute(referrals):
            counts[day.replace(day=1)] += 1
        for day, amount in uow.session.execute(closed):
            deals[day.replace(day=1)] += 1
            amounts[day.replace(day=1)] += Decimal(amount)
    return [BusinessMonth(m, counts[m], deals[m], amounts.get(m, Decimal("0.00"))) for m in months_between(start, end)]


def _listed(uow: UnitOfWork, totals: list[MemberTotals], start: date, end: date) -> list[MemberTotals]:
    from app.services.active_members import load_periods

    with uow:
        periods = load_periods(uow.session, [t.member_id for t in totals])

    def active(member_id: int) -> bool:
        return any(p.start <= end and (p.end is None or p.end > start) for p in periods[member_id].periods)

    return [t for t in totals if active(t.member_id) or t.given or t.received or t.closed_received_count
            or t.closed_generated_count or t.one_to_ones]


def build(uow: UnitOfWork, params: ReportParams, doc: ReportDoc) -> None:
    from sqlalchemy import select

    from app.db.models import Chapter
    from app.domain.business import listing_name
    from app.domain.text import fold
    from app.formatting import format_money, format_month, format_number, format_percent
    from app.reports.charts import monthly_business_chart
    from app.reports.template import WHOLE_CLUB, period_text, tr
    from app.services.business_stats import member_totals

    assert params.start is not None and params.end is not None
    start, end = params.start, params.end
    with uow:
        chapters = uow.session.execute(select(Chapter.id, Chapter.name).order_by(Chapter.sort_order,
                                                                                 Chapter.name)).all()
    names = dict(chapters)
    doc.subtitle = f"{period_text(start, end)} — " + (
        names.get(params.chapter_id, "") if params.chapter_id is not None else tr(WHOLE_CLUB))
    totals = _listed(uow, member_totals(uow, start, end, params.chapter_id), start, end)
    with uow:
        from app.db.models import Member

        people = {mid: listing_name(first, last) for mid, first, last in uow.session.execute(
            select(Member.id, Member.first_name, Member.last_name))}
    months = monthly_business(uow, start, end, params.chapter_id)

    internal = sum(t.given_internal for t in totals)
    external = sum(t.given_external for t in totals)
    closed_count = sum(m.closed_count for m in months)
    closed_amount = sum((m.closed_amount for m in months), Decimal("0.00"))
    doc.key_figures([
        (tr(REFERRALS), format_number(internal + external)),
        (tr(INTERNAL), format_number(internal)),
        (tr(EXTERNAL), format_number(external)),
        (tr(EXTERNAL_SHARE), format_percent(external / (internal + external) if internal + external else None)),
        (tr(CLOSED_COUNT), format_number(closed_count)),
        (tr(CLOSED_AMOUNT), format_money(closed_amount)),
        (tr(ONE_TO_ONES), format_number(_one_to_ones(uow, start, end, params.chapter_id))),
    ], columns=4)
    doc.note(tr(EXPLAIN))

    doc.heading(tr(BY_MONTH))
    doc.chart(monthly_business_chart(months, doc.width, 250))
    doc.spacer()
    doc.table(
        [tr(MONTH), tr(REFERRALS), tr(CLOSED_COUNT), tr(CLOSED_AMOUNT)],
        [[format_month(m.month), format_number(m.referrals), format_number(m.closed_count),
          format_money(m.closed_amount)] for m in months],
        (40, 20, 20, 30), right=[1, 2, 3],
        total=[tr(TOTAL), format_number(sum(m.referrals for m in months)), format_number(closed_count),
               format_money(closed_amount)])

    if params.chapter_id is None:
        by_chapter: dict[int, list[MemberTotals]] = defaultdict(list)
        for t in totals:
            by_chapter[t.chapter_id].append(t)
        rows = []
        for chapter_id, chapter in chapters:
            group = by_chapter.get(chapter_id)
            if not group:
                continue
            rows.append([chapter, *_business_cells(group)])
        doc.heading(tr(BY_CHAPTER))
        doc.table([tr(CHAPTER), tr(INTERNAL), tr(EXTERNAL), tr(REFERRALS), tr(CLOSED_COUNT), tr(CLOSED_AMOUNT)],
                  rows, (28, 13, 14, 14, 13, 22), right=range(1, 6),
                  total=[tr(TOTAL), *_business_cells(totals)])

    best = sorted((t for t in totals if t.given), key=lambda t: (-t.given, -t.closed_generated_amount, t.number))[:10]
    doc.heading(tr(TOP_GIVERS))
    doc.table([tr(RANK), tr(NUMBER), tr(MEMBER), tr(CHAPTER), tr(REFERRALS), tr(GENERATED)],
              [[format_number(rank), str(t.number), people[t.member_id], names.get(t.chapter_id, ""),
                format_number(t.given), format_money(t.closed_generated_amount)]
               for rank, t in enumerate(best, start=1)],
              (7, 8, 32, 18, 13, 22), right=[0, 1, 4, 5])

    doc.heading(tr(PER_MEMBER))
    header = [tr(NUMBER), tr(MEMBER), tr(GIVEN_INTERNAL), tr(GIVEN_EXTERNAL), tr(RECEIVED), tr(CLOSED_COUNT),
              tr(CLOSED_RECEIVED), tr(GENERATED)]
    widths = (6, 25, 8.5, 8.5, 8, 8, 18, 18)
    for chapter_id, chapter in chapters:
        group = sorted((t for t in totals if t.chapter_id == chapter_id),
                       key=lambda t: (fold(people[t.member_id]), t.number))
        if not group:
            continue
        if params.chapter_id is None:
            doc.heading(chapter, level=2)
        doc.table(header, [_member_cells(t, people[t.member_id]) for t in group], widths, right=range(2, 8),
                  total=["", tr(TOTAL), *_member_totals(group)])


def _one_to_ones(uow: UnitOfWork, start: date, end: date, chapter_id: int | None) -> int:
    """One-to-ones held in the period (one meeting counted once, even between two chapters)."""
    from sqlalchemy import func, or_, select

    from app.db.models import Member, OneToOne

    query = select(func.count()).select_from(OneToOne).where(OneToOne.date.between(start, end))
    if chapter_id is not None:
        members = select(Member.id).where(Member.chapter_id == chapter_id)
        query = query.where(or_(OneToOne.member_a_id.in_(members), OneToOne.member_b_id.in_(members)))
    with uow:
        return int(uow.session.scalar(query) or 0)


def _business_cells(group: list[MemberTotals]) -> list[str]:
    from app.formatting import format_money, format_number

    internal = sum(t.given_internal for t in group)
    external = sum(t.given_external for t in group)
    return [format_number(internal), format_number(external), format_number(internal + external),
            format_number(sum(t.closed_received_count for t in group)),
            format_money(sum((t.closed_received_amount for t in group), Decimal("0.00")))]


def _member_cells(t: MemberTotals, name: str) -> list[str]:
    from app.formatting import format_money, format_number

    return [str(t.number), name, format_number(t.given_internal), format_number(t.given_external),
            format_number(t.received), format_number(t.closed_received_count),
            format_money(t.closed_received_amount), format_money(t.closed_generated_amount)]


def _member_totals(group: list[MemberTotals]) -> list[str]:
    from app.formatting import format_money, format_number

    return [format_number(sum(t.given_internal for t in group)), format_number(sum(t.given_external for t in group)),
            format_number(sum(t.received for t in group)), format_number(sum(t.closed_received_count for t in group)),
            format_money(sum((t.closed_received_amount for t in group), Decimal("0.00"))),
            format_money(sum((t.closed_generated_amount for t in group), Decimal("0.00")))]

"""Figures of the business passed: per member, per chapter network, and for the whole club.

Everything is counted with aggregate SQL (one ``GROUP BY`` per kind of record), so the
totals of 20,000 members cost a handful of queries, not one per member.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, case, func, select, union_all
from sqlalchemy.orm import Session

from app.db.models import Chapter, ClosedBusiness, Member, OneToOne, Presentation, Referral
from app.db.uow import UnitOfWork
from app.domain.business import (
    Matrix,
    giver_receiver_matrix,
    member_name,
    members_without,
    share,
    sum_by_month,
    top,
)
from app.domain.errors import MSG_MEMBER_GONE, NotFoundError
from app.domain.membership import is_active_during
from app.services.active_members import load_periods
from app.services.amounts import from_cents, sum_cents


@dataclass(frozen=True)
class MemberTotals:
    """A member's business over a period (the member record's business section)."""

    member_id: int
    number: int
    name: str
    chapter_id: int
    given_internal: int = 0
    given_external: int = 0
    received: int = 0  # referrals come to a member only from members
    closed_received_count: int = 0
    closed_received_amount: Decimal = Decimal("0.00")
    closed_generated_count: int = 0  # business closed by others thanks to this member
    closed_generated_amount: Decimal = Decimal("0.00")
    one_to_ones: int = 0
    presentations: int = 0

    @property
    def given(self) -> int:
        return self.given_internal + self.given_external


def _between(column, start: date, end: date):  # type: ignore[no-untyped-def]
    return column.between(start, end)


def _restrict(query: Select, column, member_ids: list[int] | None) -> Select:  # type: ignore[no-untyped-def]
    return query if member_ids is None else query.where(column.in_(member_ids))


# Positions in the list of values built for each member, in MemberTotals' field order.
_GIVEN_INTERNAL, _GIVEN_EXTERNAL, _RECEIVED = 4, 5, 6
_CLOSED = {"closed_received": 7, "closed_generated": 9}
_ONE_TO_ONES, _PRESENTATIONS = 11, 12
_ZERO = Decimal("0.00")


def _totals(session: Session, start: date, end: date, member_ids: list[int] | None,
            chapter_id: int | None = None) -> list[MemberTotals]:
    # Core execution on the session's connection: these are plain aggregates, and skipping
    # the ORM's result processing keeps 20,000 members within a few times the raw SQL.
    connection = session.connection()
    members_query = select(Member.id, Member.number, Member.first_name, Member.last_name,
                           Member.chapter_id).order_by(Member.number)
    if chapter_id is not None:
        members_query = members_query.where(Member.chapter_id == chapter_id)
    members_query = _restrict(members_query, Member.id, member_ids)
    values: dict[int, list] = {  # type: ignore[type-arg]
        mid: [mid, number, member_name(first, last), chapter, 0, 0, 0, 0, _ZERO, 0, _ZERO, 0, 0]
        for mid, number, first, last, chapter in connection.execute(members_query)
    }
    if not values:
        return []
    # A chapter's totals aggregate over everyone and keep its members below: a long IN list
    # of a big chapter's ids would cost more than it saves.
    ids = member_ids

    external = case((Referral.receiver_member_id.is_(None), 1), else_=0)
    given = select(Referral.giver_id, func.count(), func.sum(external)).where(
        _between(Referral.date, start, end)).group_by(Referral.giver_id)
    for mid, count, ext in connection.execute(_restrict(given, Referral.giver_id, ids)):
        row = values.get(mid)
        if row is not None:
            row[_GIVEN_INTERNAL] = count - (ext or 0)
            row[_GIVEN_EXTERNAL] = ext or 0

    received = select(Referral.receiver_member_id, func.count()).where(
        _between(Referral.date, start, end), Referral.receiver_member_id.is_not(None)
    ).group_by(Referral.receiver_member_id)
    for mid, count in connection.execute(_restrict(received, Referral.receiver_member_id, ids)):
        row = values.get(mid)
        if row is not None:
            row[_RECEIVED] = count

    for column, prefix in ((ClosedBusiness.receiver_id, "closed_received"),
                           (ClosedBusiness.giver_id, "closed_generated")):
        closed = select(column, func.count(), sum_cents(ClosedBusiness.amount)).where(
            _between(ClosedBusiness.date, start, end), column.is_not(None)).group_by(column)
        position = _CLOSED[prefix]
        for mid, count, cents in connection.execute(_restrict(closed, column, ids)):
            row = values.get(mid)
            if row is not None:
                row[position] = count
                row[position + 1] = from_cents(cents)

    # A one-to-one counts for both members: stack both columns, then count per member.
    sides = union_all(
        _restrict(select(OneToOne.member_a_id.label("mid")).where(_between(OneToOne.date, start, end)),
                  OneToOne.member_a_id, ids),
        _restrict(select(OneToOne.member_b_id.label("mid")).where(_between(OneToOne.date, start, end)),
                  OneToOne.member_b_id, ids),
    ).subquery()
    for mid, count in connection.execute(select(sides.c.mid, func.count()).group_by(sides.c.mid)):
        row = values.get(mid)
        if row is not None:
            row[_ONE_TO_ONES] = count

    talks = select(Presentation.member_id, func.count()).where(
        _between(Presentation.date, start, end)).group_by(Presentation.member_id)
    for mid, count in connection.execute(_restrict(talks, Presentation.member_id, ids)):
        row = values.get(mid)
        if row is not None:
            row[_PRESENTATIONS] = count

    return [MemberTotals(*row) for row in values.values()]


def member_totals(uow: UnitOfWork, start: date, end: date, chapter_id: int | None = None
                  ) -> list[MemberTotals]:
    """Every member's business over ``[start, end]`` (members of ``chapter_id`` only if given)."""
    with uow:
        return _totals(uow.session, start, end, None, chapter_id)


def member_business_summary(uow: UnitOfWork, member_id: int, start: date, end: date) -> MemberTotals:
    """One member's business over ``[start, end]``, for the business section of the member record.

    Raises:
        NotFoundError: no such member.
    """
    with uow:
        rows = _totals(uow.session, start, end, [member_id])
    if not rows:
        raise NotFoundError(MSG_MEMBER_GONE)
    return rows[0]


# ------------------------------------------------------------------------ chapter network


@dataclass(frozen=True)
class MemberRef:
    id: int
    number: int
    name: str


@dataclass(frozen=True)
class ChapterNetwork:
    """Who gives to whom in a chapter, and who gives or receives nothing."""

    chapter_id: int
    start: date
    end: date
    members: list[MemberRef]
    matrix: Matrix
    non_givers: list[MemberRef]
    non_receivers: list[MemberRef]


def _active_during(session: Session, ids: Iterable[int], start: date, end: date) -> set[int]:
    return {mid for mid, found in load_periods(session, ids).items() if is_active_during(found.periods, start, end)}


def chapter_network(uow: UnitOfWork, chapter_id: int, start: date, end: date) -> ChapterNetwork:
    """The members of a chapter active at some point of the period, and the referrals between them.

    "Gives nothing" means no referral at all (to a member or not); "receives nothing" means
    no referral from any member, whatever their chapter.
    """
    with uow:
        session = uow.session
        people = session.execute(
            select(Member.id, Member.number, Member.first_name, Member.last_name)
            .where(Member.chapter_id == chapter_id).order_by(Member.last_name, Member.first_name)
        ).all()
        active = _active_during(session, [p[0] for p in people], start, end)
        members = [MemberRef(mid, number, member_name(first, last))
                   for mid, number, first, last in people if mid in active]
        ids = [m.id for m in members]
        in_period = _between(Referral.date, start, end)
        pairs = session.execute(
            select(Referral.giver_id, Referral.receiver_member_id, func.count())
            .where(in_period, Referral.giver_id.in_(ids), Referral.receiver_member_id.in_(ids))
            .group_by(Referral.giver_id, Referral.receiver_member_id)
        ).all()
        givers = session.scalars(
            select(Referral.giver_id).where(in_period, Referral.giver_id.in_(ids)).distinct())
        receivers = session.scalars(
            select(Referral.receiver_member_id)
            .where(in_period, Referral.receiver_member_id.in_(ids)).distinct())
        by_id = {m.id: m for m in members}
        return ChapterNetwork(
            chapter_id=chapter_id, start=start, end=end, members=members,
            matrix=giver_receiver_matrix(ids, [(g, r, c) for g, r, c in pairs if r is not None]),
            non_givers=[by_id[m] for m in members_without(ids, givers)],
            non_receivers=[by_id[m] for m in members_without(ids, (r for r in receivers if r is not None))],
        )


# ----------------------------------------------------------------------------- club view


@dataclass(frozen=True)
class MonthBusiness:
    month: date  # first day of the month
    count: int
    amount: Decimal


@dataclass(frozen=True)
class ChapterBusiness:
    chapter_id: int
    chapter: str
    referrals: int
    closed_count: int
    closed_amount: Decimal


@dataclass(frozen=True)
class TopGiver:
    member_id: int
    number: int
    name: str
    referrals: int
    closed_generated: Decimal


@dataclass(frozen=True)
class ClubBusiness:
    start: date
    end: date
    by_month: list[MonthBusiness]
    by_chapter: list[ChapterBusiness]
    top_givers: list[TopGiver]
    referrals: int
    external_referrals: int
    closed_count: int
    closed_amount: Decimal

    @property
    def external_share(self) -> float | None:
        return share(self.external_referrals, self.referrals)


def club_business(uow: UnitOfWork, start: date, end: date, top_count: int = 10) -> ClubBusiness:
    """Business closed by month and by chapter (of the member who closed it), top givers,
    and the share of referrals that went to non-members, over ``[start, end]``."""
    with uow:
        session = uow.session
        closed_in = _between(ClosedBusiness.date, start, end)
        referrals_in = _between(Referral.date, start, end)
        amounts = session.execute(select(ClosedBusiness.date, ClosedBusiness.amount).where(closed_in))
        by_month = [MonthBusiness(m, c, a) for m, c, a in sum_by_month(
            ((day, Decimal(amount)) for day, amount in amounts), start, end)]

        closed_by_chapter = {
            chapter: (count, from_cents(cents))
            for chapter, count, cents in session.execute(
                select(Member.chapter_id, func.count(), sum_cents(ClosedBusiness.amount))
                .select_from(ClosedBusiness).join(Member, Member.id == ClosedBusiness.receiver_id)
                .where(closed_in).group_by(Member.chapter_id))
        }
        referrals_by_chapter = dict(session.execute(
            select(Member.chapter_id, func.count()).select_from(Referral)
            .join(Member, Member.id == Referral.giver_id)
            .where(referrals_in).group_by(Member.chapter_id)).all())
        by_chapter = [
            ChapterBusiness(cid, name, referrals_by_chapter.get(cid, 0),
                            *closed_by_chapter.get(cid, (0, Decimal("0.00"))))
            for cid, name in session.execute(select(Chapter.id, Chapter.name).order_by(
                Chapter.sort_order, Chapter.name))
            if cid in referrals_by_chapter or cid in closed_by_chapter
        ]

        counts = session.execute(select(Referral.giver_id, func.count()).where(referrals_in)
                                 .group_by(Referral.giver_id)).all()
        best = top([(giver, count) for giver, count in counts], top_count)
        best_ids = [giver for giver, _ in best]
        generated = {
            giver: from_cents(cents) for giver, cents in session.execute(
                select(ClosedBusiness.giver_id, sum_cents(ClosedBusiness.amount))
                .where(closed_in, ClosedBusiness.giver_id.in_(best_ids)).group_by(ClosedBusiness.giver_id))
        }
        names = {mid: (number, member_name(first, last)) for mid, number, first, last in session.execute(
            select(Member.id, Member.number, Member.first_name, Member.last_name)
            .where(Member.id.in_(best_ids)))}
        top_givers = [TopGiver(giver, names[giver][0], names[giver][1], count,
                               generated.get(giver, Decimal("0.00"))) for giver, count in best]

        total, external = session.execute(
            select(func.count(), func.coalesce(func.sum(
                case((Referral.receiver_member_id.is_(None), 1), else_=0)), 0))
            .where(referrals_in)).one()
        closed_count, closed_cents = session.execute(
            select(func.count(), sum_cents(ClosedBusiness.amount)).where(closed_in)).one()
        return ClubBusiness(start, end, by_month, by_chapter, top_givers, total, external,
                            closed_count, from_cents(closed_cents))

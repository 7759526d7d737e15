"""Charter compliance of the members: scores, lights, history and the records behind them.

The whole club is evaluated with a few set-based queries: one aggregate per kind of record
for the members active throughout the two windows compared (the current one and the one a month
earlier), and the rows themselves only for the members whose membership starts or pauses within
them (joined recently, suspended), whose records must be cut to their active days. The scoring
itself is :mod:`app.domain.compliance`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    Chapter,
    ClosedBusiness,
    Contact,
    GuestVisit,
    Meeting,
    Member,
    OneToOne,
    Presentation,
    Referral,
)
from app.db.models import Warning as WarningRecord
from app.db.uow import UnitOfWork
from app.domain import compliance as rules_mod
from app.domain.attendance import (
    AttendanceRules,
    AttendanceStatus,
    MeetingState,
    absence_statuses,
    count_unexcused,
)
from app.domain.attendance import label as attendance_label
from app.domain.business import PresentationKind, Scope, listing_name, member_name
from app.domain.compliance import (
    ABSENCES,
    CLOSED_AMOUNT,
    CRITERIA,
    EXTERNAL_REFERRALS,
    GUESTS,
    ONE_TO_ONES,
    PRESENTATIONS,
    REFERRALS,
    Activity,
    ComplianceRules,
    CriterionResult,
    Light,
    MonthCompliance,
    Score,
    active_months,
    attention,
    caps_at_orange,
    is_new,
    is_open_on,
    month_ends,
    score,
)
from app.domain.errors import MSG_MEMBER_GONE, NotFoundError, ValidationError
from app.domain.membership import Period, is_active_on, is_active_throughout
from app.domain.windows import months_before, window
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import roster as roster_service
from app.services.attendance import ExpectedMark, expected_marks
from app.services.attendance_settings import load_rules
from app.services.settings import save_settings, stored_settings

MSG_UNKNOWN_CRITERION = QT_TRANSLATE_NOOP("Validation", "Unknown criterion: {key}.")
MSG_HISTORY_MONTHS = QT_TRANSLATE_NOOP("Validation", "Enter a history between 1 and 60 months.")
MSG_AT = QT_TRANSLATE_NOOP("Validation", "Choose an evaluation date between 1990 and 2100.")
MSG_AT_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "{date} is still to come: compliance is evaluated on a date already past, today at the latest.")
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)


def _check_at(at: date) -> None:
    if not EARLIEST <= at <= LATEST:
        raise ValidationError("at", MSG_AT)
    if at > date.today():
        # Meetings and referrals still to come are not records: every member would score as if
        # the coming months had no absences.
        raise ValidationError("at", MSG_AT_FUTURE, date=format_date(at))


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class MemberCompliance:
    member_id: int
    number: int
    name: str
    company: str
    chapter_id: int
    chapter: str
    light: Light
    total: int | None  # None: a new member, not scored
    criteria: tuple[CriterionResult, ...]  # in CRITERIA order
    overrides: tuple[str, ...]  # the overrides that lowered the light
    months: float  # active months in the window (the window's length for a member active throughout)
    previous_light: Light | None  # one month earlier; None when not a member then
    previous_total: int | None
    attention: tuple[str, ...]
    listing_name: str = ""  # "BENNANI Salma": how printed lists show and sort members

    def criterion(self, key: str) -> CriterionResult:
        for result in self.criteria:
            if result.key == key:
                return result
        raise KeyError(key)


class RecordKind(StrEnum):
    """What a record behind a criterion is when it is not an attendance status, a referral's scope
    or a presentation's kind."""

    UNMARKED = "unmarked"  # a meeting the member was expected at, not marked
    CLOSED = "closed"
    ONE_TO_ONE = "one_to_one"
    GUEST = "guest"
    GUEST_AGAIN = "guest_again"  # a guest who came back: listed, counted once


@dataclass(frozen=True)
class RecordLine:
    """One record behind a criterion's value: a missed meeting, a referral, a closed deal..."""

    date: date
    kind: AttendanceStatus | Scope | PresentationKind | RecordKind
    description: str  # the meeting, the need, the title: plain data
    other: str  # the other party: the receiver, the partner, the guest
    amount: Decimal | None = None


# ------------------------------------------------------------------------------ rules


def load_compliance_rules(session: Session) -> ComplianceRules:
    return ComplianceRules.from_settings(stored_settings(session, rules_mod.SETTINGS_DEFAULTS))


def compliance_rules(uow: UnitOfWork) -> ComplianceRules:
    with uow:
        return load_compliance_rules(uow.session)


def save_compliance_rules(uow: UnitOfWork, rules: ComplianceRules) -> None:
    save_settings(uow, rules.validated().as_settings())


# ------------------------------------------------------------------------------ sources

# Each kind of record as (member id, date, weight) rows: weight 1 per record, cents for
# amounts, the contact id for guests (a guest counts once however often they came).
_KINDS = ("referrals", "external", "closed", "one_to_ones", "presentations", "guests")


def _source(kind: str) -> tuple[Any, Any, Any, list[Any]]:
    """``(member column, date column, weight column, conditions)`` of one kind of record."""
    if kind == "referrals":
        return Referral.giver_id, Referral.date, literal(1), [Referral.receiver_member_id.is_not(None)]
    if kind == "external":
        return Referral.giver_id, Referral.date, literal(1), [Referral.receiver_member_id.is_(None)]
    if kind == "closed":
        return (ClosedBusiness.giver_id, ClosedBusiness.date, func.round(ClosedBusiness.amount * 100),
                [ClosedBusiness.giver_id.is_not(None)])
    if kind == "presentations":
        return Presentation.member_id, Presentation.date, literal(1), []
    if kind == "guests":
        return (GuestVisit.invited_by_id, Meeting.date, GuestVisit.contact_id,
                [GuestVisit.invited_by_id.is_not(None), Meeting.state != MeetingState.CANCELLED])
    raise ValueError(kind)


def _select_rows(kind: str, start: date, end: date, member_ids: Collection[int] | None) -> Any:
    if kind == "one_to_ones":
        parts = []
        for column in (OneToOne.member_a_id, OneToOne.member_b_id):
            part = select(column.label("mid"), OneToOne.date.label("day"), literal(1).label("weight")).where(
                OneToOne.date.between(start, end))
            if member_ids is not None:
                part = part.where(column.in_(list(member_ids)))
            parts.append(part)
        return union_all(*parts)
    member, day, weight, conditions = _source(kind)
    query = select(member.label("mid"), day.label("day"), weight.label("weight")).where(
        day.between(start, end), *conditions)
    if kind == "guests":
        query = query.select_from(GuestVisit).join(Meeting, Meeting.id == GuestVisit.meeting_id)
    if member_ids is not None:
        query = query.where(member.in_(list(member_ids)))
    return query


def _load_rows(session: Session, start: date, end: date, member_ids: Collection[int] | None
               ) -> dict[str, dict[int, list[tuple[date, int]]]]:
    """kind -> member id -> ``(date, weight)`` of the records in ``[start, end]``."""
    connection = session.connection()
    # Long lists of ids go in chunks: a club where many joined recently stays set-based.
    ordered = sorted(member_ids) if member_ids is not None else None
    chunks: list[list[int] | None] = (
        [None] if ordered is None else [ordered[i:i + 500] for i in range(0, len(ordered), 500)])
    result: dict[str, dict[int, list[tuple[date, int]]]] = {}
    for kind in _KINDS:
        rows: dict[int, list[tuple[date, int]]] = defaultdict(list)
        for chunk in chunks:
            for mid, day, weight in connection.execute(_select_rows(kind, start, end, chunk)).fetchall():
                rows[mid].append((day, int(weight)))
        result[kind] = rows
    return result


def _aggregates(session: Session, windows: Sequence[tuple[date, date]], member_ids: Collection[int] | None
                ) -> dict[str, dict[int, list[int]]]:
    """kind -> member id -> one total per window (counts, cents, distinct guests), in SQL."""
    start = min(lo for lo, _ in windows)
    end = max(hi for _, hi in windows)
    connection = session.connection()
    result: dict[str, dict[int, list[int]]] = {}
    for kind in _KINDS:
        rows = _select_rows(kind, start, end, None).subquery()
        columns: list[Any]
        if kind == "guests":
            columns = [func.count(func.distinct(case((rows.c.day.between(lo, hi), rows.c.weight))))
                       for lo, hi in windows]
        else:
            columns = [func.sum(case((rows.c.day.between(lo, hi), rows.c.weight), else_=0)) for lo, hi in windows]
        query = select(rows.c.mid, *columns).group_by(rows.c.mid)
        totals: dict[int, list[int]] = {}
        for mid, *values in connection.execute(query):
            if mid is not None and (member_ids is None or mid in member_ids):
                totals[mid] = [int(value or 0) for value in values]
        result[kind] = totals
    return result


def _activity_from_rows(rows: Mapping[str, Sequence[tuple[date, int]]], periods: Sequence[Period],
                        start: date, end: date, unexcused: int) -> Activity:
    """Activity over ``[start, end]`` counting only records of days the member was active."""

    def kept(kind: str) -> list[int]:
        return [weight for day, weight in rows.get(kind, ()) if start <= day <= end and is_active_on(periods, day)]

    return Activity(
        unexcused_absences=unexcused,
        referrals=len(kept("referrals")),
        closed_amount=sum(kept("closed")) / 100,
        one_to_ones=len(kept("one_to_ones")),
        external_referrals=len(kept("external")),
        presentations=len(kept("presentations")),
        guests=len(set(kept("guests"))),
    )


def _activity_from_totals(totals: Mapping[str, Mapping[int, list[int]]], member_id: int, index: int,
                          unexcused: int) -> Activity:
    def total(kind: str) -> int:
        values = totals[kind].get(member_id)
        return values[index] if values else 0

    return Activity(
        unexcused_absences=unexcused,
        referrals=total("referrals"),
        closed_amount=total("closed") / 100,
        one_to_ones=total("one_to_ones"),
        external_referrals=total("external"),
        presentations=total("presentations"),
        guests=total("guests"),
    )


def _unexcused_between(marks: Sequence[ExpectedMark], start: date, end: date, rules: AttendanceRules) -> int:
    """Unexcused absences among a member's marks (sorted by date) of ``[start, end]``."""
    lo = bisect_left(marks, (start,))
    hi = bisect_left(marks, (end + timedelta(days=1),), lo)
    return count_unexcused([status for _, _, status in marks[lo:hi]], rules)


@dataclass(frozen=True)
class _Warnings:
    rows: dict[int, list[tuple[date, date | None, bool]]]  # member -> (date, closed_on, caps)

    def open_on(self, member_id: int, at: date) -> tuple[int, bool]:
        """Open warnings at ``at`` and whether one of them caps the light."""
        count, capping = 0, False
        for day, closed, caps in self.rows.get(member_id, ()):
            if is_open_on(day, closed, at):
                count += 1
                capping = capping or caps
        return count, capping


def _load_warnings(session: Session, at: date, member_ids: Collection[int] | None) -> _Warnings:
    query = select(WarningRecord.member_id, WarningRecord.date, WarningRecord.closed_on,
                   WarningRecord.charter_point, WarningRecord.aspect).where(WarningRecord.date <= at)
    if member_ids is not None and len(member_ids) <= 500:
        query = query.where(WarningRecord.member_id.in_(list(member_ids)))
    rows: dict[int, list[tuple[date, date | None, bool]]] = defaultdict(list)
    for member_id, day, closed, point, aspect in session.execute(query):
        rows[member_id].append((day, closed, caps_at_orange(point, aspect)))
    return _Warnings(rows)


# ------------------------------------------------------------------------------ the club


def _evaluate(session: Session, at: date, *, chapter_id: int | None = None,
              member_ids: Collection[int] | None = None) -> list[MemberCompliance]:
    _check_at(at)
    rules = load_compliance_rules(session)
    attendance_rules = load_rules(session)
    previous_at = months_before(at, 1)
    current = window(at, rules.window_months)
    previous = window(previous_at, rules.window_months)
    start, end = previous[0], at
    roster = roster_service.load_roster(session, chapter_id=chapter_id, member_ids=member_ids, joined_by=at)
    members = {mid: m for mid, m in roster.items() if is_active_on(m.periods, at)}
    if not members:
        return []
    ids = set(members) if member_ids is not None or chapter_id is not None else None
    marks = expected_marks(session, start, end, members, ids)
    totals = _aggregates(session, [current, previous], ids)
    partial = {mid for mid, m in members.items() if not is_active_throughout(m.periods, start, end)}
    rows = _load_rows(session, start, end, partial) if partial else {}
    warnings = _load_warnings(session, at, ids)
    empty: list[tuple[date, int]] = []
    no_marks: list[ExpectedMark] = []
    results = []
    full_months = float(rules.window_months)
    for member_id, member in members.items():
        periods = member.periods
        member_marks = marks.get(member_id, no_marks)
        unexcused = _unexcused_between(member_marks, *current, attendance_rules)
        previous_unexcused = _unexcused_between(member_marks, *previous, attendance_rules)
        if member_id in partial:
            own = {kind: rows.get(kind, {}).get(member_id, empty) for kind in _KINDS}
            activity = _activity_from_rows(own, periods, *current, unexcused)
            before = _activity_from_rows(own, periods, *previous, previous_unexcused)
            months, new = active_months(periods, at, rules.window_months), is_new(periods, at, rules.new_months)
            previous_months = active_months(periods, previous_at, rules.window_months)
            previous_new = is_new(periods, previous_at, rules.new_months)
        else:
            # Active throughout both windows: whole months, and longer a member than "new" lasts.
            activity = _activity_from_totals(totals, member_id, 0, unexcused)
            before = _activity_from_totals(totals, member_id, 1, previous_unexcused)
            months = previous_months = full_months
            new = previous_new = False
        open_count, capping = warnings.open_on(member_id, at)
        result = score(activity, months=months, new=new, capping_warning=capping, rules=rules)
        earlier: Score | None = None
        if periods and periods[0].start <= previous_at:
            _, capped_before = warnings.open_on(member_id, previous_at)
            earlier = score(before, months=previous_months, new=previous_new, capping_warning=capped_before,
                            rules=rules)
        previous_light = earlier.light if earlier else None
        results.append(MemberCompliance(
            member_id=member_id, number=member.number, name=member_name(member.first_name, member.last_name),
            listing_name=listing_name(member.first_name, member.last_name),
            company=member.company, chapter_id=member.chapter_id, chapter=member.chapter,
            light=result.light, total=result.total, criteria=result.criteria, overrides=result.overrides,
            months=result.months, previous_light=previous_light,
            previous_total=earlier.total if earlier else None,
            attention=attention(result.light, previous_light, unexcused, open_count, rules),
        ))
    results.sort(key=lambda r: r.number)
    return results


def evaluate_club(uow: UnitOfWork, at: date, chapter_id: int | None = None) -> list[MemberCompliance]:
    """Every member active on ``at`` (or of one chapter), scored over the window ending on ``at``."""
    with uow:
        return _evaluate(uow.session, at, chapter_id=chapter_id)


def evaluate_member(uow: UnitOfWork, member_id: int, at: date) -> MemberCompliance | None:
    """One member's evaluation, or None when they were not active on ``at``."""
    with uow:
        if uow.session.get(Member, member_id) is None:
            raise NotFoundError(MSG_MEMBER_GONE)
        found = _evaluate(uow.session, at, member_ids=[member_id])
        return found[0] if found else None


def attention_list(uow: UnitOfWork, at: date) -> list[MemberCompliance]:
    """Members who need the board's attention: red or grey twice in a row, more unexcused
    absences than the cap, an open warning."""
    return [row for row in evaluate_club(uow, at) if row.attention]


# ------------------------------------------------------------------------------ one member


def member_history(uow: UnitOfWork, member_id: int, at: date, months: int = 12) -> list[MonthCompliance]:
    """The member's light and total at ``at`` and on the same day of each month before it,
    oldest first; months before they joined (or while they were not active) are left out."""
    if not 1 <= months <= 60:
        raise ValidationError("months", MSG_HISTORY_MONTHS)
    _check_at(at)
    with uow:
        session = uow.session
        if session.get(Member, member_id) is None:
            raise NotFoundError(MSG_MEMBER_GONE)
        rules = load_compliance_rules(session)
        attendance_rules = load_rules(session)
        ends = month_ends(at, months)
        start = window(ends[0], rules.window_months)[0]
        roster = roster_service.load_roster(session, member_ids=[member_id])
        member = roster.get(member_id)
        if member is None:
            return []
        periods = member.periods
        marks = expected_marks(session, start, at, roster, {member_id}).get(member_id, [])
        rows = _load_rows(session, start, at, {member_id})
        own = {kind: rows[kind].get(member_id, []) for kind in _KINDS}
        warnings = _load_warnings(session, at, [member_id])
        history = []
        for month_end in ends:
            if not is_active_on(periods, month_end):
                continue
            lo, hi = window(month_end, rules.window_months)
            unexcused = _unexcused_between(marks, lo, hi, attendance_rules)
            _, capping = warnings.open_on(member_id, month_end)
            result = score(_activity_from_rows(own, periods, lo, hi, unexcused),
                           months=active_months(periods, month_end, rules.window_months),
                           new=is_new(periods, month_end, rules.new_months), capping_warning=capping, rules=rules)
            history.append(MonthCompliance(month_end, result.light, result.total))
        return history


def criterion_records(uow: UnitOfWork, member_id: int, at: date, key: str) -> list[RecordLine]:
    """The records behind one criterion of a member at ``at``, latest first: the missed
    meetings (and lates) with their dates, the referrals, the closed business..."""
    if key not in CRITERIA:
        raise ValidationError("key", MSG_UNKNOWN_CRITERION, key=key)
    _check_at(at)
    with uow:
        session = uow.session
        if session.get(Member, member_id) is None:
            raise NotFoundError(MSG_MEMBER_GONE)
        rules = load_compliance_rules(session)
        start, end = window(at, rules.window_months)
        roster = roster_service.load_roster(session, member_ids=[member_id])
        member = roster.get(member_id)
        if member is None:
            return []
        periods = member.periods
        loader = _RECORD_LOADERS[key]
        lines = [line for line in loader(session, member_id, start, end, roster)
                 if is_active_on(periods, line.date)]
        lines.sort(key=lambda line: line.date, reverse=True)
        return lines


def _absence_lines(session: Session, member_id: int, start: date, end: date,
                   roster: Mapping[int, roster_service.RosterMember]) -> list[RecordLine]:
    rules = load_rules(session)
    marks = expected_marks(session, start, end, roster, {member_id}).get(member_id, [])
    missed = absence_statuses(rules)
    meeting_ids = [mid for _, mid, status in marks if status in missed]
    if not meeting_ids:
        return []
    query = (select(Meeting.id, Meeting.kind, Meeting.title, Chapter.name)
             .outerjoin(Chapter, Chapter.id == Meeting.chapter_id).where(Meeting.id.in_(meeting_ids)))
    meetings = {mid: (kind, title, chapter) for mid, kind, title, chapter in session.execute(query)}
    lines = []
    for day, mid, status in marks:
        if status not in missed:
            continue
        kind, title, chapter = meetings[mid]
        description = title or translate("Attendance", attendance_label(kind))
        lines.append(RecordLine(day, status or RecordKind.UNMARKED, description, chapter or ""))
    return lines


def _referral_lines(external: bool) -> Callable[..., list[RecordLine]]:
    def load(session: Session, member_id: int, start: date, end: date, _roster: Any) -> list[RecordLine]:
        receiver = aliased(Member)
        query = (
            select(Referral.date, Referral.need, Referral.status, receiver.first_name, receiver.last_name,
                   Contact.first_name, Contact.last_name, Contact.company)
            .outerjoin(receiver, receiver.id == Referral.receiver_member_id)
            .outerjoin(Contact, Contact.id == Referral.receiver_contact_id)
            .where(Referral.giver_id == member_id, Referral.date.between(start, end),
                   Referral.receiver_member_id.is_(None) if external else Referral.receiver_member_id.is_not(None))
        )
        lines = []
        for day, need, _status, first, last, c_first, c_last, c_company in session.execute(query):
            if external:
                other = " ".join(part for part in (c_first, c_last) if part)
                if c_company:
                    other = f"{other} ({c_company})" if other else c_company
            else:
                other = member_name(first, last)
            lines.append(RecordLine(day, Scope.EXTERNAL if external else Scope.INTERNAL, need or "", other))
        return lines

    return load


def _closed_lines(session: Session, member_id: int, start: date, end: date, _roster: Any) -> list[RecordLine]:
    query = (
        select(ClosedBusiness.date, ClosedBusiness.notes, ClosedBusiness.amount, Member.first_name,
               Member.last_name)
        .join(Member, Member.id == ClosedBusiness.receiver_id)
        .where(ClosedBusiness.giver_id == member_id, ClosedBusiness.date.between(start, end))
    )
    return [RecordLine(day, RecordKind.CLOSED, notes or "", member_name(first, last),
                       Decimal(amount).quantize(Decimal("0.01")))
            for day, notes, amount, first, last in session.execute(query)]


def _one_to_one_lines(session: Session, member_id: int, start: date, end: date, _roster: Any) -> list[RecordLine]:
    other = aliased(Member)
    query = (
        select(OneToOne.date, OneToOne.notes, other.first_name, other.last_name)
        .join(other, or_(and_(OneToOne.member_a_id == member_id, other.id == OneToOne.member_b_id),
                         and_(OneToOne.member_b_id == member_id, other.id == OneToOne.member_a_id)))
        .where(OneToOne.date.between(start, end),
               or_(OneToOne.member_a_id == member_id, OneToOne.member_b_id == member_id))
    )
    return [RecordLine(day, RecordKind.ONE_TO_ONE, notes or "", member_name(first, last))
            for day, notes, first, last in session.execute(query)]


def _presentation_lines(session: Session, member_id: int, start: date, end: date, _roster: Any
                        ) -> list[RecordLine]:
    query = select(Presentation.date, Presentation.kind, Presentation.title).where(
        Presentation.member_id == member_id, Presentation.date.between(start, end))
    return [RecordLine(day, PresentationKind(kind), title or "", "") for day, kind, title in session.execute(query)]


def _guest_lines(session: Session, member_id: int, start: date, end: date, _roster: Any) -> list[RecordLine]:
    query = (
        select(Meeting.date, Meeting.title, Contact.id, Contact.first_name, Contact.last_name, Contact.company)
        .select_from(GuestVisit)
        .join(Meeting, Meeting.id == GuestVisit.meeting_id)
        .join(Contact, Contact.id == GuestVisit.contact_id)
        .where(GuestVisit.invited_by_id == member_id, Meeting.date.between(start, end),
               Meeting.state != MeetingState.CANCELLED)
        .order_by(Meeting.date)
    )
    lines = []
    seen: set[int] = set()
    for day, _title, contact_id, first, last, company in session.execute(query):
        name = " ".join(part for part in (first, last) if part)
        # A guest who came back is listed each time but counted once ("again").
        kind = RecordKind.GUEST_AGAIN if contact_id in seen else RecordKind.GUEST
        lines.append(RecordLine(day, kind, company or "", name))
        seen.add(contact_id)
    return lines


_RECORD_LOADERS: dict[str, Callable[..., list[RecordLine]]] = {
    ABSENCES: _absence_lines,
    REFERRALS: _referral_lines(external=False),
    CLOSED_AMOUNT: _closed_lines,
    ONE_TO_ONES: _one_to_one_lines,
    EXTERNAL_REFERRALS: _referral_lines(external=True),
    PRESENTATIONS: _presentation_lines,
    GUESTS: _guest_lines,
}

__all__ = [
    "MemberCompliance", "MonthCompliance", "RecordKind", "RecordLine", "attention_list", "compliance_rules",
    "criterion_records", "evaluate_club", "evaluate_member", "member_history", "save_compliance_rules",
]

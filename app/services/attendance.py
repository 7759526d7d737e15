"""Attendance use cases: the sheet of a meeting, statuses, check-in, audit trail and figures."""

from __future__ import annotations

import getpass
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from app.db import scope
from app.db.models import Attendance, AttendanceAudit, Chapter, ExtraExpected, Meeting, Member
from app.db.uow import UnitOfWork
from app.domain.attendance import (
    BEFORE_THE_DAY,
    AttendanceRules,
    AttendanceStatus,
    CleanMark,
    HistoryRow,
    MeetingKey,
    MeetingKind,
    MeetingState,
    MemberFigures,
    MonthRate,
    checkin_status,
    clean_mark,
    describe_mark,
    expected_at,
    expected_by_member,
    may_visit,
    member_figures,
    monthly_rates,
    needs_audit,
    parse_member_number,
    rate_trend,
)
from app.domain.enums import MemberStatus
from app.domain.errors import MSG_MEETING_GONE, MSG_MEMBER_GONE, CercleError, NotFoundError, ValidationError
from app.domain.membership import is_active_on
from app.domain.text import fold, search_key
from app.domain.windows import window
from app.i18n import QT_TRANSLATE_NOOP
from app.services import roster as roster_service
from app.services.attendance_settings import load_rules
from app.services.meetings import MeetingRow, _chapter_names, meeting_row

MSG_CANCELLED = QT_TRANSLATE_NOOP("Errors", "This meeting was cancelled: restore it before recording attendance.")
MSG_FUTURE = QT_TRANSLATE_NOOP(
    "Errors", "This meeting has not taken place yet: only excuses are recorded before the day."
)
MSG_NOT_EXPECTED = QT_TRANSLATE_NOOP(
    "Validation", "{name} is not expected at this meeting: add them as an expected member first."
)
MSG_CONFIRM_OLD = QT_TRANSLATE_NOOP(
    "Errors", "This meeting was held more than 7 days ago: confirm the change, which will be kept in the audit trail."
)
MSG_UNKNOWN_NUMBER = QT_TRANSLATE_NOOP("Errors", "No member with number {number}.")
MSG_LEFT = QT_TRANSLATE_NOOP("Errors", "{name} (number {number}) is no longer a member of the club.")
MSG_SUSPENDED = QT_TRANSLATE_NOOP(
    "Errors", "{name} (number {number}) was not an active member on the day of this meeting."
)
MSG_NOT_ON_BOARD = QT_TRANSLATE_NOOP(
    "Errors", "{name} (number {number}) is not on the board: a board meeting takes the board only."
)


class ConfirmationRequired(CercleError):
    """The change touches a meeting held more than a week ago and was not confirmed."""


# ----------------------------------------------------------------------------- rules


def attendance_rules(uow: UnitOfWork) -> AttendanceRules:
    with uow:
        return load_rules(uow.session)


# ----------------------------------------------------------------------------- sheet


@dataclass(frozen=True)
class SheetRow:
    """One expected member on the attendance sheet of a meeting."""

    member_id: int
    number: int
    first_name: str
    last_name: str
    company: str
    chapter: str
    extra: bool  # expected by hand, outside their chapter
    status: AttendanceStatus | None
    arrival_time: time | None
    excuse_reason: str | None
    substitute_name: str | None
    substitute_company: str | None
    search_text: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class AttendanceSheet:
    meeting: MeetingRow
    rows: tuple[SheetRow, ...]
    needs_confirmation: bool  # held more than 7 days ago: changes are confirmed and audited
    rules: AttendanceRules


@dataclass(frozen=True)
class MarkChange:
    """A status to record for one member (``status=None`` clears it)."""

    member_id: int
    status: AttendanceStatus | None
    arrival_time: time | None = None
    excuse_reason: str | None = None
    substitute_name: str | None = None
    substitute_company: str | None = None


def _meeting_for_marks(
    session: Session, meeting_id: int, today: date,
    statuses: Iterable[AttendanceStatus | None] = (AttendanceStatus.PRESENT,),
) -> Meeting:
    """The meeting to record ``statuses`` at, checked: a meeting before its day takes excuses only."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(MSG_MEETING_GONE)
    scope.check(session, "meetings", {"chapter_id": meeting.chapter_id})  # before asking to confirm
    if meeting.state == MeetingState.CANCELLED:
        raise CercleError(MSG_CANCELLED)
    if meeting.date > today and not BEFORE_THE_DAY.issuperset(statuses):
        raise CercleError(MSG_FUTURE)
    return meeting


def _expected(session: Session, meeting: Meeting) -> tuple[dict[int, roster_service.RosterMember], list[int], set[int]]:
    """(roster, ids of the expected members, ids added by hand) of one meeting."""
    extras = roster_service.load_extras(session, {meeting.id}).get(meeting.id, set())
    board_only = meeting.kind == MeetingKind.BOARD
    roster = roster_service.load_roster(session, chapter_id=meeting.chapter_id, joined_by=meeting.date)
    if board_only:
        roster = {k: m for k, m in roster.items() if m.on_board or k in extras}
    missing = extras - roster.keys()
    if missing:
        roster.update(roster_service.load_roster(session, member_ids=missing))
    key = MeetingKey(meeting.id, meeting.date, meeting.kind, meeting.chapter_id)
    return roster, expected_at(key, roster.values(), extras), extras


def _sheet_row(member: roster_service.RosterMember, extra: bool, record: Attendance | None) -> SheetRow:
    return SheetRow(
        member_id=member.id, number=member.number, first_name=member.first_name,
        last_name=member.last_name, company=member.company, chapter=member.chapter, extra=extra,
        status=record.status if record else None,
        arrival_time=record.arrival_time if record else None,
        excuse_reason=record.excuse_reason if record else None,
        substitute_name=record.substitute_name if record else None,
        substitute_company=record.substitute_company if record else None,
        search_text=search_key(str(member.number), member.first_name, member.last_name, member.company),
    )


def _records(session: Session, meeting_id: int, member_ids: Collection[int] | None = None) -> dict[int, Attendance]:
    query = select(Attendance).where(Attendance.meeting_id == meeting_id)
    if member_ids is not None:
        query = query.where(Attendance.member_id.in_(list(member_ids)))
    return {record.member_id: record for record in session.scalars(query)}


def load_sheet(uow: UnitOfWork, meeting_id: int, *, today: date | None = None) -> AttendanceSheet:
    """Every expected member of a meeting with what is recorded, sorted by name."""
    with uow:
        session = uow.session
        rules = load_rules(session)
        row = meeting_row(session, meeting_id, rules)
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        roster, expected, extras = _expected(session, meeting)
        records = _records(session, meeting_id)
        rows = [_sheet_row(roster[mid], mid in extras, records.get(mid)) for mid in expected]
        rows.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.number))
        return AttendanceSheet(
            meeting=row,
            rows=tuple(rows),
            needs_confirmation=needs_audit(meeting.date, today or date.today()),
            rules=rules,
        )


def _apply(
    session: Session,
    meeting: Meeting,
    marks: dict[int, CleanMark],
    roster: dict[int, roster_service.RosterMember],
    extras: set[int],
    *,
    audit: bool,
    user: str | None,
    today: date,
) -> list[SheetRow]:
    """Write the marks (already validated) and the audit lines; return the rows changed."""
    records = _records(session, meeting.id, marks.keys())
    changed_by = (user or _os_user())[:80]
    now = datetime.now()
    changed = []
    for member_id, mark in marks.items():
        record = records.get(member_id)
        old = describe_mark(_mark_of(record))
        new = describe_mark(mark)
        if old == new and (record is None or record.arrival_time == mark.arrival_time):
            continue
        if mark.status is None:
            if record is not None:
                session.delete(record)
                record = None
        else:
            if record is None:
                record = Attendance(meeting_id=meeting.id, member_id=member_id)
                session.add(record)
                records[member_id] = record
            record.status = mark.status
            record.arrival_time = mark.arrival_time
            record.excuse_reason = mark.excuse_reason
            record.substitute_name = mark.substitute_name
            record.substitute_company = mark.substitute_company
            record.recorded_at = now
        if audit and old != new:
            session.add(AttendanceAudit(
                meeting_id=meeting.id, member_id=member_id, old_value=old or None, new_value=new or None,
                changed_by=changed_by, changed_at=now,
            ))
        changed.append(_sheet_row(roster[member_id], member_id in extras, record))
    if not changed:
        return changed
    if meeting.state == MeetingState.PLANNED and meeting.date <= today and any(
            marks[row.member_id].status is not None for row in changed):
        # Recording who came is what holding a meeting means for the figures; excuses received
        # before the day leave it planned, and clearing a mark records nobody.
        meeting.state = MeetingState.HELD
    elif meeting.state == MeetingState.HELD and not _records(session, meeting.id):
        # The last mark cleared (an undo of the whole round; the query flushes the deletes): a held
        # meeting with an empty sheet would count every expected member absent without excuse.
        meeting.state = MeetingState.PLANNED
    return changed


def _mark_of(record: Attendance | None) -> CleanMark:
    if record is None:
        return CleanMark(None)
    return CleanMark(
        record.status, record.arrival_time, record.excuse_reason,
        record.substitute_name, record.substitute_company,
    )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): still record the change
        return "?"


def record_attendance(
    uow: UnitOfWork,
    meeting_id: int,
    changes: Sequence[MarkChange],
    *,
    confirmed: bool = False,
    today: date | None = None,
    user: str | None = None,
) -> list[SheetRow]:
    """Record the statuses of one user action (one key press on several rows is one call).

    Returns the sheet rows that changed. A planned meeting becomes held, except for excuses
    recorded before its day.

    Raises:
        ValidationError: a member not expected at the meeting, a substitute without a name.
        ConfirmationRequired: the meeting was held more than 7 days ago and ``confirmed`` is false.
        CercleError: the meeting is cancelled, or in the future and a status other than excused
            is given. Nothing is saved on error.
        OutsideChapterError: the meeting is outside the connection's antenna.
    """
    today = today or date.today()
    with uow:
        session = uow.session
        meeting = _meeting_for_marks(session, meeting_id, today,
                                     statuses={change.status for change in changes})
        roster, expected, extras = _expected(session, meeting)
        expected_ids = set(expected)
        marks: dict[int, CleanMark] = {}
        for change in changes:
            if change.member_id not in expected_ids:
                member = session.get(Member, change.member_id)
                if member is None:
                    raise NotFoundError(MSG_MEMBER_GONE)
                raise ValidationError("member", MSG_NOT_EXPECTED, name=f"{member.first_name} {member.last_name}")
            marks[change.member_id] = clean_mark(
                change.status, arrival_time=change.arrival_time, excuse_reason=change.excuse_reason,
                substitute_name=change.substitute_name, substitute_company=change.substitute_company,
            )
        audit = needs_audit(meeting.date, today)
        if audit and not confirmed and marks:
            raise ConfirmationRequired(MSG_CONFIRM_OLD)
        rows = _apply(session, meeting, marks, roster, extras, audit=audit, user=user, today=today)
        uow.commit()
        return rows


def mark_unmarked(
    uow: UnitOfWork, meeting_id: int, status: AttendanceStatus = AttendanceStatus.PRESENT, *,
    confirmed: bool = False, today: date | None = None, user: str | None = None,
) -> list[SheetRow]:
    """Everyone expected who has no status yet gets ``status``, present or absent (the last step
    of a sheet). Returns the rows changed.

    Raises:
        ValueError: another status (excuses and substitutions are given one by one).
    """
    if status not in (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT):
        raise ValueError(status)
    today = today or date.today()
    with uow:
        session = uow.session
        meeting = _meeting_for_marks(session, meeting_id, today)
        roster, expected, extras = _expected(session, meeting)
        records = _records(session, meeting_id)
        marks = {mid: CleanMark(status) for mid in expected if mid not in records}
        audit = needs_audit(meeting.date, today)
        if audit and not confirmed and marks:
            raise ConfirmationRequired(MSG_CONFIRM_OLD)
        rows = _apply(session, meeting, marks, roster, extras, audit=audit, user=user, today=today)
        if meeting.state == MeetingState.PLANNED:
            meeting.state = MeetingState.HELD
        uow.commit()
        return rows


@dataclass(frozen=True)
class CheckInResult:
    row: SheetRow
    status: AttendanceStatus
    already_marked: bool  # a badge read twice: the first arrival was kept
    added_as_extra: bool  # a member of another chapter, now expected at this meeting


def check_in(
    uow: UnitOfWork,
    meeting_id: int,
    badge: str,
    *,
    at: datetime | None = None,
    confirmed: bool = False,
    user: str | None = None,
) -> CheckInResult:
    """Mark a member present (or late, after the start time plus the grace period) from the
    number typed or scanned from their badge.

    An active member of another chapter is added as expected, if they may visit the meeting
    (:func:`app.domain.attendance.may_visit`: a board meeting takes the board only). On another
    day than the meeting's (badges entered afterwards), the member is present without an
    arrival time.

    Raises:
        ValidationError: no number in ``badge``.
        NotFoundError: no member has this number.
        CercleError: the member left the club or was suspended on that day, or is not on the
            board at a board meeting.
    """
    number = parse_member_number(badge)
    at = at or datetime.now()
    with uow:
        session = uow.session
        meeting = _meeting_for_marks(session, meeting_id, at.date())
        member = session.scalar(select(Member).where(Member.number == number))
        if member is None:
            raise NotFoundError(MSG_UNKNOWN_NUMBER, number=number)
        name = f"{member.first_name} {member.last_name}"
        roster, expected, extras = _expected(session, meeting)
        if member.id not in expected:
            info = roster_service.load_roster(session, member_ids=[member.id])[member.id]
            if not is_active_on(info.periods, meeting.date):
                left = member.status in (MemberStatus.RESIGNED, MemberStatus.EXCLUDED)
                raise CercleError(MSG_LEFT if left else MSG_SUSPENDED, name=name, number=number)
            # Active but not expected: a visitor from another chapter, unless it is a board
            # meeting and they are not on the board (the only other reason not to be expected).
            if not may_visit(MeetingKey(meeting.id, meeting.date, meeting.kind, meeting.chapter_id), info):
                raise CercleError(MSG_NOT_ON_BOARD, name=name, number=number)
            session.add(ExtraExpected(meeting_id=meeting.id, member_id=member.id))
            roster[member.id] = info
            extras.add(member.id)
            added = True
        else:
            added = False
        record = _records(session, meeting.id, [member.id]).get(member.id)
        if record is not None and record.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
            row = _sheet_row(roster[member.id], member.id in extras, record)
            return CheckInResult(row, record.status, True, added)
        on_the_day = at.date() == meeting.date
        arrival = at.time().replace(second=0, microsecond=0) if on_the_day else None
        rules = load_rules(session)
        status = (
            checkin_status(at.time(), meeting.start_time, rules.checkin_grace_minutes)
            if on_the_day else AttendanceStatus.PRESENT
        )
        audit = needs_audit(meeting.date, at.date())
        if audit and not confirmed:
            raise ConfirmationRequired(MSG_CONFIRM_OLD)
        mark = CleanMark(status, arrival_time=arrival)
        rows = _apply(session, meeting, {member.id: mark}, roster, extras, audit=audit, user=user,
                      today=at.date())
        uow.commit()
        return CheckInResult(rows[0], status, False, added)


# ----------------------------------------------------------------------------- audit


@dataclass(frozen=True)
class AuditRow:
    meeting_id: int
    meeting_date: date
    member_id: int
    number: int
    name: str
    old_value: str | None
    new_value: str | None
    changed_by: str
    changed_at: datetime


def audit_trail(uow: UnitOfWork, meeting_id: int | None = None) -> list[AuditRow]:
    """Changes to old meetings, latest first (of one meeting, or all)."""
    with uow:
        query = (
            select(AttendanceAudit, Meeting.date, Member.number, Member.first_name, Member.last_name)
            .join(Meeting, Meeting.id == AttendanceAudit.meeting_id)
            .join(Member, Member.id == AttendanceAudit.member_id)
            .order_by(AttendanceAudit.changed_at.desc(), AttendanceAudit.id.desc())
        )
        if meeting_id is not None:
            query = query.where(AttendanceAudit.meeting_id == meeting_id)
        return [
            AuditRow(a.meeting_id, day, a.member_id, number, f"{first} {last}", a.old_value,
                     a.new_value, a.changed_by, a.changed_at)
            for a, day, number, first, last in uow.session.execute(query)
        ]


# ----------------------------------------------------------------------------- figures


def held_meetings(session: Session, start: date, end: date) -> list[MeetingKey]:
    """The meetings held in ``[start, end]``, as deciding who was expected needs them."""
    query = select(Meeting.id, Meeting.date, Meeting.kind, Meeting.chapter_id).where(
        Meeting.state == MeetingState.HELD, Meeting.date >= start, Meeting.date <= end
    )
    return [MeetingKey(*row) for row in session.execute(query)]


def _statuses(
    session: Session, start: date, end: date, member_ids: Collection[int] | None
) -> dict[int, dict[int, AttendanceStatus]]:
    """member id -> meeting id -> status, for the held meetings of the period.

    Read as one row per member and status holding the list of meeting ids (``group_concat`` on
    SQLite, ``string_agg`` on PostgreSQL): turning 52,000 rows into Python tuples would cost
    more than SQLite's whole aggregate; a thousand lists of ids cost a few milliseconds.
    """
    query = (
        select(Attendance.member_id, Attendance.status,
               func.aggregate_strings(cast(Attendance.meeting_id, String), ","))
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Meeting.state == MeetingState.HELD, Meeting.date >= start, Meeting.date <= end)
        .group_by(Attendance.member_id, Attendance.status)
    )
    if member_ids is not None and len(member_ids) <= 500:
        query = query.where(Attendance.member_id.in_(list(member_ids)))
    result: dict[int, dict[int, AttendanceStatus]] = defaultdict(dict)
    # Core rather than ORM execution: no per-row ORM processing.
    for member_id, status, ids in session.connection().execute(query).all():
        result[member_id].update(dict.fromkeys(map(int, ids.split(",")), status))
    return result


ExpectedMark = tuple[date, int, "AttendanceStatus | None"]  # (date, meeting id, status; None: unmarked)


def expected_marks(
    session: Session,
    start: date,
    end: date,
    roster: Mapping[int, roster_service.RosterMember],
    member_ids: Collection[int] | None = None,
) -> dict[int, list[ExpectedMark]]:
    """Each member of ``roster``: the held meetings of ``[start, end]`` they were expected at,
    sorted by date, with the status recorded.

    The one reading behind every attendance figure (the members' figures and trends, the
    export, a member's record, the charter's absences): the rule of who was expected is
    :func:`app.domain.attendance.expected_by_member`. ``member_ids`` narrows the statuses read
    (``None``: everyone's).
    """
    meetings = held_meetings(session, start, end)
    extras = roster_service.load_extras(session, {m.id for m in meetings})
    expected = expected_by_member(meetings, roster.values(), extras)
    statuses = _statuses(session, start, end, member_ids)
    empty: dict[int, AttendanceStatus] = {}
    marks = {}
    for member_id, meetings_of_member in expected.items():
        get = statuses.get(member_id, empty).get
        marks[member_id] = [(day, mid, get(mid)) for day, mid in meetings_of_member]
    return marks


def _expected_marks(
    session: Session,
    start: date,
    end: date,
    *,
    member_ids: Collection[int] | None = None,
    chapter_id: int | None = None,
) -> tuple[dict[int, roster_service.RosterMember], dict[int, list[ExpectedMark]]]:
    """The roster (of one chapter, or some members, or all) and its :func:`expected_marks`."""
    roster = roster_service.load_roster(session, chapter_id=chapter_id, member_ids=member_ids, joined_by=end)
    return roster, expected_marks(session, start, end, roster, member_ids)


def figures_by_member(
    uow: UnitOfWork,
    start: date,
    end: date,
    *,
    member_ids: Collection[int] | None = None,
    chapter_id: int | None = None,
) -> dict[int, MemberFigures]:
    """Figures of every member (or of some, or of one chapter) over ``[start, end]``.

    Members who were never expected in the period get the empty figures (rate ``None``).
    """
    with uow:
        session = uow.session
        rules = load_rules(session)
        _, marks = _expected_marks(session, start, end, member_ids=member_ids, chapter_id=chapter_id)
        return {member_id: member_figures([(day, status) for day, _, status in member_marks], rules)
                for member_id, member_marks in marks.items()}


def attendance_rates(uow: UnitOfWork, at: date, months: int = 6) -> dict[int, float | None]:
    """member id -> attendance rate over the ``months`` before ``at`` (the members page column)."""
    start, end = window(at, months)
    return {mid: f.rate for mid, f in figures_by_member(uow, start, end).items()}


def unexcused_absences(uow: UnitOfWork, at: date, months: int = 6) -> dict[int, int]:
    """member id -> unexcused absences over the ``months`` before ``at`` (the members page filter)."""
    start, end = window(at, months)
    return {mid: f.unexcused_absences for mid, f in figures_by_member(uow, start, end).items()}


@dataclass(frozen=True)
class MemberAttendance:
    member_id: int
    start: date
    end: date
    figures: MemberFigures
    history: tuple[HistoryRow, ...]  # latest first


def member_attendance(
    uow: UnitOfWork, member_id: int, start: date | None = None, end: date | None = None
) -> MemberAttendance:
    """A member's figures and the meetings behind them (default: the last 6 months)."""
    if start is None:
        start, end = window(end or date.today(), 6)
    elif end is None:
        end = date.today()
    with uow:
        session = uow.session
        rules = load_rules(session)
        _, marks = _expected_marks(session, start, end, member_ids=[member_id])
        if session.get(Member, member_id) is None:
            raise NotFoundError(MSG_MEMBER_GONE)
        member_marks = marks.get(member_id, [])
        meeting_ids = [mid for _, mid, _ in member_marks]
        details = {
            record.meeting_id: record
            for record in session.scalars(
                select(Attendance).where(Attendance.member_id == member_id, Attendance.meeting_id.in_(meeting_ids))
            )
        }
        names = _chapter_names(session)
        meetings = {m.id: m for m in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))}
        history = []
        for day, mid, status in reversed(member_marks):
            meeting = meetings[mid]
            record = details.get(mid)
            detail = None
            if record is not None:
                detail = record.excuse_reason or (
                    record.substitute_name + (f" ({record.substitute_company})" if record.substitute_company else "")
                    if record.substitute_name else None
                )
            history.append(HistoryRow(
                meeting_id=mid, date=day, kind=meeting.kind,
                chapter=names.get(meeting.chapter_id) if meeting.chapter_id else None, title=meeting.title,
                status=status,
                arrival_time=record.arrival_time if record else None, detail=detail,
            ))
        figures = member_figures([(day, status) for day, _, status in member_marks], rules)
        return MemberAttendance(member_id, start, end, figures, tuple(history))


@dataclass(frozen=True)
class GroupTrend:
    """The monthly attendance of one chapter's members, or of the whole club."""

    chapter_id: int | None  # None: the whole club
    chapter: str | None
    months: tuple[MonthRate, ...]
    rate: float | None  # over the whole period
    trend: float | None  # change of the rate per month (see rate_trend)


def _group_trend(chapter_id: int | None, name: str | None, rows: Iterable[tuple[int, date, AttendanceStatus | None]],
                 rules: AttendanceRules) -> GroupTrend:
    months = monthly_rates(rows, rules)
    attended = sum(m.attended for m in months)
    counted = sum(m.expected - m.excused for m in months)
    return GroupTrend(chapter_id, name, tuple(months), attended / counted if counted else None, rate_trend(months))


def chapter_trends(uow: UnitOfWork, start: date, end: date) -> list[GroupTrend]:
    """Average rate and trend by month for each chapter (by members' chapter), then the club."""
    with uow:
        session = uow.session
        rules = load_rules(session)
        roster, marks = _expected_marks(session, start, end)
        by_chapter: dict[int, list[tuple[int, date, AttendanceStatus | None]]] = defaultdict(list)
        names: dict[int, str] = {}
        for member_id, member_marks in marks.items():
            member = roster[member_id]
            names[member.chapter_id] = member.chapter
            by_chapter[member.chapter_id].extend((mid, day, status) for day, mid, status in member_marks)
        order = {cid: (sort, name) for cid, sort, name in session.execute(
            select(Chapter.id, Chapter.sort_order, Chapter.name))}
        trends = [
            _group_trend(cid, names[cid], rows, rules)
            for cid, rows in sorted(by_chapter.items(), key=lambda item: order.get(item[0], (0, "")))
        ]
        everyone = [row for rows in by_chapter.values() for row in rows]
        trends.append(_group_trend(None, None, everyone, rules))
        return trends



@dataclass(frozen=True)
class ExportRow:
    """One member at one held meeting, for the attendance export."""

    number: int
    last_name: str
    first_name: str
    date: date
    chapter: str | None  # the meeting's chapter; None: a club-wide meeting
    kind: MeetingKind
    status: AttendanceStatus | None
    arrival_time: time | None
    detail: str | None  # excuse reason or substitute


def attendance_export(uow: UnitOfWork, start: date | None = None, end: date | None = None) -> list[ExportRow]:
    """Every expected member at every held meeting of the period (default: all), by date then name."""
    with uow:
        session = uow.session
        bounds = select(func.min(Meeting.date), func.max(Meeting.date)).where(
            Meeting.state == MeetingState.HELD)
        first, last = session.execute(bounds).one()
        if first is None:
            return []
        start, end = max(start or first, first), min(end or last, last)
        roster, marks = _expected_marks(session, start, end)
        meetings = {
            row.id: row for row in session.execute(
                select(Meeting.id, Meeting.kind, Chapter.name)
                .outerjoin(Chapter, Chapter.id == Meeting.chapter_id)
                .where(Meeting.state == MeetingState.HELD, Meeting.date >= start, Meeting.date <= end)
            )
        }
        details = {
            (r.meeting_id, r.member_id): r
            for r in session.execute(
                select(Attendance.meeting_id, Attendance.member_id, Attendance.arrival_time,
                       Attendance.excuse_reason, Attendance.substitute_name, Attendance.substitute_company)
                .join(Meeting, Meeting.id == Attendance.meeting_id)
                .where(Meeting.date >= start, Meeting.date <= end)
                .where(or_(Attendance.arrival_time.is_not(None), Attendance.excuse_reason.is_not(None),
                           Attendance.substitute_name.is_not(None)))
            )
        }
        rows = []
        for member_id, member_marks in marks.items():
            member = roster[member_id]
            for day, meeting_id, status in member_marks:
                meeting = meetings[meeting_id]
                extra = details.get((meeting_id, member_id))
                detail = None
                if extra is not None:
                    detail = extra.excuse_reason or (
                        f"{extra.substitute_name} ({extra.substitute_company})" if extra.substitute_company
                        else extra.substitute_name
                    )
                rows.append(ExportRow(
                    member.number, member.last_name, member.first_name, day, meeting.name,
                    meeting.kind, status,
                    extra.arrival_time if extra else None, detail,
                ))
        rows.sort(key=lambda r: (r.date, r.chapter or "", fold(r.last_name), fold(r.first_name)))
        return rows

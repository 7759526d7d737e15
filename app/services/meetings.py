"""Meeting use cases: create one or a series, edit, cancel, list with turnout, who is expected."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.models import Attendance, Chapter, ExtraExpected, GuestVisit, Meeting, Member
from app.db.uow import UnitOfWork
from app.domain.attendance import (
    AttendanceRules,
    MeetingCounts,
    MeetingKey,
    MeetingKind,
    MeetingState,
    expected_at,
    expected_by_member,
    meeting_counts,
    validate_meeting_date,
)
from app.domain.errors import MSG_MEETING_GONE, CercleError, NotFoundError, ValidationError
from app.domain.membership import is_active_on
from app.domain.validation import clean_text
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP
from app.services import conflicts
from app.services import roster as roster_service
from app.services.attendance_settings import load_rules

MSG_FROZEN = QT_TRANSLATE_NOOP(
    "Validation",
    "Attendance is already recorded for this meeting: its date, type and chapter can no longer change. "
    "Cancel it and plan another one instead.",
)
MSG_CHAPTER_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Choose a chapter from the list.")
MSG_KIND_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Choose the type of meeting.")
MSG_SERIES_NO_DATE = QT_TRANSLATE_NOOP("Validation", "Tick at least one date of the series.")
MSG_HAS_RECORDS = QT_TRANSLATE_NOOP(
    "Errors", "This meeting already has attendance or guests recorded: cancel it instead of deleting it."
)
MSG_MEMBER_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "No member with number {number}.")
MSG_EXTRA_INACTIVE = QT_TRANSLATE_NOOP("Validation", "{name} was not an active member on {date}.")
MSG_EXTRA_ALREADY = QT_TRANSLATE_NOOP("Validation", "{name} is already expected at this meeting.")
MSG_EXTRA_HAS_MARK = QT_TRANSLATE_NOOP(
    "Errors", "{name} already has a status at this meeting: clear it before removing them."
)

# ``chapter_id`` filter of list_meetings meaning "every chapter and the club-wide meetings".
ALL_CHAPTERS = -1


@dataclass(frozen=True)
class MeetingDraft:
    """What the meeting form sends."""

    date: date
    kind: MeetingKind = MeetingKind.WEEKLY
    chapter_id: int | None = None  # None: the whole club
    start_time: time | None = None
    place: str = ""
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """One meeting, with what was recorded at it (counts among the expected members)."""

    id: int
    date: date
    start_time: time | None
    kind: MeetingKind
    chapter_id: int | None
    chapter: str | None  # None: the whole club
    place: str | None
    title: str | None
    notes: str | None
    state: MeetingState
    series_id: int | None
    expected: int
    present: int
    late: int
    absent: int
    excused: int
    substituted: int
    unmarked: int
    attended: int
    turnout: float | None  # attended / expected; None until the meeting is held
    guests: int
    version: int = 0  # the record's version, handed back on save (no lost update)


def _clean_draft(session: Session, draft: MeetingDraft, today: date) -> dict[str, object]:
    try:
        kind = MeetingKind(draft.kind)
    except ValueError:
        raise ValidationError("kind", MSG_KIND_UNKNOWN) from None
    if draft.chapter_id is not None and session.get(Chapter, draft.chapter_id) is None:
        raise ValidationError("chapter_id", MSG_CHAPTER_UNKNOWN)
    return {
        "date": validate_meeting_date(draft.date, today),
        "kind": kind,
        "chapter_id": draft.chapter_id,
        "start_time": draft.start_time,
        "place": clean_text(draft.place, "place", max_length=160),
        "title": clean_text(draft.title, "title", max_length=200),
        "notes": clean_text(draft.notes, "notes", max_length=4000, multiline=True),
    }


def _get(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(MSG_MEETING_GONE)
    return meeting


def _chapter_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Chapter.id, Chapter.name)).all())


def _rows(session: Session, meetings: Sequence[Meeting], rules: AttendanceRules) -> list[MeetingRow]:
    """Rows with counts: a handful of queries whatever the number of meetings."""
    if not meetings:
        return []
    ids = {m.id for m in meetings}
    single = len(meetings) == 1
    chapter_filter = meetings[0].chapter_id if single else None
    club_wide = any(m.chapter_id is None for m in meetings)
    roster = roster_service.load_roster(
        session,
        chapter_id=None if club_wide else chapter_filter,
        joined_by=max(m.date for m in meetings),
    )
    extras = roster_service.load_extras(session, ids)
    missing = {mid for members in extras.values() for mid in members} - roster.keys()
    if missing:
        roster = {**roster, **roster_service.load_roster(session, member_ids=missing)}
    statuses: dict[int, dict[int, str]] = defaultdict(dict)
    attendance_query = select(Attendance.meeting_id, Attendance.member_id, Attendance.status)
    attendance_query = attendance_query.where(Attendance.meeting_id.in_(ids)) if len(ids) < 500 else (
        attendance_query.join(Meeting, Meeting.id == Attendance.meeting_id).where(
            Meeting.date.between(min(m.date for m in meetings), max(m.date for m in meetings))
        )
    )
    for meeting_id, member_id, status in session.execute(attendance_query):
        statuses[meeting_id][member_id] = status
    guest_query = select(GuestVisit.meeting_id, func.count()).group_by(GuestVisit.meeting_id)
    if len(ids) < 500:
        guest_query = guest_query.where(GuestVisit.meeting_id.in_(ids))
    guests = dict(session.execute(guest_query).all())
    keys = [MeetingKey(m.id, m.date, m.kind, m.chapter_id) for m in meetings]
    expected = expected_by_member(keys, roster.values(), extras)
    per_meeting: dict[int, list[int]] = defaultdict(list)
    for member_id, marks in expected.items():
        for _, meeting_id in marks:
            per_meeting[meeting_id].append(member_id)
    names = _chapter_names(session)
    rows = []
    for meeting in meetings:
        recorded = statuses.get(meeting.id, {})
        counts = meeting_counts((recorded.get(mid) for mid in per_meeting.get(meeting.id, ())), rules)
        rows.append(_row(meeting, counts, names, guests.get(meeting.id, 0)))
    return rows


def _row(meeting: Meeting, counts: MeetingCounts, names: dict[int, str], guests: int) -> MeetingRow:
    return MeetingRow(
        id=meeting.id, date=meeting.date, start_time=meeting.start_time, kind=meeting.kind,
        chapter_id=meeting.chapter_id,
        chapter=names.get(meeting.chapter_id) if meeting.chapter_id is not None else None,
        place=meeting.place, title=meeting.title, notes=meeting.notes, state=meeting.state,
        series_id=meeting.series_id, expected=counts.expected, present=counts.present,
        late=counts.late, absent=counts.absent, excused=counts.excused,
        substituted=counts.substituted, unmarked=counts.unmarked, attended=counts.attended,
        turnout=counts.turnout if meeting.state == MeetingState.HELD else None, guests=guests,
        version=meeting.version_id,
    )


def meeting_row(session: Session, meeting_id: int, rules: AttendanceRules | None = None) -> MeetingRow:
    """One meeting's row inside an open unit of work (for the other meeting services)."""
    if rules is None:
        rules = load_rules(session)
    return _rows(session, [_get(session, meeting_id)], rules)[0]


def get_meeting(uow: UnitOfWork, meeting_id: int) -> MeetingRow:
    with uow:
        return meeting_row(uow.session, meeting_id)


def list_meetings(
    uow: UnitOfWork,
    start: date | None = None,
    end: date | None = None,
    chapter_id: int | None = ALL_CHAPTERS,
) -> list[MeetingRow]:
    """Meetings from ``start`` to ``end`` (both included), latest first, with their counts.

    ``chapter_id``: :data:`ALL_CHAPTERS`, a chapter's id, or ``None`` for club-wide meetings only.
    """
    with uow:
        session = uow.session
        query = select(Meeting).order_by(Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id.desc())
        if start is not None:
            query = query.where(Meeting.date >= start)
        if end is not None:
            query = query.where(Meeting.date <= end)
        if chapter_id is None:
            query = query.where(Meeting.chapter_id.is_(None))
        elif chapter_id != ALL_CHAPTERS:
            query = query.where(Meeting.chapter_id == chapter_id)
        meetings = list(session.scalars(query))
        return _rows(session, meetings, load_rules(session))


def create_meeting(uow: UnitOfWork, draft: MeetingDraft, *, today: date | None = None) -> MeetingRow:
    """Plan one meeting.

    Raises:
        ValidationError: an insane date, an unknown chapter or kind, text too long.
        OutsideChapterError: the connection is limited to another chapter.
    """
    with uow:
        session = uow.session
        meeting = Meeting(state=MeetingState.PLANNED, **_clean_draft(session, draft, today or date.today()))
        session.add(meeting)
        session.flush()
        uow.commit()
        return meeting_row(session, meeting.id)


def create_series(
    uow: UnitOfWork, draft: MeetingDraft, dates: Sequence[date], *, today: date | None = None,
) -> list[MeetingRow]:
    """Plan the same meeting on each of ``dates`` (those the secretary left ticked).

    ``draft.date`` is ignored. The meetings share a ``series_id``; each can then be edited
    or cancelled on its own. All or nothing: one bad date and none is created.
    """
    if not dates:
        raise ValidationError("dates", MSG_SERIES_NO_DATE)
    with uow:
        session = uow.session
        today = today or date.today()
        values = _clean_draft(session, draft, today)
        series_id = (session.scalar(select(func.max(Meeting.series_id))) or 0) + 1
        meetings = []
        for day in sorted(set(dates)):
            values["date"] = validate_meeting_date(day, today, field="dates")
            meetings.append(Meeting(state=MeetingState.PLANNED, series_id=series_id, **values))
        session.add_all(meetings)
        session.flush()
        uow.commit()
        return _rows(session, meetings, load_rules(session))


def update_meeting(
    uow: UnitOfWork, meeting_id: int, draft: MeetingDraft, *, today: date | None = None,
    expected_version: int | None = None,
) -> MeetingRow:
    """Change one meeting (one occurrence of a series: the others are left as they are).

    Raises:
        ConflictError: the meeting changed since the form loaded ``expected_version``.
        OutsideChapterError: the meeting (or the chapter it moves to) is outside the connection's antenna.
    """
    with uow:
        session = uow.session
        meeting = _get(session, meeting_id)
        values = _clean_draft(session, draft, today or date.today())
        record = conflicts.record_label(conflicts.MSG_MEETING, date=meeting.date)
        yours = dict(values)
        names = {"chapter_id": _chapter_names(session)}
        conflicts.check_version(meeting, expected_version, record, yours, names)
        # Who was expected depends on these three: moving them would silently rewrite the figures.
        moved = any(values.get(key, getattr(meeting, key)) != getattr(meeting, key)
                    for key in ("date", "kind", "chapter_id"))
        if moved and session.scalar(select(Attendance.id).where(Attendance.meeting_id == meeting_id).limit(1)):
            raise ValidationError("date", MSG_FROZEN)
        for key, value in values.items():
            setattr(meeting, key, value)
        with conflicts.saving(session, Meeting, meeting_id, record, yours, names):
            uow.commit()
        return meeting_row(session, meeting.id)


def set_meeting_state(uow: UnitOfWork, meeting_id: int, state: MeetingState) -> MeetingRow:
    """Mark a meeting planned, held or cancelled. Attendance already recorded is kept, but a
    cancelled meeting counts for nobody.
    """
    with uow:
        session = uow.session
        meeting = _get(session, meeting_id)
        meeting.state = state
        uow.commit()
        return meeting_row(session, meeting.id)


def cancel_meeting(uow: UnitOfWork, meeting_id: int) -> MeetingRow:
    return set_meeting_state(uow, meeting_id, MeetingState.CANCELLED)


def delete_meeting(uow: UnitOfWork, meeting_id: int) -> None:
    """Delete a meeting created by mistake; one with attendance or guests must be cancelled."""
    with uow:
        session = uow.session
        meeting = _get(session, meeting_id)
        for model in (Attendance, GuestVisit):
            if session.scalar(select(func.count()).where(model.meeting_id == meeting_id)):
                raise CercleError(MSG_HAS_RECORDS)
        session.execute(delete(ExtraExpected).where(ExtraExpected.meeting_id == meeting_id))
        session.delete(meeting)
        uow.commit()


def add_expected_member(uow: UnitOfWork, meeting_id: int, member_number: int) -> MeetingRow:
    """Expect a member who would not be otherwise (e.g. visiting another chapter)."""
    with uow:
        session = uow.session
        meeting = _get(session, meeting_id)
        member = session.scalar(select(Member).where(Member.number == member_number))
        if member is None:
            raise NotFoundError(MSG_MEMBER_UNKNOWN, number=member_number)
        roster = roster_service.load_roster(session, member_ids=[member.id])
        name = roster[member.id].full_name
        if not is_active_on(roster[member.id].periods, meeting.date):
            raise ValidationError("member", MSG_EXTRA_INACTIVE, name=name, date=format_date(meeting.date))
        key = MeetingKey(meeting.id, meeting.date, meeting.kind, meeting.chapter_id)
        extras = roster_service.load_extras(session, {meeting.id}).get(meeting.id, set())
        if member.id in expected_at(key, roster.values(), extras):
            raise ValidationError("member", MSG_EXTRA_ALREADY, name=name)
        session.add(ExtraExpected(meeting_id=meeting.id, member_id=member.id))
        session.flush()
        uow.commit()
        return meeting_row(session, meeting.id)


def remove_expected_member(uow: UnitOfWork, meeting_id: int, member_id: int) -> MeetingRow:
    """Undo :func:`add_expected_member`; refused once the member has a status there."""
    with uow:
        session = uow.session
        has_mark = session.scalar(
            select(func.count()).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
        )
        if has_mark:
            member = session.get(Member, member_id)
            name = f"{member.first_name} {member.last_name}" if member else str(member_id)
            raise CercleError(MSG_EXTRA_HAS_MARK, name=name)
        session.execute(
            delete(ExtraExpected).where(ExtraExpected.meeting_id == meeting_id, ExtraExpected.member_id == member_id)
        )
        uow.commit()
        return meeting_row(session, meeting_id)

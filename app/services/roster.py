"""Who is expected at meetings: members' active periods and hand-added extras, loaded in bulk.

Internal to the meeting and attendance services: functions here take an open session and
are called inside the caller's unit of work. Two queries load any number of members, so
listing a year of meetings or computing figures for 20,000 members stays fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Chapter, ExtraExpected, Member, MemberStatusChange
from app.domain.attendance import MeetingKind, concerns, during_periods, is_expected
from app.domain.enums import ClubRole, MemberStatus
from app.domain.membership import Period, StatusChange, active_periods


@dataclass(frozen=True)
class RosterMember:
    id: int
    number: int
    first_name: str
    last_name: str
    company: str
    chapter_id: int
    chapter: str
    on_board: bool
    status: MemberStatus
    periods: tuple[Period, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class MeetingKey:
    """What deciding who is expected needs to know about a meeting."""

    id: int
    date: date
    kind: MeetingKind
    chapter_id: int | None


def load_roster(
    session: Session,
    *,
    chapter_id: int | None = None,
    member_ids: Collection[int] | None = None,
    joined_by: date | None = None,
) -> dict[int, RosterMember]:
    """Members with their active periods, optionally of one chapter or a set of ids.

    ``joined_by`` leaves out members who joined after that date (never expected before it).
    """
    query = select(
        Member.id, Member.number, Member.first_name, Member.last_name, Member.company,
        Member.chapter_id, Chapter.name, Member.club_role, Member.status, Member.join_date,
    ).join(Chapter, Chapter.id == Member.chapter_id)
    if chapter_id is not None:
        query = query.where(Member.chapter_id == chapter_id)
    if member_ids is not None:
        query = query.where(Member.id.in_(list(member_ids)))
    if joined_by is not None:
        query = query.where(Member.join_date <= joined_by)
    rows = session.execute(query).all()
    if not rows:
        return {}
    changes: dict[int, list[StatusChange]] = defaultdict(list)
    change_query = select(
        MemberStatusChange.member_id, MemberStatusChange.status, MemberStatusChange.effective_date
    ).order_by(MemberStatusChange.effective_date, MemberStatusChange.id)
    if member_ids is not None or len(rows) < 500:
        change_query = change_query.where(MemberStatusChange.member_id.in_([row[0] for row in rows]))
    for member_id, status, effective in session.execute(change_query):
        changes[member_id].append(StatusChange(status, effective))
    roster = {}
    for (member_id, number, first, last, company, chapter, chapter_name, role, status, joined) in rows:
        roster[member_id] = RosterMember(
            id=member_id, number=number, first_name=first, last_name=last, company=company,
            chapter_id=chapter, chapter=chapter_name, on_board=role is not ClubRole.MEMBER,
            status=status, periods=tuple(active_periods(joined, changes.get(member_id, ()))),
        )
    return roster


def load_extras(session: Session, meeting_ids: Collection[int]) -> dict[int, set[int]]:
    """Hand-added expected members: meeting id -> member ids."""
    extras: dict[int, set[int]] = defaultdict(set)
    if not meeting_ids:
        return extras
    query = select(ExtraExpected.meeting_id, ExtraExpected.member_id)
    if len(meeting_ids) < 500:
        query = query.where(ExtraExpected.meeting_id.in_(list(meeting_ids)))
    for meeting_id, member_id in session.execute(query):
        if meeting_id in meeting_ids:
            extras[meeting_id].add(member_id)
    return extras


def expected_at(meeting: MeetingKey, roster: Mapping[int, RosterMember], extras: Collection[int]) -> list[int]:
    """Ids of the members of ``roster`` expected at one meeting."""
    return [
        member.id
        for member in roster.values()
        if is_expected(
            day=meeting.date, kind=meeting.kind, meeting_chapter_id=meeting.chapter_id,
            member_chapter_id=member.chapter_id, on_board=member.on_board,
            periods=member.periods, extra=member.id in extras,
        )
    ]


def expected_by_member(
    meetings: Iterable[MeetingKey],
    roster: Mapping[int, RosterMember],
    extras: Mapping[int, Collection[int]],
) -> dict[int, list[tuple[date, int]]]:
    """For each member of ``roster``, the ``(date, meeting_id)`` they were expected at, by date.

    Meetings are grouped once per (chapter, board or not), then each member's active periods
    cut their group's list by binary search: linear in the result, not members x meetings.
    """
    ordered = sorted(meetings, key=lambda m: (m.date, m.id))
    groups: dict[tuple[int, bool], list[tuple[date, int]]] = {}
    result: dict[int, list[tuple[date, int]]] = {}
    extra_of: dict[int, list[MeetingKey]] = defaultdict(list)
    by_id = {meeting.id: meeting for meeting in ordered}
    for meeting_id, member_ids in extras.items():
        meeting = by_id.get(meeting_id)
        if meeting is not None:
            for member_id in member_ids:
                extra_of[member_id].append(meeting)
    for member in roster.values():
        key = (member.chapter_id, member.on_board)
        group = groups.get(key)
        if group is None:
            group = groups[key] = [
                (m.date, m.id) for m in ordered if concerns(m.kind, m.chapter_id, member.chapter_id, member.on_board)
            ]
        expected = during_periods(member.periods, group)
        added = extra_of.get(member.id)
        if added:
            already = {meeting_id for _, meeting_id in expected}
            extra_marks = [(m.date, m.id) for m in added if m.id not in already]
            if extra_marks:
                expected = sorted(expected + during_periods(member.periods, sorted(extra_marks)))
        result[member.id] = expected
    return result

"""What deciding who is expected reads: members' active periods and hand-added extras, in bulk.

Internal to the meeting, attendance and compliance services: functions here take an open
session and are called inside the caller's unit of work. Two queries load any number of
members, so listing a year of meetings or computing figures for 20,000 members stays fast.
The deciding itself is :func:`app.domain.attendance.expected_by_member` (and
:func:`~app.domain.attendance.expected_at` for one meeting).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Chapter, ExtraExpected, Member, MemberStatusChange
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

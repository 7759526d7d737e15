"""Attendance over a period, by chapter (report ``presence``).

The figures are :func:`app.services.attendance.figures_by_member`, the same as the attendance
pages; the limit of unexcused absences is counted over the charter's own window, for every
member listed (a suspended or former member over it is highlighted like any other, and listed
with their status at the period's end).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Chapter, Member, MemberStatusChange
from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.attendance import MeetingKind, MeetingState, MemberFigures
from app.domain.business import listing_name
from app.domain.enums import MemberStatus
from app.domain.text import fold
from app.domain.windows import window
from app.reports import ReportParams
from app.reports.presence import AttendanceReport, AttendanceRow, ChapterAttendance, Turnout, TurnoutPoint
from app.services.active_members import load_periods
from app.services.attendance import attendance_rules, figures_by_member
from app.services.compliance import compliance_rules
from app.services.meetings import ALL_CHAPTERS, MeetingRow, list_meetings


def pooled_rate(figures: list[MemberFigures]) -> float | None:
    """Attended out of expected minus excused, over several members (None: nothing expected)."""
    attended = sum(f.attended for f in figures)
    counted = sum(f.expected - f.excused for f in figures)
    return attended / counted if counted else None


def read(uow: UnitOfWork, params: ReportParams) -> AttendanceReport:
    assert params.start is not None and params.end is not None
    start, end, chapter_id = params.start, params.end, params.chapter_id
    with uow:
        session = uow.session
        shared = JoinedUnitOfWork(session)
        figures = figures_by_member(shared, start, end, chapter_id=chapter_id)
        rules = compliance_rules(shared)
        window_start, window_end = window(end, rules.window_months)
        in_window = figures_by_member(shared, window_start, window_end, chapter_id=chapter_id)
        # A chapter's members are expected at its meetings and at the whole club's.
        meetings = [m for m in list_meetings(shared, start, end, ALL_CHAPTERS)
                    if m.state == MeetingState.HELD and (chapter_id is None or m.chapter_id in (None, chapter_id))]
        chapters = session.execute(select(Chapter.id, Chapter.name).order_by(Chapter.sort_order, Chapter.name)).all()
        members = {row.id: row for row in session.execute(
            select(Member.id, Member.number, Member.first_name, Member.last_name, Member.chapter_id)
            .where(Member.id.in_(list(figures))))} if figures else {}
        periods = load_periods(session, list(figures)) if figures else {}
        statuses = _status_at(session, [mid for mid, p in periods.items() if not p.active_on(end)], end)
        lates = attendance_rules(shared).lates_per_absence
    meetings.sort(key=lambda m: (m.date, m.start_time is None, m.start_time, m.id))
    counted = {mid: f for mid, f in figures.items() if f.expected}
    by_chapter: dict[int, list[int]] = defaultdict(list)
    for member_id in counted:
        by_chapter[members[member_id].chapter_id].append(member_id)
    # The legend's rule, for every row: a suspended or former member over it is highlighted too.
    window_absences = {mid: in_window[mid].unexcused_absences if mid in in_window else 0 for mid in counted}
    over = {mid for mid in counted if window_absences[mid] > rules.absences_cap}
    sections = []
    for chapter, name in chapters:
        chapter_meetings = [m for m in meetings if m.chapter_id == chapter]
        ids = sorted(by_chapter.get(chapter, []), key=lambda mid: (
            fold(members[mid].last_name), fold(members[mid].first_name), members[mid].number))
        if not ids and not chapter_meetings:
            continue
        rows = tuple(AttendanceRow(members[mid].number, listing_name(members[mid].first_name, members[mid].last_name),
                                   counted[mid], window_absences[mid], mid in over, *statuses.get(mid, (None, None)))
                     for mid in ids)
        sections.append(ChapterAttendance(name, _turnout(chapter_meetings), rows,
                                          pooled_rate([counted[mid] for mid in ids])))
    return AttendanceReport(
        start=start, end=end, chapter=dict(chapters).get(chapter_id, "") if chapter_id is not None else None,
        meetings_held=len(meetings), rate=pooled_rate(list(counted.values())), expected_members=len(counted),
        over_limit=len(over), absences_cap=rules.absences_cap, window_months=rules.window_months,
        window_end=window_end, lates_per_absence=lates, chapters=tuple(sections),
        club_turnout=tuple((kind, _turnout([m for m in meetings if m.chapter_id is None and m.kind == kind]))
                           for kind in MeetingKind if any(m.chapter_id is None and m.kind == kind for m in meetings)))


def _turnout(meetings: list[MeetingRow]) -> Turnout:
    return tuple(TurnoutPoint(m.date, m.turnout, m.unmarked) for m in meetings)


def _status_at(session: Session, member_ids: list[int], day: date) -> dict[int, tuple[MemberStatus, date]]:
    """The status of each member on ``day`` and the day it took effect (their last change by then)."""
    found: dict[int, tuple[MemberStatus, date]] = {}
    if not member_ids:
        return found
    for member_id, status, effective in session.execute(
            select(MemberStatusChange.member_id, MemberStatusChange.status, MemberStatusChange.effective_date)
            .where(MemberStatusChange.member_id.in_(member_ids), MemberStatusChange.effective_date <= day)
            .order_by(MemberStatusChange.effective_date, MemberStatusChange.id)):
        found[member_id] = (MemberStatus(status), effective)
    return found

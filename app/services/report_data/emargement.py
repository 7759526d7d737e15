"""The sign-in sheet of one meeting (report ``emargement``)."""

from __future__ import annotations

from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.attendance import MeetingState
from app.reports import ReportParams
from app.reports.emargement import SignInGuest, SignInMember, SignInSheet
from app.services.attendance import load_sheet
from app.services.guests import list_guests


def read(uow: UnitOfWork, params: ReportParams) -> SignInSheet:
    """The meeting, its expected members sorted by name and the guests already announced."""
    assert params.meeting_id is not None
    with uow:
        joined = JoinedUnitOfWork(uow.session)
        sheet = load_sheet(joined, params.meeting_id)
        guests = list_guests(joined, params.meeting_id)
    meeting = sheet.meeting
    return SignInSheet(
        kind=meeting.kind, date=meeting.date, start_time=meeting.start_time, chapter=meeting.chapter,
        title=meeting.title, place=meeting.place,
        members=tuple(SignInMember(row.number, row.first_name, row.last_name, row.company, row.chapter, row.extra)
                      for row in sheet.rows),
        guests=tuple(SignInGuest(g.full_name, g.company, g.phone, g.invited_by) for g in guests),
        cancelled=meeting.state == MeetingState.CANCELLED)

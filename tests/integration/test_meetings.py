"""Meetings against a real SQLite file: planning, series, cancelling, who is expected, the list."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select, text

from app.db.models import Attendance, Meeting
from app.domain.attendance import AttendanceStatus, MeetingKind, MeetingState, SeriesFrequency, series_dates
from app.domain.errors import MSG_MEETING_GONE, CercleError, NotFoundError, ValidationError
from app.services import attendance, guests, meetings
from app.services.attendance import MarkChange
from app.services.guests import GuestDraft
from tests.integration.meetings_club import TODAY, Club, make_club


@pytest.fixture
def club(db_target) -> Club:
    club = make_club(db_target)
    yield club
    club.db.close()


def count_meetings(club: Club) -> int:
    with club.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting))


def test_create_meeting_is_planned_with_its_expected_members(club):
    row = meetings.create_meeting(club.uow(), meetings.MeetingDraft(
        date=date(2026, 11, 17), chapter_id=club.casa, start_time=time(7, 30), place="  Hôtel   Hyatt ",
        title="Réunion hebdomadaire"), today=TODAY)
    assert row.state is MeetingState.PLANNED
    assert row.chapter == "Casablanca"
    assert row.place == "Hôtel Hyatt"
    # Alice, Bruno, Driss (joined 1 Oct), Emma (back on 1 Nov); not Farid (resigned), not Chama (Rabat).
    assert row.expected == 4
    assert row.unmarked == 4
    assert row.turnout is None  # not held yet


def test_expected_members_depend_on_the_date(club):
    september = club.meeting(date(2026, 9, 15))
    october = club.meeting(date(2026, 10, 13))
    sheet_sept = attendance.load_sheet(club.uow(), september, today=TODAY)
    sheet_oct = attendance.load_sheet(club.uow(), october, today=TODAY)
    # 15 Sept: Farid has resigned (1 Sept), Driss not yet joined (1 Oct).
    assert [r.number for r in sheet_sept.rows] == [1001, 1002, 1005]
    # 13 Oct: Driss joined, Emma suspended.
    assert [r.number for r in sheet_oct.rows] == [1001, 1002, 1004]


def test_club_wide_and_board_meetings(club):
    club_wide = meetings.create_meeting(club.uow(), meetings.MeetingDraft(
        date=date(2026, 11, 20), kind=MeetingKind.MONTHLY, chapter_id=None), today=TODAY)
    assert club_wide.chapter is None
    assert club_wide.expected == 5  # both chapters, Farid resigned
    board = meetings.create_meeting(club.uow(), meetings.MeetingDraft(
        date=date(2026, 11, 20), kind=MeetingKind.BOARD, chapter_id=None), today=TODAY)
    assert board.expected == 1  # Alice, the president
    sheet = attendance.load_sheet(club.uow(), board.id, today=TODAY)
    assert [r.number for r in sheet.rows] == [1001]


def test_bad_meeting_input_saves_nothing(club):
    for draft, field in [
        (meetings.MeetingDraft(date=date(1026, 11, 17), chapter_id=club.casa), "date"),
        (meetings.MeetingDraft(date=date(2126, 11, 17), chapter_id=club.casa), "date"),
        (meetings.MeetingDraft(date=date(2026, 11, 17), chapter_id=9999), "chapter_id"),
        (meetings.MeetingDraft(date=date(2026, 11, 17), kind="party"), "kind"),  # type: ignore[arg-type]
        (meetings.MeetingDraft(date=date(2026, 11, 17), title="x" * 201), "title"),
    ]:
        with pytest.raises(ValidationError) as error:
            meetings.create_meeting(club.uow(), draft, today=TODAY)
        assert error.value.field == field
        assert error.value.text()  # a message for the secretary
    assert count_meetings(club) == 0


def test_series_skips_unticked_dates(club):
    dates = series_dates(date(2026, 9, 1), date(2027, 6, 30), SeriesFrequency.WEEKLY)
    holidays = {date(2026, 12, 29), date(2027, 1, 5)}
    kept = [d for d in dates if d not in holidays]
    rows = meetings.create_series(club.uow(), meetings.MeetingDraft(
        date=dates[0], chapter_id=club.casa, start_time=time(7, 30), place="Hyatt"), kept, today=TODAY)
    assert len(rows) == len(dates) - 2
    assert {r.series_id for r in rows} == {rows[0].series_id}
    listed = meetings.list_meetings(club.uow(), date(2026, 12, 1), date(2027, 1, 31))
    assert not holidays & {r.date for r in listed}
    # A second series gets its own id.
    other = meetings.create_series(club.uow(), meetings.MeetingDraft(date=date(2026, 9, 2), chapter_id=club.rabat),
                                   [date(2026, 9, 2)], today=TODAY)
    assert other[0].series_id != rows[0].series_id


def test_series_is_all_or_nothing(club):
    with pytest.raises(ValidationError):
        meetings.create_series(club.uow(), meetings.MeetingDraft(date=date(2026, 9, 1), chapter_id=club.casa),
                               [date(2026, 9, 1), date(2226, 9, 8)], today=TODAY)
    with pytest.raises(ValidationError):
        meetings.create_series(club.uow(), meetings.MeetingDraft(date=date(2026, 9, 1)), [], today=TODAY)
    assert count_meetings(club) == 0


def test_edit_one_occurrence_of_a_series(club):
    rows = meetings.create_series(club.uow(), meetings.MeetingDraft(
        date=date(2026, 12, 1), chapter_id=club.casa, place="Hyatt"),
        [date(2026, 12, 1), date(2026, 12, 8)], today=TODAY)
    edited = meetings.update_meeting(club.uow(), rows[0].id, meetings.MeetingDraft(
        date=date(2026, 12, 2), chapter_id=club.casa, place="Sofitel"), today=TODAY)
    assert (edited.date, edited.place) == (date(2026, 12, 2), "Sofitel")
    assert meetings.get_meeting(club.uow(), rows[1].id).place == "Hyatt"


def test_cancelled_meeting_counts_for_nobody(club):
    held = club.meeting(date(2026, 11, 10))
    cancelled = club.meeting(date(2026, 11, 17))
    for meeting_id in (held, cancelled):
        attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.bruno, AttendanceStatus.ABSENT)],
                                     today=TODAY, confirmed=True)
    meetings.cancel_meeting(club.uow(), cancelled)
    figures = attendance.figures_by_member(club.uow(), date(2026, 11, 1), TODAY)
    assert figures[club.bruno].expected == 1
    assert figures[club.bruno].absent == 1
    with pytest.raises(CercleError):
        attendance.record_attendance(club.uow(), cancelled, [MarkChange(club.bruno, AttendanceStatus.PRESENT)],
                                     today=TODAY)
    # Restored, it counts again with what was recorded.
    meetings.set_meeting_state(club.uow(), cancelled, MeetingState.HELD)
    assert attendance.figures_by_member(club.uow(), date(2026, 11, 1), TODAY)[club.bruno].expected == 2


def test_kinds_states_and_statuses_are_stored_as_their_words_and_read_back_typed(club):
    """The typed columns keep the stored form: rows written as plain words (as every earlier
    version wrote them) read back as the enums, and what is written now is the same words."""
    meeting_id = club.meeting(date(2026, 11, 10), kind=MeetingKind.CHAPTER)
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.bruno, AttendanceStatus.LATE)],
                                 today=TODAY, confirmed=True)
    with club.uow() as uow:
        stored = uow.session.execute(text(
            "SELECT m.kind, m.state, a.status FROM meetings m JOIN attendances a ON a.meeting_id = m.id"
            " WHERE m.id = :id"), {"id": meeting_id}).one()
        assert tuple(stored) == ("chapter", "held", "late")
        old_id = uow.session.execute(text(
            "INSERT INTO meetings (date, kind, chapter_id, state, version_id)"
            " VALUES ('2026-11-03', 'weekly', :casa, 'held', 1) RETURNING id"), {"casa": club.casa}).scalar_one()
        uow.session.execute(text(
            "INSERT INTO attendances (meeting_id, member_id, status, version_id) VALUES (:m, :b, 'absent', 1)"),
            {"m": old_id, "b": club.bruno})
        uow.commit()
    with club.uow() as uow:
        old = uow.session.get(Meeting, old_id)
        assert (old.kind, old.state) == (MeetingKind.WEEKLY, MeetingState.HELD)
        assert type(old.kind) is MeetingKind and type(old.state) is MeetingState
        record = uow.session.scalars(select(Attendance).where(Attendance.meeting_id == old_id)).one()
        assert type(record.status) is AttendanceStatus and record.status is AttendanceStatus.ABSENT
    row = meetings.get_meeting(club.uow(), old_id)
    assert (row.kind, row.state, row.absent) == (MeetingKind.WEEKLY, MeetingState.HELD, 1)
    figures = attendance.figures_by_member(club.uow(), date(2026, 11, 1), TODAY)[club.bruno]
    assert (figures.expected, figures.absent, figures.late) == (2, 1, 1)


def test_delete_only_an_empty_meeting(club):
    empty = club.meeting(date(2026, 11, 17))
    used = club.meeting(date(2026, 11, 10))
    attendance.mark_unmarked(club.uow(), used, today=TODAY, confirmed=True)
    with pytest.raises(CercleError):
        meetings.delete_meeting(club.uow(), used)
    meetings.delete_meeting(club.uow(), empty)
    with pytest.raises(NotFoundError):
        meetings.get_meeting(club.uow(), empty)


def test_a_deleted_meeting_is_one_message_in_every_service(club):
    gone = club.meeting(date(2026, 11, 17))
    meetings.delete_meeting(club.uow(), gone)
    calls = [
        lambda: meetings.get_meeting(club.uow(), gone),
        lambda: attendance.mark_unmarked(club.uow(), gone, today=TODAY, confirmed=True),
        lambda: guests.add_guest(club.uow(), gone, GuestDraft(last_name="Kettani")),
    ]
    for call in calls:
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.message == MSG_MEETING_GONE
        assert caught.value.text("fr") == "Cette réunion n’existe plus."


def test_hand_added_member_is_expected(club):
    meeting_id = club.meeting(date(2026, 11, 17))
    row = meetings.add_expected_member(club.uow(), meeting_id, 1003)  # Chama, of Rabat
    assert row.expected == 5
    sheet = attendance.load_sheet(club.uow(), meeting_id, today=TODAY)
    chama = next(r for r in sheet.rows if r.number == 1003)
    assert chama.extra and chama.chapter == "Rabat"
    with pytest.raises(ValidationError):
        meetings.add_expected_member(club.uow(), meeting_id, 1003)  # already there
    with pytest.raises(ValidationError):
        meetings.add_expected_member(club.uow(), meeting_id, 1006)  # resigned
    with pytest.raises(NotFoundError):
        meetings.add_expected_member(club.uow(), meeting_id, 4242)
    assert meetings.remove_expected_member(club.uow(), meeting_id, club.chama).expected == 4


def test_list_by_period_and_chapter_with_counts(club):
    first = club.meeting(date(2026, 11, 10))
    club.meeting(date(2026, 11, 17))
    rabat = club.meeting(date(2026, 11, 12), chapter_id=club.rabat)
    club.meeting(date(2026, 10, 6))
    attendance.record_attendance(club.uow(), first, [
        MarkChange(club.alice, AttendanceStatus.PRESENT), MarkChange(club.bruno, AttendanceStatus.LATE),
        MarkChange(club.driss, AttendanceStatus.EXCUSED, excuse_reason="Voyage"),
    ], today=TODAY, confirmed=True)
    rows = meetings.list_meetings(club.uow(), date(2026, 11, 1), date(2026, 11, 30))
    assert [r.date for r in rows] == [date(2026, 11, 17), date(2026, 11, 12), date(2026, 11, 10)]
    row = rows[-1]
    assert row.state is MeetingState.HELD
    assert (row.expected, row.present, row.late, row.excused, row.unmarked) == (4, 1, 1, 1, 1)
    assert row.turnout == 0.5
    only_rabat = meetings.list_meetings(club.uow(), None, None, chapter_id=club.rabat)
    assert [r.id for r in only_rabat] == [rabat]
    assert meetings.list_meetings(club.uow(), None, None, chapter_id=None) == []


def test_meeting_summary_over_a_period(club):
    first = club.meeting(date(2026, 11, 10))
    attendance.mark_unmarked(club.uow(), first, today=TODAY, confirmed=True)
    row = next(r for r in meetings.list_meetings(club.uow()) if r.id == first)
    assert row.present == 4


def test_a_meeting_with_attendance_keeps_its_date_kind_and_chapter(demo_db) -> None:
    from dataclasses import replace as _replace
    from datetime import timedelta as _timedelta

    from sqlalchemy import select as _select

    from app.db.models import Attendance, Meeting
    from app.domain.attendance import MeetingKind as _Kind
    from app.domain.errors import ValidationError as _ValidationError
    from app.services import meetings as _meetings

    with demo_db.unit_of_work() as uow:
        meeting = uow.session.scalar(_select(Meeting).join(Attendance, Attendance.meeting_id == Meeting.id).limit(1))
        draft = _meetings.MeetingDraft(date=meeting.date, kind=_Kind(meeting.kind), chapter_id=meeting.chapter_id,
                                       start_time=meeting.start_time, place=meeting.place or "",
                                       title=meeting.title or "", notes="")
        meeting_id, day = meeting.id, meeting.date
    today = day + _timedelta(days=3)
    with pytest.raises(_ValidationError):
        _meetings.update_meeting(demo_db.unit_of_work(), meeting_id, _replace(draft, date=day - _timedelta(days=1)),
                                 today=today)
    updated = _meetings.update_meeting(demo_db.unit_of_work(), meeting_id, _replace(draft, notes="Salle changée"),
                                       today=today)
    assert updated.date == day

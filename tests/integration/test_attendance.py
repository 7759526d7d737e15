"""Attendance against a real SQLite file: the sheet, statuses, check-in, guests, audit, figures."""

from __future__ import annotations

import getpass
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from app.db.models import Attendance, AttendanceAudit, Contact, GuestVisit
from app.domain.attendance import AttendanceRules, AttendanceStatus, MeetingKind, MeetingState
from app.domain.errors import CercleError, NotFoundError, ValidationError
from app.domain.guests import FollowUp
from app.services import attendance, guests, meetings
from app.services.attendance import ConfirmationRequired, MarkChange
from app.services.settings import save_settings
from tests.integration.meetings_club import TODAY, Club, make_club

P, L, A, E, S = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT,
                 AttendanceStatus.EXCUSED, AttendanceStatus.SUBSTITUTED)


@pytest.fixture
def club(db_target) -> Club:
    club = make_club(db_target)
    yield club
    club.db.close()


def stored(club: Club, model=Attendance) -> int:  # type: ignore[no-untyped-def]
    with club.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def sheet_statuses(club: Club, meeting_id: int) -> dict[int, AttendanceStatus | None]:
    return {r.number: r.status for r in attendance.load_sheet(club.uow(), meeting_id, today=TODAY).rows}


# ---------------------------------------------------------------- the sheet


def test_sheet_lists_expected_members_by_name_with_the_meeting(club):
    meeting_id = club.meeting(TODAY)
    sheet = attendance.load_sheet(club.uow(), meeting_id, today=TODAY)
    assert [r.last_name for r in sheet.rows] == ["Alami", "Bennani", "Daoudi", "El Fassi"]
    assert sheet.meeting.id == meeting_id
    assert not sheet.needs_confirmation
    assert sheet.rules == AttendanceRules()
    assert "1002" in sheet.rows[1].search_text and "bennani" in sheet.rows[1].search_text


def test_record_several_statuses_in_one_action_and_the_meeting_becomes_held(club):
    meeting_id = club.meeting(TODAY)
    rows = attendance.record_attendance(club.uow(), meeting_id, [
        MarkChange(club.alice, P), MarkChange(club.bruno, A),
        MarkChange(club.driss, E, excuse_reason=" Maladie "),
        MarkChange(club.emma, S, substitute_name="Karim Alaoui", substitute_company="Atlas"),
    ], today=TODAY)
    assert {r.member_id: r.status for r in rows} == {club.alice: P, club.bruno: A, club.driss: E, club.emma: S}
    assert sheet_statuses(club, meeting_id) == {1001: P, 1002: A, 1004: E, 1005: S}
    sheet = attendance.load_sheet(club.uow(), meeting_id, today=TODAY)
    assert sheet.rows[2].excuse_reason == "Maladie"
    assert (sheet.rows[3].substitute_name, sheet.rows[3].substitute_company) == ("Karim Alaoui", "Atlas")
    assert sheet.meeting.state is MeetingState.HELD
    # Changing a status replaces it (one row per member and meeting); None clears it.
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.bruno, L), MarkChange(club.alice, None)],
                                 today=TODAY)
    assert sheet_statuses(club, meeting_id) == {1001: None, 1002: L, 1004: E, 1005: S}
    assert stored(club) == 3


def test_all_unmarked_present_keeps_what_was_recorded(club):
    meeting_id = club.meeting(TODAY)
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.bruno, A)], today=TODAY)
    changed = attendance.mark_unmarked(club.uow(), meeting_id, today=TODAY)
    assert len(changed) == 3
    assert sheet_statuses(club, meeting_id) == {1001: P, 1002: A, 1004: P, 1005: P}
    assert attendance.mark_unmarked(club.uow(), meeting_id, today=TODAY) == []


def test_status_for_a_member_not_expected_saves_nothing(club):
    meeting_id = club.meeting(TODAY)
    for member_id in (club.chama, club.farid):  # Rabat; resigned
        with pytest.raises(ValidationError) as error:
            attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P),
                                                                  MarkChange(member_id, P)], today=TODAY)
        assert error.value.field == "member"
    assert stored(club) == 0
    assert meetings.get_meeting(club.uow(), meeting_id).state is MeetingState.PLANNED


def test_substitute_without_a_name_saves_nothing(club):
    meeting_id = club.meeting(TODAY)
    with pytest.raises(ValidationError) as error:
        attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P),
                                                              MarkChange(club.bruno, S, substitute_company="X")],
                                     today=TODAY)
    assert error.value.field == "substitute_name"
    assert stored(club) == 0


def test_a_future_meeting_takes_excuses_only_and_stays_planned(club):
    meeting_id = club.meeting(date(2026, 12, 1))
    for status in (P, L, A, S):
        with pytest.raises(CercleError) as error:
            attendance.record_attendance(club.uow(), meeting_id, [
                MarkChange(club.alice, E, excuse_reason="Voyage"),
                MarkChange(club.bruno, status, substitute_name="Karim Alaoui")], today=TODAY)
        assert error.value.message == attendance.MSG_FUTURE
    for status in (P, A):
        with pytest.raises(CercleError):
            attendance.mark_unmarked(club.uow(), meeting_id, status, today=TODAY)
    with pytest.raises(CercleError):
        attendance.check_in(club.uow(), meeting_id, "1001", at=datetime.combine(TODAY, time(8, 0)))
    assert stored(club) == 0

    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, E, excuse_reason="Voyage")],
                                 today=TODAY)
    sheet = attendance.load_sheet(club.uow(), meeting_id, today=TODAY)
    assert sheet_statuses(club, meeting_id)[1001] is E and sheet.rows[0].excuse_reason == "Voyage"
    assert sheet.meeting.state is MeetingState.PLANNED  # not held because an excuse came in
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, None)], today=TODAY)
    assert stored(club) == 0  # an excuse withdrawn before the day


def test_undoing_the_whole_round_puts_the_meeting_back_to_planned(club):
    """A held meeting with an empty sheet would count every expected member absent without excuse."""
    meeting_id = club.meeting(TODAY)
    everyone = attendance.mark_unmarked(club.uow(), meeting_id, A, today=TODAY)
    assert attendance.load_sheet(club.uow(), meeting_id, today=TODAY).meeting.state is MeetingState.HELD
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(row.member_id, None) for row in everyone],
                                 today=TODAY)  # what Ctrl+Z writes
    assert stored(club) == 0
    assert attendance.load_sheet(club.uow(), meeting_id, today=TODAY).meeting.state is MeetingState.PLANNED


def test_clearing_a_mark_on_the_day_does_not_hold_the_meeting(club):
    meeting_id = club.meeting(date(2026, 12, 1))
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, E, excuse_reason="Voyage")],
                                 today=TODAY)
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, None)], today=date(2026, 12, 1))
    assert attendance.load_sheet(club.uow(), meeting_id, today=date(2026, 12, 1)).meeting.state is MeetingState.PLANNED


def test_all_unmarked_absent_and_no_other_bulk_status(club):
    meeting_id = club.meeting(TODAY)
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.bruno, P)], today=TODAY)
    assert len(attendance.mark_unmarked(club.uow(), meeting_id, A, today=TODAY)) == 3
    assert sheet_statuses(club, meeting_id) == {1001: A, 1002: P, 1004: A, 1005: A}
    with pytest.raises(ValueError):
        attendance.mark_unmarked(club.uow(), meeting_id, E, today=TODAY)


# ---------------------------------------------------------------- audit of old meetings


def test_changing_an_old_meeting_needs_confirmation_and_is_audited(club):
    meeting_id = club.meeting(date(2026, 11, 10))
    assert attendance.load_sheet(club.uow(), meeting_id, today=TODAY).needs_confirmation
    with pytest.raises(ConfirmationRequired):
        attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P)], today=TODAY)
    assert stored(club) == 0
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P)], today=TODAY, confirmed=True)
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, E, excuse_reason="Malade")],
                                 today=TODAY, confirmed=True)
    trail = attendance.audit_trail(club.uow(), meeting_id)
    assert [(a.old_value, a.new_value) for a in trail] == [("present", "excused: Malade"), (None, "present")]
    assert {a.changed_by for a in trail} == {getpass.getuser()}
    assert trail[0].name == "Alice Alami" and trail[0].meeting_date == date(2026, 11, 10)
    assert isinstance(trail[0].changed_at, datetime)


def test_recent_meeting_changes_are_not_audited(club):
    meeting_id = club.meeting(date(2026, 11, 17))  # 7 days before today
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P)], today=TODAY)
    assert stored(club, AttendanceAudit) == 0


def test_same_status_again_is_not_an_audited_change(club):
    meeting_id = club.meeting(date(2026, 11, 3))
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P)], today=TODAY, confirmed=True)
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.alice, P)], today=TODAY, confirmed=True)
    assert stored(club, AttendanceAudit) == 1


# ---------------------------------------------------------------- check-in


def test_check_in_present_within_grace_and_late_after(club):
    meeting_id = club.meeting(TODAY, start_time=time(7, 30))
    first = attendance.check_in(club.uow(), meeting_id, "1001", at=datetime(2026, 11, 24, 7, 40))
    assert first.status is P and first.row.arrival_time == time(7, 40) and not first.already_marked
    second = attendance.check_in(club.uow(), meeting_id, "M-1002\n", at=datetime(2026, 11, 24, 7, 41))
    assert second.status is L
    assert sheet_statuses(club, meeting_id)[1002] is L


def test_grace_period_comes_from_the_settings(club):
    save_settings(club.uow(), AttendanceRules(checkin_grace_minutes=0).as_settings())
    meeting_id = club.meeting(TODAY, start_time=time(7, 30))
    assert attendance.check_in(club.uow(), meeting_id, "1001", at=datetime(2026, 11, 24, 7, 31)).status is L


def test_badge_read_twice_keeps_the_first_arrival(club):
    meeting_id = club.meeting(TODAY, start_time=time(7, 30))
    attendance.check_in(club.uow(), meeting_id, "1001", at=datetime(2026, 11, 24, 7, 20))
    again = attendance.check_in(club.uow(), meeting_id, "1001", at=datetime(2026, 11, 24, 8, 0))
    assert again.already_marked and again.status is P and again.row.arrival_time == time(7, 20)


def test_check_in_of_an_excused_member_who_came_after_all(club):
    meeting_id = club.meeting(TODAY, start_time=time(7, 30))
    attendance.record_attendance(club.uow(), meeting_id, [MarkChange(club.bruno, E)], today=TODAY)
    assert attendance.check_in(club.uow(), meeting_id, "1002", at=datetime(2026, 11, 24, 7, 25)).status is P


def test_check_in_of_a_member_of_another_chapter_adds_them(club):
    meeting_id = club.meeting(TODAY)
    result = attendance.check_in(club.uow(), meeting_id, "1003", at=datetime(2026, 11, 24, 7, 0))
    assert result.added_as_extra and result.row.extra and result.row.chapter == "Rabat"
    assert meetings.get_meeting(club.uow(), meeting_id).expected == 5


@pytest.mark.parametrize("chapter", ["club", "casa"])
def test_check_in_at_a_board_meeting_takes_the_board_only(club, chapter):
    """A badge read at a board meeting does not add a member who is not on the board, of its
    chapter or another: the rule of a visitor in an attendance grid (may_visit)."""
    meeting_id = club.meeting(TODAY, chapter_id=None if chapter == "club" else club.casa, kind=MeetingKind.BOARD)
    assert meetings.get_meeting(club.uow(), meeting_id).expected == 1  # Alice, the president
    for badge in ("1002", "1003"):  # Casablanca, Rabat: neither on the board
        with pytest.raises(CercleError) as raised:
            attendance.check_in(club.uow(), meeting_id, badge, at=datetime(2026, 11, 24, 7, 0))
        assert raised.value.text("en").endswith(f"(number {badge}) is not on the board: a board meeting "
                                                "takes the board only.")
        assert "bureau" in raised.value.text("fr")
    assert stored(club) == 0
    assert meetings.get_meeting(club.uow(), meeting_id).expected == 1
    assert attendance.check_in(club.uow(), meeting_id, "1001", at=datetime(2026, 11, 24, 7, 0)).status is P


@pytest.mark.parametrize(("badge", "error"), [
    ("4242", NotFoundError),  # unknown
    ("1006", CercleError),  # resigned
    ("hello", ValidationError),
])
def test_check_in_refusals_save_nothing(club, badge, error):
    meeting_id = club.meeting(TODAY)
    with pytest.raises(error) as raised:
        attendance.check_in(club.uow(), meeting_id, badge, at=datetime(2026, 11, 24, 7, 0))
    assert raised.value.text()
    assert stored(club) == 0


def test_check_in_of_a_suspended_member_is_refused(club):
    meeting_id = club.meeting(date(2026, 10, 20))
    with pytest.raises(CercleError) as raised:
        attendance.check_in(club.uow(), meeting_id, "1005", at=datetime(2026, 10, 20, 7, 0))
    assert "1005" in raised.value.text("en") and "not an active member" in raised.value.text("en")


def test_badges_entered_another_day_mark_present_without_time(club):
    meeting_id = club.meeting(date(2026, 11, 20), start_time=time(7, 30))
    result = attendance.check_in(club.uow(), meeting_id, "1001", at=datetime(2026, 11, 24, 9, 0))
    assert result.status is P and result.row.arrival_time is None


# ---------------------------------------------------------------- guests


def test_guest_is_recognised_at_a_second_visit(club):
    first = club.meeting(date(2026, 11, 17))
    second = club.meeting(TODAY)
    visit = guests.add_guest(club.uow(), first, guests.GuestDraft(
        first_name="Yasmine", last_name="Idrissi", company="Argan Bio", phone="06 61 23 45 67",
        invited_by_id=club.alice))
    assert not visit.recognised and visit.visits == 1
    assert visit.invited_by == "Alice Alami" and visit.follow_up is FollowUp.TO_CALL
    again = guests.add_guest(club.uow(), second, guests.GuestDraft(
        last_name="IDRISSI", first_name="yasmine", phone="+212661234567", email="y@argan.ma"))
    assert again.recognised and again.visits == 2 and again.contact_id == visit.contact_id
    assert again.email == "y@argan.ma"  # completed
    assert stored(club, Contact) == 1 and stored(club, GuestVisit) == 2


def test_guest_matched_on_email_or_on_name_and_company(club):
    m1, m2, m3 = club.meeting(date(2026, 11, 3)), club.meeting(date(2026, 11, 17)), club.meeting(TODAY)
    a = guests.add_guest(club.uow(), m1, guests.GuestDraft(first_name="Omar", last_name="Tazi",
                                                           company="Tazi Conseil", email="omar@tazi.ma"))
    b = guests.add_guest(club.uow(), m2, guests.GuestDraft(first_name="O.", last_name="T", email="Omar@TAZI.ma"))
    c = guests.add_guest(club.uow(), m3, guests.GuestDraft(first_name="Omar", last_name="Tazi",
                                                           company="TAZI  Conseil"))
    assert a.contact_id == b.contact_id == c.contact_id
    other = guests.add_guest(club.uow(), m3, guests.GuestDraft(first_name="Omar", last_name="Tazi",
                                                               company="Autre SARL"))
    assert other.contact_id != a.contact_id


def test_guest_input_is_checked(club):
    meeting_id = club.meeting(TODAY)
    for draft, field in [
        (guests.GuestDraft(last_name=""), "last_name"),
        (guests.GuestDraft(last_name="Tazi", phone="12"), "phone"),
        (guests.GuestDraft(last_name="Tazi", email="not-an-email"), "email"),
        (guests.GuestDraft(last_name="Tazi", invited_by_id=9999), "invited_by_id"),
    ]:
        with pytest.raises(ValidationError) as error:
            guests.add_guest(club.uow(), meeting_id, draft)
        assert error.value.field == field
    guests.add_guest(club.uow(), meeting_id, guests.GuestDraft(last_name="Tazi", first_name="Omar"))
    with pytest.raises(ValidationError):
        guests.add_guest(club.uow(), meeting_id, guests.GuestDraft(last_name="Tazi", first_name="Omar"))
    assert stored(club, Contact) == 1 and stored(club, GuestVisit) == 1


def test_follow_up_and_visitors_list(club):
    meeting_id = club.meeting(TODAY)
    visit = guests.add_guest(club.uow(), meeting_id, guests.GuestDraft(last_name="Tazi", first_name="Omar"))
    guests.set_follow_up(club.uow(), visit.contact_id, FollowUp.INTERESTED)
    assert guests.list_guests(club.uow(), meeting_id)[0].follow_up is FollowUp.INTERESTED
    visitors = guests.list_visitors(club.uow(), date(2026, 11, 1), TODAY)
    assert [(v.last_name, v.visits, v.follow_up) for v in visitors] == [("Tazi", 1, FollowUp.INTERESTED)]
    assert meetings.get_meeting(club.uow(), meeting_id).guests == 1
    guests.remove_guest(club.uow(), meeting_id, visit.contact_id)
    assert guests.list_guests(club.uow(), meeting_id) == []


# ---------------------------------------------------------------- figures


def record_weeks(club: Club, plan: dict[int, list]) -> list[int]:  # type: ignore[type-arg]
    """Hold one Casablanca meeting per Tuesday of November 2026 with the statuses given per member."""
    days = [date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17), date(2026, 11, 24)]
    ids = []
    for index, day in enumerate(days):
        meeting_id = club.meeting(day)
        changes = [MarkChange(member_id, statuses[index], substitute_name="Sub", excuse_reason="r")
                   for member_id, statuses in plan.items() if statuses[index] is not None]
        attendance.record_attendance(club.uow(), meeting_id, changes, today=TODAY, confirmed=True)
        ids.append(meeting_id)
    return ids


def test_figures_per_member(club):
    record_weeks(club, {
        club.alice: [P, P, P, P],
        club.bruno: [A, L, L, E],
        club.driss: [L, L, L, S],
        club.emma: [P, A, A, P],
    })
    figures = attendance.figures_by_member(club.uow(), date(2026, 11, 1), TODAY)
    assert figures[club.alice].rate == 1.0 and figures[club.alice].last_presence == TODAY
    bruno = figures[club.bruno]
    assert (bruno.expected, bruno.absent, bruno.late, bruno.excused) == (4, 1, 2, 1)
    assert bruno.rate == pytest.approx(2 / 3)
    assert bruno.unexcused_absences == 2  # 1 absence + 2 lates
    assert figures[club.driss].unexcused_absences == 1  # 3 lates -> 1 (rounded down)
    assert figures[club.emma].longest_absence_run == 2
    assert figures[club.chama].expected == 0 and figures[club.chama].rate is None
    # The settings change the figures.
    save_settings(club.uow(), AttendanceRules(lates_per_absence=0, substitution_counts_present=False).as_settings())
    again = attendance.figures_by_member(club.uow(), date(2026, 11, 1), TODAY)
    assert again[club.bruno].unexcused_absences == 1
    assert again[club.driss].unexcused_absences == 1  # the substitution, not the lates
    assert again[club.driss].rate == 0.75


def test_suspended_member_is_not_counted_during_the_suspension(club):
    october = [date(2026, 10, 6), date(2026, 10, 13), date(2026, 11, 3)]
    for day in october:
        attendance.mark_unmarked(club.uow(), club.meeting(day), today=TODAY, confirmed=True)
    emma = attendance.figures_by_member(club.uow(), date(2026, 10, 1), TODAY, member_ids=[club.emma])
    assert emma[club.emma].expected == 1  # only 3 November
    driss = attendance.member_attendance(club.uow(), club.driss, date(2026, 9, 1), TODAY)
    assert [h.date for h in driss.history] == [date(2026, 11, 3), date(2026, 10, 13), date(2026, 10, 6)]


def test_rates_and_unexcused_absences_for_the_members_page(club):
    record_weeks(club, {club.alice: [P, P, P, A], club.bruno: [A, A, A, P]})
    rates = attendance.attendance_rates(club.uow(), TODAY)
    assert rates[club.alice] == 0.75 and rates[club.bruno] == 0.25
    assert rates[club.chama] is None
    absences = attendance.unexcused_absences(club.uow(), TODAY)
    assert absences[club.bruno] == 3
    # Driss and Emma are unmarked everywhere: they count as absent.
    assert absences[club.driss] == 4


def test_member_history_and_figures(club):
    record_weeks(club, {club.bruno: [P, E, S, L]})
    record = attendance.member_attendance(club.uow(), club.bruno, date(2026, 11, 1), TODAY)
    assert [h.status for h in record.history] == [L, S, E, P]
    assert record.history[1].detail == "Sub" and record.history[2].detail == "r"
    assert record.figures.expected == 4 and record.figures.rate == 1.0
    with pytest.raises(NotFoundError):
        attendance.member_attendance(club.uow(), 9999, date(2026, 11, 1), TODAY)


def test_chapter_and_club_trends(club):
    record_weeks(club, {club.alice: [P, P, P, P], club.bruno: [P, P, A, A],
                        club.driss: [P, P, P, P], club.emma: [P, P, P, P]})
    rabat = club.meeting(date(2026, 11, 12), chapter_id=club.rabat)
    attendance.record_attendance(club.uow(), rabat, [MarkChange(club.chama, A)], today=TODAY, confirmed=True)
    trends = attendance.chapter_trends(club.uow(), date(2026, 11, 1), TODAY)
    assert [t.chapter for t in trends] == ["Casablanca", "Rabat", None]
    casa, rabat_trend, everyone = trends
    assert casa.rate == 14 / 16 and casa.months[0].meetings == 4
    assert rabat_trend.rate == 0.0
    assert everyone.rate == 14 / 17

"""Attendance rules and figures (app.domain.attendance), without a database."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest

from app.domain.attendance import (
    MAX_SERIES_MEETINGS,
    SETTINGS_DEFAULTS,
    AttendanceRules,
    AttendanceStatus,
    CleanMark,
    MeetingKey,
    MeetingKind,
    MeetingState,
    SeriesFrequency,
    absence_statuses,
    checkin_status,
    clean_mark,
    concerns,
    count_unexcused,
    describe_mark,
    during_periods,
    expected_at,
    expected_by_member,
    is_expected,
    label,
    lates_as_absences,
    may_visit,
    meeting_counts,
    member_figures,
    monthly_rates,
    needs_audit,
    number_and_status,
    parse_audit_value,
    parse_member_number,
    rate_trend,
    series_dates,
    validate_meeting_date,
)
from app.domain.enums import MemberStatus
from app.domain.errors import ValidationError
from app.domain.membership import Period, StatusChange, active_periods
from app.domain.windows import window

P, L, A, E, S = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT,
                 AttendanceStatus.EXCUSED, AttendanceStatus.SUBSTITUTED)
TUESDAYS = [date(2026, 1, 6) + timedelta(weeks=i) for i in range(26)]


def marks(*statuses):
    """Weekly marks from the first Tuesday of 2026, in order."""
    return [(TUESDAYS[i], status) for i, status in enumerate(statuses)]


# ---------------------------------------------------------------- who is expected


def test_mid_period_join_is_expected_only_from_the_join_date():
    periods = active_periods(date(2026, 2, 10), [])
    meetings = [(day, i) for i, day in enumerate(TUESDAYS[:10])]
    expected = during_periods(periods, meetings)
    assert [day for day, _ in expected] == [d for d in TUESDAYS[:10] if d >= date(2026, 2, 10)]
    assert is_expected(day=date(2026, 2, 10), kind="weekly", meeting_chapter_id=1, member_chapter_id=1,
                       on_board=False, periods=periods)
    assert not is_expected(day=date(2026, 2, 3), kind="weekly", meeting_chapter_id=1, member_chapter_id=1,
                           on_board=False, periods=periods)


def test_suspension_removes_the_meetings_in_between_and_resumes_after():
    periods = active_periods(date(2025, 1, 1), [
        StatusChange(MemberStatus.SUSPENDED, date(2026, 2, 1)),
        StatusChange(MemberStatus.ACTIVE, date(2026, 3, 1)),
    ])
    meetings = [(day, i) for i, day in enumerate(TUESDAYS[:12])]
    expected = [day for day, _ in during_periods(periods, meetings)]
    assert date(2026, 1, 27) in expected
    assert not any(date(2026, 2, 1) <= day < date(2026, 3, 1) for day in expected)
    assert date(2026, 3, 3) in expected
    # The bulk function and the single test agree on every meeting.
    for day, _ in meetings:
        single = is_expected(day=day, kind="weekly", meeting_chapter_id=None, member_chapter_id=1,
                             on_board=False, periods=periods)
        assert single == (day in expected)


def test_resigned_member_is_not_expected_after_leaving():
    periods = active_periods(date(2024, 1, 1), [StatusChange(MemberStatus.RESIGNED, date(2026, 1, 20))])
    assert during_periods(periods, [(d, i) for i, d in enumerate(TUESDAYS[:5])]) == [
        (TUESDAYS[0], 0), (TUESDAYS[1], 1)
    ]


def test_chapter_club_and_board_meetings_concern_the_right_members():
    assert concerns("weekly", 1, 1, False)
    assert not concerns("weekly", 2, 1, False)
    assert concerns("monthly", None, 1, False)  # club-wide
    assert not concerns(MeetingKind.BOARD, None, 1, False)
    assert concerns(MeetingKind.BOARD, None, 1, True)
    periods = active_periods(date(2020, 1, 1), [])
    assert is_expected(day=TUESDAYS[0], kind="weekly", meeting_chapter_id=2, member_chapter_id=1,
                       on_board=False, periods=periods, extra=True)


def test_extra_member_must_still_be_active():
    periods = active_periods(date(2026, 3, 1), [])
    assert not is_expected(day=TUESDAYS[0], kind="weekly", meeting_chapter_id=2, member_chapter_id=1,
                           on_board=False, periods=periods, extra=True)


@dataclass(frozen=True)
class _Member:
    id: int
    chapter_id: int
    on_board: bool
    periods: tuple


def test_the_bulk_and_the_one_meeting_forms_expect_the_same_members():
    rng = random.Random(18)
    kinds = [MeetingKind.WEEKLY, MeetingKind.MONTHLY, MeetingKind.BOARD]
    meetings = [MeetingKey(i, TUESDAYS[i % 26] + timedelta(days=i // 26), rng.choice(kinds),
                           rng.choice([None, 1, 2, 3])) for i in range(60)]
    members = []
    for member_id in range(40):
        changes = []
        if member_id % 3 == 0:
            changes = [StatusChange(MemberStatus.SUSPENDED, TUESDAYS[rng.randrange(5, 10)]),
                       StatusChange(MemberStatus.ACTIVE, TUESDAYS[rng.randrange(12, 20)])]
        joined = TUESDAYS[rng.randrange(0, 8)] if member_id % 4 == 0 else date(2020, 1, 1)
        members.append(_Member(member_id, rng.choice([1, 2, 3]), member_id % 5 == 0,
                               tuple(active_periods(joined, changes))))
    extras = {m.id: {rng.randrange(40) for _ in range(3)} for m in meetings[::4]}
    bulk = expected_by_member(meetings, members, extras)
    for meeting in meetings:
        one = set(expected_at(meeting, members, extras.get(meeting.id, set())))
        assert one == {member_id for member_id, seen in bulk.items() if (meeting.date, meeting.id) in seen}
    assert all(seen == sorted(seen) for seen in bulk.values())
    assert any(seen for seen in bulk.values())


@pytest.mark.parametrize(("statuses", "club_rules", "expected"), [
    ([], AttendanceRules(), 0),
    ([P, P, E, E], AttendanceRules(), 0),
    ([A, None, P], AttendanceRules(), 2),  # an unmarked meeting counts as an absence
    ([L, L, L], AttendanceRules(lates_per_absence=2), 1),  # only a complete pair counts
    ([L, L, L, L, A], AttendanceRules(lates_per_absence=2), 3),
    ([L, L, L], AttendanceRules(lates_per_absence=0), 0),  # lates never count
    ([S, S, A], AttendanceRules(substitution_counts_present=True), 1),
    ([S, S, A], AttendanceRules(substitution_counts_present=False), 3),
])
def test_unexcused_absences_follow_the_rule(statuses, club_rules, expected):
    """Counted by hand from the module's rule; the member's figures give the same count."""
    assert count_unexcused(statuses, club_rules) == expected
    assert member_figures(marks(*statuses), club_rules).unexcused_absences == expected


@pytest.mark.parametrize("rules", [AttendanceRules(), AttendanceRules(lates_per_absence=0),
                                   AttendanceRules(lates_per_absence=3, substitution_counts_present=False)],
                         ids=["default", "lates-never", "3-lates-no-substitution"])
def test_the_statuses_held_against_a_member(rules):
    listed = absence_statuses(rules)
    assert {A, None} <= listed and P not in listed and E not in listed
    assert (L in listed) == (rules.lates_per_absence > 0)
    assert (S in listed) == (not rules.substitution_counts_present)


# ---------------------------------------------------------------- member figures


def test_all_present():
    figures = member_figures(marks(P, P, P, P))
    assert (figures.expected, figures.present, figures.attended) == (4, 4, 4)
    assert figures.rate == 1.0
    assert figures.unexcused_absences == 0
    assert figures.longest_absence_run == 0
    assert figures.last_presence == TUESDAYS[3]


def test_nothing_expected_gives_no_rate_rather_than_zero():
    figures = member_figures([])
    assert figures.expected == 0
    assert figures.rate is None
    assert figures.last_presence is None


def test_excused_is_neither_attended_nor_held_against_the_member():
    figures = member_figures(marks(P, E, E, P))
    assert figures.excused == 2
    assert figures.rate == 1.0  # 2 attended out of 4 - 2 excused
    assert figures.unexcused_absences == 0


def test_excused_versus_unexcused_absence():
    excused = member_figures(marks(P, E, P, P))
    absent = member_figures(marks(P, A, P, P))
    assert excused.unexcused_absences == 0 and excused.rate == 1.0
    assert absent.unexcused_absences == 1 and absent.rate == 0.75


def test_only_excused_gives_no_rate():
    assert member_figures(marks(E, E)).rate is None


def test_late_counts_as_attended_in_the_rate():
    figures = member_figures(marks(L, L, P, P))
    assert figures.attended == 4
    assert figures.rate == 1.0
    assert figures.late == 2


@pytest.mark.parametrize(
    ("lates", "per_absence", "absences"),
    [(0, 2, 0), (1, 2, 0), (2, 2, 1), (3, 2, 1), (4, 2, 2), (5, 2, 2), (5, 3, 1), (6, 3, 2),
     (1, 1, 1), (7, 0, 0)],
)
def test_lates_to_absence_rounds_down(lates, per_absence, absences):
    assert lates_as_absences(lates, per_absence) == absences
    rules = AttendanceRules(lates_per_absence=per_absence)
    figures = member_figures(marks(*([L] * lates), P), rules)
    assert figures.unexcused_absences == absences


def test_zero_lates_per_absence_means_lates_never_count():
    figures = member_figures(marks(*[L] * 20), AttendanceRules(lates_per_absence=0))
    assert figures.unexcused_absences == 0
    assert figures.rate == 1.0


def test_lates_add_to_real_absences():
    figures = member_figures(marks(A, L, L, L, P), AttendanceRules(lates_per_absence=2))
    assert figures.unexcused_absences == 2  # 1 absence + 3 lates -> 1


def test_substitution_counts_as_presence_by_default():
    figures = member_figures(marks(S, S, P, A))
    assert figures.substituted == 2
    assert figures.attended == 3
    assert figures.rate == 0.75
    assert figures.unexcused_absences == 1
    assert figures.last_presence == TUESDAYS[2]  # a substitute is not the member in person


def test_substitution_can_count_as_absence():
    rules = AttendanceRules(substitution_counts_present=False)
    figures = member_figures(marks(S, S, P, A), rules)
    assert figures.attended == 1
    assert figures.rate == 0.25
    assert figures.unexcused_absences == 3
    assert figures.longest_absence_run == 2


def test_unmarked_counts_as_absent():
    figures = member_figures(marks(P, None, None, P))
    assert figures.unmarked == 2
    assert figures.rate == 0.5
    assert figures.unexcused_absences == 2
    assert figures.longest_absence_run == 2


def test_longest_run_of_consecutive_absences():
    figures = member_figures(marks(A, A, P, A, A, A, L, A))
    assert figures.longest_absence_run == 3


def test_late_breaks_a_run_and_excused_neither_breaks_nor_extends_it():
    assert member_figures(marks(A, L, A)).longest_absence_run == 1
    assert member_figures(marks(A, E, A)).longest_absence_run == 2
    assert member_figures(marks(E, E, E)).longest_absence_run == 0


def test_marks_in_any_order_give_the_same_figures():
    ordered = marks(A, A, P, A, L, P, A)
    figures = member_figures(ordered)
    assert member_figures(list(reversed(ordered))) == figures
    assert figures.last_presence == TUESDAYS[5]


def test_stored_status_strings_are_accepted():
    assert member_figures([(TUESDAYS[0], "present"), (TUESDAYS[1], "absent")]).rate == 0.5


def test_cancelled_meetings_are_left_out_by_the_caller_and_change_nothing():
    # A cancelled meeting is never passed in: the figures are those of the held meetings only.
    held = marks(P, A, P)
    assert member_figures(held).expected == 3
    assert member_figures(held).rate == pytest.approx(2 / 3)


# ---------------------------------------------------------------- meetings and months


def test_meeting_counts_and_turnout():
    counts = meeting_counts([P, P, L, A, E, S, None, None])
    assert (counts.expected, counts.present, counts.late, counts.absent) == (8, 2, 1, 1)
    assert (counts.excused, counts.substituted, counts.unmarked) == (1, 1, 2)
    assert counts.attended == 4
    assert counts.turnout == 0.5
    assert meeting_counts([S], AttendanceRules(substitution_counts_present=False)).turnout == 0.0
    assert meeting_counts([]).turnout is None


def test_monthly_rates_pool_members_and_skip_empty_months():
    rows = [
        (1, date(2026, 1, 6), P), (1, date(2026, 1, 6), A),
        (2, date(2026, 1, 13), P), (2, date(2026, 1, 13), E),
        (3, date(2026, 3, 3), L), (3, date(2026, 3, 3), P),
    ]
    months = monthly_rates(rows)
    assert [m.month for m in months] == [date(2026, 1, 1), date(2026, 3, 1)]
    january = months[0]
    assert (january.meetings, january.expected, january.excused, january.attended) == (2, 4, 1, 2)
    assert january.rate == pytest.approx(2 / 3)
    assert months[1].rate == 1.0


def test_rate_trend():
    rows = [(i, date(2026, month, 1), P if n < 10 - month else A)
            for i, month in enumerate(range(1, 7)) for n in range(10)]
    months = monthly_rates(rows)
    assert rate_trend(months) == pytest.approx(-0.1)
    assert rate_trend(months[:1]) is None


def test_the_rolling_window_counts_calendar_months():
    assert window(date(2026, 11, 22), 6) == (date(2026, 5, 23), date(2026, 11, 22))
    assert window(date(2026, 8, 31), 6) == (date(2026, 3, 1), date(2026, 8, 31))
    assert window(date(2026, 3, 15), 12) == (date(2025, 3, 16), date(2026, 3, 15))


# ---------------------------------------------------------------- series, dates, check-in


def test_weekly_series_every_tuesday_from_september_to_june():
    dates = series_dates(date(2026, 9, 1), date(2027, 6, 30), SeriesFrequency.WEEKLY)
    assert dates[0] == date(2026, 9, 1) and dates[-1] == date(2027, 6, 29)
    assert all(day.weekday() == 1 for day in dates)
    assert len(dates) == 44


def test_fortnightly_and_monthly_series():
    assert series_dates(date(2026, 1, 6), date(2026, 2, 28), SeriesFrequency.FORTNIGHTLY) == [
        date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3), date(2026, 2, 17)]
    # 2nd Tuesday of each month.
    assert series_dates(date(2026, 1, 13), date(2026, 4, 30), SeriesFrequency.MONTHLY) == [
        date(2026, 1, 13), date(2026, 2, 10), date(2026, 3, 10), date(2026, 4, 14)]
    # A 5th Thursday becomes the last Thursday of each month.
    assert series_dates(date(2026, 1, 29), date(2026, 3, 31), SeriesFrequency.MONTHLY) == [
        date(2026, 1, 29), date(2026, 2, 26), date(2026, 3, 26)]


def test_series_limits():
    with pytest.raises(ValidationError) as error:
        series_dates(date(2026, 2, 1), date(2026, 1, 1), SeriesFrequency.WEEKLY)
    assert error.value.field == "last"
    with pytest.raises(ValidationError):
        series_dates(date(2026, 1, 1), date(2036, 1, 1), SeriesFrequency.WEEKLY)
    assert len(series_dates(date(2026, 1, 1), date(2026, 1, 1) + timedelta(weeks=MAX_SERIES_MEETINGS - 1),
                            SeriesFrequency.WEEKLY)) == MAX_SERIES_MEETINGS


def test_meeting_date_must_be_sane():
    today = date(2026, 11, 22)
    assert validate_meeting_date(date(2027, 6, 1), today) == date(2027, 6, 1)
    for insane in (date(1026, 11, 22), date(2206, 11, 22), date(2031, 1, 1)):
        with pytest.raises(ValidationError) as error:
            validate_meeting_date(insane, today)
        assert error.value.field == "date"


def test_audit_after_seven_days():
    today = date(2026, 11, 22)
    assert not needs_audit(today, today)
    assert not needs_audit(today - timedelta(days=7), today)
    assert needs_audit(today - timedelta(days=8), today)


@pytest.mark.parametrize(
    ("arrival", "status"),
    [(time(7, 0), P), (time(7, 30), P), (time(7, 40), P), (time(7, 40, 30), L), (time(7, 41), L),
     (time(9, 0), L)],
)
def test_checkin_present_until_start_plus_grace(arrival, status):
    assert checkin_status(arrival, time(7, 30), 10) == status


def test_checkin_without_start_time_is_present():
    assert checkin_status(time(23, 0), None, 10) is P
    assert checkin_status(time(7, 31), time(7, 30), 0) is L


@pytest.mark.parametrize(("badge", "number"), [
    ("1042", 1042), (" 1042\t", 1042), ("001042", 1042), ("M-1042", 1042), ("CERCLE:1042", 1042),
])
def test_member_numbers_typed_or_scanned(badge, number):
    assert parse_member_number(badge) == number


@pytest.mark.parametrize("badge", ["", "   ", "abc", "10 42", "1042x", "-5"])
def test_bad_member_numbers(badge):
    with pytest.raises(ValidationError):
        parse_member_number(badge)


@pytest.mark.parametrize(("entry", "expected"), [
    ("1075a", (1075, AttendanceStatus.ABSENT)), ("1075E", (1075, AttendanceStatus.EXCUSED)),
    (" 01075 s", (1075, AttendanceStatus.SUBSTITUTED)), ("1075r", (1075, L)), ("7p", (7, P)),
    ("1075", None), ("1075x", None), ("M-1075", None), ("a1075", None), ("1075ab", None), ("", None),
])
def test_a_number_followed_by_a_status_letter(entry, expected):
    assert number_and_status(entry) == expected


# ---------------------------------------------------------------- marks, settings, labels


def test_substitute_needs_a_name():
    for name in (None, "", "   ", "---"):
        with pytest.raises(ValidationError) as error:
            clean_mark(S, substitute_name=name)
        assert error.value.field == "substitute_name"
    mark = clean_mark(S, substitute_name="  Karim   Alaoui ", substitute_company="Atlas SARL",
                      excuse_reason="ignored")
    assert mark == CleanMark(S, substitute_name="Karim Alaoui", substitute_company="Atlas SARL")


def test_details_of_other_statuses_are_dropped():
    assert clean_mark(A, excuse_reason="x", arrival_time=time(8)) == CleanMark(A)
    assert clean_mark(E, excuse_reason=" Voyage ") == CleanMark(E, excuse_reason="Voyage")
    assert clean_mark(P, arrival_time=time(7, 35)).arrival_time == time(7, 35)
    assert clean_mark(None) == CleanMark(None)


def test_audit_values_round_trip():
    mark = CleanMark(S, substitute_name="Karim Alaoui", substitute_company="Atlas")
    text = describe_mark(mark)
    assert text == "substituted: Karim Alaoui (Atlas)"
    assert parse_audit_value(text) == (S, "Karim Alaoui (Atlas)")
    assert describe_mark(CleanMark(None)) == ""
    assert parse_audit_value(None) == (None, "")
    assert describe_mark(CleanMark(E, excuse_reason="x" * 300)).__len__() == 200


def test_rules_from_settings_fall_back_on_damaged_values():
    assert AttendanceRules.from_settings(SETTINGS_DEFAULTS) == AttendanceRules(2, True, 10)
    damaged = {"attendance.lates_per_absence": "two", "attendance.substitution_counts_present": 1,
               "attendance.checkin_grace_minutes": -5}
    assert AttendanceRules.from_settings(damaged) == AttendanceRules()
    assert AttendanceRules.from_settings({"attendance.lates_per_absence": 0}).lates_per_absence == 0
    with pytest.raises(ValidationError):
        AttendanceRules(lates_per_absence=-1).validated()
    rules = AttendanceRules(3, False, 5)
    assert AttendanceRules.from_settings(rules.as_settings()) == rules


def test_every_value_has_a_label():
    for enum in (AttendanceStatus, MeetingKind, MeetingState, SeriesFrequency):
        for value in enum:
            assert label(value)
    assert label(None) == "Not marked"
    # Same stored value, different enums, different labels.
    assert label(MeetingKind.WEEKLY) == "Weekly meeting"
    assert label(SeriesFrequency.WEEKLY) == "Every week"


def test_a_change_dated_before_the_join_date_takes_effect_on_it() -> None:
    periods = active_periods(date(2024, 6, 1), [StatusChange(MemberStatus.RESIGNED, date(2024, 3, 10))])
    assert periods == []


def test_same_day_changes_apply_in_recorded_order() -> None:
    day = date(2025, 5, 5)
    periods = active_periods(date(2025, 1, 1), [StatusChange(MemberStatus.SUSPENDED, day),
                                                StatusChange(MemberStatus.ACTIVE, day)])
    assert periods[-1].end is None and periods[-1].start == day


def test_a_visitor_is_an_active_member_of_another_chapter_and_a_board_meeting_takes_none() -> None:
    class Member:
        id, chapter_id, periods = 7, 2, (Period(date(2020, 1, 1), None),)
        on_board = False

    board = MeetingKey(1, date(2026, 11, 3), MeetingKind.BOARD, 1)
    assert not may_visit(board, Member())
    assert may_visit(MeetingKey(1, date(2026, 11, 3), MeetingKind.WEEKLY, 1), Member())
    assert not may_visit(MeetingKey(1, date(2026, 11, 3), MeetingKind.WEEKLY, 2), Member())  # their own chapter's
    assert not may_visit(MeetingKey(1, date(2026, 11, 3), MeetingKind.WEEKLY, None), Member())  # club-wide: expected
    assert not may_visit(MeetingKey(1, date(2019, 6, 1), MeetingKind.WEEKLY, 1), Member())  # not yet a member

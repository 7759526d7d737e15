"""When a member counts as active: on a day, during a period, throughout a period."""

from datetime import date

from app.domain.membership import Period, is_active_during, is_active_on, is_active_throughout

# Active from 1 March, suspended from 1 June (the day itself no longer counts), back on 1 September.
PERIODS = [Period(date(2026, 3, 1), date(2026, 6, 1)), Period(date(2026, 9, 1), None)]


def test_active_on_counts_the_start_and_not_the_end_of_a_period():
    assert is_active_on(PERIODS, date(2026, 3, 1))
    assert is_active_on(PERIODS, date(2026, 5, 31))
    assert not is_active_on(PERIODS, date(2026, 6, 1))
    assert not is_active_on(PERIODS, date(2026, 2, 28))
    assert is_active_on(PERIODS, date(2030, 1, 1))
    assert not is_active_on([], date(2026, 3, 1))


def test_active_during_asks_for_one_day_of_the_period():
    assert is_active_during(PERIODS, date(2026, 1, 1), date(2026, 3, 1))
    assert is_active_during(PERIODS, date(2026, 5, 31), date(2026, 8, 31))
    assert not is_active_during(PERIODS, date(2026, 6, 1), date(2026, 8, 31))
    assert is_active_during(PERIODS, date(2026, 6, 1), date(2026, 9, 1))
    assert not is_active_during(PERIODS, date(2025, 1, 1), date(2026, 2, 28))
    assert not is_active_during([], date(2026, 1, 1), date(2026, 12, 31))


def test_active_during_agrees_with_active_on_for_a_single_day():
    for day in (date(2026, 2, 28), date(2026, 3, 1), date(2026, 5, 31), date(2026, 6, 1), date(2026, 9, 1)):
        assert is_active_during(PERIODS, day, day) == is_active_on(PERIODS, day)
        assert is_active_throughout(PERIODS, day, day) == is_active_on(PERIODS, day)


def test_active_throughout_asks_for_every_day_in_one_period():
    assert is_active_throughout(PERIODS, date(2026, 3, 1), date(2026, 5, 31))
    assert not is_active_throughout(PERIODS, date(2026, 3, 1), date(2026, 6, 1))
    assert not is_active_throughout(PERIODS, date(2026, 2, 28), date(2026, 5, 31))
    # Active at both ends but not in between: not throughout, though during.
    assert not is_active_throughout(PERIODS, date(2026, 5, 1), date(2026, 10, 1))
    assert is_active_during(PERIODS, date(2026, 5, 1), date(2026, 10, 1))
    assert is_active_throughout(PERIODS, date(2026, 9, 1), date(2031, 1, 1))

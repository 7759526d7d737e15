"""The charter's scoring: every boundary of the table, proration, suspension, overrides, "new"."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.compliance import (
    ABSENCES,
    ATTENTION_ABSENCES,
    ATTENTION_TWICE,
    ATTENTION_WARNING,
    CLOSED_AMOUNT,
    CRITERIA,
    DEFAULT_RULES,
    EXTERNAL_REFERRALS,
    GUESTS,
    ONE_TO_ONES,
    OVERRIDE_ABSENCES,
    OVERRIDE_WARNING,
    PRESENTATIONS,
    REFERRALS,
    SETTINGS_DEFAULTS,
    Activity,
    ComplianceRules,
    Light,
    active_months,
    attention,
    caps_at_orange,
    criterion_points,
    is_new,
    is_open_on,
    light_of_total,
    month_ends,
    score,
    steps_key,
    trend,
)
from app.domain.errors import ValidationError
from app.domain.membership import Period
from app.domain.windows import window

AT = date(2026, 11, 22)


@pytest.mark.parametrize(("absences", "points"), [(0, 20), (1, 15), (2, 10), (3, 5), (4, 0), (12, 0)])
def test_unexcused_absences_ladder(absences: int, points: int) -> None:
    assert criterion_points(DEFAULT_RULES, ABSENCES, absences) == points


@pytest.mark.parametrize(("per_month", "points"), [
    (5, 20), (4, 20), (3.99, 15), (3, 15), (2.99, 10), (2, 10), (1.99, 5), (1, 5), (0.99, 0), (0, 0),
])
def test_referrals_per_month_ladder(per_month: float, points: int) -> None:
    assert criterion_points(DEFAULT_RULES, REFERRALS, per_month) == points


@pytest.mark.parametrize(("amount", "points"), [
    (250_000, 15), (100_000, 15), (99_999.99, 10), (50_000, 10), (49_999.99, 5), (10_000, 5),
    (9_999.99, 0), (0, 0),
])
def test_closed_amount_ladder(amount: float, points: int) -> None:
    assert criterion_points(DEFAULT_RULES, CLOSED_AMOUNT, amount) == points


@pytest.mark.parametrize(("per_month", "points"), [
    (3, 15), (2, 15), (1.99, 10), (1, 10), (0.99, 5), (0.5, 5), (0.49, 0), (0, 0),
])
def test_one_to_ones_ladder(per_month: float, points: int) -> None:
    assert criterion_points(DEFAULT_RULES, ONE_TO_ONES, per_month) == points


@pytest.mark.parametrize(("count", "points"), [(3, 10), (2, 10), (1, 5), (0, 0)])
def test_external_referrals_and_guests_ladders(count: int, points: int) -> None:
    assert criterion_points(DEFAULT_RULES, EXTERNAL_REFERRALS, count) == points
    assert criterion_points(DEFAULT_RULES, GUESTS, count) == points


@pytest.mark.parametrize(("count", "points"), [(2, 10), (1, 10), (0, 0)])
def test_presentations_ladder(count: int, points: int) -> None:
    assert criterion_points(DEFAULT_RULES, PRESENTATIONS, count) == points


def test_a_rate_of_exactly_one_half_per_month_reaches_its_step() -> None:
    # 3 one-to-ones over 6 months is 0.5 a month; 7 referrals over 3.5 months, 2 a month.
    values = score(Activity(one_to_ones=3, referrals=7), months=3.5, new=False).criteria
    assert values[CRITERIA.index(ONE_TO_ONES)].value == pytest.approx(3 / 3.5)
    assert score(Activity(one_to_ones=3), months=6.0, new=False).criteria[3].points == 5
    assert score(Activity(referrals=7), months=3.5, new=False).criteria[1].points == 10


@pytest.mark.parametrize(("total", "light"), [
    (100, Light.GREEN), (70, Light.GREEN), (69, Light.ORANGE), (50, Light.ORANGE), (49, Light.RED),
    (30, Light.RED), (29, Light.GREY), (0, Light.GREY),
])
def test_light_thresholds(total: int, light: Light) -> None:
    assert light_of_total(DEFAULT_RULES, total) is light


def test_the_best_member_scores_100_and_the_idle_one_20_for_no_absence() -> None:
    best = Activity(unexcused_absences=0, referrals=24, closed_amount=100_000, one_to_ones=12,
                    external_referrals=2, presentations=1, guests=2)
    result = score(best, months=6.0, new=False)
    assert (result.total, result.light, result.overrides) == (100, Light.GREEN, ())
    assert [r.max_points for r in result.criteria] == [20, 20, 15, 15, 10, 10, 10]
    idle = score(Activity(), months=6.0, new=False)
    assert (idle.total, idle.light) == (20, Light.GREY)


def test_rates_are_prorated_over_the_months_of_membership() -> None:
    # 8 referrals: 1.33 a month over 6 months (5 points), 4 a month over 2 months (20 points).
    assert score(Activity(referrals=8), months=6.0, new=False).criteria[1].points == 5
    assert score(Activity(referrals=8), months=2.0, new=False).criteria[1].points == 20
    # Window totals are not extrapolated: 1 guest is 1 guest whatever the months.
    assert score(Activity(guests=1), months=2.0, new=False).criteria[6].points == 5


def test_window_is_six_calendar_months_ending_on_the_date() -> None:
    assert window(AT, 6) == (date(2026, 5, 23), AT)
    assert window(date(2026, 8, 31), 6) == (date(2026, 3, 1), date(2026, 8, 31))  # Feb 28 + 1 day
    assert window(date(2026, 3, 31), 1) == (date(2026, 3, 1), date(2026, 3, 31))


def test_active_months_leaves_out_the_days_before_joining_and_a_suspension() -> None:
    assert active_months([Period(date(2020, 1, 1), None)], AT, 6) == 6.0
    joined = date(2026, 8, 23)  # three calendar months before the end of the window
    assert active_months([Period(joined, None)], AT, 6) == pytest.approx(3.0)
    # Joined 8 September: 23 May to 8 September off, 3 months and 16 days of a 31-day month.
    assert active_months([Period(date(2026, 9, 8), None)], AT, 6) == pytest.approx(6 - (3 + 16 / 31))
    # Suspended from 1 July to 1 September inside the window: two calendar months off.
    suspended = [Period(date(2020, 1, 1), date(2026, 7, 1)), Period(date(2026, 9, 1), None)]
    assert active_months(suspended, AT, 6) == pytest.approx(4.0)


def test_new_member_boundary_is_three_months_of_membership() -> None:
    exactly_three = window(AT, 3)[0]  # 23 August 2026: three whole months by 22 November
    assert not is_new([Period(exactly_three, None)], AT, 3)
    assert is_new([Period(date(2026, 8, 24), None)], AT, 3)
    # A suspension delays the end of being new.
    paused = [Period(date(2026, 7, 1), date(2026, 8, 1)), Period(date(2026, 10, 1), None)]
    assert is_new(paused, AT, 3)
    assert not is_new([Period(exactly_three, None)], AT, 0)


def test_a_new_member_is_shown_with_figures_but_no_total_nor_colour() -> None:
    result = score(Activity(referrals=10, unexcused_absences=5), months=2.0, new=True, capping_warning=True)
    assert result.light is Light.NEW
    assert result.total is None
    assert result.overrides == ()
    assert result.criteria[1].value == 5.0  # still shown: 10 referrals over 2 months


def test_more_than_three_absences_caps_green_at_red() -> None:
    # Everything else perfect: 80 points, green, but 4 unexcused absences.
    strong = Activity(unexcused_absences=4, referrals=24, closed_amount=100_000, one_to_ones=12,
                      external_referrals=2, presentations=1, guests=2)
    result = score(strong, months=6.0, new=False)
    assert result.total == 80
    assert result.light is Light.RED
    assert result.overrides == (OVERRIDE_ABSENCES,)
    # Exactly three: no cap.
    three = score(Activity(**{**strong.__dict__, "unexcused_absences": 3}), months=6.0, new=False)
    assert (three.total, three.light, three.overrides) == (85, Light.GREEN, ())


def test_a_cap_never_improves_a_light() -> None:
    result = score(Activity(unexcused_absences=6), months=6.0, new=False, capping_warning=True)
    assert (result.total, result.light, result.overrides) == (0, Light.GREY, ())


def test_an_open_warning_on_respect_or_brand_caps_at_orange() -> None:
    perfect = Activity(referrals=24, closed_amount=100_000, one_to_ones=12, external_referrals=2,
                       presentations=1, guests=2)
    capped = score(perfect, months=6.0, new=False, capping_warning=True)
    assert (capped.total, capped.light, capped.overrides) == (100, Light.ORANGE, (OVERRIDE_WARNING,))
    assert caps_at_orange(5, None)
    assert caps_at_orange(3, "brand")
    assert not caps_at_orange(3, None)
    assert not caps_at_orange(2, None)
    assert not caps_at_orange(1, "brand")


def test_both_caps_keep_the_worse_light() -> None:
    strong = Activity(unexcused_absences=4, referrals=24, closed_amount=100_000, one_to_ones=12,
                      external_referrals=2, presentations=1, guests=2)
    result = score(strong, months=6.0, new=False, capping_warning=True)
    assert result.light is Light.RED
    assert result.overrides == (OVERRIDE_ABSENCES,)


def test_a_warning_is_open_from_its_date_until_closed() -> None:
    assert is_open_on(date(2026, 10, 1), None, AT)
    assert not is_open_on(date(2026, 12, 1), None, AT)
    assert is_open_on(date(2026, 10, 1), date(2026, 11, 23), AT)
    assert not is_open_on(date(2026, 10, 1), AT, AT)


def test_attention_reasons() -> None:
    assert attention(Light.RED, Light.GREY, 0, 0) == (ATTENTION_TWICE,)
    assert attention(Light.RED, Light.ORANGE, 0, 0) == ()
    assert attention(Light.GREY, None, 0, 0) == ()
    assert attention(Light.GREEN, Light.GREEN, 4, 1) == (ATTENTION_ABSENCES, ATTENTION_WARNING)
    assert attention(Light.NEW, Light.NEW, 3, 0) == ()


def test_trend_and_month_ends() -> None:
    assert (trend(60, 50), trend(40, 50), trend(50, 50), trend(None, 50), trend(50, None)) == (1, -1, 0, 0, 0)
    assert month_ends(date(2026, 3, 31), 3) == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]


def test_settings_round_trip_and_defaults() -> None:
    assert ComplianceRules.from_settings(SETTINGS_DEFAULTS) == DEFAULT_RULES
    assert ComplianceRules.from_settings({}) == DEFAULT_RULES
    changed = ComplianceRules(green=75, steps={**DEFAULT_RULES.steps, ONE_TO_ONES: ((2.5, 15), (1, 10), (0.5, 5))})
    assert ComplianceRules.from_settings(changed.as_settings()) == changed
    assert changed.as_settings()[steps_key(ONE_TO_ONES)] == [[2.5, 15], [1, 10], [0.5, 5]]


@pytest.mark.parametrize("damaged", [
    {steps_key(REFERRALS): "beaucoup"},
    {steps_key(REFERRALS): [[4, 20], [3, 15]]},
    {steps_key(REFERRALS): [[4, True], [3, 15], [2, 10], [1, 5]]},
    {"charter.light_green": "70"},
    {"charter.light_green": 40},  # below orange: the whole set falls back to the defaults
])
def test_damaged_settings_fall_back_to_the_defaults(damaged: dict) -> None:
    assert ComplianceRules.from_settings(damaged) == DEFAULT_RULES


@pytest.mark.parametrize(("changes", "field"), [
    ({"window_months": 0}, "charter.window_months"),
    ({"window_months": 25}, "charter.window_months"),
    ({"new_months": 7}, "charter.new_months"),
    ({"absences_cap": -1}, "charter.absences_cap"),
    ({"green": 50}, "charter.light_green"),
    ({"red": 0}, "charter.light_green"),
    ({"green": 101}, "charter.light_green"),
])
def test_rules_refuse_inconsistent_numbers(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        ComplianceRules(**changes).validated()
    assert raised.value.field == field


def test_ladders_must_ask_more_for_more_points_and_total_100() -> None:
    steps = dict(DEFAULT_RULES.steps)
    with pytest.raises(ValidationError) as raised:
        ComplianceRules(steps={**steps, REFERRALS: ((3, 20), (3, 15), (2, 10), (1, 5))}).validated()
    assert raised.value.field == steps_key(REFERRALS)
    with pytest.raises(ValidationError):
        ComplianceRules(steps={**steps, ABSENCES: ((1, 20), (0, 15), (2, 10), (3, 5))}).validated()
    with pytest.raises(ValidationError):
        ComplianceRules(steps={**steps, GUESTS: ((2, 10), (1, 10))}).validated()
    with pytest.raises(ValidationError) as raised:
        ComplianceRules(steps={**steps, GUESTS: ((2, 15), (1, 5))}).validated()
    assert raised.value.field == "charter.total"
    assert "105" in raised.value.text("en")
    # Moving 5 points from guests to presentations keeps 100: accepted.
    ComplianceRules(steps={**steps, GUESTS: ((2, 5), (1, 2)), PRESENTATIONS: ((1, 15),)}).validated()


def test_the_french_message_of_a_refusal_is_filled_in() -> None:
    with pytest.raises(ValidationError) as raised:
        ComplianceRules(new_months=9).validated()
    assert "6" in raised.value.text()


# ------------------------------------------------------------- calendar-month proration


@pytest.mark.parametrize(
    ("periods", "expected"),
    [
        ([Period(date(2026, 7, 23), None)], 4.0),  # joined exactly 4 months before D
        ([Period(date(2026, 6, 23), None)], 5.0),
        ([Period(date(2026, 5, 23), None)], 6.0),  # the whole window
        ([Period(date(2020, 1, 1), None)], 6.0),
        # suspended 1 September to 1 November: two calendar months off
        ([Period(date(2020, 1, 1), date(2026, 9, 1)), Period(date(2026, 11, 1), None)], 4.0),
        ([Period(date(2020, 1, 1), date(2026, 5, 1))], 0.0),  # left before the window
    ],
)
def test_active_months_count_calendar_months(periods, expected) -> None:  # type: ignore[no-untyped-def]
    from app.domain.compliance import active_months

    assert active_months(periods, date(2026, 11, 22), 6) == pytest.approx(expected)


def test_a_member_joined_four_months_ago_with_one_referral_a_month_gets_the_step() -> None:
    from app.domain.compliance import REFERRALS, active_months, criterion_points

    months = active_months([Period(date(2026, 7, 23), None)], date(2026, 11, 22), 6)
    assert criterion_points(DEFAULT_RULES, REFERRALS, 4 / months) == 5
    assert criterion_points(DEFAULT_RULES, ONE_TO_ONES, 2 / months) == 5

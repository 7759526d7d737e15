"""The charter as measurable rules: criteria, points, total and traffic light of one member.

Pure functions, no I/O: the compliance service loads each member's records once for the whole
club and passes plain values here, so the GUI, the CLI, the reports and the tests score alike.

How a member is scored at a date D (every number below is a setting, see :class:`ComplianceRules`):

- The *window* is the ``window_months`` calendar months before D, D included (6 by default).
- Only the days the member was *active* count: days before joining, after leaving and during a
  suspension are left out, and so are the records dated on them. ``months`` is the active part of
  the window in months (6.0 for a member active throughout), and the per-month criteria
  (referrals given, one-to-ones) are divided by it: a member who joined 4 months ago is measured
  over 4 months. Window totals (absences, amount, external referrals, presentations, guests) are
  counted over the same active days, not extrapolated.
- A member active for less than ``new_months`` months in all (up to D) is *new* ("nouveau"):
  their figures are shown but they get no total and no colour.
- Each criterion gives the points of the first step of its ladder it reaches (see the table of
  the issue); the total is their sum, out of 100. Light: green >= 70, orange >= 50, red >= 30,
  grey below.
- Overrides, applied after the total: more than ``absences_cap`` unexcused absences caps the
  light at red; an open warning for charter point 5 (respect) or for the brand part of point 3
  caps it at orange. An override is listed only when it lowered the light.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.domain.errors import ValidationError
from app.domain.membership import Period
from app.domain.windows import months_before, window
from app.i18n import QT_TRANSLATE_NOOP

# ------------------------------------------------------------------------- vocabulary


class Light(StrEnum):
    GREEN = "green"
    ORANGE = "orange"
    RED = "red"
    GREY = "grey"
    NEW = "new"


LIGHT_LABELS: dict[Light, str] = {
    Light.GREEN: QT_TRANSLATE_NOOP("Compliance", "Green"),
    Light.ORANGE: QT_TRANSLATE_NOOP("Compliance", "Orange"),
    Light.RED: QT_TRANSLATE_NOOP("Compliance", "Red"),
    Light.GREY: QT_TRANSLATE_NOOP("Compliance", "Grey"),
    Light.NEW: QT_TRANSLATE_NOOP("Compliance", "New"),
}

# Severity order of the coloured lights: a cap keeps the worse of two lights.
_RANK = {Light.GREEN: 0, Light.ORANGE: 1, Light.RED: 2, Light.GREY: 3}

ABSENCES = "absences"
REFERRALS = "referrals_per_month"
CLOSED_AMOUNT = "closed_amount"
ONE_TO_ONES = "one_to_ones_per_month"
EXTERNAL_REFERRALS = "external_referrals"
PRESENTATIONS = "presentations"
GUESTS = "guests"

CRITERIA: tuple[str, ...] = (
    ABSENCES, REFERRALS, CLOSED_AMOUNT, ONE_TO_ONES, EXTERNAL_REFERRALS, PRESENTATIONS, GUESTS,
)

CRITERION_LABELS: dict[str, str] = {
    ABSENCES: QT_TRANSLATE_NOOP("Compliance", "Unexcused absences"),
    REFERRALS: QT_TRANSLATE_NOOP("Compliance", "Referrals given per month"),
    CLOSED_AMOUNT: QT_TRANSLATE_NOOP("Compliance", "Closed business generated (MAD)"),
    ONE_TO_ONES: QT_TRANSLATE_NOOP("Compliance", "One-to-ones per month"),
    EXTERNAL_REFERRALS: QT_TRANSLATE_NOOP("Compliance", "External referrals"),
    PRESENTATIONS: QT_TRANSLATE_NOOP("Compliance", "Presentations"),
    GUESTS: QT_TRANSLATE_NOOP("Compliance", "Guests invited"),
}

# Short column titles of the compliance page and the CLI.
CRITERION_SHORT: dict[str, str] = {
    ABSENCES: QT_TRANSLATE_NOOP("Compliance", "Absences"),
    REFERRALS: QT_TRANSLATE_NOOP("Compliance", "Referrals/month"),
    CLOSED_AMOUNT: QT_TRANSLATE_NOOP("Compliance", "Closed (MAD)"),
    ONE_TO_ONES: QT_TRANSLATE_NOOP("Compliance", "1-to-1/month"),
    EXTERNAL_REFERRALS: QT_TRANSLATE_NOOP("Compliance", "External"),
    PRESENTATIONS: QT_TRANSLATE_NOOP("Compliance", "Presentations"),
    GUESTS: QT_TRANSLATE_NOOP("Compliance", "Guests"),
}

# The charter point each criterion measures.
CRITERION_POINT: dict[str, int] = {
    ABSENCES: 2, REFERRALS: 3, CLOSED_AMOUNT: 3, ONE_TO_ONES: 3,
    EXTERNAL_REFERRALS: 4, PRESENTATIONS: 1, GUESTS: 1,
}

# Criteria scored on a count where fewer is better (a ladder of "at most" steps).
LOWER_IS_BETTER = frozenset({ABSENCES})

OVERRIDE_ABSENCES = "absences_cap"
OVERRIDE_WARNING = "warning_cap"

OVERRIDE_LABELS: dict[str, str] = {
    OVERRIDE_ABSENCES: QT_TRANSLATE_NOOP("Compliance", "More than {count} unexcused absences: at most red"),
    OVERRIDE_WARNING: QT_TRANSLATE_NOOP("Compliance", "Open warning (respect or brand): at most orange"),
}

ATTENTION_TWICE = "twice_low"
ATTENTION_ABSENCES = "absences"
ATTENTION_WARNING = "open_warning"

ATTENTION_LABELS: dict[str, str] = {
    ATTENTION_TWICE: QT_TRANSLATE_NOOP("Compliance", "Red or grey twice in a row"),
    ATTENTION_ABSENCES: QT_TRANSLATE_NOOP("Compliance", "More than {count} unexcused absences"),
    ATTENTION_WARNING: QT_TRANSLATE_NOOP("Compliance", "Open warning"),
}

# The warnings that cap the light at orange: charter point 5, and the brand part of point 3.
RESPECT_POINT = 5
BRAND_POINT = 3
BRAND_ASPECT = "brand"


def caps_at_orange(charter_point: int, aspect: str | None) -> bool:
    """Whether an open warning on this point (and aspect) caps the light at orange."""
    return charter_point == RESPECT_POINT or (charter_point == BRAND_POINT and aspect == BRAND_ASPECT)


@dataclass(frozen=True)
class CriterionResult:
    key: str
    value: float
    points: int
    max_points: int


@dataclass(frozen=True)
class MonthCompliance:
    """A member's light and total on one day (their record, month by month)."""

    month_end: date
    light: Light
    total: int | None



# ----------------------------------------------------------------------------- settings

SETTING_WINDOW_MONTHS = "charter.window_months"
SETTING_NEW_MONTHS = "charter.new_months"
SETTING_ABSENCES_CAP = "charter.absences_cap"
SETTING_GREEN = "charter.light_green"
SETTING_ORANGE = "charter.light_orange"
SETTING_RED = "charter.light_red"


def steps_key(criterion: str) -> str:
    """The setting holding a criterion's ladder: ``[[threshold, points], ...]``."""
    return f"charter.{criterion}_steps"


# Each ladder, best step first. Higher-is-better criteria: "value >= threshold gives points";
# absences: "at most threshold absences gives points". Below the last step: 0 points.
DEFAULT_STEPS: dict[str, tuple[tuple[float, int], ...]] = {
    ABSENCES: ((0, 20), (1, 15), (2, 10), (3, 5)),
    REFERRALS: ((4, 20), (3, 15), (2, 10), (1, 5)),
    CLOSED_AMOUNT: ((100_000, 15), (50_000, 10), (10_000, 5)),
    ONE_TO_ONES: ((2, 15), (1, 10), (0.5, 5)),
    EXTERNAL_REFERRALS: ((2, 10), (1, 5)),
    PRESENTATIONS: ((1, 10),),
    GUESTS: ((2, 10), (1, 5)),
}

# Criteria whose thresholds may hold a fraction (per month) or are counts / amounts.
FRACTIONAL = frozenset({REFERRALS, ONE_TO_ONES})

SETTINGS_DEFAULTS: dict[str, Any] = {
    SETTING_WINDOW_MONTHS: 6,
    SETTING_NEW_MONTHS: 3,
    SETTING_ABSENCES_CAP: 3,
    SETTING_GREEN: 70,
    SETTING_ORANGE: 50,
    SETTING_RED: 30,
    **{steps_key(key): [list(step) for step in steps] for key, steps in DEFAULT_STEPS.items()},
}

MAX_TOTAL = 100
MAX_THRESHOLD = 1_000_000_000

MSG_WINDOW = QT_TRANSLATE_NOOP("Validation", "Enter a window between 1 and 24 months.")
MSG_NEW = QT_TRANSLATE_NOOP(
    "Validation", "Enter a number of months for new members between 0 and the window ({window})."
)
MSG_CAP = QT_TRANSLATE_NOOP("Validation", "Enter a number of absences between 0 and 100.")
MSG_LIGHTS = QT_TRANSLATE_NOOP(
    "Validation", "The light thresholds must rise from red to orange to green, between 1 and 100."
)
MSG_STEPS_ORDER = QT_TRANSLATE_NOOP(
    "Validation", "{criterion}: each step must ask more than the next one and give more points."
)
MSG_STEPS_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "{criterion}: thresholds must be between 0 and 1,000,000,000 and points between 0 and 100."
)
MSG_TOTAL = QT_TRANSLATE_NOOP(
    "Validation", "The best points of all criteria must add up to 100 (they add up to {total})."
)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return value


@dataclass(frozen=True)
class ComplianceRules:
    """Every number of the scoring, as the club set them (defaults: the issue's table)."""

    window_months: int = 6
    new_months: int = 3
    absences_cap: int = 3
    green: int = 70
    orange: int = 50
    red: int = 30
    steps: Mapping[str, tuple[tuple[float, int], ...]] = field(default_factory=lambda: dict(DEFAULT_STEPS))

    def max_points(self, criterion: str) -> int:
        ladder = self.steps[criterion]
        return ladder[0][1] if ladder else 0

    @property
    def max_total(self) -> int:
        return sum(self.max_points(key) for key in CRITERIA)

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> ComplianceRules:
        """Build from stored settings; a missing or damaged value (or a set of values that
        would not validate together) falls back to the defaults, so a damaged database
        never scores members on nonsense.
        """

        def integer(key: str) -> int:
            value = values.get(key, SETTINGS_DEFAULTS[key])
            return value if isinstance(value, int) and not isinstance(value, bool) else SETTINGS_DEFAULTS[key]

        steps: dict[str, tuple[tuple[float, int], ...]] = {}
        for key in CRITERIA:
            raw = values.get(steps_key(key), SETTINGS_DEFAULTS[steps_key(key)])
            ladder = _ladder(raw, len(DEFAULT_STEPS[key]))
            steps[key] = ladder if ladder is not None else DEFAULT_STEPS[key]
        rules = cls(
            window_months=integer(SETTING_WINDOW_MONTHS),
            new_months=integer(SETTING_NEW_MONTHS),
            absences_cap=integer(SETTING_ABSENCES_CAP),
            green=integer(SETTING_GREEN),
            orange=integer(SETTING_ORANGE),
            red=integer(SETTING_RED),
            steps=steps,
        )
        try:
            return rules.validated()
        except ValidationError:
            return cls()

    def validated(self) -> ComplianceRules:
        """Raise :class:`ValidationError` on a value the settings page must refuse."""
        if not 1 <= self.window_months <= 24:
            raise ValidationError(SETTING_WINDOW_MONTHS, MSG_WINDOW)
        if not 0 <= self.new_months <= self.window_months:
            raise ValidationError(SETTING_NEW_MONTHS, MSG_NEW, window=self.window_months)
        if not 0 <= self.absences_cap <= 100:
            raise ValidationError(SETTING_ABSENCES_CAP, MSG_CAP)
        if not 1 <= self.red < self.orange < self.green <= MAX_TOTAL:
            raise ValidationError(SETTING_GREEN, MSG_LIGHTS)
        for key in CRITERIA:
            ladder = self.steps.get(key, ())
            name = CRITERION_LABELS[key]
            if len(ladder) != len(DEFAULT_STEPS[key]):
                raise ValidationError(steps_key(key), MSG_STEPS_ORDER, criterion=name)
            for threshold, points in ladder:
                if not (0 <= threshold <= MAX_THRESHOLD and 0 <= points <= MAX_TOTAL):
                    raise ValidationError(steps_key(key), MSG_STEPS_RANGE, criterion=name)
            for (better, better_points), (worse, worse_points) in zip(ladder, ladder[1:], strict=False):
                asks_more = better < worse if key in LOWER_IS_BETTER else better > worse
                if not asks_more or better_points <= worse_points:
                    raise ValidationError(steps_key(key), MSG_STEPS_ORDER, criterion=name)
            if ladder and ladder[-1][1] <= 0:
                raise ValidationError(steps_key(key), MSG_STEPS_ORDER, criterion=name)
        if self.max_total != MAX_TOTAL:
            raise ValidationError("charter.total", MSG_TOTAL, total=self.max_total)
        return self

    def as_settings(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            SETTING_WINDOW_MONTHS: self.window_months,
            SETTING_NEW_MONTHS: self.new_months,
            SETTING_ABSENCES_CAP: self.absences_cap,
            SETTING_GREEN: self.green,
            SETTING_ORANGE: self.orange,
            SETTING_RED: self.red,
        }
        for key in CRITERIA:
            values[steps_key(key)] = [[_plain(threshold), points] for threshold, points in self.steps[key]]
        return values


def _plain(value: float) -> float | int:
    """Store 2.0 as 2: the settings read back as integers where the table has integers."""
    return int(value) if float(value).is_integer() else value


def _ladder(raw: Any, length: int) -> tuple[tuple[float, int], ...] | None:
    if not isinstance(raw, list) or len(raw) != length:
        return None
    ladder = []
    for step in raw:
        if not isinstance(step, list) or len(step) != 2:
            return None
        threshold, points = _number(step[0]), step[1]
        if threshold is None or not isinstance(points, int) or isinstance(points, bool):
            return None
        ladder.append((threshold, points))
    return tuple(ladder)


DEFAULT_RULES = ComplianceRules()


# ------------------------------------------------------------------------------ window


def active_days_between(periods: Sequence[Period], start: date, end: date) -> int:
    """Days of ``[start, end]`` (both included) on which the member was active."""
    stop = end + timedelta(days=1)
    total = 0
    for period in periods:
        lo = max(start, period.start)
        hi = min(stop, period.end) if period.end else stop
        if hi > lo:
            total += (hi - lo).days
    return total


def calendar_months(start: date, stop: date) -> float:
    """Calendar months from ``start`` (included) to ``stop`` (excluded): whole months, then the
    remaining days as a fraction of the month that follows (23 July to 23 November is exactly 4)."""
    whole = 0
    while months_before(start, -(whole + 1)) <= stop:
        whole += 1
    reached = months_before(start, -whole)
    following = months_before(start, -(whole + 1))
    return whole + (stop - reached).days / (following - reached).days


def active_months(periods: Sequence[Period], at: date, months: int) -> float:
    """The active part of the window in months: ``months`` for a member active throughout.

    The months the member was not active (before joining, while suspended) are measured in
    calendar months and taken off, so that joining or a suspension on the same day of a month
    leaves a whole number of months and the per-month rates land exactly on the table's steps.
    """
    start, end = window(at, months)
    stop = end + timedelta(days=1)
    covered = sorted((max(start, period.start), min(stop, period.end) if period.end else stop)
                     for period in periods)
    inactive = 0.0
    cursor = start
    for lo, hi in covered:
        if hi <= lo:
            continue
        if lo > cursor:
            inactive += calendar_months(cursor, lo)
        cursor = max(cursor, hi)
    if cursor < stop:
        inactive += calendar_months(cursor, stop)
    return max(0.0, months - inactive)


def is_new(periods: Sequence[Period], at: date, new_months: int) -> bool:
    """Active for less than ``new_months`` months in all, up to ``at``.

    A member who joined on the first day of the ``new_months`` window before ``at`` has exactly
    that many months and is no longer new; a suspension delays the end of being new.
    """
    if new_months <= 0:
        return False
    start, end = window(at, new_months)
    needed = (end - start).days + 1
    earliest = min((period.start for period in periods), default=None)
    if earliest is None:
        return True
    return active_days_between(periods, earliest, at) < needed


# ------------------------------------------------------------------------------ scoring


def criterion_points(rules: ComplianceRules, key: str, value: float) -> int:
    """Points of one criterion for a raw value (a count, a rate per month or an amount)."""
    lower = key in LOWER_IS_BETTER
    for threshold, points in rules.steps[key]:
        if (value <= threshold) if lower else (value >= threshold - 1e-9):
            return points
    return 0


def light_of_total(rules: ComplianceRules, total: int) -> Light:
    if total >= rules.green:
        return Light.GREEN
    if total >= rules.orange:
        return Light.ORANGE
    if total >= rules.red:
        return Light.RED
    return Light.GREY


def cap(light: Light, ceiling: Light) -> Light:
    """The worse of a light and a ceiling (a cap never improves a light)."""
    return light if _RANK[light] >= _RANK[ceiling] else ceiling


@dataclass(frozen=True)
class Activity:
    """What one member did over the active part of a window: the raw values to score."""

    unexcused_absences: int = 0
    referrals: int = 0  # given to members
    closed_amount: float = 0.0  # business closed by others thanks to the member, MAD
    one_to_ones: int = 0
    external_referrals: int = 0  # given to non-members
    presentations: int = 0
    guests: int = 0


@dataclass(frozen=True)
class Score:
    light: Light
    total: int | None  # None for a new member
    criteria: tuple[CriterionResult, ...]
    overrides: tuple[str, ...]
    months: float


def criteria_values(activity: Activity, months: float) -> dict[str, float]:
    """The value of each criterion; per-month rates are prorated over the active months."""

    def per_month(count: int) -> float:
        return count / months if months > 0 else 0.0

    return {
        ABSENCES: activity.unexcused_absences,
        REFERRALS: per_month(activity.referrals),
        CLOSED_AMOUNT: activity.closed_amount,
        ONE_TO_ONES: per_month(activity.one_to_ones),
        EXTERNAL_REFERRALS: activity.external_referrals,
        PRESENTATIONS: activity.presentations,
        GUESTS: activity.guests,
    }


def score(
    activity: Activity,
    *,
    months: float,
    new: bool,
    capping_warning: bool = False,
    rules: ComplianceRules = DEFAULT_RULES,
) -> Score:
    """Score one member: criteria, total, light and the overrides that lowered it."""
    values = criteria_values(activity, months)
    criteria = tuple(
        CriterionResult(key, values[key], criterion_points(rules, key, values[key]), rules.max_points(key))
        for key in CRITERIA
    )
    if new:
        return Score(Light.NEW, None, criteria, (), months)
    total = sum(result.points for result in criteria)
    light = light_of_total(rules, total)
    overrides = []
    if activity.unexcused_absences > rules.absences_cap:
        capped = cap(light, Light.RED)
        if capped is not light:
            overrides.append(OVERRIDE_ABSENCES)
            light = capped
    if capping_warning:
        capped = cap(light, Light.ORANGE)
        if capped is not light:
            overrides.append(OVERRIDE_WARNING)
            light = capped
    return Score(light, total, criteria, tuple(overrides), months)


def is_low(light: Light | None) -> bool:
    return light in (Light.RED, Light.GREY)


def attention(
    light: Light, previous: Light | None, unexcused_absences: int, open_warnings: int,
    rules: ComplianceRules = DEFAULT_RULES,
) -> tuple[str, ...]:
    """Why the board should look at a member: red or grey twice in a row, too many absences,
    an open warning (any point)."""
    reasons = []
    if is_low(light) and is_low(previous):
        reasons.append(ATTENTION_TWICE)
    if unexcused_absences > rules.absences_cap:
        reasons.append(ATTENTION_ABSENCES)
    if open_warnings:
        reasons.append(ATTENTION_WARNING)
    return tuple(reasons)


def is_open_on(warning_date: date, closed_on: date | None, at: date) -> bool:
    """A warning is open at ``at`` from its date until the day it was closed."""
    return warning_date <= at and (closed_on is None or closed_on > at)


def trend(total: int | None, previous_total: int | None) -> int:
    """+1 better, -1 worse, 0 same or not comparable (a new member)."""
    if total is None or previous_total is None or total == previous_total:
        return 0
    return 1 if total > previous_total else -1


def month_ends(at: date, months: int) -> list[date]:
    """``at`` and the same day of each of the ``months - 1`` months before, oldest first."""
    return [months_before(at, back) for back in range(months - 1, -1, -1)]

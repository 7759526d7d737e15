"""The charter's vocabulary and rules: its five points, warning steps, and what valid input is.

A warning names a member, a charter point (1 to 5) and, for point 3, optionally its "brand"
part; the board then decides steps on it (reminder ... exclusion), each dated and signed by
whoever decided. An open warning on point 5, or on the brand part of point 3, caps the
member's compliance light at orange (see :func:`caps_light`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain import validation as v
from app.domain.errors import ValidationError, ValidationErrors
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP

CHARTER_POINTS = (1, 2, 3, 4, 5)
BRAND = "brand"  # the only aspect: the brand part of point 3
VERSION_MAX = 20
TEXT_MAX = 20_000
FACTS_MAX = 4000
NOTES_MAX = 4000
DECIDED_BY_MAX = 160

POINT_LABELS = {
    1: QT_TRANSLATE_NOOP("Charter", "1. Communicate about one's activity"),
    2: QT_TRANSLATE_NOOP("Charter", "2. Take part in the club's activities"),
    3: QT_TRANSLATE_NOOP("Charter", "3. Give business to receive business"),
    4: QT_TRANSLATE_NOOP("Charter", "4. Recommend non-members too"),
    5: QT_TRANSLATE_NOOP("Charter", "5. Respect the intelligence of others"),
}
BRAND_LABEL = QT_TRANSLATE_NOOP("Charter", "3. Make one's company a recognised brand")


class WarningStep(StrEnum):
    """The board's steps on a warning, in the order they usually come."""

    REMINDER = "reminder"
    FIRST_WARNING = "first_warning"
    SECOND_WARNING = "second_warning"
    BOARD_HEARING = "board_hearing"
    EXCLUSION = "exclusion"


STEP_LABELS = {
    WarningStep.REMINDER: QT_TRANSLATE_NOOP("Charter", "Reminder"),
    WarningStep.FIRST_WARNING: QT_TRANSLATE_NOOP("Charter", "First warning"),
    WarningStep.SECOND_WARNING: QT_TRANSLATE_NOOP("Charter", "Second warning"),
    WarningStep.BOARD_HEARING: QT_TRANSLATE_NOOP("Charter", "Board hearing"),
    WarningStep.EXCLUSION: QT_TRANSLATE_NOOP("Charter", "Exclusion"),
}

MSG_VERSION_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give the version a name, e.g. 2.")
MSG_DATE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the date.")
MSG_TEXT_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the text of the charter.")
MSG_MEMBER_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the member.")
MSG_POINT = QT_TRANSLATE_NOOP("Validation", "Choose the charter point, from 1 to 5.")
MSG_ASPECT = QT_TRANSLATE_NOOP("Validation", "Only point 3 has a brand part.")
MSG_FACTS_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Describe the facts.")
MSG_STEP_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the step the board decided.")
MSG_DECIDED_BY_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Say who decided, e.g. Bureau du 12/11/2026 \u2014 K. Alaoui.")
MSG_DECISION_BEFORE_WARNING = QT_TRANSLATE_NOOP(
    "Validation", "A decision cannot be dated before the warning ({date}).")
MSG_CLOSED_BEFORE_WARNING = QT_TRANSLATE_NOOP(
    "Validation", "A warning cannot be closed before its own date ({date}).")
MSG_SIGNED_BEFORE_ADOPTION = QT_TRANSLATE_NOOP(
    "Validation", "This version was adopted on {date}; it cannot be signed before.")


def point_label(point: int, aspect: str | None = None) -> str:
    """English source label of a charter point (or of its brand part), context ``Charter``."""
    return BRAND_LABEL if point == 3 and aspect == BRAND else POINT_LABELS[point]


def step_label(step: WarningStep) -> str:
    """English source label of a step, context ``Charter``."""
    return STEP_LABELS[step]


def next_step(previous: WarningStep | None) -> WarningStep:
    """The step the board usually takes after ``previous`` (a reminder first)."""
    steps = list(WarningStep)
    if previous is None:
        return steps[0]
    return steps[min(steps.index(previous) + 1, len(steps) - 1)]


def caps_light(charter_point: int, aspect: str | None, closed_on: date | None) -> bool:
    """Whether this warning caps the compliance light at orange: open, on point 5 or on the brand."""
    return closed_on is None and (charter_point == 5 or (charter_point == 3 and aspect == BRAND))


# ------------------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class VersionInput:
    version: str = ""
    adopted_on: date | None = None
    text: str = ""


@dataclass(frozen=True)
class CleanVersion:
    version: str
    adopted_on: date
    text: str


@dataclass(frozen=True)
class WarningInput:
    member_id: int | None = None
    charter_point: int | None = None
    aspect: str | None = None
    facts: str = ""
    date: date | None = None


@dataclass(frozen=True)
class CleanWarning:
    member_id: int
    charter_point: int
    aspect: str | None
    facts: str
    date: date


@dataclass(frozen=True)
class DecisionInput:
    step: WarningStep | None = None
    decided_on: date | None = None
    decided_by: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CleanDecision:
    step: WarningStep
    decided_on: date
    decided_by: str
    notes: str | None


class _Checker:
    """Collects every field's error, so a form can mark them all at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, func, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return func(*args, **kwargs)
        except ValidationError as error:
            self.errors.append(error)
            return None

    def date(self, value: date | None, field: str, today: date | None) -> date | None:
        if value is None:
            self.errors.append(ValidationError(field, MSG_DATE_REQUIRED))
            return None
        return self.run(v.validate_sane_date, value, field, today=today)  # type: ignore[no-any-return]

    def done(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


def validate_version(data: VersionInput, *, today: date | None = None) -> CleanVersion:
    """A new charter version: a short name, an adoption date not in the future, its text.

    Raises:
        ValidationErrors: one entry per wrong field.
    """
    check = _Checker()
    version = check.run(v.clean_text, data.version, "version", max_length=VERSION_MAX)
    if version is None and not any(e.field == "version" for e in check.errors):
        check.errors.append(ValidationError("version", MSG_VERSION_REQUIRED))
    adopted_on = check.date(data.adopted_on, "adopted_on", today)
    text = check.run(v.clean_text, data.text, "text", max_length=TEXT_MAX, multiline=True)
    if text is None and not any(e.field == "text" for e in check.errors):
        check.errors.append(ValidationError("text", MSG_TEXT_REQUIRED))
    check.done()
    return CleanVersion(version, adopted_on, text)  # type: ignore[arg-type]


def validate_warning(data: WarningInput, *, today: date | None = None) -> CleanWarning:
    """A warning: member, point 1 to 5 (brand part only on point 3), facts, a date not in the future.

    Raises:
        ValidationErrors: one entry per wrong field.
    """
    check = _Checker()
    if data.member_id is None:
        check.errors.append(ValidationError("member_id", MSG_MEMBER_REQUIRED))
    if data.charter_point not in CHARTER_POINTS:
        check.errors.append(ValidationError("charter_point", MSG_POINT))
    aspect = data.aspect or None
    if aspect is not None and (aspect != BRAND or data.charter_point != 3):
        check.errors.append(ValidationError("aspect", MSG_ASPECT))
    facts = check.run(v.clean_text, data.facts, "facts", max_length=FACTS_MAX, multiline=True)
    if facts is None and not any(e.field == "facts" for e in check.errors):
        check.errors.append(ValidationError("facts", MSG_FACTS_REQUIRED))
    day = check.date(data.date, "date", today)
    check.done()
    return CleanWarning(data.member_id, data.charter_point, aspect, facts, day)  # type: ignore[arg-type]


def validate_decision(data: DecisionInput, warning_date: date, *, today: date | None = None) -> CleanDecision:
    """A board decision: a step, a date between the warning's and today, who decided, notes.

    Raises:
        ValidationErrors: one entry per wrong field.
    """
    check = _Checker()
    step: WarningStep | None = None
    if data.step is None:
        check.errors.append(ValidationError("step", MSG_STEP_REQUIRED))
    else:
        step = WarningStep(data.step)
    decided_on = check.date(data.decided_on, "decided_on", today)
    if decided_on is not None and decided_on < warning_date:
        check.errors.append(ValidationError("decided_on", MSG_DECISION_BEFORE_WARNING,
                                            date=format_date(warning_date)))
    decided_by = check.run(v.clean_text, data.decided_by, "decided_by", max_length=DECIDED_BY_MAX)
    if decided_by is None and not any(e.field == "decided_by" for e in check.errors):
        check.errors.append(ValidationError("decided_by", MSG_DECIDED_BY_REQUIRED))
    notes = check.run(v.clean_text, data.notes, "notes", max_length=NOTES_MAX, multiline=True)
    check.done()
    return CleanDecision(step, decided_on, decided_by, notes)  # type: ignore[arg-type]


def validate_closing(closed_on: date | None, note: str, warning_date: date, *,
                     today: date | None = None) -> tuple[date, str | None]:
    """When and why a warning is closed: not before the warning, not in the future.

    Raises:
        ValidationErrors: one entry per wrong field.
    """
    check = _Checker()
    day = check.date(closed_on, "closed_on", today)
    if day is not None and day < warning_date:
        check.errors.append(ValidationError("closed_on", MSG_CLOSED_BEFORE_WARNING,
                                            date=format_date(warning_date)))
    clean_note = check.run(v.clean_text, note, "closing_note", max_length=NOTES_MAX, multiline=True)
    check.done()
    return day, clean_note  # type: ignore[return-value]


def validate_signature(signed_on: date | None, adopted_on: date, *, today: date | None = None) -> date:
    """The date a member signed a version: not before its adoption, not in the future.

    Raises:
        ValidationErrors: the date is wrong.
    """
    check = _Checker()
    day = check.date(signed_on, "signed_on", today)
    if day is not None and day < adopted_on:
        check.errors.append(ValidationError("signed_on", MSG_SIGNED_BEFORE_ADOPTION, date=format_date(adopted_on)))
    check.done()
    return day  # type: ignore[return-value]

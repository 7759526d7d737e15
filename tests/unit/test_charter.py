"""The charter's rules: points, steps, which warnings cap the light, and what valid input is."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.charter import (
    BRAND,
    DecisionInput,
    VersionInput,
    WarningInput,
    WarningStep,
    caps_light,
    next_step,
    point_label,
    validate_closing,
    validate_decision,
    validate_signature,
    validate_version,
    validate_warning,
)
from app.domain.errors import ValidationErrors

TODAY = date(2026, 11, 22)


def _fields(error: ValidationErrors) -> set[str]:
    return set(error.errors)


def test_steps_follow_the_usual_order_and_stop_at_exclusion() -> None:
    assert next_step(None) is WarningStep.REMINDER
    assert next_step(WarningStep.REMINDER) is WarningStep.FIRST_WARNING
    assert next_step(WarningStep.SECOND_WARNING) is WarningStep.BOARD_HEARING
    assert next_step(WarningStep.EXCLUSION) is WarningStep.EXCLUSION


@pytest.mark.parametrize(("point", "aspect", "closed_on", "caps"), [
    (5, None, None, True),
    (3, BRAND, None, True),
    (3, None, None, False),
    (2, None, None, False),
    (5, None, date(2026, 11, 1), False),
    (3, BRAND, date(2026, 11, 1), False),
])
def test_only_open_warnings_on_respect_or_the_brand_cap_the_light(point, aspect, closed_on, caps) -> None:
    assert caps_light(point, aspect, closed_on) is caps


def test_point_labels() -> None:
    assert point_label(5).startswith("5.")
    assert "brand" in point_label(3, BRAND)
    assert "brand" not in point_label(3)


def test_a_valid_warning_is_cleaned() -> None:
    clean = validate_warning(WarningInput(member_id=7, charter_point=3, aspect=BRAND,
                                          facts="  Logo  <b>&</b> utilisé\n\n\n\nsans accord ", date=TODAY),
                             today=TODAY)
    assert clean.facts == "Logo <b>&</b> utilisé\n\nsans accord"
    assert (clean.member_id, clean.charter_point, clean.aspect) == (7, 3, BRAND)


def test_a_warning_needs_member_point_facts_and_a_past_date() -> None:
    with pytest.raises(ValidationErrors) as error:
        validate_warning(WarningInput(facts="   ", date=date(2026, 11, 23)), today=TODAY)
    assert _fields(error.value) == {"member_id", "charter_point", "facts", "date"}
    assert error.value.errors["facts"].text("en") == "Describe the facts."
    assert "22/11/2026" in error.value.errors["date"].text("fr")


def test_only_point_3_has_a_brand_part() -> None:
    with pytest.raises(ValidationErrors) as error:
        validate_warning(WarningInput(member_id=1, charter_point=5, aspect=BRAND, facts="x", date=TODAY),
                         today=TODAY)
    assert _fields(error.value) == {"aspect"}
    with pytest.raises(ValidationErrors):
        validate_warning(WarningInput(member_id=1, charter_point=6, facts="x", date=TODAY), today=TODAY)


def test_arabic_facts_are_kept() -> None:
    facts = "عدم احترام الضيوف"
    assert validate_warning(WarningInput(member_id=1, charter_point=5, facts=facts, date=TODAY),
                            today=TODAY).facts == facts


def test_a_decision_is_dated_between_the_warning_and_today() -> None:
    warning_date = date(2026, 10, 1)
    clean = validate_decision(DecisionInput(WarningStep.REMINDER, warning_date, " Bureau du 01/10/2026 — K. Alaoui "),
                              warning_date, today=TODAY)
    assert clean.decided_by == "Bureau du 01/10/2026 — K. Alaoui" and clean.notes is None
    with pytest.raises(ValidationErrors) as error:
        validate_decision(DecisionInput(WarningStep.REMINDER, date(2026, 9, 30), "Bureau"), warning_date,
                          today=TODAY)
    assert _fields(error.value) == {"decided_on"}
    assert "01/10/2026" in error.value.errors["decided_on"].text("fr")
    with pytest.raises(ValidationErrors) as error:
        validate_decision(DecisionInput(None, date(2026, 12, 1), ""), warning_date, today=TODAY)
    assert _fields(error.value) == {"step", "decided_on", "decided_by"}


def test_a_version_needs_a_short_name_a_date_and_a_text() -> None:
    clean = validate_version(VersionInput(" 2 ", date(2026, 11, 1), "Charte\n1. ..."), today=TODAY)
    assert (clean.version, clean.text) == ("2", "Charte\n1. ...")
    with pytest.raises(ValidationErrors) as error:
        validate_version(VersionInput("", None, " "), today=TODAY)
    assert _fields(error.value) == {"version", "adopted_on", "text"}
    with pytest.raises(ValidationErrors) as error:
        validate_version(VersionInput("x" * 21, date(2027, 1, 1), "t"), today=TODAY)
    assert _fields(error.value) == {"version", "adopted_on"}


def test_a_signature_is_not_before_the_adoption_nor_in_the_future() -> None:
    adopted = date(2026, 1, 1)
    assert validate_signature(date(2026, 1, 1), adopted, today=TODAY) == adopted
    for wrong in (date(2025, 12, 31), date(2026, 11, 23), None):
        with pytest.raises(ValidationErrors) as error:
            validate_signature(wrong, adopted, today=TODAY)
        assert _fields(error.value) == {"signed_on"}


def test_closing_is_not_before_the_warning() -> None:
    assert validate_closing(TODAY, " réglé ", date(2026, 11, 1), today=TODAY) == (TODAY, "réglé")
    assert validate_closing(TODAY, "", TODAY, today=TODAY) == (TODAY, None)
    with pytest.raises(ValidationErrors) as error:
        validate_closing(date(2026, 10, 31), "", date(2026, 11, 1), today=TODAY)
    assert _fields(error.value) == {"closed_on"}

"""Dates, numbers and money as the user reads and types them, in French and in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import i18n
from app.domain.errors import ValidationError
from app.formatting import (
    format_amounts,
    format_clauses,
    format_date,
    format_date_long,
    format_datetime,
    format_day_numbers,
    format_money,
    format_month,
    format_number,
    format_percent,
    format_time,
    parse_date,
    parse_money,
)

NNBSP = "\u202f"  # narrow no-break space: French thousands separator
NBSP = "\u00a0"  # no-break space: before "%" and "MAD"


@pytest.fixture(autouse=True)
def french() -> Iterator[None]:
    previous = i18n.current_language()
    i18n.set_language("fr")
    yield
    i18n.set_language(previous)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("fr")


def test_dates_in_french() -> None:
    day = date(2026, 11, 22)
    assert format_date(day) == "22/11/2026"
    assert format_date_long(day) == "22 novembre 2026"
    assert format_month(day) == "novembre 2026"
    assert format_date_long(date(2026, 2, 1)) == "1er février 2026"


def test_datetime_shows_wall_clock_time() -> None:
    assert format_datetime(datetime(2026, 11, 22, 9, 5)) == "22/11/2026 09:05"


def test_datetime_is_shown_as_a_date_by_format_date() -> None:
    assert format_date(datetime(2026, 11, 22, 23, 59)) == "22/11/2026"


def test_times_read_the_same_in_both_languages(english: None) -> None:
    assert format_time(time(9, 5)) == "09:05"
    assert format_time(datetime(2026, 11, 22, 18, 30, 59)) == "18:30"
    assert format_time(None) == ""


def test_day_numbers_are_fixed_for_text_read_back(english: None) -> None:
    # Whatever the language, the text a spreadsheet cell becomes is the one parse_date reads.
    assert format_day_numbers(date(2026, 3, 5)) == "05/03/2026"
    assert parse_date(format_day_numbers(date(2026, 3, 5))) == date(2026, 3, 5)
    assert format_day_numbers(datetime(2026, 3, 5, 7, 30)) == "05/03/2026 07:30"
    assert format_day_numbers(None) == ""


def test_missing_values_give_empty_cells() -> None:
    assert format_date(None) == ""
    assert format_date_long(None) == ""
    assert format_datetime(None) == ""
    assert format_month(None) == ""
    assert format_number(None) == ""
    assert format_money(None) == ""


def test_numbers_in_french_use_narrow_no_break_space() -> None:
    assert format_number(1234567) == f"1{NNBSP}234{NNBSP}567"
    assert format_number(999) == "999"
    assert format_number(Decimal("1234.5"), 2) == f"1{NNBSP}234,50"
    assert format_number(0.1, 1) == "0,1"


def test_numbers_round_halves_up() -> None:
    assert format_number(2.5) == "3"
    assert format_number(Decimal("0.125"), 2) == "0,13"


def test_money_in_french() -> None:
    assert format_money(Decimal("1234567.50")) == f"1{NNBSP}234{NNBSP}567,50{NBSP}MAD"
    assert format_money(Decimal("12")) == f"12,00{NBSP}MAD"
    assert format_money(Decimal("0.005")) == f"0,01{NBSP}MAD"
    assert format_money(Decimal("-1500")) == f"-1{NNBSP}500,00{NBSP}MAD"
    assert format_money(Decimal("100"), currency="EUR") == f"100,00{NBSP}EUR"


def test_a_column_of_whole_dirhams_prints_without_centimes() -> None:
    assert format_amounts([Decimal("21377384.00"), Decimal("0"), None]) == [
        f"21{NNBSP}377{NNBSP}384{NBSP}MAD", f"0{NBSP}MAD", ""]
    # one amount with centimes: the whole column keeps two decimals, so it lines up
    assert format_amounts([Decimal("12.00"), Decimal("3.50")]) == [f"12,00{NBSP}MAD", f"3,50{NBSP}MAD"]
    assert format_amounts([Decimal("1500")], currency="") == [f"1{NNBSP}500"]
    with pytest.raises(TypeError):
        format_amounts([1.5])  # type: ignore[list-item]


def test_a_month_the_period_covers_in_part_says_which_days() -> None:
    period = (date(2025, 12, 8), date(2026, 12, 7))
    assert format_month(date(2025, 12, 1), period=period) == "décembre 2025 (8\u201331)"
    assert format_month(date(2026, 12, 1), period=period, short=True) == "déc. 2026 (1\u20137)"
    assert format_month(date(2026, 12, 1), period=period, short=True, year=False) == "déc. (1\u20137)"
    assert format_month(date(2026, 5, 1), period=period) == "mai 2026"  # a whole month
    assert format_month(date(2026, 2, 1), period=(date(2026, 2, 1), date(2026, 2, 28))) == "février 2026"


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        format_money(1234.5)  # type: ignore[arg-type]


def test_percent_in_french() -> None:
    assert format_percent(0.87) == f"87{NBSP}%"
    assert format_percent(0.875) == f"88{NBSP}%"
    assert format_percent(1) == f"100{NBSP}%"
    assert format_percent(0.8765, 1) == f"87,7{NBSP}%"
    assert format_percent(0) == f"0{NBSP}%"


def test_undefined_percent_is_a_dash_not_zero() -> None:
    assert format_percent(None) == "\u2014"


def test_clauses_in_french_take_a_no_break_space_before_the_semicolon() -> None:
    reasons = ["Rouge ou gris deux fois de suite", "Plus de 3 absences non excusées"]
    assert format_clauses(reasons) == f"Rouge ou gris deux fois de suite{NBSP}; Plus de 3 absences non excusées"
    assert format_clauses(iter(["seule raison"])) == "seule raison"
    assert format_clauses([]) == ""


def test_clauses_in_english_keep_the_semicolon_against_the_word(english: None) -> None:
    assert format_clauses(["Red or grey twice", "Over 3 unexcused absences"]) == (
        "Red or grey twice; Over 3 unexcused absences")


@pytest.mark.usefixtures("english")
def test_english_formatting() -> None:
    day = date(2026, 11, 22)
    assert format_date(day) == "22/11/2026"
    assert format_date_long(day) == "22 November 2026"
    assert format_month(day) == "November 2026"
    assert format_datetime(datetime(2026, 11, 22, 9, 5)) == "22/11/2026, 09:05"
    assert format_number(1234567) == "1,234,567"
    assert format_money(Decimal("1234567.5")) == f"1,234,567.50{NBSP}MAD"
    assert format_percent(0.87) == "87%"


def test_language_is_french_again_after_english_test() -> None:
    assert format_month(date(2026, 11, 1)) == "novembre 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22/11/2026", date(2026, 11, 22)),
        ("5/3/2026", date(2026, 3, 5)),
        ("5/3/26", date(2026, 3, 5)),
        ("1/1/85", date(1985, 1, 1)),
        ("2026-11-22", date(2026, 11, 22)),
        ("22.11.2026", date(2026, 11, 22)),
        ("22-11-2026", date(2026, 11, 22)),
        (" 22 / 11 / 2026 ", date(2026, 11, 22)),
    ],
)
def test_parse_date_accepts_usual_writings(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "   ", None, "demain", "22/11", "2026/11/22", "22/11/202", "1e3"])
def test_parse_date_refuses_non_dates(text: str | None) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(text, field="meeting_date")
    assert error.value.field == "meeting_date"
    assert error.value.text("en") == "Enter a date as dd/mm/yyyy, e.g. 22/11/2026."


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "00/01/2026"])
def test_parse_date_refuses_days_that_do_not_exist(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(text)
    assert error.value.text("en") == f"This date does not exist: {text}."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,50", "1234.50"),
        ("1234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        (f"1{NNBSP}234{NNBSP}567,5", "1234567.50"),
        (f"1{NBSP}234,50", "1234.50"),
        ("12.500", "12500.00"),
        ("1.234.567", "1234567.00"),
        ("1500", "1500.00"),
        ("0,5", "0.50"),
        ("12,", "12.00"),
        ("-250,75", "-250.75"),
        (f"1 234,50{NBSP}MAD", "1234.50"),
        ("1500 DH", "1500.00"),
        ("MAD 99", "99.00"),
    ],
)
def test_parse_money_accepts_usual_writings(text: str, expected: str) -> None:
    value = parse_money(text)
    assert value == Decimal(expected)
    assert str(value) == expected


@pytest.mark.parametrize(
    "text", ["", None, "abc", "1.2.3", "1,2.5", "12 euros", "--5", "1 234,5,0", "1234.567"]
)
def test_parse_money_refuses_non_amounts(text: str | None) -> None:
    with pytest.raises(ValidationError) as error:
        parse_money(text, field="amount_mad")
    assert error.value.field == "amount_mad"
    assert error.value.text("en") == "Enter an amount in dirhams, e.g. 1 234,50."


@pytest.mark.parametrize("text", ["1,234", "0.505", "12,999"])
def test_parse_money_refuses_more_than_two_decimals(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_money(text)
    assert error.value.text("en") == "Enter an amount with at most 2 decimals, e.g. 1 234,50."


amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@given(amounts, st.sampled_from(["fr", "en"]))
def test_a_formatted_amount_reads_back_the_same(amount: Decimal, language: str) -> None:
    i18n.set_language(language)
    try:
        assert parse_money(format_number(amount, 2)) == amount
        assert parse_money(format_money(amount)) == amount
    finally:
        i18n.set_language("fr")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_a_formatted_date_reads_back_the_same(day: date) -> None:
    assert parse_date(format_date(day)) == day


@given(st.text())
def test_parsers_raise_only_validation_errors(text: str) -> None:
    for parse in (parse_date, parse_money):
        try:
            parse(text)
        except ValidationError:
            pass

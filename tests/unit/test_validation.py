"""Validation of what the secretary types: the stored value, or the message shown by the field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import i18n
from app.domain import validation
from app.domain.errors import ValidationError
from app.domain.validation import (
    clean_name,
    clean_text,
    format_phone,
    normalize_email,
    normalize_ice,
    normalize_phone,
    phone_search_keys,
    reject_control_characters,
    validate_arabic_name,
    validate_date_range,
    validate_sane_date,
)

PHONE_MESSAGE = "Enter a valid Moroccan or international phone number, e.g. 06 61 23 45 67."


@pytest.fixture(autouse=True)
def french() -> Iterator[None]:
    previous = i18n.current_language()
    i18n.set_language("fr")
    yield
    i18n.set_language(previous)


def refused(function: Callable[..., object], *args: object, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as error:
        function(*args, **kwargs)
    return error.value


# ------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "typed",
    [
        "06 61 23 45 67",
        "0661234567",
        "0661-234567",
        "06.61.23.45.67",
        "+212 661 234 567",
        "+212661234567",
        "00212 661 234 567",
        "(+212) 661 23 45 67",
        "+212 (0)6 61 23 45 67",
        "  06 61 23 45 67  ",
        "٠٦٦١٢٣٤٥٦٧",
    ],
)
def test_moroccan_mobile_written_any_way_is_stored_in_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+212661234567"


def test_moroccan_landline_with_country_code_in_brackets() -> None:
    assert normalize_phone("(+212) 5 22 12 34 56") == "+212522123456"
    assert normalize_phone("05 22 12 34 56") == "+212522123456"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+33 1 42 68 53 00", "+33142685300"),
        ("0033 1 42 68 53 00", "+33142685300"),
        ("+34 912 345 678", "+34912345678"),
        ("+1 212 736 5000", "+12127365000"),
    ],
)
def test_foreign_numbers_with_plus_or_00(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_phone_is_none(empty: str | None) -> None:
    assert normalize_phone(empty) is None


@pytest.mark.parametrize(
    "typed",
    [
        "0661 23 45",  # too short
        "06612345678",  # one digit too many
        "01 42 68 53 00",  # French number without its country code
        "1-800-FLOWERS",  # letters are not silently turned into digits
        "0661234567 poste 12",
        "+999 123 456 789",  # no such country
        "06 61 23 45 67 / 06 62 00 00 00",  # two numbers in one field
        "+",
        "0" * 60,
    ],
)
def test_invalid_phone_is_refused_with_an_example(typed: str) -> None:
    error = refused(normalize_phone, typed, field="landline")
    assert error.field == "landline"
    assert error.text("en") == PHONE_MESSAGE


@pytest.mark.parametrize("typed", ["06 61 23 45 67", "(+212) 5 22 12 34 56", "0033 1 42 68 53 00", "+1 212 736 5000",
                                   "08 00 00 00 00"])
def test_a_normalised_phone_checked_again_is_the_same_number(typed: str) -> None:
    # An import checks each mobile twice; the second check gives back a number just returned as
    # it is, which is what the whole check gives for it.
    stored = normalize_phone(typed)
    assert stored is not None
    assert normalize_phone(stored) == stored
    assert validation._normalized_phone(stored, "mobile") == stored
    assert refused(normalize_phone, "0661 23 45", field="landline").field == "landline"


def test_phone_field_defaults_to_mobile() -> None:
    assert refused(normalize_phone, "123").field == "mobile"


@given(st.text())
def test_normalize_phone_raises_only_validation_errors(text: str) -> None:
    try:
        stored = normalize_phone(text)
    except ValidationError:
        return
    assert stored is None or (stored.startswith("+") and stored[1:].isdigit())
    if stored:
        # What is shown can be typed back and gives the same number.
        assert normalize_phone(format_phone(stored)) == stored


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+212661234567", "06 61 23 45 67"),
        ("+212522123456", "05 22 12 34 56"),
        ("+212800000000", "08 00 00 00 00"),
        ("+33142685300", "+33 1 42 68 53 00"),
        ("+12127365000", "+1 212-736-5000"),
        (None, ""),
        ("", ""),
        ("pas un numéro", "pas un numéro"),
        ("+2126612", "+2126612"),
    ],
)
def test_format_phone(stored: str | None, shown: str) -> None:
    assert format_phone(stored) == shown


def test_phone_search_keys_for_moroccan_number() -> None:
    keys = phone_search_keys("+212661234567").split()
    assert keys[:3] == ["0661234567", "212661234567", "661234567"]
    assert "00212661234567" in keys


def test_phone_search_keys_for_foreign_number() -> None:
    keys = phone_search_keys("+33142685300").split()
    assert {"0142685300", "33142685300", "0033142685300"} <= set(keys)


def test_phone_search_keys_of_nothing_or_garbage() -> None:
    assert phone_search_keys(None) == ""
    assert phone_search_keys("tel 12-34") == "1234"


# ------------------------------------------------------------------------- e-mail


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Jean.Dupont@Societe.MA ", "Jean.Dupont@societe.ma"),
        ("ali_2+club@mail-x.co.ma", "ali_2+club@mail-x.co.ma"),
        ("contact@société.ma", "contact@société.ma"),
    ],
)
def test_valid_email_keeps_local_part_and_lowercases_domain(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_empty_email_is_none(empty: str | None) -> None:
    assert normalize_email(empty) is None


@pytest.mark.parametrize(
    "typed",
    [
        "jean.dupont",
        "jean@societe",
        "jean@@societe.ma",
        "jean@soc@iete.ma",
        "jean dupont@societe.ma",
        "jean@societe .ma",
        "jean..dupont@societe.ma",
        ".jean@societe.ma",
        "jean@-societe.ma",
        "jean@societe.m",
        "@societe.ma",
        "a" * 245 + "@societe.ma",
    ],
)
def test_invalid_email_is_refused(typed: str) -> None:
    error = refused(normalize_email, typed)
    assert error.field == "email"
    assert error.text("en") == "Enter a valid e-mail address, e.g. nom@societe.ma."


# ---------------------------------------------------------------------------- ICE

# Valid ICE numbers documented in python-stdnum's own doctests.
VALID_ICE = "001561191000066"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (VALID_ICE, VALID_ICE),
        ("00 21 36 09 30 00 040", "002136093000040"),
        (" 001-561-191-000-066 ", VALID_ICE),
    ],
)
def test_valid_ice_is_stored_as_15_digits(typed: str, stored: str) -> None:
    assert normalize_ice(typed) == stored


def test_empty_ice_is_none() -> None:
    assert normalize_ice("  ") is None
    assert normalize_ice(None) is None


@pytest.mark.parametrize("typed", ["12345", "0015611910000661"])
def test_ice_of_wrong_length_says_how_many_digits(typed: str) -> None:
    error = refused(normalize_ice, typed)
    assert error.field == "ice"
    assert error.text("en") == f"An ICE has 15 digits; this one has {len(typed)}."


def test_ice_with_a_wrong_digit_fails_the_control_key() -> None:
    error = refused(normalize_ice, "001561191000065")
    assert error.text("en") == "This ICE is not valid: check its digits (the last two are a control key)."


def test_ice_with_letters_is_refused() -> None:
    assert refused(normalize_ice, "ICE00156119100006").text("en") == "An ICE is made of digits only."


# --------------------------------------------------------------------------- text


def test_clean_text_strips_and_collapses_spaces() -> None:
    assert clean_text("  Société   Générale\tdu  Maroc \n", "company") == "Société Générale du Maroc"


def test_clean_text_keeps_markup_literally() -> None:
    assert clean_text("<b>Dupont & Fils</b>", "company") == "<b>Dupont & Fils</b>"


def test_empty_optional_text_is_none() -> None:
    assert clean_text("   ", "notes") is None
    assert clean_text(None, "notes") is None


@pytest.mark.parametrize("empty", [None, "", " \t "])
def test_required_text(empty: str | None) -> None:
    error = refused(clean_text, empty, "company", required=True)
    assert error.field == "company"
    assert error.text("en") == "This field is required."


def test_too_long_text_names_the_limit() -> None:
    assert clean_text("x" * 200, "company") == "x" * 200
    error = refused(clean_text, "x" * 201, "company")
    assert error.text("en") == "Enter at most 200 characters."
    assert refused(clean_text, "abcdef", "code", max_length=5).text("en") == "Enter at most 5 characters."


def test_length_is_measured_after_cleaning() -> None:
    assert clean_text("  " + "x" * 5 + "  ", "code", max_length=5) == "xxxxx"


@pytest.mark.parametrize("text", ["Dupont\x00", "\x1b[31mrouge", "bip\x07", "a\ud800b"])
def test_control_characters_are_refused(text: str) -> None:
    error = refused(clean_text, text, "notes")
    assert error.text("en") == "Remove the invisible control characters from this text."


def test_moroccan_numbers_are_judged_as_the_full_parse_judges_them() -> None:
    """The shortcut for the usual Moroccan writings accepts exactly the numbers phonenumbers'
    parse accepts, stored alike, for every 4-digit prefix of a national number."""
    import random

    import phonenumbers

    def parsed(text: str) -> str | None:
        try:
            number = phonenumbers.parse(text, "MA")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def normalized(text: str) -> str | None:
        try:
            return normalize_phone(text)
        except ValidationError:
            return None

    draw = random.Random(1042)
    accepted = 0
    for prefix in range(5000, 9000):
        national = f"{prefix}{draw.randrange(100_000):05d}"
        for text in (f"0{national}", f"+212 {national[:3]}-{national[3:]}", f"00212.{national}"):
            assert normalized(text) == parsed(text), text
            accepted += normalized(text) is not None
    assert accepted > 1000  # the comparison covers numbers the shortcut accepts


def test_exactly_the_control_characters_and_surrogates_are_refused() -> None:
    """Every code point Unicode files as a control character or a surrogate is refused, tab and
    line breaks aside, and no other."""
    import sys
    import unicodedata

    refused_ones = []
    for code in range(sys.maxunicode + 1):
        try:
            reject_control_characters(f"a{chr(code)}b", "notes")
        except ValidationError:
            refused_ones.append(code)
    expected = [code for code in range(sys.maxunicode + 1)
                if unicodedata.category(chr(code)) in ("Cc", "Cs") and chr(code) not in "\t\n\r"]
    assert refused_ones == expected


def test_multiline_text_keeps_line_breaks() -> None:
    typed = "  Première ligne  \r\nDeuxième   ligne\n\n\n\nFin  "
    assert clean_text(typed, "notes", multiline=True) == "Première ligne\nDeuxième ligne\n\nFin"


def test_multiline_text_still_refuses_control_characters() -> None:
    assert refused(clean_text, "ligne\x00", "notes", multiline=True).field == "notes"


@given(st.text())
def test_clean_text_never_leaves_stray_whitespace(text: str) -> None:
    try:
        cleaned = clean_text(text, "notes")
    except ValidationError:
        return
    if cleaned is not None:
        assert cleaned == cleaned.strip()
        assert "  " not in cleaned and "\n" not in cleaned
        assert 0 < len(cleaned) <= 200


# -------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Jean-Pierre   El Amrani ", "Jean-Pierre El Amrani"),
        ("محمد بن علي", "محمد بن علي"),
        ("ⵜⵉⴼⵉⵏⴰⵖ", "ⵜⵉⴼⵉⵏⴰⵖ"),
        ("3M", "3M"),
        ("O'Brien & Co <SARL>", "O'Brien & Co <SARL>"),
    ],
)
def test_clean_name_accepts_letters_of_any_script(typed: str, stored: str) -> None:
    assert clean_name(typed, "last_name") == stored


@pytest.mark.parametrize("typed", ["-", "123", "... ---"])
def test_name_without_a_letter_is_refused(typed: str) -> None:
    error = refused(clean_name, typed, "last_name")
    assert error.field == "last_name"
    assert error.text("en") == "A name must contain at least one letter."


def test_name_is_required_by_default_and_limited_to_80() -> None:
    assert refused(clean_name, " ", "first_name").text("en") == "This field is required."
    assert clean_name(" ", "middle_name", required=False) is None
    assert refused(clean_name, "a" * 81, "first_name").text("en") == "Enter at most 80 characters."


@pytest.mark.parametrize("typed", ["محمد العلوي", "فاطمة الزهراء بنّاني", "عبد الله-بن علي"])
def test_arabic_name_accepted(typed: str) -> None:
    assert validate_arabic_name(typed) == typed


def test_arabic_name_is_optional() -> None:
    assert validate_arabic_name("   ") is None
    assert validate_arabic_name(None) is None


@pytest.mark.parametrize("typed", ["Mohamed", "محمد Alaoui", "محمد é"])
def test_arabic_name_with_latin_letters_is_refused(typed: str) -> None:
    error = refused(validate_arabic_name, typed)
    assert error.field == "arabic_name"
    assert error.text("en") == "Write this name in Arabic letters only, without Latin letters."


@pytest.mark.parametrize("typed", ["123", "ⵜⵉⴼⵉⵏⴰⵖ", "Иван"])
def test_arabic_name_without_arabic_letters_is_refused(typed: str) -> None:
    assert refused(validate_arabic_name, typed).text("en") == "Write this name in Arabic letters."


# -------------------------------------------------------------------------- dates

TODAY = date(2026, 11, 22)


def test_join_date_between_1950_and_today() -> None:
    assert validate_sane_date(date(1950, 1, 1), "joined_on", today=TODAY) == date(1950, 1, 1)
    assert validate_sane_date(TODAY, "joined_on", today=TODAY) == TODAY
    assert validate_sane_date(datetime(2020, 5, 4, 10, 0), "joined_on", today=TODAY) == date(2020, 5, 4)


@pytest.mark.parametrize("day", [date(1949, 12, 31), date(2026, 11, 23), date(2206, 11, 22)])
def test_join_date_out_of_bounds_gives_the_bounds_in_french(day: date) -> None:
    error = refused(validate_sane_date, day, "joined_on", today=TODAY)
    assert error.field == "joined_on"
    assert error.text("en") == "Enter a date between 01/01/1950 and 22/11/2026."


def test_planned_dates_may_be_ahead() -> None:
    ahead = date(2027, 11, 22)
    assert validate_sane_date(ahead, "meeting_date", latest_days_ahead=365, today=TODAY) == ahead
    error = refused(
        validate_sane_date, date(2027, 11, 23), "meeting_date", latest_days_ahead=365, today=TODAY
    )
    assert error.params == {"earliest": "01/01/1950", "latest": "22/11/2027"}


def test_default_bound_is_the_real_today() -> None:
    assert validate_sane_date(date.today(), "joined_on") == date.today()
    refused(validate_sane_date, date.fromordinal(date.today().toordinal() + 1), "joined_on")


def test_date_range() -> None:
    validate_date_range(date(2026, 1, 1), date(2026, 1, 1))
    validate_date_range(date(2026, 1, 1), None)
    validate_date_range(None, date(2026, 1, 1))
    error = refused(validate_date_range, date(2026, 2, 1), date(2026, 1, 31), field="date_to")
    assert error.field == "date_to"
    assert error.text("en") == "The end date must be on or after the start date."


def test_a_stored_member_reads_back_into_every_field_of_the_form() -> None:
    from dataclasses import fields
    from types import SimpleNamespace

    from app.domain.enums import ClubRole
    from app.domain.members import MemberInput, input_of

    stored = {f.name: None for f in fields(MemberInput)}
    stored.update(first_name="Salma", last_name="Bennani", company="Atlas", chapter_id=3,
                  join_date=date(2024, 5, 2), club_role=ClubRole.TREASURER, consent_directory_on=date(2024, 5, 2),
                  sector_id=None)
    form = input_of(SimpleNamespace(**stored))
    assert (form.first_name, form.chapter_id, form.join_date) == ("Salma", 3, date(2024, 5, 2))
    assert (form.club_role, form.consent_directory_on) == (ClubRole.TREASURER, date(2024, 5, 2))
    assert form.email == form.arabic_name == form.notes == ""  # an empty text is "" in the form
    assert form.sector_id is None and form.consent_processing_on is None  # an empty id or date stays None

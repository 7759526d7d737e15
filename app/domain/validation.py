"""Checks and clean-ups of what the secretary types: phones, e-mails, ICE, names, text, dates.

Each function returns the value as it should be stored (or ``None`` for an empty optional
field) and raises :class:`~app.domain.errors.ValidationError` naming the field, with a short
English message that the UI and the CLI show translated.

Storage conventions decided here:
- phones are stored in E.164 (``+212661234567``) and shown with :func:`format_phone`;
- e-mails keep the local part as typed (it may be case-sensitive) and lower-case the domain;
- ICE numbers are stored as their 15 digits;
- text is stripped, internal whitespace collapsed, and stored literally (``<b>&`` stays
  ``<b>&``: escaping is the job of whoever renders it as markup).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from app.domain.errors import ValidationError
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import phonenumbers

__all__ = [
    "JOIN_DATE_EARLIEST",
    "clean_name",
    "clean_text",
    "has_control_characters",
    "reject_control_characters",
    "format_phone",
    "normalize_email",
    "normalize_ice",
    "normalize_phone",
    "phone_search_keys",
    "validate_arabic_name",
    "parse_time_of_day",
    "validate_date_range",
    "validate_sane_date",
]

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Enter at most {max_length} characters.")
MSG_CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "Validation", "Remove the invisible control characters from this text."
)
MSG_NAME_LETTER = QT_TRANSLATE_NOOP("Validation", "A name must contain at least one letter.")
MSG_ARABIC_LETTER = QT_TRANSLATE_NOOP("Validation", "Write this name in Arabic letters.")
MSG_ARABIC_NO_LATIN = QT_TRANSLATE_NOOP(
    "Validation", "Write this name in Arabic letters only, without Latin letters."
)
MSG_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "Enter a valid Moroccan or international phone number, e.g. 06 61 23 45 67."
)
MSG_EMAIL = QT_TRANSLATE_NOOP("Validation", "Enter a valid e-mail address, e.g. nom@societe.ma.")
MSG_ICE_LENGTH = QT_TRANSLATE_NOOP("Validation", "An ICE has 15 digits; this one has {length}.")
MSG_ICE_DIGITS = QT_TRANSLATE_NOOP("Validation", "An ICE is made of digits only.")
MSG_ICE_CHECKSUM = QT_TRANSLATE_NOOP(
    "Validation", "This ICE is not valid: check its digits (the last two are a control key)."
)
MSG_DATE_BOUNDS = QT_TRANSLATE_NOOP("Validation", "Enter a date between {earliest} and {latest}.")
MSG_DATE_ORDER = QT_TRANSLATE_NOOP("Validation", "The end date must be on or after the start date.")
MSG_TIME = QT_TRANSLATE_NOOP("Validation", "Enter a time such as 7:30, 0730 or 19h.")

JOIN_DATE_EARLIEST = date(1950, 1, 1)

# ---------------------------------------------------------------------------- text


# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F) but tab, line
# feed and carriage return, and its surrogates (Cs: U+D800-U+DFFF). Both categories are closed
# by Unicode's stability policy; tests/unit/test_validation.py compares this with unicodedata
# over every code point. One search in C instead of a category lookup a character: an import of
# 20,000 rows checks some 400,000 cells.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control_characters(text: str) -> bool:
    """Whether text holds invisible control characters (tabs and line breaks aside)."""
    # Cc: NUL, escape codes pasted from terminals, which break CSV exports and PDFs.
    # Cs: lone surrogates, which cannot even be encoded to store them.
    return _CONTROL_CHARACTERS.search(text) is not None


def reject_control_characters(text: str, field: str) -> None:
    """Refuse text holding invisible control characters (tabs and line breaks aside)."""
    if has_control_characters(text):
        raise ValidationError(field, MSG_CONTROL_CHARACTERS)


def clean_text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    max_length: int = 200,
    multiline: bool = False,
) -> str | None:
    """Strip and collapse whitespace; ``None`` for an empty optional field.

    Single-line text turns tabs and line breaks (pasted from a spreadsheet) into single
    spaces. Multi-line text (``multiline=True``, e.g. notes) keeps its line breaks, collapses
    spaces within each line and keeps at most one empty line between paragraphs. The
    length limit is checked on the cleaned text.
    """
    text = value or ""
    reject_control_characters(text, field)
    if multiline:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    else:
        text = " ".join(text.split())
    if not text:
        if required:
            raise ValidationError(field, MSG_REQUIRED)
        return None
    if len(text) > max_length:
        raise ValidationError(field, MSG_TOO_LONG, max_length=max_length)
    return text


def clean_name(value: str | None, field: str, required: bool = True) -> str | None:
    """A person's or company's name: clean text of at most 80 characters with a letter in it.

    Letters of any script count (Latin, Arabic, Tifinagh...), so "3M" and "محمد" pass and
    "-" or "123" do not.
    """
    text = clean_text(value, field, required=required, max_length=80)
    if text is not None and not any(char.isalpha() for char in text):
        raise ValidationError(field, MSG_NAME_LETTER)
    return text


_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _is_arabic_letter(char: str) -> bool:
    code = ord(char)
    return char.isalpha() and any(low <= code <= high for low, high in _ARABIC_RANGES)


def _is_latin_letter(char: str) -> bool:
    # The Unicode name is the reliable test: Latin letters are spread over a dozen blocks.
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN ")


def validate_arabic_name(value: str | None, field: str = "arabic_name") -> str | None:
    """The optional name written in Arabic: Arabic letters, no Latin letter; ``None`` if empty."""
    text = clean_text(value, field, max_length=80)
    if text is None:
        return None
    if any(_is_latin_letter(char) for char in text):
        raise ValidationError(field, MSG_ARABIC_NO_LATIN)
    if not any(_is_arabic_letter(char) for char in text):
        raise ValidationError(field, MSG_ARABIC_LETTER)
    return text


# --------------------------------------------------------------------------- phones

# What people write around the digits of a phone number; letters (vanity numbers,
# "poste 12") are refused rather than silently converted to digits by phonenumbers.
_PHONE_CHARACTERS = re.compile(r"[\d\s+\-.()/]+")
_MOROCCO = "MA"
# How nearly every Moroccan number is written, once spaces, dots and hyphens are taken out
# ("06 61 23 45 67", "+212 661-234567", "00212..."): the 9 digits after the prefix are the
# national number phonenumbers' parse would find (no national prefix to strip after them).
_MOROCCAN_SHAPE = re.compile(r"(?:0|\+212|00212)([5-8]\d{8})")
_SEPARATORS = str.maketrans("", "", " .-")


# The kinds of number phonenumbers tells a valid number by, in the order it tries them.
_NUMBER_KINDS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
                 "voicemail", "fixed_line", "mobile")
_Patterns = tuple[tuple[frozenset[int], re.Pattern[str]], ...]


@cache
def _moroccan_patterns() -> tuple[re.Pattern[str] | None, _Patterns, _Patterns]:
    """Morocco's numbers as phonenumbers' own metadata describes them: the pattern that tells a
    national number of Morocco (not of Western Sahara, which shares +212), the general pattern
    and the patterns of its kinds of number, those of a kind with the same lengths joined into
    one, each with the lengths it allows (none: any)."""
    import phonenumbers  # imported on first use: not needed to start the app

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(_MOROCCO)
    if metadata is None:
        return None, (), ()

    def described(descriptions: list[Any]) -> _Patterns:
        by_length: dict[frozenset[int], list[str]] = {}
        for description in descriptions:
            if description is not None and description.national_number_pattern:
                by_length.setdefault(frozenset(description.possible_length), []).append(
                    description.national_number_pattern)
        return tuple((lengths, re.compile("|".join(f"(?:{p})" for p in patterns)))
                     for lengths, patterns in by_length.items())

    leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
    return (leading, described([metadata.general_desc]),
            described([getattr(metadata, kind) for kind in _NUMBER_KINDS]))


def _valid_moroccan(national: str) -> str | None:
    """The E.164 form of a Moroccan national number that phonenumbers holds valid, else None.

    The number is judged as phonenumbers' ``is_valid_number`` judges it (its general pattern,
    then one of its kinds, each with its lengths), without its parse (two thirds of the time of
    a phone check, about 35 of 55 µs as last measured) and with the patterns of its metadata
    compiled once: two searches of about 3 µs instead of the library's 9 to 19 µs (a pattern
    looked up and tried a kind after another), for each of the 20,000 numbers of an import.
    tests/unit/test_validation.py compares the outcome with the full parse over every Moroccan
    prefix.
    """
    leading, general, kinds = _moroccan_patterns()
    if leading is None or not leading.match(national):  # not told apart by its first digits
        import phonenumbers

        number = phonenumbers.PhoneNumber(country_code=212, national_number=int(national))
        if not phonenumbers.is_valid_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def matches(patterns: _Patterns) -> bool:
        return any((not lengths or len(national) in lengths) and pattern.fullmatch(national)
                   for lengths, pattern in patterns)

    return f"+212{national}" if matches(general) and matches(kinds) else None


# The numbers normalize_phone gave back lately: one that comes again is given back as it is (an
# import checks each mobile twice, its cell and then, normalised, by the member form's rules).
_GIVEN_BACK: dict[str, None] = {}
_GIVEN_BACK_KEPT = 50_000


def normalize_phone(value: str | None, field: str = "mobile") -> str | None:
    """Return the number in E.164 (``+212661234567``), or ``None`` if the field is empty.

    Moroccan numbers may be written nationally (``06 61 23 45 67``, ``0661-234567``) or with
    the country code (``+212 661 234 567``, ``00212 661...``, ``(+212) 5 22...``,
    ``+212 (0)6...``); foreign numbers need their ``+`` or ``00`` prefix. A number in the form
    this returns is returned unchanged.
    """
    if value in _GIVEN_BACK:
        return value
    text = (value or "").strip()
    if not text:
        return None
    e164 = _normalized_phone(text, field)
    if len(_GIVEN_BACK) >= _GIVEN_BACK_KEPT:
        _GIVEN_BACK.clear()
    _GIVEN_BACK[e164] = None
    return e164


def _normalized_phone(text: str, field: str) -> str:
    import phonenumbers  # imported on first use: not needed to start the app

    if len(text) > 40 or not _PHONE_CHARACTERS.fullmatch(text):
        raise ValidationError(field, MSG_PHONE)
    moroccan = _MOROCCAN_SHAPE.fullmatch(text.translate(_SEPARATORS))
    if moroccan is not None and (e164 := _valid_moroccan(moroccan.group(1))) is not None:
        return e164
    try:
        number = phonenumbers.parse(text, _MOROCCO)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, MSG_PHONE) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, MSG_PHONE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_stored_phone(e164: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers  # imported on first use: not needed to start the app

    try:
        number = phonenumbers.parse(e164, _MOROCCO)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _moroccan_national_digits(number: phonenumbers.PhoneNumber) -> str:
    import phonenumbers  # imported on first use: not needed to start the app

    return "0" + phonenumbers.national_significant_number(number)


_STORED_MOROCCAN = re.compile(r"\+212([5-8]\d{8})")


def _stored_moroccan(e164: str) -> str | None:
    """The 9 significant digits of a stored Moroccan mobile or landline, without phonenumbers.

    Listing 20,000 members formats every phone; this shortcut keeps the library (and its
    metadata) off the start path. Stored numbers were validated when saved.
    """
    match = _STORED_MOROCCAN.fullmatch(e164)
    return match.group(1) if match else None


def format_phone(e164: str | None) -> str:
    """Show a stored number: ``06 61 23 45 67`` for Morocco, ``+33 1 42 68 53 00`` abroad.

    Moroccan numbers always get the ``0X XX XX XX XX`` grouping people use (phonenumbers
    would write toll-free numbers ``080-0000000``). Text that is not a valid number is
    returned unchanged, so legacy data stays visible. ``None`` gives ``""``.
    """
    if not e164:
        return ""
    significant = _stored_moroccan(e164)
    if significant is not None:
        digits = "0" + significant
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    import phonenumbers  # imported on first use: not needed to start the app

    number = _parse_stored_phone(e164)
    if number is None:
        return e164
    if phonenumbers.region_code_for_number(number) == _MOROCCO:
        digits = _moroccan_national_digits(number)
        if len(digits) == 10:
            return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_search_keys(e164: str | None) -> str:
    """Digit strings someone may type to find this number, separated by spaces.

    For ``+212661234567``: ``"0661234567 212661234567 661234567 00212661234567"`` — the
    national form, the international form with and without ``00``, and the bare number —
    so "0661", "661 23" or "+212 661" all find it (see :func:`app.domain.text.matches`).
    """
    if not e164:
        return ""
    significant = _stored_moroccan(e164)
    if significant is not None:
        return f"0{significant} 212{significant} {significant} 00212{significant}"
    import phonenumbers  # imported on first use: not needed to start the app

    number = _parse_stored_phone(e164)
    if number is None:
        return re.sub(r"\D", "", e164)
    significant = phonenumbers.national_significant_number(number)
    international = f"{number.country_code}{significant}"
    national = re.sub(r"\D", "", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    keys = [national, international, significant, "00" + international]
    return " ".join(dict.fromkeys(key for key in keys if key))


# --------------------------------------------------------------------------- e-mail

# Pragmatic, not RFC 5322: one @, no spaces, a dotted domain of letters/digits/hyphens
# (internationalised domains allowed), a top-level domain of at least two letters.
_EMAIL = re.compile(
    r"[^\s@\"(),:;<>\[\]\\]+"
    r"@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}"
)


@lru_cache(maxsize=4096)
def normalize_email(value: str | None, field: str = "email") -> str | None:
    """Return the address with its domain in lower case, or ``None`` if the field is empty.

    Cached: an import checks each address twice (to match the row, then by the member form's
    rules), with a pattern that costs a few microseconds."""
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise ValidationError(field, MSG_EMAIL)
    local, _, domain = text.rpartition("@")
    if local.startswith(".") or local.endswith(".") or ".." in local or len(local) > 64:
        raise ValidationError(field, MSG_EMAIL)
    return f"{local}@{domain.lower()}"


# ------------------------------------------------------------------------------ ICE


def normalize_ice(value: str | None, field: str = "ice") -> str | None:
    """Return the 15 digits of a Moroccan ICE, or ``None`` if the field is empty.

    Spaces, dots and dashes typed between the digits are ignored.
    """
    # Imported here: stdnum's package pulls in ~20 ms of unrelated modules (ssl, pydoc),
    # too much to pay at start-up for a field filled once per company.
    from stdnum import exceptions as stdnum_errors
    from stdnum.ma import ice as stdnum_ice

    text = (value or "").strip()
    if not text:
        return None
    compact = re.sub(r"[\s.\-]", "", text)
    if not compact.isdecimal() or not compact.isascii():
        raise ValidationError(field, MSG_ICE_DIGITS)
    if len(compact) != 15:
        raise ValidationError(field, MSG_ICE_LENGTH, length=len(compact))
    try:
        return stdnum_ice.validate(compact)
    except stdnum_errors.ValidationError:
        raise ValidationError(field, MSG_ICE_CHECKSUM) from None


# ---------------------------------------------------------------------------- dates


def validate_sane_date(
    d: date,
    field: str,
    *,
    earliest: date = JOIN_DATE_EARLIEST,
    latest_days_ahead: int = 0,
    today: date | None = None,
) -> date:
    """Refuse dates that are typing mistakes: before ``earliest`` or too far in the future.

    The default suits a join date: from 1 January 1950 to today. Meetings planned ahead pass
    ``latest_days_ahead``. ``today`` is for tests. The message gives both bounds, formatted
    for the current language (``01/01/1950``).
    """
    day = d.date() if isinstance(d, datetime) else d
    latest = (today or date.today()) + timedelta(days=latest_days_ahead)
    if not earliest <= day <= latest:
        raise ValidationError(
            field, MSG_DATE_BOUNDS, earliest=format_date(earliest), latest=format_date(latest)
        )
    return day


def validate_date_range(start: date | None, end: date | None, field: str = "end") -> None:
    """Refuse a period whose end is before its start; an open end (``None``) is fine."""
    if start is not None and end is not None and end < start:
        raise ValidationError(field, MSG_DATE_ORDER)


# "7:30", "07.30", "7h30", "7 h 30", "19h", "19": hours, then optional minutes after a separator.
_TIME_SEPARATED = re.compile(r"(\d{1,2})\s*(?:[:.hH]\s*(\d{2})?)?")


def parse_time_of_day(value: str | None, field: str = "start_time") -> time | None:
    """The time of day the secretary typed, ``None`` for an empty field.

    Accepted: ``7:30``, ``07:30``, ``7.30``, ``7h30``, ``19h``, ``19``, and digits alone
    (``730``, ``0730``, ``1930``: the last two digits are the minutes).
    """
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) in (3, 4):
        hours, minutes = int(text[:-2]), int(text[-2:])
    else:
        match = _TIME_SEPARATED.fullmatch(text)
        if match is None:
            raise ValidationError(field, MSG_TIME)
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise ValidationError(field, MSG_TIME)
    return time(hours, minutes)

"""The one place that turns dates, numbers and money into text and back, for the UI and the PDFs.

Output follows :func:`app.i18n.current_language`: ``fr`` uses the ``fr_FR`` locale (narrow
no-break space U+202F between thousands, decimal comma, "87 %" with a no-break space), ``en``
uses ``en_GB`` (day-first dates like French, so a printed table reads the same in both).
Moroccan conventions applied on top of the locale: money is in MAD by default, always with two
decimals and the ISO code *after* the amount in both languages ("1 234,50 MAD", "1,234.50 MAD"),
as on Moroccan invoices. A column of amounts printed for the board (:func:`format_amounts`)
drops the ",00" when none of them has centimes.

Every ``format_*`` function returns ``""`` for ``None`` (an empty cell), except
:func:`format_percent`, which returns an em dash: a ratio is ``None`` when it is undefined
(no meeting in the period), which a board member must be able to tell from 0 %.

Babel is imported inside the functions: it is only needed once the first number is shown,
and keeping it out of ``import app.formatting`` keeps the application's start fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, current_language

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "format_date",
    "format_date_long",
    "format_amounts",
    "format_clauses",
    "format_datetime",
    "format_day_numbers",
    "format_elided",
    "typographic_apostrophes",
    "format_money",
    "format_month",
    "format_number",
    "format_percent",
    "format_time",
    "parse_date",
    "parse_money",
]

_BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
NO_RATIO = "\u2014"

MSG_DATE_FORMAT = QT_TRANSLATE_NOOP("Validation", "Enter a date as dd/mm/yyyy, e.g. 22/11/2026.")
MSG_DATE_MISSING = QT_TRANSLATE_NOOP("Validation", "This date does not exist: {text}.")
MSG_MONEY_FORMAT = QT_TRANSLATE_NOOP("Validation", "Enter an amount in dirhams, e.g. 1 234,50.")
MSG_MONEY_DECIMALS = QT_TRANSLATE_NOOP(
    "Validation", "Enter an amount with at most 2 decimals, e.g. 1 234,50."
)


@cache
def _babel_locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(_BABEL_LOCALES.get(language, _BABEL_LOCALES["fr"]))


def _locale() -> Locale:
    return _babel_locale(current_language())


def _as_date(d: date) -> date:
    # A datetime is a date too, but formatting it as one must not show a time.
    return d.date() if isinstance(d, datetime) else d


def format_date(d: date | None) -> str:
    """Short date used in tables and forms: ``22/11/2026``."""
    if d is None:
        return ""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(_as_date(d), "short", locale=_locale())


def format_date_long(d: date | None) -> str:
    """Date in words, for report headings and letters: ``22 novembre 2026``, ``1er mars 2026``."""
    if d is None:
        return ""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(_as_date(d), "long", locale=_locale())
    if _as_date(d).day == 1 and str(_locale()).startswith("fr") and text.startswith("1 "):
        text = "1er " + text[2:]  # French writes the first of the month as an ordinal
    return text


def format_datetime(dt: datetime | None) -> str:
    """Date and time to the minute: ``22/11/2026 09:05`` (``22/11/2026, 09:05`` in English).

    The time is shown as stored: naive datetimes are local time, aware ones keep their zone.
    """
    if dt is None:
        return ""
    from babel.dates import format_datetime as babel_format_datetime

    # Without tzinfo Babel does not convert, so the wall-clock time written is the one shown.
    return babel_format_datetime(dt, "short", locale=_locale())


def format_time(t: time | datetime | None) -> str:
    """Time of day to the minute, ``09:05``: the 24-hour clock of both languages."""
    if t is None:
        return ""
    return t.strftime("%H:%M")


def format_day_numbers(d: date | None) -> str:
    """``22/11/2026``, or ``22/11/2026 09:05`` for a datetime, whatever the language.

    For text that :func:`parse_date` must read back (a spreadsheet cell's value), not for display.
    """
    if d is None:
        return ""
    return d.strftime("%d/%m/%Y %H:%M" if isinstance(d, datetime) else "%d/%m/%Y")


def format_month(d: date | None, *, period: tuple[date, date] | None = None, short: bool = False,
                 year: bool = True) -> str:
    """Month and year, for period headings and tables: ``novembre 2026``.

    Args:
        period: the ``(start, end)`` the month belongs to: a month the period covers only in
            part (its first or last) says which days, ``décembre 2026 (1–7)``, so a board member
            does not compare a week with a whole month.
        short: the abbreviated month, for chart axes: ``déc. 2026``.
        year: without the year (``déc. (1–7)``), when the axis writes it once.
    """
    if d is None:
        return ""
    from babel.dates import format_date as babel_format_date

    # "LLLL" is the stand-alone month name: nominative, lower case in French.
    pattern = ("LLL" if short else "LLLL") + (" y" if year else "")
    text = babel_format_date(_as_date(d), pattern, locale=_locale())
    days = month_days(_as_date(d), *period) if period is not None else None
    return f"{text} ({days[0]}\u2013{days[1]})" if days is not None else text


def month_days(month: date, start: date, end: date) -> tuple[int, int] | None:
    """The first and last day of ``month`` inside ``[start, end]``, or None when the period
    covers the whole month."""
    first = month.replace(day=1)
    last = (first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1) - timedelta(days=1))
    low, high = max(first, start), min(last, end)
    return None if (low, high) == (first, last) else (low.day, high.day)


def _to_decimal(number: int | float | Decimal) -> Decimal:
    if isinstance(number, float):
        # repr gives the shortest text that round-trips, so 0.1 stays 0.1 and not 0.1000000000000000055.
        return Decimal(repr(number))
    return Decimal(number)


def _decimal_pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


def format_number(number: int | float | Decimal | None, decimals: int = 0) -> str:
    """Number with thousands grouped: ``1 234 567`` (U+202F in French), ``1,234,567`` in English.

    Halves round up (2.5 -> 3), as people expect, not to even as Babel would.
    """
    if number is None:
        return ""
    from babel.numbers import format_decimal

    value = _to_decimal(number).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return format_decimal(value, format=_decimal_pattern(decimals), locale=_locale())


def format_money(amount: Decimal | int | None, currency: str = "MAD") -> str:
    """Amount with two decimals and the currency code after it: ``1 234 567,50 MAD``.

    Raises:
        TypeError: ``amount`` is a float; amounts are ``Decimal`` so that totals add up exactly.
    """
    if amount is None:
        return ""
    if isinstance(amount, float):
        raise TypeError("money amounts must be Decimal, not float")
    # A no-break space keeps "MAD" on the same line as the amount in narrow table cells.
    return f"{format_number(amount, 2)}\u00a0{currency}"


def format_amounts(amounts: Iterable[Decimal | int | None], currency: str = "MAD") -> list[str]:
    """A column of amounts, for a report or a figure a board reads: whole dirhams print without
    ",00" (``21 377 384 MAD``), unless one amount of the column has centimes, then all have two
    decimals so the column lines up. Pass a table's total with its rows, as it shares the column.
    An empty ``currency`` leaves the code out, for a figure whose caption names it.
    """
    values = list(amounts)
    if any(isinstance(amount, float) for amount in values):
        raise TypeError("money amounts must be Decimal, not float")
    cents = any(amount is not None and Decimal(amount) % 1 for amount in values)
    suffix = f"\u00a0{currency}" if currency else ""
    return ["" if amount is None else format_number(amount, 2 if cents else 0) + suffix for amount in values]


def format_percent(ratio: float | Decimal | None, decimals: int = 0) -> str:
    """Ratio as a percentage: 0.87 -> ``87 %`` (no-break space in French), ``87%`` in English.

    ``None`` (undefined ratio) gives an em dash.
    """
    if ratio is None:
        return NO_RATIO
    number = format_number(_to_decimal(ratio) * 100, decimals)
    # The locale's pattern says where the sign goes and with which space ("#,##0 %" in French).
    return _locale().percent_formats[None].pattern.replace("#,##0", number, 1)


def format_clauses(clauses: Iterable[str]) -> str:
    """Clauses of one sentence (the reasons for a light, the overrides that lowered it) joined by
    a semicolon: ``a ; b`` in French, with a no-break space before the sign as French
    typography wants it, ``a; b`` in English.

    The no-break space is U+00A0, not the narrow one: a PDF paragraph may break a line at U+202F,
    which would start the next line with the semicolon.
    """
    separator = "\u00a0; " if current_language() == "fr" else "; "
    return separator.join(clauses)


# French elision (« d’Agadir », « d’Oujda », « de Casablanca »): "de" and "que" lose their vowel
# before a vowel or a mute h. Whether an h is mute is a property of the word, not of its spelling:
# the words below are the mute ones a club's names and places start with; any other h is taken
# as aspirated (« de Hay Hassani »), which is the safe side: "de" before a mute h reads as
# careless, "d’" before an aspirated one as wrong.
_MUTE_H = ("habitat", "hammam", "herbor", "heure", "hippodrome", "histoire", "homme", "hôpital",
           "hôtel", "huil", "humain")
_ELIDED = re.compile(r"\b([Dd]e|[Qq]ue) \{(\w+)\}")
APOSTROPHE = "\u2019"  # the typographic apostrophe of printed French


_STRAIGHT = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_ADDRESS = re.compile(r"\S*[@/]\S*")  # an e-mail or a web address: printed as written


def typographic_apostrophes(text: str) -> str:
    """``text`` as French print wants it: a straight apostrophe between two letters becomes the
    typographic one (« l’annuaire », « Assur’Conseil »); an e-mail or a web address is left as
    written, since a reader copies it."""
    if "'" not in text:
        return text
    parts = []
    start = 0
    for match in _ADDRESS.finditer(text):
        parts.append(_STRAIGHT.sub(APOSTROPHE, text[start:match.start()]))
        parts.append(match.group(0))
        start = match.end()
    parts.append(_STRAIGHT.sub(APOSTROPHE, text[start:]))
    return "".join(parts)


def elides(word: str) -> bool:
    """Whether French "de" before ``word`` becomes "d’": a vowel, a mute h (``_MUTE_H``) or a
    y that is a vowel (« d’Ypres », but « de Youssoufia »)."""
    first = word.lstrip("«\"“ ")[:2].casefold()
    if not first:
        return False
    letter = _unaccented(first[0])
    if letter in "aeiou":
        return True
    if letter == "y":
        return len(first) > 1 and _unaccented(first[1]) not in "aeiou"
    return letter == "h" and word.lstrip("«\"“ ").casefold().startswith(_MUTE_H)


def _unaccented(letter: str) -> str:
    return unicodedata.normalize("NFD", letter)[:1]


def format_elided(template: str, /, **values: object) -> str:
    """``template.format(**values)``, with French elision where the template writes "de {name}"
    or "que {name}" and the value elides (:func:`elides`): « Taux de présence aux réunions
    d’Oujda », « … de Casablanca ». A template without such a place (English) is only formatted."""

    def elide(match: re.Match[str]) -> str:
        word, name = match.group(1), match.group(2)
        value = str(values.get(name, ""))
        return f"{word[:-1]}{APOSTROPHE}{{{name}}}" if elides(value) else match.group(0)

    return _ELIDED.sub(elide, template).format(**values)


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")


def _full_year(year: str, today: date) -> int:
    if len(year) == 4:
        return int(year)
    # Two-digit years: the nearest century that is not more than 20 years ahead, so that
    # "26" is 2026 and "85" is 1985 (a member's birth or a company's founding).
    candidate = 2000 + int(year)
    return candidate if candidate <= today.year + 20 else candidate - 100


def parse_date(text: str | None, field: str = "date") -> date:
    """Read a date typed by a person: ``22/11/2026``, ``5/3/26``, ``22.11.2026`` or ``2026-11-22``.

    Always day first (as in both French and British usage).

    Raises:
        ValidationError: the text is empty, not a date, or a day that does not exist (31/02).
    """
    cleaned = "".join((text or "").split())
    if iso := _ISO_DATE.fullmatch(cleaned):
        year, month, day = (int(part) for part in iso.groups())
    elif day_first := _DAY_FIRST_DATE.fullmatch(cleaned):
        day, month = int(day_first[1]), int(day_first[2])
        year = _full_year(day_first[3], date.today())
    else:
        raise ValidationError(field, MSG_DATE_FORMAT)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, MSG_DATE_MISSING, text=cleaned) from None


_CURRENCY_AFFIX = re.compile(r"^(?:mad|dhs?|dirhams?)\.?|(?:mad|dhs?|dirhams?)\.?$", re.IGNORECASE)
_AMOUNT = re.compile(r"([+\-\u2212]?)([\d.,]*\d[\d.,]*)")
_GROUPED = re.compile(r"\d{1,3}(?:X\d{3})+")


def _split_amount(body: str) -> tuple[str, str]:
    """Return (integer digits, decimal digits) of ``body`` made of digits, '.' and ','.

    Rules: with both '.' and ',' the last one is the decimal mark. With one kind repeated, it
    groups thousands. A single ',' is the French decimal comma. A single '.' followed by
    exactly three digits groups thousands ("12.500" is twelve thousand five hundred, as
    written in Morocco), otherwise it is a decimal point ("1234.50" from a spreadsheet).
    """
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal_mark = "." if body.rfind(".") > body.rfind(",") else ","
    elif commas == 1:
        decimal_mark = ","
    elif dots == 1:
        head, tail = body.split(".")
        decimal_mark = "" if len(tail) == 3 and head.strip("0") else "."
    else:
        decimal_mark = ""
    if decimal_mark:
        if body.count(decimal_mark) > 1:
            raise ValueError(body)
        integer, _, decimals = body.partition(decimal_mark)
    else:
        integer, decimals = body, ""
    group_mark = {"": ".,", ".": ",", ",": "."}[decimal_mark]
    if any(mark in integer for mark in group_mark):
        grouped = integer.replace(",", "X").replace(".", "X")
        if not _GROUPED.fullmatch(grouped):
            raise ValueError(body)
        integer = grouped.replace("X", "")
    if any(mark in decimals for mark in ".,") or not (integer or decimals):
        raise ValueError(body)
    return integer or "0", decimals


def parse_money(text: str | None, field: str = "amount") -> Decimal:
    """Read an amount typed by a person, returned with two decimal places.

    Accepts ``1 234,50``, ``1234.50``, ``1.234,50``, ``12.500``, spaces of any kind
    (including U+202F and U+00A0 from copied text) and a ``MAD``/``DH`` code before or after.

    Raises:
        ValidationError: the text is empty, not an amount, or has more than two decimals.
    """
    cleaned = "".join((text or "").split())
    cleaned = _CURRENCY_AFFIX.sub("", cleaned)
    match = _AMOUNT.fullmatch(cleaned)
    if not match:
        raise ValidationError(field, MSG_MONEY_FORMAT)
    sign, body = match.groups()
    try:
        integer, decimals = _split_amount(body)
    except ValueError:
        raise ValidationError(field, MSG_MONEY_FORMAT) from None
    if len(decimals) > 2:
        raise ValidationError(field, MSG_MONEY_DECIMALS)
    try:
        value = Decimal(f"{integer}.{decimals or '0'}").quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValidationError(field, MSG_MONEY_FORMAT) from None
    return -value if sign in ("-", "\u2212") else value

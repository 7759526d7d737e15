"""Reading spreadsheets people made by hand: header row, column mapping and cell values.

Everything here is pure: the import service reads the file into rows of plain values
(``str``, ``int``, ``float``, ``datetime``, ``None``) and asks this module what they mean.

- The header row is found among the first rows (a title, a date or a logo often sits above
  it): the row whose cells name the most known columns wins.
- Columns are mapped from French or English headers, compared folded (case, accents and
  punctuation ignored: "Tél." is "tel", "E-mail" is "email"). A mapping the user chose is
  remembered by header text for the next file of the same kind.
- Cells are read the way French Excel writes them: dates ``dd/mm/yyyy`` or real dates or
  Excel serial numbers, phones in any common Moroccan writing (also when Excel turned
  ``0661234567`` into the number ``661234567``), statuses P / A / E / R / S or words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from app.domain.attendance import AttendanceStatus
from app.domain.cells import FORMULA_PREFIXES
from app.domain.enums import Civility, ClubRole, CompanySize
from app.domain.errors import CercleError, ValidationError
from app.domain.members import MemberInput, member_column
from app.domain.text import fold
from app.domain.validation import has_control_characters, normalize_phone, reject_control_characters
from app.formatting import MSG_DATE_FORMAT, format_day_numbers, parse_date
from app.i18n import QT_TRANSLATE_NOOP

MSG_NO_HEADER = QT_TRANSLATE_NOOP(
    "Import", "No header row found in the first {rows} rows: the file needs column titles such as Nom, Prénom, Société."
)
MSG_NO_HEADER_GRID = QT_TRANSLATE_NOOP(
    "Import", "No header row found in the first {rows} rows: the grid needs a member column (N° or Nom) "
    "and meeting dates as column titles."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("Import", "The file holds no data.")
MSG_NUMBER = QT_TRANSLATE_NOOP("Import", "A member number is a whole number, e.g. 1042.")
MSG_STATUS = QT_TRANSLATE_NOOP(
    "Import",
    "Unknown status “{value}”: use P (present), R (late), A (absent), E (excused), S (substituted) or leave blank.",
)
MSG_CHOICE = QT_TRANSLATE_NOOP("Import", "Unknown value “{value}”.")
MSG_CONSENT = QT_TRANSLATE_NOOP("Import", "Write oui, non or the date the consent was given.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Import", "Characters here are not in the file's encoding (shown as “\ufffd”): correct them in the file "
    "and save it again as UTF-8."
)

HEADER_SCAN_ROWS = 20
MAX_NUMBER = 999_999_999
# Excel counts days from 30/12/1899 (with its 1900 leap-year bug folded in).
EXCEL_EPOCH = date(1899, 12, 30)
# What a byte the file's encoding cannot read becomes (Unicode's replacement character).
UNREADABLE = "\ufffd"


class ImportKind(StrEnum):
    MEMBERS = "members"
    ATTENDANCE = "attendance"


class RowClass(StrEnum):
    """What the dry run decided for one row of the file."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"


ROW_CLASS_LABELS = {
    RowClass.NEW: QT_TRANSLATE_NOOP("Import", "New"),
    RowClass.UPDATE: QT_TRANSLATE_NOOP("Import", "Update"),
    RowClass.UNCHANGED: QT_TRANSLATE_NOOP("Import", "Unchanged"),
    RowClass.DUPLICATE: QT_TRANSLATE_NOOP("Import", "Duplicate in the file"),
    RowClass.ERROR: QT_TRANSLATE_NOOP("Import", "Error"),
}


# ------------------------------------------------------------------------------ cells


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_cell(value: Any, field: str) -> None:
    """Refuse a cell whose text cannot be taken as it is, whatever the field.

    Raises:
        ValidationError: characters the file's encoding could not read, or invisible control
            characters (tabs and line breaks aside).
    """
    if isinstance(value, str):
        if UNREADABLE in value:
            raise ValidationError(field, MSG_UNREADABLE, context="Import")
        reject_control_characters(value, field)


def cells_pass_check(values: Iterable[Any]) -> bool:
    """Whether :func:`check_cell` accepts every one of ``values``, in one search over their text
    joined (a line break is no control character): an import of 20,000 rows checks some 240,000
    cells, nearly all of them fine, and only a row that fails is checked cell by cell."""
    text = "\n".join(value for value in values if isinstance(value, str))
    return UNREADABLE not in text and not has_control_characters(text)


def cell_text(value: Any) -> str:
    """A cell as the text a person sees: ``1042.0`` is ``"1042"``, a date ``"22/11/2026"``.

    A leading apostrophe put before ``=``, ``+``, ``-`` or ``@`` by an export (so that no
    spreadsheet runs it as a formula) is taken off again.
    """
    if type(value) is str:  # nearly every cell, and every cell of a CSV: the other tests skipped
        return _unquoted(value.strip())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):  # NaN and infinities
            return ""
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return format_day_numbers(value)
    return _unquoted(str(value).strip())


def _unquoted(text: str) -> str:
    """The text without the apostrophe an export put before a formula's first character."""
    return text[1:] if text.startswith("'") and text[1:2] and text[1] in FORMULA_PREFIXES[:4] else text


def _serial_date(number: float) -> date | None:
    if 1 <= number < 2_958_466:  # up to 31/12/9999
        return EXCEL_EPOCH + timedelta(days=int(number))
    return None


def parse_date_cell(value: Any, field: str = "date") -> date | None:
    """A date cell: a real date, an Excel serial number, ``dd/mm/yyyy`` or ISO text; None if blank.

    Raises:
        ValidationError: text that is not a date, or a day that does not exist.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        day = _serial_date(float(value)) if value == value else None
        if day is None:
            raise ValidationError(field, MSG_DATE_FORMAT)
        return day
    # "22/11/2026 00:00" as some exports write a date with its time.
    return parse_date(_MIDNIGHT.sub("", cell_text(value)), field)


_MIDNIGHT = re.compile(r"\s+00:00(:00)?$")


def header_date(value: Any) -> date | None:
    """The meeting date a grid column title holds, or None when it is not a date."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Plain small numbers are member numbers or counts, not serial dates of past meetings.
        return _serial_date(float(value)) if 25_000 <= value <= 73_000 else None
    if isinstance(value, str):
        # "10/11/2026 19:00": a meeting's date with its time.
        value = re.sub(r"[\sT]+\d{1,2}[:h]\d{2}(:\d{2}(\.\d+)?)?$", "", value.strip())
    try:
        return parse_date_cell(value)
    except ValidationError:
        return None


def parse_phone_cell(value: Any, field: str = "mobile") -> str | None:
    """A phone cell in E.164, or None if blank.

    Excel keeps phones typed without quotes as numbers and drops their leading zero
    (``0661234567`` becomes ``661234567``, ``00212661234567`` becomes ``212661234567``): the
    digits are given their prefix back before the usual rules apply.
    """
    if is_blank(value):
        return None
    text = cell_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if re.fullmatch(r"[5-8]\d{8}", text):
            text = "0" + text
        elif re.fullmatch(r"212[5-8]\d{8}", text):
            text = "+" + text
    return normalize_phone(text, field)


def parse_number_cell(value: Any, field: str = "number") -> int | None:
    """A member number: ``1042``, ``1042.0``, ``N°1042``, ``M-1042``; None if blank."""
    if is_blank(value):
        return None
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError(field, MSG_NUMBER, context="Import")
    text = cell_text(value)
    match = re.fullmatch(r"(?:[^\W\d_]+\.?\s*[°º#:/-]?\s*)?0*(\d{1,9})", text)
    if not match or not 0 < int(match.group(1)) <= MAX_NUMBER:
        raise ValidationError(field, MSG_NUMBER, context="Import")
    return int(match.group(1))

# Titles of the rejected-rows report and of the dry-run table.
TITLE_ROW = QT_TRANSLATE_NOOP("Import", "Row")
TITLE_RESULT = QT_TRANSLATE_NOOP("Import", "Result")
TITLE_COLUMN = QT_TRANSLATE_NOOP("Import", "Column")
TITLE_REASON = QT_TRANSLATE_NOOP("Import", "Reason")
TITLE_MEMBER = QT_TRANSLATE_NOOP("Import", "Member")
COUNT = QT_TRANSLATE_NOOP("Import", "{label}: {count}")


@dataclass(frozen=True)
class FieldSpec:
    """A field a column can be mapped to: its key, English label and known header spellings."""

    key: str
    label: str
    synonyms: tuple[str, ...]


def normalize_header(value: Any) -> str:
    """The comparable form of a header: folded, punctuation turned into single spaces."""
    text = fold(cell_text(value))
    return " ".join(_NOT_WORD.sub(" ", text).replace("_", " ").split())


_NOT_WORD = re.compile(r"[^\w]+")


def _specs(*specs: tuple[str, str, str]) -> tuple[FieldSpec, ...]:
    return tuple(
        FieldSpec(key, label, tuple(normalize_header(s) for s in synonyms.split("|")))
        for key, label, synonyms in specs
    )


# The export writes the English labels translated; their French forms are listed as synonyms
# so an exported file imports back as it is, in either language.
MEMBER_FIELDS = _specs(
    ("number", QT_TRANSLATE_NOOP("Import", "Member number"),
     "member number|number|n°|n|no|num|numero|numéro|n° de membre|n° membre|numéro de membre|n° adhérent|"
     "numéro d'adhérent|matricule|member no|id membre"),
    # Then every field of the member record that declares a label, in its order.
    *((member_column(item), item.metadata["label"], item.metadata["synonyms"])
      for item in fields(MemberInput) if item.metadata["label"]),
)


# Headers that say "a phone" without saying which: the mobile when the file has no mobile column.
GENERIC_PHONE = tuple(normalize_header(s) for s in (
    "tél", "tel", "tél.", "téléphone", "telephone", "phone", "numéro de téléphone", "n° de téléphone"))

ATTENDANCE_FIELDS = _specs(
    ("number", QT_TRANSLATE_NOOP("Import", "Member number"),
     "member number|number|n°|n|no|num|numero|numéro|n° de membre|n° membre|matricule|n° adhérent"),
    ("last_name", QT_TRANSLATE_NOOP("Import", "Last name"), "last name|nom|nom de famille|surname"),
    ("first_name", QT_TRANSLATE_NOOP("Import", "First name"), "first name|prénom|prenom"),
    ("full_name", QT_TRANSLATE_NOOP("Import", "Full name"),
     "full name|nom et prénom|nom prénom|nom complet|prénom et nom|prénom nom|membre|member|name|nom & prénom"),
    ("meeting", QT_TRANSLATE_NOOP("Import", "Meeting date"), ""),
)

FIELDS: dict[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.MEMBERS: MEMBER_FIELDS,
    ImportKind.ATTENDANCE: ATTENDANCE_FIELDS,
}


def field_spec(kind: ImportKind, key: str) -> FieldSpec:
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec
    raise KeyError(key)


_STATUS_WORDS: dict[str, AttendanceStatus] = {}
for _status, _words in {
    AttendanceStatus.PRESENT: "p|x|✓|✔|v|1|oui|o|yes|y|present|présent|présente|presente",
    AttendanceStatus.LATE: "r|retard|en retard|late|l",
    AttendanceStatus.ABSENT: "a|0|non|no|n|absent|absente|abs",
    AttendanceStatus.EXCUSED: "e|exc|excuse|excusé|excusée|excused",
    AttendanceStatus.SUBSTITUTED: "s|remplacé|remplacée|remplace|substitut|substitué|substituted|substitute|rempl",
}.items():
    for _word in _words.split("|"):
        _STATUS_WORDS[fold(_word)] = _status


def parse_status_cell(value: Any, field: str = "status") -> AttendanceStatus | None:
    """P / R / A / E / S, the words (Présent, Absent, Excusé, ...), ``x`` for present; None if blank."""
    if is_blank(value):
        return None
    text = cell_text(value)
    status = _STATUS_WORDS.get(fold(text).strip(" ."))
    if status is None:
        raise ValidationError(field, MSG_STATUS, context="Import", value=text[:40])
    return status


_CHOICES: dict[str, dict[str, StrEnum]] = {
    "civility": {
        **dict.fromkeys(("m", "mr", "m.", "monsieur", "mister", "sir", "h", "homme"), Civility.MR),
        **dict.fromkeys(("mme", "mrs", "madame", "mlle", "mademoiselle", "ms", "miss", "f", "femme"), Civility.MRS),
    },
    "company_size": {
        **dict.fromkeys(("tpe", "very small business", "very small business (tpe)", "très petite entreprise",
                         "tres petite entreprise", "très petite entreprise (tpe)", "micro"), CompanySize.TPE),
        **dict.fromkeys(("pme", "sme", "sme (pme)", "petite et moyenne entreprise",
                         "pme (petite et moyenne entreprise)", "petite ou moyenne entreprise"), CompanySize.PME),
        **dict.fromkeys(("ge", "grande entreprise", "large company", "grand compte", "large"), CompanySize.LARGE),
        **dict.fromkeys(("startup", "start-up", "start up", "jeune pousse"), CompanySize.STARTUP),
    },
    "club_role": {
        **dict.fromkeys(("president", "président", "présidente"), ClubRole.PRESIDENT),
        **dict.fromkeys(("vice-president", "vice president", "vice-président", "vice-présidente"),
                        ClubRole.VICE_PRESIDENT),
        **dict.fromkeys(("secretary general", "secrétaire général", "secrétaire générale", "sg"),
                        ClubRole.SECRETARY_GENERAL),
        **dict.fromkeys(("treasurer", "trésorier", "trésorière"), ClubRole.TREASURER),
        **dict.fromkeys(("board member", "membre du bureau", "bureau"), ClubRole.BOARD_MEMBER),
        **dict.fromkeys(("member", "membre", "adhérent", "adhérente"), ClubRole.MEMBER),
    },
}
_FOLDED_CHOICES = {
    field: {normalize_header(word): value for word, value in words.items()} for field, words in _CHOICES.items()
}
for _field, _enum in (("civility", Civility), ("company_size", CompanySize), ("club_role", ClubRole)):
    for _member in _enum:
        _FOLDED_CHOICES[_field].setdefault(normalize_header(_member.value), _member)


def parse_choice_cell(value: Any, field: str) -> Any:
    """Civility, company size or role from its French or English label; None if blank."""
    if is_blank(value):
        return None
    text = cell_text(value)
    found = _FOLDED_CHOICES[field].get(normalize_header(text))
    if found is None:
        raise ValidationError(field, MSG_CHOICE, context="Import", value=text[:40])
    return found


_YES = {"oui", "o", "yes", "y", "1", "x", "vrai", "true"}
_NO = {"non", "n", "no", "0", "faux", "false"}


def parse_consent_cell(value: Any, field: str, today: date) -> date | None:
    """A consent (law 09-08) as the day it was given: a date, ``oui`` for ``today`` (the day it
    is recorded), ``non`` for none. A blank cell is no answer and is left to the caller.

    Raises:
        ValidationError: anything else.
    """
    word = fold(cell_text(value)).strip(" .")
    if word in _YES:
        return today
    if word in _NO:
        return None
    try:
        return parse_date_cell(value, field)
    except ValidationError:
        raise ValidationError(field, MSG_CONSENT, context="Import") from None


# ------------------------------------------------------------------------ header row


@cache
def label_titles(kind: ImportKind) -> dict[str, str]:
    """Each field's own label, in every language of the app, as a title: normalised title -> field.

    The export writes these labels in the user's language, and the catalogue's wording may not
    be among the spellings listed above ("Téléphone du bureau"): an exported file must always
    import back, whichever language wrote it.
    """
    from app.i18n import SUPPORTED_LANGUAGES, translate

    titles: dict[str, str] = {}
    for spec in FIELDS[kind]:
        if spec.key == "meeting":  # meeting columns are told by their date
            continue
        for language in SUPPORTED_LANGUAGES:
            titles.setdefault(normalize_header(translate("Import", spec.label, language)), spec.key)
    titles.pop("", None)
    return titles


def _member_score(row: Sequence[Any], specs: Sequence[FieldSpec], kind: ImportKind) -> int:
    known = {synonym for spec in specs for synonym in spec.synonyms} | set(GENERIC_PHONE) | set(label_titles(kind))
    seen = {normalize_header(cell) for cell in row if isinstance(cell, str)}
    return len(seen & known)


def find_header_row(rows: Sequence[Sequence[Any]], kind: ImportKind,
                    remembered: Mapping[str, str | None] | None = None) -> int:
    """Index in ``rows`` of the header row: the one naming the most known columns.

    Raises:
        CercleError: no row among the first ones looks like a header.
    """
    if not rows:
        raise CercleError(MSG_EMPTY, context="Import")
    specs = FIELDS[kind]
    remembered_titles = {title for title, field in (remembered or {}).items() if field}
    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = _member_score(row, specs, kind)
        score += sum(1 for cell in row if isinstance(cell, str) and normalize_header(cell) in remembered_titles)
        if kind is ImportKind.ATTENDANCE:
            dates = sum(1 for cell in row if header_date(cell) is not None)
            score = score + dates if dates and score else 0
        if score > best_score:
            best, best_score = index, score
    if best < 0 or (kind is ImportKind.MEMBERS and best_score < 2):
        message = MSG_NO_HEADER if kind is ImportKind.MEMBERS else MSG_NO_HEADER_GRID
        raise CercleError(message, context="Import", rows=HEADER_SCAN_ROWS)
    return best


def field_candidates(header: Any, kind: ImportKind,
                     remembered: Mapping[str, str | None] | None = None) -> tuple[int, tuple[str, ...]]:
    """The fields a column of this title may feed, best first, and the round of
    :func:`auto_mapping` in which it chooses.

    Round 0 is the user's remembered choice for the title (no field: they chose to ignore it),
    round 1 a meeting date or a known title (a field's own label, then its spellings), round 2
    a bare "Téléphone", which takes whichever phone field the other titles left free.
    """
    title = normalize_header(header)
    remembered = remembered or {}
    if title and title in remembered:
        field = remembered[title]
        return 0, ((field,) if field in {spec.key for spec in FIELDS[kind]} else ())
    if not title:
        return 1, ()
    if kind is ImportKind.ATTENDANCE and header_date(header) is not None:
        return 1, ("meeting",)
    own = label_titles(kind).get(title)
    found = [own] if own is not None else []
    found += [spec.key for spec in FIELDS[kind] if spec.key != own and title in spec.synonyms]
    if not found and kind is ImportKind.MEMBERS and title in GENERIC_PHONE:
        return 2, ("mobile", "office_phone")
    return 1, tuple(found)


def claimed_field(header: Any, kind: ImportKind, remembered: Mapping[str, str | None] | None = None) -> str | None:
    """The field a column of this title is mapped to when no other column takes it first."""
    candidates = field_candidates(header, kind, remembered)[1]
    return candidates[0] if candidates else None


def auto_mapping(headers: Sequence[Any], kind: ImportKind,
                 remembered: Mapping[str, str | None] | None = None) -> list[str | None]:
    """The field of each column (None: ignored). Each field goes to its first column.

    ``remembered`` maps a normalised header to the field the user chose last time (None when
    they chose to ignore that column); it wins over the built-in spellings.
    """
    choices = [field_candidates(header, kind, remembered) for header in headers]
    result: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for round_number in range(3):
        for index, (when, candidates) in enumerate(choices):
            if when != round_number:
                continue
            field = next((f for f in candidates if f == "meeting" or f not in taken), None)
            result[index] = field
            if field is not None:
                taken.add(field)
    return result


def mapping_to_remember(headers: Sequence[Any], mapping: Sequence[str | None]) -> dict[str, str | None]:
    """What to store for next time: normalised header -> chosen field (None: ignored)."""
    return {normalize_header(h): f for h, f in zip(headers, mapping, strict=False) if normalize_header(h)}


def column_letter(index: int) -> str:
    """Spreadsheet name of a 0-based column: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def person_key(first_name: str | None, last_name: str | None) -> tuple[str, str]:
    """How two people are compared on their name: folded, spaces collapsed."""
    return " ".join(fold(first_name).split()), " ".join(fold(last_name).split())


# Legal forms that say nothing of which company it is: "Tazi SARL" is "Tazi".
LEGAL_FORMS = frozenset(("sarl", "sa", "sarlau", "snc", "sas", "scs", "sca", "gie", "eurl"))
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_PUNCTUATION = re.compile(r"[\W_]+")


def company_key(company: str | None) -> str:
    """How two company names are compared: folded, ``&`` read as "et", punctuation and legal
    forms (SARL, SA, SARL AU, SNC...) left out: "Atelier Moreau & Associés SARL" is
    "Atelier Moreau et Associés"."""
    text = fold(company).replace("&", " et ")
    text = _INNER_DOT.sub("", text)  # S.A.R.L. -> SARL.
    words = _PUNCTUATION.sub(" ", text).split()
    while words and (words[-1] in LEGAL_FORMS or (words[-1] == "au" and words[-2:-1] == ["sarl"])):
        words.pop()
    while len(words) > 1 and words[0] in LEGAL_FORMS:
        words.pop(0)
    return " ".join(words) or " ".join(fold(company).split())


@lru_cache(maxsize=4096)
def member_key(first_name: str | None, last_name: str | None, company: str | None) -> tuple[str, str, str]:
    """How two records are compared on name and company: folded, spaces collapsed, the company
    compared by :func:`company_key`.

    Cached: an import asks it twice for each row (to match the row as read, then to find the
    checked member's namesakes in the file), with the same names nearly always."""
    return (*person_key(first_name, last_name), company_key(company))


@lru_cache(maxsize=1024)
def reference_key(name: str | None) -> str:
    """How chapter and sector names are compared: folded, punctuation and spaces left out
    ("Agro-alimentaire" is "Agroalimentaire").

    Cached: an import asks it for the chapter and the sector of each row, nearly always a name
    of a few dozen."""
    folded = fold(name)
    return _PUNCTUATION.sub("", folded) or " ".join(folded.split())


def name_keys(first_name: str, last_name: str) -> Iterable[str]:
    """Folded ways a person's full name may be written in one cell: "Prénom Nom" and "Nom Prénom"."""
    first, last = " ".join(fold(first_name).split()), " ".join(fold(last_name).split())
    return (f"{first} {last}", f"{last} {first}")

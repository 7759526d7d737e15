"""The member form's rules: what a valid member record is, field by field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any

from app.domain import validation as v
from app.domain.enums import Civility, ClubRole, CompanySize, MemberStatus
from app.domain.errors import ValidationError, ValidationErrors
from app.i18n import QT_TRANSLATE_NOOP

MSG_CHAPTER_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the member's chapter.")
MSG_JOIN_DATE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the date the member joined.")
MSG_SPONSOR_SELF = QT_TRANSLATE_NOOP("Validation", "A member cannot be their own sponsor.")
MSG_NO_PROCESSING_CONSENT = QT_TRANSLATE_NOOP(
    "Validation", "No consent to the processing of their data (law 09-08): ask for it.")


class Cell(StrEnum):
    """How a field is read from a spreadsheet cell (and written back by the export)."""

    TEXT = "text"
    PHONE = "phone"
    CHOICE = "choice"  # one of the club's words (an enum), from its French or English label
    DATE = "date"
    CONSENT = "consent"  # a date, or oui for the day of the import, or non
    REFERENCE = "reference"  # a chapter or sector by its name


Check = Callable[[Any, str, "date | None"], Any]


def _member_field(default: Any, check: Check | None = None, *, access: str, label: str = "", synonyms: str = "",
                  cell: Cell = Cell.TEXT, column: str | None = None, required: str | None = None) -> Any:
    """One field of the member record, declared once: its rule, how a spreadsheet column feeds
    it, and how the member's data export names it. ``access`` (context "Privacy") is its line in
    the right of access (law 09-08: everything stored is in it); ``label`` (context "Import")
    and ``synonyms`` (header spellings, French first) make it importable and exported;
    ``column`` names the field's column, or the record it points to, when that differs from the
    field (a chapter's name for ``chapter_id``); ``required`` is the message of a field that must
    be given."""
    return field(default=default, metadata={
        "check": check, "access": access, "label": label, "synonyms": synonyms, "cell": cell, "column": column,
        "required": required})


def _text(max_length: int, *, required: bool = False, multiline: bool = False) -> Check:
    return lambda value, name, _today: v.clean_text(value, name, required=required, max_length=max_length,
                                                    multiline=multiline)


def _plain(rule: Callable[[Any, str], Any]) -> Check:
    return lambda value, name, _today: rule(value, name)


def _sane_date(value: Any, name: str, today: date | None) -> Any:
    return v.validate_sane_date(value, name, today=today) if value is not None else None


@dataclass(frozen=True)
class MemberInput:
    """What the member form or an import sends: raw text, ids for the lists.

    The one declaration of a member's fields: each says its rule and how an import reads it,
    in the order of the members export. :func:`validate_member`, :func:`input_of`,
    :func:`record_values`, the import, the export and the form's reading all go by it."""

    civility: Civility | None = _member_field(
        None, access=QT_TRANSLATE_NOOP("Privacy", "Civility"),
        label=QT_TRANSLATE_NOOP("Import", "Civility"), synonyms="civility|civilité|m mme|genre",
        cell=Cell.CHOICE)
    last_name: str = _member_field(
        "", _plain(v.clean_name), access=QT_TRANSLATE_NOOP("Privacy", "Last name"),
        label=QT_TRANSLATE_NOOP("Import", "Last name"),
        synonyms="last name|nom|nom de famille|surname|family name|name")
    first_name: str = _member_field(
        "", _plain(v.clean_name), access=QT_TRANSLATE_NOOP("Privacy", "First name"),
        label=QT_TRANSLATE_NOOP("Import", "First name"),
        synonyms="first name|prénom|prenom|given name|firstname")
    arabic_name: str = _member_field(
        "", _plain(v.validate_arabic_name), access=QT_TRANSLATE_NOOP("Privacy", "Name in Arabic"),
        label=QT_TRANSLATE_NOOP("Import", "Name in Arabic"),
        synonyms="name in arabic|arabic name|nom en arabe|nom arabe|الاسم")
    company: str = _member_field(
        "", _text(160, required=True), access=QT_TRANSLATE_NOOP("Privacy", "Company"),
        label=QT_TRANSLATE_NOOP("Import", "Company"),
        synonyms="company|société|societe|raison sociale|entreprise|organisation|organization|business")
    position: str = _member_field(
        "", _text(80), access=QT_TRANSLATE_NOOP("Privacy", "Position"),
        label=QT_TRANSLATE_NOOP("Import", "Position"),
        synonyms="position|fonction|poste|job title|titre du poste")
    sector_id: int | None = _member_field(
        None, access=QT_TRANSLATE_NOOP("Privacy", "Sector"),
        label=QT_TRANSLATE_NOOP("Import", "Sector"), cell=Cell.REFERENCE, column="sector",
        synonyms="sector|secteur|secteur d'activité|secteur activité|activité|activite|industry|métier")
    company_size: CompanySize | None = _member_field(
        None, access=QT_TRANSLATE_NOOP("Privacy", "Company size"),
        label=QT_TRANSLATE_NOOP("Import", "Company size"), cell=Cell.CHOICE,
        synonyms="company size|taille|taille de l'entreprise|taille entreprise|catégorie|type d'entreprise")
    ice: str = _member_field(
        "", _plain(v.normalize_ice), access=QT_TRANSLATE_NOOP("Privacy", "ICE"),
        label=QT_TRANSLATE_NOOP("Import", "ICE"),
        synonyms="ice|n° ice|identifiant commun de l'entreprise")
    city: str = _member_field(
        "", _text(80), access=QT_TRANSLATE_NOOP("Privacy", "City"),
        label=QT_TRANSLATE_NOOP("Import", "City"), synonyms="city|ville|localité")
    chapter_id: int | None = _member_field(
        None, access=QT_TRANSLATE_NOOP("Privacy", "Chapter"),
        label=QT_TRANSLATE_NOOP("Import", "Chapter"), cell=Cell.REFERENCE, column="chapter",
        synonyms="chapter|antenne|section|région|region|club", required=MSG_CHAPTER_REQUIRED)
    mobile: str = _member_field(
        "", _plain(v.normalize_phone), access=QT_TRANSLATE_NOOP("Privacy", "Mobile"),
        label=QT_TRANSLATE_NOOP("Import", "Mobile"), cell=Cell.PHONE,
        synonyms="mobile|gsm|portable|tél portable|tel portable|téléphone portable|téléphone mobile|cellulaire|"
        "mobile phone|cell|cell phone")
    office_phone: str = _member_field(
        "", _plain(v.normalize_phone), access=QT_TRANSLATE_NOOP("Privacy", "Office phone"),
        label=QT_TRANSLATE_NOOP("Import", "Office phone"), cell=Cell.PHONE,
        synonyms="office phone|tél bureau|tel bureau|téléphone bureau|téléphone fixe|fixe|tél fixe|work phone|"
        "standard|ligne fixe")
    email: str = _member_field(
        "", _plain(v.normalize_email), access=QT_TRANSLATE_NOOP("Privacy", "E-mail"),
        label=QT_TRANSLATE_NOOP("Import", "E-mail"),
        synonyms="email|e-mail|e mail|mail|courriel|adresse e-mail|adresse mail|adresse électronique|email address")
    address: str = _member_field(
        "", _text(400, multiline=True), access=QT_TRANSLATE_NOOP("Privacy", "Address"),
        label=QT_TRANSLATE_NOOP("Import", "Address"),
        synonyms="address|adresse|adresse postale|adresse société")
    join_date: date | None = _member_field(
        None, _sane_date, access=QT_TRANSLATE_NOOP("Privacy", "Joined on"),
        label=QT_TRANSLATE_NOOP("Import", "Join date"), cell=Cell.DATE,
        synonyms="join date|date d'adhésion|date adhésion|date d'adhesion|adhésion|date d'entrée|date entrée|"
        "membre depuis|member since|joined|date d'inscription", required=MSG_JOIN_DATE_REQUIRED)
    club_role: ClubRole = _member_field(
        ClubRole.MEMBER, access=QT_TRANSLATE_NOOP("Privacy", "Role in the club"),
        label=QT_TRANSLATE_NOOP("Import", "Role in the club"), cell=Cell.CHOICE,
        synonyms="role in the club|rôle|role|rôle dans le club|mandat|club role")
    # Law 09-08: the day each consent was given, None if not. With a date, and only then, a
    # member is in the printed directory. Only a consent column gives a consent: a file's
    # "Annuaire" column says where someone was, not that they agreed.
    consent_processing_on: date | None = _member_field(
        None, _sane_date, access=QT_TRANSLATE_NOOP("Privacy", "Consent to data processing given on"),
        label=QT_TRANSLATE_NOOP("Import", "Consent to data processing"), cell=Cell.CONSENT,
        synonyms="consent to data processing|consent|consentement|consentement traitement|"
        "consentement au traitement|consentement au traitement des données|consentement données|"
        "consentement données personnelles|consentement 09-08|consentement loi 09-08|date du consentement|"
        "date de consentement|accord traitement")
    consent_directory_on: date | None = _member_field(
        None, _sane_date, access=QT_TRANSLATE_NOOP("Privacy", "Consent to appear in the directory given on"),
        label=QT_TRANSLATE_NOOP("Import", "Consent to appear in the directory"),
        cell=Cell.CONSENT,
        synonyms="consent to appear in the directory|directory consent|consentement annuaire|"
        "consentement à l'annuaire|consentement pour l'annuaire|consentement à figurer dans l'annuaire|"
        "accord annuaire|accord pour l'annuaire|accord pour figurer dans l'annuaire|annuaire consentement|"
        "date consentement annuaire")
    notes: str = _member_field(
        "", _text(4000, multiline=True), access=QT_TRANSLATE_NOOP("Privacy", "Notes"),
        label=QT_TRANSLATE_NOOP("Import", "Notes"),
        synonyms="notes|note|remarques|remarque|commentaire|commentaires|observations")
    sponsor_id: int | None = _member_field(
        None, access=QT_TRANSLATE_NOOP("Privacy", "Sponsor"), column="sponsor")  # chosen in the form only


# Read once from the declaration: a dataclass's fields() builds its tuple anew at each call,
# and an import runs these functions for each of its rows.
_FIELDS = fields(MemberInput)
_NAMES = tuple(item.name for item in _FIELDS)
_TEXT_NAMES = frozenset(item.name for item in _FIELDS if item.default == "")
_RULES = tuple((item.name, item.metadata["check"], item.metadata["required"], item.default == "")
               for item in _FIELDS)


@dataclass(frozen=True)
class MemberIdentity:
    """Who a member is and how to reach them, as the reports that name a member print it (the
    directory's line, the record's first block)."""

    number: int
    first_name: str
    last_name: str
    arabic_name: str | None
    company: str
    position: str | None
    chapter: str
    sector: str | None
    mobile: str | None
    office_phone: str | None
    email: str | None


def member_identity(member: Any, chapter: str, sector: str | None) -> MemberIdentity:
    """The identity of ``member``: a mapped member, a member row or anything with the same
    attribute names; ``chapter`` and ``sector`` are names."""
    return MemberIdentity(
        number=member.number, first_name=member.first_name, last_name=member.last_name,
        arabic_name=member.arabic_name, company=member.company, position=member.position,
        chapter=chapter, sector=sector, mobile=member.mobile, office_phone=member.office_phone,
        email=member.email)


def member_column(item: Field[Any]) -> str:
    """The import's name of a field's column: ``chapter`` for ``chapter_id``, else the field's."""
    return item.metadata["column"] or item.name


def member_cells() -> dict[str, Cell]:
    """How each importable field is read from its column, by the column's name."""
    return {member_column(item): item.metadata["cell"] for item in _FIELDS if item.metadata["label"]}


def input_of(record: Any) -> MemberInput:
    """The form's values of a stored member: each field of :class:`MemberInput` read from the
    record's attribute of that name, an empty text field as ``""``."""
    values: dict[str, Any] = {}
    for name in _NAMES:
        value = getattr(record, name)
        values[name] = "" if value is None and name in _TEXT_NAMES else value
    return MemberInput(**values)


def record_values(data: MemberInput) -> dict[str, Any]:
    """The stored record's values of checked ``data``, an empty text as None (the inverse of
    :func:`input_of`)."""
    values = {name: getattr(data, name) for name in _NAMES}
    for name in _TEXT_NAMES:
        if values[name] == "":
            values[name] = None
    return values


def changed_fields(before: MemberInput, after: MemberInput) -> list[str]:
    """The names of the fields whose value differs, in declaration order."""
    return [name for name in _NAMES if getattr(before, name) != getattr(after, name)]


def validate_member(data: MemberInput, *, member_id: int | None = None, today: date | None = None,
                    passed: dict[tuple[str, type, Any], Any] | None = None) -> MemberInput:
    """Check every field at once, each by the rule it declares; return the values normalised
    (an empty text as ``""``).

    ``passed`` is for a caller that checks many records with the same ``today`` (an import):
    each value a rule accepted, by field, with its clean form, so that a value met again (the
    empty cells of a column, the same city or position) is not checked again.

    Raises:
        ValidationErrors: one entry per wrong field, so the form can mark them all.
    """
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}
    for name, check, required, text in _RULES:
        value = getattr(data, name)
        key = (name, type(value), value)
        if passed is not None and key in passed:
            clean[name] = passed[key]
            continue
        if required is not None and value is None:
            errors.append(ValidationError(name, required))
            continue
        try:
            result = check(value, name, today) if check is not None else value
        except ValidationError as error:
            errors.append(error)
            continue
        clean[name] = result = "" if result is None and text else result
        if passed is not None and len(passed) < PASSED_KEPT:
            passed[key] = result
    if member_id is not None and data.sponsor_id == member_id:
        errors.append(ValidationError("sponsor_id", MSG_SPONSOR_SELF))
    if errors:
        raise ValidationErrors(errors)
    return MemberInput(**clean)


# Values kept in ``validate_member(passed=...)``: the alike ones come in the first rows, and
# the unique ones (names, e-mails) need no more room.
PASSED_KEPT = 5_000


def member_warnings(data: MemberInput) -> list[ValidationError]:
    """What the form points out without refusing the record: a member saved without a recorded
    consent to the processing of their data (law 09-08) is kept, and the secretary is told."""
    if data.consent_processing_on is None:
        return [ValidationError("consent_processing_on", MSG_NO_PROCESSING_CONSENT)]
    return []


# Statuses a member can move to from each status; leaving is a status, never a deletion.
STATUS_CHANGES: dict[MemberStatus, tuple[MemberStatus, ...]] = {
    MemberStatus.ACTIVE: (MemberStatus.SUSPENDED, MemberStatus.RESIGNED, MemberStatus.EXCLUDED),
    MemberStatus.SUSPENDED: (MemberStatus.ACTIVE, MemberStatus.RESIGNED, MemberStatus.EXCLUDED),
    MemberStatus.RESIGNED: (MemberStatus.ACTIVE,),
    MemberStatus.EXCLUDED: (MemberStatus.ACTIVE,),
}

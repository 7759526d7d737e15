"""The member form's rules: what a valid member record is, field by field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
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


@dataclass(frozen=True)
class MemberInput:
    """What the member form or an import sends: raw text, ids for the lists."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    chapter_id: int | None = None
    join_date: date | None = None
    civility: Civility | None = None
    arabic_name: str = ""
    position: str = ""
    sector_id: int | None = None
    company_size: CompanySize | None = None
    ice: str = ""
    city: str = ""
    mobile: str = ""
    office_phone: str = ""
    email: str = ""
    address: str = ""
    sponsor_id: int | None = None
    club_role: ClubRole = ClubRole.MEMBER
    notes: str = ""
    consent_processing_on: date | None = None  # law 09-08: the day consent was given, None if not
    consent_directory_on: date | None = None  # with a date, and only then, in the printed directory


def input_of(record: Any) -> MemberInput:
    """The form's values of a stored member: each field of :class:`MemberInput` read from the
    record's attribute of that name, an empty text field as ``""``. Adding a field to
    MemberInput (and the model) is all it takes for the form and imports to read it back."""
    values: dict[str, Any] = {}
    for field in fields(MemberInput):
        value = getattr(record, field.name)
        values[field.name] = "" if value is None and field.default == "" else value
    return MemberInput(**values)


@dataclass(frozen=True)
class CleanMember:
    """A member record that passed every rule, normalised for storage."""

    first_name: str
    last_name: str
    company: str
    chapter_id: int
    join_date: date
    civility: Civility | None
    arabic_name: str | None
    position: str | None
    sector_id: int | None
    company_size: CompanySize | None
    ice: str | None
    city: str | None
    mobile: str | None
    office_phone: str | None
    email: str | None
    address: str | None
    sponsor_id: int | None
    club_role: ClubRole
    notes: str | None
    consent_processing_on: date | None
    consent_directory_on: date | None


def validate_member(data: MemberInput, *, member_id: int | None = None,
                    today: date | None = None) -> CleanMember:
    """Check every field at once.

    Raises:
        ValidationErrors: one entry per wrong field, so the form can mark them all.
    """
    errors: list[ValidationError] = []

    def check(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as error:
            errors.append(error)
            return None

    def require(value: Any, field: str, message: str) -> Any:
        if value is None:
            errors.append(ValidationError(field, message))
        return value

    clean = dict(
        first_name=check(v.clean_name, data.first_name, "first_name"),
        last_name=check(v.clean_name, data.last_name, "last_name"),
        company=check(v.clean_text, data.company, "company", required=True, max_length=160),
        chapter_id=require(data.chapter_id, "chapter_id", MSG_CHAPTER_REQUIRED),
        join_date=require(data.join_date, "join_date", MSG_JOIN_DATE_REQUIRED),
        civility=data.civility,
        arabic_name=check(v.validate_arabic_name, data.arabic_name, "arabic_name"),
        position=check(v.clean_text, data.position, "position", max_length=80),
        sector_id=data.sector_id,
        company_size=data.company_size,
        ice=check(v.normalize_ice, data.ice, "ice"),
        city=check(v.clean_text, data.city, "city", max_length=80),
        mobile=check(v.normalize_phone, data.mobile, "mobile"),
        office_phone=check(v.normalize_phone, data.office_phone, "office_phone"),
        email=check(v.normalize_email, data.email, "email"),
        address=check(v.clean_text, data.address, "address", max_length=400, multiline=True),
        sponsor_id=data.sponsor_id,
        club_role=data.club_role,
        notes=check(v.clean_text, data.notes, "notes", max_length=4000, multiline=True),
        consent_processing_on=data.consent_processing_on,
        consent_directory_on=data.consent_directory_on,
    )
    for consent in ("consent_processing_on", "consent_directory_on"):
        if getattr(data, consent) is not None:
            check(v.validate_sane_date, getattr(data, consent), consent, today=today)
    if data.join_date is not None:
        check(v.validate_sane_date, data.join_date, "join_date", today=today)
    if member_id is not None and data.sponsor_id == member_id:
        errors.append(ValidationError("sponsor_id", MSG_SPONSOR_SELF))
    if errors:
        raise ValidationErrors(errors)
    return CleanMember(**clean)


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

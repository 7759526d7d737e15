"""Enumerations of the club's vocabulary; values are stored in the database as-is."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP as _N


class Civility(StrEnum):
    MR = "mr"
    MRS = "mrs"


class CompanySize(StrEnum):
    TPE = "tpe"
    PME = "pme"
    LARGE = "large"
    STARTUP = "startup"


class ClubRole(StrEnum):
    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    SECRETARY_GENERAL = "secretary_general"
    TREASURER = "treasurer"
    BOARD_MEMBER = "board_member"
    MEMBER = "member"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    RESIGNED = "resigned"
    EXCLUDED = "excluded"


LABELS: dict[StrEnum, str] = {
    Civility.MR: _N("Enums", "Mr"),
    Civility.MRS: _N("Enums", "Mrs"),
    CompanySize.TPE: _N("Enums", "Very small business (TPE)"),
    CompanySize.PME: _N("Enums", "SME (PME)"),
    CompanySize.LARGE: _N("Enums", "Large company"),
    CompanySize.STARTUP: _N("Enums", "Start-up"),
    ClubRole.PRESIDENT: _N("Enums", "President"),
    ClubRole.VICE_PRESIDENT: _N("Enums", "Vice-president"),
    ClubRole.SECRETARY_GENERAL: _N("Enums", "Secretary general"),
    ClubRole.TREASURER: _N("Enums", "Treasurer"),
    ClubRole.BOARD_MEMBER: _N("Enums", "Board member"),
    ClubRole.MEMBER: _N("Enums", "Member"),
    MemberStatus.ACTIVE: _N("Enums", "Active"),
    MemberStatus.SUSPENDED: _N("Enums", "Suspended"),
    MemberStatus.RESIGNED: _N("Enums", "Resigned"),
    MemberStatus.EXCLUDED: _N("Enums", "Excluded"),
}

# Usual positions offered in the member form; any other text is accepted too.
POSITIONS = (
    _N("Enums", "Managing partner"),
    _N("Enums", "Chief executive"),
    _N("Enums", "Managing director"),
    _N("Enums", "Senior manager"),
    _N("Enums", "Founder"),
)


def label(value: StrEnum) -> str:
    """English source label of an enum value, to be translated in context ``Enums``."""
    return LABELS[value]

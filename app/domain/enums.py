"""Enumerations of the club's vocabulary; values are stored in the database as-is."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP


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
    Civility.MR: QT_TRANSLATE_NOOP("Enums", "Mr"),
    Civility.MRS: QT_TRANSLATE_NOOP("Enums", "Mrs"),
    CompanySize.TPE: QT_TRANSLATE_NOOP("Enums", "Very small business (TPE)"),
    CompanySize.PME: QT_TRANSLATE_NOOP("Enums", "SME (PME)"),
    CompanySize.LARGE: QT_TRANSLATE_NOOP("Enums", "Large company"),
    CompanySize.STARTUP: QT_TRANSLATE_NOOP("Enums", "Start-up"),
    ClubRole.PRESIDENT: QT_TRANSLATE_NOOP("Enums", "President"),
    ClubRole.VICE_PRESIDENT: QT_TRANSLATE_NOOP("Enums", "Vice-president"),
    ClubRole.SECRETARY_GENERAL: QT_TRANSLATE_NOOP("Enums", "Secretary general"),
    ClubRole.TREASURER: QT_TRANSLATE_NOOP("Enums", "Treasurer"),
    ClubRole.BOARD_MEMBER: QT_TRANSLATE_NOOP("Enums", "Board member"),
    ClubRole.MEMBER: QT_TRANSLATE_NOOP("Enums", "Member"),
    MemberStatus.ACTIVE: QT_TRANSLATE_NOOP("Enums", "Active"),
    MemberStatus.SUSPENDED: QT_TRANSLATE_NOOP("Enums", "Suspended"),
    MemberStatus.RESIGNED: QT_TRANSLATE_NOOP("Enums", "Resigned"),
    MemberStatus.EXCLUDED: QT_TRANSLATE_NOOP("Enums", "Excluded"),
}

# Usual positions offered in the member form; any other text is accepted too.
POSITIONS = (
    QT_TRANSLATE_NOOP("Enums", "Managing partner"),
    QT_TRANSLATE_NOOP("Enums", "Chief executive"),
    QT_TRANSLATE_NOOP("Enums", "Managing director"),
    QT_TRANSLATE_NOOP("Enums", "Senior manager"),
    QT_TRANSLATE_NOOP("Enums", "Founder"),
)


def label(value: StrEnum) -> str:
    """English source label of an enum value, to be translated in context ``Enums``."""
    return LABELS[value]

"""Guests at meetings: the recruitment follow-up and how a returning guest is recognised."""

from __future__ import annotations

from enum import StrEnum

from app.domain.text import fold
from app.i18n import QT_TRANSLATE_NOOP


class FollowUp(StrEnum):
    TO_CALL = "to_call"
    INTERESTED = "interested"
    APPLIED = "applied"
    NOT_INTERESTED = "not_interested"


LABELS: dict[FollowUp, str] = {
    FollowUp.TO_CALL: QT_TRANSLATE_NOOP("Guests", "To call"),
    FollowUp.INTERESTED: QT_TRANSLATE_NOOP("Guests", "Interested"),
    FollowUp.APPLIED: QT_TRANSLATE_NOOP("Guests", "Applied"),
    FollowUp.NOT_INTERESTED: QT_TRANSLATE_NOOP("Guests", "Not interested"),
}

NO_FOLLOW_UP_LABEL = QT_TRANSLATE_NOOP("Guests", "No follow-up")

# The kind given to a contact first met as a guest (see app.db.models.contacts).
VISITOR_KIND = "visitor"


def label(value: FollowUp | None) -> str:
    """English source label, to be translated in context ``Guests``."""
    return NO_FOLLOW_UP_LABEL if value is None else LABELS[value]


def identity_key(first_name: str | None, last_name: str | None, company: str | None) -> str:
    """Key comparing a guest's name and company regardless of case, accents and spacing.

    Empty when the last name is missing: a first name alone identifies nobody.
    """
    last = fold(" ".join((last_name or "").split()))
    if not last:
        return ""
    first = fold(" ".join((first_name or "").split()))
    firm = fold(" ".join((company or "").split()))
    return f"{first}|{last}|{firm}"

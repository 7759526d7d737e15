"""Personal data rules (Moroccan law 09-08): the retention period and when a member who left
may be anonymised, what an anonymised record keeps, and the shape of a member's data (right of
access) that the JSON export and the PDF share."""

from __future__ import annotations

import calendar
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.domain.enums import MemberStatus
from app.domain.errors import CercleError, ValidationError
from app.domain.records import json_ready
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP

SETTING_RETENTION_MONTHS = "privacy.retention_months"
DEFAULT_RETENTION_MONTHS = 36
RETENTION_RANGE = (1, 240)
SETTINGS_DEFAULTS: dict[str, Any] = {SETTING_RETENTION_MONTHS: DEFAULT_RETENTION_MONTHS}

DEPARTED = (MemberStatus.RESIGNED, MemberStatus.EXCLUDED)
# Stored data, in the club's working language (like the demo club): not interface text.
ANONYMOUS_FIRST_NAME = "Membre"
ANONYMOUS_LAST_NAME = "anonymisé n° {number}"
ANONYMOUS_COMPANY = "Membre anonymisé n° {number}"
# The fields of a member record that identify the person and are emptied.
IDENTITY_FIELDS = (
    "civility", "arabic_name", "position", "ice", "mobile", "office_phone", "email", "address", "notes",
)

MSG_RETENTION_RANGE = QT_TRANSLATE_NOOP("Validation", "The retention period is between {low} and {high} months.")
MSG_NOT_DEPARTED = QT_TRANSLATE_NOOP(
    "Privacy", "Only a member who left the club (resigned or excluded) can be anonymised.")
MSG_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Privacy",
    "This member left on {left}: the data is kept for {months} months, so it can be anonymised "
    "from {from_date}.",
)
MSG_ALREADY = QT_TRANSLATE_NOOP("Privacy", "This member was already anonymised on {date}.")


class Direction(StrEnum):
    """Whether the member gave or received a referral or a piece of business."""

    GIVEN = "given"
    RECEIVED = "received"


LABELS: dict[str, str] = {
    Direction.GIVEN: QT_TRANSLATE_NOOP("Privacy", "Given"),
    Direction.RECEIVED: QT_TRANSLATE_NOOP("Privacy", "Received"),
}


def validate_retention(value: Any) -> int:
    low, high = RETENTION_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(SETTING_RETENTION_MONTHS, MSG_RETENTION_RANGE, low=low, high=high)
    return value


def retention_from_settings(value: Any) -> int:
    try:
        return validate_retention(value)
    except ValidationError:
        return DEFAULT_RETENTION_MONTHS


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def departure_date(status: MemberStatus, changes: Sequence[tuple[MemberStatus, date]]) -> date | None:
    """The day a departed member left: the date of the last change to their current status."""
    if status not in DEPARTED:
        return None
    dates = [when for changed_to, when in changes if changed_to == status]
    return max(dates) if dates else None


def anonymisable_from(status: MemberStatus, changes: Sequence[tuple[MemberStatus, date]],
                      retention_months: int) -> date | None:
    """The first day the member may be anonymised; None if they have not left."""
    left = departure_date(status, changes)
    return add_months(left, retention_months) if left else None


def check_anonymisable(status: MemberStatus, changes: Sequence[tuple[MemberStatus, date]],
                       retention_months: int, today: date, anonymised_on: date | None = None) -> date:
    """Return the departure date, or refuse: already anonymised, not departed, too early.

    Raises:
        CercleError: with the dates the secretary needs.
    """
    if anonymised_on is not None:
        raise CercleError(MSG_ALREADY, context="Privacy", date=format_date(anonymised_on))
    left = departure_date(status, changes)
    if left is None:
        raise CercleError(MSG_NOT_DEPARTED, context="Privacy")
    allowed = add_months(left, retention_months)
    if today < allowed:
        raise CercleError(MSG_TOO_EARLY, context="Privacy", left=format_date(left), months=retention_months,
                          from_date=format_date(allowed))
    return left


# Audit details that are never personal values and survive anonymisation.
_KEPT_DETAILS = ("fields", "status", "rows", "format")


def scrub_details(text: str | None) -> str:
    """An audit line's details without any personal value: field names, status and counts only."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        value = {}
    if isinstance(value, list):
        value = {"fields": value}
    if not isinstance(value, dict):
        value = {}
    kept: dict[str, Any] = {}
    fields = value.get("fields")
    if isinstance(fields, list):
        kept["fields"] = sorted({str(name) for name in fields if isinstance(name, str) and name.isidentifier()})
    else:
        kept["fields"] = []
    for key in _KEPT_DETAILS[1:]:
        item = value.get(key)
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            kept[key] = item
        elif key in ("status", "format") and isinstance(item, str) and item.isidentifier() and len(item) <= 24:
            kept[key] = item
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


# ------------------------------------------------------------------ right of access


@dataclass(frozen=True)
class DataSection:
    """One part of a member's data: rows of values under columns (key, English header)."""

    key: str
    title: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class MemberData:
    """Everything stored about one member (right of access)."""

    member_id: int
    number: int
    name: str
    generated_at: datetime
    record: tuple[tuple[str, str, Any], ...]  # (key, English label, value)
    sections: tuple[DataSection, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "cercle_export": "member_personal_data",
            "generated_at": json_ready(self.generated_at),
            "member": {key: json_ready(value) for key, _label, value in self.record},
            **{section.key: [{k: json_ready(v) for k, v in row.items()} for row in section.rows]
               for section in self.sections},
        }

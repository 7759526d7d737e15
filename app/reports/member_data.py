"""The right-of-access PDF: everything stored about one member, on the shared page template.

Not a board report (it is not listed in :data:`app.reports.REPORTS`): it is written from the
member's privacy tab or by :func:`app.services.privacy.export_member_data`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import formatting
from app.domain.attendance import label
from app.domain.business import label as business_label
from app.domain.enums import label as enum_label
from app.domain.privacy import LABELS
from app.domain.validation import format_phone
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports import MEMBER, ReportParams, ReportResult, ReportSpec
from app.reports.template import ReportDoc, write_report

if TYPE_CHECKING:
    from app.domain.club import ClubIdentity
    from app.domain.privacy import MemberData

SPEC = ReportSpec("donnees-membre", QT_TRANSLATE_NOOP("Reports", "Personal data of a member"), frozenset({MEMBER}))
SUBTITLE = QT_TRANSLATE_NOOP("Privacy", "Member {number} – {name}")
INTRO = QT_TRANSLATE_NOOP(
    "Privacy",
    "Everything the club's secretariat stores about this member on {date} (right of access, "
    "Moroccan law 09-08 on the protection of personal data).",
)
YES, NO = QT_TRANSLATE_NOOP("Privacy", "Yes"), QT_TRANSLATE_NOOP("Privacy", "No")
RECORD = QT_TRANSLATE_NOOP("Privacy", "Member record")
FIELD, VALUE = QT_TRANSLATE_NOOP("Privacy", "Field"), QT_TRANSLATE_NOOP("Privacy", "Value")

# Relative column widths by column key (default 1).
_WIDTHS = {"date": 0.8, "at": 1.1, "status": 0.9, "amount": 1.0, "need": 2.2, "notes": 2.0, "facts": 2.2,
           "reason": 2.4, "excuse_reason": 1.6, "other": 1.8, "meeting": 1.6, "title": 2.4, "fields": 2.2,
           "decisions": 1.8, "guest": 3.0, "email": 1.6, "arrival": 0.6, "direction": 0.8}
_RIGHT = {"amount", "arrival", "charter_point"}
_PHONES = {"mobile", "office_phone", "phone"}


def _p(text: str) -> str:
    return translate("Privacy", text)


def label_value(value: Any) -> str:
    """A stored value as the reader expects it: dates and amounts formatted, labels translated."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _p(YES if value else NO)
    if isinstance(value, StrEnum):
        return _enum_label(value)
    if isinstance(value, datetime):
        return formatting.format_datetime(value)
    if isinstance(value, date):
        return formatting.format_date(value)
    if isinstance(value, time):
        return formatting.format_time(value)
    if isinstance(value, Decimal):
        return formatting.format_money(value)
    if isinstance(value, int):
        return str(value)
    return str(value)


def _shown(key: str, value: Any) -> str:
    if key in _PHONES and isinstance(value, str) and value:
        return format_phone(value)
    return label_value(value)


def _enum_label(value: StrEnum) -> str:
    module = type(value).__module__
    try:
        if module == "app.domain.attendance":
            return translate("Attendance", label(value))
        if module == "app.domain.business":
            return translate("Business", business_label(value))
        if module == "app.domain.privacy":
            return _p(LABELS[value])

        return translate("Enums", enum_label(value))
    except KeyError:
        return value.value


def render(data: MemberData, doc: ReportDoc) -> None:
    doc.subtitle = _p(SUBTITLE).format(number=data.number, name=data.name)
    doc.paragraph(_p(INTRO).format(date=formatting.format_date_long(data.generated_at.date())))
    doc.spacer()
    doc.heading(_p(RECORD))
    doc.table([_p(FIELD), _p(VALUE)],
              [[_p(label), _shown(key, value)] for key, label, value in data.record], [1.2, 2.8])
    for section in data.sections:
        doc.spacer()
        doc.heading(_p(section.title))
        keys = [key for key, _header in section.columns]
        doc.table([_p(header) for _key, header in section.columns],
                  [[_shown(key, row.get(key)) for key in keys] for row in section.rows],
                  [_WIDTHS.get(key, 1.0) for key in keys],
                  right=[index for index, key in enumerate(keys) if key in _RIGHT])


def write_member_data(data: MemberData, club: ClubIdentity, out: Path) -> ReportResult:
    """Write the member's data to the PDF ``out`` on the club's page template."""
    return write_report(SPEC, ReportParams(member_number=data.number), club, Path(out),
                        lambda doc: render(data, doc))

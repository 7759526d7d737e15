"""The one date field of the window: day first (``dd/MM/yyyy``) with a calendar, in every form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

# Day first as in French and British usage, four-digit year: the text format_date prints.
DISPLAY_FORMAT = "dd/MM/yyyy"
# No record of the club is older; Qt's own floor (1752) only makes the calendar hard to use.
EARLIEST = date(1950, 1, 1)


def date_edit(name: str, value: date | None = None, *, earliest: date = EARLIEST,
              latest: date | None = None) -> QDateEdit:
    """A date field named ``name`` (for tests and saved state) showing ``value``, today unless told.

    ``earliest`` and ``latest`` bound what can be chosen (no upper bound unless told).
    """
    edit = QDateEdit(QDate(value) if value is not None else QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setMinimumDate(QDate(earliest))
    if latest is not None:
        edit.setMaximumDate(QDate(latest))
    return edit


def date_of(edit: QDateEdit) -> date:
    """The day a date field shows."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())

"""The rolling window before a date, in calendar months: one definition for every figure.

The charter's compliance, the attendance figures, the members page's columns, the reports'
default period and the period picker all count "the last N months" the same way: from the day
after the same day N months before, to the date itself, both included.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def months_before(at: date, months: int) -> date:
    """The same day ``months`` calendar months before ``at`` (clamped to the month's end)."""
    month = at.month - months
    year = at.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, min(at.day, calendar.monthrange(year, month)[1]))


def window(at: date, months: int) -> tuple[date, date]:
    """The window ending on ``at`` (included): from the day after ``months`` months before.

    22 November with 6 months is 23 May to 22 November; 31 August is 1 March (28 February,
    the clamped same day, plus one) to 31 August.
    """
    return months_before(at, months) + timedelta(days=1), at

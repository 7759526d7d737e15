"""When a member counts as active: from the join date and the history of status changes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.enums import MemberStatus


@dataclass(frozen=True)
class StatusChange:
    status: MemberStatus
    effective_date: date


@dataclass(frozen=True)
class Period:
    """An active stretch, ``end`` excluded (None: still going)."""

    start: date
    end: date | None


def active_periods(join_date: date, changes: Iterable[StatusChange]) -> list[Period]:
    """The periods during which a member is active.

    A member is active from their join date until a change to any other status, and
    again from a later change back to active (the end of a suspension).
    """
    periods: list[Period] = []
    start: date | None = join_date
    # A stable sort: changes of the same day apply in the order they were recorded (callers
    # pass them ordered by date then id). A change dated before the join date takes effect on
    # it, so a member who left is never revived by a later join date.
    for change in sorted(changes, key=lambda c: c.effective_date):
        effective = max(change.effective_date, join_date)
        if change.status is MemberStatus.ACTIVE:
            if start is None:
                start = effective
        elif start is not None:
            if effective > start:
                periods.append(Period(start, effective))
            start = None
    if start is not None:
        periods.append(Period(start, None))
    return periods


def is_active_on(periods: Sequence[Period], day: date) -> bool:
    """Whether a member with these active periods counts on ``day``: the one test of activity
    (the figures' bulk form, :func:`app.domain.attendance.during_periods`, agrees with it)."""
    return any(period.start <= day and (period.end is None or day < period.end) for period in periods)




def is_active_during(periods: Sequence[Period], start: date, end: date) -> bool:
    """Whether a member with these active periods counts on at least one day of ``[start, end]``
    (both included): who a period's listing or network shows."""
    return any(period.start <= end and (period.end is None or start < period.end) for period in periods)


def is_active_throughout(periods: Sequence[Period], start: date, end: date) -> bool:
    """Whether one active period holds every day of ``[start, end]`` (both included), unlike
    :func:`is_active_during`, which asks for one day only: a member active throughout a window
    has their figures read in bulk, any other has them cut to the days they were active."""
    return any(period.start <= start and (period.end is None or end < period.end) for period in periods)

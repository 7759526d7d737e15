"""The board's key figures over a period: what ``bilan`` prints and the home page shows.

Plain frozen dataclasses, read by :func:`app.services.report_data.bilan.bilan_figures`, so the
dashboard and the PDF draw the same numbers with the same charts (:mod:`app.reports.charts`).
No reportlab here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.compliance import LIGHT_LABELS, Light


@dataclass(frozen=True)
class MembershipMonth:
    month: date  # first day of the month
    active: int  # members active on the last day of the month (or on the period's end)
    joined: int  # members who joined during the month
    left: int  # members whose membership ended during the month


@dataclass(frozen=True)
class AttendanceMonth:
    month: date
    meetings: int
    rate: float | None  # None: no held meeting with expected members that month


@dataclass(frozen=True)
class BusinessMonth:
    month: date
    referrals: int
    closed_count: int
    closed_amount: Decimal


@dataclass(frozen=True)
class ChapterFigures:
    chapter_id: int
    chapter: str
    active_members: int
    attendance_rate: float | None
    referrals: int
    closed_count: int
    closed_amount: Decimal


@dataclass(frozen=True)
class LightCount:
    light: str  # a compliance light: "green", "orange", "red", "grey" or "new"
    label: str  # English source, context "Compliance"
    count: int


@dataclass(frozen=True)
class TurnoutPoint:
    """One held meeting in a turnout chart (report ``presence``)."""

    date: date
    turnout: float | None
    unmarked: int  # expected members not marked yet: the turnout is not final


@dataclass(frozen=True)
class BilanFigures:
    start: date
    end: date
    active_members: int  # on ``end``
    joined: int  # during the period
    left: int  # during the period
    meetings: int  # held during the period
    attendance_rate: float | None
    referrals: int
    internal_referrals: int
    external_referrals: int
    closed_count: int
    closed_amount: Decimal
    one_to_ones: int
    visitors: int
    membership: tuple[MembershipMonth, ...]
    attendance: tuple[AttendanceMonth, ...]
    business: tuple[BusinessMonth, ...]
    chapters: tuple[ChapterFigures, ...]
    lights: tuple[LightCount, ...]  # every light in order, green first; empty: no active member
    lights_at: date | None  # the date the lights were computed at (``end``, today at the latest)


def count_lights(lights: Iterable[str]) -> tuple[LightCount, ...]:
    """Members per light, every light in order (green first); empty when there is no member."""
    counts: dict[Light, int] = dict.fromkeys(Light, 0)
    for light in lights:
        counts[Light(light)] += 1
    if not any(counts.values()):
        return ()
    return tuple(LightCount(light.value, LIGHT_LABELS[light], counts[light]) for light in Light)

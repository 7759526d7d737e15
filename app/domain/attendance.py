"""Meetings and attendance rules: statuses, who is expected, series, check-in and the figures.

Everything here is pure (no database, no clock): services load rows and pass plain values.

How the figures count (the board judges members on them, so the rules are written down):

- Only meetings that were *held* count; a cancelled meeting counts for nobody, a planned one
  not yet. A member counts at a meeting when they were expected there (active on the date,
  and in the meeting's chapter, or at a club-wide meeting, or added by hand).
- An expected member with no status recorded (``None``, "unmarked") counts as absent: the
  sheet is the record, and the meetings page shows how many are unmarked so it gets fixed.
- *Attended* = present + late (+ substituted when ``substitution_counts_present``).
- *Attendance rate* = attended / (expected - excused): an excused absence is approved in
  advance (like a medical absence) and neither helps nor hurts. ``None`` when nothing counts.
- *Unexcused absences* = absent + unmarked (+ substituted when substitutions do not count as
  presence) + one per ``lates_per_absence`` lates, rounded down (3 lates at 2 per absence is
  1 absence: only a complete pair counts). ``lates_per_absence = 0``: lates never count.
- *Longest run of absences*: consecutive expected meetings with an unexcused absence (lates
  are presence here). An excused meeting neither breaks nor extends the run.
- *Turnout* of a meeting = attended / expected.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from operator import itemgetter
from typing import Any, Protocol

from app.domain.errors import ValidationError
from app.domain.membership import Period, is_active_on
from app.domain.validation import clean_text, validate_sane_date
from app.formatting import format_time
from app.i18n import QT_TRANSLATE_NOOP


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"
    SUBSTITUTED = "substituted"


class MeetingKind(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CHAPTER = "chapter"
    TRAINING = "training"
    BUSINESS_EVENT = "business_event"
    BOARD = "board"


class MeetingState(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class SeriesFrequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"  # same weekday, same rank in the month ("2nd Tuesday")


# One table per enum: MeetingKind.WEEKLY and SeriesFrequency.WEEKLY are both the string
# "weekly", so a single dict keyed by value would mix their labels up.
LABELS: dict[type[StrEnum], dict[str, str]] = {
    AttendanceStatus: {
        AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Attendance", "Present"),
        AttendanceStatus.LATE: QT_TRANSLATE_NOOP("Attendance", "Late"),
        AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Attendance", "Absent"),
        AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Attendance", "Excused"),
        AttendanceStatus.SUBSTITUTED: QT_TRANSLATE_NOOP("Attendance", "Substituted"),
    },
    MeetingKind: {
        MeetingKind.WEEKLY: QT_TRANSLATE_NOOP("Attendance", "Weekly meeting"),
        MeetingKind.MONTHLY: QT_TRANSLATE_NOOP("Attendance", "Monthly meeting"),
        MeetingKind.CHAPTER: QT_TRANSLATE_NOOP("Attendance", "Chapter meeting"),
        MeetingKind.TRAINING: QT_TRANSLATE_NOOP("Attendance", "Training"),
        MeetingKind.BUSINESS_EVENT: QT_TRANSLATE_NOOP("Attendance", "Business event"),
        MeetingKind.BOARD: QT_TRANSLATE_NOOP("Attendance", "Board meeting"),
    },
    MeetingState: {
        MeetingState.PLANNED: QT_TRANSLATE_NOOP("Attendance", "Planned"),
        MeetingState.HELD: QT_TRANSLATE_NOOP("Attendance", "Held"),
        MeetingState.CANCELLED: QT_TRANSLATE_NOOP("Attendance", "Cancelled"),
    },
    SeriesFrequency: {
        SeriesFrequency.WEEKLY: QT_TRANSLATE_NOOP("Attendance", "Every week"),
        SeriesFrequency.FORTNIGHTLY: QT_TRANSLATE_NOOP("Attendance", "Every two weeks"),
        SeriesFrequency.MONTHLY: QT_TRANSLATE_NOOP("Attendance", "Every month (same weekday)"),
    },
}

UNMARKED_LABEL = QT_TRANSLATE_NOOP("Attendance", "Not marked")

# The keys of the attendance sheet, from the French initials: Présent, Retard, Absent,
# Excusé, and S for "substitut" (remplacé).
STATUS_KEYS: dict[str, AttendanceStatus] = {
    "P": AttendanceStatus.PRESENT,
    "R": AttendanceStatus.LATE,
    "A": AttendanceStatus.ABSENT,
    "E": AttendanceStatus.EXCUSED,
    "S": AttendanceStatus.SUBSTITUTED,
}


def label(value: StrEnum | None) -> str:
    """English source label of a value, to be translated in context ``Attendance``."""
    return UNMARKED_LABEL if value is None else LABELS[type(value)][value]


# ----------------------------------------------------------------------------- settings

SETTING_LATES_PER_ABSENCE = "attendance.lates_per_absence"
SETTING_SUBSTITUTION_COUNTS_PRESENT = "attendance.substitution_counts_present"
SETTING_CHECKIN_GRACE_MINUTES = "attendance.checkin_grace_minutes"

SETTINGS_DEFAULTS: dict[str, Any] = {
    SETTING_LATES_PER_ABSENCE: 2,
    SETTING_SUBSTITUTION_COUNTS_PRESENT: True,
    SETTING_CHECKIN_GRACE_MINUTES: 10,
}

MSG_LATES_PER_ABSENCE = QT_TRANSLATE_NOOP(
    "Validation", "Enter a number of lates between 0 and 20 (0: lates never count)."
)
MSG_GRACE_MINUTES = QT_TRANSLATE_NOOP("Validation", "Enter a grace period between 0 and 120 minutes.")


@dataclass(frozen=True)
class AttendanceRules:
    """The club's settings that change how attendance is counted."""

    lates_per_absence: int = 2
    substitution_counts_present: bool = True
    checkin_grace_minutes: int = 10

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> AttendanceRules:
        """Build from stored settings; a missing or damaged value falls back to its default."""

        def number(key: str, low: int, high: int) -> int:
            value = values.get(key, SETTINGS_DEFAULTS[key])
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                return int(SETTINGS_DEFAULTS[key])
            return value

        counts = values.get(SETTING_SUBSTITUTION_COUNTS_PRESENT, True)
        return cls(
            lates_per_absence=number(SETTING_LATES_PER_ABSENCE, 0, 20),
            substitution_counts_present=counts if isinstance(counts, bool) else True,
            checkin_grace_minutes=number(SETTING_CHECKIN_GRACE_MINUTES, 0, 120),
        )

    def validated(self) -> AttendanceRules:
        """Raise :class:`ValidationError` on a value the settings dialog must refuse."""
        if not 0 <= self.lates_per_absence <= 20:
            raise ValidationError(SETTING_LATES_PER_ABSENCE, MSG_LATES_PER_ABSENCE)
        if not 0 <= self.checkin_grace_minutes <= 120:
            raise ValidationError(SETTING_CHECKIN_GRACE_MINUTES, MSG_GRACE_MINUTES)
        return self

    def as_settings(self) -> dict[str, Any]:
        return {
            SETTING_LATES_PER_ABSENCE: self.lates_per_absence,
            SETTING_SUBSTITUTION_COUNTS_PRESENT: self.substitution_counts_present,
            SETTING_CHECKIN_GRACE_MINUTES: self.checkin_grace_minutes,
        }


# ---------------------------------------------------------------------------- meetings

MEETING_EARLIEST = date(1990, 1, 1)
MEETING_DAYS_AHEAD = 3 * 366  # a series may be planned for the next season or two, not a decade
AUDIT_AFTER_DAYS = 7
MAX_SERIES_MEETINGS = 120

MSG_SERIES_EMPTY = QT_TRANSLATE_NOOP("Validation", "The series holds no meeting: check its first and last dates.")
MSG_SERIES_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "A series holds at most {max} meetings; choose an earlier last date."
)
MSG_SUBSTITUTE_NAME = QT_TRANSLATE_NOOP("Validation", "Enter the name of the person who came in the member's place.")
MSG_MEMBER_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a member number, e.g. 1042.")


def validate_meeting_date(day: date, today: date, field: str = "date") -> date:
    """Refuse a meeting date that is a typing mistake (before 1990 or over 3 years ahead)."""
    return validate_sane_date(
        day, field, earliest=MEETING_EARLIEST, latest_days_ahead=MEETING_DAYS_AHEAD, today=today
    )


def needs_audit(meeting_date: date, today: date) -> bool:
    """Changes to a meeting held more than a week ago are confirmed and kept in the audit trail."""
    return (today - meeting_date).days > AUDIT_AFTER_DAYS


def concerns(kind: MeetingKind, meeting_chapter_id: int | None, member_chapter_id: int, on_board: bool) -> bool:
    """Whether a meeting is one a member of that chapter and role should attend, if active.

    A chapter's meetings concern its members, club-wide meetings (no chapter) everyone;
    board meetings concern the board only.
    """
    if kind == MeetingKind.BOARD and not on_board:
        return False
    return meeting_chapter_id is None or meeting_chapter_id == member_chapter_id


def is_expected(
    *,
    day: date,
    kind: MeetingKind,
    meeting_chapter_id: int | None,
    member_chapter_id: int,
    on_board: bool,
    periods: Sequence[Period],
    extra: bool = False,
) -> bool:
    """Whether a member is expected at a meeting: active on the date, and either added by
    hand (``extra``) or concerned by the meeting (see :func:`concerns`).
    """
    if not is_active_on(periods, day):
        return False
    return extra or concerns(kind, meeting_chapter_id, member_chapter_id, on_board)


def during_periods(periods: Sequence[Period], meetings: Sequence[tuple[date, int]]) -> list[tuple[date, int]]:
    """The ``(date, meeting_id)`` of ``meetings`` (sorted by date) on which a member is active.

    The bulk form of the activity test of :func:`is_expected`, for figures over thousands of
    members: a binary search per active period instead of a test per meeting.
    """
    if len(periods) == 1 and periods[0].end is None:
        start = bisect_left(meetings, (periods[0].start,))
        return list(meetings[start:]) if start else list(meetings)
    selected: list[tuple[date, int]] = []
    for period in periods:
        lo = bisect_left(meetings, (period.start,))
        hi = len(meetings) if period.end is None else bisect_left(meetings, (period.end,))
        selected.extend(meetings[lo:hi])
    return selected


@dataclass(frozen=True)
class MeetingKey:
    """What deciding who is expected needs to know about a meeting."""

    id: int
    date: date
    kind: MeetingKind
    chapter_id: int | None


class Attendee(Protocol):
    """What deciding whether a member is expected needs to know about them."""

    @property
    def id(self) -> int: ...
    @property
    def chapter_id(self) -> int: ...
    @property
    def on_board(self) -> bool: ...
    @property
    def periods(self) -> Sequence[Period]: ...


def expected_at(meeting: MeetingKey, members: Iterable[Attendee], extras: Collection[int]) -> list[int]:
    """Ids of the ``members`` expected at one meeting (``extras``: the ids added by hand)."""
    return [
        member.id
        for member in members
        if is_expected(
            day=meeting.date, kind=meeting.kind, meeting_chapter_id=meeting.chapter_id,
            member_chapter_id=member.chapter_id, on_board=member.on_board,
            periods=member.periods, extra=member.id in extras,
        )
    ]


def may_visit(meeting: MeetingKey, member: Attendee) -> bool:
    """Whether a member of another chapter may come to a chapter's meeting as a visitor, added to
    its expected list (from then on :func:`expected_at` and :func:`expected_by_member` count them
    there like any member added by hand): active on its date, and concerned by it were it
    club-wide (a board meeting takes the board only).
    """
    return (
        meeting.chapter_id is not None
        and meeting.chapter_id != member.chapter_id
        and concerns(meeting.kind, None, member.chapter_id, member.on_board)
        and is_active_on(member.periods, meeting.date)
    )


def expected_by_member(
    meetings: Iterable[MeetingKey],
    members: Iterable[Attendee],
    extras: Mapping[int, Collection[int]],
) -> dict[int, list[tuple[date, int]]]:
    """For each member, the ``(date, meeting_id)`` they were expected at, sorted by date.

    The bulk form of :func:`expected_at` (same rules: :func:`concerns`, the active periods,
    the members added by hand, ``extras`` being meeting id -> member ids). Meetings are grouped
    by chapter, then once per (chapter, board or not), and each member's active periods cut
    their group's list by binary search: linear in the result, so a club of 500 chapters does
    not test every chapter against every meeting.
    """
    ordered = sorted(meetings, key=lambda m: (m.date, m.id))
    by_chapter: dict[int | None, list[MeetingKey]] = defaultdict(list)
    for meeting in ordered:
        by_chapter[meeting.chapter_id].append(meeting)
    club_wide = by_chapter.get(None, [])
    extra_of: dict[int, list[MeetingKey]] = defaultdict(list)
    by_id = {meeting.id: meeting for meeting in ordered}
    for meeting_id, member_ids in extras.items():
        added_to = by_id.get(meeting_id)
        if added_to is not None:
            for member_id in member_ids:
                extra_of[member_id].append(added_to)
    groups: dict[tuple[int, bool], list[tuple[date, int]]] = {}
    result: dict[int, list[tuple[date, int]]] = {}
    for member in members:
        key = (member.chapter_id, member.on_board)
        group = groups.get(key)
        if group is None:
            candidates = sorted(by_chapter.get(member.chapter_id, []) + club_wide, key=lambda m: (m.date, m.id))
            group = groups[key] = [(m.date, m.id) for m in candidates
                                   if concerns(m.kind, m.chapter_id, member.chapter_id, member.on_board)]
        expected = during_periods(member.periods, group)
        added = extra_of.get(member.id)
        if added:
            already = {meeting_id for _, meeting_id in expected}
            extra_marks = [(m.date, m.id) for m in added if m.id not in already]
            if extra_marks:
                expected = sorted(expected + during_periods(member.periods, sorted(extra_marks)))
        result[member.id] = expected
    return result


def _nth_weekday(year: int, month: int, weekday: int, rank: int) -> date:
    """The ``rank``-th (1-based; 5 means the last) ``weekday`` of a month."""
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return date(year, month, days[min(rank, len(days)) - 1])


def series_dates(first: date, last: date, frequency: SeriesFrequency) -> list[date]:
    """The dates of a series from ``first`` to ``last`` included.

    Monthly series keep the weekday and its rank in the month of ``first``: the 2nd Tuesday
    stays the 2nd Tuesday; a 5th weekday becomes the last one of each month.

    Raises:
        ValidationError: no date in the range, or more than :data:`MAX_SERIES_MEETINGS`.
    """
    dates: list[date] = []
    if frequency is SeriesFrequency.MONTHLY:
        rank = (first.day - 1) // 7 + 1
        year, month = first.year, first.month
        while True:
            day = _nth_weekday(year, month, first.weekday(), rank)
            if day > last or len(dates) > MAX_SERIES_MEETINGS:
                break
            dates.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        step = timedelta(weeks=2 if frequency is SeriesFrequency.FORTNIGHTLY else 1)
        day = first
        while day <= last and len(dates) <= MAX_SERIES_MEETINGS:
            dates.append(day)
            day += step
    if not dates:
        raise ValidationError("last", MSG_SERIES_EMPTY)
    if len(dates) > MAX_SERIES_MEETINGS:
        raise ValidationError("last", MSG_SERIES_TOO_LONG, max=MAX_SERIES_MEETINGS)
    return dates


# ------------------------------------------------------------------------ one mark


@dataclass(frozen=True)
class CleanMark:
    """A status with only the details that belong to it, cleaned."""

    status: AttendanceStatus | None
    arrival_time: time | None = None
    excuse_reason: str | None = None
    substitute_name: str | None = None
    substitute_company: str | None = None


def clean_mark(
    status: AttendanceStatus | None,
    *,
    arrival_time: time | None = None,
    excuse_reason: str | None = None,
    substitute_name: str | None = None,
    substitute_company: str | None = None,
) -> CleanMark:
    """Validate one member's status; details of other statuses are dropped.

    Raises:
        ValidationError: a substitution without the substitute's name, or text too long.
    """
    if status is None:
        return CleanMark(None)
    if status is AttendanceStatus.EXCUSED:
        return CleanMark(status, excuse_reason=clean_text(excuse_reason, "excuse_reason", max_length=200))
    if status is AttendanceStatus.SUBSTITUTED:
        name = clean_text(substitute_name, "substitute_name", max_length=160)
        if not name or not any(char.isalpha() for char in name):
            raise ValidationError("substitute_name", MSG_SUBSTITUTE_NAME)
        company = clean_text(substitute_company, "substitute_company", max_length=160)
        return CleanMark(status, substitute_name=name, substitute_company=company)
    if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
        return CleanMark(status, arrival_time=arrival_time)
    return CleanMark(status)


def describe_mark(mark: CleanMark) -> str:
    """The stored text of a mark in the audit trail: the status code, then its details.

    ``"excused: Voyage"``, ``"substituted: Karim Alaoui (Atlas SARL)"``, ``""`` for unmarked.
    The code (not a translated label) is stored so the trail reads in any language.
    """
    if mark.status is None:
        return ""
    detail = ""
    if mark.status is AttendanceStatus.EXCUSED and mark.excuse_reason:
        detail = mark.excuse_reason
    elif mark.status is AttendanceStatus.SUBSTITUTED:
        detail = mark.substitute_name or ""
        if mark.substitute_company:
            detail += f" ({mark.substitute_company})"
    elif mark.arrival_time is not None:
        detail = format_time(mark.arrival_time)
    text = f"{mark.status.value}: {detail}" if detail else mark.status.value
    return text[:200]


def parse_audit_value(text: str | None) -> tuple[AttendanceStatus | None, str]:
    """Split a stored audit value back into its status and details."""
    if not text:
        return None, ""
    code, _, detail = text.partition(": ")
    try:
        return AttendanceStatus(code), detail
    except ValueError:
        return None, text


# ---------------------------------------------------------------------------- check-in

# A badge may hold the bare number or a prefixed one ("M-1042", "CERCLE:1042"); what a
# scanner adds around it (spaces, a trailing tab) is stripped before.
_BADGE = re.compile(r"(?:[A-Za-z]+[-:#/ ]?)?0*(\d{1,9})")


# In the check-in field, a member number followed by a status key ("1075a") gives that member
# the status at once; a badge never ends with a letter.
_NUMBER_AND_STATUS = re.compile(r"0*(\d{1,9}) ?([A-Za-z])")

# Before its day a meeting takes only excuses (they arrive during the week); who came, who was
# late and who was absent wait for the day.
BEFORE_THE_DAY = frozenset({AttendanceStatus.EXCUSED, None})


def number_and_status(text: str | None) -> tuple[int, AttendanceStatus] | None:
    """The member number and status of a check-in entry such as ``1075a`` (case ignored), or
    None for anything else (a badge, a number still being typed, an unknown letter)."""
    match = _NUMBER_AND_STATUS.fullmatch((text or "").strip())
    if not match or match[2].upper() not in STATUS_KEYS:
        return None
    return int(match[1]), STATUS_KEYS[match[2].upper()]


def parse_member_number(text: str | None, field: str = "number") -> int:
    """Read a member number typed or scanned from a badge.

    Raises:
        ValidationError: no number in the text.
    """
    match = _BADGE.fullmatch((text or "").strip())
    if not match:
        raise ValidationError(field, MSG_MEMBER_NUMBER)
    return int(match[1])


def checkin_status(arrival: time, start: time | None, grace_minutes: int) -> AttendanceStatus:
    """Present up to the start time plus the grace period (included), late after it."""
    if start is None:
        return AttendanceStatus.PRESENT
    limit = datetime.combine(date.min, start) + timedelta(minutes=grace_minutes)
    arrived = datetime.combine(date.min, arrival.replace(tzinfo=None))
    return AttendanceStatus.LATE if arrived > limit else AttendanceStatus.PRESENT


# ----------------------------------------------------------------------------- figures

# One expected meeting of one member: its date and the status recorded (None: unmarked).
# Plain tuples rather than objects: figures run over hundreds of thousands of them. Stored
# status strings may be passed as they are (a StrEnum equals its value).
Mark = tuple[date, "AttendanceStatus | str | None"]

_PRESENT = AttendanceStatus.PRESENT.value
_LATE = AttendanceStatus.LATE.value
_ABSENT = AttendanceStatus.ABSENT.value
_EXCUSED = AttendanceStatus.EXCUSED.value
_SUBSTITUTED = AttendanceStatus.SUBSTITUTED.value


@dataclass(frozen=True)
class HistoryRow:
    """One meeting a member was expected at, for their record."""

    meeting_id: int
    date: date
    kind: MeetingKind
    chapter: str | None
    title: str | None
    status: AttendanceStatus | None
    arrival_time: time | None
    detail: str | None  # excuse reason or substitute


@dataclass(frozen=True)
class MemberFigures:
    """What one member did over a period (see the module docstring for each rule)."""

    expected: int
    present: int
    late: int
    absent: int
    excused: int
    substituted: int
    unmarked: int
    attended: int
    rate: float | None
    unexcused_absences: int
    longest_absence_run: int
    last_presence: date | None


NO_FIGURES = MemberFigures(0, 0, 0, 0, 0, 0, 0, 0, None, 0, 0, None)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


def lates_as_absences(lates: int, lates_per_absence: int) -> int:
    """Absences the lates add up to: whole multiples only; 0 per absence means never."""
    return lates // lates_per_absence if lates_per_absence > 0 else 0


_MISSED: frozenset[str | None] = frozenset({_ABSENT, None})
_MISSED_OR_SUBSTITUTED: frozenset[str | None] = _MISSED | {_SUBSTITUTED}


def missed_statuses(rules: AttendanceRules) -> frozenset[str | None]:
    """The marks that are each one unexcused absence: absent, unmarked, and substituted when
    substitutions do not count as presence. Lates count apart (:func:`lates_as_absences`)."""
    return _MISSED if rules.substitution_counts_present else _MISSED_OR_SUBSTITUTED


def absence_statuses(rules: AttendanceRules) -> frozenset[str | None]:
    """The marks listed behind a count of unexcused absences: the missed ones, and lates
    unless they never count."""
    missed = missed_statuses(rules)
    return missed | {_LATE} if rules.lates_per_absence > 0 else missed


def unexcused_from_counts(counts: Mapping[Any, int], rules: AttendanceRules) -> int:
    """Unexcused absences from the number of marks of each status (``None``: unmarked)."""
    missed = sum(counts.get(status, 0) for status in missed_statuses(rules))
    return missed + lates_as_absences(counts.get(_LATE, 0), rules.lates_per_absence)


def count_unexcused(statuses: Iterable[AttendanceStatus | str | None],
                    rules: AttendanceRules = AttendanceRules()) -> int:
    """Unexcused absences among the marks of the meetings a member was expected at, by the rule
    of the module docstring (the figures of :func:`member_figures` count the same)."""
    return unexcused_from_counts(Counter(statuses), rules)


def member_figures(marks: Iterable[Mark], rules: AttendanceRules = AttendanceRules()) -> MemberFigures:
    """Figures of one member from the meetings they were expected at, in any order."""
    counts = {_PRESENT: 0, _LATE: 0, _ABSENT: 0, _EXCUSED: 0, _SUBSTITUTED: 0, None: 0}
    substitution_counts = rules.substitution_counts_present
    missed = missed_statuses(rules)
    run = longest = 0
    last_presence: date | None = None
    for day, status in sorted(marks, key=itemgetter(0)):
        counts[status] += 1
        if status in missed:
            run += 1
            if run > longest:
                longest = run
        elif status != _EXCUSED:  # an excused meeting neither breaks nor extends the run
            run = 0
            if status == _PRESENT or status == _LATE:
                last_presence = day  # sorted by date: the last one seen is the latest
    expected = sum(counts.values())
    if expected == 0:
        return NO_FIGURES
    present, late, absent = counts[_PRESENT], counts[_LATE], counts[_ABSENT]
    excused, substituted, unmarked = counts[_EXCUSED], counts[_SUBSTITUTED], counts[None]
    attended = present + late + (substituted if substitution_counts else 0)
    unexcused = unexcused_from_counts(counts, rules)
    return MemberFigures(
        expected=expected,
        present=present,
        late=late,
        absent=absent,
        excused=excused,
        substituted=substituted,
        unmarked=unmarked,
        attended=attended,
        rate=_ratio(attended, expected - excused),
        unexcused_absences=unexcused,
        longest_absence_run=longest,
        last_presence=last_presence,
    )


@dataclass(frozen=True)
class MeetingCounts:
    """How a meeting went: one count per status among the expected members."""

    expected: int
    present: int
    late: int
    absent: int
    excused: int
    substituted: int
    unmarked: int
    attended: int
    turnout: float | None


def meeting_counts(
    statuses: Iterable[AttendanceStatus | str | None], rules: AttendanceRules = AttendanceRules()
) -> MeetingCounts:
    """Counts of one meeting from the status of each expected member (None: unmarked)."""
    counts = {_PRESENT: 0, _LATE: 0, _ABSENT: 0, _EXCUSED: 0, _SUBSTITUTED: 0, None: 0}
    for status in statuses:
        counts[status] += 1
    expected = sum(counts.values())
    substituted = counts[_SUBSTITUTED]
    attended = counts[_PRESENT] + counts[_LATE] + (substituted if rules.substitution_counts_present else 0)
    return MeetingCounts(
        expected=expected,
        present=counts[_PRESENT],
        late=counts[_LATE],
        absent=counts[_ABSENT],
        excused=counts[_EXCUSED],
        substituted=substituted,
        unmarked=counts[None],
        attended=attended,
        turnout=_ratio(attended, expected),
    )


@dataclass(frozen=True)
class MonthRate:
    """The pooled attendance of a group of members in one month."""

    month: date  # first day of the month
    meetings: int
    expected: int
    excused: int
    attended: int
    rate: float | None  # attended / (expected - excused), i.e. the average weighted by meetings


def monthly_rates(
    marks: Iterable[tuple[int, date, AttendanceStatus | str | None]],
    rules: AttendanceRules = AttendanceRules(),
) -> list[MonthRate]:
    """Rate by month of a chapter or of the club, from ``(meeting_id, date, status)`` of
    every expected member at every held meeting. Months without a meeting are left out.
    """
    months: dict[date, list[Any]] = {}
    counted = (_PRESENT, _LATE, _SUBSTITUTED) if rules.substitution_counts_present else (_PRESENT, _LATE)
    for meeting_id, day, status in marks:
        key = day.replace(day=1)
        entry = months.get(key)
        if entry is None:
            entry = months[key] = [set(), 0, 0, 0]
        entry[0].add(meeting_id)
        entry[1] += 1
        if status == _EXCUSED:
            entry[2] += 1
        elif status in counted:
            entry[3] += 1
    return [
        MonthRate(month, len(ids), expected, excused, attended, _ratio(attended, expected - excused))
        for month, (ids, expected, excused, attended) in sorted(months.items())
    ]


def rate_trend(months: Sequence[MonthRate]) -> float | None:
    """Change of the rate per month (least-squares slope; +0.02 = two points a month better).

    ``None`` with fewer than two months that have a rate.
    """
    points = [(index, m.rate) for index, m in enumerate(months) if m.rate is not None]
    if len(points) < 2:
        return None
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread

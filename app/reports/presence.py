"""``presence``: attendance over a period, by chapter.

For each chapter: the turnout of each of its held meetings (chart), then every member expected
at least once with their counts and rate; every member over the charter's limit of unexcused
absences is highlighted, whatever their status (the legend's rule holds for every row), and a
member no longer active at the period's end is listed with their status and its date. The
club's own meetings follow, one chart per kind (the board's apart from the plenaries). A meeting
whose sheet still has members not marked is drawn apart in the charts and named under them.
The data is read by :mod:`app.services.report_data.presence`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain import attendance, enums
from app.domain.attendance import MeetingKind, MemberFigures
from app.domain.enums import MemberStatus
from app.formatting import format_date, format_date_long, format_elided, format_number, format_percent
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_count
from app.reports.charts import turnout_chart
from app.reports.figures import TurnoutPoint
from app.reports.template import WHOLE_CLUB, period_text, tr

if TYPE_CHECKING:
    from app.reports.template import ReportDoc

COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "No."),
    QT_TRANSLATE_NOOP("Reports", "Member"),
    QT_TRANSLATE_NOOP("Reports", "Expected"),
    QT_TRANSLATE_NOOP("Reports", "Present"),
    QT_TRANSLATE_NOOP("Reports", "Late"),
    QT_TRANSLATE_NOOP("Reports", "Absent"),
    QT_TRANSLATE_NOOP("Reports", "Excused"),
    QT_TRANSLATE_NOOP("Reports", "Substit."),
    QT_TRANSLATE_NOOP("Reports", "Not marked"),
    QT_TRANSLATE_NOOP("Reports", "Rate"),
    QT_TRANSLATE_NOOP("Reports", "Unexcused"),
)
# The charter's limit is counted over its own window (6 months to the period's end), which is
# not the report's period: a column of its own, so the highlight reads off the figure beside it.
WINDOW_COLUMN = QT_TRANSLATE_NOOP("Reports", "Unexcused, {months} months")
WINDOW_COLUMN_ONE = QT_TRANSLATE_NOOP("Reports", "Unexcused, {months} month")
WIDTHS = (6, 22, 8, 8, 7, 7.5, 7.5, 7.5, 7.5, 7, 8.5, 9)
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total ({count} members)")
TOTAL_ONE = QT_TRANSLATE_NOOP("Reports", "Total ({count} member)")
HELD = QT_TRANSLATE_NOOP("Reports", "Meetings held")
RATE = QT_TRANSLATE_NOOP("Reports", "Attendance rate")
COUNTED = QT_TRANSLATE_NOOP("Reports", "Members expected")
OVER = QT_TRANSLATE_NOOP("Reports", "Over the absence limit")
EXPLAIN = QT_TRANSLATE_NOOP(
    "Reports",
    "Rate: meetings attended out of the meetings expected, excused absences left out. "
    "Highlighted: more than {cap} unexcused absences in the {months} months to {date}, the charter's limit.")
LATES = QT_TRANSLATE_NOOP(
    "Reports", "Unexcused: absences without an excuse, every {lates} late arrivals counting as one.")
CLUB_MEETINGS = QT_TRANSLATE_NOOP("Reports", "Whole-club meetings")
CHAPTER_TURNOUT = QT_TRANSLATE_NOOP("Reports", "Turnout of the meetings of {chapter}")
KIND_TURNOUT = QT_TRANSLATE_NOOP("Reports", "Turnout by meeting: {kind}")
STATUS_SINCE = QT_TRANSLATE_NOOP("Reports", "{status} since {date}")
INCOMPLETE_ONE = QT_TRANSLATE_NOOP(
    "Reports", "In grey: {count} meeting whose sheet is incomplete (members not marked): {dates}.")
INCOMPLETE = QT_TRANSLATE_NOOP(
    "Reports", "In grey: {count} meetings whose sheet is incomplete (members not marked): {dates}.")


Turnout = tuple[TurnoutPoint, ...]  # each held meeting, in date order


@dataclass(frozen=True)
class AttendanceRow:
    number: int
    name: str
    figures: MemberFigures  # over the period
    window_absences: int  # unexcused absences in the charter's window
    over_limit: bool  # more than the charter allows in that window
    status: MemberStatus | None = None  # at the period's end, when not active any more
    status_since: date | None = None  # the day that status took effect


@dataclass(frozen=True)
class ChapterAttendance:
    name: str
    turnout: Turnout  # the chapter's own meetings
    members: tuple[AttendanceRow, ...]  # expected at least once, by name
    rate: float | None  # pooled over its members


@dataclass(frozen=True)
class AttendanceReport:
    start: date
    end: date
    chapter: str | None  # the chapter it is limited to; None: the whole club
    meetings_held: int
    rate: float | None  # pooled over every member expected
    expected_members: int
    over_limit: int
    absences_cap: int
    window_months: int
    window_end: date
    lates_per_absence: int  # 0: late arrivals never count as an absence
    chapters: tuple[ChapterAttendance, ...]  # in chapter order, those with members or meetings
    club_turnout: tuple[tuple[MeetingKind, Turnout], ...]  # the whole club's meetings, by kind


def render(data: AttendanceReport, doc: ReportDoc) -> None:

    scope = data.chapter if data.chapter is not None else tr(WHOLE_CLUB)
    doc.subtitle = f"{period_text(data.start, data.end)} — {scope}"
    doc.key_figures([
        (tr(HELD), format_number(data.meetings_held)),
        (tr(RATE), format_percent(data.rate)),
        (tr(COUNTED), format_number(data.expected_members)),
        (tr(OVER), format_number(data.over_limit)),
    ])
    explain = tr(EXPLAIN).format(cap=data.absences_cap, months=data.window_months,
                                 date=format_date_long(data.window_end))
    lates = data.lates_per_absence
    doc.note(explain + (" " + tr(LATES).format(lates=lates) if lates else ""))
    window = translate_count("Reports", WINDOW_COLUMN_ONE, WINDOW_COLUMN, data.window_months)
    header = [tr(c) for c in COLUMNS] + [window.format(months=data.window_months)]
    for chapter in data.chapters:
        doc.heading(chapter.name)
        if chapter.turnout:
            _turnout(doc, chapter.turnout, format_elided(tr(CHAPTER_TURNOUT), chapter=chapter.name))
        rows = [[str(m.number), _member_cell(doc, m), *_counts(m.figures), format_percent(m.figures.rate),
                 format_number(m.figures.unexcused_absences), format_number(m.window_absences)]
                for m in chapter.members]
        figures = [m.figures for m in chapter.members]
        members = translate_count("Reports", TOTAL_ONE, TOTAL, len(figures))
        total = ["", members.format(count=format_number(len(figures))), *_totals(figures),
                 format_percent(chapter.rate),
                 format_number(sum(f.unexcused_absences for f in figures)),
                 format_number(sum(m.window_absences for m in chapter.members))]
        doc.table(header, rows, WIDTHS, right=range(2, 12),
                  highlight=[index for index, m in enumerate(chapter.members) if m.over_limit], total=total)
    if data.club_turnout:

        doc.heading(tr(CLUB_MEETINGS))
        for kind, turnout in data.club_turnout:
            _turnout(doc, turnout, tr(KIND_TURNOUT).format(kind=translate("Attendance", attendance.label(kind))))


def _turnout(doc: ReportDoc, turnout: Turnout, title: str) -> None:
    """A turnout chart, and under it the meetings drawn apart as their sheet is incomplete."""

    doc.chart(turnout_chart(turnout, doc.width, 120, title))
    incomplete = [point.date for point in turnout if point.unmarked]
    if incomplete:
        doc.note(translate_count("Reports", INCOMPLETE_ONE, INCOMPLETE, len(incomplete)).format(
            count=len(incomplete), dates=", ".join(format_date(day) for day in incomplete)))


def _member_cell(doc: ReportDoc, member: AttendanceRow) -> object:
    """The member's name, and under it their status when no longer active ("Exclu depuis le …")."""
    if member.status is None:
        return member.name

    since = format_date(member.status_since)
    status = tr(STATUS_SINCE).format(status=translate("Enums", enums.label(member.status)), date=since)
    status = status.replace(" " + since, "\u00a0" + since)  # the date stays with its "le"
    return doc.lines((member.name, "cell"), (status, "cell_small"))


def _counts(f: MemberFigures) -> list[str]:

    return [format_number(v) for v in (f.expected, f.present, f.late, f.absent, f.excused, f.substituted, f.unmarked)]


def _totals(figures: list[MemberFigures]) -> list[str]:

    keys = ("expected", "present", "late", "absent", "excused", "substituted", "unmarked")
    return [format_number(sum(getattr(f, key) for f in figures)) for key in keys]

"""``presence``: attendance over a period, by chapter.

For each chapter: the turnout of each of its held meetings (chart), then every member expected
at least once with their counts and rate; members over the charter's limit of unexcused
absences are highlighted. Figures come from :func:`app.services.attendance.figures_by_member`,
the same as the attendance pages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.db.uow import UnitOfWork
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.domain.attendance import MemberFigures
    from app.reports import ReportParams
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
WIDTHS = (6, 22, 8, 8, 7, 7.5, 7.5, 7.5, 7.5, 7, 8.5, 9)
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total ({count} members)")
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


def pooled_rate(figures: list[MemberFigures]) -> float | None:
    """Attended out of expected minus excused, over several members (None: nothing expected)."""
    attended = sum(f.attended for f in figures)
    counted = sum(f.expected - f.excused for f in figures)
    return attended / counted if counted else None


def build(uow: UnitOfWork, params: ReportParams, doc: ReportDoc) -> None:
    from sqlalchemy import select

    from app.db.models import Chapter, Member
    from app.domain.attendance import MeetingState
    from app.domain.business import listing_name
    from app.domain.text import fold
    from app.domain.windows import window
    from app.formatting import format_date_long, format_number, format_percent
    from app.reports.charts import turnout_chart
    from app.reports.template import WHOLE_CLUB, period_text, tr
    from app.services.active_members import load_periods
    from app.services.attendance import attendance_rules, figures_by_member
    from app.services.compliance import compliance_rules
    from app.services.meetings import ALL_CHAPTERS, list_meetings

    assert params.start is not None and params.end is not None
    start, end = params.start, params.end
    figures = figures_by_member(uow, start, end, chapter_id=params.chapter_id)
    rules = compliance_rules(uow)
    cap = rules.absences_cap
    window_start, window_end = window(end, rules.window_months)
    in_window = figures_by_member(uow, window_start, window_end, chapter_id=params.chapter_id)
    # A chapter's members are expected at its meetings and at the whole club's.
    meetings = [m for m in list_meetings(uow, start, end, ALL_CHAPTERS)
                if m.state == MeetingState.HELD and (params.chapter_id is None
                                                     or m.chapter_id in (None, params.chapter_id))]
    meetings.sort(key=lambda m: (m.date, m.start_time is None, m.start_time, m.id))
    with uow:
        session = uow.session
        chapters = session.execute(select(Chapter.id, Chapter.name).order_by(Chapter.sort_order, Chapter.name)).all()
        members = {row.id: row for row in session.execute(
            select(Member.id, Member.number, Member.first_name, Member.last_name, Member.chapter_id)
            .where(Member.id.in_(list(figures))))} if figures else {}
        periods = load_periods(session, list(figures)) if figures else {}
    names = dict(chapters)
    scope = names.get(params.chapter_id, "") if params.chapter_id is not None else tr(WHOLE_CLUB)
    doc.subtitle = f"{period_text(start, end)} — {scope}"

    counted = {mid: f for mid, f in figures.items() if f.expected}
    by_chapter: dict[int, list[int]] = defaultdict(list)
    for member_id in counted:
        by_chapter[members[member_id].chapter_id].append(member_id)
    # Over the limit as the compliance report counts it: members active at the window's end only.
    window_absences = {mid: in_window[mid].unexcused_absences if mid in in_window else 0 for mid in counted}
    over = {mid for mid in counted if window_absences[mid] > cap
            and mid in periods and periods[mid].active_on(window_end)}
    doc.key_figures([
        (tr(HELD), format_number(len(meetings))),
        (tr(RATE), format_percent(pooled_rate(list(counted.values())))),
        (tr(COUNTED), format_number(len(counted))),
        (tr(OVER), format_number(len(over))),
    ])
    explain = tr(EXPLAIN).format(cap=cap, months=rules.window_months, date=format_date_long(window_end))
    lates = attendance_rules(uow).lates_per_absence
    doc.note(explain + (" " + tr(LATES).format(lates=lates) if lates else ""))
    header = [tr(c) for c in COLUMNS] + [tr(WINDOW_COLUMN).format(months=rules.window_months)]
    for chapter_id, chapter in chapters:
        ids = by_chapter.get(chapter_id)
        chapter_meetings = [m for m in meetings if m.chapter_id == chapter_id]
        if not ids and not chapter_meetings:
            continue
        doc.heading(chapter)
        if chapter_meetings:
            doc.chart(turnout_chart([(m.date, m.turnout) for m in chapter_meetings], doc.width, 120,
                                    tr(CHAPTER_TURNOUT).format(chapter=chapter)))
        ids = sorted(ids or [], key=lambda mid: (fold(members[mid].last_name), fold(members[mid].first_name),
                                                 members[mid].number))
        rows, marked = [], []
        for index, member_id in enumerate(ids):
            f, m = counted[member_id], members[member_id]
            rows.append([str(m.number), listing_name(m.first_name, m.last_name), *_counts(f),
                         format_percent(f.rate), format_number(f.unexcused_absences),
                         format_number(window_absences[member_id])])
            if member_id in over:
                marked.append(index)
        chapter_figures = [counted[mid] for mid in ids]
        total = ["", tr(TOTAL).format(count=format_number(len(ids))), *_totals(chapter_figures),
                 format_percent(pooled_rate(chapter_figures)),
                 format_number(sum(f.unexcused_absences for f in chapter_figures)),
                 format_number(sum(window_absences[mid] for mid in ids))]
        doc.table(header, rows, WIDTHS, right=range(2, 12), highlight=marked, total=total)
    club_meetings = [m for m in meetings if m.chapter_id is None]
    if club_meetings:
        doc.heading(tr(CLUB_MEETINGS))
        doc.chart(turnout_chart([(m.date, m.turnout) for m in club_meetings], doc.width, 120))


def _counts(f: MemberFigures) -> list[str]:
    from app.formatting import format_number

    return [format_number(v) for v in (f.expected, f.present, f.late, f.absent, f.excused, f.substituted, f.unmarked)]


def _totals(figures: list[MemberFigures]) -> list[str]:
    from app.formatting import format_number

    keys = ("expected", "present", "late", "absent", "excused", "substituted", "unmarked")
    return [format_number(sum(getattr(f, key) for f in figures)) for key in keys]

"""``bilan``: the board pack, two pages of key figures and charts over a period.

The figures are :func:`app.services.report_data.bilan.bilan_figures`, and the charts those of the
home page (:mod:`app.reports.charts`), so the pack and the screen never disagree.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.formatting import format_amounts, format_date_long, format_number, format_percent
from app.i18n import QT_TRANSLATE_NOOP
from app.reports import charts
from app.reports.template import WHOLE_CLUB, period_text, tr

if TYPE_CHECKING:
    from app.reports.figures import BilanFigures
    from app.reports.template import ReportDoc

ACTIVE = QT_TRANSLATE_NOOP("Reports", "Active members")
JOINED = QT_TRANSLATE_NOOP("Reports", "Joined")
LEFT = QT_TRANSLATE_NOOP("Reports", "Left")
MEETINGS = QT_TRANSLATE_NOOP("Reports", "Meetings held")
RATE = QT_TRANSLATE_NOOP("Reports", "Attendance rate")
REFERRALS = QT_TRANSLATE_NOOP("Reports", "Referrals given")
EXTERNAL = QT_TRANSLATE_NOOP("Reports", "Share to non-members")
CLOSED = QT_TRANSLATE_NOOP("Reports", "Closed business")
CLOSED_MAD = QT_TRANSLATE_NOOP("Reports", "Closed business (MAD)")
DEALS = QT_TRANSLATE_NOOP("Reports", "Deals closed")
ONE_TO_ONES = QT_TRANSLATE_NOOP("Reports", "One-to-ones")
VISITORS = QT_TRANSLATE_NOOP("Reports", "Visitors")
GREEN_SHARE = QT_TRANSLATE_NOOP("Reports", "Members in green")
CHAPTERS = QT_TRANSLATE_NOOP("Reports", "Chapters")
CHAPTER = QT_TRANSLATE_NOOP("Reports", "Chapter")
MEMBERS_AT_END = QT_TRANSLATE_NOOP("Reports", "Members")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
ACTIVE_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Active members and lights on {date}; every other figure over the period.")


def side_by_side(left: Any, right: Any, width: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[width / 2] * 2)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render(f: BilanFigures, doc: ReportDoc) -> None:
    doc.subtitle = f"{period_text(f.start, f.end)} — {tr(WHOLE_CLUB)}"  # the pack is the whole club's
    green = next((light.count for light in f.lights if light.light == "green"), 0)
    scored = sum(light.count for light in f.lights)
    doc.key_figures([
        (tr(ACTIVE), format_number(f.active_members)),
        (tr(JOINED), format_number(f.joined)),
        (tr(LEFT), format_number(f.left)),
        (tr(MEETINGS), format_number(f.meetings)),
        (tr(RATE), format_percent(f.attendance_rate)),
        (tr(REFERRALS), format_number(f.referrals)),
        (tr(EXTERNAL), format_percent(f.external_referrals / f.referrals if f.referrals else None)),
        (tr(DEALS), format_number(f.closed_count)),
        (tr(CLOSED_MAD), format_amounts([f.closed_amount], currency="")[0]),
        (tr(ONE_TO_ONES), format_number(f.one_to_ones)),
        (tr(VISITORS), format_number(f.visitors)),
        (tr(GREEN_SHARE), format_percent(green / scored if scored else None)),
    ], columns=4)
    doc.note(tr(ACTIVE_NOTE).format(date=format_date_long(f.end)))
    half = doc.width / 2 - 8
    doc.story.append(side_by_side(charts.membership_chart(f, half, 150), charts.attendance_chart(f, half, 150),
                                  doc.width))
    doc.spacer()
    doc.chart(charts.business_chart(f, doc.width, 250))

    from reportlab.platypus import PageBreak

    doc.story.append(PageBreak())
    doc.chart(charts.chapter_business_chart(f, doc.width, 30 + 22 * max(len(f.chapters), 1)))
    doc.spacer()
    doc.chart(charts.lights_chart(f, doc.width * 0.6, 30 + 20 * max(len(f.lights), 1)))
    doc.heading(tr(CHAPTERS))
    *amounts, total_amount = format_amounts(
        [*(c.closed_amount for c in f.chapters), sum((c.closed_amount for c in f.chapters), Decimal("0.00"))])
    rows = [[c.chapter, format_number(c.active_members), format_percent(c.attendance_rate), format_number(c.referrals),
             format_number(c.closed_count), amount] for c, amount in zip(f.chapters, amounts, strict=True)]
    doc.table([tr(CHAPTER), tr(MEMBERS_AT_END), tr(RATE), tr(REFERRALS), tr(DEALS), tr(CLOSED)], rows,
              (26, 12, 14, 14, 12, 22), right=range(1, 6),
              total=[tr(TOTAL), format_number(sum(c.active_members for c in f.chapters)),
                     format_percent(f.attendance_rate), format_number(sum(c.referrals for c in f.chapters)),
                     format_number(sum(c.closed_count for c in f.chapters)), total_amount])

"""``recommandations``: referrals and closed business over a period.

Totals, by month (chart and table), by chapter, internal against external, the top givers and
every member's given / received / closed. A referral counts for the chapter of the member who
gave it; closed business for the chapter of the member who closed it (as on the business pages).
The data is read by :mod:`app.services.report_data.recommandations`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from app.formatting import format_amounts, format_month, format_number, format_percent
from app.i18n import QT_TRANSLATE_NOOP
from app.reports.charts import monthly_business_chart
from app.reports.figures import BusinessMonth
from app.reports.template import WHOLE_CLUB, period_text, tr

if TYPE_CHECKING:
    from app.reports.template import ReportDoc

REFERRALS = QT_TRANSLATE_NOOP("Reports", "Referrals given")
INTERNAL = QT_TRANSLATE_NOOP("Reports", "To members")
EXTERNAL = QT_TRANSLATE_NOOP("Reports", "To non-members")
CLOSED_COUNT = QT_TRANSLATE_NOOP("Reports", "Deals closed")
CLOSED_AMOUNT = QT_TRANSLATE_NOOP("Reports", "Closed business")
CLOSED_MAD = QT_TRANSLATE_NOOP("Reports", "Closed business (MAD)")
ONE_TO_ONES = QT_TRANSLATE_NOOP("Reports", "One-to-ones")
EXTERNAL_SHARE = QT_TRANSLATE_NOOP("Reports", "Share to non-members")
BY_MONTH = QT_TRANSLATE_NOOP("Reports", "By month")
BY_CHAPTER = QT_TRANSLATE_NOOP("Reports", "By chapter")
TOP_GIVERS = QT_TRANSLATE_NOOP("Reports", "Top givers")
PER_MEMBER = QT_TRANSLATE_NOOP("Reports", "Per member")
MONTH = QT_TRANSLATE_NOOP("Reports", "Month")
CHAPTER = QT_TRANSLATE_NOOP("Reports", "Chapter")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
RANK = QT_TRANSLATE_NOOP("Reports", "Rank")
NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
MEMBER = QT_TRANSLATE_NOOP("Reports", "Member")
GIVEN_INTERNAL = QT_TRANSLATE_NOOP("Reports", "Given to members")
GIVEN_EXTERNAL = QT_TRANSLATE_NOOP("Reports", "Given outside")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
CLOSED_RECEIVED = QT_TRANSLATE_NOOP("Reports", "Closed (amount)")
GENERATED = QT_TRANSLATE_NOOP("Reports", "Generated for others")
EXPLAIN = QT_TRANSLATE_NOOP(
    "Reports",
    "A referral counts for the chapter of the member who gave it; closed business for the chapter of "
    "the member who closed it. \u201cGenerated for others\u201d: business closed by other members thanks to "
    "this member's referrals. Members active during the period, or with business in it, are listed.")


@dataclass(frozen=True)
class MemberBusiness:
    """One member's business over the period."""

    number: int
    name: str
    chapter: str
    given_internal: int
    given_external: int
    received: int
    closed_received_count: int
    closed_received_amount: Decimal
    closed_generated_amount: Decimal  # business closed by others thanks to this member

    @property
    def given(self) -> int:
        return self.given_internal + self.given_external


@dataclass(frozen=True)
class ChapterBusiness:
    name: str
    members: tuple[MemberBusiness, ...]  # the members listed (see EXPLAIN), by name


@dataclass(frozen=True)
class BusinessReport:
    start: date
    end: date
    chapter: str | None  # the chapter it is limited to; None: the whole club
    one_to_ones: int
    months: tuple[BusinessMonth, ...]  # every month of the period, empty ones too
    chapters: tuple[ChapterBusiness, ...]  # in chapter order, those with a member listed
    top_givers: tuple[MemberBusiness, ...]  # most referrals given first


def render(data: BusinessReport, doc: ReportDoc) -> None:
    doc.subtitle = f"{period_text(data.start, data.end)} — " + (
        data.chapter if data.chapter is not None else tr(WHOLE_CLUB))
    totals = [member for chapter in data.chapters for member in chapter.members]
    months = data.months
    internal = sum(t.given_internal for t in totals)
    external = sum(t.given_external for t in totals)
    closed_count = sum(m.closed_count for m in months)
    closed_amount = sum((m.closed_amount for m in months), Decimal("0.00"))
    doc.key_figures([
        (tr(REFERRALS), format_number(internal + external)),
        (tr(INTERNAL), format_number(internal)),
        (tr(EXTERNAL), format_number(external)),
        (tr(EXTERNAL_SHARE), format_percent(external / (internal + external) if internal + external else None)),
        (tr(CLOSED_COUNT), format_number(closed_count)),
        (tr(CLOSED_MAD), format_amounts([closed_amount], currency="")[0]),
        (tr(ONE_TO_ONES), format_number(data.one_to_ones)),
    ], columns=4)
    doc.note(tr(EXPLAIN))

    doc.heading(tr(BY_MONTH))
    doc.chart(monthly_business_chart(months, doc.width, 250, (data.start, data.end)))
    doc.spacer()
    *amounts, total_amount = format_amounts([*(m.closed_amount for m in months), closed_amount])
    doc.table(
        [tr(MONTH), tr(REFERRALS), tr(CLOSED_COUNT), tr(CLOSED_AMOUNT)],
        [[format_month(m.month, period=(data.start, data.end)), format_number(m.referrals),
          format_number(m.closed_count), amount] for m, amount in zip(months, amounts, strict=True)],
        (40, 20, 20, 30), right=[1, 2, 3],
        total=[tr(TOTAL), format_number(sum(m.referrals for m in months)), format_number(closed_count),
               total_amount])

    if data.chapter is None:
        doc.heading(tr(BY_CHAPTER))
        groups = [chapter.members for chapter in data.chapters]
        *amounts, total_amount = format_amounts(
            sum((t.closed_received_amount for t in group), Decimal("0.00")) for group in [*groups, totals])
        doc.table([tr(CHAPTER), tr(INTERNAL), tr(EXTERNAL), tr(REFERRALS), tr(CLOSED_COUNT), tr(CLOSED_AMOUNT)],
                  [[chapter.name, *_business_cells(chapter.members), amount]
                   for chapter, amount in zip(data.chapters, amounts, strict=True)],
                  (28, 13, 14, 14, 13, 22), right=range(1, 6),
                  total=[tr(TOTAL), *_business_cells(totals), total_amount])

    doc.heading(tr(TOP_GIVERS))
    generated = format_amounts(t.closed_generated_amount for t in data.top_givers)
    doc.table([tr(RANK), tr(NUMBER), tr(MEMBER), tr(CHAPTER), tr(REFERRALS), tr(GENERATED)],
              [[format_number(rank), str(t.number), t.name, t.chapter, format_number(t.given), amount]
               for rank, (t, amount) in enumerate(zip(data.top_givers, generated, strict=True), start=1)],
              (7, 8, 32, 18, 13, 22), right=[0, 1, 4, 5])

    doc.heading(tr(PER_MEMBER))
    header = [tr(NUMBER), tr(MEMBER), tr(GIVEN_INTERNAL), tr(GIVEN_EXTERNAL), tr(RECEIVED), tr(CLOSED_COUNT),
              tr(CLOSED_RECEIVED), tr(GENERATED)]
    widths = (6, 25, 8.5, 8.5, 8, 8, 18, 18)
    for chapter in data.chapters:
        if data.chapter is None:
            doc.heading(chapter.name, level=2)
        rows = _member_rows(chapter.members)
        doc.table(header, rows[:-1], widths, right=range(2, 8), total=["", tr(TOTAL), *rows[-1][2:]])


def _business_cells(group: Sequence[MemberBusiness]) -> list[str]:
    """A group's referrals and deals (its amount is in a column of its own, see format_amounts)."""
    internal = sum(t.given_internal for t in group)
    external = sum(t.given_external for t in group)
    return [format_number(internal), format_number(external), format_number(internal + external),
            format_number(sum(t.closed_received_count for t in group))]


def _member_rows(group: Sequence[MemberBusiness]) -> list[list[str]]:
    """A row per member and, last, the group's totals: the amounts formatted as columns."""
    received = format_amounts([*(t.closed_received_amount for t in group),
                               sum((t.closed_received_amount for t in group), Decimal("0.00"))])
    generated = format_amounts([*(t.closed_generated_amount for t in group),
                                sum((t.closed_generated_amount for t in group), Decimal("0.00"))])
    counts = [[str(t.number), t.name, format_number(t.given_internal), format_number(t.given_external),
               format_number(t.received), format_number(t.closed_received_count)] for t in group]
    counts.append(["", "", format_number(sum(t.given_internal for t in group)),
                   format_number(sum(t.given_external for t in group)), format_number(sum(t.received for t in group)),
                   format_number(sum(t.closed_received_count for t in group))])
    return [[*row, r, g] for row, r, g in zip(counts, received, generated, strict=True)]

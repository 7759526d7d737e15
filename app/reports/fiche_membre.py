"""``fiche-membre``: one member's record for the board: details, attendance, business over the
period, compliance now and month by month, charter signatures and warnings. The data is read by
:mod:`app.services.report_data.fiche_membre`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.attendance import HistoryRow, MemberFigures
from app.domain.attendance import label as attendance_label
from app.domain.business import listing_name
from app.domain.charter import WarningStep, point_label, step_label
from app.domain.compliance import CRITERION_LABELS, LIGHT_LABELS, CriterionResult, Light, MonthCompliance
from app.domain.enums import ClubRole, MemberStatus
from app.domain.enums import label as enum_label
from app.domain.members import MemberIdentity
from app.domain.validation import format_phone
from app.formatting import format_amounts, format_date, format_date_long, format_number, format_percent, format_time
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_count
from app.reports.conformite import criterion_value, light_cell
from app.reports.template import CELL_PADDING, ReportDoc, para, period_text, tr

SUBTITLE = QT_TRANSLATE_NOOP("Reports", "No. {number} — {period}")
DETAILS = QT_TRANSLATE_NOOP("Reports", "Details")
ATTENDANCE = QT_TRANSLATE_NOOP("Reports", "Attendance")
BUSINESS = QT_TRANSLATE_NOOP("Reports", "Business")
COMPLIANCE = QT_TRANSLATE_NOOP("Reports", "Charter compliance")
CHARTER = QT_TRANSLATE_NOOP("Reports", "Charter and warnings")
HISTORY = QT_TRANSLATE_NOOP("Reports", "Month by month")
FIELDS = {
    "company": QT_TRANSLATE_NOOP("Reports", "Company"),
    "position": QT_TRANSLATE_NOOP("Reports", "Position"),
    "sector": QT_TRANSLATE_NOOP("Reports", "Sector"),
    "chapter": QT_TRANSLATE_NOOP("Reports", "Chapter"),
    "role": QT_TRANSLATE_NOOP("Reports", "Role in the club"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "joined": QT_TRANSLATE_NOOP("Reports", "Member since"),
    "sponsor": QT_TRANSLATE_NOOP("Reports", "Sponsor"),
    "mobile": QT_TRANSLATE_NOOP("Reports", "Mobile"),
    "office": QT_TRANSLATE_NOOP("Reports", "Office phone"),
    "email": QT_TRANSLATE_NOOP("Reports", "Email"),
    "city": QT_TRANSLATE_NOOP("Reports", "City"),
    "directory": QT_TRANSLATE_NOOP("Reports", "In the directory"),
}
YES = QT_TRANSLATE_NOOP("Reports", "Yes")
NO = QT_TRANSLATE_NOOP("Reports", "No")
STATUS_SINCE = QT_TRANSLATE_NOOP("Reports", "{status} since {date}")
EXPECTED = QT_TRANSLATE_NOOP("Reports", "Meetings expected")
ATTENDED = QT_TRANSLATE_NOOP("Reports", "Attended")
RATE = QT_TRANSLATE_NOOP("Reports", "Attendance rate")
UNEXCUSED = QT_TRANSLATE_NOOP("Reports", "Unexcused absences")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
MEETING = QT_TRANSLATE_NOOP("Reports", "Meeting")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
ARRIVAL = QT_TRANSLATE_NOOP("Reports", "Arrival")
DETAIL = QT_TRANSLATE_NOOP("Reports", "Excuse or substitute")
GIVEN_INTERNAL = QT_TRANSLATE_NOOP("Reports", "Given to members")
GIVEN_EXTERNAL = QT_TRANSLATE_NOOP("Reports", "Given outside")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
CLOSED = QT_TRANSLATE_NOOP("Reports", "Closed (amount)")
GENERATED = QT_TRANSLATE_NOOP("Reports", "Generated for others")
ONE_TO_ONES = QT_TRANSLATE_NOOP("Reports", "One-to-ones")
PRESENTATIONS = QT_TRANSLATE_NOOP("Reports", "Presentations")
DEALS = QT_TRANSLATE_NOOP("Reports", "{count} deals")
DEALS_ONE = QT_TRANSLATE_NOOP("Reports", "{count} deal")
LIGHT_ON = QT_TRANSLATE_NOOP("Reports", "On {date}: {light}, total {total} / 100")
NOT_SCORED = QT_TRANSLATE_NOOP("Reports", "On {date}: not scored (not an active member).")
CRITERION = QT_TRANSLATE_NOOP("Reports", "Criterion")
VALUE = QT_TRANSLATE_NOOP("Reports", "Value")
POINTS = QT_TRANSLATE_NOOP("Reports", "Points")
MONTH_END = QT_TRANSLATE_NOOP("Reports", "Evaluated on")
LIGHT = QT_TRANSLATE_NOOP("Reports", "Light")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
SIGNED = QT_TRANSLATE_NOOP("Reports", "Charter version {version} signed on {date}.")
NOT_SIGNED = QT_TRANSLATE_NOOP("Reports", "The current charter (version {version}) is not signed yet.")
NO_WARNING = QT_TRANSLATE_NOOP("Reports", "No warning.")
POINT = QT_TRANSLATE_NOOP("Reports", "Charter point")
FACTS = QT_TRANSLATE_NOOP("Reports", "Facts")
DECISIONS = QT_TRANSLATE_NOOP("Reports", "Decisions")
CLOSED_ON = QT_TRANSLATE_NOOP("Reports", "Closed on {date}")
OPEN = QT_TRANSLATE_NOOP("Reports", "Open")
STEP_ON = QT_TRANSLATE_NOOP("Reports", "{step} on {date}")
# A detail (company, position, e-mail...) prints at most this many lines, then "…": a text
# written around the app's checks keeps the block on the first page.
DETAIL_LINES = 4


@dataclass(frozen=True)
class MemberCard:
    """The member's details, as the record's first block prints them."""

    identity: MemberIdentity
    club_role: ClubRole
    status: MemberStatus
    status_since: date | None  # the last change of status, if any
    join_date: date
    sponsor: str | None  # "1012 – Salma Bennani"
    city: str | None
    in_directory: bool


@dataclass(frozen=True)
class BusinessLine:
    """The member's business over the period."""

    given_internal: int
    given_external: int
    received: int
    one_to_ones: int
    closed_received_count: int
    closed_received_amount: Decimal
    closed_generated_count: int
    closed_generated_amount: Decimal
    presentations: int


@dataclass(frozen=True)
class Evaluation:
    light: Light
    total: int | None
    criteria: tuple[CriterionResult, ...]


@dataclass(frozen=True)
class WarningLine:
    opened_on: date
    charter_point: int
    aspect: str | None
    facts: str
    decisions: tuple[tuple[WarningStep, date], ...]  # in date order
    closed_on: date | None


@dataclass(frozen=True)
class MemberRecord:
    """Everything the member record prints."""

    start: date
    end: date
    member: MemberCard
    attendance: MemberFigures
    meetings: tuple[HistoryRow, ...]  # latest first
    business: BusinessLine
    evaluated_on: date  # the period's end, today at the latest
    evaluation: Evaluation | None  # None: not an active member on that day
    history: tuple[MonthCompliance, ...]  # oldest first
    charter_version: str | None  # the current charter's label; None: none adopted
    charter_signed_on: date | None  # when the member signed the current version
    warnings: tuple[WarningLine, ...]  # latest first


def _details(doc: ReportDoc, pairs: list[tuple[str, str]], email: str = "") -> Any:
    """Two columns of "label: value" pairs, each in its place whether filled or not (an empty one
    shows a dash), a value cut after a few lines (the ``email`` label's never broken in a word)."""
    from reportlab.platypus import Table, TableStyle

    quarter = doc.width / 4
    room = quarter * 1.25 - CELL_PADDING
    cells = [[doc.bounded(doc.cell(label, "cell_muted"), quarter * 0.75 - CELL_PADDING, DETAIL_LINES),
              doc.bounded(doc.email(value, quarter * 1.25) if label == email else doc.cell(value), room, DETAIL_LINES)
              if value else doc.cell("—", "cell_muted")]
             for label, value in pairs]
    half = (len(cells) + 1) // 2
    rows = []
    for index in range(half):
        right = cells[index + half] if index + half < len(cells) else ["", ""]
        rows.append([*cells[index], *right])
    table = Table(rows, colWidths=[quarter * 0.75, quarter * 1.25, quarter * 0.75, quarter * 1.25])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)]))
    return table


def render(record: MemberRecord, doc: ReportDoc) -> None:

    number = record.member.identity.number
    doc.subtitle = tr(SUBTITLE).format(number=number, period=period_text(record.start, record.end))
    _identity(record.member, doc)
    _attendance(record, doc)
    _business(record.business, doc)
    _compliance(record, doc)
    _charter(record, doc)


def _identity(card: MemberCard, doc: ReportDoc) -> None:

    m = card.identity
    title = doc.styles["title"]
    doc.story.append(doc.bounded(para(listing_name(m.first_name, m.last_name), title), doc.width, 2, title.leading))
    if m.arabic_name:
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        arabic = ParagraphStyle("arabic_title", parent=doc.styles["arabic"], fontSize=13, leading=17, alignment=TA_LEFT)
        doc.story.append(doc.bounded(para(m.arabic_name, arabic, rtl_right=False), doc.width, 2, arabic.leading))
    doc.spacer(2)
    status = translate("Enums", enum_label(card.status))
    if card.status_since is not None:
        status = tr(STATUS_SINCE).format(status=status, date=format_date(card.status_since))
    doc.story.append(_details(doc, [
        (tr(FIELDS["company"]), m.company), (tr(FIELDS["position"]), m.position or ""),
        (tr(FIELDS["sector"]), m.sector or ""), (tr(FIELDS["chapter"]), m.chapter),
        (tr(FIELDS["role"]), translate("Enums", enum_label(card.club_role))), (tr(FIELDS["status"]), status),
        (tr(FIELDS["joined"]), format_date_long(card.join_date)), (tr(FIELDS["sponsor"]), card.sponsor or ""),
        (tr(FIELDS["mobile"]), format_phone(m.mobile)), (tr(FIELDS["office"]), format_phone(m.office_phone)),
        (tr(FIELDS["email"]), m.email or ""), (tr(FIELDS["city"]), card.city or ""),
        (tr(FIELDS["directory"]), tr(YES) if card.in_directory else tr(NO)),
    ], email=tr(FIELDS["email"])))


def _attendance(record: MemberRecord, doc: ReportDoc) -> None:

    f = record.attendance
    doc.heading(tr(ATTENDANCE))
    doc.key_figures([(tr(EXPECTED), format_number(f.expected)), (tr(ATTENDED), format_number(f.attended)),
                     (tr(RATE), format_percent(f.rate)), (tr(UNEXCUSED), format_number(f.unexcused_absences))])
    doc.table([tr(DATE), tr(MEETING), tr(STATUS), tr(ARRIVAL), tr(DETAIL)],
              [[format_date(h.date), h.title or " — ".join(
                  p for p in (translate("Attendance", attendance_label(h.kind)), h.chapter) if p),
                translate("Attendance", attendance_label(h.status)),
                format_time(h.arrival_time), h.detail or ""]
               for h in record.meetings],
              (13, 37, 15, 9, 26), center=[3], lines={1: 3, 4: 4})


def _deals(count: int) -> str:
    return translate_count("Reports", DEALS_ONE, DEALS, count).format(count=format_number(count))


def _business(b: BusinessLine, doc: ReportDoc) -> None:

    doc.heading(tr(BUSINESS))
    doc.key_figures([
        (tr(GIVEN_INTERNAL), format_number(b.given_internal)),
        (tr(GIVEN_EXTERNAL), format_number(b.given_external)),
        (tr(RECEIVED), format_number(b.received)),
        (tr(ONE_TO_ONES), format_number(b.one_to_ones)),
        (tr(CLOSED) + " · " + _deals(b.closed_received_count), format_amounts([b.closed_received_amount])[0]),
        (tr(GENERATED) + " · " + _deals(b.closed_generated_count), format_amounts([b.closed_generated_amount])[0]),
        (tr(PRESENTATIONS), format_number(b.presentations)),
    ])


def _compliance(record: MemberRecord, doc: ReportDoc) -> None:

    doc.heading(tr(COMPLIANCE))
    at, evaluation = record.evaluated_on, record.evaluation
    if evaluation is None:
        doc.paragraph(tr(NOT_SCORED).format(date=format_date_long(at)))
    else:
        light = translate("Compliance", LIGHT_LABELS[evaluation.light])
        doc.paragraph(tr(LIGHT_ON).format(date=format_date_long(at), light=light,
                                          total=format_number(evaluation.total) if evaluation.total is not None
                                          else "—"))
        doc.table([tr(CRITERION), tr(VALUE), tr(POINTS)],
                  [[translate("Compliance", CRITERION_LABELS[c.key]), criterion_value(c.key, c.value),
                    f"{c.points} / {c.max_points}"] for c in evaluation.criteria],
                  (60, 20, 20), right=[1, 2])
    if record.history:
        doc.heading(tr(HISTORY), level=2)
        doc.table([tr(MONTH_END), tr(LIGHT), tr(TOTAL)],
                  [[format_date(h.month_end), light_cell(doc, h.light),
                    format_number(h.total) if h.total is not None else "—"] for h in reversed(record.history)],
                  (30, 40, 30), right=[2])


def _charter(record: MemberRecord, doc: ReportDoc) -> None:

    doc.heading(tr(CHARTER))
    if record.charter_version is not None:
        doc.paragraph(tr(SIGNED).format(version=record.charter_version,
                                        date=format_date_long(record.charter_signed_on))
                      if record.charter_signed_on else tr(NOT_SIGNED).format(version=record.charter_version))
    if record.warnings:
        rows = []
        for w in record.warnings:
            steps = "\n".join(tr(STEP_ON).format(step=translate("Charter", step_label(step)),
                                                 date=format_date(day)) for step, day in w.decisions)
            state = tr(CLOSED_ON).format(date=format_date(w.closed_on)) if w.closed_on else tr(OPEN)
            rows.append([format_date(w.opened_on), translate("Charter", point_label(w.charter_point, w.aspect)),
                         w.facts, _lines(doc, steps), state])
        doc.table([tr(DATE), tr(POINT), tr(FACTS), tr(DECISIONS), tr(STATUS)], rows, (12, 22, 30, 22, 14),
                  lines={2: 8})
    else:
        doc.paragraph(tr(NO_WARNING))


def _lines(doc: ReportDoc, text: str) -> Any:
    return doc.lines(*((line, "cell") for line in text.split("\n")))

"""``fiche-membre``: one member's record for the board: details, attendance, business over the
period, compliance now and month by month, charter signatures and warnings."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app.db.uow import UnitOfWork
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.reports import ReportParams
    from app.reports.template import ReportDoc

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


def _details(doc: ReportDoc, pairs: list[tuple[str, str]], email: str = "") -> Any:
    """Two columns of "label: value" pairs (the ``email`` label's value never broken in a word)."""
    from reportlab.platypus import Table, TableStyle

    quarter = doc.width / 4
    cells = [[doc.cell(label, "cell_muted"), doc.email(value, quarter * 1.25) if label == email else doc.cell(value)]
             for label, value in pairs if value]
    half = (len(cells) + 1) // 2
    rows = []
    for index in range(half):
        right = cells[index + half] if index + half < len(cells) else ["", ""]
        rows.append([*cells[index], *right])
    table = Table(rows, colWidths=[quarter * 0.75, quarter * 1.25, quarter * 0.75, quarter * 1.25])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build(uow: UnitOfWork, params: ReportParams, doc: ReportDoc) -> None:
    from app.domain.attendance import label as attendance_label
    from app.domain.business import listing_name
    from app.domain.charter import point_label, step_label
    from app.domain.compliance import CRITERION_LABELS, LIGHT_LABELS
    from app.domain.enums import label as enum_label
    from app.domain.validation import format_phone
    from app.formatting import (
        format_date,
        format_date_long,
        format_money,
        format_number,
        format_percent,
        format_time,
    )
    from app.i18n import translate
    from app.reports.conformite import _value, light_cell
    from app.reports.template import para, period_text, tr
    from app.services.attendance import member_attendance
    from app.services.business_stats import member_business_summary
    from app.services.charter import member_charter
    from app.services.compliance import evaluate_member, member_history
    from app.services.members import get_member, get_member_by_number

    assert params.member_number is not None and params.start is not None and params.end is not None
    start, end = params.start, params.end
    row = get_member_by_number(uow, params.member_number)
    details = get_member(uow, row.id)
    doc.subtitle = tr(SUBTITLE).format(number=row.number, period=period_text(start, end))

    doc.story.append(para(listing_name(row.first_name, row.last_name), doc.styles["title"]))
    if row.arabic_name:
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        doc.story.append(para(row.arabic_name, ParagraphStyle(
            "arabic_title", parent=doc.styles["arabic"], fontSize=13, leading=17, alignment=TA_LEFT), rtl_right=False))
    doc.spacer(2)
    status = translate("Enums", enum_label(row.status))
    if details.status_history:
        status = tr(STATUS_SINCE).format(status=status, date=format_date(details.status_history[-1].effective_date))
    doc.story.append(_details(doc, [
        (tr(FIELDS["company"]), row.company), (tr(FIELDS["position"]), row.position or ""),
        (tr(FIELDS["sector"]), row.sector or ""), (tr(FIELDS["chapter"]), row.chapter),
        (tr(FIELDS["role"]), translate("Enums", enum_label(row.club_role))), (tr(FIELDS["status"]), status),
        (tr(FIELDS["joined"]), format_date_long(row.join_date)), (tr(FIELDS["sponsor"]), details.sponsor_label or ""),
        (tr(FIELDS["mobile"]), format_phone(row.mobile)), (tr(FIELDS["office"]), format_phone(row.office_phone)),
        (tr(FIELDS["email"]), row.email or ""), (tr(FIELDS["city"]), row.city or ""),
        (tr(FIELDS["directory"]), tr(YES) if row.in_directory else tr(NO)),
    ], email=tr(FIELDS["email"])))

    attendance = member_attendance(uow, row.id, start, end)
    f = attendance.figures
    doc.heading(tr(ATTENDANCE))
    doc.key_figures([(tr(EXPECTED), format_number(f.expected)), (tr(ATTENDED), format_number(f.attended)),
                     (tr(RATE), format_percent(f.rate)), (tr(UNEXCUSED), format_number(f.unexcused_absences))])
    doc.table([tr(DATE), tr(MEETING), tr(STATUS), tr(ARRIVAL), tr(DETAIL)],
              [[format_date(h.date), h.title or " — ".join(
                  p for p in (translate("Attendance", attendance_label(h.kind)), h.chapter) if p),
                translate("Attendance", attendance_label(h.status)),
                format_time(h.arrival_time), h.detail or ""]
               for h in attendance.history],
              (13, 37, 15, 9, 26), center=[3])

    business = member_business_summary(uow, row.id, start, end)
    doc.heading(tr(BUSINESS))
    doc.key_figures([
        (tr(GIVEN_INTERNAL), format_number(business.given_internal)),
        (tr(GIVEN_EXTERNAL), format_number(business.given_external)),
        (tr(RECEIVED), format_number(business.received)),
        (tr(ONE_TO_ONES), format_number(business.one_to_ones)),
        (tr(CLOSED) + " · " + tr(DEALS).format(count=format_number(business.closed_received_count)),
         format_money(business.closed_received_amount)),
        (tr(GENERATED) + " · " + tr(DEALS).format(count=format_number(business.closed_generated_count)),
         format_money(business.closed_generated_amount)),
        (tr(PRESENTATIONS), format_number(business.presentations)),
    ])

    doc.heading(tr(COMPLIANCE))
    at = min(end, date.today())  # a period may end later; a light is of records already made
    compliance = evaluate_member(uow, row.id, at)
    if compliance is None:
        doc.paragraph(tr(NOT_SCORED).format(date=format_date_long(at)))
    else:
        light = translate("Compliance", LIGHT_LABELS[compliance.light])
        doc.paragraph(tr(LIGHT_ON).format(date=format_date_long(at), light=light,
                                          total=format_number(compliance.total) if compliance.total is not None
                                          else "—"))
        doc.table([tr(CRITERION), tr(VALUE), tr(POINTS)],
                  [[translate("Compliance", CRITERION_LABELS[c.key]), _value(c.key, c.value),
                    f"{c.points} / {c.max_points}"] for c in compliance.criteria],
                  (60, 20, 20), right=[1, 2])
    history = member_history(uow, row.id, at, 12)
    if history:
        doc.heading(tr(HISTORY), level=2)
        doc.table([tr(MONTH_END), tr(LIGHT), tr(TOTAL)],
                  [[format_date(h.month_end), light_cell(doc, h.light),
                    format_number(h.total) if h.total is not None else "—"] for h in reversed(history)],
                  (30, 40, 30), right=[2])

    charter = member_charter(uow, row.id)
    doc.heading(tr(CHARTER))
    if charter.current is not None:
        doc.paragraph(tr(SIGNED).format(version=charter.current.label, date=format_date_long(charter.signed_on))
                      if charter.signed_on else tr(NOT_SIGNED).format(version=charter.current.label))
    if charter.warnings:
        rows = []
        for w in charter.warnings:
            steps = "\n".join(tr(STEP_ON).format(step=translate("Charter", step_label(d.step)),
                                                 date=format_date(d.decided_on)) for d in w.decisions)
            state = tr(CLOSED_ON).format(date=format_date(w.closed_on)) if w.closed_on else tr(OPEN)
            rows.append([format_date(w.date), translate("Charter", point_label(w.charter_point, w.aspect)),
                         w.facts, _lines(doc, steps), state])
        doc.table([tr(DATE), tr(POINT), tr(FACTS), tr(DECISIONS), tr(STATUS)], rows, (12, 22, 30, 22, 14))
    else:
        doc.paragraph(tr(NO_WARNING))


def _lines(doc: ReportDoc, text: str) -> Any:
    return doc.lines(*((line, "cell") for line in text.split("\n")))

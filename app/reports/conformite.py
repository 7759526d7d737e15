"""``conformite``: charter compliance at a date (landscape).

For every active member: the light, the total out of 100 and each criterion (value, then points);
then the members who need the board's attention, and the warnings open on that date. Figures are
those of the compliance page (:func:`app.services.compliance.evaluate_club`), read by
:mod:`app.services.report_data.conformite`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from app.domain.charter import WarningStep, point_label, step_label
from app.domain.compliance import (
    ATTENTION_LABELS,
    CLOSED_AMOUNT,
    CRITERIA,
    CRITERION_SHORT,
    FRACTIONAL,
    LIGHT_LABELS,
    OVERRIDE_LABELS,
    ComplianceRules,
    CriterionResult,
    Light,
)
from app.domain.windows import window
from app.formatting import format_clauses, format_date, format_date_long, format_number
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.palette import LIGHT_COLOURS
from app.reports.charts import light_counts_chart
from app.reports.figures import count_lights
from app.reports.template import WHOLE_CLUB, ReportDoc, esc, para, tr

SUBTITLE = QT_TRANSLATE_NOOP("Reports", "On {date} — {scope}")
EXPLAIN = QT_TRANSLATE_NOOP(
    "Reports",
    "Total out of 100 over the {months} months to {date}: green from {green}, orange from {orange}, "
    "red from {red}, grey below; members who joined less than {new} months ago are new and not scored. "
    "Each criterion shows the value, then the points over the maximum.")
MEMBERS = QT_TRANSLATE_NOOP("Reports", "Members")
ATTENTION = QT_TRANSLATE_NOOP("Reports", "Needing the board's attention ({count})")
WARNINGS = QT_TRANSLATE_NOOP("Reports", "Open warnings ({count})")
NO_ATTENTION = QT_TRANSLATE_NOOP("Reports", "No member needs the board's attention on this date.")
NO_WARNINGS = QT_TRANSLATE_NOOP("Reports", "No warning is open on this date.")
NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
MEMBER = QT_TRANSLATE_NOOP("Reports", "Member")
CHAPTER = QT_TRANSLATE_NOOP("Reports", "Chapter")
LIGHT = QT_TRANSLATE_NOOP("Reports", "Light")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
REASONS = QT_TRANSLATE_NOOP("Reports", "Why")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
POINT = QT_TRANSLATE_NOOP("Reports", "Charter point")
FACTS = QT_TRANSLATE_NOOP("Reports", "Facts")
LAST_STEP = QT_TRANSLATE_NOOP("Reports", "Last decision")
NO_DECISION = QT_TRANSLATE_NOOP("Reports", "No decision yet")
STEP_ON = QT_TRANSLATE_NOOP("Reports", "{step} on {date}")

# The most lines a cell prints, by column, before it is cut with "…": text written around the
# app's checks (a company of 500 characters) keeps a row to a few lines, not a third of a page.
ATTENTION_LINES = {1: 3, 2: 2, 5: 6}  # member, chapter, why
WARNING_LINES = {2: 3, 4: 8}  # member, facts
MEMBER_LINES = {1: 4}  # name over company: two lines each


@dataclass(frozen=True)
class MemberResult:
    """One active member's evaluation on the report's date."""

    number: int
    name: str  # as printed lists show them: "BENNANI Salma"
    company: str
    chapter: str
    light: Light
    total: int | None  # None: a new member, not scored
    criteria: tuple[CriterionResult, ...]  # in CRITERIA order
    overrides: tuple[str, ...]  # what lowered the light
    attention: tuple[str, ...]  # why the board should look at them (empty: no reason)


@dataclass(frozen=True)
class OpenWarning:
    """A warning open on the report's date, with the last decision taken by then."""

    opened_on: date
    member_number: int
    member_name: str
    charter_point: int
    aspect: str | None
    facts: str
    last_step: WarningStep | None
    last_decided_on: date | None


@dataclass(frozen=True)
class ComplianceReport:
    at: date
    chapter: str | None  # the chapter the report is limited to; None: the whole club
    rules: ComplianceRules
    members: tuple[MemberResult, ...]  # by chapter, then name
    warnings: tuple[OpenWarning, ...]  # by date, then member number


def criterion_value(key: str, value: float) -> str:

    if key in FRACTIONAL:
        return format_number(value, 1)
    return format_number(value, 0) if key == CLOSED_AMOUNT else format_number(round(value))


def light_cell(doc: ReportDoc, light: str, notes: list[str] | None = None) -> object:
    """A coloured dot and the light's name (and, small, what lowered it)."""

    text = (f"<font color='{LIGHT_COLOURS[light]}' size='9'>\u25cf</font> "
            f"{esc(translate('Compliance', LIGHT_LABELS[Light(light)]))}")
    for note in notes or ():
        text += f"<br/><font size='6.5' color='#5f6b7a'>{esc(note)}</font>"
    return para(text, doc.styles["cell"], escaped=True)


def _reasons(member: MemberResult, cap: int) -> str:

    return format_clauses(translate("Compliance", ATTENTION_LABELS[key]).format(count=cap) for key in member.attention)


def render(report: ComplianceReport, doc: ReportDoc) -> None:

    at, rules, members = report.at, report.rules, report.members
    doc.landscape = True
    doc.subtitle = tr(SUBTITLE).format(date=format_date_long(at),
                                       scope=tr(WHOLE_CLUB) if report.chapter is None else report.chapter)

    doc.chart(light_counts_chart(count_lights(m.light for m in members), at, doc.width * 0.55, 95))
    _start, end = window(at, rules.window_months)
    doc.note(tr(EXPLAIN).format(months=rules.window_months, date=format_date_long(end), green=rules.green,
                                orange=rules.orange, red=rules.red, new=rules.new_months))

    attention = [m for m in members if m.attention]
    doc.heading(tr(ATTENTION).format(count=format_number(len(attention))))
    if attention:
        doc.table([tr(NUMBER), tr(MEMBER), tr(CHAPTER), tr(LIGHT), tr(TOTAL), tr(REASONS)],
                  [[str(m.number), m.name, m.chapter, light_cell(doc, m.light),
                    format_number(m.total) if m.total is not None else "—", _reasons(m, rules.absences_cap)]
                   for m in attention],
                  (6, 22, 13, 11, 7, 41), right=[0, 4], lines=ATTENTION_LINES)
    else:
        doc.note(tr(NO_ATTENTION))

    doc.heading(tr(WARNINGS).format(count=format_number(len(report.warnings))))
    if report.warnings:
        rows = []
        for w in report.warnings:
            step = (tr(STEP_ON).format(step=translate("Charter", step_label(w.last_step)),
                                       date=format_date(w.last_decided_on))
                    if w.last_step is not None and w.last_decided_on is not None else tr(NO_DECISION))
            rows.append([format_date(w.opened_on), str(w.member_number), w.member_name,
                         translate("Charter", point_label(w.charter_point, w.aspect)), w.facts, step])
        doc.table([tr(DATE), tr(NUMBER), tr(MEMBER), tr(POINT), tr(FACTS), tr(LAST_STEP)], rows,
                  (9, 6, 17, 20, 30, 18), right=[1], lines=WARNING_LINES)
    else:
        doc.note(tr(NO_WARNINGS))

    doc.heading(tr(MEMBERS))
    header = [tr(NUMBER), tr(MEMBER), tr(LIGHT), tr(TOTAL)] + [translate("Compliance", CRITERION_SHORT[k])
                                                                  for k in CRITERIA]
    widths = (5, 17, 10, 5) + (9.5,) * len(CRITERIA)
    for chapter, group in groupby(members, key=lambda m: m.chapter):
        if report.chapter is None:
            doc.heading(chapter, level=2)
        table_rows: list[list[object]] = []
        for m in group:
            notes = [translate("Compliance", OVERRIDE_LABELS[key]).format(count=rules.absences_cap)
                     for key in m.overrides]
            table_rows.append([str(m.number), _name_cell(doc, m), light_cell(doc, m.light, notes),
                               format_number(m.total) if m.total is not None else "—",
                               *(f"{criterion_value(c.key, c.value)}\n{c.points}/{c.max_points}" for c in m.criteria)])
        doc.table(header, table_rows, widths, right=range(3, 4 + len(CRITERIA)), lines=MEMBER_LINES)


def _name_cell(doc: ReportDoc, m: MemberResult) -> object:
    return doc.lines((m.name, "cell"), (m.company, "cell_small"))

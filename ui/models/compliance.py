"""Columns and pictures of the compliance screens: the lights, the criteria, the trend."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app import formatting
from app.domain.compliance import (
    ABSENCES,
    ATTENTION_LABELS,
    CLOSED_AMOUNT,
    CRITERIA,
    CRITERION_LABELS,
    CRITERION_SHORT,
    EXTERNAL_REFERRALS,
    FRACTIONAL,
    GUESTS,
    LIGHT_LABELS,
    MAX_TOTAL,
    ONE_TO_ONES,
    OVERRIDE_LABELS,
    PRESENTATIONS,
    REFERRALS,
    ComplianceRules,
    Light,
    light_of_total,
    trend,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.palette import LIGHT_COLOURS
from app.services.compliance import MemberCompliance, MonthCompliance
from ui.models.table import Column

RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter
LIGHT_ORDER = {Light.GREEN: 0, Light.ORANGE: 1, Light.RED: 2, Light.GREY: 3, Light.NEW: 4}
# Number of columns before the criteria in the page's table (light, no., member, chapter, total, trend).
FIRST_CRITERION_COLUMN = 6


MSG_NOT_MEMBER_BEFORE = QT_TRANSLATE_NOOP("Compliance", "Not a member a month earlier")
MSG_MONTH_EARLIER = QT_TRANSLATE_NOOP("Compliance", "A month earlier: {total} ({light})")
MSG_NEW_MEMBER = QT_TRANSLATE_NOOP("Compliance", "Member for less than the months required: shown, not coloured")
MSG_EVALUATED_OVER = QT_TRANSLATE_NOOP("Compliance", "Evaluated over {months} months of membership")
MSG_TOTAL_LIGHT = QT_TRANSLATE_NOOP(
    "Compliance", "Total {total} out of {max}: {light} (Green from {green}, Orange from {orange}, "
    "Red from {red}, Grey below)")
MSG_ATTENTION = QT_TRANSLATE_NOOP("Compliance", "Needs the board's attention: {reasons}")
MSG_HEADLINE = QT_TRANSLATE_NOOP("Compliance", "{name}, no. {number}, {chapter}: {light}")
MSG_CRITERION_TIP = QT_TRANSLATE_NOOP(
    "Compliance", "{measure} \u00b7 {points} pt out of {max}\nDouble-click to see the records.")
MSG_CRITERION_HEADER = QT_TRANSLATE_NOOP("Compliance", "{criterion}: value \u00b7 points")


def tr(text: str) -> str:
    return QCoreApplication.translate("Compliance", text)


def tr_light(light: Light | None) -> str:
    return "" if light is None else tr(LIGHT_LABELS[light])


@cache
def light_icon(light: str, size: int = 14) -> QIcon:
    """A filled dot of the light's colour (the text always says the light too)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(LIGHT_COLOURS[light])
    painter.setBrush(colour)
    painter.setPen(colour.darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def value_text(key: str, value: float) -> str:
    if key in FRACTIONAL:
        return formatting.format_number(value, 2)
    if key == CLOSED_AMOUNT:
        return formatting.format_number(value, 0)
    return formatting.format_number(value)


def total_text(total: int | None) -> str:
    return "\u2014" if total is None else formatting.format_number(total)


def trend_text(row: MemberCompliance) -> str:
    """▲ +5, ▼ −10, = ; empty when there is nothing to compare (new now or a month ago)."""
    if row.total is None or row.previous_total is None:
        return ""
    change = trend(row.total, row.previous_total)
    difference = row.total - row.previous_total
    if change > 0:
        return f"\u25b2 +{difference}"
    if change < 0:
        return f"\u25bc \u2212{-difference}"
    return "="


def trend_tooltip(row: MemberCompliance) -> str:
    if row.previous_light is None:
        return tr(MSG_NOT_MEMBER_BEFORE)
    return tr(MSG_MONTH_EARLIER).format(
        total=total_text(row.previous_total), light=tr_light(row.previous_light))


def overrides_text(row: MemberCompliance, absences_cap: int) -> str:
    return formatting.format_clauses(tr(OVERRIDE_LABELS[key]).format(count=absences_cap) for key in row.overrides)


def attention_text(row: MemberCompliance, absences_cap: int) -> str:
    return formatting.format_clauses(tr(ATTENTION_LABELS[key]).format(count=absences_cap) for key in row.attention)


def light_reasons(row: MemberCompliance, rules: ComplianceRules) -> list[str]:
    """Why the row's light is what it is, at most three lines: the total against the thresholds
    with each override that lowered it, a window shortened by the membership, the board's attention."""
    if row.total is None:
        lines = [tr(MSG_NEW_MEMBER)]
    else:
        total = tr(MSG_TOTAL_LIGHT).format(
            total=row.total, max=MAX_TOTAL, light=tr_light(light_of_total(rules, row.total)),
            green=rules.green, orange=rules.orange, red=rules.red)
        lines = [formatting.format_clauses([total, *(tr(OVERRIDE_LABELS[key]).format(count=rules.absences_cap)
                                                     for key in row.overrides)])]
        if row.months < rules.window_months - 0.01:
            lines.append(tr(MSG_EVALUATED_OVER).format(months=formatting.format_number(row.months, 1)))
    if row.attention:
        lines.append(tr(MSG_ATTENTION).format(reasons=attention_text(row, rules.absences_cap)))
    return lines


def headline(row: MemberCompliance) -> str:
    """"Reda Moreau, no. 1002, Agadir: Green": whose light the reasons explain."""
    return tr(MSG_HEADLINE).format(name=row.name, number=row.number, chapter=row.chapter, light=tr_light(row.light))


def _plural_count(value: float) -> int:
    """The count that picks the right plural for a figure in French and in English alike: 1 and
    below 2 take the singular in French (1,50 recommandation), only exactly 1 in English."""
    if float(value).is_integer():
        return int(value)
    return 0 if value < 2 else 2


def measure_text(key: str, value: float) -> str:
    """A criterion's figure with what it counts: "0,67 tête-à-tête/mois", "2 absences non excusées"."""
    n = _plural_count(value)
    translate = QCoreApplication.translate
    if key == ABSENCES:
        text = translate("Compliance", "{value} unexcused absence(s)", None, n)
    elif key == REFERRALS:
        text = translate("Compliance", "{value} referral(s) given/month", None, n)
    elif key == CLOSED_AMOUNT:
        text = translate("Compliance", "{value} MAD of closed business generated", None, n)
    elif key == ONE_TO_ONES:
        text = translate("Compliance", "{value} one-to-one(s)/month", None, n)
    elif key == EXTERNAL_REFERRALS:
        text = translate("Compliance", "{value} referral(s) to non-members", None, n)
    elif key == PRESENTATIONS:
        text = translate("Compliance", "{value} presentation(s)", None, n)
    elif key == GUESTS:
        text = translate("Compliance", "{value} guest(s) invited", None, n)
    else:
        raise KeyError(key)
    return text.format(value=value_text(key, value))


def _criterion_column(index: int, key: str) -> Column[MemberCompliance]:
    def show(row: MemberCompliance) -> str:
        result = row.criteria[index]
        return f"{value_text(key, result.value)} \u00b7 {result.points}"

    def tooltip(row: MemberCompliance) -> str:
        result = row.criteria[index]
        return tr(MSG_CRITERION_TIP).format(
            measure=measure_text(key, result.value), points=result.points, max=result.max_points)

    return Column(CRITERION_SHORT[key], show, sort_key=lambda row: (row.criteria[index].points,
                                                                  row.criteria[index].value),
                  align=RIGHT, tooltip=tooltip, context="Compliance",
                  header_tooltip=lambda: tr(MSG_CRITERION_HEADER).format(criterion=tr(CRITERION_LABELS[key])))


def compliance_columns(rules: Callable[[], ComplianceRules]) -> list[Column[MemberCompliance]]:
    """The page's columns; ``rules`` gives the rules of the figures shown."""
    columns: list[Column[MemberCompliance]] = [
        Column(QT_TRANSLATE_NOOP("Compliance", "Light"), lambda r: tr_light(r.light),
               sort_key=lambda r: (LIGHT_ORDER[r.light], -(r.total or 0)),
               decoration=lambda r: light_icon(r.light.value),
               tooltip=lambda r: "\n".join(light_reasons(r, rules())), context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "No."), lambda r: r.number, align=RIGHT, context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "Member"), lambda r: r.name,
               tooltip=lambda r: r.company, context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "Chapter"), lambda r: r.chapter, context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "Total"), lambda r: total_text(r.total),
               sort_key=lambda r: r.total, align=RIGHT, context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "Trend"), trend_text,
               sort_key=lambda r: None if r.total is None or r.previous_total is None
               else r.total - r.previous_total,
               align=CENTER, tooltip=trend_tooltip, context="Compliance"),
    ]
    columns.extend(_criterion_column(index, key) for index, key in enumerate(CRITERIA))
    columns.append(Column(QT_TRANSLATE_NOOP("Compliance", "Board attention"),
                          lambda r: attention_text(r, rules().absences_cap),
                          tooltip=lambda r: attention_text(r, rules().absences_cap) or None, context="Compliance"))
    return columns


def history_columns() -> list[Column[MonthCompliance]]:
    return [
        Column(QT_TRANSLATE_NOOP("Compliance", "On"), lambda m: formatting.format_date(m.month_end),
               sort_key=lambda m: m.month_end, context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "Light"), lambda m: tr_light(m.light),
               sort_key=lambda m: LIGHT_ORDER[m.light], decoration=lambda m: light_icon(m.light.value),
               context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "Total"), lambda m: total_text(m.total),
               sort_key=lambda m: m.total, align=RIGHT, context="Compliance"),
    ]

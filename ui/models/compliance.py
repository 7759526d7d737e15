"""Columns and pictures of the compliance screens: the lights, the criteria, the trend."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app import formatting
from app.domain.compliance import (
    ATTENTION_LABELS,
    CLOSED_AMOUNT,
    CRITERIA,
    CRITERION_LABELS,
    CRITERION_SHORT,
    FRACTIONAL,
    LIGHT_LABELS,
    OVERRIDE_LABELS,
    Light,
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
MSG_CRITERION_TIP = QT_TRANSLATE_NOOP(
    "Compliance", "{criterion}: {value}, {points} points out of {max}. Double-click to see the records.")


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
    return "; ".join(tr(OVERRIDE_LABELS[key]).format(count=absences_cap) for key in row.overrides)


def attention_text(row: MemberCompliance, absences_cap: int) -> str:
    return "; ".join(tr(ATTENTION_LABELS[key]).format(count=absences_cap) for key in row.attention)


def light_tooltip(row: MemberCompliance, absences_cap: int) -> str:
    lines = []
    if row.light is Light.NEW:
        lines.append(tr(MSG_NEW_MEMBER))
    if row.overrides:
        lines.append(overrides_text(row, absences_cap))
    if row.months < 5.99 and row.light is not Light.NEW:
        lines.append(tr(MSG_EVALUATED_OVER).format(
            months=formatting.format_number(row.months, 1)))
    return "\n".join(lines)


def _criterion_column(index: int, key: str) -> Column[MemberCompliance]:
    def show(row: MemberCompliance) -> str:
        result = row.criteria[index]
        return f"{value_text(key, result.value)} \u00b7 {result.points}"

    def tooltip(row: MemberCompliance) -> str:
        result = row.criteria[index]
        return tr(MSG_CRITERION_TIP).format(
            criterion=tr(CRITERION_LABELS[key]), value=value_text(key, result.value),
            points=result.points, max=result.max_points)

    return Column(CRITERION_SHORT[key], show, sort_key=lambda row: (row.criteria[index].points,
                                                                  row.criteria[index].value),
                  align=RIGHT, tooltip=tooltip, context="Compliance")


def compliance_columns(absences_cap: list[int]) -> list[Column[MemberCompliance]]:
    """The page's columns; ``absences_cap`` is a one-item list updated with the rules."""
    columns: list[Column[MemberCompliance]] = [
        Column(QT_TRANSLATE_NOOP("Compliance", "Light"), lambda r: tr_light(r.light),
               sort_key=lambda r: (LIGHT_ORDER[r.light], -(r.total or 0)),
               decoration=lambda r: light_icon(r.light.value),
               tooltip=lambda r: light_tooltip(r, absences_cap[0]) or None, context="Compliance"),
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
                          lambda r: attention_text(r, absences_cap[0]),
                          tooltip=lambda r: attention_text(r, absences_cap[0]) or None, context="Compliance"))
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

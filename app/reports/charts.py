"""Charts of the reports and of the home page, drawn with reportlab's graphics.

Each function takes plain figures (:mod:`app.reports.figures`) and a size in points and returns a
``Drawing``: a report adds it to its story, the home page turns it into SVG with :func:`to_svg`.
Texts follow the current language; the lights keep the colours of the screens (:mod:`app.palette`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.formatting import format_date, format_month, format_number, format_percent
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.palette import LIGHT_COLOURS

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from app.reports.figures import BilanFigures, BusinessMonth, LightCount

INK = "#1f2933"
MUTED = "#5f6b7a"
GRID = "#dde3ea"
BLUE = "#1f4e79"
LIGHT_BLUE = "#7ea6cf"
GOLD = "#c99a2e"

ACTIVE_MEMBERS = QT_TRANSLATE_NOOP("Reports", "Active members at the end of each month")
JOINED_LEFT = QT_TRANSLATE_NOOP("Reports", "Joined: {joined} · Left: {left}")
ATTENDANCE_BY_MONTH = QT_TRANSLATE_NOOP("Reports", "Attendance rate by month")
REFERRALS_BY_MONTH = QT_TRANSLATE_NOOP("Reports", "Referrals given by month")
CLOSED_BY_MONTH = QT_TRANSLATE_NOOP("Reports", "Closed business by month (MAD)")
REFERRALS_BY_CHAPTER = QT_TRANSLATE_NOOP("Reports", "Referrals by chapter")
CLOSED_BY_CHAPTER = QT_TRANSLATE_NOOP("Reports", "Closed business by chapter (MAD)")
LIGHTS = QT_TRANSLATE_NOOP("Reports", "Compliance lights on {date}")
TURNOUT = QT_TRANSLATE_NOOP("Reports", "Turnout by meeting")
NO_DATA = QT_TRANSLATE_NOOP("Reports", "No data for this period.")


def tr(text: str) -> str:
    return translate("Reports", text)


def to_svg(drawing: Drawing) -> str:
    """The drawing as SVG text (for the home page)."""
    from reportlab.graphics import renderSVG

    return str(renderSVG.drawToString(drawing))


def _fonts() -> tuple[str, str]:
    from app.reports.fonts import register_fonts

    return register_fonts()


def _drawing(width: float, height: float, title: str) -> tuple[Drawing, float]:
    """An empty drawing with its title on top; returns it and the height left below the title."""
    from reportlab.graphics.shapes import Drawing, String

    regular, bold = _fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=bold, fontSize=9, fillColor=_colour(INK)))
    return drawing, height - 18


def _colour(hex_colour: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


def _empty(drawing: Drawing, width: float, height: float) -> Drawing:
    from reportlab.graphics.shapes import String

    regular, _ = _fonts()
    drawing.add(String(width / 2, height / 2, tr(NO_DATA), fontName=regular, fontSize=8.5,
                       fillColor=_colour(MUTED), textAnchor="middle"))
    return drawing


def month_labels(months: Sequence[date]) -> list[str]:
    """Month names, with the year under the first month and under each January."""
    labels = []
    for index, month in enumerate(months):
        name, _, year = format_month(month).rpartition(" ")
        labels.append(f"{name}\n{year}" if index == 0 or month.month == 1 else name)
    return labels


def _sparse(labels: list[str], room: float, width: float) -> list[str]:
    """Keep one label in ``n`` so that they do not overlap (``room``: points one label needs)."""
    if not labels:
        return labels
    step = max(1, int(room * len(labels) / max(width, 1)) + 1)
    return [label if index % step == 0 else "" for index, label in enumerate(labels)]


def _nice_max(value: float) -> float:
    """A round axis maximum at or above ``value``."""
    if value <= 0:
        return 1
    import math

    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _style_value_axis(axis: Any, top: float, formatter: Callable[[float], str]) -> None:
    regular, _ = _fonts()
    axis.valueMin = 0
    step = _nice_max(top / 4)
    axis.valueMax = 4 * step
    axis.valueStep = step
    axis.labels.fontName = regular
    axis.labels.fontSize = 6.5
    axis.labels.fillColor = _colour(MUTED)
    axis.labelTextFormat = formatter
    axis.strokeColor = _colour(GRID)
    axis.visibleGrid = True
    axis.gridStrokeColor = _colour(GRID)
    axis.gridStrokeWidth = 0.5
    axis.visibleTicks = False


def _style_category_axis(axis: Any, labels: list[str]) -> None:
    regular, _ = _fonts()
    axis.categoryNames = labels
    axis.labels.fontName = regular
    axis.labels.fontSize = 6.5
    axis.labels.fillColor = _colour(MUTED)
    axis.labels.boxAnchor = "n"
    axis.labels.dy = -2
    axis.strokeColor = _colour(GRID)
    axis.visibleTicks = False


def _bars(drawing: Drawing, x: float, y: float, width: float, height: float, values: Sequence[float],
          labels: list[str], colour: str, formatter: Callable[[float], str], label_room: float = 34) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = x, y, width, height
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = _colour(colour)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = max(1, width / max(len(values), 1) * 0.25)
    _style_value_axis(chart.valueAxis, max(values, default=0), formatter)
    _style_category_axis(chart.categoryAxis, _sparse(labels, label_room, width))
    drawing.add(chart)


def _line(drawing: Drawing, x: float, y: float, width: float, height: float, values: Sequence[float | None],
          labels: list[str], colour: str, top: float, formatter: Callable[[float], str]) -> None:
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.widgets.markers import makeMarker

    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = x, y, width, height
    chart.data = [list(values)]
    chart.lines[0].strokeColor = _colour(colour)
    chart.lines[0].strokeWidth = 1.8
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.2, fillColor=_colour(colour), strokeColor=None)
    chart.joinedLines = 1
    _style_value_axis(chart.valueAxis, top, formatter)
    _style_category_axis(chart.categoryAxis, _sparse(labels, 34, width))
    drawing.add(chart)


def _integer(value: float) -> str:
    return format_number(value)


def _percent(value: float) -> str:
    return format_percent(value / 100)


def _thousands(value: float) -> str:
    return format_number(value)


# --------------------------------------------------------------------------- bilan charts


def membership_chart(figures: BilanFigures, width: float, height: float) -> Drawing:
    """Active members at the end of each month of the period."""
    from reportlab.graphics.shapes import String

    drawing, room = _drawing(width, height, tr(ACTIVE_MEMBERS))
    months = figures.membership
    if not months:
        return _empty(drawing, width, room)
    regular, _ = _fonts()
    caption = tr(JOINED_LEFT).format(joined=format_number(figures.joined), left=format_number(figures.left))
    drawing.add(String(0, height - 22, caption, fontName=regular, fontSize=7.5, fillColor=_colour(MUTED)))
    values = [m.active for m in months]
    _line(drawing, 30, 22, width - 36, room - 40, values, month_labels([m.month for m in months]), BLUE,
          max(values) * 1.1, _integer)
    return drawing


def attendance_chart(figures: BilanFigures, width: float, height: float) -> Drawing:
    """The club's attendance rate by month (months without a meeting left empty)."""
    drawing, room = _drawing(width, height, tr(ATTENDANCE_BY_MONTH))
    months = figures.attendance
    if not any(m.rate is not None for m in months):
        return _empty(drawing, width, room)
    values = [None if m.rate is None else round(m.rate * 100, 1) for m in months]
    _line(drawing, 30, 22, width - 36, room - 30, values, month_labels([m.month for m in months]),
          LIGHT_COLOURS["green"], 100, _percent)
    return drawing


def business_chart(figures: BilanFigures, width: float, height: float) -> Drawing:
    """Referrals by month (top) and closed business in dirhams by month (bottom)."""
    return monthly_business_chart(figures.business, width, height)


def monthly_business_chart(months: Sequence[BusinessMonth], width: float, height: float) -> Drawing:
    """Referrals by month (top) and closed business in dirhams by month (bottom)."""
    from reportlab.graphics.shapes import String

    drawing, room = _drawing(width, height, tr(REFERRALS_BY_MONTH))
    if not months:
        return _empty(drawing, width, room)
    _, bold = _fonts()
    labels = month_labels([m.month for m in months])
    half = room / 2
    _bars(drawing, 40, half + 26, width - 46, half - 30, [m.referrals for m in months], labels, BLUE, _integer)
    drawing.add(String(0, half - 4, tr(CLOSED_BY_MONTH), fontName=bold, fontSize=9, fillColor=_colour(INK)))
    _bars(drawing, 40, 22, width - 46, half - 40, [float(m.closed_amount) for m in months], labels, GOLD,
          _thousands)
    return drawing


def _horizontal_bars(drawing: Drawing, x: float, y: float, width: float, height: float, names: list[str],
                     values: list[float], colours: list[str], formatter: Callable[[float], str]) -> None:
    """One bar per name, top to bottom in the given order, the value written after the bar."""
    from reportlab.graphics.shapes import Rect, String

    regular, _ = _fonts()
    if not values:
        return
    # No names: the bars sit beside another set of bars that names the same rows.
    label_width = min(width * 0.32, max(_text_width(n, regular, 7.5) for n in names) + 6) if names else 0.0
    value_room = max(_text_width(formatter(v), regular, 7.5) for v in values) + 6
    bar_room = max(width - label_width - value_room, 10)
    top = max(values, default=0) or 1
    row = height / len(values)
    bar = min(row * 0.7, 16)
    for index, (name, value, colour) in enumerate(zip(names or [""] * len(values), values, colours, strict=True)):
        centre = y + height - row * index - row / 2
        if name:
            drawing.add(String(x + label_width - 6, centre - 2.6, _clip(name, regular, 7.5, label_width - 6),
                               fontName=regular, fontSize=7.5, fillColor=_colour(INK), textAnchor="end"))
        length = bar_room * value / top
        drawing.add(Rect(x + label_width, centre - bar / 2, max(length, 0.5), bar, fillColor=_colour(colour),
                         strokeColor=None))
        drawing.add(String(x + label_width + length + 3, centre - 2.6, formatter(value), fontName=regular,
                           fontSize=7.5, fillColor=_colour(MUTED)))


def _text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _clip(text: str, font: str, size: float, width: float) -> str:
    if _text_width(text, font, size) <= width:
        return text
    while text and _text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def chapter_business_chart(figures: BilanFigures, width: float, height: float) -> Drawing:
    """Referrals (left, with the chapters' names) and closed business (right) of each chapter."""
    from reportlab.graphics.shapes import String

    drawing, room = _drawing(width, height, "")
    chapters = figures.chapters
    regular, bold = _fonts()
    names = [c.chapter for c in chapters]
    labels = min(width * 0.2, max((_text_width(n, regular, 7.5) for n in names), default=0) + 6)
    left = labels + (width - labels) / 2  # the two sets of bars get the same room
    for x, title, room_width in ((0, tr(REFERRALS_BY_CHAPTER), left - 8), (left + 8, tr(CLOSED_BY_CHAPTER),
                                                                          width - left - 8)):
        size = 9.0
        while size > 7 and _text_width(title, bold, size) > room_width:
            size -= 0.5
        drawing.add(String(x, height - 11, _clip(title, bold, size, room_width), fontName=bold, fontSize=size,
                           fillColor=_colour(INK)))
    if not chapters:
        return _empty(drawing, width, room)
    _horizontal_bars(drawing, 0, 0, left - 8, room, names, [c.referrals for c in chapters],
                     [BLUE] * len(chapters), _integer)
    _horizontal_bars(drawing, left + 8, 0, width - left - 8, room, [], [float(c.closed_amount) for c in chapters],
                     [GOLD] * len(chapters), lambda v: format_number(Decimal(str(v)), 0))
    return drawing


def lights_chart(figures: BilanFigures, width: float, height: float) -> Drawing:
    """How many active members have each compliance light."""
    return light_counts_chart(figures.lights, figures.lights_at or figures.end, width, height)


def light_counts_chart(lights: Sequence[LightCount], at: date, width: float, height: float) -> Drawing:
    """One bar per light, in the light's colour, with the number of members."""
    from app.formatting import format_date_long

    drawing, room = _drawing(width, height, tr(LIGHTS).format(date=format_date_long(at)))
    if not lights:
        return _empty(drawing, width, room)
    names = [translate("Compliance", light.label) for light in lights]
    _horizontal_bars(drawing, 0, 0, width, room, names, [light.count for light in lights],
                     [LIGHT_COLOURS.get(light.light, MUTED) for light in lights], _integer)
    return drawing


# --------------------------------------------------------------------------- report charts


def turnout_chart(points: Sequence[tuple[date, float | None]], width: float, height: float,
                  title: str | None = None) -> Drawing:
    """Turnout of each held meeting (bars, in date order), for ``presence``."""
    drawing, room = _drawing(width, height, title or tr(TURNOUT))
    if not points:
        return _empty(drawing, width, room)
    values = [0 if rate is None else round(rate * 100, 1) for _, rate in points]
    labels = [format_date(day) for day, _ in points]
    _bars(drawing, 30, 14, width - 36, room - 20, values, labels, LIGHT_BLUE, _percent, label_room=44)
    # the value axis of a rate always goes to 100 %
    chart = drawing.contents[-1]
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    return drawing

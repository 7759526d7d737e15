"""Charts of the reports and of the home page, drawn with reportlab's graphics.

Each function takes plain figures (:mod:`app.reports.figures`) and a size in points and returns a
``Drawing``: a report adds it to its story, the home page turns it into SVG with :func:`to_svg`.
Texts follow the current language; the lights keep the colours of the screens (:mod:`app.palette`).
Type sizes are a :class:`ChartText`: :data:`PRINT` in points for a page, :data:`SCREEN` for the
home page, whose drawings are shown one unit to one pixel (12 px is 9 pt at 100 % scaling).
Months are named by :func:`app.formatting.format_month` with their period, so a month the
period covers only in part says which days ("déc. (1–7)").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.formatting import format_date, format_date_long, format_month, format_number, format_percent
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.palette import LIGHT_COLOURS
from app.reports.fonts import register_fonts

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from app.reports.figures import BilanFigures, BusinessMonth, LightCount, TurnoutPoint

INK = "#1f2933"
MUTED = "#5f6b7a"
GRID = "#dde3ea"
BLUE = "#1f4e79"
LIGHT_BLUE = "#7ea6cf"
GOLD = "#c99a2e"
INCOMPLETE_GREY = "#b8c0c9"

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


@dataclass(frozen=True)
class ChartText:
    """The type sizes of a chart, in the drawing's units."""

    axis: float = 6.5  # axis labels
    label: float = 7.5  # bar names and values, captions
    title: float = 9

    @property
    def scale(self) -> float:
        """How much larger than a printed chart's: the room around the plot grows with it."""
        return self.axis / PRINT.axis


PRINT = ChartText()
SCREEN = ChartText(axis=12, label=12, title=12.5)


def to_svg(drawing: Drawing) -> str:
    """The drawing as SVG text (for the home page)."""
    from reportlab.graphics import renderSVG

    return str(renderSVG.drawToString(drawing))


def _fonts() -> tuple[str, str]:
    return register_fonts()


def _drawing(width: float, height: float, title: str, text: ChartText) -> tuple[Drawing, float]:
    """An empty drawing with its title on top; returns it and the height left below the title."""
    from reportlab.graphics.shapes import Drawing

    drawing = Drawing(width, height)
    lines = _title(drawing, 0, height, title, width, text)
    return drawing, height - text.title * (2 + 1.2 * (lines - 1))


def _title(drawing: Drawing, x: float, top: float, title: str, width: float, text: ChartText) -> int:
    """A chart's title at ``top``, a little smaller if needed (never below the axes' size), on
    more lines if it is still too long: a title is never cut. Returns its number of lines."""
    from reportlab.graphics.shapes import String
    from reportlab.lib.utils import simpleSplit

    _, bold = _fonts()
    size = text.title
    while size > max(text.axis, text.title * 0.8) and _text_width(title, bold, size) > width:
        size -= 0.5
    lines = simpleSplit(title, bold, size, width) if title else []
    for index, line in enumerate(lines[:3]):
        drawing.add(String(x, top - text.title * 1.2 * (index + 1), _clip(line, bold, size, width), fontName=bold,
                           fontSize=size, fillColor=_colour(INK)))
    return max(1, min(len(lines), 3))


def _colour(hex_colour: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


def _empty(drawing: Drawing, width: float, height: float, text: ChartText) -> Drawing:
    from reportlab.graphics.shapes import String

    regular, _ = _fonts()
    drawing.add(String(width / 2, height / 2, tr(NO_DATA), fontName=regular, fontSize=text.label + 1,
                       fillColor=_colour(MUTED), textAnchor="middle"))
    return drawing


def month_labels(months: Sequence[date], period: tuple[date, date] | None = None) -> list[str]:
    """Short month names, with the year under the first month and under each January; the first
    and last month of ``period`` say which days when the period covers them in part."""
    labels = []
    for index, month in enumerate(months):
        name = format_month(month, period=period, short=True, year=False)
        labels.append(f"{name}\n{month.year}" if index == 0 or month.month == 1 else name)
    return labels


def _sparse(labels: list[str], room: float, width: float) -> list[str]:
    """Keep one label in ``n`` so that they do not overlap (``room``: points one label needs);
    the last one is always kept (a partial month says so), its neighbour left out for it."""
    if not labels:
        return labels
    step = max(1, int(room * len(labels) / max(width, 1)) + 1)
    kept = [label if index % step == 0 else "" for index, label in enumerate(labels)]
    last = len(labels) - 1
    if not kept[last]:
        kept[last] = labels[last]
        if last % step and last - last % step > 0 and last % step < step / 2 + 1:
            kept[last - last % step] = ""
    return kept


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


def _steps(height: float, text: ChartText) -> int:
    """How many steps a value axis of this height shows without its labels touching (4 at most)."""
    return max(1, min(4, int(height / (text.axis * 2.2))))


def _style_value_axis(axis: Any, top: float, formatter: Callable[[float], str], text: ChartText,
                      steps: int = 4) -> None:
    regular, _ = _fonts()
    axis.valueMin = 0
    step = _nice_max(top / steps)
    axis.valueMax = steps * step
    axis.valueStep = step
    axis.labels.fontName = regular
    axis.labels.fontSize = text.axis
    axis.labels.fillColor = _colour(MUTED)
    axis.labelTextFormat = formatter
    axis.strokeColor = _colour(GRID)
    axis.visibleGrid = True
    axis.gridStrokeColor = _colour(GRID)
    axis.gridStrokeWidth = 0.5
    axis.visibleTicks = False


def _style_category_axis(axis: Any, labels: list[str], text: ChartText) -> None:
    regular, _ = _fonts()
    axis.categoryNames = labels
    axis.labels.fontName = regular
    axis.labels.fontSize = text.axis
    axis.labels.leading = text.axis * 1.2
    axis.labels.fillColor = _colour(MUTED)
    axis.labels.boxAnchor = "n"
    axis.labels.dy = -2
    axis.strokeColor = _colour(GRID)
    axis.visibleTicks = False


def _label_room(labels: list[str], text: ChartText) -> float:
    """The width the widest line of a category label needs, and a gap."""
    regular, _ = _fonts()
    lines = [line for label in labels for line in label.split("\n")]
    return max((_text_width(line, regular, text.axis) for line in lines), default=0) + 2 * text.axis


def _value_room(top: float, formatter: Callable[[float], str], text: ChartText) -> float:
    """The room on the left of a plot for its value axis labels (the widest, at the axis's top)."""
    regular, _ = _fonts()
    return _text_width(formatter(4 * _nice_max(top / 4)), regular, text.axis) + text.axis


def _right_room(labels: list[str], width: float, text: ChartText) -> float:
    """The room right of a plot ``width`` wide for its last category label, centred on its last
    bar or point and often the longest ("déc. (1–7)"), so it is never cut at the edge."""
    regular, _ = _fonts()
    if not labels:
        return 6 * text.scale
    last = max(_text_width(line, regular, text.axis) for line in labels[-1].split("\n"))
    return max(6 * text.scale, last / 2 - width / len(labels) / 2 + 2)


def _bars(drawing: Drawing, x: float, y: float, width: float, height: float, values: Sequence[float],
          labels: list[str], colour: str, formatter: Callable[[float], str], text: ChartText) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = x, y, width, height
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = _colour(colour)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = max(1, width / max(len(values), 1) * 0.25)
    _style_value_axis(chart.valueAxis, max(values, default=0), formatter, text, _steps(height, text))
    _style_category_axis(chart.categoryAxis, _sparse(labels, _label_room(labels, text), width), text)
    drawing.add(chart)


def _line(drawing: Drawing, x: float, y: float, width: float, height: float, values: Sequence[float | None],
          labels: list[str], colour: str, top: float, formatter: Callable[[float], str], text: ChartText) -> None:
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.widgets.markers import makeMarker

    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = x, y, width, height
    chart.data = [list(values)]
    chart.lines[0].strokeColor = _colour(colour)
    chart.lines[0].strokeWidth = 1.8
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.2, fillColor=_colour(colour), strokeColor=None)
    chart.joinedLines = 1
    _style_value_axis(chart.valueAxis, top, formatter, text, _steps(height, text))
    _style_category_axis(chart.categoryAxis, _sparse(labels, _label_room(labels, text), width), text)
    drawing.add(chart)


def _integer(value: float) -> str:
    return format_number(value)


def _percent(value: float) -> str:
    return format_percent(value / 100)


def _thousands(value: float) -> str:
    return format_number(value)


# --------------------------------------------------------------------------- bilan charts


def membership_chart(figures: BilanFigures, width: float, height: float, text: ChartText = PRINT) -> Drawing:
    """Active members at the end of each month of the period."""
    from reportlab.graphics.shapes import String

    drawing, room = _drawing(width, height, tr(ACTIVE_MEMBERS), text)
    months = figures.membership
    if not months:
        return _empty(drawing, width, room, text)
    regular, _ = _fonts()
    caption = tr(JOINED_LEFT).format(joined=format_number(figures.joined), left=format_number(figures.left))
    drawing.add(String(0, room - text.label * 0.6, _clip(caption, regular, text.label, width), fontName=regular,
                       fontSize=text.label, fillColor=_colour(MUTED)))
    values = [m.active for m in months]
    top = max(values) * 1.1
    k = text.scale
    left = max(_value_room(top, _integer, text), 30 * k)
    labels = month_labels([m.month for m in months], (figures.start, figures.end))
    _line(drawing, left, 22 * k, width - left - _right_room(labels, width - left, text), room - 40 * k, values,
          labels, BLUE, top, _integer, text)
    return drawing


def attendance_chart(figures: BilanFigures, width: float, height: float, text: ChartText = PRINT) -> Drawing:
    """The club's attendance rate by month (months without a meeting left empty)."""
    drawing, room = _drawing(width, height, tr(ATTENDANCE_BY_MONTH), text)
    months = figures.attendance
    if not any(m.rate is not None for m in months):
        return _empty(drawing, width, room, text)
    values = [None if m.rate is None else round(m.rate * 100, 1) for m in months]
    k = text.scale
    left = max(_value_room(100, _percent, text), 30 * k)
    labels = month_labels([m.month for m in months], (figures.start, figures.end))
    _line(drawing, left, 22 * k, width - left - _right_room(labels, width - left, text), room - 30 * k, values,
          labels, LIGHT_COLOURS["green"], 100, _percent, text)
    return drawing


def business_chart(figures: BilanFigures, width: float, height: float, text: ChartText = PRINT) -> Drawing:
    """Referrals by month (top) and closed business in dirhams by month (bottom)."""
    return monthly_business_chart(figures.business, width, height, (figures.start, figures.end), text)


def monthly_business_chart(months: Sequence[BusinessMonth], width: float, height: float,
                           period: tuple[date, date] | None = None, text: ChartText = PRINT) -> Drawing:
    """Referrals by month (top) and closed business in dirhams by month (bottom)."""
    drawing, room = _drawing(width, height, tr(REFERRALS_BY_MONTH), text)
    if not months:
        return _empty(drawing, width, room, text)
    labels = month_labels([m.month for m in months], period)
    half = room / 2
    amounts = [float(m.closed_amount) for m in months]
    referrals = [m.referrals for m in months]
    k = text.scale
    left = max(_value_room(max(amounts, default=0), _thousands, text),
               _value_room(max(referrals, default=0), _integer, text), 40 * k)
    right = width - left - _right_room(labels, width - left, text)
    _bars(drawing, left, half + 26 * k, right, half - 30 * k, referrals, labels, BLUE, _integer, text)
    _title(drawing, 0, half + 6.8 * k, tr(CLOSED_BY_MONTH), width, text)
    _bars(drawing, left, 22 * k, right, half - 40 * k, amounts, labels, GOLD, _thousands, text)
    return drawing


def _horizontal_bars(drawing: Drawing, x: float, y: float, width: float, height: float, names: list[str],
                     values: list[float], colours: list[str], formatter: Callable[[float], str],
                     text: ChartText, label_width: float | None = None) -> None:
    """One bar per name, top to bottom in the given order, the value written after the bar
    (``label_width``: the names' room, by default what the longest needs, up to a third)."""
    from reportlab.graphics.shapes import Rect, String

    regular, _ = _fonts()
    if not values:
        return
    size = text.label
    # No names: the bars sit beside another set of bars that names the same rows.
    if label_width is None:
        label_width = min(width * 0.32, max(_text_width(n, regular, size) for n in names) + size) if names else 0.0
    value_room = max(_text_width(formatter(v), regular, size) for v in values) + size
    bar_room = max(width - label_width - value_room, 10)
    top = max(values, default=0) or 1
    row = height / len(values)
    bar = min(row * 0.7, 16 * text.scale)
    for index, (name, value, colour) in enumerate(zip(names or [""] * len(values), values, colours, strict=True)):
        centre = y + height - row * index - row / 2
        if name:
            drawing.add(String(x + label_width - size * 0.8, centre - size * 0.35,
                               _clip(name, regular, size, label_width - size * 0.8),
                               fontName=regular, fontSize=size, fillColor=_colour(INK), textAnchor="end"))
        length = bar_room * value / top
        drawing.add(Rect(x + label_width, centre - bar / 2, max(length, 0.5), bar, fillColor=_colour(colour),
                         strokeColor=None))
        drawing.add(String(x + label_width + length + size * 0.4, centre - size * 0.35, formatter(value),
                           fontName=regular, fontSize=size, fillColor=_colour(MUTED)))


def _text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _clip(text: str, font: str, size: float, width: float) -> str:
    if _text_width(text, font, size) <= width:
        return text
    while text and _text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def chapter_business_chart(figures: BilanFigures, width: float, height: float, text: ChartText = PRINT) -> Drawing:
    """Referrals (left, with the chapters' names) and closed business (right) of each chapter."""
    drawing, room = _drawing(width, height, "", text)
    chapters = figures.chapters
    regular, _ = _fonts()
    names = [c.chapter for c in chapters]
    labels = min(width * (0.2 if text == PRINT else 0.3),
                 max((_text_width(n, regular, text.label) for n in names), default=0) + text.label)
    left = labels + (width - labels) / 2  # the two sets of bars get the same room
    gap = 8 * text.scale
    lines = max(_title(drawing, 0, height, tr(REFERRALS_BY_CHAPTER), left - gap, text),
                _title(drawing, left + gap, height, tr(CLOSED_BY_CHAPTER), width - left - gap, text))
    room -= text.title * 1.2 * (lines - 1)
    if not chapters:
        return _empty(drawing, width, room, text)
    _horizontal_bars(drawing, 0, 0, left - gap, room, names, [c.referrals for c in chapters],
                     [BLUE] * len(chapters), _integer, text, labels)
    _horizontal_bars(drawing, left + gap, 0, width - left - gap, room, [], [float(c.closed_amount) for c in chapters],
                     [GOLD] * len(chapters), lambda v: format_number(Decimal(str(v)), 0), text)
    return drawing


def lights_chart(figures: BilanFigures, width: float, height: float, text: ChartText = PRINT) -> Drawing:
    """How many active members have each compliance light."""
    return light_counts_chart(figures.lights, figures.lights_at or figures.end, width, height, text)


def light_counts_chart(lights: Sequence[LightCount], at: date, width: float, height: float,
                       text: ChartText = PRINT) -> Drawing:
    """One bar per light, in the light's colour, with the number of members."""
    drawing, room = _drawing(width, height, tr(LIGHTS).format(date=format_date_long(at)), text)
    if not lights:
        return _empty(drawing, width, room, text)
    names = [translate("Compliance", light.label) for light in lights]
    _horizontal_bars(drawing, 0, 0, width, room, names, [light.count for light in lights],
                     [LIGHT_COLOURS.get(light.light, MUTED) for light in lights], _integer, text)
    return drawing


# --------------------------------------------------------------------------- report charts


def turnout_chart(points: Sequence[TurnoutPoint], width: float, height: float,
                  title: str | None = None) -> Drawing:
    """Turnout of each held meeting (bars, in date order), for ``presence``; a meeting whose
    sheet has members not marked is drawn in grey, as its turnout is not final."""
    text = PRINT
    drawing, room = _drawing(width, height, title or tr(TURNOUT), text)
    if not points:
        return _empty(drawing, width, room, text)
    values = [0 if point.turnout is None else round(point.turnout * 100, 1) for point in points]
    labels = [format_date(point.date) for point in points]
    _bars(drawing, 30, 14, width - 36, room - 20, values, labels, LIGHT_BLUE, _percent, text)
    chart = drawing.contents[-1]
    for index, point in enumerate(points):
        if point.unmarked:
            chart.bars[(0, index)].fillColor = _colour(INCOMPLETE_GREY)
    # the value axis of a rate always goes to 100 %
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    return drawing

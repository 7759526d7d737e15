"""The home page (dashboard): the club's key figures and the charts of the board pack.

The charts are the very drawings of the ``bilan`` report, rendered to SVG. Everything is read
and drawn in the background once the page is shown, so that opening the app is not slowed
(reportlab is imported by that background work only). Each figure opens the page it comes from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.windows import window
from ui.context import AppContext
from ui.page import Page
from ui.widgets import look
from ui.widgets.label import PlainLabel, RichLabel

if TYPE_CHECKING:
    from app.db.uow import UnitOfWork
    from app.reports.figures import BilanFigures
    from app.services.attendance import GroupTrend
    from app.services.business_stats import ClubBusiness

# Pixels: a chart is drawn in screen type sizes (charts.SCREEN, 12 px = 9 pt at 100 % scaling)
# and shown one drawing unit to one pixel, never scaled down below that type size.
CHART_SIZE = (340, 250)
CARD_MARGINS = (10, 8)  # left and right, top and bottom, around a chart in its card
FIGURE_WIDTH = 120  # pixels a key figure needs at least (more if its value is wider)
CHART_WIDTH = CHART_SIZE[0] + 2 * CARD_MARGINS[0] + 10  # a chart card and the grid's spacing
_fonts_registered = False
FONT_FAMILY = "DejaVu Sans"  # the family of the font shipped for the reports (resources/fonts)
CARD_STYLE = """
QPushButton#figure_card, QPushButton#chart_card {
    background: palette(base); border: 1px solid palette(mid); border-radius: 6px; text-align: left; padding: 8px;
}
QPushButton#figure_card:hover, QPushButton#chart_card:hover,
QPushButton#figure_card:focus, QPushButton#chart_card:focus { border: 1px solid palette(highlight); }
"""


@dataclass(frozen=True)
class Dashboard:
    """What the home page shows, read and drawn off the GUI thread."""

    today: date
    twelve_months: BilanFigures  # membership, lights and the charts
    attendance: GroupTrend  # the club's attendance over the last 3 months
    attendance_start: date
    business: ClubBusiness  # referrals and closed business since 1 January
    charts: dict[str, str]  # chart key -> SVG text, ready for Qt (see qt_svg)


# Chart key, title (English source, context "HomePage"), page it leads to, chart function name.
CHARTS = (
    ("membership", QT_TRANSLATE_NOOP("HomePage", "Active members by month"), "members", "membership_chart"),
    ("attendance", QT_TRANSLATE_NOOP("HomePage", "Attendance rate by month"), "meetings", "attendance_chart"),
    ("business", QT_TRANSLATE_NOOP("HomePage", "Referrals and closed business by month"), "referrals",
     "business_chart"),
    ("chapters", QT_TRANSLATE_NOOP("HomePage", "Referrals and closed business by chapter"), "referrals",
     "chapter_business_chart"),
    ("lights", QT_TRANSLATE_NOOP("HomePage", "Charter lights"), "compliance", "lights_chart"),
)


def read_dashboard(uows: Callable[[], UnitOfWork], today: date) -> Dashboard:
    """The figures of the last 12 months, 3 months and this year, and the charts as SVG.

    Runs in a worker thread: no widget here. ``uows`` gives a fresh unit of work per reading.
    """
    from app.reports import charts
    from app.services.attendance import chapter_trends
    from app.services.business_stats import club_business
    from app.services.report_data.bilan import bilan_figures

    twelve = bilan_figures(uows(), *window(today, 12))
    start, end = window(today, 3)
    attendance = chapter_trends(uows(), start, end)[-1]  # the last one is the whole club
    business = club_business(uows(), date(today.year, 1, 1), today)
    width, height = CHART_SIZE
    svgs = {}
    for key, _title, _page, function in CHARTS:
        if key == "lights" and not twelve.lights:
            continue  # no compliance figures in this database
        svgs[key] = qt_svg(charts.to_svg(getattr(charts, function)(twelve, width, height, charts.SCREEN)))
    return Dashboard(today, twelve, attendance, start, business, svgs)


def qt_svg(svg: str) -> str:
    """reportlab's SVG as Qt draws it right: without the page-sized clip path (Qt's SVG Tiny
    renderer paints a clip path's rectangle black), ``none`` in lower case (an unfilled line
    would be filled black) and with the report font's real family name.
    """
    import re

    from app.reports.fonts import FONT, FONT_BOLD

    svg = re.sub(r"<clipPath\b.*?</clipPath>", "", svg, flags=re.DOTALL)
    svg = svg.replace("clip-path: url(#clip)", "")
    svg = re.sub(r"\b(fill|stroke): None\b", r"\1: none", svg)  # CSS keywords: Qt wants lower case
    svg = svg.replace(f"font-family: {FONT_BOLD};", f"font-family: {FONT_FAMILY}; font-weight: bold;")
    return svg.replace(f"font-family: {FONT};", f"font-family: {FONT_FAMILY};")


def register_report_fonts() -> None:
    """Make the report font known to Qt, so the charts' texts measure as in the PDF."""
    from PySide6.QtGui import QFontDatabase

    from resources import resource_path

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


def tr_home(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


def _per_row(widths: list[int], room: int, spacing: int = 8) -> int:
    """How many items of these minimum widths fit a row of ``room`` pixels, laid out in a grid."""
    for per_row in range(len(widths), 1, -1):
        columns = [max(widths[column::per_row]) for column in range(per_row)]
        if sum(columns) + spacing * (per_row - 1) <= room:
            return per_row
    return 1


class FigureCard(QPushButton):
    """One key figure: a caption, the value in large type, a detail line; clicking opens a page."""

    def __init__(self, name: str, caption: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure_card")
        self.page_key = page
        self.caption = PlainLabel(caption)
        self.caption.setWordWrap(True)
        self.value = RichLabel("\u2026")
        self.value.setObjectName(f"figure_{name}")
        look.paint(self.value, "figure", "font-size: 20px; font-weight: 600;")
        self.detail = PlainLabel()
        self.detail.setObjectName(f"figure_{name}_detail")
        look.paint(self.detail, "muted")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.caption, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(150, 96))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - a button's is its size hint: the row could not shrink
        return self.layout().minimumSize().expandedTo(QSize(FIGURE_WIDTH, 96))

    def show_figure(self, value: str, detail: str, tip: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tip)
        self.setAccessibleName(f"{self.caption.text()}: {self.value.text()}")


class ChartCard(QPushButton):
    """One chart of the board pack, scaled to the card; clicking opens the page of its data."""

    def __init__(self, key: str, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_card")
        self.key = key
        self.page_key = page
        self.svg = QSvgWidget()
        self.svg.setObjectName(f"chart_{key}")
        self.svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.svg.setFixedSize(*CHART_SIZE)  # one unit a pixel: its type is the size it was drawn in
        layout = QVBoxLayout(self)
        horizontal, vertical = CARD_MARGINS
        layout.setContentsMargins(horizontal, vertical, horizontal, vertical)
        self.svg.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # the drawing carries its title, as in the board pack
        layout.addWidget(self.svg, 1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setToolTip(title)

    def sizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().minimumSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and getattr(self, "drawing", None):
            self.show_svg(self.drawing)

    def show_svg(self, svg: str) -> None:
        self.drawing = svg  # as printed: drawn again in the palette's colours when it changes
        self.svg.load(QByteArray(look.svg_for_palette(svg).encode("utf-8")))
        self.svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)


class HomePage(Page):
    """Key figures in a row of cards, the board pack's charts below; each card opens its page."""

    dashboard_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.fixed_today = today
        self._stale = True
        self._reading = False
        self.dashboard: Dashboard | None = None
        self.setStyleSheet(CARD_STYLE)

        title = PlainLabel(self.tr("Dashboard"))
        title.setObjectName("page_title")
        self.subtitle = PlainLabel()
        self.subtitle.setObjectName("dashboard_subtitle")
        look.paint(self.subtitle, "muted")
        self.subtitle.setWordWrap(True)

        self.cards = {
            "members": FigureCard("members", self.tr("Active members"), "members"),
            "attendance": FigureCard("attendance", self.tr("Attendance, last 3 months"), "meetings"),
            "referrals": FigureCard("referrals", self.tr("Referrals this year"), "referrals"),
            "closed": FigureCard("closed", self.tr("Closed business this year"), "referrals"),
            "lights": FigureCard("lights", self.tr("Charter lights"), "compliance"),
        }
        self.figure_grid = QGridLayout()
        self.figure_grid.setSpacing(8)
        for card in self.cards.values():
            card.clicked.connect(lambda _checked=False, c=card: self.open_page(c.page_key))

        self.charts = {key: ChartCard(key, tr_home(title_), page) for key, title_, page, _f in CHARTS}
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(10)
        for card in self.charts.values():
            card.clicked.connect(lambda _checked=False, c=card: self.open_page(c.page_key))
        self._columns = (0, 0)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.figure_grid)
        body_layout.addSpacing(6)
        body_layout.addLayout(self.chart_grid)
        body_layout.addStretch(1)  # while the charts load, the figure cards keep their height
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._reflow()

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(title)
        header.addWidget(self.subtitle)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(lambda: self._on_data_changed("all"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self, *, force: bool = False) -> None:
        """As many cards and charts a row as the width allows: nothing is cut on a small screen."""
        width = self.scroll.viewport().width() if self.isVisible() else self.width()
        data = self.dashboard
        cards = [card for key, card in self.cards.items()
                 if key != "lights" or (data is not None and data.twelve_months.lights)]
        charts = [card for key, card in self.charts.items() if data is not None and key in data.charts]
        columns = (_per_row([max(FIGURE_WIDTH, card.layout().minimumSize().width()) for card in cards], width),
                   max(1, min(3, width // CHART_WIDTH)))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in [*self.cards.values(), *self.charts.values()]:
            if card not in cards and card not in charts:
                card.hide()
        for grid, shown, per_row in ((self.figure_grid, cards, columns[0]), (self.chart_grid, charts, columns[1])):
            for card in [*self.cards.values(), *self.charts.values()]:
                grid.removeWidget(card)
            for position, card in enumerate(shown):
                grid.addWidget(card, position // per_row, position % per_row)
                card.show()
            for column in range(6):
                grid.setColumnStretch(column, 1 if column < per_row else 0)

    def today(self) -> date:
        return self.fixed_today or date.today()

    # -- reading -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            # After the window is painted: the dashboard never delays the first frame.
            QTimer.singleShot(0, self.reload)

    def _on_data_changed(self, _topic: str) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        """Read the figures and draw the charts in the background, then show them."""
        if self._reading or not self._stale:
            return
        self._stale = False
        self._reading = True
        today = self.today()
        if self.dashboard is None:
            self.subtitle.setText(self.tr("Reading the figures…"))
        self.context.runner.run(lambda: read_dashboard(self.context.uow, today), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self.subtitle.setText(self.tr("The figures could not be read."))
        self.context.runner.task_failed.emit(error)

    def _show(self, dashboard: Dashboard) -> None:
        self._reading = False
        self.dashboard = dashboard
        global _fonts_registered
        if not _fonts_registered:
            register_report_fonts()
            _fonts_registered = True
        twelve, attendance, year = dashboard.twelve_months, dashboard.attendance, dashboard.business
        self.subtitle.setText(self.tr(
            "Figures on {today}; charts over the last 12 months, from {start} to {end}. "
            "Click a figure to open its page.").format(
            today=formatting.format_date_long(dashboard.today), start=formatting.format_date(twelve.start),
            end=formatting.format_date(twelve.end)))
        number = formatting.format_number
        self.cards["members"].show_figure(
            number(twelve.active_members),
            self.tr("{joined} joined and {left} left in 12 months").format(
                joined=number(twelve.joined), left=number(twelve.left)),
            self.tr("Open the members"))
        self.cards["attendance"].show_figure(
            formatting.format_percent(attendance.rate) if attendance.rate is not None else "\u2014",
            self.tr("%n meeting(s) held since {start}", "", sum(m.meetings for m in attendance.months)).format(
                start=formatting.format_date(dashboard.attendance_start)),
            self.tr("Open the meetings"))
        self.cards["referrals"].show_figure(
            number(year.referrals),
            self.tr("{internal} to members, {external} to outsiders").format(
                internal=number(year.referrals - year.external_referrals),
                external=number(year.external_referrals)),
            self.tr("Open the referral journal"))
        self.cards["closed"].show_figure(
            formatting.format_amounts([year.closed_amount])[0],
            self.tr("%n deal(s) since 1 January", "", year.closed_count),
            self.tr("Open the referral journal"))
        lights = self.cards["lights"]
        if twelve.lights:
            from app.palette import LIGHT_COLOURS

            lights.show_figure(
                "&nbsp;&nbsp;".join(
                    f'<span style="color:{LIGHT_COLOURS.get(light.light, "#757575")}">\u25cf</span>&nbsp;'
                    f"{number(light.count)}" for light in twelve.lights),
                ", ".join(f"{QCoreApplication.translate('Compliance', light.label)} {number(light.count)}"
                          for light in twelve.lights),
                self.tr("Open the charter compliance"))
        for key, card in self.charts.items():
            svg = dashboard.charts.get(key)
            if svg:
                card.show_svg(svg)
        self._reflow(force=True)
        if self._stale:  # the data changed while it was being read
            QTimer.singleShot(0, self.reload)
        self.dashboard_shown.emit()

    # -- going further -------------------------------------------------------------
    def open_page(self, key: str) -> None:
        self.context.show_page(key)

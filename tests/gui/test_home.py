"""The dashboard: the app opens on it, its figures match the other screens, its charts are the
board pack's drawings, each figure opens its page, and it never slows the start."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app import formatting
from app.domain.business import JournalFilter
from app.services import referrals

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def home_window(qtbot, french, demo_db):
    """The main window as the app opens it: on the dashboard."""
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    window = MainWindow(demo_db, context)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    page = window.page("home")
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=30000)
    return window


def test_the_app_opens_on_the_dashboard_first_in_the_sidebar(home_window):
    assert home_window.sidebar.currentRow() == 0
    assert home_window.sidebar.item(0).text() in ("Tableau de bord", "Dashboard")  # French once merged
    assert home_window.stack.currentWidget() is home_window.page("home")
    assert "members" not in home_window.pages  # the other pages are built when first shown


def test_figures_equal_what_the_other_screens_count(home_window):
    page = home_window.page("home")
    today = page.today()
    from app.services.active_members import load_periods

    uow = home_window.context.uow()
    with uow:
        active = sum(1 for member in load_periods(uow.session).values() if member.active_on(today))
    assert page.cards["members"].value.text() == formatting.format_number(active)
    journal = referrals.referral_journal(home_window.context.uow(),
                                         JournalFilter(start=date(today.year, 1, 1), end=today))
    assert page.cards["referrals"].value.text() == formatting.format_number(len(journal.rows))
    external = sum(1 for row in journal.rows if row.receiver_number is None)
    assert formatting.format_number(external) in page.cards["referrals"].detail.text()
    from app.domain.windows import window
    from app.services.attendance import chapter_trends

    club = chapter_trends(home_window.context.uow(), *window(today, 3))[-1]  # the whole club
    assert club.rate is not None
    assert page.cards["attendance"].value.text() == formatting.format_percent(club.rate)
    held = sum(month.meetings for month in club.months)
    assert held > 0 and page.cards["attendance"].detail.text().startswith(f"{formatting.format_number(held)} ")
    from app.services.business import list_closed_business
    from app.services.business_stats import club_business

    year = club_business(home_window.context.uow(), date(today.year, 1, 1), today)
    assert page.cards["closed"].value.text() == formatting.format_amounts([year.closed_amount])[0]
    deals = list_closed_business(home_window.context.uow(), date(today.year, 1, 1), today)
    assert sum((deal.amount for deal in deals), Decimal("0.00")) == year.closed_amount
    assert page.cards["closed"].detail.text().startswith(f"{formatting.format_number(len(deals))} affaire")
    if year.closed_amount == int(year.closed_amount):
        assert ",00" not in page.cards["closed"].value.text()  # whole dirhams, as printed
    assert formatting.format_date_long(today) in page.subtitle.text()


def test_charts_are_the_board_pack_drawings_and_are_not_painted_black(home_window, qtbot):
    page = home_window.page("home")
    shown = [card for card in page.charts.values() if card.isVisible()]
    assert {"membership", "attendance", "business", "chapters"} <= {card.key for card in shown}
    for card in shown:
        assert card.svg.renderer().isValid()
        image = card.svg.grab().toImage()
        dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                   if image.pixelColor(x, y).lightness() < 40)
        total = len(range(0, image.width(), 4)) * len(range(0, image.height(), 4))
        assert dark / total < 0.1, card.key  # a chart, not a black box


def _svg_texts(svg: str) -> list[tuple[float, str]]:
    """Each text of a chart's SVG with its size in drawing units."""
    import re
    from html import unescape

    return [(float(size), unescape(text)) for size, text in re.findall(
        r'<text\b[^>]*font-size: ([\d.]+)px[^>]*>([^<]*)</text>', svg)]


def test_chart_text_is_at_least_9_points_uncut_and_shown_unscaled(home_window):
    from ui.pages.home import CHART_SIZE

    page = home_window.page("home")
    for key, svg in page.dashboard.charts.items():
        texts = _svg_texts(svg)
        assert texts, key
        # 12 px is 9 pt at 100 % scaling; the drawing is shown one unit to one pixel.
        assert min(size for size, _ in texts) >= 12, key
        assert not any("\u2026" in text for _, text in texts), key  # no title or name cut
        card = page.charts[key]
        assert (card.svg.width(), card.svg.height()) == CHART_SIZE
        assert card.svg.renderer().defaultSize().width() == CHART_SIZE[0]
        assert card.isVisible() and card.width() >= CHART_SIZE[0]  # the card shows the whole chart


def test_partial_months_are_labelled_with_their_days(home_window):
    page = home_window.page("home")
    twelve = page.dashboard.twelve_months
    period = (twelve.start, twelve.end)
    texts = [text for _, text in _svg_texts(page.dashboard.charts["membership"])]
    first, last = twelve.membership[0].month, twelve.membership[-1].month
    assert formatting.format_month(first, period=period, short=True, year=False) in texts
    assert formatting.format_month(last, period=period, short=True, year=False) in texts
    assert f"({twelve.start.day}\u2013" in " ".join(texts) and f"\u2013{twelve.end.day})" in " ".join(texts)


def test_one_vocabulary_on_the_dashboard_and_in_the_board_pack(home_window):
    page = home_window.page("home")
    members = page.cards["members"].detail.text()
    assert "entrées" in members and "sorties" in members  # as the chart and the board pack say
    caption = " ".join(text for _, text in _svg_texts(page.dashboard.charts["membership"]))
    assert "Entrées" in caption and "Sorties" in caption
    assert "affaires conclues" in page.cards["closed"].detail.text() or "affaire conclue" in \
        page.cards["closed"].detail.text()


@pytest.mark.parametrize("card, target", [("members", "members"), ("attendance", "meetings"),
                                          ("referrals", "referrals"), ("closed", "referrals")])
def test_each_figure_opens_its_page(home_window, qtbot, card, target):
    page = home_window.page("home")
    qtbot.mouseClick(page.cards[card], Qt.MouseButton.LeftButton)
    assert home_window.stack.currentWidget() is home_window.page(target)


def test_a_chart_opens_the_page_of_its_data(home_window, qtbot):
    page = home_window.page("home")
    qtbot.mouseClick(page.charts["business"], Qt.MouseButton.LeftButton)
    assert home_window.stack.currentWidget() is home_window.page("referrals")


def test_figures_follow_a_change_of_data(home_window, qtbot):
    page = home_window.page("home")
    before = page.dashboard
    home_window.context.data_changed.emit("referrals")
    qtbot.waitUntil(lambda: page.dashboard is not before, timeout=30000)


def test_start_page_can_be_chosen_for_the_start_up_benchmark(qtbot, french, demo_db):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    window = MainWindow(demo_db, context, start_page="members")
    qtbot.add_widget(window)
    assert window.stack.currentWidget() is window.page("members")
    assert "home" not in window.pages


def test_the_dashboard_keeps_reportlab_off_the_start_path():
    code = ("import sys; import ui.navigation, ui.pages.home; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab' or m.startswith('app.reports')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_qt_svg_removes_what_qt_would_paint_black():
    from ui.pages.home import qt_svg

    svg = ('<svg><clipPath id="clip"><rect x="0" y="0" width="9" height="9"/></clipPath>'
           '<g style="clip-path: url(#clip)"><polyline style="stroke: red; fill: None;"/>'
           '<text style="font-family: CercleSans-Bold; font-size: 9px;">Tom &amp; Jerry</text></g></svg>')
    fixed = qt_svg(svg)
    assert "clipPath" not in fixed and "url(#clip)" not in fixed
    assert "fill: none" in fixed
    assert "font-family: DejaVu Sans; font-weight: bold;" in fixed
    assert "Tom &amp; Jerry" in fixed

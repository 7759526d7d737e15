"""The charts shared by the board pack and the home page, and the charter's text layout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.palette import LIGHT_COLOURS
from app.reports import REPORTS, ReportParams, charts, resolve
from app.reports.charte import paragraphs
from app.reports.figures import (
    AttendanceMonth,
    BilanFigures,
    BusinessMonth,
    ChapterFigures,
    MembershipMonth,
    count_lights,
)

MONTHS = [date(2026, m, 1) for m in range(1, 7)]


def figures(**changes: object) -> BilanFigures:
    base = dict(
        start=date(2026, 1, 1), end=date(2026, 6, 30), active_members=120, joined=7, left=2, meetings=24,
        attendance_rate=0.87, referrals=340, internal_referrals=300, external_referrals=40, closed_count=55,
        closed_amount=Decimal("1234567.50"), one_to_ones=80, visitors=31,
        membership=tuple(MembershipMonth(m, 115 + i, 1, 0) for i, m in enumerate(MONTHS)),
        attendance=tuple(AttendanceMonth(m, 4, 0.8 + i / 100 if i != 2 else None) for i, m in enumerate(MONTHS)),
        business=tuple(BusinessMonth(m, 50 + i, 9, Decimal("200000.00")) for i, m in enumerate(MONTHS)),
        chapters=(ChapterFigures(1, "Casablanca", 80, 0.9, 250, 40, Decimal("1000000.00")),
                  ChapterFigures(2, "Tom & Jerry <b>", 40, 0.8, 90, 15, Decimal("234567.50"))),
        lights=count_lights(["green"] * 5 + ["orange"] * 3 + ["red"] * 2 + ["new"]),
        lights_at=date(2026, 6, 30),
    )
    base.update(changes)
    return BilanFigures(**base)  # type: ignore[arg-type]


CHARTS = [charts.membership_chart, charts.attendance_chart, charts.business_chart,
          charts.chapter_business_chart, charts.lights_chart]


@pytest.mark.parametrize("chart", CHARTS)
def test_every_chart_draws_at_the_size_asked_and_renders_to_svg(chart) -> None:  # type: ignore[no-untyped-def]
    drawing = chart(figures(), 400, 180)
    assert (drawing.width, drawing.height) == (400, 180)
    svg = charts.to_svg(drawing)
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg


@pytest.mark.parametrize("chart", CHARTS)
def test_an_empty_period_says_so_instead_of_drawing_nothing(chart) -> None:  # type: ignore[no-untyped-def]
    empty = figures(membership=(), attendance=tuple(AttendanceMonth(m, 0, None) for m in MONTHS), business=(),
                    chapters=(), lights=())
    svg = charts.to_svg(chart(empty, 300, 150))
    assert "No data for this period." in svg or "Aucune donnée" in svg


def test_the_lights_chart_uses_the_lights_colours_of_the_app() -> None:
    from reportlab.graphics.shapes import Rect

    drawing = charts.lights_chart(figures(), 300, 150)
    bars = [shape.fillColor.hexval().lower() for shape in drawing.contents if isinstance(shape, Rect)]
    assert bars == ["0x" + LIGHT_COLOURS[light].lstrip("#").lower()
                    for light in ("green", "orange", "red", "grey", "new")]


def test_chapter_names_are_text_not_markup_in_charts() -> None:
    svg = charts.to_svg(charts.chapter_business_chart(figures(), 500, 120))
    assert "Tom &amp; Jerry &lt;b&gt;" in svg


def test_month_labels_show_the_year_under_the_first_month_and_january() -> None:
    labels = charts.month_labels([date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)])
    assert labels[0].endswith("\n2025") and "\n" not in labels[1] and labels[2].endswith("\n2026")


def test_count_lights_lists_every_light_green_first() -> None:
    counts = count_lights(["red", "green", "red"])
    assert [c.light for c in counts] == ["green", "orange", "red", "grey", "new"]
    assert [c.count for c in counts] == [1, 0, 2, 0, 0]
    assert count_lights([]) == ()


def test_charter_text_keeps_items_and_joins_continued_lines() -> None:
    text = ("Charte du club\n\nChaque membre s'engage à :\n\n"
            "1. Communiquer : faire connaître\n   son activité.\n2. Participer.\n- Respecter.\n")
    assert paragraphs(text) == [
        (False, "Charte du club"),
        (False, "Chaque membre s'engage à :"),
        (True, "1. Communiquer : faire connaître son activité."),
        (True, "2. Participer."),
        (True, "- Respecter."),
    ]


def test_reports_are_listed_in_menu_order_with_what_they_need() -> None:
    assert list(REPORTS) == ["annuaire", "emargement", "presence", "recommandations", "conformite", "bilan",
                             "fiche-membre", "badges", "charte"]
    assert REPORTS["emargement"].needs == {"meeting"}
    assert REPORTS["fiche-membre"].needs == {"member", "period"}


def test_missing_dates_default_to_the_twelve_months_up_to_today() -> None:
    params = resolve(ReportParams(), today=date(2026, 11, 22))
    assert (params.start, params.end, params.at) == (date(2025, 11, 23), date(2026, 11, 22), date(2026, 11, 22))
    params = resolve(ReportParams(end=date(2026, 6, 30)), today=date(2026, 11, 22))
    assert (params.start, params.end) == (date(2025, 7, 1), date(2026, 6, 30))

"""The member record's tabs: attendance and business over a chosen period, and the period picker."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from app.domain.windows import window
from app.formatting import format_money, format_number, format_percent
from app.services import attendance, business_stats
from app.services import members as member_service

# The offscreen platform cannot raise pop-ups or report size hints like a real screen.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


def _open(qtbot, window, member_id: int):
    page = window.page("members")
    page.open_member(member_id)
    qtbot.waitUntil(lambda: getattr(page, "member_dialog", None) is not None and page.member_dialog.isVisible())
    qtbot.waitUntil(page.member_dialog.isActiveWindow)
    return page.member_dialog


def _regular_member(window) -> int:
    """A member with a rate over the last 6 months and some absences to show."""
    page = window.page("members")
    return max((mid for mid, rate in page.rates.items() if rate is not None and rate < 1),
               key=lambda mid: (page.absences.get(mid, 0), mid))


def _busiest_member(window, start: date, end: date) -> int:
    totals = business_stats.member_totals(window.context.uow(), start, end)
    return max(totals, key=lambda t: (t.closed_received_amount, t.member_id)).member_id


def test_period_picker_presets_and_typed_dates(qtbot):
    from ui.widgets.period_picker import PeriodPicker

    today = date(2026, 11, 22)
    picker = PeriodPicker(today=today)
    qtbot.add_widget(picker)
    assert picker.period() == window(today, 6) == (date(2026, 5, 23), today)
    assert picker.start_edit.displayFormat() == "dd/MM/yyyy"
    assert picker.preset_buttons["6m"].isChecked()

    with qtbot.waitSignal(picker.period_changed) as signal:
        qtbot.mouseClick(picker.preset_buttons["12m"], Qt.MouseButton.LeftButton)
    assert signal.args == [date(2025, 11, 23), today]
    assert picker.preset_buttons["12m"].isChecked() and not picker.preset_buttons["6m"].isChecked()
    with qtbot.waitSignal(picker.period_changed) as signal:
        qtbot.mouseClick(picker.preset_buttons["year"], Qt.MouseButton.LeftButton)
    assert signal.args == [date(2026, 1, 1), today]

    # A start typed after the end takes the end along; no preset matches any more.
    from PySide6.QtCore import QDate

    with qtbot.waitSignal(picker.period_changed) as signal:
        picker.start_edit.setDate(QDate(2026, 12, 5))
    assert signal.args == [date(2026, 12, 5), date(2026, 12, 5)]
    assert not any(b.isChecked() for b in picker.preset_buttons.values())
    with qtbot.assertNotEmitted(picker.period_changed):
        picker.set_period(date(2026, 3, 1), date(2026, 2, 1), emit=False)
    assert picker.period() == (date(2026, 2, 1), date(2026, 3, 1))


def test_new_member_form_has_no_tabs(main_window, qtbot):
    page = main_window.page("members")
    page.new_member()
    qtbot.waitUntil(lambda: getattr(page, "member_dialog", None) is not None and page.member_dialog.isVisible())
    dialog = page.member_dialog
    assert dialog.findChild(QTabWidget) is None
    dialog.reject()


def test_record_tab_still_saves_with_ctrl_s_and_escape_cancels(main_window, qtbot):
    member_id = _regular_member(main_window)
    dialog = _open(qtbot, main_window, member_id)
    assert dialog.tabs.currentIndex() == 0
    assert [dialog.tabs.tabText(i) for i in range(3)][1:] == ["Présences", "Affaires"]
    city = dialog.fields["city"]
    city.setFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Tanger")
    qtbot.keyClick(city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert member_service.get_member(main_window.context.uow(), member_id).data.city == "Tanger"

    dialog = _open(qtbot, main_window, member_id)
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_attendance_tab_shows_the_rate_of_the_service(main_window, qtbot, qtmodeltester):
    page = main_window.page("members")
    member_id = _regular_member(main_window)
    dialog = _open(qtbot, main_window, member_id)
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    start, end = dialog.attendance_period.period()
    assert (start, end) == window(date.today(), 6)
    record = attendance.member_attendance(main_window.context.uow(), member_id, start, end)
    figures = dialog.figures
    assert figures["attendance_rate"].text() == format_percent(record.figures.rate)
    # The same rate as the members page column (same service, same 6 months).
    assert figures["attendance_rate"].text() == format_percent(page.rates[member_id])
    assert figures["attendance_expected"].text() == format_number(record.figures.expected)
    assert figures["attendance_unexcused"].text() == str(page.absences[member_id])
    assert dialog.history_model.rowCount() == len(record.history) == record.figures.expected
    assert dialog.history_proxy.row_at(0).date == max(r.date for r in record.history)  # latest first
    qtmodeltester.check(dialog.history_model)
    qtmodeltester.check(dialog.history_proxy)
    dialog.reject()


def test_business_tab_shows_the_closed_amount_and_follows_the_period(main_window, qtbot):
    today = date.today()
    year_start, year_end = window(today, 12)
    member_id = _busiest_member(main_window, year_start, year_end)
    dialog = _open(qtbot, main_window, member_id)
    dialog.tabs.setCurrentWidget(dialog.business_tab)
    label = dialog.figures["business_closed_received"]

    def expect(start: date, end: date) -> business_stats.MemberTotals:
        totals = business_stats.member_business_summary(main_window.context.uow(), member_id, start, end)
        assert label.property("amount") == str(totals.closed_received_amount)
        assert format_money(totals.closed_received_amount) in label.text()
        generated = dialog.figures["business_closed_generated"].text()
        assert format_money(totals.closed_generated_amount) in generated
        assert dialog.figures["business_given_internal"].text() == format_number(totals.given_internal)
        assert dialog.figures["business_given_external"].text() == format_number(totals.given_external)
        assert dialog.figures["business_one_to_ones"].text() == format_number(totals.one_to_ones)
        assert dialog.figures["business_presentations"].text() == format_number(totals.presentations)
        return totals

    six_months = expect(*window(today, 6))
    qtbot.mouseClick(dialog.business_period.preset_buttons["12m"], Qt.MouseButton.LeftButton)
    assert dialog.business_period.period() == (year_start, year_end)
    twelve_months = expect(year_start, year_end)
    assert twelve_months.closed_received_amount > 0
    assert twelve_months.closed_received_amount >= six_months.closed_received_amount

    # A typed period: the figures change with it.
    start, end = year_start, year_start + timedelta(days=60)
    dialog.business_period.set_period(start, end)
    narrow = expect(start, end)
    assert narrow.closed_received_amount <= twelve_months.closed_received_amount

    # The attendance tab follows the chosen period, and reads its figures when shown.
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    assert dialog.attendance_period.period() == (start, end)
    record = attendance.member_attendance(main_window.context.uow(), member_id, start, end)
    assert dialog.figures["attendance_rate"].text() == format_percent(record.figures.rate)
    assert dialog.figures["attendance_expected"].text() == format_number(record.figures.expected)
    dialog.reject()


def test_changing_the_attendance_period_updates_figures_and_history(main_window, qtbot):
    member_id = _regular_member(main_window)
    dialog = _open(qtbot, main_window, member_id)
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    six = dialog.history_model.rowCount()
    qtbot.mouseClick(dialog.attendance_period.preset_buttons["12m"], Qt.MouseButton.LeftButton)
    start, end = dialog.attendance_period.period()
    record = attendance.member_attendance(main_window.context.uow(), member_id, start, end)
    assert dialog.history_model.rowCount() == len(record.history) > six
    assert dialog.figures["attendance_expected"].text() == format_number(record.figures.expected)
    assert dialog.figures["attendance_rate"].text() == format_percent(record.figures.rate)
    assert dialog.business_period.preset_buttons["12m"].isChecked()
    dialog.reject()

"""The tables of records the pages list: one set-up (whole rows, nothing edited in place), and
column titles that are read whole at 1366 pixels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView

from app.services import guests, meetings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

@pytest.mark.parametrize("key", ["members", "meetings", "referrals", "closed_business", "compliance", "contacts"])
def test_each_list_selects_one_whole_row_and_edits_nothing_in_place(main_window, key) -> None:
    table: QTableView = main_window.page(key).table
    assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.alternatingRowColors() and table.verticalHeader().isHidden()
    assert table.horizontalHeader().stretchLastSection()


def _titles_cut(table: QTableView, columns: range, *, in_view: bool = True) -> list[str]:
    """The titles of ``columns`` that the header cuts: wider than their section, margins counted,
    or (``in_view``) not inside the table's viewport."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in columns:
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        left = header.sectionViewportPosition(column)
        outside = left < 0 or left + header.sectionSize(column) > table.viewport().width()
        if header.fontMetrics().horizontalAdvance(title) + 2 * margin > header.sectionSize(column) or (
                in_view and outside):
            cut.append(title)
    return cut


def test_the_guests_beside_the_sheet_keep_their_titles_whole_at_1366(main_window, qtbot) -> None:
    """At 1366×768 (a window of 1366×700), the guests panel shows the guest, the company and who
    invited them with their whole titles ("Invité par" was cut to "Invit…"), and the sheet
    beside it still shows all its columns."""
    uow = main_window.context.uow
    held = meetings.list_meetings(uow(), date(2026, 1, 1), date(2026, 12, 31))
    meeting = max(held, key=lambda m: len(guests.list_guests(uow(), m.id)))
    assert guests.list_guests(uow(), meeting.id), "the demo club has guests at its meetings"
    main_window.resize(1366, 700)
    main_window.show_page("meetings")
    page = main_window.page("meetings")
    page.open_sheet(meeting.id)
    qtbot.wait(20)
    panel = page.sheet.guests
    assert panel.model.rowCount() == len(guests.list_guests(uow(), meeting.id))
    assert [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Invité", "Société", "Invité par"]
    assert _titles_cut(panel.table, range(3)) == []
    # The visits and the follow-up (also under the table) are scrolled to, their titles whole too.
    assert _titles_cut(panel.table, range(3, panel.model.columnCount()), in_view=False) == []
    sheet = page.sheet.table
    assert sheet.horizontalScrollBar().maximum() == 0
    assert _titles_cut(sheet, range(sheet.model().columnCount())) == []

"""The tables of records the pages list: one set-up (whole rows, nothing edited in place)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("key", ["members", "meetings", "referrals", "closed_business", "compliance", "contacts"])
def test_each_list_selects_one_whole_row_and_edits_nothing_in_place(main_window, key) -> None:
    table: QTableView = main_window.page(key).table
    assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.alternatingRowColors() and table.verticalHeader().isHidden()
    assert table.horizontalHeader().stretchLastSection()

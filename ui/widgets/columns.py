"""Table views: default column widths that never cut a column's translated title, and a
layout done at once when the rows change."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

TITLE_PADDING = 24  # the header's margins and the sort arrow


def set_column_widths(table: QTableView, widths: Iterable[int]) -> None:
    """Give each column its default width, widened to its title in the header's font."""
    model = table.model()
    metrics = table.horizontalHeader().fontMetrics()
    for column, width in enumerate(widths):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + TITLE_PADDING))


def lay_out_on_reset(view: QAbstractItemView) -> None:
    """Lay ``view`` out as soon as its model is reset (a filter typed on), not on Qt's deferred
    layout timer.

    Deferred, the new row count reaches the scroll bar only after the rows were painted: the
    rows were painted again with the new range, three passes over the table a keystroke
    instead of one (measured with 20,000 members: 39 ms a keystroke against 25). Call after
    ``setModel``, so that the view's own reset runs first.
    """
    view.model().modelReset.connect(view.doItemsLayout)

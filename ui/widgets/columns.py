"""Default column widths that never cut a column's translated title."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

TITLE_PADDING = 24  # the header's margins and the sort arrow


def set_column_widths(table: QTableView, widths: Iterable[int]) -> None:
    """Give each column its default width, widened to its title in the header's font."""
    model = table.model()
    metrics = table.horizontalHeader().fontMetrics()
    for column, width in enumerate(widths):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + TITLE_PADDING))

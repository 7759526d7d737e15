"""A table whose first columns stay in place while the others scroll sideways (who a row is
about stays in view): Qt's "frozen column" pattern, a second view over the left of the first.

The second view shows the same model through the same selection model, with only the first
columns; it follows the table's vertical scrolling, row heights, column widths and sorting, and
passes its double-clicks and context-menu requests on to the table, so that the page deals
with one view.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTableView, QWidget


class FrozenColumnsView(QTableView):
    """A table view whose first ``frozen`` columns do not scroll sideways.

    Configure the view (selection, alternating colours, row height, context menu), then call
    ``setModel``: the frozen part copies that configuration.
    """

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen = QTableView(self)
        self.edge = QFrame(self)  # where the frozen columns end, as the table scrolls under them
        self.edge.setFrameShape(QFrame.Shape.VLine)
        self.edge.setFrameShadow(QFrame.Shadow.Plain)
        self.edge.setForegroundRole(QPalette.ColorRole.Mid)
        self.frozen.setObjectName("frozen_columns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the table
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setFrameShape(QTableView.Shape.NoFrame)
        self.frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.frozen.customContextMenuRequested.connect(self._frozen_menu_requested)
        self.frozen.doubleClicked.connect(self.doubleClicked)
        self.frozen.horizontalHeader().setSortIndicatorShown(True)
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_column_resized)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._frozen_sort_changed)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: self.frozen.setRowHeight(row, new))
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        for copy in ("selectionBehavior", "selectionMode", "editTriggers", "alternatingRowColors",
                     "verticalScrollMode", "wordWrap", "textElideMode", "iconSize", "showGrid"):
            self.frozen.setProperty(copy, self.property(copy))
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self.frozen.horizontalHeader().setStretchLastSection(False)
        self.frozen.horizontalHeader().setSectionResizeMode(self.horizontalHeader().sectionResizeMode(0))
        if model is not None:
            model.modelReset.connect(self._hide_scrolling_columns)
            model.columnsInserted.connect(self._hide_scrolling_columns)
        self._hide_scrolling_columns()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(column) for column in range(self.frozen_count) if not self.isColumnHidden(column))

    def _hide_scrolling_columns(self) -> None:
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.frozen.setColumnHidden(column, column >= self.frozen_count or self.isColumnHidden(column))
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self._place_frozen()

    # -- following the table -----------------------------------------------------------
    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count:
            self.frozen.setColumnWidth(column, new)
            self._place_frozen()

    def _frozen_column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.frozen.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.setSortIndicator(column, order)

    def _frozen_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            self.sortByColumn(column, order)

    def _frozen_menu_requested(self, position: QPoint) -> None:
        at = self.viewport().mapFromGlobal(self.frozen.viewport().mapToGlobal(position))
        self.customContextMenuRequested.emit(at)

    # -- geometry ------------------------------------------------------------------------
    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        self._place_frozen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_frozen()

    def _place_frozen(self) -> None:
        viewport = self.viewport().geometry()
        header = self.horizontalHeader()
        top = header.y() if not header.isHidden() else viewport.y()
        height = viewport.y() + viewport.height() - top
        width = self.frozen_width()
        self.frozen.horizontalHeader().setFixedHeight(header.height())
        self.frozen.setGeometry(viewport.x(), top, width, height)
        self.edge.setGeometry(viewport.x() + width - 1, top, 1, height)
        self.edge.raise_()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: E501, N802
        """Scroll as asked, then uncover a cell left under the frozen columns."""
        super().scrollTo(index, hint)
        if not index.isValid() or index.column() < self.frozen_count:
            return
        covered = self.frozen_width() - self.columnViewportPosition(index.column())
        if covered > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - covered)

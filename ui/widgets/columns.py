"""Table views: one set-up for a table of records read and opened, not edited in place;
default column widths that never cut a column's translated title; a layout done at once when
the rows change; a sentence across a table that a search left empty; and the selected row
opened by Enter or a double-click."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from ui.widgets import look
from ui.widgets.label import PlainLabel

TITLE_PADDING = 24  # the header's margins and the sort arrow


def set_read_only_rows(table: QTableView, *, several: bool = False, alternating: bool = True,
                       row_height: int | None = None) -> None:
    """Set ``table`` up as a list of records: a click selects a whole row, nothing is edited in
    place, no row numbers, columns the user widens and the last one taking the room left.

    Args:
        several: Ctrl and Shift select several rows (otherwise one row at a time).
        alternating: every other row shaded.
        row_height: a fixed default height for the rows, in pixels (otherwise the style's).
    """
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.verticalHeader().hide()
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


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


class _EmptyNotice(QObject):
    """Keeps the "nothing matches" label of a view centred in its viewport."""

    def __init__(self, view: QAbstractItemView, label: QLabel) -> None:
        super().__init__(view)
        self.label = label
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.label.setGeometry(watched.rect().adjusted(12, 12, -12, -12))
        return False


def say_when_nothing_matches(view: QAbstractItemView, search: QLineEdit, message: Callable[[str], str]) -> QLabel:
    """Write ``message(search text)`` across ``view`` when the search leaves it without a row.

    Args:
        view: the table whose model is filtered by the search.
        search: the search field.
        message: the sentence for a search text, e.g. "No member matches « … »".
    Returns:
        The label shown in the view (hidden while rows are shown or nothing is searched).
    """
    label = PlainLabel(parent=view.viewport())
    label.setObjectName(f"{view.objectName() or 'view'}_nothing_matches")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    look.paint(label, "muted", "padding-top: 24px;")
    label.hide()
    _EmptyNotice(view, label)

    def update(*_args: object) -> None:
        model = view.model()
        text = search.text().strip()
        empty = model is not None and model.rowCount() == 0 and bool(text)
        if empty:
            label.setText(message(text))
            label.setGeometry(view.viewport().rect().adjusted(12, 12, -12, -12))
        label.setVisible(empty)

    model = view.model()
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
        signal.connect(update)
    search.textChanged.connect(update)
    return label


def open_on_enter(view: QAbstractItemView, action: Callable[[], None]) -> None:
    """Enter (either key) on the view, or a double-click on a row, calls ``action``."""
    view.doubleClicked.connect(lambda _index: action())
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), view, action, context=Qt.ShortcutContext.WidgetShortcut)

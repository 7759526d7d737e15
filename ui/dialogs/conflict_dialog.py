"""Someone else saved the record meanwhile: show what differs, then reload or overwrite knowingly."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.conflicts import ConflictError
from ui.i18n import tr_error
from ui.widgets.focus import buttons_in_visual_order
from ui.widgets.label import PlainLabel


class ConflictChoice(Enum):
    RELOAD = "reload"  # drop my changes, show what is saved now
    OVERWRITE = "overwrite"  # save mine over theirs, knowingly
    CANCEL = "cancel"  # back to my form, nothing saved


class ConflictDialog(QDialog):
    """Lists each field that differs: the value saved by someone else and the user's own.

    ``labels`` maps the services' field names to the form's captions.
    """

    def __init__(self, error: ConflictError, labels: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.choice = ConflictChoice.CANCEL
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(620)
        labels = labels or {}

        message = PlainLabel(tr_error(error))
        message.setObjectName("conflict_message")
        message.setWordWrap(True)

        self.table = QTableWidget(len(error.changes), 3)
        self.table.setObjectName("conflict_changes")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved by someone else"), self.tr("Yours")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        for row, change in enumerate(error.changes):
            caption = labels.get(change.field, change.field).rstrip(" :*")
            for column, text in enumerate((caption, change.theirs or "—", change.yours or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setVisible(bool(error.changes))

        hint = PlainLabel(self.tr(
            "Reload shows the record as it is saved now (your changes are dropped). "
            "Overwrite saves your values over theirs."))
        hint.setWordWrap(True)
        hint.setObjectName("conflict_hint")

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("conflict_reload")
        self.overwrite_button = QPushButton(self.tr("Overwrite with mine"))
        self.overwrite_button.setObjectName("conflict_overwrite")
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if error.current_version is not None:
            buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        else:  # deleted meanwhile: nothing to overwrite
            hint.setText(self.tr("The record no longer exists: close the form."))
            self.reload_button.setText(self.tr("Close"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(ConflictChoice.OVERWRITE))
        buttons.rejected.connect(self.reject)
        self.reload_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        buttons_in_visual_order(buttons)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()


def form_labels(root: QWidget, fields: Mapping[str, QWidget]) -> dict[str, str]:
    """The captions of a form's fields (the labels whose buddy is the field), by field name."""
    names = {id(widget): name for name, widget in fields.items()}
    labels = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and id(buddy) in names:
            labels[names[id(buddy)]] = label.text().replace("&", "")
    return labels


def ask_conflict(error: ConflictError, labels: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> ConflictChoice:
    """Show the conflict and return the user's choice (Cancel when the dialog is closed)."""
    dialog = ConflictDialog(error, labels, parent)
    dialog.exec()
    return dialog.choice

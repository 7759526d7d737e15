"""Manage the chapters and sectors lists: add, rename, retire, delete when unused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CercleError
from app.services import reference
from ui.context import AppContext
from ui.i18n import tr_error
from ui.widgets.message_box import warn


class ReferenceListEditor(QWidget):
    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.list = QListWidget()
        self.list.setObjectName(f"{kind}_list")
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.retire_button = QPushButton(self.tr("Retire / restore"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for entry in reference.list_items(self.context.uow(), self.kind):
            text = entry.name
            if entry.retired:
                text = self.tr("{name} (retired)").format(name=entry.name)
            text += "  ·  " + self.tr("{count} use(s)").format(count=entry.usage)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)

    def _current(self) -> reference.ReferenceItem | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except CercleError as error:
            warn(self, self.window().windowTitle(), tr_error(error))
            return
        self.reload()
        self.context.data_changed.emit("reference")

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add"), self.tr("Name:"))
        if ok:
            self._run(lambda: reference.add_item(self.context.uow(), self.kind, name))

    def rename(self) -> None:
        entry = self._current()
        if entry is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=entry.name)
        if ok:
            self._run(lambda: reference.rename_item(self.context.uow(), self.kind, entry.id, name))

    def toggle_retired(self) -> None:
        entry = self._current()
        if entry is not None:
            self._run(lambda: reference.set_retired(self.context.uow(), self.kind, entry.id, not entry.retired))

    def delete(self) -> None:
        entry = self._current()
        if entry is not None:
            self._run(lambda: reference.delete_item(self.context.uow(), self.kind, entry.id))


class ReferenceListsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chapters and sectors"))
        self.resize(560, 460)
        tabs = QTabWidget()
        self.chapters = ReferenceListEditor(context, "chapter")
        self.sectors = ReferenceListEditor(context, "sector")
        tabs.addTab(self.chapters, self.tr("Chapters"))
        tabs.addTab(self.sectors, self.tr("Sectors"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

"""The settings dialog: one tab per concern (see :mod:`ui.settings`), saved together."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from app.domain.errors import CercleError
from app.services.settings import save_settings
from ui.context import AppContext
from ui.settings import TABS, SettingsTab


class SettingsDialog(QDialog):
    """OK saves every tab's club settings in one transaction, or nothing if one is refused."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.pages: list[SettingsTab] = []
        for factory in TABS:
            tab = factory(context)
            self.pages.append(tab)
            self.tabs.addTab(tab, tab.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def tab(self, kind: type[SettingsTab]) -> SettingsTab:
        return next(page for page in self.pages if isinstance(page, kind))

    def apply(self) -> None:
        """A refusal shows in its tab and nothing is saved; the dialog stays open."""
        changes: dict[str, Any] = {}
        for page in self.pages:
            page.clear_error()
        for page in self.pages:
            try:
                changes.update(page.pending())
            except CercleError as error:
                self.tabs.setCurrentWidget(page)
                page.show_error(error)
                return
        try:
            save_settings(self.context.uow(), changes)
        except CercleError as error:
            self.pages[0].show_error(error)
            return
        for page in self.pages:
            page.apply_local()
        self.context.data_changed.emit("settings")
        self.accept()

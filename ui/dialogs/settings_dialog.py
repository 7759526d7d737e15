"""The settings dialog: one tab per concern (see :mod:`ui.settings`), saved together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea, QStyle, QTabWidget, QVBoxLayout, QWidget

from app.domain.errors import CercleError
from app.services.settings import save_settings
from ui.context import AppContext
from ui.settings import TABS, SettingsTab
from ui.widgets.form import EditDialog


class SettingsDialog(EditDialog):
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
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Wide enough for every tab title and the widest tab's content, within the screen."""
        margins = 2 * (self.layout().contentsMargins().left() + self.tabs.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth) + 12)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        content = [page.sizeHint().width() for page in self.pages]
        content += [scroll.widget().sizeHint().width() + scrollbar + 24 for page in self.pages
                    for scroll in page.findChildren(QScrollArea) if scroll.widget() is not None]
        width = max(self.sizeHint().width(), self.tabs.tabBar().sizeHint().width() + margins,
                    *(size + margins for size in content))
        height = max(self.sizeHint().height(), 520)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10)
        return QSize(width, height)

    def tab(self, kind: type[SettingsTab]) -> SettingsTab:
        return next(page for page in self.pages if isinstance(page, kind))

    def save(self) -> None:
        self.apply()

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

"""General settings: the interface language (kept on this computer)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.settings import SettingsTab


class GeneralTab(SettingsTab):
    """Language applies at once to new windows; the open window follows after a restart."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = self.tr("General")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        current = QSettings().value("ui/language", "fr")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def apply_local(self) -> None:
        from ui.i18n import install_translators

        language = self.language.currentData()
        QSettings().setValue("ui/language", language)
        install_translators(QApplication.instance(), language)  # type: ignore[arg-type]

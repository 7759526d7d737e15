"""Settings of this computer (language) and of the club (stored in the database)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext


class SettingsDialog(QDialog):
    """Language applies at once to new windows; the open window follows after a restart."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        current = QSettings().value("ui/language", "fr")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(buttons)

    def apply(self) -> None:
        from ui.i18n import install_translators

        language = self.language.currentData()
        QSettings().setValue("ui/language", language)
        install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
        self.context.data_changed.emit("settings")
        self.accept()

"""Adopt a new version of the charter: its name, adoption date and full text."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.charter import VERSION_MAX, VersionInput
from app.domain.errors import CercleError
from app.services import charter as charter_service
from ui.context import AppContext
from ui.dialogs.charter_form import FormDialog
from ui.widgets.date_edit import date_edit, date_of


class CharterVersionDialog(FormDialog):
    """Starts from the current text, so a revision only edits what changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.adopted_id: int | None = None
        self.setObjectName("charter_version_dialog")
        self.setWindowTitle(self.tr("Adopt a new version of the charter"))
        self.setMinimumSize(720, 560)
        current = charter_service.current_charter(context.uow())
        self.version = QLineEdit()
        self.version.setObjectName("version")
        self.version.setMaxLength(VERSION_MAX + 20)
        self.version.setPlaceholderText(self.tr("e.g. 2"))
        self.adopted_on = date_edit("adopted_on")
        self.text = QPlainTextEdit(current.text if current else "")
        self.text.setObjectName("text")
        self.add_row(self.tr("Version"), "version", self.version)
        self.add_row(self.tr("Adopted on"), "adopted_on", self.adopted_on)
        self.add_row(self.tr("Text"), "text", self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("ok")
        ok.setText(self.tr("Adopt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.version.setFocus()

    def save(self) -> None:
        data = VersionInput(self.version.text(), date_of(self.adopted_on), self.text.toPlainText())
        try:
            row = charter_service.adopt_version(self.context.uow(), data)
        except CercleError as error:
            self.show_error(error)
            return
        self.adopted_id = row.id
        self.context.data_changed.emit("charter")
        self.accept()

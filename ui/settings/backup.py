"""Backups and personal data settings: where backups go, how many are kept, and after how long a
departed member may be anonymised (club settings, stored in the database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import backup as backup_rules
from app.domain import privacy as privacy_rules
from app.domain.errors import CercleError, ValidationError
from app.paths import DataFolderError, backup_folder
from app.services.settings import get_settings
from ui.context import AppContext
from ui.settings import SettingsTab
from ui.widgets.label import PlainLabel


class BackupTab(SettingsTab):
    """An empty folder field means the default folder, shown as the placeholder."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = self.tr("Backups and personal data")
        values = get_settings(context.uow(), backup_rules.SETTINGS_DEFAULTS | privacy_rules.SETTINGS_DEFAULTS)

        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        try:
            self.folder.setPlaceholderText(str(backup_folder()))
        except DataFolderError as error:  # no default folder to offer: say why, a folder can still be named
            self.show_error(error)
        self.folder.setText(str(values[backup_rules.SETTING_BACKUP_FOLDER] or ""))
        self.folder.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("choose_backup_folder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)

        low, high = backup_rules.KEEP_RANGE
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(0, high + 1)  # the domain's check gives the message, not a silent clamp
        self.keep.setValue(backup_rules.keep_from_settings(values[backup_rules.SETTING_BACKUP_KEEP]))
        self.keep.setMaximumWidth(120)
        self.keep.setToolTip(self.tr("The oldest automatic backups beyond this number are deleted."))

        backups = QGroupBox(self.tr("Backups"))
        form = QFormLayout(backups)
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow(self.tr("Backups kept"), self.keep)
        explain = PlainLabel(self.tr("Cercle backs up the database when it closes, once a day at most. "
                                 "A folder on another disk or a synchronised folder (OneDrive…) keeps "
                                 "a copy safe if this computer fails; the database itself must stay "
                                 "on this computer."))
        explain.setWordWrap(True)
        form.addRow(explain)

        self.retention = QSpinBox()
        self.retention.setObjectName("retention_months")
        self.retention.setRange(0, privacy_rules.RETENTION_RANGE[1] + 1)
        self.retention.setMaximumWidth(160)
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(privacy_rules.retention_from_settings(values[privacy_rules.SETTING_RETENTION_MONTHS]))
        personal = QGroupBox(self.tr("Personal data (law 09-08)"))
        personal_form = QFormLayout(personal)
        personal_form.addRow(self.tr("Keep the data of a member who left for"), self.retention)
        note = PlainLabel(self.tr("After this period, a member who resigned or was excluded can be anonymised "
                              "from their record (Personal data tab)."))
        note.setWordWrap(True)
        personal_form.addRow(note)

        self._fields: dict[str, QWidget] = {
            backup_rules.SETTING_BACKUP_KEEP: self.keep, privacy_rules.SETTING_RETENTION_MONTHS: self.retention,
            backup_rules.SETTING_BACKUP_FOLDER: self.folder}
        layout = QVBoxLayout(self)
        layout.addWidget(backups)
        layout.addWidget(personal)
        layout.addWidget(self.error)
        layout.addStretch(1)
        del low

    def choose_folder(self) -> None:
        start = self.folder.text() or self.folder.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def pending(self) -> dict[str, Any]:
        return {
            backup_rules.SETTING_BACKUP_FOLDER: backup_rules.validate_folder(self.folder.text()),
            backup_rules.SETTING_BACKUP_KEEP: backup_rules.validate_keep(self.keep.value()),
            privacy_rules.SETTING_RETENTION_MONTHS: privacy_rules.validate_retention(self.retention.value()),
        }

    def show_error(self, error: CercleError) -> None:
        super().show_error(error)
        field = self._fields.get(error.field) if isinstance(error, ValidationError) else None
        if field is not None:
            field.setFocus()

"""Restore the database from a backup: pick one of the backups (or another file), confirm, and
the app carries on with the restored database. The file is checked before anything changes."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.db.store import open_database
from app.domain.errors import CercleError
from app.paths import backup_folder
from app.services import backup
from app.services.backup import BackupFile
from ui.context import AppContext
from ui.i18n import tr_error
from ui.models.table import Column, DataclassTableModel
from ui.widgets.columns import set_read_only_rows
from ui.widgets.focus import buttons_in_visual_order
from ui.widgets.label import PlainLabel, RichLabel
from ui.widgets.message_box import Button, ask, fail, inform, warn

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def backup_columns() -> list[Column[BackupFile]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Made on"), lambda b: formatting.format_datetime(b.made_at),
               sort_key=lambda b: b.made_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"),
               lambda b: formatting.format_number(b.size / 1_048_576, 1) + " Mo", sort_key=lambda b: b.size,
               align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
    ]


class RestoreDialog(QDialog):
    """``restored_from`` is set once the database was replaced and reopened."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.context = context
        self.restored_from: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(640, 420)
        db = context.db
        self.database = db.path
        if db.path is not None:
            self.folder, _keep = backup.backup_settings(db)
            backups = backup.list_backups(self.folder, db.path.stem)
        else:
            self.folder, backups = backup_folder(), []

        intro = RichLabel(self.tr(
            "The database <b>{database}</b> will be replaced by the backup you choose. The backup is "
            "checked first, and the current database is itself backed up before it is replaced.").format(
                database=html.escape(db.display_name)))
        intro.setWordWrap(True)
        self.model: DataclassTableModel[BackupFile] = DataclassTableModel(backup_columns(), self)
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        set_read_only_rows(self.table, alternating=False)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 90)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = PlainLabel(self.tr("No backup in {folder} yet.").format(folder=self.folder))
        self.empty.setObjectName("no_backups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        if backups:
            self.table.selectRow(0)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore the selected backup"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(bool(backups) and db.path is not None)
        self.restore_button.clicked.connect(self.restore_selected)
        other = QPushButton(self.tr("Another file…"))
        other.setObjectName("restore_other")
        other.setEnabled(db.path is not None)
        other.clicked.connect(self.choose_other)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if db.path is None:
            server = PlainLabel(tr_error(CercleError(backup.MSG_SERVER, context="Backup", name=db.display_name)))
            server.setObjectName("server_refusal")
            server.setWordWrap(True)
            layout.addWidget(server)
        folder_row = QHBoxLayout()
        folder_row.addWidget(PlainLabel(self.tr("Backups in {folder}:").format(folder=self.folder)), 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        buttons_in_visual_order(self.buttons)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.restore(chosen.path)

    def choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(self.folder),
                                              self.tr("Cercle databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, candidate: Path, *, confirm: bool = True) -> bool:
        """Check ``candidate``, back up the database, replace it and reopen it. True when done."""
        if confirm and ask(self, self.windowTitle(), self.tr(
                "Replace the database by the backup {file}? Whatever was entered since that backup "
                "will be replaced (the current database is backed up first).").format(file=candidate.name)
        ) != Button.Yes:
            return False
        context = self.context
        context.runner.wait(10000)  # no background read may hold the file while it is swapped
        database = self.database
        assert database is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                result = self._restore_confirmed(candidate)
            except CercleError as error:  # refused, or not swapped: the database is as it was
                QGuiApplication.restoreOverrideCursor()
                warn(self, self.windowTitle(), tr_error(error))
                return False
            if result is None:  # the user kept the file as it is
                QGuiApplication.restoreOverrideCursor()
                return False
            reopened = open_database(str(database))
        except CercleError as error:
            QGuiApplication.restoreOverrideCursor()
            fail(self, self.windowTitle(), tr_error(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        context.set_database(reopened)
        context.data_changed.emit("all")
        self.restored_from = result.restored_from
        inform(self, self.windowTitle(), self.tr(
            "The database was restored from {file}. The database it replaced was saved as {previous}.").format(
                file=result.restored_from.name, previous=str(result.previous_saved_to or "—")))
        self.accept()
        return True


    def _restore_confirmed(self, candidate: Path) -> backup.RestoreResult | None:
        """Restore, asking first when the database file is one this version cannot open; None
        when the user declines."""
        try:
            return backup.restore(self.context.db, candidate, folder=self.folder)
        except backup.RestoreNeedsConfirmation as error:
            QGuiApplication.restoreOverrideCursor()
            asked = ask(self, self.windowTitle(), tr_error(error))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            if asked != Button.Yes:
                return None
            return backup.restore(self.context.db, candidate, folder=self.folder, force=True)



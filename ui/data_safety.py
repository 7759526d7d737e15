"""What the main window does to keep the data safe: the File menu's "Back up now" and "Restore
from a backup…", the automatic backup at close, and the warning when the database sits in a
synchronised folder or on a network share (shown once per path, then in the status bar only)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from app.domain.errors import CercleError
from app.services import backup, storage_check
from ui.context import AppContext
from ui.i18n import tr_error
from ui.widgets import look
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, Icon, message_box, warn

log = logging.getLogger(__name__)
WARNED_KEY = "storage/warned_paths"
STATUS_MS = 15000
BACK_UP_ACTION = QT_TRANSLATE_NOOP("DataSafety", "&Back up now")
RESTORE_ACTION = QT_TRANSLATE_NOOP("DataSafety", "&Restore from a backup…")
BACK_UP_TITLE = QT_TRANSLATE_NOOP("DataSafety", "Back up now")
BACKED_UP = QT_TRANSLATE_NOOP("DataSafety", "Backed up to {path}")
RESTORED = QT_TRANSLATE_NOOP("DataSafety", "Restored from {file}")
IN_SYNCED_FOLDER = QT_TRANSLATE_NOOP("DataSafety", "Database in a folder synchronised by {service}")
ON_NETWORK_SHARE = QT_TRANSLATE_NOOP("DataSafety", "Database on a network share")
WHERE_KEPT = QT_TRANSLATE_NOOP("DataSafety", "Where the database is kept")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataSafety", text)


def add_backup_actions(window: QMainWindow, context: AppContext, menu: QMenu) -> None:
    """"Back up now" and "Restore from a backup…" in the File menu."""
    menu.addSeparator()
    back_up = QAction(_tr(BACK_UP_ACTION), window)
    back_up.setObjectName("back_up_now")
    back_up.triggered.connect(lambda: back_up_now(window, context))
    menu.addAction(back_up)
    restore = QAction(_tr(RESTORE_ACTION), window)
    restore.setObjectName("restore_backup")
    restore.triggered.connect(lambda: restore_from_backup(window, context))
    menu.addAction(restore)


def back_up_now(window: QMainWindow, context: AppContext) -> None:
    """A backup into the backup folder, off the GUI thread; the status bar says where it went."""
    db = context.db

    def done(path: object) -> None:
        window.statusBar().showMessage(_tr(BACKED_UP).format(path=str(path)), STATUS_MS)

    def failed(error: BaseException) -> None:
        message = tr_error(error) if isinstance(error, CercleError) else str(error)
        warn(window, _tr(BACK_UP_TITLE), message)

    context.runner.run(lambda: backup.back_up(db), done, failed)


def restore_from_backup(window: QMainWindow, context: AppContext) -> None:
    from ui.dialogs.restore_dialog import RestoreDialog

    try:
        dialog = RestoreDialog(context, window)
    except CercleError as error:  # the default backup folder's data folder cannot be made
        warn(window, QCoreApplication.translate("RestoreDialog", "Restore from a backup"), tr_error(error))
        return
    if dialog.exec() and dialog.restored_from is not None:  # the window's label heard database_changed
        window.statusBar().showMessage(_tr(RESTORED).format(file=dialog.restored_from.name), STATUS_MS)


def backup_at_close(context: AppContext) -> None:
    """The automatic backup when the app closes (one a day at most). A local copy takes about a
    second for a large club; a failure is logged and never keeps the window from closing."""
    from app.paths import demo_database

    if context.db.path is not None and context.db.path == demo_database():
        return  # the demo club is rebuilt at will: no backups of it
    try:
        backup.automatic_backup(context.db)
    except Exception:  # noqa: BLE001 - closing must go on whatever happens
        log.exception("automatic backup failed")


def watch_storage(window: QMainWindow, context: AppContext) -> None:
    """Check the database's place now and whenever another database is opened."""
    QTimer.singleShot(0, lambda: warn_about_storage(window, context))
    context.database_changed.connect(lambda: warn_about_storage(window, context))


def _status_label(window: QMainWindow) -> QLabel:
    label = window.findChild(QLabel, "storage_risk")
    if label is None:
        label = PlainLabel()
        label.setObjectName("storage_risk")
        look.paint(label, "error", "font-weight: bold;")
        window.statusBar().addPermanentWidget(label)
    return label


def warn_about_storage(window: QMainWindow, context: AppContext) -> storage_check.StorageRisk | None:
    """A warning in the status bar while the risk lasts; a dialog (non-blocking) the first time
    for this path."""
    risk = storage_check.check_database_path(context.db.path)
    label = _status_label(window)
    if risk is None:
        label.hide()
        return None
    text = QCoreApplication.translate("Storage", risk.message).format(path=risk.path, service=risk.service)
    label.setText(_tr(IN_SYNCED_FOLDER).format(service=risk.service)
                  if risk.kind == storage_check.SYNCED else _tr(ON_NETWORK_SHARE))
    label.setToolTip(text)
    label.show()
    settings = QSettings()
    warned = settings.value(WARNED_KEY, [])
    warned = [warned] if isinstance(warned, str) else list(warned or [])
    if risk.path in warned:
        return risk
    settings.setValue(WARNED_KEY, [*warned, risk.path])
    box = message_box(window, Icon.Warning, _tr(WHERE_KEPT), text, Button.Ok)
    box.setObjectName("storage_warning")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return risk

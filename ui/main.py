"""Start the GUI: log file, crash dialog, application, translations, database, main window."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.db.store import Database, open_database
from app.domain.errors import CercleError
from app.logs import log, log_exception, setup_logging
from app.paths import database_to_open, demo_database
from resources import resource_path
from ui import none_guard, startup
from ui.i18n import install_translators, tr_error
from ui.widgets.message_box import Button, Icon, Role, fail, message_box

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ORGANISATION = "Cercle"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("Cercle")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "cercle.svg"))))
    none_guard.install(app)
    return app  # type: ignore[return-value]


def chosen_language(explicit: str | None) -> str:
    if explicit:
        return explicit
    value = QSettings().value("ui/language", "fr")
    return value if value in ("fr", "en") else "fr"


def open_for_gui(db: str | None, demo: bool) -> Database:
    """Open the database the user asked for; the demo club is created on first use."""
    target = database_to_open(db, demo)
    if target is None:
        from app.services.demo import build_demo

        return build_demo(demo_database())
    database = open_database(target)
    if database.is_server:  # the antenna limit remembered with this connection (File → Open a database)
        from ui.dialogs.open_database_dialog import apply_stored_limit

        apply_stored_limit(database, target)
    return database


def run(db: str | None = None, demo: bool = False, language: str | None = None) -> int:
    try:
        started = _show_window(db, demo, language)
    finally:  # the window is shown, or the start refused: start-up is over (see ui.startup)
        startup.resume_collection()
    if isinstance(started, int):
        return started
    app, window, database = started
    if startup.benchmark_page():
        QTimer.singleShot(0, lambda: startup.report_painted(app, window))
    code = app.exec()
    database.close()
    log.info("Cercle closed (exit code %s)", code)
    return code


def _show_window(db: str | None, demo: bool, language: str | None) -> tuple[QApplication, MainWindow, Database] | int:
    """The application, its main window shown and the database it opened; or the exit code of a
    start refused."""
    log_file = setup_logging()
    install_crash_handlers(log_file)
    app = make_application()
    install_translators(app, chosen_language(language))
    log.info("Cercle %s starts (Qt platform %s)", __version__, app.platformName())
    try:
        database = open_for_gui(db, demo)
    except CercleError as error:
        log.warning("Database refused: %s", error.message)
        fail(None, QCoreApplication.translate("Main", "Cercle"), tr_error(error))
        return 1
    except Exception:
        report_crash(*sys.exc_info())
        return 1
    from ui.main_window import MainWindow

    try:
        window = MainWindow(database, start_page=startup.benchmark_page())
    except Exception:
        report_crash(*sys.exc_info())
        database.close()
        return 1
    window.show()
    return app, window, database


# -- unexpected errors -------------------------------------------------------------------
_crash_log: Path | None = None
_showing_crash = False


def install_crash_handlers(log_file: Path | None) -> None:
    """Send every unexpected exception to the log, and show it in a dialog (GUI thread only).

    An exception in a slot does not stop Qt's event loop: the action that raised is abandoned
    (its unit of work rolled back, nothing half-saved) and the window goes on.
    """
    global _crash_log
    _crash_log = log_file
    sys.excepthook = report_crash
    threading.excepthook = _thread_crash
    qInstallMessageHandler(_qt_message)


def _thread_crash(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log_exception(args.exc_type, args.exc_value, args.exc_traceback)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's own warnings go to the log file (a windowed bundle has no console)."""
    log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt: %s", message)


def report_crash(exc_type: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the exception and tell the user in a dialog, with the log file's path."""
    log_exception(exc_type, value, tb)
    if issubclass(exc_type, KeyboardInterrupt):
        return
    global _showing_crash
    if _showing_crash or QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
        return
    _showing_crash = True
    try:
        crash_dialog(value, tb, _crash_log).exec()
    except Exception:  # the dialog itself failed: the log has the original error
        log.exception("Could not show the error dialog")
    finally:
        _showing_crash = False


def crash_dialog(value: BaseException, tb: TracebackType | None, log_file: Path | None) -> QMessageBox:
    """The dialog shown after an unexpected error (built separately so that tests can look at it)."""
    translate = QCoreApplication.translate
    if log_file is not None:
        where = translate(
            "Crash", "The details are in the log file:\n{path}\nSend it to whoever maintains Cercle for you."
        ).format(path=str(log_file))
    else:
        where = translate("Crash", "No log file could be written in the user data folder.")
    box = message_box(None, Icon.Critical, translate("Crash", "Cercle"), translate(
        "Crash", "Cercle met an unexpected error and interrupted the action in progress. "
        "Nothing that action was doing was saved: your data is intact."), Button.Close, default=Button.Close,
        informative=where, detailed="".join(traceback.format_exception(type(value), value, tb))[-4000:])
    if log_file is not None:
        open_folder = box.addButton(translate("Crash", "Open the log folder"), Role.ActionRole)
        open_folder.clicked.disconnect()  # keep the dialog open after the folder is shown
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
    return box


"""Start the GUI: application, translations, database, main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.db.store import Database, open_database
from app.domain.errors import CercleError
from app.paths import default_database, demo_database
from resources import resource_path
from ui.i18n import install_translators, tr_error

ORGANISATION = "Cercle"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("Cercle")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "cercle.svg"))))
    return app  # type: ignore[return-value]


def chosen_language(explicit: str | None) -> str:
    if explicit:
        return explicit
    value = QSettings().value("ui/language", "fr")
    return value if value in ("fr", "en") else "fr"


def open_for_gui(db: str | None, demo: bool) -> Database:
    """Open the database the user asked for; the demo club is created on first use."""
    if demo:
        path = demo_database()
        if path.exists() and path.stat().st_size > 0:
            return open_database(str(path))
        from app.services.demo import build_demo

        return build_demo(path)
    return open_database(db or default_database())


def run(db: str | None = None, demo: bool = False, language: str | None = None) -> int:
    app = make_application()
    install_translators(app, chosen_language(language))
    try:
        database = open_for_gui(db, demo)
    except CercleError as error:
        QMessageBox.critical(None, QCoreApplication.translate("Main", "Cercle"), tr_error(error))
        return 1
    from ui.main_window import MainWindow

    window = MainWindow(database)
    window.show()
    if os.environ.get("CERCLE_BENCH_EXIT"):
        QTimer.singleShot(0, lambda: bench_exit(app, window))
    code = app.exec()
    database.close()
    return code


def bench_exit(app: QApplication, window: QWidget) -> None:
    """``CERCLE_BENCH_EXIT=1``: once the window is painted, print the time and quit.

    Used by ``bench/bench_startup.py`` (and ``bench/floor_window.py`` does the same) to time
    start-up up to the members page on screen.
    """
    QApplication.processEvents()
    window.repaint()
    print(f"CERCLE_BENCH_PAINTED {time.time():.6f}", flush=True)
    app.quit()


def demo_path() -> Path:
    return demo_database()

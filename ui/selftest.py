"""The window side of ``cercle selftest`` (see :mod:`app.cli.selftest`): Qt, its plugins and pages.

Without a display (a Linux server, a CI job) Qt runs on its ``offscreen`` platform. No window
is shown: widgets are built and painted into images, which loads the same plugins.
"""

from __future__ import annotations

import os
import sys
from typing import Any

Check = Any  # Callable[[SelfTest], str]; the state class lives in app.cli.selftest


def application() -> Any:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.main import make_application

    return make_application()


def check_qt(state: Any) -> str:
    from PySide6 import __version__ as pyside_version

    app = application()
    return f"PySide6 {pyside_version}, platform {app.platformName()}"


def check_translation(state: Any) -> str:
    """Cercle's French catalogue and Qt's own (standard buttons), then back to nothing left over."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from ui.i18n import install_translators

    app = application()
    install_translators(app, "fr")
    ours = QCoreApplication.translate("Navigation", "Members")
    qt_context = "QPlatformTheme"  # Qt's own catalogue (a variable keeps it out of ours)
    qt_own = QCoreApplication.translate(qt_context, "Cancel")
    if ours != "Membres" or qt_own != "Annuler":
        raise AssertionError(f"French not loaded: {ours!r}, {qt_own!r}")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    arabic = QTranslator()
    if not arabic.load("qtbase_ar", folder):
        raise AssertionError(f"qtbase_ar.qm missing in {folder}")
    return f"'Members' -> '{ours}', Qt 'Cancel' -> '{qt_own}', Arabic catalogue present"


def check_icons(state: Any) -> str:
    from resources import resource_path
    from ui.icons import icon

    application()
    names = sorted(path.name for path in resource_path("icons").glob("*.svg"))
    broken = [name for name in names if icon(name).pixmap(32, 32).isNull()]
    if not names or broken:
        raise AssertionError(f"icons not drawn: {', '.join(broken) or 'none found'}")
    return f"{len(names)} SVG icons drawn"


def check_pages(state: Any) -> str:
    """The main window on the demo club, every page built and painted."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.navigation import PAGES

    application()
    context = AppContext(state.demo)
    context.runner.set_synchronous(True)
    window = MainWindow(state.demo, context)
    try:
        window.resize(1280, 800)
        for spec in PAGES:
            window.show_page(spec.key)
            if window.grab().isNull():
                raise AssertionError(f"page {spec.key} not painted")
        count = window.page("members").table.model().rowCount()
        if count == 0:
            raise AssertionError("the members page shows no member")
    finally:
        window.deleteLater()
    return f"{len(PAGES)} pages built and painted, {count} members listed"


def check_dialogs(state: Any) -> str:
    """The settings (every tab) and About dialogs."""
    from ui.context import AppContext
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.settings_dialog import SettingsDialog

    application()
    context = AppContext(state.demo)
    settings = SettingsDialog(context)
    about = AboutDialog(context)
    try:
        if settings.grab().isNull() or about.grab().isNull():
            raise AssertionError("dialog not painted")
        tabs = settings.tabs.count()
        licenses = about.licenses.toPlainText()
        missing = [name for name in ("SQLAlchemy", "Alembic", "ReportLab", "openpyxl", "Babel", "phonenumbers")
                   if name not in licenses]
        if missing:  # the package metadata the About dialog reads its versions from
            raise AssertionError(f"About does not list {', '.join(missing)}")
    finally:
        settings.deleteLater()
        about.deleteLater()
    return f"settings ({tabs} tabs) and About (licenses of {licenses.count(chr(10)) // 4} components)"


def check_pdf_view(state: Any) -> str:
    """QtPdf opens a report generated above and renders its first page, as the preview does."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    application()
    if not state.reports:
        raise AssertionError("no report was generated to view")
    path = next(iter(state.reports.values()))
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise AssertionError(f"{path.name} not loaded: {error}")
    image = document.render(0, QSize(400, 566))
    if image.isNull():
        raise AssertionError(f"{path.name}: page 1 not rendered")
    view = QPdfView()
    view.setDocument(document)
    view.deleteLater()
    pages = document.pageCount()
    document.close()
    return f"{path.name}: {pages} page(s) loaded, page 1 rendered"


def gui_checks() -> list[tuple[str, Check]]:
    return [
        ("Qt", check_qt),
        ("Qt translation", check_translation),
        ("icons", check_icons),
        ("pages", check_pages),
        ("dialogs", check_dialogs),
        ("PDF view", check_pdf_view),
    ]

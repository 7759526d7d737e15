"""Help (F1): how to start, the keyboard shortcuts, and where Cercle keeps the club's data.

The shortcut table is read from the window's menus, so it always says what the menus do, and
completed with the keys each page handles itself.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from ui.context import AppContext

# Keys handled inside pages (not menu actions): (keys, English description), context "HelpDialog".
PAGE_KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialog", "Search in the current page")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("HelpDialog", "New member (members page), new meeting (meetings page)")),
    ("Enter", QT_TRANSLATE_NOOP("HelpDialog", "Open the selected row")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("HelpDialog", "Save the open form; save the PDF on the Reports page")),
    ("P  R  A  E  S", QT_TRANSLATE_NOOP(
        "HelpDialog", "On an attendance sheet: present, late, absent, excused, substituted")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("HelpDialog", "On an attendance sheet: all unmarked members are present")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("HelpDialog", "Quick entry of the weekly referrals (referrals page)")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("HelpDialog", "Print the report shown on the Reports page")),
    ("F5", QT_TRANSLATE_NOOP("HelpDialog", "Generate the report again (Reports page)")),
    ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "Close a form without saving")),
)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, action text) of every menu action that has a shortcut, in menu order."""
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                text = action.text().replace("&", "").rstrip("…").rstrip(".")
                found.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), text))
    return found


def help_html(context: AppContext, window: QMainWindow | None) -> str:
    translate = QCoreApplication.translate
    from app.logs import log_path
    from app.paths import user_data_dir

    def paragraph(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    rows = menu_shortcuts(window) if window is not None else []
    rows += [(_native(keys), translate("HelpDialog", text)) for keys, text in PAGE_KEYS]
    table = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(text)}</td></tr>"
                    for keys, text in rows)
    try:
        from app.services.backup import backup_settings

        backups = str(backup_settings(context.db)[0])
    except Exception:  # a server database has no backup folder
        backups = "—"
    places = [
        (translate("HelpDialog", "Database"), context.db.display_name),
        (translate("HelpDialog", "Data folder"), str(user_data_dir())),
        (translate("HelpDialog", "Backups"), backups),
        (translate("HelpDialog", "Log file"), str(log_path())),
    ]
    where = "".join(f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(value)}</td></tr>"
                    for name, value in places)
    started = translate("HelpDialog", "Getting started")
    keyboard = translate("HelpDialog", "Keyboard")
    data = translate("HelpDialog", "Where your data is")
    return "".join([
        f"<h2>{html.escape(started)}</h2>",
        paragraph(translate(
            "HelpDialog", "The sidebar lists the sections: the dashboard, members, meetings and attendance, "
            "referrals and closed business, the network of who passes business to whom, the charter's "
            "compliance lights, the charter with its signatures and warnings, contacts and prospects, the "
            "reports. A new database opens on a welcome page: import the member list from Excel, type the "
            "first member, or explore the demo club.")),
        paragraph(translate(
            "HelpDialog", "Every week: record the meeting's attendance (Meetings), the referrals passed "
            "and the business closed (Referrals). The board's PDFs are on the Reports page.")),
        paragraph(translate(
            "HelpDialog", "The club's name, logo and address (printed on the reports), the language, the "
            "attendance rules and the backups are set in File → Settings.")),
        f"<h2>{html.escape(keyboard)}</h2>",
        f"<table cellspacing='0' cellpadding='3'>{table}</table>",
        f"<h2>{html.escape(data)}</h2>",
        f"<table cellspacing='0' cellpadding='3'>{where}</table>",
        paragraph(translate(
            "HelpDialog", "To move to a new computer: make a backup, copy it to the new computer, install "
            "Cercle there and restore the backup.")),
    ])


class HelpDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("Cercle help"))
        self.resize(760, 600)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(help_html(context, parent if isinstance(parent, QMainWindow) else None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

"""File → Open a database: a file on this computer, or a club's shared database on a server.

A connection also carries its antenna limit (an antenna's secretary sees the whole club but
changes only her antenna's meetings and attendance). Recent connections are remembered in the
user's settings with their limit, never with a password: the password is asked each time.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.store import Database, is_server_url, open_database, without_password
from app.domain.errors import CercleError
from ui.i18n import tr_error
from ui.widgets import look

RECENT_KEY = "connections/recent"
RECENT_COUNT = 8
DEFAULT_PORT = 5432


def recent_connections() -> list[dict[str, str]]:
    """The remembered connections, latest first: ``{"url": ..., "chapter": ...}`` (no password)."""
    raw = QSettings().value(RECENT_KEY, "[]")
    try:
        items = json.loads(raw if isinstance(raw, str) else "[]")
    except ValueError:
        return []
    return [item for item in items if isinstance(item, dict) and isinstance(item.get("url"), str)]


def remember_connection(url: str, chapter: str) -> None:
    """Keep a connection (its address without password, and its antenna limit) at the top of the list."""
    if is_server_url(url):
        url = without_password(url)
    items = [item for item in recent_connections() if item["url"] != url]
    items.insert(0, {"url": url, "chapter": chapter})
    QSettings().setValue(RECENT_KEY, json.dumps(items[:RECENT_COUNT], ensure_ascii=False))


def stored_limit(url: str) -> str:
    """The antenna limit remembered for a connection ("" for the whole club)."""
    if is_server_url(url):
        url = without_password(url)
    return next((item.get("chapter", "") for item in recent_connections() if item["url"] == url), "")


class OpenDatabaseDialog(QDialog):
    """Choose a file or a server, and the antenna limit; opens the database on OK.

    ``database`` holds the open database once accepted; errors (server unreachable, wrong
    password, not a Cercle database) show in the dialog, which stays open to correct them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_database_dialog")
        self.setWindowTitle(self.tr("Open a database"))
        self.setMinimumWidth(560)
        self.database: Database | None = None

        self.recent = QComboBox()
        self.recent.setObjectName("recent_connections")
        self.recent.addItem(self.tr("Recent connections…"), None)
        for item in recent_connections():
            shown = item["url"] + (f"  ({item['chapter']})" if item.get("chapter") else "")
            self.recent.addItem(shown, item)
        self.recent.setVisible(self.recent.count() > 1)
        self.recent.activated.connect(self._use_recent)

        self.file_choice = QRadioButton(self.tr("A file on this computer"))
        self.file_choice.setObjectName("choose_file")
        self.server_choice = QRadioButton(self.tr("The club's shared database on a server (PostgreSQL)"))
        self.server_choice.setObjectName("choose_server")
        choices = QButtonGroup(self)
        choices.addButton(self.file_choice)
        choices.addButton(self.server_choice)
        self.file_choice.setChecked(True)

        self.path = QLineEdit()
        self.path.setObjectName("database_file")
        self.path.setPlaceholderText(self.tr("Cercle database file (.db)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse_file")
        browse.clicked.connect(self._browse)
        self.file_box = QWidget()
        file_row = QHBoxLayout(self.file_box)
        file_row.setContentsMargins(20, 0, 0, 0)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        self.host = QLineEdit()
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("name or address of the server"))
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.name = QLineEdit()
        self.name.setObjectName("server_database")
        self.user = QLineEdit()
        self.user.setObjectName("server_user")
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked each time, never saved"))
        self.server_box = QWidget()
        server_form = QFormLayout(self.server_box)
        server_form.setContentsMargins(20, 0, 0, 0)
        server_form.addRow(self.tr("Server"), self.host)
        server_form.addRow(self.tr("Port"), self.port)
        server_form.addRow(self.tr("Database"), self.name)
        server_form.addRow(self.tr("User"), self.user)
        server_form.addRow(self.tr("Password"), self.password)

        self.chapter = QLineEdit()
        self.chapter.setObjectName("chapter_limit")
        self.chapter.setPlaceholderText(self.tr("Whole club"))
        limit_box = QGroupBox(self.tr("Antenna"))
        limit_layout = QFormLayout(limit_box)
        limit_layout.addRow(self.tr("Limit to the chapter"), self.chapter)
        hint = QLabel(self.tr(
            "An antenna's secretary sees every member but changes only the meetings and attendance of "
            "her chapter. Leave empty for the national secretariat."))
        hint.setWordWrap(True)
        look.paint(hint, "muted")
        limit_layout.addRow(hint)

        self.error = QLabel()
        self.error.setObjectName("open_error")
        self.error.setWordWrap(True)
        look.paint(self.error, "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("open_button")
        buttons.accepted.connect(self.open)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.recent)
        layout.addWidget(self.file_choice)
        layout.addWidget(self.file_box)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_box)
        layout.addWidget(limit_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.file_choice.toggled.connect(self._show_choice)
        self._show_choice()

    # -- filling -----------------------------------------------------------------------
    def _show_choice(self) -> None:
        on_file = self.file_choice.isChecked()
        self.file_box.setEnabled(on_file)
        self.server_box.setEnabled(not on_file)
        self.error.hide()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Cercle database"), self.path.text(),
            self.tr("Cercle databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.path.setText(path)

    def _use_recent(self, index: int) -> None:
        item = self.recent.itemData(index)
        if item:
            self.set_target(item["url"], item.get("chapter", ""))

    def set_target(self, target: str, chapter: str = "") -> None:
        """Fill the form from an address (a file path or ``postgresql://user@host:port/db``)."""
        from sqlalchemy.engine import make_url

        self.chapter.setText(chapter)
        if not is_server_url(target):
            self.file_choice.setChecked(True)
            self.path.setText(target)
            return
        url = make_url(target)
        self.server_choice.setChecked(True)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.name.setText(url.database or "")
        self.user.setText(url.username or "")
        self.password.clear()
        self.password.setFocus()

    def target(self) -> str:
        """The address to open, with the password typed (kept in memory only)."""
        if self.file_choice.isChecked():
            return self.path.text().strip()
        from sqlalchemy.engine import URL

        url = URL.create("postgresql", username=self.user.text().strip() or None,
                         password=self.password.text() or None, host=self.host.text().strip() or None,
                         port=self.port.value(), database=self.name.text().strip() or None)
        return url.render_as_string(hide_password=False)

    # -- opening -----------------------------------------------------------------------
    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def open(self) -> None:  # type: ignore[override]
        if self.file_choice.isChecked() and not self.path.text().strip():
            self._fail(self.tr("Choose a database file."))
            return
        if self.server_choice.isChecked() and not (self.host.text().strip() and self.name.text().strip()):
            self._fail(self.tr("Give the server and the name of the database."))
            return
        target = self.target()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            database = open_database(target)
        except CercleError as error:
            self._fail(tr_error(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        try:
            from app.services.antenna import limit_named

            database.chapter_limit = limit_named(database.unit_of_work(), self.chapter.text())
        except CercleError as error:
            database.close()
            self._fail(tr_error(error))
            return
        remember_connection(target, self.chapter.text().strip())
        self.database = database
        self.accept()


def apply_stored_limit(database: Database, target: str) -> None:
    """Give a database opened at start-up the antenna limit remembered for its connection."""
    from app.services.antenna import limit_named

    chapter = stored_limit(target)
    if chapter:
        try:
            database.chapter_limit = limit_named(database.unit_of_work(), chapter)
        except CercleError:
            database.chapter_limit = None

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
from ui.tasks import TaskRunner
from ui.widgets import look
from ui.widgets.label import PlainLabel

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

    The opening (its checks, its backup and migration, the antenna's lookup) runs through the task
    runner, off the GUI thread: the dialog stays drawn while a server answers or a file is
    upgraded. ``database`` holds the open database once accepted; errors (server unreachable,
    wrong password, not a Cercle database) show in the dialog, which stays open to correct them.
    A database that opens after Cancel is closed.
    """

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_database_dialog")
        self.setWindowTitle(self.tr("Open a database"))
        self.setMinimumWidth(560)
        self.runner = runner
        self.database: Database | None = None
        self.opening = False

        self._build_recent()
        self._build_choices()
        self._build_file_box()
        self._build_server_box()
        limit_box = self._build_limit_box()
        self.error = PlainLabel()
        self.error.setObjectName("open_error")
        self.error.setWordWrap(True)
        look.paint(self.error, "error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("open_button")
        buttons.accepted.connect(self.open)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.recent, self.file_choice, self.file_box, self.server_choice, self.server_box,
                       limit_box, self.error, buttons):
            layout.addWidget(widget)
        self.file_choice.toggled.connect(self._show_choice)
        self._show_choice()

    # -- building ----------------------------------------------------------------------
    def _build_recent(self) -> None:
        self.recent = QComboBox()
        self.recent.setObjectName("recent_connections")
        self.recent.addItem(self.tr("Recent connections…"), None)
        for item in recent_connections():
            shown = item["url"] + (f"  ({item['chapter']})" if item.get("chapter") else "")
            self.recent.addItem(shown, item)
        self.recent.setVisible(self.recent.count() > 1)
        self.recent.activated.connect(self._use_recent)

    def _build_choices(self) -> None:
        self.file_choice = QRadioButton(self.tr("A file on this computer"))
        self.file_choice.setObjectName("choose_file")
        self.server_choice = QRadioButton(self.tr("The club's shared database on a server (PostgreSQL)"))
        self.server_choice.setObjectName("choose_server")
        choices = QButtonGroup(self)
        choices.addButton(self.file_choice)
        choices.addButton(self.server_choice)
        self.file_choice.setChecked(True)

    def _build_file_box(self) -> None:
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

    def _build_server_box(self) -> None:
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

    def _build_limit_box(self) -> QGroupBox:
        self.chapter = QLineEdit()
        self.chapter.setObjectName("chapter_limit")
        self.chapter.setPlaceholderText(self.tr("Whole club"))
        limit_box = QGroupBox(self.tr("Antenna"))
        limit_layout = QFormLayout(limit_box)
        limit_layout.addRow(self.tr("Limit to the chapter"), self.chapter)
        hint = PlainLabel(self.tr(
            "An antenna's secretary sees every member but changes only the meetings and attendance of "
            "her chapter. Leave empty for the national secretariat."))
        hint.setWordWrap(True)
        look.paint(hint, "muted")
        limit_layout.addRow(hint)
        return limit_box

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
        if self.opening:
            return
        if self.file_choice.isChecked() and not self.path.text().strip():
            self._fail(self.tr("Choose a database file."))
            return
        if self.server_choice.isChecked() and not (self.host.text().strip() and self.name.text().strip()):
            self._fail(self.tr("Give the server and the name of the database."))
            return
        target, chapter = self.target(), self.chapter.text().strip()
        self._set_opening(True)
        self.runner.run(lambda: open_with_limit(target, chapter),
                        lambda database: self._opened(database, target, chapter), self._refused)

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        for widget in (self.recent, self.file_choice, self.file_box, self.server_choice, self.server_box,
                       self.chapter, self.open_button):
            widget.setEnabled(not opening)
        if opening:
            self.error.hide()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
            self._show_choice()

    def _opened(self, database: Database, target: str, chapter: str) -> None:
        if not self.opening:  # cancelled meanwhile: nobody will use it
            database.close()
            return
        self._set_opening(False)
        remember_connection(target, chapter)
        self.database = database
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not self.opening:
            return
        self._set_opening(False)
        if isinstance(error, CercleError):
            self._fail(tr_error(error))
        else:  # the task runner has logged it
            self._fail(self.tr("The database could not be opened: {error}").format(error=error))

    def reject(self) -> None:
        if self.opening:
            self._set_opening(False)  # what opens now is closed on arrival
        super().reject()


def open_with_limit(target: str, chapter: str) -> Database:
    """Open ``target`` limited to the antenna named ``chapter`` ("" for the whole club).

    Raises:
        CercleError: the database cannot be opened or there is no such chapter (then it is closed).
    """
    from app.services.antenna import limit_named

    database = open_database(target)
    try:
        database.chapter_limit = limit_named(database.unit_of_work(), chapter)
    except BaseException:
        database.close()
        raise
    return database


def apply_stored_limit(database: Database, target: str) -> None:
    """Give a database opened at start-up the antenna limit remembered for its connection."""
    from app.services.antenna import limit_named

    chapter = stored_limit(target)
    if chapter:
        try:
            database.chapter_limit = limit_named(database.unit_of_work(), chapter)
        except CercleError:
            database.chapter_limit = None

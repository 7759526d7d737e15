"""The main window: a sidebar of sections, the open page, and the database in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.db.store import Database, open_database
from app.domain.errors import CercleError
from app.paths import default_database, demo_database
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.navigation import PAGES
from ui.page import Page
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import fail, warn

if TYPE_CHECKING:
    from ui.pages.welcome import WelcomePage

PREFERRED_SIZE = QSize(1200, 760)  # the first window's inside, on a screen with room for it
# The title bar and borders of a Windows 10 or 11 window at 100 % scaling, counted until the
# window system gives the real ones (it does once the window is shown).
FRAME_ALLOWANCE = QMargins(8, 31, 8, 8)
# Room left around a first window: on a 1366×768 laptop, its frame is at most 1366×700 above the taskbar.
SCREEN_MARGIN = 16


def fit_frame(frame: QRect, available: QRect) -> QRect:
    """``frame`` cut to the size of ``available`` and moved inside it; unchanged if it fits.

    Args:
        frame: a window's outer rectangle, title bar and borders included.
        available: the screen's area for windows (without its taskbar).
    """
    size = frame.size().boundedTo(available.size())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - size.width())
    y = min(max(frame.y(), available.y()), available.y() + available.height() - size.height())
    return QRect(QPoint(x, y), size)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, context: AppContext | None = None, start_page: str | None = None) -> None:
        super().__init__()
        self.context = context or AppContext(db, parent=self)
        self.database_label = PlainLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.context.set_page_switcher(self._switch_to)
        self.destroyed.connect(lambda *_args, context=self.context: context.set_page_switcher(None))
        self.context.runner.task_failed.connect(self.show_error)
        self.context.runner.busy_changed.connect(self._set_busy)
        self.setWindowTitle(self.tr("Cercle – club secretariat"))
        self.setMinimumSize(QSize(900, 560))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), self.tr_nav(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder: the page is built when first shown
        self.sidebar.currentRowChanged.connect(self._show_row)
        # The page shown at start (the dashboard unless ``start_page`` names another), in place
        # before the state is restored.
        keys = [spec.key for spec in PAGES]
        start_row = keys.index(start_page) if start_page in keys else 0
        self.page(keys[start_row])

        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self._show_database()
        self._build_menus()
        self._restore_state()
        self.sidebar.setCurrentRow(start_row)
        # First run: an empty database opens on the welcome page instead (see update_welcome).
        self.welcome: WelcomePage | None = None
        # "My database": the last database opened that is not the demo club (by default, the user's).
        self.own_database = default_database()
        self._remember_own_database()
        self.context.database_changed.connect(self._show_database)
        self.context.database_changed.connect(self._remember_own_database)
        self.context.database_changed.connect(self.update_welcome)
        self.context.data_changed.connect(self._welcome_data_changed)
        self.update_welcome()
        # What can wait runs once the window is painted (see _after_first_paint).
        self._first_paint_done = False

    @staticmethod
    def tr_nav(title: str) -> str:
        return QApplication.translate("Navigation", title)

    def page(self, key: str) -> Page:
        """The page of ``key``, built on first use: start-up only pays for the page it shows."""
        if key not in self.pages:
            index = [spec.key for spec in PAGES].index(key)
            page = PAGES[index].factory(self.context)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page(PAGES[row].key)
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in PAGES]
        self.sidebar.setCurrentRow(keys.index(key))

    def _switch_to(self, key: str) -> Page | None:
        """The context's page switcher: show page ``key`` and return it; None for no such page."""
        if key not in [spec.key for spec in PAGES]:
            return None
        self.show_page(key)
        return self.page(key)

    # -- menus ---------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(icon("open.svg"), self.tr("&Open a database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        own_action = QAction(self.tr("&My database"), self)
        own_action.setObjectName("my_database")
        own_action.setToolTip(self.tr("Back to the club's own database (after the demo club or another file)"))
        own_action.triggered.connect(self.open_own_database)
        file_menu.addAction(own_action)
        lists_action = QAction(icon("lists.svg"), self.tr("Chapters and &sectors…"), self)
        lists_action.setObjectName("reference_lists")
        lists_action.triggered.connect(self.edit_reference_lists)
        file_menu.addAction(lists_action)
        import_action = QAction(self.tr("&Import from a spreadsheet…"), self)
        import_action.setObjectName("import_spreadsheet")
        import_action.triggered.connect(self.import_spreadsheet)
        file_menu.addAction(import_action)
        settings_action = QAction(icon("settings.svg"), self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        from ui.data_safety import add_backup_actions

        add_backup_actions(self, self.context, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Help"), self)
        help_action.setObjectName("help")
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(self.show_help)
        help_menu.addAction(help_action)
        about_action = QAction(self.tr("&About Cercle"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _show_database(self) -> None:
        if self.showing_demo():
            self.database_label.setText(self.tr("Demo club (a separate file, not your data): {name}").format(
                name=self.context.db.display_name))
        else:
            self.database_label.setText(self.tr("Database: {name}").format(
                name=self.context.db.display_name))

    def showing_demo(self) -> bool:
        path = self.context.db.path
        return path is not None and path == demo_database().resolve()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    # -- actions -------------------------------------------------------------------
    def show_error(self, error: BaseException) -> None:
        if isinstance(error, CercleError):
            warn(self, self.tr("Cercle"), tr_error(error))
        else:  # the task runner has logged it
            fail(self, self.tr("Cercle"), self.tr(
                "An unexpected error occurred; nothing was saved by the interrupted action.\n{error}"
            ).format(error=str(error)))

    def choose_database(self) -> None:
        """A file or the club's shared database on a server, with the connection's antenna limit."""
        from ui.dialogs.open_database_dialog import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(self.context.runner, self)
        if dialog.exec() and dialog.database is not None:
            self.use_database(dialog.database)

    def open_database(self, target: str) -> None:
        """Switch to the database at ``target``, opened (checked, backed up, upgraded) by the task
        runner off the GUI thread; a refusal is shown and the window stays on its database."""
        self.context.runner.run(lambda: open_database(target), self.use_database)

    def use_database(self, db: Database) -> None:
        self.context.set_database(db)
        self.context.data_changed.emit("all")

    def edit_reference_lists(self) -> None:
        from ui.dialogs.reference_lists import ReferenceListsDialog

        ReferenceListsDialog(self.context, self).exec()

    def import_spreadsheet(self) -> None:
        from ui.dialogs.import_wizard import open_import_wizard

        open_import_wizard(self.context, self)

    def edit_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).exec()

    def show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.context, self).exec()

    def show_help(self) -> None:
        from ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the help stays open beside the window

    def open_own_database(self) -> None:
        self.open_database(self.own_database)

    def _remember_own_database(self) -> None:
        if not self.showing_demo():
            db = self.context.db
            self.own_database = str(db.path) if db.path else db.engine.url.render_as_string(hide_password=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+F reaches the window when the current page has no search shortcut of its own.
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return
        super().keyPressEvent(event)

    def focus_search(self) -> bool:
        """Put the cursor in the current page's search field; False if the page has none."""
        row = self.sidebar.currentRow()
        page = self.pages.get(PAGES[row].key) if 0 <= row < len(PAGES) else None
        return page is not None and self.stack.currentWidget() is page and page.focus_search()

    # -- first run -----------------------------------------------------------------
    def update_welcome(self) -> None:
        """Show the welcome page while the database holds nothing; leave it once it does."""
        from app.services.database_info import is_empty

        try:
            empty = is_empty(self.context.uow())
        except Exception:  # a database that cannot answer shows its error where it is used
            empty = False
        if empty:
            if self.welcome is None:
                from ui.pages.welcome import WelcomePage

                welcome = WelcomePage(self.context)
                welcome.import_requested.connect(self.import_members)
                welcome.add_member_requested.connect(self.add_first_member)
                welcome.demo_requested.connect(self.explore_demo)
                self.stack.addWidget(welcome)
                self.welcome = welcome
                # A click on the sidebar's current row leaves the welcome page too.
                self.sidebar.clicked.connect(lambda index: self._show_row(index.row()))
            self.sidebar.blockSignals(True)
            self.sidebar.selectionModel().clearCurrentIndex()  # no section is open
            self.sidebar.clearSelection()
            self.sidebar.blockSignals(False)
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.import_button.setFocus()
        elif self.welcome is not None and self.stack.currentWidget() is self.welcome:
            self.show_page("members")
            self._show_row(self.sidebar.currentRow())

    def _welcome_data_changed(self, topic: str) -> None:
        if self.welcome is not None and topic in ("members", "meetings", "all"):
            self.update_welcome()

    def import_members(self) -> None:
        from ui.dialogs.import_wizard import open_import_wizard

        open_import_wizard(self.context, self, kind="members")

    def add_first_member(self) -> None:
        self.show_page("members")
        self.page("members").new_record()

    def explore_demo(self) -> None:
        """Open the demo club, a file of its own; it is written the first time (a second or two)."""
        path = demo_database()
        if path.exists() and path.stat().st_size > 0:
            self.open_database(str(path))
            return
        if self.welcome is not None:
            self.welcome.setEnabled(False)

        def build() -> str:
            from app.services.demo import build_demo

            build_demo(path).close()
            return str(path)

        def done(target: str) -> None:
            if self.welcome is not None:
                self.welcome.setEnabled(True)
            self.open_database(target)

        def failed(error: BaseException) -> None:
            if self.welcome is not None:
                self.welcome.setEnabled(True)
            path.unlink(missing_ok=True)  # never leave half a demo club behind
            self.show_error(error)

        self.context.runner.run(build, done, failed)

    # -- state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        remembered = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        self._place_on_screen(remembered)
        # The sidebar's width is applied once the window has its final size (see showEvent):
        # a splitter state restored before that is redistributed by the first layout.
        self._sidebar_width = int(settings.value("main/sidebar_width", 190))

    def _place_on_screen(self, remembered: bool) -> None:
        """Keep the window on the screen it opens on: a remembered size or place from a larger or
        a disconnected screen is cut and moved; a first window takes the preferred size the
        screen has room for, centred."""
        if remembered and self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return  # the window system fits a maximised window to its screen
        handle = self.windowHandle()
        margins = handle.frameMargins() if handle is not None and not handle.frameMargins().isNull() \
            else FRAME_ALLOWANCE
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        available = screen.availableGeometry()
        if remembered:
            frame = fit_frame(self.geometry().marginsAdded(margins), available)
        else:
            room = available.marginsRemoved(QMargins(SCREEN_MARGIN, SCREEN_MARGIN, SCREEN_MARGIN, SCREEN_MARGIN))
            frame = QRect(QPoint(0, 0), PREFERRED_SIZE.grownBy(margins).boundedTo(room.size()))
            frame.moveCenter(room.center())
        self.setGeometry(frame.marginsRemoved(margins))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sidebar_width:
            QTimer.singleShot(0, self._apply_sidebar_width)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_paint_done:
            self._first_paint_done = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Start-up work the first paint need not wait for."""
        from ui.data_safety import watch_storage

        watch_storage(self, self.context)  # a synced folder or a network share is warned about

    def _apply_sidebar_width(self) -> None:
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([self._sidebar_width, max(total - self._sidebar_width, 1)])
        self._sidebar_width = 0

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/sidebar_width", self.splitter.sizes()[0])
        for page in self.pages.values():
            page.save_state()
        self.context.runner.wait(10000)  # let background reads finish before the database closes
        from ui.data_safety import backup_at_close

        backup_at_close(self.context)
        super().closeEvent(event)

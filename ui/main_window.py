"""The main window: a sidebar of sections, the open page, and the database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.db.schema import HEAD_REVISION
from app.db.store import Database, open_database
from app.domain.errors import CercleError
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.navigation import PAGES


class MainWindow(QMainWindow):
    def __init__(self, db: Database, context: AppContext | None = None) -> None:
        super().__init__()
        self.context = context or AppContext(db, parent=self)
        self.database_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
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
        self.pages: dict[str, QWidget] = {}
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), self.tr_nav(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder: the page is built when first shown
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.page(PAGES[0].key)  # the page shown at start, in place before the state is restored

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
        self.sidebar.setCurrentRow(0)

    @staticmethod
    def tr_nav(title: str) -> str:
        return QApplication.translate("Navigation", title)

    def page(self, key: str) -> QWidget:
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

    # -- menus ---------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(icon("open.svg"), self.tr("&Open a database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        lists_action = QAction(icon("lists.svg"), self.tr("Chapters and &sectors…"), self)
        lists_action.triggered.connect(self.edit_reference_lists)
        file_menu.addAction(lists_action)
        settings_action = QAction(icon("settings.svg"), self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Cercle"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _show_database(self) -> None:
        self.database_label.setText(self.tr("Database: {name}").format(
            name=self.context.db.display_name))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    # -- actions -------------------------------------------------------------------
    def show_error(self, error: BaseException) -> None:
        if isinstance(error, CercleError):
            QMessageBox.warning(self, self.tr("Cercle"), tr_error(error))
        else:
            QMessageBox.critical(self, self.tr("Cercle"), self.tr(
                "An unexpected error occurred; nothing was saved by the interrupted action.\n{error}"
            ).format(error=str(error)))

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Cercle database"), "",
            self.tr("Cercle databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.open_database(path)

    def open_database(self, target: str) -> bool:
        try:
            db = open_database(target)
        except CercleError as error:
            self.show_error(error)
            return False
        self.context.set_database(db)
        self._show_database()
        self.context.data_changed.emit("all")
        return True

    def edit_reference_lists(self) -> None:
        from ui.dialogs.reference_lists import ReferenceListsDialog

        ReferenceListsDialog(self.context, self).exec()

    def edit_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Cercle"), self.tr(
            "<b>Cercle</b> {version}<br>The secretariat of the club: members, meetings, "
            "referrals, charter and reports.<br><br>Database: {database}<br>Schema: {schema}"
        ).format(version=__version__, database=self.context.db.display_name.replace("<", "&lt;"),
                 schema=HEAD_REVISION))

    # -- state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        # The sidebar's width is applied once the window has its final size (see showEvent):
        # a splitter state restored before that is redistributed by the first layout.
        self._sidebar_width = int(settings.value("main/sidebar_width", 190))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sidebar_width:
            QTimer.singleShot(0, self._apply_sidebar_width)

    def _apply_sidebar_width(self) -> None:
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([self._sidebar_width, max(total - self._sidebar_width, 1)])
        self._sidebar_width = 0

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/sidebar_width", self.splitter.sizes()[0])
        for page in self.pages.values():
            save = getattr(page, "save_state", None)
            if save:
                save()
        self.context.runner.wait(10000)  # let background reads finish before the database closes
        super().closeEvent(event)

"""What every page shares: the open database, the task runner and change notices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.db.store import Database
from app.db.uow import UnitOfWork
from ui.tasks import TaskRunner


class AppContext(QObject):
    """Handed to every page. Pages never keep a session: they ask for a unit of work per action.

    ``data_changed`` carries a topic ("members", "meetings", "referrals", "settings", ...) so
    that pages showing that data reload.
    """

    data_changed = Signal(str)
    database_changed = Signal()

    def __init__(self, db: Database, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner or TaskRunner(self)
        self._switch_page: Callable[[str], QWidget | None] | None = None

    def set_page_switcher(self, switch: Callable[[str], QWidget | None] | None) -> None:
        """Called by the window showing this context: ``switch(key)`` shows and returns a page."""
        self._switch_page = switch

    def show_page(self, key: str) -> QWidget | None:
        """Switch the window showing this context to page ``key`` and return that page.

        None when no window shows this context or it has no such page (a page opened alone).
        """
        return self._switch_page(key) if self._switch_page is not None else None

    def uow(self) -> UnitOfWork:
        return self.db.unit_of_work()

    def set_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        old.close()
        self.database_changed.emit()

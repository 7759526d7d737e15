"""What the referral journal and the closed-business list share: a period read from the
database in the background, the journal's filters applied to the rows already loaded (so a
change redraws at once even with tens of thousands of rows), a table opened by Enter or a
double-click, and a line of totals over the rows shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QTableView, QVBoxLayout, QWidget

from app.db.uow import UnitOfWork
from app.services import members as member_service
from app.services import reference
from ui.context import AppContext
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.widgets.columns import (
    lay_out_on_reset,
    open_on_enter,
    say_when_nothing_matches,
    set_column_widths,
    set_read_only_rows,
)
from ui.widgets.journal_filters import JournalFilters
from ui.widgets.label import PlainLabel


class BusinessListPage(Page):
    """A page subclasses it and gives ``read_period``, ``criteria`` and ``show_totals``."""

    def __init__(self, context: AppContext, columns: list[Column[Any]], *, prefix: str, search_hint: str,
                 widths: Sequence[int], today: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: DataclassTableModel[Any] = DataclassTableModel(columns, self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = JournalFilters(prefix, today or date.today(), search_hint)
        self.search = self.filters.search
        self.totals_label = PlainLabel()
        self.totals_label.setObjectName(f"{prefix}_totals")
        self.totals_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName(f"{prefix}_table")
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        # Rows arrive newest first from the service: no sort until the user asks for one, so a
        # filter change on 50,000 rows does not pay for re-sorting them.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        set_read_only_rows(self.table)
        set_column_widths(self.table, widths)

    def lay_out(self, header: QHBoxLayout) -> None:
        """The title and actions, the filters, the table, the totals."""
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)

    def connect_rows(self, nothing_matches: Callable[[str], str], open_row: Callable[[], None]) -> None:
        """Once every filter exists (filling a combo already emits its change), then read the rows."""
        self.filters.criteria_changed.connect(self.apply_filter)
        self.filters.period_changed.connect(self.load_period)
        say_when_nothing_matches(self.table, self.search, nothing_matches)
        open_on_enter(self.table, open_row)
        self.context.data_changed.connect(self._on_data_changed)
        self.context.database_changed.connect(self.reload)
        self.reload()

    # -- what each list gives ----------------------------------------------------------
    def read_period(self, uow: UnitOfWork, start: date, end: date) -> list[Any]:
        raise NotImplementedError

    def criteria(self) -> Callable[[Any], bool]:
        """The test of the filters other than the period and the search."""
        raise NotImplementedError

    def show_totals(self, rows: list[Any]) -> None:
        raise NotImplementedError

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        self.filters.set_choices(reference.list_items(self.context.uow(), "chapter"),
                                 member_service.list_members(self.context.uow()))
        self.load_period()

    def period(self) -> tuple[date, date]:
        return self.filters.period()

    def load_period(self) -> None:
        start, end = self.period()
        uow = self.context.uow()
        self.context.runner.run(lambda: self.read_period(uow, start, end), self._loaded)

    def _loaded(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.apply_filter()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("referrals", "all"):  # the topic of every business change
            self.load_period()
        elif topic in ("members", "reference"):
            self.reload()

    def current_filter(self) -> Callable[[Any], bool]:
        accepts = self.criteria()
        match = self.filters.text_match()
        if match is None:
            return accepts
        return lambda row: accepts(row) and match(row.search_text)

    def apply_filter(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())
        self.show_totals(self.model.shown_rows)

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

"""Closed business (the "merci"): every deal of a period, filtered as the referral journal is,
with the total of the rows shown; Enter or a double-click opens a deal to correct it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from app import formatting
from app.db.uow import UnitOfWork
from app.domain.business import ClosedBusinessFilter, closed_total
from app.services import business
from app.services.business import ClosedBusinessRow
from ui.context import AppContext
from ui.dialogs.closed_business_dialog import open_closed_business, referral_text
from ui.icons import icon
from ui.models.table import Column
from ui.pages.business_list import BusinessListPage
from ui.widgets.label import PlainLabel

RIGHT = Qt.AlignmentFlag.AlignRight
NEW = QT_TRANSLATE_NOOP("ClosedBusinessPage", "New business")
REPEAT = QT_TRANSLATE_NOOP("ClosedBusinessPage", "Repeat business")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClosedBusinessPage", text)


def _member(number: int | None, name: str) -> str:
    return f"{number} {name}" if number is not None else name


def closed_business_columns() -> list[Column[ClosedBusinessRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: formatting.format_date(r.date),
               sort_key=lambda r: (r.date, r.id), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Giver"), lambda r: _member(r.giver_number, r.giver_name),
               sort_key=lambda r: r.giver_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Receiver"), lambda r: _member(r.receiver_number, r.receiver_name),
               sort_key=lambda r: r.receiver_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda r: r.receiver_chapter),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: formatting.format_money(r.amount),
               sort_key=lambda r: r.amount, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "New or repeat"),
               lambda r: _tr(NEW) if r.is_new else _tr(REPEAT)),
        Column(QT_TRANSLATE_NOOP("Columns", "Referral"),
               lambda r: referral_text(r.referral_date, r.referral_need) if r.referral_date else "",
               tooltip=lambda r: r.referral_need or ""),
    ]


class ClosedBusinessPage(BusinessListPage):
    """Filters: period, chapter of the member who closed it, giver, receiver, text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(context, closed_business_columns(), prefix="closed", today=today, parent=parent,
                         search_hint=self.tr("Search: name, need of the referral, notes…"),
                         widths=(90, 180, 180, 100, 120, 120, 260))
        self.deal_dialog: QWidget | None = None
        self.lay_out(self._header())
        self.connect_rows(lambda text: self.tr("No closed business matches \u201c{text}\u201d").format(text=text),
                          self.open_current)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        title = PlainLabel(self.tr("Closed business"))
        title.setObjectName("page_title")
        header.addWidget(title)
        header.addStretch(1)
        edit = QPushButton(icon("edit.svg"), self.tr("Correct…"))
        edit.setObjectName("edit_closed_business")
        edit.setToolTip(self.tr("Correct the selected closed business (Enter or double-click)"))
        edit.clicked.connect(self.open_current)
        header.addWidget(edit)
        return header

    # -- data ----------------------------------------------------------------------
    def read_period(self, uow: UnitOfWork, start: date, end: date) -> list[ClosedBusinessRow]:
        return business.list_closed_business(uow, start, end)

    def criteria(self) -> Callable[[ClosedBusinessRow], bool]:
        return ClosedBusinessFilter(chapter_id=self.filters.chapter.currentData(),
                                    giver_id=self.filters.giver.member_id(),
                                    receiver_id=self.filters.receiver.member_id()).predicate()

    def show_totals(self, rows: list[ClosedBusinessRow]) -> None:
        self.totals_label.setText(self.tr("%n closed business, {amount}", "", len(rows)).format(
            amount=formatting.format_money(closed_total(rows))))

    # -- actions -------------------------------------------------------------------
    def open_current(self) -> None:
        row = self.selected()
        if row is not None:
            self.deal_dialog = open_closed_business(self.context, row.id, self)

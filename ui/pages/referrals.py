"""The referral journal: every referral of a period, filtered, with the totals of the shown rows.

The period is read from the database (in the background); the other filters apply to the
rows already loaded, so changing one redraws at once even with tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QWidget,
)

from app import formatting
from app.db.uow import UnitOfWork
from app.domain.business import (
    STATUS_ORDER,
    JournalFilter,
    ReferralStatus,
    Scope,
    Temperature,
    journal_totals,
    label,
)
from app.domain.errors import ValidationError
from app.services import referrals
from app.services.referrals import ReferralRow
from ui.context import AppContext
from ui.dialogs.presentation_dialog import open_presentation_dialog
from ui.dialogs.quick_entry import open_quick_entry
from ui.dialogs.referral_dialog import ReferralDialog, delete_referral_flow
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column
from ui.pages.business_list import BusinessListPage
from ui.widgets.journal_filters import choice
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, ask, warn

RIGHT = Qt.AlignmentFlag.AlignRight


def tr_business(text: str) -> str:
    return QCoreApplication.translate("Business", text)


def referral_columns() -> list[Column[ReferralRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: formatting.format_date(r.date),
               sort_key=lambda r: (r.date, r.id), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Giver"), lambda r: f"{r.giver_number} {r.giver_name}",
               sort_key=lambda r: r.giver_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda r: r.giver_chapter),
        Column(QT_TRANSLATE_NOOP("Columns", "Receiver"),
               lambda r: f"{r.receiver_number} {r.receiver_name}" if r.receiver_number else r.receiver_name,
               sort_key=lambda r: r.receiver_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Internal/external"), lambda r: tr_business(label(r.scope))),
        Column(QT_TRANSLATE_NOOP("Columns", "Prospect"), lambda r: r.prospect_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Need"), lambda r: r.need, tooltip=lambda r: r.need),
        Column(QT_TRANSLATE_NOOP("Columns", "Temperature"), lambda r: tr_business(label(r.temperature)),
               sort_key=lambda r: list(Temperature).index(r.temperature)),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: tr_business(label(r.status)),
               sort_key=lambda r: (STATUS_ORDER[r.status], r.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Closed amount"),
               lambda r: formatting.format_money(r.closed_amount) if r.closed_amount else "",
               sort_key=lambda r: r.closed_amount, align=RIGHT),
    ]


class ReferralsPage(BusinessListPage):
    """Filters: period, chapter of the giver, giver, receiver, internal/external, status, text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(context, referral_columns(), prefix="journal", today=today, parent=parent,
                         search_hint=self.tr("Search: name, prospect, need…"),
                         widths=(90, 170, 100, 190, 80, 150, 220, 90, 110, 120))
        self._add_choices()
        self.lay_out(self._header())
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_quick_entry)
        self.connect_rows(lambda text: self.tr("No referral matches \u201c{text}\u201d").format(text=text),
                          self.edit_current)

    def _add_choices(self) -> None:
        """The journal's own filters beside the shared ones: the referral's scope and status."""
        self.start, self.end, self.chapter = self.filters.start, self.filters.end, self.filters.chapter
        self.giver, self.receiver = self.filters.giver, self.filters.receiver
        self.scope = choice("journal_scope")
        self.scope.addItem(self.tr("Internal and external"), None)
        for scope in Scope:
            self.scope.addItem(tr_business(label(scope)), scope)
        self.status = choice("journal_status")
        self.status.addItem(self.tr("All statuses"), None)
        for status in ReferralStatus:
            self.status.addItem(tr_business(label(status)), status)
        self.filters.add_choice(self.scope)
        self.filters.add_choice(self.status)

    def _header(self) -> QHBoxLayout:
        """The title and the actions on the journal, the daily ones last (nearest the hand)."""
        def button(icon_file: str, text: str, action: Callable[[], None], name: str = "",
                   tip: str = "") -> QPushButton:
            widget = QPushButton(icon(icon_file), text)
            widget.setObjectName(name)
            widget.setToolTip(tip)
            widget.clicked.connect(action)
            return widget

        header = QHBoxLayout()
        title = PlainLabel(self.tr("Referrals"))
        title.setObjectName("page_title")
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(button("edit.svg", self.tr("Edit…"), self.edit_current, "edit_referral",
                                self.tr("Correct the selected referral (Enter or double-click)")))
        header.addWidget(button("status.svg", self.tr("Change status"), self.change_status))
        header.addWidget(button("delete.svg", self.tr("Delete"), self.delete_current))
        header.addWidget(button("add.svg", self.tr("Presentation…"), self.record_presentation,
                                "record_presentation",
                                self.tr("Record a member presenting their activity at a meeting")))
        header.addWidget(button("add.svg", self.tr("Quick entry"), self.open_quick_entry, "quick_entry",
                                self.tr("Enter the referrals, closed business and one-to-ones of a meeting "
                                        "(Ctrl+E)")))
        return header

    # -- data ----------------------------------------------------------------------
    def read_period(self, uow: UnitOfWork, start: date, end: date) -> list[ReferralRow]:
        return referrals.referral_journal(uow, JournalFilter(start=start, end=end)).rows

    def criteria(self) -> Callable[[ReferralRow], bool]:
        return JournalFilter(chapter_id=self.chapter.currentData(), giver_id=self.giver.member_id(),
                             receiver_member_id=self.receiver.member_id(), scope=self.scope.currentData(),
                             status=self.status.currentData()).predicate()

    def show_totals(self, rows: list[ReferralRow]) -> None:
        totals = journal_totals(rows)
        self.totals_label.setText(self.tr(
            "{count} referrals, {external} to non-members ({share}) \u2013 closed on these referrals: {amount}"
        ).format(count=formatting.format_number(totals.count), external=formatting.format_number(totals.external),
                 share=formatting.format_percent(totals.external_share),
                 amount=formatting.format_money(totals.closed_amount)))

    # -- actions -------------------------------------------------------------------
    def open_quick_entry(self) -> None:
        self.quick_entry = open_quick_entry(self.context, self)

    def edit_current(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReferralDialog(self.context, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.context.data_changed.emit("referrals"))
        self.referral_dialog = dialog
        dialog.open()

    def record_presentation(self) -> None:
        self.presentation_dialog = open_presentation_dialog(self.context, self)

    def change_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        names = [tr_business(label(s)) for s in ReferralStatus]
        choice, ok = QInputDialog.getItem(self, self.tr("Change status"), self.tr("New status, dated today:"),
                                          names, list(ReferralStatus).index(row.status), False)
        if not ok:
            return
        status = list(ReferralStatus)[names.index(choice)]
        self._set_status(row, status, confirm=False)

    def _set_status(self, row: ReferralRow, status: ReferralStatus, *, confirm: bool) -> None:
        try:
            referrals.set_referral_status(self.context.uow(), row.id, status, date.today(),
                                          confirm_backwards=confirm)
        except ValidationError as error:
            if error.field == "status" and not confirm:
                answer = ask(self, self.tr("Change status"), tr_error(error))
                if answer == Button.Yes:
                    self._set_status(row, status, confirm=True)
                return
            warn(self, self.tr("Change status"), tr_error(error))
            return
        self.context.data_changed.emit("referrals")

    def delete_current(self) -> None:
        """Ask, then delete; closed business linked to it is kept (detached) or deleted too."""
        row = self.selected()
        if row is not None:
            delete_referral_flow(self, self.context, row)

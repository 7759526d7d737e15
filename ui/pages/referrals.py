"""The referral journal: every referral of a period, filtered, with the totals of the shown rows.

The period is read from the database (in the background); the other filters apply to the
rows already loaded, so changing one redraws at once even with tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
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
from app.domain.text import matcher
from app.services import members as member_service
from app.services import reference, referrals
from app.services.referrals import Journal, ReferralRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.member_field import MemberField
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.widgets.columns import lay_out_on_reset, say_when_nothing_matches, set_column_widths
from ui.widgets.date_edit import date_edit

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


class ReferralsPage(Page):
    """Filters: period, chapter of the giver, giver, receiver, internal/external, status, text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = today or date.today()
        self.model: DataclassTableModel[ReferralRow] = DataclassTableModel(referral_columns(), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.start = date_edit("journal_start", today - timedelta(days=365))
        self.end = date_edit("journal_end", today)
        self.chapter = self._combo("journal_chapter")
        self.giver = MemberField()
        self.giver.setObjectName("journal_giver")
        self.receiver = MemberField()
        self.receiver.setObjectName("journal_receiver")
        for field in (self.giver, self.receiver):
            field.setPlaceholderText(self.tr("Anyone"))
        self.scope = self._combo("journal_scope")
        self.scope.addItem(self.tr("Internal and external"), None)
        for scope in Scope:
            self.scope.addItem(tr_business(label(scope)), scope)
        self.status = self._combo("journal_status")
        self.status.addItem(self.tr("All statuses"), None)
        for status in ReferralStatus:
            self.status.addItem(tr_business(label(status)), status)
        self.search = QLineEdit()
        self.search.setObjectName("journal_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, prospect, need…"))

        self.totals_label = QLabel()
        self.totals_label.setObjectName("journal_totals")
        quick = QPushButton(icon("add.svg"), self.tr("Quick entry"))
        quick.setObjectName("quick_entry")
        quick.setToolTip(self.tr("Enter the referrals, closed business and one-to-ones of a meeting (Ctrl+E)"))
        quick.clicked.connect(self.open_quick_entry)
        status_button = QPushButton(icon("status.svg"), self.tr("Change status"))
        status_button.clicked.connect(self.change_status)
        delete = QPushButton(icon("delete.svg"), self.tr("Delete"))
        delete.clicked.connect(self.delete_current)
        edit = QPushButton(icon("edit.svg"), self.tr("Edit…"))
        edit.setObjectName("edit_referral")
        edit.setToolTip(self.tr("Correct the selected referral (Enter or double-click)"))
        edit.clicked.connect(self.edit_current)
        presentation = QPushButton(icon("add.svg"), self.tr("Presentation…"))
        presentation.setObjectName("record_presentation")
        presentation.setToolTip(self.tr("Record a member presenting their activity at a meeting"))
        presentation.clicked.connect(self.record_presentation)

        self.table = QTableView()
        self.table.setObjectName("journal_table")
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        # Rows arrive newest first from the service: no sort until the user asks for one, so a
        # filter change on 50,000 rows does not pay for re-sorting them.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, (90, 170, 100, 190, 80, 150, 220, 90, 110, 120))

        header = QHBoxLayout()
        title = QLabel(self.tr("Referrals"))
        title.setObjectName("page_title")
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(edit)
        header.addWidget(status_button)
        header.addWidget(delete)
        header.addWidget(presentation)
        header.addWidget(quick)
        # Three short rows rather than one long one: the page must fit a laptop screen.
        period = QHBoxLayout()
        for caption, widget in ((self.tr("From"), self.start), (self.tr("to"), self.end),
                                (self.tr("Chapter"), self.chapter)):
            text = QLabel(caption)
            text.setBuddy(widget)
            period.addWidget(text)
            period.addWidget(widget)
        period.addWidget(self.scope)
        period.addWidget(self.status)
        period.addStretch(1)
        people = QHBoxLayout()
        for caption, widget in ((self.tr("Giver"), self.giver), (self.tr("Receiver"), self.receiver)):
            text = QLabel(caption)
            text.setBuddy(widget)
            people.addWidget(text)
            people.addWidget(widget, 1)
        people.addWidget(self.search, 2)
        self.totals_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(period)
        layout.addLayout(people)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)

        # Connected once every filter exists: filling a combo already emits its change.
        for combo in (self.chapter, self.scope, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for field in (self.giver, self.receiver):
            field.member_changed.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        say_when_nothing_matches(self.table, self.search, lambda text: self.tr(
            "No referral matches \u201c{text}\u201d").format(text=text))
        self.start.dateChanged.connect(self.load_period)
        self.end.dateChanged.connect(self.load_period)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_quick_entry)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self.reload()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        current = self.chapter.currentData()
        self.chapter.blockSignals(True)
        self.chapter.clear()
        self.chapter.addItem(self.tr("All chapters"), None)
        for item in reference.list_items(self.context.uow(), "chapter"):
            self.chapter.addItem(item.name, item.id)
        self.chapter.setCurrentIndex(max(self.chapter.findData(current), 0))
        self.chapter.blockSignals(False)
        people = member_service.list_members(self.context.uow())
        self.giver.set_members(people)
        self.receiver.set_members(people)
        self.load_period()

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def load_period(self) -> None:
        start, end = self.period()
        uow = self.context.uow()
        self.context.runner.run(lambda: referrals.referral_journal(uow, JournalFilter(start=start, end=end)),
                                self._loaded)

    def _loaded(self, journal: Journal) -> None:
        self.model.set_rows(journal.rows)
        self.apply_filter()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("referrals", "all"):
            self.load_period()
        elif topic in ("members", "reference"):
            self.reload()

    def current_filter(self) -> Callable[[ReferralRow], bool]:
        criteria = JournalFilter(chapter_id=self.chapter.currentData(), giver_id=self.giver.member_id(),
                                 receiver_member_id=self.receiver.member_id(), scope=self.scope.currentData(),
                                 status=self.status.currentData())
        accepts = criteria.predicate()
        if not self.search.text().strip():
            return accepts
        match = matcher(self.search.text())
        return lambda row: accepts(row) and match(row.search_text)

    def apply_filter(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())
        totals = journal_totals(self.model.shown_rows)
        self.totals_label.setText(self.tr(
            "{count} referrals, {external} to non-members ({share}) \u2013 closed on these referrals: {amount}"
        ).format(count=formatting.format_number(totals.count), external=formatting.format_number(totals.external),
                 share=formatting.format_percent(totals.external_share),
                 amount=formatting.format_money(totals.closed_amount)))

    # -- actions -------------------------------------------------------------------
    def open_quick_entry(self) -> None:
        from ui.dialogs.quick_entry import open_quick_entry

        self.quick_entry = open_quick_entry(self.context, self)

    def selected(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def edit_current(self) -> None:
        row = self.selected()
        if row is None:
            return
        from ui.dialogs.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.context, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.context.data_changed.emit("referrals"))
        self.referral_dialog = dialog
        dialog.open()

    def record_presentation(self) -> None:
        from ui.dialogs.presentation_dialog import open_presentation_dialog

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
                answer = QMessageBox.question(self, self.tr("Change status"), tr_error(error))
                if answer == QMessageBox.StandardButton.Yes:
                    self._set_status(row, status, confirm=True)
                return
            QMessageBox.warning(self, self.tr("Change status"), tr_error(error))
            return
        self.context.data_changed.emit("referrals")

    def delete_current(self) -> None:
        """Ask, then delete; closed business linked to it is kept (detached) or deleted too."""
        from ui.dialogs.referral_dialog import delete_referral_flow

        row = self.selected()
        if row is not None:
            delete_referral_flow(self, self.context, row)

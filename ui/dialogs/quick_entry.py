"""Quick entry for the weekly round: referrals, closed business, one-to-ones and presentations.

The dialog stays open: each Enter records one item, clears what changes from one item to the
next and keeps the date and the giver, so a whole round is typed without touching the mouse.
Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4 switch between the four kinds of record, keyboard only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.business import (
    MSG_AMOUNT_LARGE,
    OPEN_STATUSES,
    ContactKind,
    JournalFilter,
    Temperature,
    label,
)
from app.domain.errors import CercleError, ValidationError
from app.services import business, contacts, referrals
from app.services import members as member_service
from app.services.business import ClosedBusinessInput
from app.services.contacts import ContactInput
from app.services.referrals import ReferralInput
from ui.contact_field import ContactField
from ui.context import AppContext
from ui.dialogs.closed_business_dialog import confirm_large_amount
from ui.dialogs.presentation_dialog import PresentationForm
from ui.i18n import tr_error
from ui.member_field import MemberField
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel

GIVER_KEY = "quick_entry/giver"


def tr_business(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Business", text)


ONE_TO_ONE_TAB = 2  # the index of the one-to-one form among the dialog's tabs


class QuickEntryDialog(QDialog):
    """Four forms in tabs; ``recorded`` is emitted after each saved item."""

    # what was recorded: "referral", "closed_business", "one_to_one", "presentation"
    recorded = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Quick entry"))
        self.setModal(False)
        rows = member_service.list_members(context.uow())
        self._directory = contacts.list_contacts(context.uow())

        self.tabs = QTabWidget()
        self.tabs.addTab(self._referral_tab(rows), self.tr("&Referral"))
        self.tabs.addTab(self._closed_tab(rows), self.tr("&Closed business"))
        self.tabs.addTab(self._one_to_one_tab(rows), self.tr("&One-to-one"))
        self.presentation = PresentationForm(context, rows)
        self.tabs.addTab(self.presentation, self.tr("&Presentation"))
        self.tabs.currentChanged.connect(lambda _i: self._first_field().setFocus())

        self.message = PlainLabel()
        self.message.setObjectName("quick_entry_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton(self.tr("Record (Enter)"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does the dialog keep it as its main default,
        # the one Enter presses whatever field has the focus.
        self.record_button.setDefault(True)
        for number in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self.tabs.setCurrentIndex(n))

        remembered = QSettings().value(GIVER_KEY)
        if remembered is not None:
            self.giver.set_member(int(remembered))
        self.resize(560, 360)

    # -- forms ---------------------------------------------------------------------
    def _date(self, name: str) -> QDateEdit:
        return date_edit(name, latest=date.today())

    def _member(self, name: str, rows: list) -> MemberField:  # type: ignore[type-arg]
        field = MemberField()
        field.setObjectName(name)
        field.set_members(rows)
        return field

    def _error_label(self) -> QLabel:
        error = PlainLabel()
        look.paint(error, "error")
        error.setWordWrap(True)
        error.hide()
        return error

    def _referral_tab(self, rows: list) -> QWidget:  # type: ignore[type-arg]
        """The fields in the journal's order; Tab goes down them as they are shown."""
        self.referral_date = self._date("referral_date")
        self.giver = self._member("giver", rows)
        self.receiver = self._member("receiver", rows)
        self.external = QCheckBox(self.tr("To a &non-member"))
        self.external.setObjectName("external")
        self.contact = self._contact("contact", self.tr("Name or company of the non-member"))
        self.contact.setEnabled(False)
        self.external.toggled.connect(self._toggle_external)
        self.prospect = self._contact("prospect", self.tr("Contact of the directory (optional)"))
        self.need = QLineEdit()
        self.need.setObjectName("need")
        self.temperature = QComboBox()
        self.temperature.setObjectName("temperature")
        for value in Temperature:
            self.temperature.addItem(tr_business(label(value)), value)
        self._reset_temperature()
        self.referral_error = self._error_label()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.referral_date)
        form.addRow(self.tr("&Giver"), self.giver)
        form.addRow(self.tr("R&eceiver"), self.receiver)
        form.addRow("", self.external)
        form.addRow(self.tr("Non-member"), self.contact)
        form.addRow(self.tr("Pro&spect"), self.prospect)
        form.addRow(self.tr("Ne&ed"), self.need)
        form.addRow(self.tr("&Temperature"), self.temperature)
        form.addRow(self.referral_error)
        return self._page(form)

    def _contact(self, name: str, placeholder: str) -> ContactField:
        field = ContactField()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.set_contacts(self._directory)
        return field

    def _reset_temperature(self) -> None:
        """Each referral starts warm: the last one's temperature says nothing of the next."""
        self.temperature.setCurrentIndex(self.temperature.findData(Temperature.WARM))

    def _closed_tab(self, rows: list) -> QWidget:  # type: ignore[type-arg]
        self.closed_date = self._date("closed_date")
        self.closed_receiver = self._member("closed_receiver", rows)
        self.closed_giver = self._member("closed_giver", rows)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("Amount in MAD excluding tax, e.g. 25 000"))
        self.repeat = QCheckBox(self.tr("Repeat business"))
        self.repeat.setObjectName("repeat")
        self.from_referral = QComboBox()
        self.from_referral.setObjectName("from_referral")
        self.from_referral.addItem(self.tr("No referral"), None)
        self.closed_receiver.member_changed.connect(self._load_referrals)
        self.closed_giver.member_changed.connect(self._load_referrals)
        self.closed_error = self._error_label()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.closed_date)
        form.addRow(self.tr("Closed &by"), self.closed_receiver)
        form.addRow(self.tr("&Thanks to"), self.closed_giver)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow("", self.repeat)
        form.addRow(self.tr("From referral"), self.from_referral)
        form.addRow(self.closed_error)
        return self._page(form)

    def _one_to_one_tab(self, rows: list) -> QWidget:  # type: ignore[type-arg]
        self.meeting_date = self._date("one_to_one_date")
        self.member_a = self._member("member_a", rows)
        self.member_b = self._member("member_b", rows)
        self.notes = QLineEdit()
        self.notes.setObjectName("one_to_one_notes")
        self.one_to_one_error = self._error_label()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.meeting_date)
        form.addRow(self.tr("&Member"), self.member_a)
        form.addRow(self.tr("&With"), self.member_b)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.one_to_one_error)
        return self._page(form)

    @staticmethod
    def _page(form: QFormLayout) -> QWidget:
        page = QWidget()
        page.setLayout(form)
        return page

    def _first_field(self) -> QWidget:
        index = self.tabs.currentIndex()
        if index == 0:
            return self.receiver if self.giver.member_id() else self.giver
        if index == 1:
            return self.closed_receiver
        if index == 3:
            return self.presentation.member
        return self.member_a

    def _toggle_external(self, external: bool) -> None:
        # The focus stays on the box: Tab then goes to the field it just enabled.
        self.receiver.setEnabled(not external)
        self.contact.setEnabled(external)

    def _load_referrals(self, *_args: object) -> None:
        """Offer the open referrals from this giver to this receiver; preselect the latest."""
        self.from_referral.clear()
        self.from_referral.addItem(self.tr("No referral"), None)
        giver, receiver = self.closed_giver.member_id(), self.closed_receiver.member_id()
        if giver is None or receiver is None:
            return
        journal = referrals.referral_journal(self.context.uow(), JournalFilter(
            giver_id=giver, receiver_member_id=receiver))
        for row in journal.rows:
            if row.status in OPEN_STATUSES:
                self.from_referral.addItem(f"{formatting.format_date(row.date)} \u2013 {row.need or ''}", row.id)
        self.from_referral.setCurrentIndex(1 if self.from_referral.count() > 1 else 0)

    # -- recording -----------------------------------------------------------------
    def accept(self) -> None:
        """Enter records the current form; the dialog stays open for the next item."""
        index = self.tabs.currentIndex()
        if index == 3:
            self._record_presentation()
            return
        action = (self._record_referral, self._record_closed, self._record_one_to_one)[index]
        error_label = (self.referral_error, self.closed_error, self.one_to_one_error)[index]
        error_label.hide()
        try:
            done = action()
        except ValidationError as error:
            self._show_error(error_label, error)
            return
        except CercleError as error:
            error_label.setText(tr_error(error))
            error_label.show()
            return
        if done:
            self.message.setText(done)
            self.context.data_changed.emit("referrals")
            self._first_field().setFocus()

    def _show_error(self, error_label: QLabel, error: ValidationError) -> None:
        error_label.setText(tr_error(error))
        error_label.show()
        fields: dict[str, QWidget] = {
            "giver": self.giver if self.tabs.currentIndex() == 0 else self.closed_giver,
            "receiver": self.receiver if self.tabs.currentIndex() == 0 else self.closed_receiver,
            "amount": self.amount, "member_a": self.member_a, "member_b": self.member_b,
            "need": self.need, "prospect": self.prospect,
            "date": (self.referral_date, self.closed_date, self.meeting_date)[self.tabs.currentIndex()],
        }
        widget = fields.get(error.field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        return edit.date().toPython()  # type: ignore[return-value]

    def _record_referral(self) -> str:
        prospect_id = self.prospect.contact_id()
        if prospect_id is None and not self.prospect.is_empty():
            raise ValidationError("prospect", referrals.MSG_UNKNOWN_CONTACT)
        contact_id = None
        if self.external.isChecked():
            contact_id = self._contact_id()
        row = referrals.record_referral(self.context.uow(), ReferralInput(
            day=self._day(self.referral_date), giver_id=self.giver.member_id(),
            receiver_member_id=None if self.external.isChecked() else self.receiver.member_id(),
            receiver_contact_id=contact_id, prospect_id=prospect_id, need=self.need.text(),
            temperature=self.temperature.currentData()))
        QSettings().setValue(GIVER_KEY, row.giver_id)
        for field in (self.receiver, self.contact, self.prospect, self.need):
            field.clear()
        self._reset_temperature()
        self.recorded.emit("referral")
        return self.tr("Referral recorded: {giver} to {receiver}.").format(
            giver=row.giver_name, receiver=row.receiver_name)

    def _contact_id(self) -> int | None:
        known = self.contact.contact_id()
        if known is not None or self.contact.is_empty():
            return known
        # A name not yet in the directory: add it as a beneficiary, to be completed there.
        row = contacts.create_contact(self.context.uow(), ContactInput(
            kind=ContactKind.BENEFICIARY, last_name=self.contact.typed_name()))
        for field in (self.contact, self.prospect):
            field.add_contact(row)
        return row.id

    def _record_closed(self, confirm_large: bool = False) -> str:
        data = ClosedBusinessInput(
            day=self._day(self.closed_date), receiver_id=self.closed_receiver.member_id(),
            amount=formatting.parse_money(self.amount.text()), giver_id=self.closed_giver.member_id(),
            referral_id=self.from_referral.currentData(), is_new=not self.repeat.isChecked())
        try:
            row = business.record_closed_business(self.context.uow(), data, confirm_large=confirm_large)
        except ValidationError as error:
            if error.message != MSG_AMOUNT_LARGE or not confirm_large_amount(self, data.amount):
                raise
            return self._record_closed(confirm_large=True)
        self.amount.clear()
        self.closed_receiver.clear()
        self.closed_giver.clear()
        self.repeat.setChecked(False)
        self.recorded.emit("closed_business")
        return self.tr("Closed business recorded: {amount} for {receiver}.").format(
            amount=formatting.format_money(row.amount), receiver=row.receiver_name)

    def _record_one_to_one(self) -> str:
        row = business.record_one_to_one(self.context.uow(), self._day(self.meeting_date),
                                         self.member_a.member_id(), self.member_b.member_id(),
                                         self.notes.text())
        self.member_b.clear()
        self.notes.clear()
        self.recorded.emit("one_to_one")
        return self.tr("One-to-one recorded: {a} and {b}.").format(a=row.member_a_name, b=row.member_b_name)

    def _record_presentation(self) -> None:
        form = self.presentation
        try:
            row = form.record()
        except CercleError as error:
            form.show_error(error)
            return
        form.clear_for_next()
        self.recorded.emit("presentation")
        self.message.setText(self.tr("Presentation recorded: {member}, {date}.").format(
            member=row.member_name, date=formatting.format_date(row.date)))


def open_quick_entry(context: AppContext, parent: QWidget,
                     on_recorded: Callable[[str], None] | None = None, *, tab: int = 0) -> QuickEntryDialog:
    """Show the quick entry without blocking (it stays open beside the journal), on form ``tab``."""
    dialog = QuickEntryDialog(context, parent)
    dialog.tabs.setCurrentIndex(tab)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_recorded is not None:
        dialog.recorded.connect(on_recorded)
    dialog.show()
    dialog.activateWindow()
    return dialog

"""Correct one closed business: its date, who closed it, whom it thanks, the amount, its referral.

The form opens on the business as it is now in the database (not on a row shown earlier), so
a business whose referral was deleted meanwhile opens without it. Everything goes to
``update_closed_business`` in one call: a refused value shows its message under its field and
nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.business import MSG_AMOUNT_LARGE, OPEN_STATUSES, JournalFilter
from app.domain.errors import CercleError, ValidationError
from app.services import business, referrals
from app.services import members as member_service
from app.services.business import ClosedBusinessInput, ClosedBusinessRow
from app.services.conflicts import ConflictError
from ui.context import AppContext
from ui.dialogs.charter_form import FormDialog
from ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict, form_labels
from ui.i18n import tr_error
from ui.member_field import MemberField
from ui.widgets.date_edit import date_edit, date_of
from ui.widgets.message_box import Button, ask, warn


def confirm_large_amount(parent: QWidget, amount: Decimal) -> bool:
    """Ask before an amount over 100 million MAD is recorded (a typo more often than a deal)."""
    # First asked by the quick entry: the question keeps its catalogue context.
    question = QCoreApplication.translate("QuickEntryDialog", "{amount} is over 100 million MAD. Record it anyway?")
    answer = ask(parent, parent.windowTitle(), question.format(amount=formatting.format_money(amount)))
    return answer == Button.Yes


def referral_text(day: date, need: str | None) -> str:
    """How a referral is named in a list of closed business: its date and what was needed."""
    return f"{formatting.format_date(day)} \u2013 {need}" if need else formatting.format_date(day)


class ClosedBusinessDialog(FormDialog):
    """The form of one closed business; ``saved`` carries its id once corrected, ``deleted`` once
    deleted (or found deleted by someone else)."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, context: AppContext, row: ClosedBusinessRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setObjectName("closed_business_dialog")
        self.setWindowTitle(self.tr("Closed business of {date}").format(date=formatting.format_date(row.date)))
        self._build()
        self._load(row)
        self.receiver.member_changed.connect(self._offer_referrals)
        self.giver.member_changed.connect(self._offer_referrals)
        self.resize(520, self.sizeHint().height())

    def _build(self) -> None:
        people = member_service.list_members(self.context.uow())
        self.day = date_edit("closed_date", latest=date.today())
        self.receiver = MemberField()
        self.receiver.setObjectName("closed_receiver")
        self.giver = MemberField()
        self.giver.setObjectName("closed_giver")
        for field in (self.receiver, self.giver):
            field.set_members(people)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("Amount in MAD excluding tax, e.g. 25 000"))
        self.repeat = QCheckBox(self.tr("Repeat business"))
        self.repeat.setObjectName("repeat")
        self.referral = QComboBox()
        self.referral.setObjectName("from_referral")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        for caption, name, widget in (
            (self.tr("&Date"), "date", self.day), (self.tr("Closed &by"), "receiver", self.receiver),
            (self.tr("&Thanks to"), "giver", self.giver), (self.tr("&Amount"), "amount", self.amount),
            ("", "is_new", self.repeat), (self.tr("From &referral"), "referral", self.referral),
            (self.tr("&Notes"), "notes", self.notes),
        ):
            self.add_row(caption, name, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        remove = buttons.addButton(self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        remove.setObjectName("delete_closed_business")
        remove.setAutoDefault(False)
        remove.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _load(self, row: ClosedBusinessRow) -> None:
        self.day.setDate(QDate(row.date))
        self.receiver.set_member(row.receiver_id)
        self.giver.set_member(row.giver_id)
        self.amount.setText(formatting.format_money(row.amount))
        self.repeat.setChecked(not row.is_new)
        self.notes.setPlainText(row.notes or "")
        self._offer_referrals(chosen=row.referral_id)

    def _offer_referrals(self, *_args: object, chosen: int | None = None) -> None:
        """No referral, the one this business came from, and the open referrals from the member
        thanked to the one who closed it; the choice is kept while it is still offered."""
        if chosen is None:
            chosen = self.referral.currentData()
        self.referral.blockSignals(True)
        self.referral.clear()
        self.referral.addItem(self.tr("No referral"), None)
        if self.row.referral_id is not None and self.row.referral_date is not None:
            self.referral.addItem(referral_text(self.row.referral_date, self.row.referral_need),
                                  self.row.referral_id)
        giver, receiver = self.giver.member_id(), self.receiver.member_id()
        if giver is not None and receiver is not None:
            journal = referrals.referral_journal(self.context.uow(), JournalFilter(
                giver_id=giver, receiver_member_id=receiver))
            for ref in journal.rows:
                if ref.status in OPEN_STATUSES and ref.id != self.row.referral_id:
                    self.referral.addItem(referral_text(ref.date, ref.need), ref.id)
        self.referral.setCurrentIndex(max(self.referral.findData(chosen), 0))
        self.referral.blockSignals(False)

    # -- saving --------------------------------------------------------------------
    def current_input(self) -> ClosedBusinessInput:
        return ClosedBusinessInput(
            day=date_of(self.day), receiver_id=self.receiver.member_id(),
            amount=formatting.parse_money(self.amount.text()), giver_id=self.giver.member_id(),
            referral_id=self.referral.currentData(), is_new=not self.repeat.isChecked(),
            notes=self.notes.toPlainText())

    def save(self, *, confirm_large: bool = False) -> None:
        self.clear_errors()
        try:
            data = self.current_input()
            # The version this form loaded: a save over someone else's is refused (no lost update).
            saved = business.update_closed_business(self.context.uow(), self.row.id, data,
                                                    confirm_large=confirm_large,
                                                    expected_version=self.row.version)
        except ConflictError as conflict:
            self._resolve_conflict(conflict, confirm_large)
            return
        except ValidationError as error:
            if error.message == MSG_AMOUNT_LARGE and not confirm_large and confirm_large_amount(
                    self, formatting.parse_money(self.amount.text())):
                self.save(confirm_large=True)
                return
            self._show(error)
            return
        except CercleError as error:
            self._show(error)
            return
        self.row = saved
        self.saved.emit(saved.id)
        self.accept()

    def delete(self) -> None:
        """Delete this business once the secretary confirms it, named as it was loaded."""
        row = self.row
        values = {"amount": formatting.format_money(row.amount), "receiver": row.receiver_name,
                  "giver": row.giver_name, "date": formatting.format_date(row.date)}
        question = self.tr("Delete the closed business of {amount} closed by {receiver} thanks to {giver} "
                           "on {date}?") if row.giver_name else self.tr(
                           "Delete the closed business of {amount} closed by {receiver} on {date}?")
        if ask(self, self.tr("Delete"), question.format(**values)) != Button.Yes:
            return
        try:
            business.delete_closed_business(self.context.uow(), row.id)
        except CercleError as error:  # deleted by someone else meanwhile
            warn(self, self.tr("Delete"), tr_error(error))
        self.deleted.emit(row.id)
        self.discard()

    def _show(self, error: CercleError) -> None:
        self.show_error(error)
        widget = self.form_field(getattr(error, "field", ""))
        if widget is not None:
            widget.setFocus()

    def form_field(self, name: str) -> QWidget | None:
        return {"date": self.day, "receiver": self.receiver, "giver": self.giver, "amount": self.amount,
                "referral": self.referral, "notes": self.notes}.get(name)

    def _resolve_conflict(self, conflict: ConflictError, confirm_large: bool) -> None:
        """Someone changed this business meanwhile: show what differs; reload, or overwrite knowingly."""
        fields = {"date": self.day, "receiver_id": self.receiver, "giver_id": self.giver,
                  "referral_id": self.referral, "amount": self.amount, "is_new": self.repeat,
                  "notes": self.notes}
        choice = ask_conflict(conflict, form_labels(self, fields), self)
        if choice is ConflictChoice.OVERWRITE and conflict.current_version is not None:
            self.row = replace(self.row, version=conflict.current_version)
            self.save(confirm_large=confirm_large)
        elif choice is ConflictChoice.RELOAD and conflict.current_version is None:
            self.discard()
        elif choice is ConflictChoice.RELOAD:
            self.row = business.get_closed_business(self.context.uow(), self.row.id)
            self._load(self.row)
            self.mark_clean()


def open_closed_business(context: AppContext, closed_id: int, parent: QWidget) -> ClosedBusinessDialog | None:
    """Open the form on the business as stored now; say so if it was deleted meanwhile."""
    try:
        row = business.get_closed_business(context.uow(), closed_id)
    except CercleError as error:
        warn(parent, QCoreApplication.translate("ClosedBusinessDialog", "Closed business"), tr_error(error))
        context.data_changed.emit("referrals")
        return None
    dialog = ClosedBusinessDialog(context, row, parent)
    dialog.saved.connect(lambda _id: context.data_changed.emit("referrals"))
    dialog.deleted.connect(lambda _id: context.data_changed.emit("referrals"))
    dialog.open()
    return dialog

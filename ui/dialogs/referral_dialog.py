"""Correct a referral of the journal, see the business it led to, or delete it.

The form sends everything to ``update_referral``: a refused value shows its message under
the form and nothing is saved. Deleting a referral with closed business asks whether that
business is kept (detached from the referral) or deleted too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.business import ReferralStatus, Temperature, label
from app.domain.errors import CercleError, ValidationError
from app.services import business, contacts, referrals
from app.services import members as member_service
from app.services.conflicts import ConflictError
from app.services.referrals import LinkedBusiness, ReferralHasBusinessError, ReferralInput, ReferralRow
from ui.contact_field import ContactField
from ui.context import AppContext
from ui.i18n import tr_error
from ui.member_field import MemberField
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.form import EditDialog
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, Icon, Role, ask, clicked_in, message_box, warn


def tr_business(text: str) -> str:
    return QCoreApplication.translate("Business", text)


class ReferralDialog(EditDialog):
    """The form of one referral of the journal; ``saved`` carries its id once corrected."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, context: AppContext, row: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Referral of {date}").format(date=formatting.format_date(row.date)))
        self.error = PlainLabel()
        self.error.setObjectName("referral_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._fields())
        layout.addWidget(self.error)
        self._business_box()
        layout.addWidget(self.closed_box)
        layout.addWidget(self.no_business)
        layout.addLayout(self._buttons())
        self._load(row)
        self.resize(520, self.sizeHint().height())

    def _fields(self) -> QFormLayout:
        """The referral's fields, in the order of the journal's columns."""
        people = member_service.list_members(self.context.uow())
        directory = contacts.list_contacts(self.context.uow())
        self.day = date_edit("referral_date", latest=date.today())
        self.giver = MemberField()
        self.giver.setObjectName("giver")
        self.giver.set_members(people)
        self.receiver = MemberField()
        self.receiver.setObjectName("receiver")
        self.receiver.set_members(people)
        self.external = QCheckBox(self.tr("To a &non-member"))
        self.external.setObjectName("external")
        self.beneficiary = ContactField()
        self.beneficiary.setObjectName("beneficiary")
        self.beneficiary.setPlaceholderText(self.tr("Name or company of the non-member"))
        self.beneficiary.set_contacts(directory)
        self.external.toggled.connect(self._toggle_external)
        self.prospect = ContactField()
        self.prospect.setObjectName("prospect")
        self.prospect.setPlaceholderText(self.tr("Contact of the directory (optional)"))
        self.prospect.set_contacts(directory)
        self.need = QPlainTextEdit()
        self.need.setObjectName("need")
        self.need.setTabChangesFocus(True)
        self.need.setFixedHeight(64)
        self.temperature = QComboBox()
        self.temperature.setObjectName("temperature")
        for value in Temperature:
            self.temperature.addItem(tr_business(label(value)), value)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for value in ReferralStatus:
            self.status.addItem(tr_business(label(value)), value)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Giver"), self.giver)
        form.addRow(self.tr("R&eceiver"), self.receiver)
        form.addRow("", self.external)
        form.addRow(self.tr("Non-member"), self.beneficiary)
        form.addRow(self.tr("&Prospect"), self.prospect)
        form.addRow(self.tr("Ne&ed"), self.need)
        form.addRow(self.tr("&Temperature"), self.temperature)
        form.addRow(self.tr("&Status"), self.status)
        return form

    def _business_box(self) -> None:
        """The closed business that came from this referral (filled by ``_load``)."""
        self.closed = QTableWidget(0, 4)
        self.closed.setObjectName("referral_closed_business")
        self.closed.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Closed by"), self.tr("Amount"), self.tr("New or repeat")]
        )
        self.closed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closed.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.closed.verticalHeader().hide()
        self.closed.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.closed.horizontalHeader().setStretchLastSection(True)
        self.closed_box = QGroupBox(self.tr("Closed business from this referral"))
        QVBoxLayout(self.closed_box).addWidget(self.closed)
        self.no_business = PlainLabel(self.tr("No closed business from this referral yet."))
        self.no_business.setObjectName("no_closed_business")

    def _buttons(self) -> QHBoxLayout:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # Apart from Save and Cancel, on the left: deleting is not the way out of the form.
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete_referral")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        return bottom

    def _load(self, row: ReferralRow) -> None:
        self.day.setDate(QDate(row.date.year, row.date.month, row.date.day))
        self.giver.set_member(row.giver_id)
        external = row.receiver_member_id is None
        self.external.setChecked(external)
        self._toggle_external(external)
        self.receiver.set_member(row.receiver_member_id)
        self.beneficiary.set_contact(row.receiver_contact_id)
        self.prospect.set_contact(row.prospect_id)
        self.need.setPlainText(row.need or "")
        self.temperature.setCurrentIndex(self.temperature.findData(row.temperature))
        self.status.setCurrentIndex(self.status.findData(row.status))
        linked = business.referral_closed_business(self.context.uow(), row.id)
        self.closed.setRowCount(len(linked))
        for line, item in enumerate(linked):
            cells = (
                formatting.format_date(item.date),
                f"{item.receiver_number} {item.receiver_name}",
                formatting.format_money(item.amount),
                self.tr("New business") if item.is_new else self.tr("Repeat business"),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.closed.setItem(line, column, cell)
        self.closed_box.setVisible(bool(linked))
        self.no_business.setVisible(not linked)
        self.closed.setFixedHeight(min(120, 32 + 28 * len(linked)))
        self.closed_box.setTitle(self.tr("Closed business from this referral ({count})").format(count=len(linked)))

    def _toggle_external(self, external: bool) -> None:
        self.receiver.setEnabled(not external)
        self.beneficiary.setEnabled(external)

    # -- saving --------------------------------------------------------------------
    def current_input(self) -> ReferralInput:
        """What the form holds; a contact name not found in the directory is refused."""
        external = self.external.isChecked()
        beneficiary = self.beneficiary.contact_id() if external else None
        if external and beneficiary is None:
            raise ValidationError("receiver", referrals.MSG_UNKNOWN_CONTACT)
        prospect = self.prospect.contact_id()
        if prospect is None and not self.prospect.is_empty():
            raise ValidationError("prospect", referrals.MSG_UNKNOWN_CONTACT)
        return ReferralInput(
            day=self.day.date().toPython(),  # type: ignore[arg-type]
            giver_id=self.giver.member_id(),
            receiver_member_id=None if external else self.receiver.member_id(),
            receiver_contact_id=beneficiary,
            prospect_id=prospect,
            need=self.need.toPlainText(),
            temperature=self.temperature.currentData(),
            status=self.status.currentData(),
        )

    def save(self, *, confirm_backwards: bool = False) -> None:
        self.error.hide()
        try:
            data = self.current_input()
            # The version this form loaded: a save over someone else's is refused (no lost update).
            saved = referrals.update_referral(
                self.context.uow(), self.row.id, data, confirm_backwards=confirm_backwards,
                expected_version=self.row.version,
            )
        except ConflictError as conflict:
            self._resolve_conflict(conflict, confirm_backwards)
            return
        except ValidationError as error:
            if error.field == "status" and not confirm_backwards:
                answer = ask(self, self.windowTitle(), tr_error(error))
                if answer == Button.Yes:
                    self.save(confirm_backwards=True)
                    return
            self._show_error(error)
            return
        except CercleError as error:
            self._show_error(error)
            return
        self.row = saved
        self.saved.emit(saved.id)
        self.accept()

    def _resolve_conflict(self, conflict: ConflictError, confirm_backwards: bool) -> None:
        """Someone saved this referral meanwhile: show what differs; reload, or overwrite knowingly."""
        from dataclasses import replace

        from ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict, form_labels

        fields = {"date": self.day, "giver_id": self.giver, "receiver_member_id": self.receiver,
                  "receiver_contact_id": self.beneficiary, "prospect_id": self.prospect, "need": self.need,
                  "temperature": self.temperature, "status": self.status}
        choice = ask_conflict(conflict, form_labels(self, fields), self)
        if choice is ConflictChoice.OVERWRITE and conflict.current_version is not None:
            self.row = replace(self.row, version=conflict.current_version)
            self.save(confirm_backwards=confirm_backwards)
        elif choice is ConflictChoice.RELOAD and conflict.current_version is None:
            self.discard()
        elif choice is ConflictChoice.RELOAD:
            self.row = referrals.get_referral(self.context.uow(), self.row.id)
            self._load(self.row)
            self.mark_clean()

    def _show_error(self, error: CercleError) -> None:
        self.error.setText(tr_error(error))
        self.error.show()
        fields: dict[str, QWidget] = {
            "date": self.day,
            "giver": self.giver,
            "receiver": self.beneficiary if self.external.isChecked() else self.receiver,
            "prospect": self.prospect,
            "need": self.need,
            "status": self.status,
        }
        widget = fields.get(getattr(error, "field", ""))
        if widget is not None:
            widget.setFocus()

    def delete(self) -> None:
        if delete_referral_flow(self, self.context, self.row):
            self.deleted.emit(self.row.id)
            self.accept()


# ----------------------------------------------------------------------------- deleting


DELETE_QUESTION = QT_TRANSLATE_NOOP("ReferralsPage", "Delete the referral of {date} from {giver} to {receiver}?")


def _tr_page(text: str) -> str:
    # These questions were first asked by the journal page: keep their catalogue context.
    return QCoreApplication.translate("ReferralsPage", text)


def ask_linked_business(parent: QWidget, error: ReferralHasBusinessError) -> LinkedBusiness | None:
    """Keep the closed business (detached), delete it too, or cancel (``None``)."""
    translate = QCoreApplication.translate
    box = message_box(parent, Icon.Question, translate("ReferralsPage", "Delete"), translate(
        "ReferralsPage", "This referral led to {count} closed business worth {amount}. What should happen to it?"
    ).format(count=error.count, amount=formatting.format_money(error.amount)), Button.Cancel)
    box.setObjectName("linked_business_box")
    keep = box.addButton(translate("ReferralsPage", "Keep it, without the referral"), Role.AcceptRole)
    keep.setObjectName("keep_business")
    remove = box.addButton(translate("ReferralsPage", "Delete it too"), Role.DestructiveRole)
    remove.setObjectName("delete_business")
    box.button(Button.Cancel).setObjectName("cancel_delete")
    box.setDefaultButton(keep)
    clicked = clicked_in(box)
    if clicked is keep:
        return LinkedBusiness.DETACH
    if clicked is remove:
        return LinkedBusiness.DELETE
    return None


def delete_referral_flow(parent: QWidget, context: AppContext, row: ReferralRow) -> bool:
    """Ask, delete, and ask again about linked business; True once the referral is gone."""
    answer = ask(
        parent,
        _tr_page("Delete"),
        _tr_page(DELETE_QUESTION).format(
            date=formatting.format_date(row.date), giver=row.giver_name, receiver=row.receiver_name
        ),
    )
    if answer != Button.Yes:
        return False
    linked: LinkedBusiness | None = None
    while True:
        try:
            referrals.delete_referral(context.uow(), row.id, linked)
        except ReferralHasBusinessError as error:
            linked = ask_linked_business(parent, error)
            if linked is None:
                return False
            continue
        except CercleError as error:
            warn(parent, _tr_page("Delete"), tr_error(error))
            return False
        context.data_changed.emit("referrals")
        return True

"""The form of one contact of the directory (a non-member), with the member they became."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.business import ContactKind, label
from app.domain.errors import CercleError, ValidationError
from app.domain.guests import FollowUp
from app.domain.guests import label as follow_up_label
from app.services import contacts, reference
from app.services import members as member_service
from app.services.contacts import ContactInput, ContactRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.member_field import MemberField


class ContactDialog(QDialog):
    """New or existing contact; errors appear under the form, nothing is saved until valid."""

    contact_saved = Signal(int)

    def __init__(self, context: AppContext, row: ContactRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Contact") if row else self.tr("New contact"))
        self.kind = QComboBox()
        for kind in ContactKind:
            self.kind.addItem(QCoreApplication.translate("Business", label(kind)), kind)
        self.fields = {name: QLineEdit() for name in ("first_name", "last_name", "company", "phone", "email")}
        for name, field in self.fields.items():
            field.setObjectName(name)
        self.sector = QComboBox()
        self.sector.addItem("", None)
        for item in reference.list_items(context.uow(), "sector", include_retired=False):
            self.sector.addItem(item.name, item.id)
        self.follow_up = QComboBox()
        self.follow_up.addItem(QCoreApplication.translate("Guests", follow_up_label(None)), None)
        for value in FollowUp:
            self.follow_up.addItem(QCoreApplication.translate("Guests", follow_up_label(value)), value)
        self.member = MemberField()
        self.member.setObjectName("member")
        self.member.set_members(member_service.list_members(context.uow()))
        self.notes = QPlainTextEdit()
        self.error = QLabel()
        self.error.setObjectName("contact_error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        for name, caption in (("first_name", self.tr("First name")), ("last_name", self.tr("Last name")),
                              ("company", self.tr("Company")), ("phone", self.tr("Phone")),
                              ("email", self.tr("E-mail"))):
            form.addRow(caption, self.fields[name])
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Recruitment follow-up"), self.follow_up)
        form.addRow(self.tr("Became member"), self.member)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if row is not None:
            self._load(row)

    def _load(self, row: ContactRow) -> None:
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        for name, field in self.fields.items():
            field.setText(getattr(row, name) or "")
        self.sector.setCurrentIndex(max(self.sector.findData(row.sector_id), 0))
        self.follow_up.setCurrentIndex(max(self.follow_up.findData(row.follow_up), 0))
        self.member.set_member(row.member_id)
        self.notes.setPlainText(row.notes or "")

    def current_input(self) -> ContactInput:
        text = {name: field.text() for name, field in self.fields.items()}
        return ContactInput(kind=self.kind.currentData(), sector_id=self.sector.currentData(),
                            follow_up=self.follow_up.currentData(), notes=self.notes.toPlainText(), **text)

    def save(self) -> None:
        try:
            if self.row is None:
                saved = contacts.create_contact(self.context.uow(), self.current_input())
            else:
                saved = contacts.update_contact(self.context.uow(), self.row.id, self.current_input())
            member_id = self.member.member_id()
            if member_id != saved.member_id:
                saved = (contacts.link_to_member(self.context.uow(), saved.id, member_id) if member_id
                         else contacts.unlink_member(self.context.uow(), saved.id))
        except ValidationError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            field = self.fields.get(error.field)
            if field is not None:
                field.setFocus()
            return
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        self.row = saved
        self.contact_saved.emit(saved.id)
        self.accept()

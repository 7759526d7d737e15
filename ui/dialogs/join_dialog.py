"""A contact of the directory joins the club: confirm chapter and join date, create the member.

The member record is prefilled from the contact (``member_input_from_contact``) and the contact
is then linked to it (``link_to_member``), so the referrals and visits from before they joined
stay attached. The rest of the member record is completed afterwards in the members page.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.domain.errors import CercleError, ValidationErrors
from app.domain.members import MemberInput
from app.services import contacts, reference
from app.services import members as member_service
from app.services.contacts import ContactRow
from app.services.members import DuplicateMemberError
from ui.context import AppContext
from ui.i18n import tr_error
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, ask


class JoinClubDialog(QDialog):
    """``joined`` carries the new member's id once created and linked to the contact."""

    joined = Signal(int)

    def __init__(self, context: AppContext, contact: ContactRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.contact = contact
        self.member_id: int | None = None
        self.prefill: MemberInput = contacts.member_input_from_contact(context.uow(), contact.id)
        self.setWindowTitle(self.tr("{name} becomes a member").format(name=contact.name))
        intro = PlainLabel(self.tr(
            "A member record will be created from this contact (name, company, sector, phone, "
            "e-mail) and linked to it: their referrals and visits stay in their history. "
            "Complete the record afterwards in the members page."))
        intro.setWordWrap(True)
        who = PlainLabel(" \u2013 ".join(part for part in (
            " ".join(p for p in (self.prefill.first_name, self.prefill.last_name) if p),
            self.prefill.company, self.prefill.mobile, self.prefill.email) if part))
        who.setObjectName("join_who")
        # The member record needs what a contact may lack (a company): shown prefilled, editable.
        self.fields = {name: QLineEdit(getattr(self.prefill, name)) for name in
                       ("first_name", "last_name", "company")}
        for name, field in self.fields.items():
            field.setObjectName(f"join_{name}")
        self.chapter = QComboBox()
        self.chapter.setObjectName("join_chapter")
        self.chapter.addItem("", None)
        for item in reference.list_items(context.uow(), "chapter", include_retired=False):
            self.chapter.addItem(item.name, item.id)
        self.join_date = date_edit("join_date")
        self.error = PlainLabel()
        self.error.setObjectName("join_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Contact"), who)
        self.captions = {"first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                         "company": self.tr("Company"), "chapter_id": self.tr("Chapter"),
                         "join_date": self.tr("Join date")}
        for name, field in self.fields.items():
            form.addRow(self.captions[name], field)
        form.addRow(self.tr("&Chapter"), self.chapter)
        form.addRow(self.tr("&Join date"), self.join_date)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the member"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(500, self.sizeHint().height())

    def member_input(self) -> MemberInput:
        return replace(self.prefill, chapter_id=self.chapter.currentData(),
                       join_date=self.join_date.date().toPython(),
                       **{name: field.text() for name, field in self.fields.items()})

    def create(self, *, allow_duplicate: bool = False) -> None:
        self.error.hide()
        try:
            member = member_service.create_member(self.context.uow(), self.member_input(),
                                                  allow_duplicate=allow_duplicate)
        except DuplicateMemberError as error:
            answer = ask(self, self.windowTitle(), "{}\n\n{}".format(
                tr_error(error), self.tr("Create a new member anyway?")))
            if answer == Button.Yes:
                self.create(allow_duplicate=True)
            return
        except ValidationErrors as errors:
            self.error.setText("\n".join(
                self.tr("{field}: {message}").format(field=self.captions.get(field, field),
                                                     message=tr_error(error))
                for field, error in errors.errors.items()))
            self.error.show()
            first = next(iter(errors.errors))
            widget = self.fields.get(first) or {"chapter_id": self.chapter}.get(first)
            if widget is not None:
                widget.setFocus()
            return
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        try:
            contacts.link_to_member(self.context.uow(), self.contact.id, member.id)
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        self.member_id = member.id
        self.context.data_changed.emit("members")
        self.joined.emit(member.id)
        self.accept()

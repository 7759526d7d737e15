"""The form of one contact of the directory (a non-member), with the member they became.

An existing contact also shows their history, read-only: the members who referred them,
received a referral about them or invited them to a meeting, and their visits. "Becomes a
member…" creates their member record from the contact and links the two.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import formatting
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
from ui.widgets import look
from ui.widgets.form import EditDialog
from ui.widgets.label import PlainLabel


class ContactDialog(EditDialog):
    """New or existing contact; errors appear under the form, nothing is saved until valid."""

    contact_saved = Signal(int)

    def __init__(self, context: AppContext, row: ContactRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Contact") if row else self.tr("New contact"))
        self.kind = QComboBox()
        self.kind.setObjectName("contact_kind")
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
        self.error = PlainLabel()
        self.error.setObjectName("contact_error")
        look.paint(self.error, "error")
        self.error.hide()
        self.history = QTableWidget(0, 3)
        self.history.setObjectName("contact_history")
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Member"), self.tr("Link")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history_summary = PlainLabel()
        self.history_summary.setObjectName("contact_history_summary")
        self.history_summary.setWordWrap(True)
        self.history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_summary)
        history_layout.addWidget(self.history)
        self.join_button = QPushButton(self.tr("Becomes a member…"))
        self.join_button.setObjectName("become_member")
        self.join_button.setAutoDefault(False)
        self.join_button.setToolTip(self.tr("Create their member record from this contact; "
                                            "their history stays attached"))
        self.join_button.clicked.connect(self.become_member)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        for name, caption in (("first_name", self.tr("First name")), ("last_name", self.tr("Last name")),
                              ("company", self.tr("Company")), ("phone", self.tr("Phone")),
                              ("email", self.tr("E-mail"))):
            form.addRow(caption, self.fields[name])
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Recruitment follow-up"), self.follow_up)
        became = QHBoxLayout()
        became.addWidget(self.member, 1)
        became.addWidget(self.join_button)
        form.addRow(self.tr("Became member"), became)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(self.history_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.history_box.setVisible(row is not None)
        self.join_button.setVisible(row is not None)
        if row is not None:
            self._load(row)
            self._load_history(row.id)
            self.resize(1000, self.sizeHint().height())

    def _load(self, row: ContactRow) -> None:
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        for name, field in self.fields.items():
            field.setText(getattr(row, name) or "")
        self.sector.setCurrentIndex(max(self.sector.findData(row.sector_id), 0))
        self.follow_up.setCurrentIndex(max(self.follow_up.findData(row.follow_up), 0))
        self.member.set_member(row.member_id)
        self.notes.setPlainText(row.notes or "")
        self.join_button.setEnabled(row.member_id is None)

    def _load_history(self, contact_id: int) -> None:
        """Who referred, received or invited them, newest first (read-only)."""
        history = contacts.contact_history(self.context.uow(), contact_id)
        self.history.setRowCount(len(history.links))
        for line, link in enumerate(history.links):
            cells = (formatting.format_date(link.date), f"{link.member_number} {link.member_name}",
                     QCoreApplication.translate("Business", label(link.relation)))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.history.setItem(line, column, cell)
        contact = history.contact
        summary = self.tr("{referrals} referrals, {visits} meeting visits").format(
            referrals=contact.referrals, visits=contact.visits)
        if contact.member_number is not None:
            summary += " – " + self.tr("member no. {number} since joining").format(
                number=contact.member_number)
        self.history_summary.setText(summary)

    def become_member(self) -> None:
        """Confirm chapter and join date, create the member prefilled from the contact, link them."""
        if self.row is None or self.row.member_id is not None:
            return
        from ui.dialogs.join_dialog import JoinClubDialog

        dialog = JoinClubDialog(self.context, self.row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.joined.connect(self._joined)
        self.join_dialog = dialog
        dialog.open()

    def _joined(self, member_id: int) -> None:
        self.member.set_members(member_service.list_members(self.context.uow()))
        self.row = contacts.get_contact(self.context.uow(), self.row.id if self.row else 0)
        self.member.set_member(member_id)
        self.join_button.setEnabled(False)
        self._load_history(self.row.id)
        self.contact_saved.emit(self.row.id)

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

"""Record a guest at a meeting; a returning guest is recognised by phone, e-mail or name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.domain.errors import CercleError, ValidationError
from app.services import guests
from app.services.attendance import SheetRow
from app.services.guests import GuestDraft, GuestRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.widgets import look
from ui.widgets.label import PlainLabel


class GuestDialog(QDialog):
    """The guest's name, company and contact details, and the member who invited them."""

    def __init__(self, context: AppContext, meeting_id: int, members: Sequence[SheetRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.saved: GuestRow | None = None
        self.setWindowTitle(self.tr("New guest"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, caption in (
            ("last_name", self.tr("Last name")), ("first_name", self.tr("First name")),
            ("company", self.tr("Company")), ("phone", self.tr("Phone")), ("email", self.tr("E-mail")),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            form.addRow(caption, edit)
        self.invited_by = QComboBox()
        self.invited_by.setObjectName("invited_by")
        self.invited_by.addItem(self.tr("(nobody)"), None)
        for member in sorted(members, key=lambda m: (m.last_name.casefold(), m.first_name.casefold())):
            self.invited_by.addItem(f"{member.last_name} {member.first_name} ({member.number})", member.member_id)
        self.invited_by.setEditable(True)
        self.invited_by.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.invited_by.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        form.addRow(self.tr("Invited by"), self.invited_by)
        self.error = PlainLabel()
        self.error.setObjectName("guest_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def draft(self) -> GuestDraft:
        text = {name: edit.text() for name, edit in self.fields.items()}
        return GuestDraft(invited_by_id=self.invited_by.currentData(), **text)

    def save(self) -> None:
        try:
            self.saved = guests.add_guest(self.context.uow(), self.meeting_id, self.draft())
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            if isinstance(error, ValidationError) and error.field in self.fields:
                self.fields[error.field].setFocus()
            return
        self.accept()

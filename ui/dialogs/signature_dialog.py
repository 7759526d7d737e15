"""Record the date a member signed a version of the charter."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app import formatting
from app.domain.errors import CercleError
from app.services import charter as charter_service
from app.services import members as member_service
from ui.context import AppContext
from ui.dialogs.charter_form import FormDialog
from ui.member_field import MemberField
from ui.widgets.date_edit import date_edit, date_of


class SignatureDialog(FormDialog):
    """Member (given or picked), version (the current one unless told) and the date signed."""

    def __init__(self, context: AppContext, member_id: int | None = None, version_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("signature_dialog")
        self.setWindowTitle(self.tr("Record a signature of the charter"))
        self.setMinimumWidth(480)
        self.member = MemberField()
        self.member.setObjectName("member")
        self.member.set_members(member_service.list_members(context.uow()))
        self.member.set_member(member_id)
        self.version = QComboBox()
        self.version.setObjectName("version")
        for row in charter_service.list_versions(context.uow()):
            self.version.addItem(self.tr("Version {version}, adopted on {date}").format(
                version=row.label, date=formatting.format_date(row.adopted_on)), row.id)
        if version_id is not None:
            self.version.setCurrentIndex(max(self.version.findData(version_id), 0))
        self.signed_on = date_edit("signed_on")
        self.add_row(self.tr("Member"), "member_id", self.member)
        self.add_row(self.tr("Charter version"), "version", self.version)
        self.add_row(self.tr("Signed on"), "signed_on", self.signed_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("ok")
        ok.setText(self.tr("Record"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        (self.signed_on if member_id is not None else self.member).setFocus()

    def save(self) -> None:
        member_id = self.member.member_id()
        if member_id is None:
            self.clear_errors()
            self.errors["member_id"].setText(self.tr("Choose the member."))
            self.errors["member_id"].show()
            return
        try:
            charter_service.record_signature(self.context.uow(), member_id, date_of(self.signed_on),
                                             self.version.currentData())
        except CercleError as error:
            self.show_error(error)
            return
        self.context.data_changed.emit("charter")
        self.accept()


def open_signature_dialog(context: AppContext, member_id: int | None, parent: QWidget | None,
                          version_id: int | None = None) -> bool:
    """Ask for a signature and record it; True when one was recorded."""
    dialog = SignatureDialog(context, member_id, version_id, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

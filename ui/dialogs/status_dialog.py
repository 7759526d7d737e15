"""Change a member's status (suspend, resign, exclude, reinstate) with its date and reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from app.domain.enums import MemberStatus
from app.domain.errors import CercleError
from app.domain.members import STATUS_CHANGES
from app.services import members as member_service
from app.services.members import MemberDetails
from ui.context import AppContext
from ui.i18n import tr_enum, tr_error
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel


class StatusDialog(QDialog):
    def __init__(self, context: AppContext, details: MemberDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.details = details
        self.result_details: MemberDetails | None = None
        self.setWindowTitle(self.tr("Change status"))
        self.status = QComboBox()
        self.status.setObjectName("new_status")
        for status in STATUS_CHANGES[details.status]:
            self.status.addItem(tr_enum(status), status)
        self.effective = date_edit("effective_date")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.error = PlainLabel()
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Current status"), PlainLabel(tr_enum(details.status)))
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("From"), self.effective)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        day = self.effective.date()
        status = MemberStatus(self.status.currentData())  # the combo gives the word back as a plain str
        try:
            self.result_details = member_service.change_status(
                self.context.uow(), self.details.id, status,
                date(day.year(), day.month(), day.day()), self.reason.toPlainText())
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        self.accept()

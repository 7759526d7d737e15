"""Expect a member at a meeting by hand (e.g. a member visiting from another chapter)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app import formatting
from app.domain.enums import MemberStatus
from app.domain.errors import CercleError
from app.services import meetings
from app.services import members as member_service
from app.services.meetings import MeetingRow
from app.services.members import MemberRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.member_field import MemberField
from ui.widgets import look
from ui.widgets.label import PlainLabel


class AddExpectedDialog(QDialog):
    """Type-ahead over the active members not already expected; OK calls the service.

    The service has the last word (activity on the meeting's date, already expected): its
    message is shown under the field and the dialog stays open. ``added_row`` holds the
    meeting's new counts once accepted.
    """

    def __init__(self, context: AppContext, meeting: MeetingRow, expected_ids: Collection[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.added_member_id: int | None = None
        self.added_row: MeetingRow | None = None
        self.setWindowTitle(self.tr("Add an expected member"))
        self.setMinimumWidth(460)
        expected = set(expected_ids)
        self.candidates: list[MemberRow] = [
            row for row in member_service.list_members(context.uow())
            if row.status is MemberStatus.ACTIVE and row.join_date <= meeting.date and row.id not in expected
        ]
        self.candidates.sort(key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), r.number))
        self._numbers = {row.id: row.number for row in self.candidates}

        intro = PlainLabel(self.tr(
            "Expect a member who is not of this meeting's chapter, e.g. one visiting from another "
            "antenna. Meeting of {date}.").format(date=formatting.format_date_long(meeting.date)))
        intro.setWordWrap(True)
        self.member = MemberField()
        self.member.setObjectName("expected_member")
        self.member.set_members(self.candidates)
        self.member.member_changed.connect(self._member_changed)
        self.member.returnPressed.connect(self.accept)
        self.error = PlainLabel()
        self.error.setObjectName("add_expected_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Member"), self.member)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.member.setFocus()

    def _member_changed(self, member_id: int | None) -> None:
        self.ok_button.setEnabled(member_id is not None)
        self.error.hide()

    def accept(self) -> None:
        member_id = self.member.member_id()
        if member_id is None:
            self.error.setText(self.tr("Choose a member from the list, or type their number."))
            self.error.show()
            return
        try:
            self.added_row = meetings.add_expected_member(
                self.context.uow(), self.meeting.id, self._numbers[member_id])
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        self.added_member_id = member_id
        super().accept()

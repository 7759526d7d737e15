"""The guests of a meeting, beside its attendance sheet, with their recruitment follow-up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CercleError
from app.domain.guests import FollowUp, label
from app.services import guests
from app.services.attendance import SheetRow
from app.services.guests import GuestRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel
from ui.widgets.columns import set_column_widths, set_read_only_rows
from ui.widgets.label import PlainLabel

GUEST_WIDTHS = (90, 90, 90, 56, 90)
# Guest, company and who invited them are read whole at the panel's narrowest, beside the sheet
# in a 1366-pixel window; the visits and the follow-up (also under the table) may scroll.
WHOLE_COLUMNS = 3


def tr_follow_up(value: FollowUp | None) -> str:
    return QCoreApplication.translate("Guests", label(value))


def guest_columns() -> list[Column[GuestRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Guest"), lambda r: r.full_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company),
        Column(QT_TRANSLATE_NOOP("Columns", "Invited by"), lambda r: r.invited_by),
        Column(QT_TRANSLATE_NOOP("Columns", "Visits"), lambda r: r.visits, align=Qt.AlignmentFlag.AlignRight,
               tooltip=lambda r: QCoreApplication.translate("GuestsPanel", "Came before: recognised")
               if r.recognised else None),
        Column(QT_TRANSLATE_NOOP("Columns", "Follow-up"), lambda r: tr_follow_up(r.follow_up)),
    ]


class GuestsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.members: Sequence[SheetRow] = ()
        self.model: DataclassTableModel[GuestRow] = DataclassTableModel(guest_columns(), self)
        title = PlainLabel(self.tr("Guests"))
        title.setObjectName("section_title")
        self.add_button = QPushButton(icon("add.svg"), self.tr("Add a guest"))
        self.add_button.setObjectName("add_guest")
        self.add_button.clicked.connect(self.add_guest)
        self.remove_button = QPushButton(icon("delete.svg"), "")
        self.remove_button.setToolTip(self.tr("Remove the selected guest from this meeting"))
        self.remove_button.clicked.connect(self.remove_guest)
        self.table = QTableView()
        self.table.setObjectName("guests_table")
        self.table.setModel(self.model)
        set_read_only_rows(self.table, alternating=False)
        set_column_widths(self.table, GUEST_WIDTHS)
        whole = sum(self.table.columnWidth(column) for column in range(WHOLE_COLUMNS))
        self.setMinimumWidth(whole + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width())
        self.follow_up = QComboBox()
        self.follow_up.setObjectName("follow_up")
        for value in (None, *FollowUp):
            self.follow_up.addItem(tr_follow_up(value), value)
        self.follow_up.activated.connect(self.set_follow_up)
        self.table.selectionModel().currentRowChanged.connect(self._show_follow_up)
        self.note = PlainLabel()
        self.note.setObjectName("guest_note")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(PlainLabel(self.tr("Follow-up")))
        bottom.addWidget(self.follow_up, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.note)

    def load(self, meeting_id: int, members: Sequence[SheetRow]) -> None:
        self.meeting_id = meeting_id
        self.members = members
        self.note.clear()
        self.model.set_rows(guests.list_guests(self.context.uow(), meeting_id))

    def selected(self) -> GuestRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_follow_up(self) -> None:
        row = self.selected()
        self.follow_up.setCurrentIndex(max(self.follow_up.findData(row.follow_up if row else None), 0))

    def add_guest(self) -> None:
        from ui.dialogs.guest_dialog import GuestDialog

        if self.meeting_id is None:
            return
        dialog = GuestDialog(self.context, self.meeting_id, self.members, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self.model.set_rows(guests.list_guests(self.context.uow(), self.meeting_id))
            if saved.recognised:
                self.note.setText(self.tr("{name} was recognised: visit number {visits}.").format(
                    name=saved.full_name, visits=saved.visits))
            else:
                self.note.setText(self.tr("{name} is a new contact, to call.").format(name=saved.full_name))

    def remove_guest(self) -> None:
        row = self.selected()
        if row is None or self.meeting_id is None:
            return
        guests.remove_guest(self.context.uow(), self.meeting_id, row.contact_id)
        self.model.set_rows(guests.list_guests(self.context.uow(), self.meeting_id))

    def set_follow_up(self) -> None:
        row = self.selected()
        if row is None or self.meeting_id is None:
            return
        try:
            guests.set_follow_up(self.context.uow(), row.contact_id, self.follow_up.currentData())
        except CercleError as error:
            self.note.setText(tr_error(error))
            return
        current = self.table.currentIndex().row()
        self.model.set_rows(guests.list_guests(self.context.uow(), self.meeting_id))
        self.table.selectRow(current)

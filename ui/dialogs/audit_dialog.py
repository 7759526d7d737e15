"""The audit trail of one meeting: changes made to its attendance after the 7-day window."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.attendance import parse_audit_value
from app.services import attendance
from app.services.attendance import AuditRow
from app.services.meetings import MeetingRow
from ui.context import AppContext
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.pages.attendance_sheet import tr_attendance
from ui.widgets.columns import set_column_widths, set_read_only_rows
from ui.widgets.label import PlainLabel

RIGHT = Qt.AlignmentFlag.AlignRight


def describe_value(text: str | None) -> str:
    """A stored audit value in the interface language: ``"excused: Voyage"`` → "Excusé – Voyage"."""
    status, detail = parse_audit_value(text)
    if status is None:
        return detail or tr_attendance(None)  # unmarked, or an unknown code shown as stored
    return f"{tr_attendance(status)} – {detail}" if detail else tr_attendance(status)


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: formatting.format_datetime(r.changed_at),
               sort_key=lambda r: r.changed_at, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.changed_by),
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda r: r.name, sort_key=lambda r: r.name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Change"),
               lambda r: f"{describe_value(r.old_value)} → {describe_value(r.new_value)}"),
    ]


class AuditDialog(QDialog):
    """Read-only list of who changed what, latest first."""

    def __init__(self, context: AppContext, meeting: MeetingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(820, 420)
        rows = attendance.audit_trail(context.uow(), meeting.id)
        place = meeting.chapter or self.tr("Whole club")
        title = PlainLabel(self.tr("{kind} – {place} – {date}").format(
            kind=tr_attendance(meeting.kind), place=place, date=formatting.format_date_long(meeting.date)))
        title.setObjectName("audit_title")
        note = PlainLabel(self.tr(
            "Changes to the attendance of a meeting held more than 7 days ago, latest first: "
            "{count} recorded.").format(count=len(rows)) if rows else self.tr(
            "No change recorded. Changes are kept once a meeting was held more than 7 days ago."))
        note.setObjectName("audit_note")
        note.setWordWrap(True)
        self.model: DataclassTableModel[AuditRow] = DataclassTableModel(audit_columns(), self)
        self.model.set_rows(rows)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        set_read_only_rows(self.table, several=True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        set_column_widths(self.table, (130, 110, 60, 200))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

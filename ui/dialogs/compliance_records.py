"""The records behind one figure of the compliance page: what makes a member's number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain import attendance as attendance_rules
from app.domain import business as business_rules
from app.domain.attendance import AttendanceStatus
from app.domain.business import PresentationKind, Scope
from app.domain.compliance import (
    ABSENCES,
    CLOSED_AMOUNT,
    CRITERION_LABELS,
    EXTERNAL_REFERRALS,
    GUESTS,
    ONE_TO_ONES,
    PRESENTATIONS,
    REFERRALS,
)
from app.domain.windows import window
from app.i18n import QT_TRANSLATE_NOOP
from app.services import compliance
from app.services.compliance import MemberCompliance, RecordKind, RecordLine
from ui.context import AppContext
from ui.models.compliance import tr, value_text
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.widgets.columns import set_column_widths, set_read_only_rows
from ui.widgets.label import PlainLabel

_RECORD_LABELS: dict[RecordKind, tuple[str, str]] = {
    RecordKind.UNMARKED: ("Attendance", attendance_rules.UNMARKED_LABEL),
    RecordKind.CLOSED: ("Compliance", QT_TRANSLATE_NOOP("Compliance", "Closed business")),
    RecordKind.ONE_TO_ONE: ("Compliance", QT_TRANSLATE_NOOP("Compliance", "One-to-one")),
    RecordKind.GUEST: ("Compliance", QT_TRANSLATE_NOOP("Compliance", "Guest")),
    RecordKind.GUEST_AGAIN: ("Compliance", QT_TRANSLATE_NOOP("Compliance", "Guest (came again, counted once)")),
}


def kind_text(kind: AttendanceStatus | Scope | PresentationKind | RecordKind) -> str:
    if isinstance(kind, AttendanceStatus):
        return QCoreApplication.translate("Attendance", attendance_rules.label(kind))
    if isinstance(kind, RecordKind):
        context, text = _RECORD_LABELS[kind]
        return QCoreApplication.translate(context, text)
    return QCoreApplication.translate("Business", business_rules.label(kind))


# Per criterion: the titles of the "details" and "other party" columns, and whether amounts show.
_HEADINGS: dict[str, tuple[str, str, bool]] = {
    ABSENCES: (QT_TRANSLATE_NOOP("Compliance", "Meeting"), QT_TRANSLATE_NOOP("Compliance", "Chapter"), False),
    REFERRALS: (QT_TRANSLATE_NOOP("Compliance", "Need"), QT_TRANSLATE_NOOP("Compliance", "Passed to"), False),
    CLOSED_AMOUNT: (QT_TRANSLATE_NOOP("Compliance", "Notes"), QT_TRANSLATE_NOOP("Compliance", "Closed by"), True),
    ONE_TO_ONES: (QT_TRANSLATE_NOOP("Compliance", "Notes"), QT_TRANSLATE_NOOP("Compliance", "With"), False),
    EXTERNAL_REFERRALS: (QT_TRANSLATE_NOOP("Compliance", "Need"), QT_TRANSLATE_NOOP("Compliance", "Passed to"),
                         False),
    PRESENTATIONS: (QT_TRANSLATE_NOOP("Compliance", "Title"), "", False),
    GUESTS: (QT_TRANSLATE_NOOP("Compliance", "Company"), QT_TRANSLATE_NOOP("Compliance", "Guest"), False),
}


def record_columns(key: str) -> list[Column[RecordLine]]:
    details, other, amounts = _HEADINGS[key]
    columns: list[Column[RecordLine]] = [
        Column(QT_TRANSLATE_NOOP("Compliance", "Date"), lambda r: formatting.format_date(r.date),
               sort_key=lambda r: r.date, context="Compliance"),
        Column(QT_TRANSLATE_NOOP("Compliance", "What"), lambda r: kind_text(r.kind), context="Compliance"),
        Column(details, lambda r: r.description, context="Compliance"),
    ]
    if other:
        whole_club = tr(QT_TRANSLATE_NOOP("Compliance", "Whole club"))
        shown = (lambda r: r.other or whole_club) if key == ABSENCES else (lambda r: r.other)
        columns.append(Column(other, shown, context="Compliance"))
    if amounts:
        columns.append(Column(QT_TRANSLATE_NOOP("Compliance", "Amount"),
                              lambda r: "" if r.amount is None else formatting.format_money(r.amount),
                              sort_key=lambda r: r.amount, align=Qt.AlignmentFlag.AlignRight,
                              context="Compliance"))
    return columns


class ComplianceRecordsDialog(QDialog):
    """Lists the records of one criterion of one member over the window, latest first."""

    def __init__(self, context: AppContext, row: MemberCompliance, key: str, at: date,
                 window_months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compliance_records")
        self.setWindowTitle(self.tr("{criterion} \u2014 {member}").format(
            criterion=tr(CRITERION_LABELS[key]), member=row.name))
        result = row.criterion(key)
        start, end = window(at, window_months)
        self.lines = compliance.criterion_records(context.uow(), row.member_id, at, key)
        text = self.tr("{criterion}: {value}, {points} points out of {max}, over {start} \u2013 {end}.")
        summary = PlainLabel(text.format(
            criterion=tr(CRITERION_LABELS[key]), value=value_text(key, result.value), points=result.points,
            max=result.max_points,
            start=formatting.format_date(start), end=formatting.format_date(end)))
        summary.setObjectName("records_summary")
        summary.setWordWrap(True)
        notes = []
        if key == ABSENCES:
            notes.append(self.tr("Absences and unmarked meetings count one each; lates count by complete "
                                 "pairs (per the attendance settings); excused absences are not listed."))
        if row.months < window_months - 0.01:
            notes.append(self.tr("Only the {months} months of membership in the window count; rates per month "
                                 "are divided by them.").format(months=formatting.format_number(row.months, 1)))
        if not self.lines:
            notes.append(self.tr("No record over the window."))
        note = PlainLabel("\n".join(notes))
        note.setObjectName("records_note")
        note.setWordWrap(True)
        note.setVisible(bool(notes))
        self.model: DataclassTableModel[RecordLine] = DataclassTableModel(record_columns(key), self)
        self.model.set_rows(self.lines)
        proxy = SortFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("records_table")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        set_read_only_rows(self.table, several=True, alternating=False)
        set_column_widths(self.table, (90, 190, 280, 200, 120))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 460)

"""Record or correct a warning, add the board's decision on it, close it.

Other pages open the warning form with :func:`open_warning_dialog`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.charter import BRAND, CHARTER_POINTS, DecisionInput, WarningInput, WarningStep, next_step
from app.domain.errors import CercleError
from app.services import charter as charter_service
from app.services import members as member_service
from app.services.charter import WarningRow
from ui.charter_text import tr_point, tr_step
from ui.context import AppContext
from ui.dialogs.charter_form import FormDialog
from ui.member_field import MemberField
from ui.widgets.date_edit import date_edit, date_of
from ui.widgets.label import RichLabel

# The choices of the point field: point 3 is offered twice, its brand part on its own.
POINT_CHOICES: list[tuple[int, str | None]] = [
    choice for point in CHARTER_POINTS for choice in ([(3, None), (3, BRAND)] if point == 3 else [(point, None)])]


def _text_edit(name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName("ok")
    ok.setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class WarningDialog(FormDialog):
    """A new warning (``warning`` None), for ``member_id`` if given, or a correction of one."""

    warning_saved = Signal(int)

    def __init__(self, context: AppContext, member_id: int | None = None, warning: WarningRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.warning = warning
        self.setObjectName("warning_dialog")
        self.setWindowTitle(self.tr("Record a warning") if warning is None else self.tr("Correct the warning"))
        self.setMinimumWidth(560)
        self.member = MemberField()
        self.member.setObjectName("member")
        self.member.set_members(member_service.list_members(context.uow()))
        self.point = QComboBox()
        self.point.setObjectName("charter_point")
        for point, aspect in POINT_CHOICES:
            self.point.addItem(tr_point(point, aspect), (point, aspect))
        self.date = date_edit("date")
        self.facts = _text_edit("facts", 110)
        self.facts.setPlaceholderText(self.tr("What happened, when, who saw it"))
        self.add_row(self.tr("Member"), "member_id", self.member)
        self.add_row(self.tr("Charter point"), "charter_point", self.point)
        self.errors["aspect"] = self.errors["charter_point"]
        self.add_row(self.tr("Date of the facts"), "date", self.date)
        self.add_row(self.tr("Facts"), "facts", self.facts)
        if warning is not None:
            self.member.set_member(warning.member_id)
            self.point.setCurrentIndex(POINT_CHOICES.index((warning.charter_point, warning.aspect)))
            self.date.setDate(QDate(warning.date))
            self.facts.setPlainText(warning.facts)
        elif member_id is not None:
            self.member.set_member(member_id)
        buttons = _buttons(self, self.tr("Record") if warning is None else self.tr("Save"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        (self.facts if member_id is not None or warning is not None else self.member).setFocus()

    def current_input(self) -> WarningInput:
        point, aspect = self.point.currentData()
        return WarningInput(member_id=self.member.member_id(), charter_point=point, aspect=aspect,
                            facts=self.facts.toPlainText(), date=date_of(self.date))

    def save(self) -> None:
        try:
            if self.warning is None:
                row = charter_service.record_warning(self.context.uow(), self.current_input())
            else:
                row = charter_service.update_warning(self.context.uow(), self.warning.id, self.current_input())
        except CercleError as error:
            self.show_error(error)
            return
        self.warning_saved.emit(row.id)
        self.context.data_changed.emit("charter")
        self.accept()


def warning_summary(warning: WarningRow) -> str:
    """The warning in two lines of rich text, user text escaped."""
    translate = QCoreApplication.translate
    return translate("WarningDialog", "<b>{member}</b> ({chapter}) – {point}, {date}<br>{facts}").format(
        member=escape(warning.member_name), chapter=escape(warning.chapter),
        point=escape(tr_point(warning.charter_point, warning.aspect)),
        date=formatting.format_date(warning.date), facts=escape(warning.facts).replace("\n", "<br>"))


class DecisionDialog(FormDialog):
    """Add the board's decision on an open warning; an exclusion may also exclude the member."""

    decision_saved = Signal(int)

    def __init__(self, context: AppContext, warning: WarningRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.warning = warning
        self.setObjectName("decision_dialog")
        self.setWindowTitle(self.tr("Board decision"))
        self.setMinimumWidth(560)
        summary = RichLabel(warning_summary(warning))
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        self.step = QComboBox()
        self.step.setObjectName("step")
        for step in WarningStep:
            self.step.addItem(tr_step(step), step.value)  # Qt hands a StrEnum back as a plain str
        last = warning.last_decision
        self.step.setCurrentIndex(list(WarningStep).index(next_step(last.step if last else None)))
        self.decided_on = date_edit("decided_on")
        self.decided_by = QLineEdit()
        self.decided_by.setObjectName("decided_by")
        self.decided_by.setMaxLength(200)
        self.decided_by.setPlaceholderText(self.tr("e.g. Bureau du 12/11/2026 — K. Alaoui"))
        self.notes = _text_edit("notes", 70)
        self.exclude = QCheckBox(self.tr("Also change the member's status to excluded from this date"))
        self.exclude.setObjectName("exclude_member")
        self.reason = QLineEdit(self.tr("Excluded by the board: breach of the charter (point {point})").format(
            point=warning.charter_point))
        self.reason.setObjectName("reason")
        self.add_row(self.tr("Step"), "step", self.step)
        self.add_row(self.tr("Decided on"), "decided_on", self.decided_on)
        self.add_row(self.tr("Decided by"), "decided_by", self.decided_by)
        self.add_row(self.tr("Notes"), "notes", self.notes)
        self.form.addRow("", self.exclude)
        self.add_row(self.tr("Reason for the exclusion"), "reason", self.reason)
        self.errors["effective_date"] = self.errors["decided_on"]
        self.errors["status"] = self.general_error
        self.step.currentIndexChanged.connect(self._step_changed)
        self.exclude.toggled.connect(self._step_changed)
        self._step_changed()
        buttons = _buttons(self, self.tr("Record"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.decided_by.setFocus()

    def current_step(self) -> WarningStep:
        return WarningStep(self.step.currentData())

    def _step_changed(self, *_args: object) -> None:
        exclusion = self.current_step() is WarningStep.EXCLUSION
        self.exclude.setEnabled(exclusion)
        if not exclusion:
            self.exclude.setChecked(False)
        self.reason.setEnabled(self.exclude.isChecked())

    def save(self) -> None:
        data = DecisionInput(step=self.current_step(), decided_on=date_of(self.decided_on),
                             decided_by=self.decided_by.text(), notes=self.notes.toPlainText())
        try:
            charter_service.add_decision(self.context.uow(), self.warning.id, data,
                                         exclude_member=self.exclude.isChecked(),
                                         exclusion_reason=self.reason.text())
        except CercleError as error:
            self.show_error(error)
            return
        self.decision_saved.emit(self.warning.id)
        self.context.data_changed.emit("charter")
        if self.exclude.isChecked():
            self.context.data_changed.emit("members")
        self.accept()


class CloseWarningDialog(FormDialog):
    """Close a warning: the matter is settled and no longer weighs on the member's light."""

    def __init__(self, context: AppContext, warning: WarningRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.warning = warning
        self.setObjectName("close_warning_dialog")
        self.setWindowTitle(self.tr("Close the warning"))
        self.setMinimumWidth(520)
        summary = RichLabel(warning_summary(warning))
        summary.setWordWrap(True)
        self.closed_on = date_edit("closed_on")
        self.note = _text_edit("closing_note", 70)
        self.note.setPlaceholderText(self.tr("How the matter was settled"))
        self.add_row(self.tr("Closed on"), "closed_on", self.closed_on)
        self.add_row(self.tr("Note"), "closing_note", self.note)
        buttons = _buttons(self, self.tr("Close the warning"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            charter_service.close_warning(self.context.uow(), self.warning.id, date_of(self.closed_on),
                                          self.note.toPlainText())
        except CercleError as error:
            self.show_error(error)
            return
        self.context.data_changed.emit("charter")
        self.accept()


def open_warning_dialog(context: AppContext, member_id: int | None, parent: QWidget | None) -> bool:
    """Ask for a warning (for ``member_id`` if given) and record it; True when one was recorded."""
    dialog = WarningDialog(context, member_id, None, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

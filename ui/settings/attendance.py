"""Attendance rules of the club (stored in the database, shared by every computer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from app.domain.attendance import (
    SETTING_CHECKIN_GRACE_MINUTES,
    SETTING_LATES_PER_ABSENCE,
    AttendanceRules,
)
from app.domain.errors import CercleError, ValidationError
from app.services import attendance
from ui.context import AppContext
from ui.settings import SettingsTab


class AttendanceTab(SettingsTab):
    """The spin boxes accept more than the rules allow so that the one check is the domain's,
    whose French message is shown under the group."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = self.tr("Attendance")
        rules = attendance.attendance_rules(context.uow())
        self.grace = QSpinBox()
        self.grace.setObjectName("checkin_grace_minutes")
        self.grace.setRange(0, 999)
        self.grace.setSuffix(self.tr(" min"))
        self.grace.setValue(rules.checkin_grace_minutes)
        self.grace.setToolTip(self.tr(
            "A member checked in up to this many minutes after the start time is present; later, late."))
        self.lates = QSpinBox()
        self.lates.setObjectName("lates_per_absence")
        self.lates.setRange(0, 99)
        self.lates.setSpecialValueText(self.tr("Never"))
        self.lates.setValue(rules.lates_per_absence)
        self.lates.setToolTip(self.tr(
            "Every this many lates count as one unexcused absence in the figures (0: lates never count)."))
        self.substitution = QCheckBox(self.tr("A substitution counts as presence"))
        self.substitution.setObjectName("substitution_counts_present")
        self.substitution.setChecked(rules.substitution_counts_present)
        group = QGroupBox(self.tr("Attendance"))
        form = QFormLayout(group)
        form.addRow(self.tr("Check-in grace period"), self.grace)
        form.addRow(self.tr("Lates that count as one absence"), self.lates)
        form.addRow("", self.substitution)
        form.addRow(self.error)
        self._fields = {SETTING_CHECKIN_GRACE_MINUTES: self.grace, SETTING_LATES_PER_ABSENCE: self.lates}
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addStretch(1)

    def rules(self) -> AttendanceRules:
        return AttendanceRules(
            lates_per_absence=self.lates.value(),
            substitution_counts_present=self.substitution.isChecked(),
            checkin_grace_minutes=self.grace.value(),
        )

    def pending(self) -> dict[str, Any]:
        return self.rules().validated().as_settings()

    def show_error(self, error: CercleError) -> None:
        super().show_error(error)
        field = self._fields.get(error.field) if isinstance(error, ValidationError) else None
        if field is not None:
            field.setFocus()
            field.selectAll()

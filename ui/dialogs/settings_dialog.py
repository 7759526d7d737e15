"""Settings of this computer (language) and of the club (stored in the database)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.attendance import (
    SETTING_CHECKIN_GRACE_MINUTES,
    SETTING_LATES_PER_ABSENCE,
    AttendanceRules,
)
from app.domain.errors import CercleError, ValidationError
from app.services import attendance
from ui.context import AppContext
from ui.i18n import tr_error


class SettingsDialog(QDialog):
    """Language applies at once to new windows; the open window follows after a restart.

    The attendance rules are the club's (stored in the database, shared by every computer);
    the spin boxes accept more than the rules allow so that the one check is the domain's,
    whose French message is shown under the group.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        current = QSettings().value("ui/language", "fr")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language"), self.language)

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
        self.rules_error = QLabel()
        self.rules_error.setObjectName("settings_error")
        self.rules_error.setStyleSheet("color: #b3261e;")
        self.rules_error.setWordWrap(True)
        self.rules_error.hide()
        attendance_group = QGroupBox(self.tr("Attendance"))
        attendance_form = QFormLayout(attendance_group)
        attendance_form.addRow(self.tr("Check-in grace period"), self.grace)
        attendance_form.addRow(self.tr("Lates that count as one absence"), self.lates)
        attendance_form.addRow("", self.substitution)
        attendance_form.addRow(self.rules_error)
        self._fields = {SETTING_CHECKIN_GRACE_MINUTES: self.grace, SETTING_LATES_PER_ABSENCE: self.lates}

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(attendance_group)
        layout.addWidget(buttons)

    def rules(self) -> AttendanceRules:
        return AttendanceRules(
            lates_per_absence=self.lates.value(),
            substitution_counts_present=self.substitution.isChecked(),
            checkin_grace_minutes=self.grace.value(),
        )

    def apply(self) -> None:
        """Save the club's rules first: refused, nothing changes and the dialog stays open."""
        from ui.i18n import install_translators

        try:
            attendance.save_attendance_rules(self.context.uow(), self.rules())
        except CercleError as error:
            self.rules_error.setText(tr_error(error))
            self.rules_error.show()
            field = self._fields.get(error.field) if isinstance(error, ValidationError) else None
            if field is not None:
                field.setFocus()
                field.selectAll()
            return
        self.rules_error.hide()
        language = self.language.currentData()
        QSettings().setValue("ui/language", language)
        install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
        self.context.data_changed.emit("settings")
        self.accept()

"""Every number of the charter's scoring (stored in the database with the date it changed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.compliance import (
    CRITERIA,
    CRITERION_LABELS,
    FRACTIONAL,
    LOWER_IS_BETTER,
    SETTING_ABSENCES_CAP,
    SETTING_GREEN,
    SETTING_NEW_MONTHS,
    SETTING_WINDOW_MONTHS,
    SETTINGS_DEFAULTS,
    ComplianceRules,
    steps_key,
)
from app.domain.errors import CercleError, ValidationError
from app.services import compliance
from app.services.settings import setting_history
from ui.context import AppContext
from ui.settings import SettingsTab
from ui.widgets import look
from ui.widgets.label import PlainLabel


class CharterRulesTab(SettingsTab):
    """The window, the new-member period, the absence cap, the light thresholds, and each
    criterion's ladder of (threshold, points). Spin boxes accept more than the rules allow so
    that the one check is the domain's, whose French message shows under the groups."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = self.tr("Charter scoring")
        rules = compliance.compliance_rules(context.uow())
        self.window = self._spin("window_months", 0, 99, rules.window_months, self.tr(" months"))
        self.new_months = self._spin("new_months", 0, 99, rules.new_months, self.tr(" months"))
        self.absences_cap = self._spin("absences_cap", 0, 999, rules.absences_cap)
        self.green = self._spin("light_green", 0, 999, rules.green)
        self.orange = self._spin("light_orange", 0, 999, rules.orange)
        self.red = self._spin("light_red", 0, 999, rules.red)

        general = QGroupBox(self.tr("Evaluation"))
        form = QFormLayout(general)
        form.addRow(self.tr("Window before the date"), self.window)
        form.addRow(self.tr("New member (not coloured) for less than"), self.new_months)
        form.addRow(self.tr("More unexcused absences than this cap the light at red"), self.absences_cap)
        lights = QGroupBox(self.tr("Lights (total out of 100)"))
        lights_form = QFormLayout(lights)
        lights_form.addRow(self.tr("Green from"), self.green)
        lights_form.addRow(self.tr("Orange from"), self.orange)
        lights_form.addRow(self.tr("Red from (grey below)"), self.red)

        criteria = self._criteria_box(rules)
        self.total = PlainLabel()
        self.total.setObjectName("charter_best_total")
        self.changed = PlainLabel()
        self.changed.setObjectName("charter_changed")
        look.paint(self.changed, "muted")
        note = PlainLabel(self.tr("Below the last step a criterion gives 0 points. Absences: at most this many; "
                              "other criteria: at least this value (per month for referrals and one-to-ones)."))
        note.setWordWrap(True)
        look.paint(note, "muted")
        self._fields: dict[str, QAbstractSpinBox] = {
            SETTING_WINDOW_MONTHS: self.window, SETTING_NEW_MONTHS: self.new_months,
            SETTING_ABSENCES_CAP: self.absences_cap, SETTING_GREEN: self.green}
        self._fields.update({steps_key(key): boxes[0][0] for key, boxes in self.steps.items()})

        content = QWidget()
        inner = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(general, 3)
        top.addWidget(lights, 2)
        inner.addLayout(top)
        inner.addWidget(criteria)
        inner.addWidget(note)
        inner.addWidget(self.total)
        inner.addWidget(self.error)
        inner.addWidget(self.changed)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._update_total()
        self._show_changed()

    def _criteria_box(self, rules: ComplianceRules) -> QGroupBox:
        """Each criterion's ladder of steps, one line each: its threshold, then its points."""
        criteria = QGroupBox(self.tr("Criteria: threshold and points of each step, best first"))
        grid = QGridLayout(criteria)
        grid.setHorizontalSpacing(6)
        self.steps: dict[str, list[tuple[QAbstractSpinBox, QSpinBox]]] = {}
        for line, key in enumerate(CRITERIA):
            caption = PlainLabel(self._criterion(key))
            caption.setWordWrap(True)
            caption.setMaximumWidth(190)
            grid.addWidget(caption, line, 0)
            boxes = []
            for number, (threshold, points) in enumerate(rules.steps[key]):
                threshold_box = self._threshold(key, number, threshold)
                points_box = self._spin(f"{key}_points_{number}", 0, 999, points, self.tr(" pts"))
                points_box.valueChanged.connect(self._update_total)
                threshold_box.setFixedWidth(82)
                points_box.setFixedWidth(64)
                cell = QHBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(PlainLabel("\u2264" if key in LOWER_IS_BETTER else "\u2265"))
                cell.addWidget(threshold_box)
                cell.addWidget(PlainLabel("\u2192"))
                cell.addWidget(points_box)
                cell.addSpacing(6)
                grid.addLayout(cell, line, number + 1)
                boxes.append((threshold_box, points_box))
            self.steps[key] = boxes
        grid.setColumnStretch(6, 1)
        return criteria

    def _criterion(self, key: str) -> str:
        from ui.models.compliance import tr

        return tr(CRITERION_LABELS[key])

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setMaximumWidth(110)
        box.setRange(low, high)
        box.setValue(value)
        if suffix:
            box.setSuffix(suffix)
        return box

    def _threshold(self, key: str, number: int, value: float) -> QAbstractSpinBox:
        name = f"{key}_threshold_{number}"
        if key in FRACTIONAL:
            box = QDoubleSpinBox()
            box.setObjectName(name)
            box.setDecimals(2)
            box.setSingleStep(0.5)
            box.setRange(0, 999)
            box.setValue(value)
            return box
        return self._spin(name, 0, 999_999_999, int(value))

    def _update_total(self) -> None:
        best = sum(boxes[0][1].value() for boxes in self.steps.values())
        self.total.setText(self.tr("Best possible total: {total} (must be 100)").format(total=best))
        self.total.setStyleSheet("" if best == 100 else look.style("error"))

    def _show_changed(self) -> None:
        latest = None
        for key in SETTINGS_DEFAULTS:
            found = setting_history(self.context.uow(), key)
            if found is not None and found.changed_at is not None and (latest is None or found.changed_at > latest):
                latest = found.changed_at
        self.changed.setText(
            self.tr("Last changed: {date}").format(date=formatting.format_datetime(latest)) if latest
            else self.tr("The club uses the charter's default numbers."))

    def rules(self) -> ComplianceRules:
        steps = {}
        for key, boxes in self.steps.items():
            steps[key] = tuple(
                (threshold.value() if isinstance(threshold, QDoubleSpinBox | QSpinBox) else 0, points.value())
                for threshold, points in boxes
            )
        return ComplianceRules(
            window_months=self.window.value(), new_months=self.new_months.value(),
            absences_cap=self.absences_cap.value(), green=self.green.value(), orange=self.orange.value(),
            red=self.red.value(), steps=steps,
        )

    def pending(self) -> dict[str, Any]:
        return self.rules().validated().as_settings()

    def show_error(self, error: CercleError) -> None:
        super().show_error(error)
        field = self._fields.get(error.field) if isinstance(error, ValidationError) else None
        if field is not None:
            field.setFocus()

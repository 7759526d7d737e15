"""The member record's compliance tab: the light and total month by month, and today's detail."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.compliance import CRITERION_LABELS, Light
from app.domain.errors import CercleError
from app.services import compliance
from app.services.compliance import MemberCompliance, MonthCompliance
from ui.context import AppContext
from ui.i18n import tr_error
from ui.models.compliance import (
    MSG_EVALUATED_OVER,
    MSG_NEW_MEMBER,
    history_columns,
    light_icon,
    overrides_text,
    total_text,
    tr,
    tr_light,
    value_text,
)
from ui.models.table import DataclassTableModel, SortFilterProxy
from ui.widgets.columns import set_read_only_rows
from ui.widgets.label import PlainLabel

HISTORY_MONTHS = 12


class ComplianceHistoryTab(QWidget):
    """Read when first shown (and again after :meth:`load`); latest month on top."""

    def __init__(self, context: AppContext, member_id: int | None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compliance_tab")
        self.context = context
        self.member_id = member_id
        self.at = today or date.today()
        self._loaded = False
        self.current: MemberCompliance | None = None
        self.history: list[MonthCompliance] = []

        self.light = PlainLabel()
        self.light.setObjectName("compliance_current_light")
        self.light_dot = PlainLabel()
        self.summary = PlainLabel()
        self.summary.setObjectName("compliance_current_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.light_dot)
        head.addWidget(self.light)
        head.addStretch(1)
        self.criteria_box = QGroupBox(self.tr("Criteria today"))
        self.criteria_grid = QGridLayout(self.criteria_box)
        self.criteria_grid.setHorizontalSpacing(14)
        self.model: DataclassTableModel[MonthCompliance] = DataclassTableModel(history_columns(), self)
        proxy = SortFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("compliance_history")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        set_read_only_rows(self.table, several=True, alternating=False, row_height=24)
        for column, width in enumerate((110, 140, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setMaximumWidth(420)
        self.caption = PlainLabel(self.tr("Month by month (on the same day of each month, over the window before it):"))
        self.caption.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.criteria_box)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        self._loaded = True
        if self.member_id is None:
            return
        try:
            self.current = compliance.evaluate_member(self.context.uow(), self.member_id, self.at)
            self.history = compliance.member_history(self.context.uow(), self.member_id, self.at, HISTORY_MONTHS)
            rules = compliance.compliance_rules(self.context.uow())
        except CercleError as error:
            self.summary.setText(tr_error(error))
            return
        self.model.set_rows(self.history)
        while self.criteria_grid.count():
            item = self.criteria_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        row = self.current
        if row is None:
            self.light.setText(self.tr("Not active on {date}: not evaluated").format(
                date=formatting.format_date(self.at)))
            self.light_dot.clear()
            self.summary.clear()
            self.criteria_box.hide()
            return
        self.criteria_box.show()
        self.light_dot.setPixmap(light_icon(row.light.value).pixmap(16, 16))
        self.light.setText(self.tr("On {date}: {light}, total {total}").format(
            date=formatting.format_date(self.at), light=tr_light(row.light), total=total_text(row.total)))
        self.light.setStyleSheet("font-weight: bold;")
        notes = []
        if row.light is Light.NEW:
            notes.append(tr(MSG_NEW_MEMBER))
        if row.overrides:
            notes.append(overrides_text(row, rules.absences_cap))
        if row.months < rules.window_months - 0.01:
            notes.append(tr(MSG_EVALUATED_OVER).format(
                months=formatting.format_number(row.months, 1)))
        self.summary.setText("\n".join(notes))
        self.summary.setVisible(bool(notes))
        for line, result in enumerate(row.criteria):
            caption = PlainLabel(tr(CRITERION_LABELS[result.key]))
            value = PlainLabel(value_text(result.key, result.value))
            value.setObjectName(f"compliance_value_{result.key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            points = PlainLabel(self.tr("{points} / {max} pts").format(points=result.points, max=result.max_points))
            points.setObjectName(f"compliance_points_{result.key}")
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.criteria_grid.addWidget(caption, line, 0)
            self.criteria_grid.addWidget(value, line, 1)
            self.criteria_grid.addWidget(points, line, 2)
        self.criteria_grid.setColumnStretch(3, 1)

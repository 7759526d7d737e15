"""Charter compliance: every member's light, total and criteria, and who needs the board."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QDate, QModelIndex, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.compliance import CRITERIA, CRITERION_LABELS, ComplianceRules, Light
from app.domain.errors import CercleError
from app.domain.text import fold
from app.domain.windows import window
from app.services import compliance, reference
from app.services.compliance import MemberCompliance
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.compliance import (
    FIRST_CRITERION_COLUMN,
    compliance_columns,
    headline,
    light_icon,
    light_reasons,
    tr_light,
)
from ui.models.table import DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.widgets import look
from ui.widgets.columns import lay_out_on_reset, say_when_nothing_matches, set_column_widths, set_read_only_rows
from ui.widgets.date_edit import date_edit
from ui.widgets.frozen_columns import FrozenColumnsView
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import warn

# Topics of AppContext.data_changed after which the figures are read again.
RELOAD_TOPICS = frozenset({"members", "meetings", "attendance", "referrals", "business", "guests",
                           "presentations", "settings", "charter", "warnings", "reference", "all"})
ATTENTION = "attention"
FROZEN_COLUMNS = 3  # light, number and member
DETAIL_LINES = 3  # the lines kept for the reasons of a light under the table


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class LightDetails(QWidget):
    """Under the table: whose row is selected, and why their light is what it is, in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compliance_details")
        self.headline = PlainLabel()
        self.headline.setObjectName("compliance_details_headline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.reasons = PlainLabel()
        self.reasons.setObjectName("compliance_details_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for the usual reasons whatever the row: the table does not move as the selection does.
        self.reasons.setFixedHeight(DETAIL_LINES * self.reasons.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.reasons)

    def show_row(self, row: MemberCompliance | None, rules: ComplianceRules) -> None:
        if row is None:
            self.headline.setText(self.tr("No member selected"))
            self.reasons.setText(self.tr("Select a row to read why its light is what it is."))
            return
        self.headline.setText(headline(row))
        self.reasons.setText("\n".join(light_reasons(row, rules)))


class CompliancePage(Page):
    """One row per member active on the chosen date, scored over the window before it.

    Evaluated off the GUI thread; a newer request (another date, a change elsewhere)
    supersedes one still running.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rules = ComplianceRules()
        self._generation = 0
        self.evaluated_at: date | None = None
        self.model: DataclassTableModel[MemberCompliance] = DataclassTableModel(
            compliance_columns(lambda: self.rules), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        heading = self._build_heading(today or date.today())
        filters = self._build_filters()
        self._build_table()
        self.details = LightDetails(self)
        self._lay_out(heading, filters)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self._restore_state()
        self.reload()

    def _build_heading(self, today: date) -> QHBoxLayout:
        """The title, the date evaluated and its window, and the two actions."""
        title = PlainLabel(self.tr("Compliance with the charter"))
        title.setObjectName("page_title")
        # A light is of records, not of plans.
        self.at_edit = date_edit("compliance_at", today, earliest=date(1990, 1, 1), latest=date.today())
        self.at_edit.setToolTip(self.tr("Evaluate on this date, over the months before it"))
        self.at_edit.dateChanged.connect(lambda _day: self.evaluate())
        at_caption = PlainLabel(self.tr("On"))
        at_caption.setBuddy(self.at_edit)
        self.window_label = PlainLabel()
        self.window_label.setObjectName("compliance_window")
        self.warning_button = QPushButton(icon("status.svg"), self.tr("Record a warning…"))
        self.warning_button.setObjectName("record_warning")
        self.warning_button.setToolTip(self.tr("Record a warning for the selected member"))
        self.warning_button.clicked.connect(self.record_warning)
        self.print_button = QPushButton(icon("print.svg"), self.tr("Print the report…"))
        self.print_button.setObjectName("print_compliance")
        self.print_button.setToolTip(self.tr("The compliance report on this date, as a PDF"))
        self.print_button.clicked.connect(self.print_report)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(at_caption)
        heading.addWidget(self.at_edit)
        heading.addWidget(self.window_label)
        heading.addStretch(1)
        heading.addWidget(self.warning_button)
        heading.addWidget(self.print_button)
        return heading

    def _build_filters(self) -> QHBoxLayout:
        """The search, the chapter and light filters, the attention box and the count shown."""
        self.search = QLineEdit()
        self.search.setObjectName("compliance_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search: name, number, company…"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.apply_filter)
        self.chapter_filter = QComboBox()
        self.chapter_filter.setObjectName("compliance_chapter")
        self.chapter_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chapter_filter.currentIndexChanged.connect(self.apply_filter)
        self.light_filter = QComboBox()
        self.light_filter.setObjectName("compliance_light")
        self.light_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.light_filter.addItem(self.tr("All lights"), None)
        for light in Light:
            self.light_filter.addItem(light_icon(light.value), tr_light(light), light)
        self.light_filter.addItem(self.tr("Red or grey"), "low")
        self.light_filter.currentIndexChanged.connect(self.apply_filter)
        self.attention_only = QCheckBox(self.tr("Needs the board's attention"))
        self.attention_only.setObjectName("compliance_attention")
        self.attention_only.setToolTip(self.tr(
            "Red or grey twice in a row, too many unexcused absences, or an open warning"))
        self.attention_only.toggled.connect(self.apply_filter)
        self.count_label = PlainLabel()
        self.count_label.setObjectName("compliance_count")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for caption_text, combo in ((self.tr("Chapter"), self.chapter_filter),
                                    (self.tr("Light"), self.light_filter)):
            caption = PlainLabel(caption_text)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addWidget(self.attention_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        return filters

    def _build_table(self) -> None:
        """One row a member; the light, number and name stay in view while it scrolls sideways."""
        self.table = FrozenColumnsView(FROZEN_COLUMNS)
        self.table.setObjectName("compliance_table")
        set_read_only_rows(self.table, row_height=26)
        header = self.table.horizontalHeader()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        say_when_nothing_matches(self.table, self.search, lambda text: self.tr(
            "No member matches \u201c{text}\u201d").format(text=text))
        self.table.setSortingEnabled(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._show_details())
        self.model.modelReset.connect(self._show_details)

    def _lay_out(self, heading: QHBoxLayout, filters: QHBoxLayout) -> None:
        self.breakdown = PlainLabel()
        self.breakdown.setObjectName("compliance_breakdown")
        self.status = PlainLabel()
        self.status.setObjectName("compliance_status")
        self.status.setWordWrap(True)
        self.status.hide()
        hint = PlainLabel(self.tr("Each criterion: value \u00b7 points. Double-click a figure for the records "
                              "behind it; right-click a row for more."))
        hint.setObjectName("compliance_hint")
        look.paint(hint, "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.breakdown)
        layout.addLayout(bottom)

    # -- data ----------------------------------------------------------------------
    @property
    def at(self) -> date:
        return _pydate(self.at_edit.date())

    def set_date(self, day: date) -> None:
        self.at_edit.setDate(_qdate(day))

    def reload(self) -> None:
        self._fill_chapters()
        self.evaluate()

    def _fill_chapters(self) -> None:
        combo = self.chapter_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All chapters"), None)
        for item in reference.list_items(self.context.uow(), "chapter"):
            combo.addItem(item.name, item.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def evaluate(self) -> None:
        """Score the club on the chosen date, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        at = self.at
        db = self.context.db
        self.status.setText(self.tr("Evaluating…"))
        look.paint(self.status, "muted")
        self.status.show()

        def compute() -> tuple[ComplianceRules, list[MemberCompliance]]:
            return (compliance.compliance_rules(db.unit_of_work()),
                    compliance.evaluate_club(db.unit_of_work(), at))

        def done(result: tuple[ComplianceRules, list[MemberCompliance]]) -> None:
            if generation == self._generation:
                self._show(at, *result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            message = tr_error(error) if isinstance(error, CercleError) else str(error)
            self.status.setText(self.tr("The evaluation failed: {error}").format(error=message))
            look.paint(self.status, "error")
            self.status.show()

        self.context.runner.run(compute, done, failed)

    def _show(self, at: date, rules: ComplianceRules, rows: list[MemberCompliance]) -> None:
        self.rules = rules
        self.evaluated_at = at
        start, end = window(at, rules.window_months)
        self.window_label.setText(self.tr("window: {start} – {end}").format(
            start=formatting.format_date(start), end=formatting.format_date(end)))
        self.status.hide()
        selected = self.selected_row()
        self.model.set_rows(rows)
        self.apply_filter()
        if selected is not None:
            self.select_member(selected.member_id)

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("reference", "all"):
            self._fill_chapters()
        if topic in RELOAD_TOPICS:
            self.evaluate()

    # -- filters -------------------------------------------------------------------
    def current_filter(self) -> Callable[[MemberCompliance], bool]:
        words = fold(self.search.text()).split()
        chapter = self.chapter_filter.currentData()
        light = self.light_filter.currentData()
        attention_only = self.attention_only.isChecked()

        def accept(row: MemberCompliance) -> bool:
            if chapter is not None and row.chapter_id != chapter:
                return False
            if light == "low":
                if row.light not in (Light.RED, Light.GREY):
                    return False
            elif light is not None and row.light != light:
                return False
            if attention_only and not row.attention:
                return False
            if words:
                text = fold(f"{row.number} {row.name} {row.company} {row.chapter}")
                return all(word in text for word in words)
            return True

        return accept

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        shown = self.model.shown_rows
        counts = Counter(row.light for row in shown)
        parts = [f"{tr_light(light)} {counts[light]}" for light in Light if counts[light]]
        self.count_label.setText(self.tr("{shown} of {total} members").format(
            shown=len(shown), total=self.model.total_count))
        self.breakdown.setText(", ".join(parts))

    # -- actions -------------------------------------------------------------------
    def selected_row(self) -> MemberCompliance | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row())

    def _show_details(self) -> None:
        self.details.show_row(self.selected_row(), self.rules)

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(lambda r: r.member_id == member_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index.row())
        if row is None:
            return
        column = index.column()
        if FIRST_CRITERION_COLUMN <= column < FIRST_CRITERION_COLUMN + len(CRITERIA):
            self.show_records(row, CRITERIA[column - FIRST_CRITERION_COLUMN])
        else:
            self.open_member(row.member_id)

    def show_records(self, row: MemberCompliance, key: str) -> None:
        from ui.dialogs.compliance_records import ComplianceRecordsDialog

        at = self.evaluated_at or self.at
        try:
            dialog = ComplianceRecordsDialog(self.context, row, key, at, self.rules.window_months, self)
        except CercleError as error:
            warn(self, self.tr("Compliance"), tr_error(error))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records_dialog = dialog
        dialog.open()

    def open_member(self, member_id: int) -> None:
        from ui.dialogs.member_dialog import MemberDialog

        dialog = MemberDialog(self.context, member_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.member_dialog = dialog
        dialog.open()

    def record_warning(self) -> None:
        row = self.selected_row()
        from ui.dialogs.warning_dialog import open_warning_dialog

        if open_warning_dialog(self.context, row.member_id if row else None, self):
            self.evaluate()

    def print_report(self) -> None:
        from app.reports import ReportParams
        from ui.pages.reports import open_report

        open_report(self.context, "conformite", ReportParams(at=self.evaluated_at or self.at))

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        row = self.proxy.row_at(index.row())
        menu = QMenu(self)
        menu.setObjectName("compliance_menu")
        records = menu.addMenu(self.tr("Records behind"))
        for key in CRITERIA:
            action = records.addAction(self.translate_criterion(key))
            action.triggered.connect(lambda _checked=False, k=key, r=row: self.show_records(r, k))
        menu.addAction(self.tr("Open the member record"), lambda: self.open_member(row.member_id))
        menu.addAction(self.tr("Record a warning…"), self.record_warning)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))

    @staticmethod
    def translate_criterion(key: str) -> str:
        from ui.models.compliance import tr

        return tr(CRITERION_LABELS[key])

    # -- state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = QSettings().value("compliance/header")
        if isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state):
            return
        widths = (76, 46, 130, 80, 44, 64, 70, 84, 112, 80, 70, 92, 64, 200)
        set_column_widths(self.table, widths)

    def save_state(self) -> None:
        QSettings().setValue("compliance/header", self.table.horizontalHeader().saveState())

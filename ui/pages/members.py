"""The members page: the registry as a searchable, filterable, sortable table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.enums import ClubRole, MemberStatus
from app.domain.text import matcher, narrows
from app.domain.validation import format_phone
from app.services import member_list
from app.services.member_list import MemberRow
from ui.context import AppContext
from ui.i18n import tr_enum
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.widgets.columns import lay_out_on_reset, say_when_nothing_matches, set_read_only_rows
from ui.widgets.label import PlainLabel

RIGHT = Qt.AlignmentFlag.AlignRight
FIGURES_MONTHS = 6  # the attendance column and the absences filter look this far back
FIGURES_FALLBACK_MS = 1000  # the figures are read this late at most when the page is never painted
_NO_RATE = float("inf")


def member_columns(
    rates: Mapping[int, float | None] | None = None,
    descending: Callable[[], bool] | None = None,
) -> list[Column[MemberRow]]:
    """The registry's columns; ``rates`` (member id -> attendance rate) feeds the last one.

    ``descending`` tells the current sort order, so that members with no rate (nothing
    expected over the period) stay at the bottom whichever way the column is sorted.
    """
    rates = rates if rates is not None else {}

    def rate_key(row: MemberRow) -> float:
        rate = rates.get(row.id)
        if rate is None:
            return -_NO_RATE if descending is not None and descending() else _NO_RATE
        return rate

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number, align=RIGHT),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Last name"),
            lambda r: r.last_name,
            sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "First name"),
            lambda r: r.first_name,
            sort_key=lambda r: r.first_name.casefold(),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Name in Arabic"), lambda r: r.arabic_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company, sort_key=lambda r: r.company.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: r.sector),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda r: r.chapter),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: format_phone(r.mobile), sort_key=lambda r: r.mobile or ""
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda r: r.email),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Role"),
            lambda r: tr_enum(r.club_role),
            sort_key=lambda r: list(ClubRole).index(r.club_role),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: tr_enum(r.status),
            sort_key=lambda r: list(MemberStatus).index(r.status),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Joined"),
            lambda r: formatting.format_date(r.join_date),
            sort_key=lambda r: r.join_date,
            align=RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Attendance"),
            lambda r: formatting.format_percent(rates.get(r.id)),
            sort_key=rate_key,
            align=RIGHT,
            tooltip=lambda r: QCoreApplication.translate(
                "Columns", "Attendance rate over the last 6 months (—: no meeting expected)"),
        ),
    ]


class MembersPage(Page):
    """Search as you type over name, Arabic name, company, sector, phone and e-mail."""

    member_opened = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Attendance figures over the last 6 months, read with the members in reload(); kept
        # here (not in MemberRow) and updated in place, so the column and filter see new values.
        self.rates: dict[int, float | None] = {}
        self.absences: dict[int, int] = {}
        self.unsigned: set[int] = set()  # active members who have not signed the current charter
        self.figures_at = date.today()
        self._searched: str | None = None  # the search text the rows shown were filtered for
        # Background reads started at once compete with the first paint for the interpreter:
        # with a background runner they wait until the page is painted (see reload()).
        self._figures_after_paint = not getattr(context.runner, "_synchronous", False)  # tests: inline
        self.table = QTableView()
        self.model: DataclassTableModel[MemberRow] = DataclassTableModel(
            member_columns(self.rates, self._sorted_descending), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._make_controls()
        self._set_up_table()
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_row())
        layout.addLayout(self._filter_row())
        layout.addWidget(self.table, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_member)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self.reload()
        self._restore_state()
        if self.table.horizontalHeader().sortIndicatorSection() > len(member_columns()):
            self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def _make_controls(self) -> None:
        """The search field, the filters and the buttons above the table."""
        self.count_label = PlainLabel()
        self.count_label.setObjectName("member_count")
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search: name, company, sector, phone, e-mail… (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)

        self.absences_filter = QSpinBox()
        self.absences_filter.setObjectName("absences_filter")
        self.absences_filter.setRange(0, 99)
        self.absences_filter.setSpecialValueText(self.tr("any"))
        self.absences_filter.setPrefix(self.tr("more than "))
        self.absences_filter.setToolTip(self.tr(
            "Show only the members with more than this number of unexcused absences over the "
            "last 6 months (0: everyone)"))
        self.absences_filter.valueChanged.connect(self.apply_filter)
        self.status_filter = self._combo("status_filter")
        self.chapter_filter = self._combo("chapter_filter")
        self.sector_filter = self._combo("sector_filter")
        self.role_filter = self._combo("role_filter")
        self._fill_fixed_filters()

        self.new_button = QPushButton(icon("add.svg"), self.tr("New member"))
        self.new_button.setObjectName("new_member")
        self.new_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_member)
        self.open_button = QPushButton(icon("edit.svg"), self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected member (Enter)"))
        self.open_button.clicked.connect(self.open_current)

    def _set_up_table(self) -> None:
        """The table over the filtered rows: one fixed-height line a row, sorted by name."""
        self.table.setObjectName("members_table")
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        say_when_nothing_matches(self.table, self.search, lambda text: self.tr(
            "No member matches \u201c{text}\u201d").format(text=text))
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        set_read_only_rows(self.table, row_height=26)
        # One line a row, never measured: a row-height query per row and a wrapping text layout
        # per cell are most of the repaint after a keystroke at 20,000 members.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.installEventFilter(self)

    def _filter_row(self) -> QHBoxLayout:
        """The search, then each list filter with its caption."""
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("Status"), self.status_filter),
            (self.tr("Chapter"), self.chapter_filter),
            (self.tr("Sector"), self.sector_filter),
            (self.tr("Role"), self.role_filter),
        ):
            caption = PlainLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        return filters

    def _title_row(self) -> QHBoxLayout:
        """The title, the absences filter, the count and the buttons."""
        buttons = QHBoxLayout()
        title = PlainLabel(self.tr("Members"))
        title.setObjectName("page_title")
        buttons.addWidget(title)
        buttons.addStretch(1)
        # In the title row, by the count it drives: the filter row is already as wide as a
        # 1280-pixel screen allows.
        caption = PlainLabel(self.tr("Unexcused absences (6 months)"))
        caption.setBuddy(self.absences_filter)
        buttons.addWidget(caption)
        buttons.addWidget(self.absences_filter)
        buttons.addSpacing(12)
        buttons.addWidget(self.count_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        return buttons

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _fill_fixed_filters(self) -> None:
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Active and suspended"), "current")
        self.status_filter.addItem(self.tr("Charter not signed"), "unsigned")  # active members, current version
        for status in MemberStatus:
            self.status_filter.addItem(tr_enum(status), status)
        self.role_filter.addItem(self.tr("All roles"), None)
        self.role_filter.addItem(self.tr("Board"), "board")
        for role in ClubRole:
            self.role_filter.addItem(tr_enum(role), role)

    def _fill_list_filter(self, combo: QComboBox, everything: str, items: list[tuple[int, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        choices = member_list.filter_choices(self.context.uow())
        self._fill_list_filter(self.chapter_filter, self.tr("All chapters"), choices.chapters)
        self._fill_list_filter(self.sector_filter, self.tr("All sectors"), choices.sectors)
        members = member_list.list_members(self.context.uow())
        self.model.set_rows(members)
        self.apply_filter()
        if self._figures_after_paint:
            # The page's first showing: the background reads start once it is painted, so that
            # they do not compete with the first paint (a second chance if it never is).
            QTimer.singleShot(FIGURES_FALLBACK_MS, self._start_deferred_figures)
        else:
            self._read_figures()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._figures_after_paint:
            QTimer.singleShot(0, self._start_deferred_figures)

    def _start_deferred_figures(self) -> None:
        if self._figures_after_paint:
            self._figures_after_paint = False
            self._read_figures()

    def _read_figures(self) -> None:
        """Attendance rate and unexcused absences of every member over the last 6 months.

        Computed off the GUI thread: the members show at once, the column fills in after.
        """
        # Imported here: these services are not needed to show the page (start-up time).
        from app.services import attendance as attendance_service
        from app.services import charter as charter_service

        at = date.today()
        db = self.context.db

        def compute() -> tuple[dict[int, float | None], dict[int, int]]:
            return (attendance_service.attendance_rates(db.unit_of_work(), at, FIGURES_MONTHS),
                    attendance_service.unexcused_absences(db.unit_of_work(), at, FIGURES_MONTHS))

        self.context.runner.run(compute, lambda result: self._show_figures(at, *result))
        self.context.runner.run(lambda: charter_service.unsigned_member_ids(db.unit_of_work()), self._show_unsigned)

    def _show_unsigned(self, unsigned: set[int]) -> None:
        self.unsigned = unsigned
        if self.status_filter.currentData() == "unsigned":
            self.apply_filter()

    def _show_figures(self, at: date, rates: dict[int, float | None], absences: dict[int, int]) -> None:
        self.figures_at = at
        self.rates.clear()
        self.rates.update(rates)
        self.absences.clear()
        self.absences.update(absences)
        header = self.table.horizontalHeader()
        if self._sorted_by_figures():
            self.model.sort_rows(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.absences_filter.value() or self._sorted_by_figures():
            self.apply_filter()
        elif self.model.rowCount():
            column = self.model.columnCount() - 1
            self.model.dataChanged.emit(self.model.index(0, column),
                                        self.model.index(self.model.rowCount() - 1, column))

    def _sorted_by_figures(self) -> bool:
        return self.table.horizontalHeader().sortIndicatorSection() == self.model.columnCount() - 1

    def _sorted_descending(self) -> bool:
        return self.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("members", "reference", "all"):
            self.reload()
        elif topic in ("attendance", "meetings", "settings", "charter"):
            # Statuses, cancelled meetings or the lates rule change the figures, not the members.
            self._read_figures()
            self.apply_filter()

    def current_filter(self) -> Callable[[MemberRow], bool]:
        match = matcher(self.search.text())
        status = self.status_filter.currentData()
        chapter = self.chapter_filter.currentData()
        sector = self.sector_filter.currentData()
        role = self.role_filter.currentData()
        more_than = self.absences_filter.value()
        absences = self.absences
        unsigned = self.unsigned
        current = (MemberStatus.ACTIVE, MemberStatus.SUSPENDED)
        board = tuple(r for r in ClubRole if r is not ClubRole.MEMBER)

        # Only the criteria in use are tested: typing in the search box with no other filter
        # costs one substring test per row (the keystroke's budget at 20,000 members).
        checks: list[Callable[[MemberRow], bool]] = []
        if status == "current":
            checks.append(lambda row: row.status in current)
        elif status == "unsigned":
            checks.append(lambda row: row.id in unsigned)
        elif status is not None:
            checks.append(lambda row: row.status == status)
        if chapter is not None:
            checks.append(lambda row: row.chapter_id == chapter)
        if sector is not None:
            checks.append(lambda row: row.sector_id == sector)
        if role == "board":
            checks.append(lambda row: row.club_role in board)
        elif role is not None:
            checks.append(lambda row: row.club_role == role)
        if more_than:
            checks.append(lambda row: absences.get(row.id, 0) > more_than)
        if not self.search.text().strip():
            return (lambda row: all(check(row) for check in checks)) if checks else (lambda row: True)
        if not checks:
            return lambda row: match(row.search_text)
        return lambda row: match(row.search_text) and all(check(row) for check in checks)

    def _search_changed(self, text: str) -> None:
        # Typing on ("b", then "be") can only hide rows: filter the rows shown, not all of them.
        previous, self._searched = self._searched, text
        self.apply_filter(narrowing=previous is not None and narrows(previous, text))

    def apply_filter(self, *_args: object, narrowing: bool = False) -> None:
        """Show the rows the filters accept; ``narrowing``: only the search text changed, and to
        a query whose matches are among the rows shown."""
        if narrowing:
            self.model.narrow_filter(self.current_filter())
        else:
            self.model.set_filter(self.current_filter())
        total = self.model.total_count
        text = self.tr("{shown} shown of {total} members")
        # As wide as it can get for this club: a count that changes width at each keystroke
        # would lay out and repaint the whole bar of buttons around it.
        widest = self.count_label.fontMetrics().horizontalAdvance(text.format(shown=total, total=total))
        self.count_label.setMinimumWidth(widest)
        self.count_label.setText(text.format(shown=self.model.rowCount(), total=total))

    # -- actions -------------------------------------------------------------------
    def selected_member(self) -> MemberRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row())

    def open_current(self) -> None:
        row = self.selected_member()
        if row is not None:
            self.open_member(row.id)

    def open_member(self, member_id: int) -> None:
        self._show_dialog(member_id)

    def new_member(self) -> None:
        self._show_dialog(None)

    def new_record(self) -> bool:
        self.new_member()
        return True

    def _show_dialog(self, member_id: int | None) -> None:
        """Open the member form window-modal, without blocking (keeps tests and timers alive)."""
        from ui.dialogs.member_dialog import MemberDialog

        dialog = MemberDialog(self.context, member_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.member_saved.connect(self._select)
        dialog.open_member_requested.connect(self.open_member)
        self.member_dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _select(self, member_id: int) -> None:
        self.context.data_changed.emit("members")
        row = self.model.row_of(lambda r: r.id == member_id)
        if row < 0:  # hidden by the filters: show everyone so the saved member is visible
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.chapter_filter.setCurrentIndex(0)
            self.sector_filter.setCurrentIndex(0)
            self.role_filter.setCurrentIndex(0)
            self.absences_filter.setValue(0)
            row = self.model.row_of(lambda r: r.id == member_id)
        if row >= 0:
            index = self.proxy.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.proxy.rowCount():
                    self.table.setFocus()
                    self.table.setCurrentIndex(self.proxy.index(0, 0))
                    if key != Qt.Key.Key_Down and self.proxy.rowCount() == 1:
                        self.open_current()
                return True
        return super().eventFilter(watched, event)

    # -- state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = QSettings().value("members/header")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
        else:
            for column, width in enumerate((60, 130, 120, 130, 200, 170, 100, 120, 220, 110, 90, 90, 90)):
                self.table.setColumnWidth(column, width)

    def save_state(self) -> None:
        QSettings().setValue("members/header", self.table.horizontalHeader().saveState())

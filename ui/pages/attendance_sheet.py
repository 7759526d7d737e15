"""The attendance sheet of one meeting, built for speed: keyboard first, badge scanner welcome.

P, R, A, E, S set the status of the selected members (all of them when several are selected)
and move to the next member; Delete clears it. Digits typed on the list jump to that member
number; Ctrl+F searches by name. "All unmarked are present" ends the round in one action. The
check-in field takes a member number typed or read from a badge by a USB scanner (which types
the number and presses Enter).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.attendance import STATUS_KEYS, AttendanceStatus, label, meeting_counts
from app.domain.errors import CercleError
from app.domain.text import matcher
from app.services import attendance
from app.services import meetings as meetings_service
from app.services.attendance import AttendanceSheet, MarkChange, SheetRow
from ui.context import AppContext
from ui.dialogs.attendance_details import ExcuseDialog, SubstituteDialog
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.widgets import look
from ui.widgets.columns import lay_out_on_reset, set_column_widths

RIGHT = Qt.AlignmentFlag.AlignRight
TYPE_AHEAD_MS = 1200  # digits typed within this delay add up to one member number
STATUS_COLOURS = {  # row backgrounds on a light palette
    AttendanceStatus.PRESENT: QColor("#d8efd8"),
    AttendanceStatus.LATE: QColor("#fdefc3"),
    AttendanceStatus.ABSENT: QColor("#f6d2ce"),
    AttendanceStatus.EXCUSED: QColor("#d9e5f6"),
    AttendanceStatus.SUBSTITUTED: QColor("#e8daf3"),
}
STATUS_HUES = {  # on a dark palette: the base colour tinted with these
    AttendanceStatus.PRESENT: "#2e7d32",
    AttendanceStatus.LATE: "#c99400",
    AttendanceStatus.ABSENT: "#c62828",
    AttendanceStatus.EXCUSED: "#1e88e5",
    AttendanceStatus.SUBSTITUTED: "#8e44ad",
}


def status_brush(status: AttendanceStatus | None) -> QBrush | None:
    """The background of a row of this status, pale on a light palette, dim on a dark one."""
    if status is None:
        return None
    if look.is_dark():
        return QBrush(look.tint(STATUS_HUES[status], strength=0.35))
    return QBrush(STATUS_COLOURS[status])


def tr_attendance(value: object) -> str:
    """Translated label of a status, meeting kind or state (context ``Attendance``)."""
    return QCoreApplication.translate("Attendance", label(value))  # type: ignore[arg-type]


def _detail(row: SheetRow) -> str | None:
    if row.status is AttendanceStatus.EXCUSED:
        return row.excuse_reason
    if row.status is AttendanceStatus.SUBSTITUTED and row.substitute_name:
        return row.substitute_name + (f" ({row.substitute_company})" if row.substitute_company else "")
    return None


def sheet_columns() -> list[Column[SheetRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Last name"), lambda r: r.last_name,
               sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold())),
        Column(QT_TRANSLATE_NOOP("Columns", "First name"), lambda r: r.first_name,
               sort_key=lambda r: r.first_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company, sort_key=lambda r: r.company.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: tr_attendance(r.status) if r.status else "",
               sort_key=lambda r: list(AttendanceStatus).index(r.status) if r.status else 9,
               background=lambda r: status_brush(r.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Arrival"),
               lambda r: r.arrival_time.strftime("%H:%M") if r.arrival_time else "", align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason or substitute"), _detail),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda r: r.chapter if r.extra else ""),
    ]


class SheetModel(DataclassTableModel[SheetRow]):
    """The sheet's rows; a status change updates its rows in place, keeping selection and scroll."""

    def update_rows(self, changed: Sequence[SheetRow]) -> None:
        by_id = {row.member_id: row for row in changed}
        if not by_id:
            return
        self._all = [by_id.get(row.member_id, row) for row in self._all]
        last_column = self.columnCount() - 1
        for number, row in enumerate(self._shown):
            if row.member_id in by_id:
                self._shown[number] = by_id[row.member_id]
                self.dataChanged.emit(self.index(number, 0), self.index(number, last_column))


class AttendanceSheetPage(QWidget):
    """Shown by the meetings page in place of the list; ``closed`` goes back to it."""

    closed = Signal()
    attendance_changed = Signal(int)  # meeting id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet: AttendanceSheet | None = None
        self.confirmed = False  # the secretary agreed to change this old meeting
        self.changed = False
        self._last_reason: str | None = None
        self._typed = ""
        self._typed_clock = QElapsedTimer()

        self.model = SheetModel(sheet_columns(), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.back_button = QPushButton(self.tr("← Meetings"))
        self.back_button.setObjectName("back_to_meetings")
        self.back_button.setToolTip(self.tr("Back to the list of meetings (Esc)"))
        self.back_button.clicked.connect(self.close_sheet)
        self.title = QLabel()
        self.title.setObjectName("page_title")
        self.counts = QLabel()
        self.counts.setObjectName("sheet_counts")
        self.counts.setWordWrap(True)  # the counts never push the sheet wider than the window
        self.old_warning = QLabel(self.tr(
            "Held more than 7 days ago: changes are confirmed and kept in the audit trail."))
        look.paint(self.old_warning, "warning")

        self.checkin = QLineEdit()
        self.checkin.setObjectName("checkin")
        self.checkin.setPlaceholderText(self.tr("Check-in: badge or member number"))
        self.checkin.setToolTip(self.tr("Check-in: scan a badge or type a member number, then Enter"))
        self.checkin.returnPressed.connect(self.check_in)
        self.checkin_feedback = QLabel()
        self.checkin_feedback.setObjectName("checkin_feedback")
        self.find = QLineEdit()
        self.find.setObjectName("sheet_find")
        self.find.setClearButtonEnabled(True)
        self.find.addAction(icon("search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self.find.setPlaceholderText(self.tr("Find: name or number"))
        self.find.setToolTip(self.tr("Find a member: name or number (Ctrl+F)"))
        self.find.textChanged.connect(self.jump_to_match)
        self.find.installEventFilter(self)

        self.all_present_button = QPushButton(self.tr("All unmarked are present"))
        self.all_present_button.setObjectName("all_present")
        self.all_present_button.setToolTip(self.tr("Mark everyone without a status present (Ctrl+Enter)"))
        self.all_present_button.clicked.connect(self.mark_unmarked_present)
        self.add_expected_button = QPushButton(icon("add.svg"), self.tr("Add an expected member…"))
        self.add_expected_button.setObjectName("add_expected")
        self.add_expected_button.setToolTip(self.tr(
            "Expect a member of another chapter at this meeting, e.g. a visitor (Ctrl+Shift+A)"))
        self.add_expected_button.clicked.connect(self.add_expected_member)
        self.remove_expected_button = QPushButton(self.tr("Remove from this meeting"))
        self.remove_expected_button.setObjectName("remove_expected")
        self.remove_expected_button.setToolTip(self.tr(
            "Remove a member added by hand who has no status yet"))
        self.remove_expected_button.clicked.connect(self.remove_expected_member)
        self.remove_expected_button.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("sheet_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        keys_help = QLabel(self.tr(
            "Keys: P present · R late · A absent · E excused · S substituted · Del clear. "
            "Ctrl+click or Shift+arrows to select several members."))
        look.paint(keys_help, "muted")
        keys_help.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("sheet_table")
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        # By name, as the service sends them; enabling sorting alone would sort by number, descending.
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, (52, 120, 105, 175, 85, 60, 170))
        self.table.installEventFilter(self)

        from ui.pages.meeting_guests import GuestsPanel

        self.guests = GuestsPanel(context, self)
        self.guests.setMinimumWidth(250)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title)
        header.addWidget(self.counts, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.checkin, 2)
        entry.addWidget(self.find, 2)
        entry.addWidget(self.all_present_button)
        expected_bar = QHBoxLayout()
        expected_bar.addWidget(self.add_expected_button)
        expected_bar.addWidget(self.remove_expected_button)
        expected_bar.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(entry)
        left_layout.addWidget(self.checkin_feedback)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(keys_help)
        left_layout.addLayout(expected_bar)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.guests)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.old_warning)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self.mark_unmarked_present)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_sheet)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A), self,
                  self.add_expected_member)
        self.table.selectionModel().currentRowChanged.connect(self._update_expected_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_expected_buttons)

    # -- loading -------------------------------------------------------------------
    def load(self, meeting_id: int) -> None:
        self.sheet = attendance.load_sheet(self.context.uow(), meeting_id)
        self.confirmed = False
        self.changed = False
        self.error.hide()
        self.checkin_feedback.clear()
        self.find.clear()
        self.model.set_rows(self.sheet.rows)
        meeting = self.sheet.meeting
        place = meeting.chapter or self.tr("Whole club")
        self.title.setText(self.tr("{kind} – {place} – {date}").format(
            kind=tr_attendance(meeting.kind), place=place, date=formatting.format_date_long(meeting.date)))
        self.old_warning.setVisible(self.sheet.needs_confirmation)
        self.guests.load(meeting_id, self.sheet.rows)
        self._update_counts()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_expected_buttons()
        self._show_limit()
        self.table.setFocus()

    def _show_limit(self) -> None:
        """A connection limited to another antenna reads this sheet but cannot change it."""
        from app.services.antenna import limit_name, may_edit

        assert self.sheet is not None
        limit = self.context.db.chapter_limit
        self.read_only = not may_edit(limit, self.sheet.meeting.chapter_id)
        if getattr(self, "limit_note", None) is None:
            self.limit_note = QLabel()
            self.limit_note.setObjectName("sheet_read_only")
            self.limit_note.setWordWrap(True)
            look.paint(self.limit_note, "warning", "font-weight: bold;")
            self.layout().insertWidget(1, self.limit_note)  # type: ignore[union-attr]
        self.limit_note.setVisible(self.read_only)
        if self.read_only:
            self.limit_note.setText(self.tr(
                "Read only: this connection may change only the meetings and attendance of {chapter}.").format(
                    chapter=limit_name(self.context.uow(), limit)))
        for widget in (self.checkin, self.all_present_button, self.add_expected_button):
            widget.setEnabled(not self.read_only)
        self._update_expected_buttons()

    def refresh(self, select_member_id: int | None = None) -> None:
        """Reload the open sheet (members added or removed, settings changed), keeping what the
        secretary agreed to and whether anything changed; select ``select_member_id`` if given.
        """
        if self.sheet is None:
            return
        current = self.selected_rows()
        confirmed, changed = self.confirmed, self.changed
        self.load(self.sheet.meeting.id)
        self.confirmed, self.changed = confirmed, changed
        target = select_member_id if select_member_id is not None else (
            current[0].member_id if current else None)
        if target is not None:
            self.select_member(target)

    def select_member(self, member_id: int) -> bool:
        position = self.model.row_of(lambda r: r.member_id == member_id)
        if position < 0:
            return False
        index = self.proxy.index(position, 0)
        self.table.clearSelection()
        self.table.setCurrentIndex(index)
        self.table.selectRow(position)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _update_counts(self) -> None:
        if self.sheet is None:
            return
        counts = meeting_counts((row.status for row in self.model.all_rows), self.sheet.rules)
        self.counts.setText(self.tr(
            "Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · "
            "substituted {substituted} · not marked {unmarked} · turnout {turnout}"
        ).format(
            expected=counts.expected, present=counts.present, late=counts.late, absent=counts.absent,
            excused=counts.excused, substituted=counts.substituted, unmarked=counts.unmarked,
            turnout=formatting.format_percent(counts.turnout),
        ).replace(" · ", "\n").replace(" ", "\u00a0").replace("\n", " · "))  # wraps between counts only

    # -- statuses ------------------------------------------------------------------
    def selected_rows(self) -> list[SheetRow]:
        proxy_rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not proxy_rows and self.table.currentIndex().isValid():
            proxy_rows = [self.table.currentIndex().row()]
        return [self.proxy.row_at(row) for row in proxy_rows]

    def ask_confirmation(self) -> bool:
        """Ask before changing a meeting held more than a week ago (replaced in tests)."""
        answer = QMessageBox.question(self, self.tr("Change an old meeting"), self.tr(
            "This meeting was held more than 7 days ago. Change its attendance anyway? "
            "The change will be kept in the audit trail with your name."))
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_if_old(self) -> bool:
        if self.sheet is not None and self.sheet.needs_confirmation and not self.confirmed:
            self.confirmed = self.ask_confirmation()
        return self.sheet is not None and (not self.sheet.needs_confirmation or self.confirmed)

    def set_status(self, status: AttendanceStatus | None) -> None:
        """Give the selected members a status (``None`` clears it) and move to the next one."""
        rows = self.selected_rows()
        if not rows or self.sheet is None:
            return
        reason = substitute = company = None
        if status is AttendanceStatus.EXCUSED:
            names = ", ".join(row.full_name for row in rows[:5]) + ("…" if len(rows) > 5 else "")
            dialog = ExcuseDialog(names, self._last_reason, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.value() or None
            self._last_reason = reason
        elif status is AttendanceStatus.SUBSTITUTED:
            if len(rows) > 1:
                self._show_error(self.tr("Record one substitution at a time: select a single member."))
                return
            dialog = SubstituteDialog(rows[0].full_name, rows[0].company, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            substitute, company = dialog.values()
        if not self._confirm_if_old():
            return
        keep_time = status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        changes = [
            MarkChange(row.member_id, status, arrival_time=row.arrival_time if keep_time else None,
                       excuse_reason=reason, substitute_name=substitute, substitute_company=company)
            for row in rows
        ]
        try:
            changed = attendance.record_attendance(
                self.context.uow(), self.sheet.meeting.id, changes, confirmed=self.confirmed,
                chapter_limit=self.context.db.chapter_limit)
        except CercleError as error:
            self._show_error(tr_error(error))
            return
        self._applied(changed)
        self._move_after(rows[-1])

    def mark_unmarked_present(self) -> None:
        if self.sheet is None or not self._confirm_if_old():
            return
        try:
            changed = attendance.mark_unmarked_present(
                self.context.uow(), self.sheet.meeting.id, confirmed=self.confirmed,
                chapter_limit=self.context.db.chapter_limit)
        except CercleError as error:
            self._show_error(tr_error(error))
            return
        self._applied(changed)

    def _applied(self, changed: Sequence[SheetRow]) -> None:
        self.error.hide()
        if changed:
            self.changed = True
            self.model.update_rows(changed)
            self._update_counts()
            self._update_expected_buttons()
            if self.sheet is not None:
                self.attendance_changed.emit(self.sheet.meeting.id)

    def _move_after(self, row: SheetRow) -> None:
        position = self.model.row_of(lambda r: r.member_id == row.member_id)
        target = min(position + 1, self.proxy.rowCount() - 1)
        if target >= 0:
            index = self.proxy.index(target, 0)
            self.table.clearSelection()
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- expected by hand ------------------------------------------------------------
    def _removable(self, rows: Sequence[SheetRow]) -> bool:
        return len(rows) == 1 and rows[0].extra and rows[0].status is None

    def _update_expected_buttons(self, *_args: object) -> None:
        rows = self.selected_rows() if self.sheet is not None else []
        read_only = getattr(self, "read_only", False)
        self.add_expected_button.setEnabled(self.sheet is not None and not read_only)
        self.remove_expected_button.setEnabled(self._removable(rows) and not read_only)

    def add_expected_member(self) -> None:
        """Ask which member to expect by hand, then show them on the sheet."""
        if self.sheet is None:
            return
        from ui.dialogs.add_expected_dialog import AddExpectedDialog

        dialog = AddExpectedDialog(self.context, self.sheet.meeting,
                                   [row.member_id for row in self.model.all_rows], self)
        self.add_expected_dialog = dialog  # reachable by tests while it is open
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.add_expected_dialog = None
        if accepted and dialog.added_member_id is not None:
            self._expected_changed(dialog.added_member_id)

    def remove_expected_member(self) -> None:
        """Remove a member added by hand who has no status yet (a mistaken addition)."""
        rows = self.selected_rows()
        if self.sheet is None or not rows:
            return
        if not rows[0].extra or len(rows) != 1:
            self._show_error(self.tr(
                "Only a member added by hand to this meeting can be removed from it: select one."))
            return
        try:
            meetings_service.remove_expected_member(self.context.uow(), self.sheet.meeting.id, rows[0].member_id,
                                                    chapter_limit=self.context.db.chapter_limit)
        except CercleError as error:
            self._show_error(tr_error(error))
            return
        position = self.model.row_of(lambda r: r.member_id == rows[0].member_id)
        self._expected_changed(None)
        if self.proxy.rowCount():
            index = self.proxy.index(min(max(position, 0), self.proxy.rowCount() - 1), 0)
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def _expected_changed(self, select_member_id: int | None) -> None:
        assert self.sheet is not None
        self.refresh(select_member_id)
        self.changed = True
        self.attendance_changed.emit(self.sheet.meeting.id)
        self.table.setFocus()

    # -- check-in ------------------------------------------------------------------
    def check_in(self) -> None:
        badge = self.checkin.text()
        self.checkin.clear()  # ready for the next badge at once
        if self.sheet is None or not badge.strip():
            return
        try:
            result = attendance.check_in(self.context.uow(), self.sheet.meeting.id, badge,
                                         at=datetime.now(), confirmed=self.confirmed,
                                         chapter_limit=self.context.db.chapter_limit)
        except CercleError as error:
            look.paint(self.checkin_feedback, "error", "font-weight: bold;")
            self.checkin_feedback.setText(tr_error(error))
            return
        row = result.row
        if result.added_as_extra:
            self.refresh(row.member_id)
            self.changed = True
        else:
            self._applied([row])
        if result.already_marked:
            text = self.tr("{name} is already checked in ({status}).")
        else:
            text = self.tr("{name}: {status}")
        when = f" {row.arrival_time.strftime('%H:%M')}" if row.arrival_time else ""
        look.paint(self.checkin_feedback, "success", "font-weight: bold;")
        self.checkin_feedback.setText(
            text.format(name=f"{row.number} – {row.full_name}", status=tr_attendance(result.status) + when))
        position = self.model.row_of(lambda r: r.member_id == row.member_id)
        if position >= 0:
            self.table.scrollTo(self.proxy.index(position, 0))
        self.checkin.setFocus()

    # -- finding -------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find.setFocus()
        self.find.selectAll()

    def jump_to_match(self, text: str) -> bool:
        """Make the first member matching ``text`` (name, company or number) the current one."""
        if not text.strip():
            return False
        match = matcher(text)
        stripped = text.strip()
        position = -1
        if stripped.isdigit():
            position = self.model.row_of(lambda r: str(r.number).startswith(stripped))
        if position < 0:
            position = self.model.row_of(lambda r: match(r.search_text))
        if position < 0:
            return False
        index = self.proxy.index(position, 0)
        self.table.clearSelection()
        self.table.setCurrentIndex(index)
        self.table.selectRow(position)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _type_ahead(self, digit: str) -> None:
        if not self._typed_clock.isValid() or self._typed_clock.elapsed() > TYPE_AHEAD_MS:
            self._typed = ""
        self._typed += digit
        self._typed_clock.restart()
        self.jump_to_match(self._typed)

    def close_sheet(self) -> None:
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and modifiers == Qt.KeyboardModifier.ControlModifier):
                # The table view takes Ctrl+Enter before the window shortcut sees it.
                self.mark_unmarked_present()
                return True
            if watched is self.table and modifiers in (Qt.KeyboardModifier.NoModifier,
                                                       Qt.KeyboardModifier.ShiftModifier):
                text = event.text().upper()
                if text in STATUS_KEYS:
                    self.set_status(STATUS_KEYS[text])
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.set_status(None)
                    return True
                if text.isdigit():
                    self._type_ahead(text)
                    return True
            if watched is self.find and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)


"""The attendance sheet of one meeting, built for speed: keyboard first, badge scanner welcome.

P, R, A, E, S set the status of the selected members (all of them when several are selected)
and move to the next member; Delete clears it. Digits typed on the list jump to that member
number; Ctrl+F searches by name. "All unmarked are present" (or absent) ends the round in one
action. The check-in field takes a member number typed or read from a badge by a USB scanner
(which types the number and presses Enter), or a number followed by a status letter
(``1075a``), which sets that status at once; for E and S the same field then asks the reason or
the substitute's name. Every change can be undone with Ctrl+Z, a bulk action as one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.attendance import (
    BEFORE_THE_DAY,
    STATUS_KEYS,
    AttendanceStatus,
    label,
    meeting_counts,
    number_and_status,
)
from app.domain.errors import CercleError
from app.domain.text import matcher
from app.services import attendance
from app.services import meetings as meetings_service
from app.services.attendance import AttendanceSheet, MarkChange, SheetRow
from ui.context import AppContext
from ui.dialogs.attendance_details import USUAL_REASONS, ExcuseDialog, SubstituteDialog
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.widgets import look
from ui.widgets.columns import lay_out_on_reset, set_column_widths, set_read_only_rows
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, ask

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
               lambda r: formatting.format_time(r.arrival_time), align=RIGHT),
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


def mark_of(row: SheetRow) -> MarkChange:
    """What is recorded for a row, as a change that would record it again (for undoing)."""
    return MarkChange(row.member_id, row.status, arrival_time=row.arrival_time, excuse_reason=row.excuse_reason,
                      substitute_name=row.substitute_name, substitute_company=row.substitute_company)


class MarksCommand(QUndoCommand):
    """One recorded action of the sheet (a key, an entry, a bulk action), undone as one step."""

    def __init__(self, page: AttendanceSheetPage, text: str, before: list[MarkChange],
                 after: list[MarkChange]) -> None:
        super().__init__(text)
        self.page, self.before, self.after = page, before, after
        self.recorded = True  # pushed once recorded: the first redo has nothing to do

    def redo(self) -> None:
        if self.recorded:
            self.recorded = False
            return
        self.page.write_marks(self.after, QCoreApplication.translate("AttendanceSheetPage", "Redone: {action}").format(
            action=self.text()))

    def undo(self) -> None:
        self.page.write_marks(self.before, QCoreApplication.translate("AttendanceSheetPage", "Undone: {action}").format(
            action=self.text()))


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
        self.read_only = False  # a connection limited to another antenna
        self._last_reason: str | None = None
        self._typed = ""
        self._typed_clock = QElapsedTimer()
        self._pending: tuple[SheetRow, AttendanceStatus] | None = None  # asking a reason or a name
        self.undo_stack = QUndoStack(self)

        self.model = SheetModel(sheet_columns(), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.back_button = QPushButton(self.tr("← Meetings"))
        self.back_button.setObjectName("back_to_meetings")
        self.back_button.setToolTip(self.tr("Back to the list of meetings (Esc)"))
        self.back_button.clicked.connect(self.close_sheet)
        self.title = PlainLabel()
        self.title.setObjectName("page_title")
        self.counts = PlainLabel()
        self.counts.setObjectName("sheet_counts")
        self.counts.setWordWrap(True)  # the counts never push the sheet wider than the window
        self.old_warning = PlainLabel(self.tr(
            "Held more than 7 days ago: changes are confirmed and kept in the audit trail."))
        look.paint(self.old_warning, "warning")
        self.future_note = PlainLabel()
        self.future_note.setObjectName("sheet_before_the_day")
        look.paint(self.future_note, "warning")

        self.checkin = QLineEdit()
        self.checkin.setObjectName("checkin")
        self.checkin.setToolTip(self.tr(
            "Check-in: scan a badge or type a member number, then Enter. "
            "A number followed by P, R, A, E or S (1075a) sets that status at once."))
        self.checkin.returnPressed.connect(self.check_in)
        self.checkin.textEdited.connect(self._entry_typed)
        self.checkin.installEventFilter(self)
        self.reasons = QCompleter([QCoreApplication.translate("ExcuseDialog", reason) for reason in USUAL_REASONS],
                                  self)
        self.reasons.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reasons.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        # The one line of the sheet that answers: what a check-in or a key did, or why not.
        self.message = PlainLabel()
        self.message.setObjectName("sheet_message")
        self.message.setWordWrap(True)
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
        self.all_present_button.clicked.connect(lambda: self.mark_unmarked(AttendanceStatus.PRESENT))
        self.all_absent_button = QPushButton(self.tr("All unmarked are absent"))
        self.all_absent_button.setObjectName("all_absent")
        self.all_absent_button.setToolTip(self.tr("Mark everyone without a status absent (Ctrl+Shift+Enter)"))
        self.all_absent_button.clicked.connect(lambda: self.mark_unmarked(AttendanceStatus.ABSENT))
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
        keys_help = PlainLabel(self.tr(
            "Keys: P present · R late · A absent · E excused · S substituted · Del clear · Ctrl+Z undo. "
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
        set_read_only_rows(self.table, several=True, alternating=False, row_height=24)
        # Whole at 1366 pixels beside the guests panel at its narrowest (the chapter, last, takes what is left).
        set_column_widths(self.table, (52, 120, 105, 175, 85, 60, 150, 60))
        self.table.installEventFilter(self)

        from ui.pages.meeting_guests import GuestsPanel

        self.guests = GuestsPanel(context, self)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.checkin, 2)
        entry.addWidget(self.find, 2)
        entry.addWidget(self.all_present_button)
        entry.addWidget(self.all_absent_button)
        expected_bar = QHBoxLayout()
        expected_bar.addWidget(self.add_expected_button)
        expected_bar.addWidget(self.remove_expected_button)
        expected_bar.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(entry)
        left_layout.addWidget(self.message)
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
        layout.addWidget(self.counts)  # a line of its own: it stays one line at 1366 px
        layout.addWidget(self.old_warning)
        layout.addWidget(self.future_note)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self,
                  lambda: self.mark_unmarked(AttendanceStatus.PRESENT))
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Return), self,
                  lambda: self.mark_unmarked(AttendanceStatus.ABSENT))
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
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
        self.undo_stack.clear()
        self._end_question()
        self.message.clear()
        self.find.clear()
        self.model.set_rows(self.sheet.rows)
        meeting = self.sheet.meeting
        place = meeting.chapter or self.tr("Whole club")
        self.title.setText(self.tr("{kind} – {place} – {date}").format(
            kind=tr_attendance(meeting.kind), place=place, date=formatting.format_date_long(meeting.date)))
        self.old_warning.setVisible(self.sheet.needs_confirmation)
        self.future_note.setText(self.tr(
            "Planned for {date}: excuses can be recorded now; present, late and absent on the day.").format(
                date=formatting.format_date_long(meeting.date)))
        self.future_note.setVisible(self.before_the_day)
        self.guests.load(meeting_id, self.sheet.rows)
        self._update_counts()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_expected_buttons()
        self._show_limit()
        self.checkin.setFocus()  # at the door: numbers and badges come first

    @property
    def before_the_day(self) -> bool:
        """The meeting is later than today: it takes excuses only."""
        return self.sheet is not None and self.sheet.meeting.date > datetime.now().date()

    def _show_limit(self) -> None:
        """A connection limited to another antenna reads this sheet but cannot change it."""
        from app.services.antenna import limit_name, may_edit

        assert self.sheet is not None
        limit = self.context.db.chapter_limit
        self.read_only = not may_edit(limit, self.sheet.meeting.chapter_id)
        if getattr(self, "limit_note", None) is None:
            self.limit_note = PlainLabel()
            self.limit_note.setObjectName("sheet_read_only")
            self.limit_note.setWordWrap(True)
            look.paint(self.limit_note, "warning", "font-weight: bold;")
            self.layout().insertWidget(1, self.limit_note)  # type: ignore[union-attr]
        self.limit_note.setVisible(self.read_only)
        if self.read_only:
            self.limit_note.setText(self.tr(
                "Read only: this connection may change only the meetings and attendance of {chapter}.").format(
                    chapter=limit_name(self.context.uow(), limit)))
        for widget in (self.checkin, self.add_expected_button):
            widget.setEnabled(not self.read_only)
        for widget in (self.all_present_button, self.all_absent_button):
            widget.setEnabled(not self.read_only and not self.before_the_day)
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
        text = self.tr(
            "Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · "
            "substituted {substituted} · not marked {unmarked}"
        ).format(
            expected=counts.expected, present=counts.present, late=counts.late, absent=counts.absent,
            excused=counts.excused, substituted=counts.substituted, unmarked=counts.unmarked)
        if counts.unmarked < counts.expected and not self.before_the_day:
            # A rate before anyone is checked in would read as an empty room.
            text += " · " + self.tr("turnout {turnout}").format(turnout=formatting.format_percent(counts.turnout))
        # Wraps between counts only, should a narrow window need it.
        self.counts.setText(text.replace(" · ", "\n").replace(" ", "\u00a0").replace("\n", " · "))

    # -- statuses ------------------------------------------------------------------
    def selected_rows(self) -> list[SheetRow]:
        proxy_rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not proxy_rows and self.table.currentIndex().isValid():
            proxy_rows = [self.table.currentIndex().row()]
        return [self.proxy.row_at(row) for row in proxy_rows]

    def ask_confirmation(self) -> bool:
        """Ask before changing a meeting held more than a week ago (replaced in tests)."""
        answer = ask(self, self.tr("Change an old meeting"), self.tr(
            "This meeting was held more than 7 days ago. Change its attendance anyway? "
            "The change will be kept in the audit trail with your name."))
        return answer == Button.Yes

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
        elif status is AttendanceStatus.SUBSTITUTED:
            if self._refused_before_the_day(status):
                return
            if len(rows) > 1:
                self._show_error(self.tr("Record one substitution at a time: select a single member."))
                return
            dialog = SubstituteDialog(rows[0].full_name, rows[0].company, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            substitute, company = dialog.values()
        if self.record(rows, status, reason=reason, substitute=substitute, company=company):
            self._move_after(rows[-1])

    def record(self, rows: Sequence[SheetRow], status: AttendanceStatus | None, *, reason: str | None = None,
               substitute: str | None = None, company: str | None = None) -> bool:
        """Record one action's status for ``rows``, undoable as one step; False if refused."""
        assert self.sheet is not None
        if not self._confirm_if_old():
            return False
        keep_time = status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        changes = [
            MarkChange(row.member_id, status, arrival_time=row.arrival_time if keep_time else None,
                       excuse_reason=reason, substitute_name=substitute, substitute_company=company)
            for row in rows
        ]
        try:
            changed = attendance.record_attendance(
                self.context.uow(), self.sheet.meeting.id, changes, confirmed=self.confirmed)
        except CercleError as error:
            self._show_error(tr_error(error))
            return False
        if status is AttendanceStatus.EXCUSED:
            self._last_reason = reason
        status_name = tr_attendance(status) if status else self.tr("Cleared")
        if len(rows) == 1:
            action = self.tr("{name}: {status}").format(name=f"{rows[0].number} – {rows[0].full_name}",
                                                       status=status_name)
        else:
            action = self.tr("{status}: %n member(s)", "", len(rows)).format(status=status_name)
        self._applied(changed, before=[mark_of(row) for row in rows], action=action)
        return True

    def mark_unmarked(self, status: AttendanceStatus) -> None:
        """Everyone without a status is present (or absent): the end of the round, in one action."""
        if self.sheet is None or not self._confirm_if_old():
            return
        try:
            changed = attendance.mark_unmarked(
                self.context.uow(), self.sheet.meeting.id, status, confirmed=self.confirmed)
        except CercleError as error:
            self._show_error(tr_error(error))
            return
        if not changed:
            self._show_message(self.tr("Every member already has a status."))
            return
        if status is AttendanceStatus.PRESENT:
            action = self.tr("%n member(s) not marked yet: now present", "", len(changed))
        else:
            action = self.tr("%n member(s) not marked yet: now absent", "", len(changed))
        self._applied(changed, before=[MarkChange(row.member_id, None) for row in changed], action=action)

    def _applied(self, changed: Sequence[SheetRow], *, before: Sequence[MarkChange] = (),
                 action: str | None = None) -> None:
        """Show the rows a service changed; with ``action``, say what was done and make it undoable."""
        if action is not None:
            self._show_message(action + " " + self.tr("(Ctrl+Z: undo)") if changed else action)
        if not changed:
            return
        self.changed = True
        self.model.update_rows(changed)
        self._update_counts()
        self._update_expected_buttons()
        if action is not None:
            ids = {row.member_id for row in changed}
            self.undo_stack.push(MarksCommand(self, action, [mark for mark in before if mark.member_id in ids],
                                              [mark_of(row) for row in changed]))
        if self.sheet is not None:
            self.attendance_changed.emit(self.sheet.meeting.id)

    def write_marks(self, changes: list[MarkChange], done: str) -> None:
        """Record ``changes`` again (an undo or a redo) and say so."""
        if self.sheet is None:
            return
        try:
            changed = attendance.record_attendance(
                self.context.uow(), self.sheet.meeting.id, changes, confirmed=self.confirmed)
        except CercleError as error:
            # The stack has already moved its index: it no longer tells what the sheet holds, so it
            # is forgotten (once the command that failed has returned).
            QTimer.singleShot(0, self.undo_stack.clear)
            self._show_error(tr_error(error))
            return
        self._applied(changed)
        self._show_message(done)

    def _move_after(self, row: SheetRow) -> None:
        position = self.model.row_of(lambda r: r.member_id == row.member_id)
        target = min(position + 1, self.proxy.rowCount() - 1)
        if target >= 0:
            index = self.proxy.index(target, 0)
            self.table.clearSelection()
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _refused_before_the_day(self, status: AttendanceStatus) -> bool:
        """Refuse a substitution before the meeting's day at once, before asking for a name."""
        if status in BEFORE_THE_DAY or not self.before_the_day or self.read_only:
            return False
        self._show_error(tr_error(CercleError(attendance.MSG_FUTURE)))
        return True

    def _show_message(self, text: str) -> None:
        look.paint(self.message, "success", "font-weight: bold;")
        self.message.setText(text)

    def _show_error(self, text: str) -> None:
        """Say why an action was refused, on the sheet's one message line (it replaces the last)."""
        look.paint(self.message, "error", "font-weight: bold;")
        self.message.setText(text)

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
            meetings_service.remove_expected_member(self.context.uow(), self.sheet.meeting.id, rows[0].member_id)
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
        """Enter in the check-in field: answer its question, or check a badge's member in."""
        badge = self.checkin.text()
        self.checkin.clear()  # ready for the next badge at once
        if self._pending is not None:
            self._answer(badge)
            return
        if self.sheet is None or not badge.strip():
            return
        try:
            result = attendance.check_in(self.context.uow(), self.sheet.meeting.id, badge,
                                         at=datetime.now(), confirmed=self.confirmed)
        except CercleError as error:
            self._show_error(tr_error(error))
            return
        row = result.row
        when = f" {formatting.format_time(row.arrival_time)}" if row.arrival_time else ""
        name = f"{row.number} – {row.full_name}"
        if result.already_marked:
            self._show_message(self.tr("{name} is already checked in ({status}).").format(
                name=name, status=tr_attendance(result.status) + when))
        else:
            before = [MarkChange(row.member_id, None)]
            action = self.tr("{name}: {status}").format(name=name, status=tr_attendance(result.status) + when)
            if result.added_as_extra:
                self.refresh(row.member_id)
            self._applied([row], before=before, action=action)
        position = self.model.row_of(lambda r: r.member_id == row.member_id)
        if position >= 0:
            self.table.scrollTo(self.proxy.index(position, 0))
        self.checkin.setFocus()

    def _entry_typed(self, text: str) -> None:
        """A member number followed by a status letter (``1075a``) sets that status at once."""
        entry = number_and_status(text) if self._pending is None else None
        if entry is None or self.sheet is None:
            return
        number, status = entry
        self.checkin.clear()
        position = self.model.row_of(lambda r: r.number == number)
        if position < 0:
            self._show_error(self.tr("No member with number {number} on this sheet.").format(number=number))
            return
        row = self.model.all_rows[position]
        self.select_member(row.member_id)
        if status in (AttendanceStatus.EXCUSED, AttendanceStatus.SUBSTITUTED):
            if not self._refused_before_the_day(status):
                self._ask(row, status)
        else:
            self.record([row], status)

    def _ask(self, row: SheetRow, status: AttendanceStatus) -> None:
        """Turn the check-in field into the question an excuse or a substitution needs."""
        self._pending = (row, status)
        name = f"{row.number} – {row.full_name}"
        if status is AttendanceStatus.EXCUSED:
            self.checkin.setPlaceholderText(self.tr("Reason of the excuse"))
            self.checkin.setText(self._last_reason or "")
            self.checkin.selectAll()  # Enter keeps the last reason, typing replaces it
            # Once this key is handled: the field completes after each key, and would complete
            # the proposed reason now, losing its selection (or fill an empty field).
            QTimer.singleShot(0, self._offer_reasons)
            self._show_message(self.tr("Excused: {name}. Type the reason, then Enter (Esc: cancel).").format(
                name=name))
        else:
            self.checkin.setPlaceholderText(self.tr("Name of the substitute"))
            self._show_message(self.tr(
                "Substituted: {name}. Type who came in their place, then Enter (Esc: cancel).").format(name=name))

    def _offer_reasons(self) -> None:
        if self._pending is not None and self._pending[1] is AttendanceStatus.EXCUSED:
            self.checkin.setCompleter(self.reasons)

    def _answer(self, text: str) -> None:
        assert self._pending is not None
        row, status = self._pending
        if status is AttendanceStatus.EXCUSED:
            self._end_question()
            self.record([row], status, reason=text.strip() or None)
        elif self.record([row], status, substitute=text, company=row.company):
            self._end_question()
        # A substitute without a name: the refusal shows and the question stays.

    def _end_question(self) -> None:
        self._pending = None
        self.checkin.setCompleter(None)  # type: ignore[arg-type]
        self.checkin.setPlaceholderText(self.tr("Check-in: badge, or number and letter (1075a)"))

    def _cancel_question(self) -> None:
        self._end_question()
        self.checkin.clear()
        self._show_message(self.tr("Cancelled."))

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
        if (watched is self.checkin and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and self._pending):
            event.accept()  # Esc cancels the question instead of closing the sheet
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            control = Qt.KeyboardModifier.ControlModifier
            if (watched in (self.table, self.checkin) and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and modifiers in (control, control | Qt.KeyboardModifier.ShiftModifier)):
                # The table and the field take Ctrl+Enter before the window shortcut sees it.
                self.mark_unmarked(AttendanceStatus.PRESENT if modifiers == control else AttendanceStatus.ABSENT)
                return True
            if watched is self.checkin:
                if key == Qt.Key.Key_Escape and self._pending:
                    self._cancel_question()
                    return True
                if not self.checkin.text():  # with text, the field's own undo
                    if event.matches(QKeySequence.StandardKey.Undo):
                        self.undo_stack.undo()
                        return True
                    if event.matches(QKeySequence.StandardKey.Redo):
                        self.undo_stack.redo()
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

"""The meetings page: meetings of a period and chapter with their turnout; opens a sheet."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QDate, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.attendance import MeetingKind, MeetingState
from app.domain.errors import CercleError
from app.services import meetings, reference
from app.services.meetings import ALL_CHAPTERS, MeetingRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.pages.attendance_sheet import AttendanceSheetPage, tr_attendance
from ui.widgets import look
from ui.widgets.columns import lay_out_on_reset, set_column_widths, set_read_only_rows
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, ask

RIGHT = Qt.AlignmentFlag.AlignRight
CLUB_ONLY = "club"  # chapter filter entry for club-wide meetings (None would match an empty combo)


def _count(value: int, row: MeetingRow) -> str:
    # Counts of a meeting not held yet would read as "0 present": leave them empty.
    return str(value) if row.state is MeetingState.HELD else ""


HEADER_KEY = "meetings/header2"  # the columns' order changed: widths saved for the old one do not apply


def meeting_columns() -> list[Column[MeetingRow]]:
    def count(title: str, attribute: str) -> Column[MeetingRow]:
        return Column(title, lambda r: _count(getattr(r, attribute), r), sort_key=lambda r: getattr(r, attribute),
                      align=RIGHT)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: formatting.format_date(r.date),
               sort_key=lambda r: (r.date, r.start_time or r.date), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: formatting.format_time(r.start_time),
               align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: tr_attendance(r.kind),
               sort_key=lambda r: list(MeetingKind).index(r.kind)),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"),
               lambda r: r.chapter or QCoreApplication.translate("Columns", "Whole club"),
               sort_key=lambda r: r.chapter or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: tr_attendance(r.state),
               sort_key=lambda r: list(MeetingState).index(r.state)),
        # Turnout next to the state: the figure looked for first, seen without scrolling.
        Column(QT_TRANSLATE_NOOP("Columns", "Turnout"),
               lambda r: formatting.format_percent(r.turnout) if r.state is MeetingState.HELD else "",
               sort_key=lambda r: r.turnout if r.turnout is not None else -1, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Expected"), lambda r: r.expected, align=RIGHT),
        count(QT_TRANSLATE_NOOP("Columns", "Present"), "present"),
        count(QT_TRANSLATE_NOOP("Columns", "Late"), "late"),
        count(QT_TRANSLATE_NOOP("Columns", "Absent"), "absent"),
        count(QT_TRANSLATE_NOOP("Columns", "Excused"), "excused"),
        count(QT_TRANSLATE_NOOP("Columns", "Substituted"), "substituted"),
        count(QT_TRANSLATE_NOOP("Columns", "Not marked"), "unmarked"),
        Column(QT_TRANSLATE_NOOP("Columns", "Guests"), lambda r: r.guests, align=RIGHT),
    ]


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MeetingsPage(Page):
    """The list of meetings; Enter opens the attendance sheet of the selected one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: DataclassTableModel[MeetingRow] = DataclassTableModel(meeting_columns(), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_buttons()
        self._build_table()
        list_page = self._list_page()

        self.sheet = AttendanceSheetPage(context, self)
        self.sheet.closed.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        QShortcut(QKeySequence.StandardKey.New, list_page, self.new_meeting)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self._fill_chapters()
        self.reload()
        self._restore_state()

    # -- building ------------------------------------------------------------------
    def _build_filters(self) -> None:
        """The period and the chapter the list shows, its count and its error line."""
        today = date.today()
        self.start = date_edit("period_start", today - timedelta(days=90))
        self.end = date_edit("period_end", today + timedelta(days=21))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.reload)
        self.chapter_filter = QComboBox()
        self.chapter_filter.setObjectName("meeting_chapter_filter")
        self.chapter_filter.currentIndexChanged.connect(self.reload)
        self.summary = PlainLabel()
        self.summary.setObjectName("meetings_summary")
        self.error = PlainLabel()
        look.paint(self.error, "error")
        self.error.hide()

    def _build_buttons(self) -> None:
        """The actions on the selected meeting, and planning a new one."""
        self.new_button = QPushButton(icon("add.svg"), self.tr("New meeting"))
        self.new_button.setObjectName("new_meeting")
        self.new_button.setToolTip(self.tr("Plan a meeting or a series (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button = QPushButton(icon("edit.svg"), self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.cancel_button = QPushButton(self.tr("Cancel meeting"))
        self.cancel_button.setObjectName("cancel_meeting")
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.delete_button = QPushButton(icon("delete.svg"), self.tr("Delete"))
        self.delete_button.setObjectName("delete_meeting")
        self.delete_button.setToolTip(self.tr(
            "Delete a meeting created by mistake; one with attendance or guests is cancelled instead"))
        self.delete_button.clicked.connect(self.delete_meeting)
        self.audit_button = QPushButton(self.tr("Audit trail…"))
        self.audit_button.setObjectName("meeting_audit")
        self.audit_button.setToolTip(self.tr("Changes made to this meeting's attendance after 7 days"))
        self.audit_button.clicked.connect(self.show_audit_trail)
        self.sheet_button = QPushButton(icon("meetings.svg"), self.tr("Attendance sheet"))
        self.sheet_button.setObjectName("open_sheet")
        self.sheet_button.setToolTip(self.tr("Record who came (Enter)"))
        self.sheet_button.clicked.connect(self.open_current)
        self.sign_in_button = QPushButton(self.tr("Sign-in sheet (PDF)"))
        self.sign_in_button.setObjectName("sign_in_sheet")
        self.sign_in_button.setToolTip(self.tr("The printable sign-in sheet of the selected meeting"))
        self.sign_in_button.clicked.connect(self.print_sign_in_sheet)

    def _build_table(self) -> None:
        """The meetings, newest first; Enter or a double-click opens the attendance sheet."""
        self.table = QTableView()
        self.table.setObjectName("meetings_table")
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        set_read_only_rows(self.table, row_height=24)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

    def _list_page(self) -> QWidget:
        """The title and the buttons, the filters, then the list."""
        title = PlainLabel(self.tr("Meetings"))
        title.setObjectName("page_title")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for button in (self.audit_button, self.delete_button, self.cancel_button, self.edit_button,
                       self.sheet_button, self.new_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("From"), self.start), (self.tr("To"), self.end),
                                (self.tr("Chapter"), self.chapter_filter)):
            label = PlainLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(self.summary)  # here, not among the buttons: it is never cut
        filters.addStretch(1)
        filters.addWidget(self.sign_in_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.error)
        list_layout.addWidget(self.table, 1)
        return list_page

    # -- data ----------------------------------------------------------------------
    def _fill_chapters(self) -> None:
        current = self.chapter_filter.currentData() if self.chapter_filter.count() else ALL_CHAPTERS
        self.chapter_filter.blockSignals(True)
        self.chapter_filter.clear()
        self.chapter_filter.addItem(self.tr("All chapters"), ALL_CHAPTERS)
        self.chapter_filter.addItem(self.tr("Whole club only"), CLUB_ONLY)
        for item in reference.list_items(self.context.uow(), "chapter"):
            self.chapter_filter.addItem(item.name, item.id)
        self.chapter_filter.setCurrentIndex(max(self.chapter_filter.findData(current), 0))
        self.chapter_filter.blockSignals(False)

    def reload(self) -> None:
        selected = self.selected_meeting()
        chapter = self.chapter_filter.currentData()
        rows = meetings.list_meetings(self.context.uow(), _pydate(self.start.date()), _pydate(self.end.date()),
                                      None if chapter == CLUB_ONLY else chapter)
        self.model.set_rows(rows)
        held = [r for r in rows if r.state is MeetingState.HELD and r.expected]
        attended = sum(r.attended for r in held)
        expected = sum(r.expected for r in held)
        self.summary.setText(self.tr("{count} meetings · average turnout {turnout}").format(
            count=len(rows), turnout=formatting.format_percent(attended / expected if expected else None)))
        if selected is not None:
            self.select(selected.id)
        else:
            # Start on the latest meeting that took place: the one whose sheet is wanted.
            today = date.today()
            past = [r for r in rows if r.date <= today and r.state is not MeetingState.CANCELLED]
            if past:
                self.select(max(past, key=lambda r: (r.date, r.start_time or time.min)).id)
        self._update_buttons()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("reference", "all"):
            self._fill_chapters()
        if topic in ("members", "meetings", "attendance", "reference", "settings", "all"):
            self.reload()
        if topic in ("members", "settings", "all") and self.stack.currentWidget() is self.sheet:
            self.sheet.refresh()  # the rules (turnout) or the members shown may have changed

    def selected_meeting(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select(self, meeting_id: int) -> None:
        row = self.model.row_of(lambda r: r.id == meeting_id)
        if row >= 0:
            index = self.proxy.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_meeting()
        self.error.hide()  # a refusal concerns the meeting it was about
        for button in (self.edit_button, self.cancel_button, self.sheet_button, self.delete_button,
                       self.audit_button):
            button.setEnabled(row is not None)
        cancelled = row is not None and row.state is MeetingState.CANCELLED
        self.cancel_button.setText(self.tr("Restore meeting") if cancelled else self.tr("Cancel meeting"))
        # A meeting to come opens too: excuses are recorded before the day.
        self.sheet_button.setEnabled(row is not None and not cancelled)
        self.sign_in_button.setEnabled(row is not None and not cancelled)

    # -- actions -------------------------------------------------------------------
    def new_meeting(self) -> None:
        self._open_dialog(None)

    def edit_meeting(self) -> None:
        row = self.selected_meeting()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, row: MeetingRow | None) -> None:
        from ui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.context, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.meetings_saved.connect(self._saved)
        self.meeting_dialog = dialog
        dialog.open()

    def _saved(self, ids: list[int]) -> None:
        self.context.data_changed.emit("meetings")
        if ids:
            self.select(ids[0])

    def toggle_cancelled(self) -> None:
        row = self.selected_meeting()
        if row is None:
            return
        if row.state is MeetingState.CANCELLED:
            state = MeetingState.HELD if row.attended or row.absent or row.excused else MeetingState.PLANNED
        else:
            answer = ask(self, self.tr("Cancel meeting"), self.tr(
                "Cancel the meeting of {date}? A cancelled meeting counts for nobody.").format(
                date=formatting.format_date_long(row.date)))
            if answer != Button.Yes:
                return
            state = MeetingState.CANCELLED
        try:
            meetings.set_meeting_state(self.context.uow(), row.id, state)
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        self.context.data_changed.emit("meetings")

    def ask_delete(self, row: MeetingRow) -> bool:
        """Ask before deleting a meeting (replaced in tests)."""
        answer = ask(self, self.tr("Delete meeting"), self.tr(
            "Delete the meeting of {date}? This cannot be undone.").format(
            date=formatting.format_date_long(row.date)))
        return answer == Button.Yes

    def delete_meeting(self) -> None:
        """Delete a meeting created by mistake; the service refuses one with attendance or guests."""
        row = self.selected_meeting()
        if row is None or not self.ask_delete(row):
            return
        try:
            meetings.delete_meeting(self.context.uow(), row.id)
        except CercleError as error:
            self.error.setText(tr_error(error))
            self.error.show()
            return
        self.error.hide()
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.context.data_changed.emit("meetings")

    def show_audit_trail(self) -> None:
        row = self.selected_meeting()
        if row is None:
            return
        from ui.dialogs.audit_dialog import AuditDialog

        dialog = AuditDialog(self.context, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_dialog = dialog
        dialog.open()

    def print_sign_in_sheet(self) -> None:
        """The sign-in sheet of the selected meeting, on the Reports page."""
        row = self.selected_meeting()
        if row is not None:
            from app.reports import ReportParams
            from ui.pages.reports import open_report

            open_report(self.context, "emargement", ReportParams(meeting_id=row.id))

    def open_current(self) -> None:
        row = self.selected_meeting()
        if row is not None and row.state is not MeetingState.CANCELLED:
            self.open_sheet(row.id)

    def open_sheet(self, meeting_id: int) -> None:
        self.sheet.load(meeting_id)
        self.stack.setCurrentWidget(self.sheet)
        self.sheet.checkin.setFocus()  # once shown: the check-in field, where numbers are typed

    def show_list(self) -> None:
        meeting_id = self.sheet.sheet.meeting.id if self.sheet.sheet else None
        self.stack.setCurrentIndex(0)
        if self.sheet.changed:
            # The list, and the members' figures elsewhere, change once the sheet is left.
            self.context.data_changed.emit("attendance")
        if meeting_id is not None:
            self.select(meeting_id)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_current()
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete):
            self.delete_meeting()
            return True
        return super().eventFilter(watched, event)

    # -- state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = QSettings().value(HEADER_KEY)
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
        else:
            set_column_widths(self.table, (80, 50, 158, 95, 200, 65, 70, 70, 65, 55, 60, 65, 80, 80, 60))

    def save_state(self) -> None:
        QSettings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

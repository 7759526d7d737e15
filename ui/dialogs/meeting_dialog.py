"""Plan a meeting, or a series of them with the dates to skip unticked; edit one meeting."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app import formatting
from app.domain.attendance import MeetingKind, SeriesFrequency, series_dates
from app.domain.errors import CercleError
from app.services import meetings, reference
from app.services.conflicts import ConflictError
from app.services.meetings import MeetingDraft, MeetingRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.pages.attendance_sheet import tr_attendance
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.form import EditDialog
from ui.widgets.label import PlainLabel
from ui.widgets.time_field import TimeField


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MeetingDialog(EditDialog):
    """New meeting (``meeting`` None) with an optional series, or edit of one meeting."""

    meetings_saved = Signal(list)  # ids

    def __init__(self, context: AppContext, meeting: MeetingRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.setMinimumWidth(480)
        self.day = date_edit("meeting_date", meeting.date if meeting else None)
        self.start = TimeField(time(7, 30) if meeting is None else meeting.start_time)
        self.start.setObjectName("start_time")
        self.kind = QComboBox()
        self.kind.setObjectName("meeting_kind")
        for kind in MeetingKind:
            self.kind.addItem(tr_attendance(kind), kind)
        self.chapter = QComboBox()
        self.chapter.setObjectName("meeting_chapter")
        self.chapter.addItem(self.tr("Whole club"), None)
        for item in reference.list_items(context.uow(), "chapter", include_retired=False):
            self.chapter.addItem(item.name, item.id)
        self.place = QLineEdit(meeting.place or "" if meeting else "")
        self.place.setObjectName("place")
        self.title_edit = QLineEdit(meeting.title or "" if meeting else "")
        self.title_edit.setObjectName("title")
        self.notes = QPlainTextEdit(meeting.notes or "" if meeting else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        if meeting is not None:
            self.kind.setCurrentIndex(self.kind.findData(meeting.kind))
            self.chapter.setCurrentIndex(max(self.chapter.findData(meeting.chapter_id), 0))
        elif self.chapter.count() > 1:
            self.chapter.setCurrentIndex(1)

        form = self.form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Start time"), self.start)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Chapter"), self.chapter)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Title / agenda"), self.title_edit)
        form.addRow(self.tr("Notes"), self.notes)

        self.repeat = QCheckBox(self.tr("Repeat: create a series"))
        self.repeat.setObjectName("repeat")
        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        for frequency in SeriesFrequency:
            self.frequency.addItem(tr_attendance(frequency), frequency)
        self.until = date_edit("until", date(date.today().year + (date.today().month >= 7), 6, 30))
        self.dates = QListWidget()
        self.dates.setObjectName("series_dates")
        self.dates.setMinimumHeight(160)
        self.dates_hint = PlainLabel(self.tr("Untick the dates without a meeting (holidays)."))
        self.series_rows = (self.frequency, self.until, self.dates_hint, self.dates)
        if meeting is None:
            form.addRow(self.repeat)
            form.addRow(self.tr("Frequency"), self.frequency)
            form.addRow(self.tr("Until"), self.until)
            form.addRow(self.dates_hint)
            form.addRow(self.dates)
            self._toggle_series(False)
        self.repeat.toggled.connect(self._toggle_series)
        self.day.dateChanged.connect(self.refresh_dates)
        self.until.dateChanged.connect(self.refresh_dates)
        self.frequency.currentIndexChanged.connect(self.refresh_dates)

        self.error = PlainLabel()
        self.error.setObjectName("meeting_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _toggle_series(self, on: bool) -> None:
        for widget in self.series_rows:  # the whole row, its label with it
            self.form.setRowVisible(widget, on)
        self.refresh_dates()
        self.adjustSize()

    def refresh_dates(self) -> None:
        """List the series' dates, each ticked; dates the secretary unticked stay unticked."""
        if not self.repeat.isChecked():
            return
        unticked = {self.dates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.dates.count())
                    if self.dates.item(i).checkState() != Qt.CheckState.Checked}
        self.dates.clear()
        self.error.hide()
        try:
            days = series_dates(_pydate(self.day.date()), _pydate(self.until.date()), self.frequency.currentData())
        except CercleError as error:
            self._show_error(error)
            return
        for day in days:
            item = QListWidgetItem(formatting.format_date_long(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if day in unticked else Qt.CheckState.Checked)
            self.dates.addItem(item)

    def ticked_dates(self) -> list[date]:
        return [self.dates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.dates.count())
                if self.dates.item(i).checkState() == Qt.CheckState.Checked]

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            date=_pydate(self.day.date()), kind=self.kind.currentData(), chapter_id=self.chapter.currentData(),
            start_time=self.start.value(), place=self.place.text(),
            title=self.title_edit.text(), notes=self.notes.toPlainText(),
        )

    def _resolve_conflict(self, conflict: ConflictError) -> None:
        """Someone saved this meeting meanwhile: show what differs; reload, or overwrite knowingly."""
        from dataclasses import replace

        from ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict, form_labels

        assert self.meeting is not None
        fields = {"date": self.day, "start_time": self.start, "kind": self.kind, "chapter_id": self.chapter,
                  "place": self.place, "title": self.title_edit, "notes": self.notes}
        choice = ask_conflict(conflict, form_labels(self, fields), self)
        if choice is ConflictChoice.OVERWRITE and conflict.current_version is not None:
            self.meeting = replace(self.meeting, version=conflict.current_version)
            self.save()
        elif choice is ConflictChoice.RELOAD and conflict.current_version is None:
            self.discard()
        elif choice is ConflictChoice.RELOAD:
            meeting = self.meeting = meetings.get_meeting(self.context.uow(), self.meeting.id)
            self.day.setDate(_qdate(meeting.date))
            self.start.set_value(meeting.start_time)
            self.kind.setCurrentIndex(self.kind.findData(meeting.kind))
            self.chapter.setCurrentIndex(max(self.chapter.findData(meeting.chapter_id), 0))
            self.place.setText(meeting.place or "")
            self.title_edit.setText(meeting.title or "")
            self.notes.setPlainText(meeting.notes or "")
            self.mark_clean()

    def _show_error(self, error: CercleError) -> None:
        self.error.setText(tr_error(error))
        self.error.show()

    def save(self) -> None:
        try:
            if self.meeting is not None:
                # The version this form loaded: a save over someone else's is refused (no lost update).
                rows = [meetings.update_meeting(self.context.uow(), self.meeting.id, self.draft(),
                                                expected_version=self.meeting.version)]
            elif self.repeat.isChecked():
                rows = meetings.create_series(self.context.uow(), self.draft(), self.ticked_dates())
            else:
                rows = [meetings.create_meeting(self.context.uow(), self.draft())]
        except ConflictError as conflict:
            self._resolve_conflict(conflict)
            return
        except CercleError as error:
            self._show_error(error)
            return
        self.meetings_saved.emit([row.id for row in rows])
        self.accept()

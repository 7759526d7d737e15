"""Record a member presenting their activity (charter point 1): a pitch or a full presentation.

:class:`PresentationForm` is shared by the stand-alone dialog (journal toolbar, network page)
and the fourth tab of the quick entry. The meeting list follows the date: the meetings held
that day, the presenter's chapter meeting chosen first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.business import PresentationKind, label
from app.domain.errors import CercleError
from app.services import business, meetings
from app.services import members as member_service
from app.services.business import PresentationRow
from app.services.members import MemberRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.member_field import MemberField
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel


def tr_business(text: str) -> str:
    return QCoreApplication.translate("Business", text)


class PresentationForm(QWidget):
    """Member, date, meeting of that date, pitch or full presentation, title."""

    def __init__(self, context: AppContext, rows: Sequence[MemberRow] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        rows = list(rows) if rows is not None else member_service.list_members(context.uow())
        self._chapter_of = {row.id: row.chapter_id for row in rows}
        self._meeting_chapters: dict[int, int | None] = {}
        self.member = MemberField()
        self.member.setObjectName("presentation_member")
        self.member.set_members(rows)
        self.day = date_edit("presentation_date", latest=date.today())
        self.meeting = QComboBox()
        self.meeting.setObjectName("presentation_meeting")
        self.kind = QComboBox()
        self.kind.setObjectName("presentation_kind")
        for kind in PresentationKind:
            self.kind.addItem(tr_business(label(kind)), kind)
        self.title = QLineEdit()
        self.title.setObjectName("presentation_title")
        self.title.setPlaceholderText(self.tr("What the member presented (optional)"))
        self.error = PlainLabel()
        self.error.setObjectName("presentation_error")
        look.paint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Member"), self.member)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Mee&ting"), self.meeting)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.error)
        self.day.dateChanged.connect(self._load_meetings)
        self.member.member_changed.connect(self._choose_meeting)
        self._load_meetings()

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def _load_meetings(self, *_args: object) -> None:
        day = self.day.date().toPython()
        held = meetings.list_meetings(self.context.uow(), day, day)
        self.meeting.clear()
        self.meeting.addItem(self.tr("No meeting"), None)
        self._meeting_chapters = {}
        for row in held:
            where = row.chapter or self.tr("Whole club")
            self.meeting.addItem(f"{where} \u2013 {row.title}" if row.title else where, row.id)
            self._meeting_chapters[row.id] = row.chapter_id
        self._choose_meeting()

    def _choose_meeting(self, *_args: object) -> None:
        """The presenter's chapter meeting that day if there is one, else a club-wide one."""
        chapter = self._chapter_of.get(self.member.member_id() or -1)
        preferred = [mid for mid, ch in self._meeting_chapters.items() if ch == chapter and chapter is not None]
        preferred += [mid for mid, ch in self._meeting_chapters.items() if ch is None]
        self.meeting.setCurrentIndex(self.meeting.findData(preferred[0]) if preferred else 0)

    def record(self) -> PresentationRow:
        """Save the presentation; raises the service's errors (nothing saved)."""
        self.error.hide()
        row = business.record_presentation(
            self.context.uow(), self.member.member_id(), day=self.day.date().toPython(),  # type: ignore[arg-type]
            meeting_id=self.meeting.currentData(), kind=self.kind.currentData(), title=self.title.text())
        self.context.data_changed.emit("presentations")
        return row

    def show_error(self, error: CercleError) -> None:
        self.error.setText(tr_error(error))
        self.error.show()
        field = {"member": self.member, "date": self.day, "meeting": self.meeting,
                 "title": self.title}.get(getattr(error, "field", ""))
        if field is not None:
            field.setFocus()

    def clear_for_next(self) -> None:
        self.member.clear()
        self.title.clear()
        self.member.setFocus()


class PresentationDialog(QDialog):
    """The stand-alone form; ``recorded`` carries the new presentation's id."""

    recorded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, day: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presentation"))
        self.form = PresentationForm(context, parent=self)
        if day is not None:
            self.form.set_day(day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        try:
            row = self.form.record()
        except CercleError as error:
            self.form.show_error(error)
            return
        self.recorded.emit(row.id)
        self.accept()


def open_presentation_dialog(context: AppContext, parent: QWidget) -> PresentationDialog:
    """Open the form without blocking (window-modal); it deletes itself when closed."""
    dialog = PresentationDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

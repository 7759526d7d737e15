"""The Reports page: choose a report and its parameters, generate it in the background, look at
it, print it or save it as a PDF. :func:`open_report` brings a report up from another screen.

The PDF is written by ``app.reports`` into a temporary folder of the page; the preview, the
printout and the saved copy are that same file.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSettings,
    QSignalBlocker,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.attendance import MeetingState
from app.domain.errors import CercleError, ValidationError
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.member_field import MemberField
from ui.page import Page
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import warn
from ui.widgets.period_picker import PRESET_12_MONTHS, PeriodPicker

if TYPE_CHECKING:
    from app.reports import ReportParams, ReportResult
    from app.services.meetings import MeetingRow
    from app.services.members import MemberRow
    from app.services.reference import ReferenceItem

# What each report is for, shown under the list (English source, context "ReportsPage").
DESCRIPTIONS = {
    "annuaire": QT_TRANSLATE_NOOP(
        "ReportsPage", "Members by chapter and sector with their contact details; members who asked "
        "not to appear in the directory are left out."),
    "emargement": QT_TRANSLATE_NOOP(
        "ReportsPage", "The expected members of one meeting with a box to sign, and lines for guests."),
    "presence": QT_TRANSLATE_NOOP(
        "ReportsPage", "Each member's attendance over the period, by chapter, with the members over "
        "the absence limit."),
    "recommandations": QT_TRANSLATE_NOOP(
        "ReportsPage", "Referrals and closed business over the period: totals, by chapter, by month "
        "and by member."),
    "conformite": QT_TRANSLATE_NOOP(
        "ReportsPage", "Each member's charter light and criteria on a date, and the members who need "
        "the board's attention."),
    "bilan": QT_TRANSLATE_NOOP("ReportsPage", "The board pack: the key figures and charts of the period."),
    "fiche-membre": QT_TRANSLATE_NOOP(
        "ReportsPage", "One member's details, attendance, business and compliance history."),
    "badges": QT_TRANSLATE_NOOP(
        "ReportsPage", "Name badges with a QR code of the member number, 8 per A4 page."),
    "charte": QT_TRANSLATE_NOOP("ReportsPage", "The current charter with a signature block for a new member."),
}
MEETING_CHARACTERS = 48  # the meeting field's width, in characters: "07/12/2026 – Hebdomadaire – Casablanca"
MESSAGE_LINES = 2  # the room kept for the status and error messages under the actions
PRINT_DPI = 300  # pages are rendered at most this fine for the printer: sharp text, bounded memory
MEETINGS_BACK = timedelta(days=400)  # the meetings offered for a sign-in sheet: past year and next months
MEETINGS_AHEAD = timedelta(days=120)


def tr_report(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


_standalone: list[QWidget] = []  # report windows opened without a main window (kept alive here)


def open_report(context: AppContext, name: str, params: ReportParams) -> None:
    """Show the Reports page with report ``name`` and ``params`` chosen, and generate it.

    Called by the screens that offer a report one action away (a meeting's sign-in sheet, a
    member's record, the compliance page).
    """
    page = context.show_page("reports")
    if not isinstance(page, ReportsPage):
        page = ReportsPage(context)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.setWindowTitle(QCoreApplication.translate("ReportsPage", "Reports"))
        page.resize(1100, 760)
        _standalone.append(page)
        page.destroyed.connect(lambda *_args, p=page: _standalone.remove(p) if p in _standalone else None)
        page.show()
    page.open_report(name, params)


class TallestText(PlainLabel):
    """A wrapped label as tall, at its width, as the tallest of ``texts``: showing another of
    them leaves what is below it in place."""

    def __init__(self, texts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        margins = self.contentsMargins()
        inner = QRect(0, 0, max(width - margins.left() - margins.right(), 1), 100_000)
        tallest = max(self.fontMetrics().boundingRect(inner, Qt.TextFlag.TextWordWrap, text).height()
                      for text in [*self.texts, self.text()])
        return tallest + margins.top() + margins.bottom()


class _Progress(QObject):
    """Carries ``progress(done, total)`` from the worker thread to the page (queued signal)."""

    advanced = Signal(int, int, int)  # generation number, done, total

    def __init__(self, generation: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = generation

    def __call__(self, done: int, total: int) -> None:
        self.advanced.emit(self.generation, done, total)


class ReportsPage(Page):
    """The list of reports on the left; parameters, actions and the preview on the right."""

    report_generated = Signal(str, int)  # report name, pages

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        from app.reports import REPORTS

        self.context = context
        self.today = today or date.today()
        self.specs = REPORTS
        self._folder = tempfile.TemporaryDirectory(prefix="cercle-reports-")
        self._generation = 0
        self._running = False
        self._pending = False
        self._loaded = False
        self._waiting: tuple[str, ReportParams] | None = None  # asked for before the lists were read
        self._member_numbers: dict[int, int] = {}
        self._member_ids: dict[int, int] = {}
        self.current: tuple[str, ReportParams, Path] | None = None  # what the preview shows

        left = self._build_list()
        parameters = self._build_parameters()
        actions = self._build_actions()
        messages = self._build_messages()
        self._build_preview()
        self._lay_out(left, parameters, actions, messages)
        self._connect(context)
        self.report_list.setCurrentRow(0)
        self._update_actions()
        self.load_lists()

    def _build_list(self) -> QWidget:
        """The reports, as wide as the longest title (in the language and font in use)."""
        self.report_list = QListWidget()
        self.report_list.setObjectName("report_list")
        for spec in self.specs.values():
            item = QListWidgetItem(icon("reports.svg"), tr_report(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(QCoreApplication.translate("ReportsPage", DESCRIPTIONS.get(spec.name, "")))
            self.report_list.addItem(item)
        widest = max(self.report_list.fontMetrics().horizontalAdvance(self.report_list.item(row).text())
                     for row in range(self.report_list.count()))
        self.list_width = widest + max(self.report_list.iconSize().width(), 16) + 48  # icon and frame
        self.report_list.setMinimumWidth(max(180, self.list_width))
        self.report_list.setMaximumWidth(max(280, self.list_width))
        self.report_list.itemActivated.connect(lambda _item: self.generate())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = PlainLabel(self.tr("Reports"))
        heading.setObjectName("page_title")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.report_list, 1)
        return left

    def _build_parameters(self) -> QWidget:
        """The title, the description and the fields of the chosen report, in room kept for the
        report that needs the most: what is below them stays in place from one report to another."""
        self.title = PlainLabel()
        self.title.setObjectName("page_title")
        self.description = TallestText([QCoreApplication.translate("ReportsPage", text)
                                        for text in DESCRIPTIONS.values()])
        self.description.setObjectName("report_description")
        self.period = PeriodPicker(today=self.today, preset=PRESET_12_MONTHS)
        self.period.setObjectName("report_period")
        # Compliance is of records, not of plans.
        self.at = date_edit("report_at", self.today, latest=date.today())
        self.chapter = QComboBox()
        self.chapter.setObjectName("report_chapter")
        self.chapter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting = QComboBox()
        self.meeting.setObjectName("report_meeting")
        # As wide whatever the meetings listed; the list itself opens as wide as its longest line.
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(MEETING_CHARACTERS)
        self.meeting.setMaxVisibleItems(20)
        self.member = MemberField()
        self.member.setObjectName("report_member")
        self.member.setMinimumWidth(320)
        fields = QWidget()
        self.form = QFormLayout(fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.rows: dict[str, QWidget] = {"period": self.period, "at": self.at, "chapter": self.chapter,
                                         "meeting": self.meeting, "member": self.member}
        for need, caption in (("period", self.tr("Period")), ("at", self.tr("As of")),
                              ("chapter", self.tr("Chapter")), ("meeting", self.tr("Meeting")),
                              ("member", self.tr("Member"))):
            self.form.addRow(caption, self.rows[need])
        heights = []
        for spec in self.specs.values():
            for need, widget in self.rows.items():
                self.form.setRowVisible(widget, need in spec.needs)
            heights.append(self.form.sizeHint().height())
        fields.setFixedHeight(max(heights))
        parameters = QWidget()
        layout = QVBoxLayout(parameters)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(fields)
        return parameters

    def _build_actions(self) -> QHBoxLayout:
        """Generate on the left; the page shown, the zoom, print and save on the right."""
        self.generate_button = QPushButton(icon("reports.svg"), self.tr("Generate"))
        self.generate_button.setObjectName("generate_report")
        self.generate_button.setToolTip(self.tr("Generate the report with these parameters (F5)"))
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setFixedWidth(200)
        self.progress.hide()
        self.previous_page = QToolButton()
        self.previous_page.setObjectName("report_previous_page")
        self.previous_page.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_page.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_page.clicked.connect(lambda: self.turn_page(-1))
        self.page_label = PlainLabel()
        self.page_label.setObjectName("report_page")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # as wide for page 1 of 2 as for page 188 of 188: the buttons beside it do not move
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance(
            self.tr("Page {page} / {count}").format(page=888, count=888)) + 8)
        self.next_page = QToolButton()
        self.next_page.setObjectName("report_next_page")
        self.next_page.setArrowType(Qt.ArrowType.RightArrow)
        self.next_page.setToolTip(self.tr("Next page (Page Down)"))
        self.next_page.clicked.connect(lambda: self.turn_page(1))
        self.whole_page = QPushButton(self.tr("Whole page"))
        self.whole_page.setObjectName("report_whole_page")
        self.whole_page.setCheckable(True)
        self.whole_page.setToolTip(self.tr("Show whole pages instead of fitting the width"))
        self.whole_page.toggled.connect(self._set_zoom)
        self.print_button = QPushButton(icon("print.svg"), self.tr("Print…"))
        self.print_button.setObjectName("print_report")
        self.print_button.setToolTip(self.tr("Print the report shown (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(icon("save.svg"), self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_report")
        self.save_button.setToolTip(self.tr("Save the report shown as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_report)
        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.progress)
        actions.addStretch(1)
        for widget in (self.previous_page, self.page_label, self.next_page, self.whole_page, self.print_button,
                       self.save_button):
            actions.addWidget(widget)
        return actions

    def _build_messages(self) -> QWidget:
        """One line of two halves under the actions, its room kept: what the page is doing, and
        what is wrong with the parameters. A long message wraps; it never widens the page."""
        self.status = PlainLabel()
        self.status.setObjectName("report_status")
        self.error = PlainLabel()
        self.error.setObjectName("report_error")
        look.paint(self.error, "error")
        for label in (self.status, self.error):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        retained = self.error.sizePolicy()
        retained.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(retained)
        self.error.hide()
        messages = QWidget()
        messages.setFixedHeight(MESSAGE_LINES * self.status.fontMetrics().lineSpacing())
        layout = QHBoxLayout(messages)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.error, 1)
        return messages

    def _build_preview(self) -> None:
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("report_preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page_number())
        self.placeholder = PlainLabel(self.tr("Choose a report and its parameters, then click Generate."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        look.paint(self.placeholder, "muted")
        self.preview = QStackedWidget()
        self.preview.addWidget(self.placeholder)
        self.preview.addWidget(self.view)
        # Page Up and Page Down turn the report's pages, from the preview and from where it was asked for.
        for widget in (self.view, self.report_list, self.generate_button):
            widget.installEventFilter(self)

    def _lay_out(self, left: QWidget, parameters: QWidget, actions: QHBoxLayout, messages: QWidget) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(parameters)
        right_layout.addLayout(actions)
        right_layout.addWidget(messages)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([max(220, self.list_width), 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self, context: AppContext) -> None:
        for combo in (self.chapter, self.meeting):
            combo.currentIndexChanged.connect(self._params_edited)
        self.member.member_changed.connect(self._params_edited)
        self.period.period_changed.connect(self._params_edited)
        self.at.dateChanged.connect(self._params_edited)
        self.report_list.currentRowChanged.connect(self._report_chosen)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_report)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.generate)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self._database_changed)

    # -- lists of chapters, meetings and members ----------------------------------------
    def load_lists(self) -> None:
        """Read the chapters, meetings and members offered as parameters (in the background)."""
        uow = self.context.uow()
        start, end = self.today - MEETINGS_BACK, self.today + MEETINGS_AHEAD

        def read() -> tuple[list[ReferenceItem], list[MeetingRow], list[MemberRow]]:
            from app.services import meetings, members, reference

            return (reference.list_items(uow, "chapter"), meetings.list_meetings(uow, start, end),
                    members.list_members(uow))

        self.context.runner.run(read, self._lists_read)

    def _lists_read(self, lists: tuple[list[ReferenceItem], list[MeetingRow], list[MemberRow]]) -> None:
        chapters, meeting_rows, member_rows = lists
        with QSignalBlocker(self.chapter), QSignalBlocker(self.meeting):
            current = self.chapter.currentData()
            self.chapter.clear()
            self.chapter.addItem(self.tr("Whole club"), None)
            for item in chapters:
                self.chapter.addItem(item.name, item.id)
            self.chapter.setCurrentIndex(max(self.chapter.findData(current), 0))
            self._fill_meetings(meeting_rows)
        self.member.set_members(member_rows)
        self._member_numbers = {row.id: row.number for row in member_rows}
        self._member_ids = {row.number: row.id for row in member_rows}
        self._loaded = True
        if self._waiting is not None:
            name, params = self._waiting
            self._waiting = None
            self.open_report(name, params)

    def _fill_meetings(self, rows: list[MeetingRow]) -> None:
        current = self.meeting.currentData()
        self.meeting.clear()
        offered = [row for row in rows if row.state is not MeetingState.CANCELLED]
        for row in offered:
            self.meeting.addItem(self._meeting_text(row), row.id)
        if current is None:
            # By default the next meeting (its sheet is printed beforehand), else the latest one.
            upcoming = [row for row in offered if row.date >= self.today]
            current = min(upcoming, key=lambda r: r.date).id if upcoming else (offered[0].id if offered else None)
        self.meeting.setCurrentIndex(max(self.meeting.findData(current), 0))

    def _meeting_text(self, row: MeetingRow) -> str:
        from ui.pages.attendance_sheet import tr_attendance

        parts = [formatting.format_date(row.date), tr_attendance(row.kind),
                 row.chapter or QCoreApplication.translate("Columns", "Whole club")]
        if row.title and row.title.casefold() not in (parts[1].casefold(), " \u2013 ".join(parts[1:]).casefold()):
            parts.append(row.title)  # a title of its own, not the usual "<type> – <chapter>"
        return " \u2013 ".join(parts)

    def _ensure_meeting(self, meeting_id: int) -> None:
        """Offer ``meeting_id`` even when it is outside the meetings listed (an old one)."""
        if self.meeting.findData(meeting_id) >= 0:
            return
        from app.services import meetings

        for row in meetings.list_meetings(self.context.uow()):
            if row.id == meeting_id:
                self.meeting.addItem(self._meeting_text(row), row.id)
                return

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("members", "meetings", "reference", "all"):
            self.load_lists()

    def _database_changed(self) -> None:
        self._clear_preview()
        self.meeting.clear()
        self.load_lists()

    # -- choosing ------------------------------------------------------------------
    def current_name(self) -> str | None:
        item = self.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _report_chosen(self, _row: int) -> None:
        name = self.current_name()
        if name is None:
            return
        spec = self.specs[name]
        self.title.setText(tr_report(spec.title))
        self.description.setText(QCoreApplication.translate("ReportsPage", DESCRIPTIONS.get(name, "")))
        for need, widget in self.rows.items():
            self.form.setRowVisible(widget, need in spec.needs)
        self.error.hide()
        if self.current is not None and self.current[0] != name and not self._running:
            shown = tr_report(self.specs[self.current[0]].title)
            self.status.setText(self.tr("The preview shows \u201c{shown}\u201d: click Generate for this report.")
                                .format(shown=shown))
        elif self.current is not None and not self._running:
            self.status.setText("")  # the page number beside the buttons says how many
        self._update_actions()

    def select_report(self, name: str) -> None:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.report_list.setCurrentRow(row)
                return
        raise KeyError(name)

    def params(self) -> ReportParams:
        """The parameters as shown; a member typed but not recognised raises :class:`CercleError`."""
        from app.reports import ReportParams

        start, end = self.period.period()
        at = self.at.date()
        member_id = self.member.member_id()
        if member_id is None and self.member.text().strip() and self.rows["member"].isVisibleTo(self):
            raise ValidationError("member", QT_TRANSLATE_NOOP(
                "Validation", "No member matches \u201c{text}\u201d: type a name, company or number and pick "
                "one in the list."), text=self.member.text().strip())
        return ReportParams(start=start, end=end, at=date(at.year(), at.month(), at.day()),
                            chapter_id=self.chapter.currentData(), meeting_id=self.meeting.currentData(),
                            member_number=self._member_numbers.get(member_id) if member_id is not None else None)

    def set_params(self, params: ReportParams) -> None:
        """Show ``params`` in the fields (the fields a report does not use keep their value)."""
        if params.start is not None and params.end is not None:
            self.period.set_period(params.start, params.end, emit=False)
        if params.at is not None:
            self.at.setDate(QDate(params.at.year, params.at.month, params.at.day))
        if params.chapter_id is not None or self.chapter.count():
            self.chapter.setCurrentIndex(max(self.chapter.findData(params.chapter_id), 0))
        if params.meeting_id is not None:
            self._ensure_meeting(params.meeting_id)
            self.meeting.setCurrentIndex(self.meeting.findData(params.meeting_id))
        if params.member_number is not None:
            member_id = self._member_ids.get(params.member_number)
            if member_id is not None:
                self.member.set_member(member_id)
            else:
                self.member.setText(str(params.member_number))

    def open_report(self, name: str, params: ReportParams) -> None:
        """Choose ``name`` with ``params`` and generate it (once the lists are read)."""
        if not self._loaded:
            self._waiting = (name, params)
            return
        self.select_report(name)
        self.set_params(params)
        self.generate()

    def _params_edited(self, *_args: object) -> None:
        self.error.hide()
        if self.current is not None and not self._running:
            self.status.setText(self.tr("The parameters changed: click Generate to update the report."))

    # -- generating ------------------------------------------------------------------
    def generate(self) -> None:
        """Write the chosen report in the background; the preview shows it when done."""
        name = self.current_name()
        if name is None:
            return
        if self._running:
            self._pending = True  # the latest request runs once the current one is done
            return
        try:
            params = self.params()
        except CercleError as error:
            self._show_error(error)
            return
        from app.services.report_data import generate_report

        self._generation += 1
        generation = self._generation
        out = Path(self._folder.name) / f"{name}-{generation}.pdf"
        progress = _Progress(generation, self)
        progress.advanced.connect(self._advanced)
        uow = self.context.uow()
        self._running = True
        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Generating \u201c{title}\u201d…").format(title=tr_report(self.specs[name].title)))
        self._update_actions()

        def done(result: ReportResult) -> None:
            progress.deleteLater()
            self._generated(generation, name, params, result)

        def failed(error: BaseException) -> None:
            progress.deleteLater()
            self._failed(generation, error)

        self.context.runner.run(lambda: generate_report(uow, name, params, out, progress), done, failed)

    def _advanced(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and self._running and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finished(self) -> bool:
        """End of a generation; True when another one was asked for meanwhile (and started)."""
        self._running = False
        self.progress.hide()
        self._update_actions()
        if self._pending:
            self._pending = False
            self.generate()
            return True
        return False

    def _generated(self, generation: int, name: str, params: ReportParams, result: ReportResult) -> None:
        if self._finished() or generation != self._generation:
            return
        previous = self.current[2] if self.current else None
        self.document.load(str(result.path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self.status.setText(self.tr("The report was written but cannot be shown."))
            self.current = None
            self._update_actions()
            return
        self.current = (name, params, result.path)
        if previous is not None and previous != result.path:
            previous.unlink(missing_ok=True)
        self.preview.setCurrentWidget(self.view)
        navigator = self.view.pageNavigator()
        navigator.jump(0, QPointF(), navigator.currentZoom())  # a new report opens on its first page
        self.status.setText("")  # the page number beside the buttons says how many
        self._update_actions()
        self.report_generated.emit(name, self.document.pageCount())

    def _failed(self, generation: int, error: BaseException) -> None:
        if self._finished() or generation != self._generation:
            return
        self.status.setText("")
        if isinstance(error, CercleError):
            self._show_error(error)
        else:
            self.context.runner.task_failed.emit(error)  # the window's one message for the unexpected

    def _show_error(self, error: CercleError) -> None:
        self.error.setText(tr_error(error))
        self.error.show()

    def _clear_preview(self) -> None:
        self.document.close()
        if self.current is not None:
            self.current[2].unlink(missing_ok=True)
        self.current = None
        self.preview.setCurrentWidget(self.placeholder)
        self.status.setText("")
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.current is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.whole_page.setEnabled(ready)
        self.generate_button.setEnabled(not self._running and self.current_name() is not None)
        self._show_page_number()

    def _set_zoom(self, whole: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView if whole else QPdfView.ZoomMode.FitToWidth)

    # -- turning pages -----------------------------------------------------------------------
    def turn_page(self, step: int) -> None:
        """Show the top of the page ``step`` pages after (or before) the current one."""
        count = self.document.pageCount()
        if self.current is None or count == 0:
            return
        navigator = self.view.pageNavigator()
        target = min(max(navigator.currentPage() + step, 0), count - 1)
        if target != navigator.currentPage():
            navigator.jump(target, QPointF(), navigator.currentZoom())

    def _show_page_number(self) -> None:
        count = self.document.pageCount() if self.current is not None else 0
        current = self.view.pageNavigator().currentPage()
        self.page_label.setText(self.tr("Page {page} / {count}").format(page=current + 1, count=count)
                                if count else "")
        self.previous_page.setEnabled(count > 0 and current > 0)
        self.next_page.setEnabled(count > 0 and current < count - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and self.current is not None and isinstance(event, QKeyEvent)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)):
            self.turn_page(-1 if event.key() == Qt.Key.Key_PageUp else 1)
            return True
        return super().eventFilter(watched, event)

    # -- printing and saving ---------------------------------------------------------------
    def print_report(self) -> None:
        """The system print dialog, then the pages chosen, in order."""
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(tr_report(self.specs[self.current[0]].title))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the report's pages (all, or the printer's range) on ``printer``; return the count."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        pages = range(max(first, 1) - 1, min(last, count))
        painter = QPainter()
        if not painter.begin(printer):
            warn(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for position, page in enumerate(pages):
                if position:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(points.width() * dpi / 72),
                                                         round(points.height() * dpi / 72)))
                painter.drawImage(_fitted(QRectF(painter.viewport()), image), image)
        finally:
            QApplication.restoreOverrideCursor()
            painter.end()
        return len(pages)

    def suggested_file_name(self) -> str:
        assert self.current is not None
        name, params, _path = self.current
        day = params.end if "period" in self.specs[name].needs and params.end else self.today
        return f"{name}-{day.isoformat()}.pdf"

    def save_report(self) -> None:
        if self.current is None:
            return
        settings = QSettings()
        folder = str(settings.value("reports/folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"),
                                              str(Path(folder) / self.suggested_file_name()),
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.save_to(Path(path)):
            settings.setValue("reports/folder", str(Path(path).parent))

    def save_to(self, target: Path) -> bool:
        """Copy the report shown to ``target``; say so in the status line, or why not."""
        if self.current is None:
            return False
        try:
            shutil.copyfile(self.current[2], target)
        except OSError as error:
            warn(self, self.tr("Save as PDF"), self.tr(
                "The report could not be saved to {path}: {reason}").format(path=str(target),
                                                                              reason=error.strerror or str(error)))
            return False
        self.status.setText(self.tr("Saved to {path}").format(path=str(target)))
        return True


def _fitted(area: QRectF, image: QImage) -> QRectF:
    """The largest rectangle of ``image``'s proportions centred in ``area``."""
    if image.width() <= 0 or image.height() <= 0:
        return area
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(QPointF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2),
                  QSize(round(width), round(height)).toSizeF())


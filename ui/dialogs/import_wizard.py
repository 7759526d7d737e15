"""Import from a spreadsheet: file -> columns -> dry run -> unknown chapters, sectors or meetings -> import.

Reading the file, each dry run and the import itself run through the task runner, with a
progress bar; nothing is written before the last page's Import button, and then all the
accepted rows are written in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import formatting
from app.domain.errors import CercleError
from app.domain.importing import (
    COUNT,
    FIELDS,
    ROW_CLASS_LABELS,
    TITLE_COLUMN,
    TITLE_MEMBER,
    TITLE_REASON,
    TITLE_RESULT,
    TITLE_ROW,
    ImportKind,
    RowClass,
)
from app.services import imports, reference
from app.services.import_grid import WHOLE_CLUB
from app.services.imports import ImportOptions, ImportPlan, ImportResult, RowReport, SheetData
from ui.context import AppContext
from ui.i18n import tr_error
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel

FILE_PAGE, MAPPING_PAGE, DRY_RUN_PAGE, UNKNOWN_PAGE, CONFIRM_PAGE = range(5)


def open_import_wizard(context: AppContext, parent: QWidget | None = None, kind: str = "members") -> int:
    """Show the import wizard (``kind``: "members" or "attendance"); return the dialog's result."""
    wizard = ImportWizard(context, ImportKind(kind), parent)
    return wizard.exec()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


class _Progress(QObject):
    """Progress reported by a task in the pool, delivered to the GUI thread."""

    changed = Signal(int, int)


def _progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar


def _error_label() -> QLabel:
    label = PlainLabel()
    label.setObjectName("error")
    look.paint(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


class ImportWizard(QWizard):
    """The wizard's state: the file read, the user's choices and the latest dry run."""

    imported = Signal(object)  # ImportResult

    def __init__(self, context: AppContext, kind: ImportKind = ImportKind.MEMBERS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.path = ""
        self.sheet: SheetData | None = None
        self.plan: ImportPlan | None = None
        self.options = ImportOptions()
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(820, 560)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.unknown_page = UnknownPage(self)
        self.confirm_page = ConfirmPage(self)
        for page_id, page in ((FILE_PAGE, self.file_page), (MAPPING_PAGE, self.mapping_page),
                              (DRY_RUN_PAGE, self.dry_run_page), (UNKNOWN_PAGE, self.unknown_page),
                              (CONFIRM_PAGE, self.confirm_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def nextId(self) -> int:
        current = self.currentId()
        if current == DRY_RUN_PAGE:
            return UNKNOWN_PAGE if self.has_unknowns() else CONFIRM_PAGE
        return super().nextId()

    def has_unknowns(self) -> bool:
        plan = self.plan
        return bool(plan and (plan.unknown_chapters or plan.unknown_sectors or plan.missing_dates))

    # -- running the service off the GUI thread ------------------------------------------
    def run_task(self, page: _TaskPage, fn: Any, on_done: Any) -> None:
        """Run ``fn(progress)`` through the runner; the page shows progress and any error."""
        progress = _Progress(self)
        progress.changed.connect(page.show_progress)
        page.set_busy(True)

        def done(value: Any) -> None:
            page.set_busy(False)
            on_done(value)

        def failed(error: BaseException) -> None:
            page.set_busy(False)
            if isinstance(error, CercleError):
                page.show_error(tr_error(error))
            else:
                page.show_error(self.tr("Unexpected error; nothing was imported.\n{error}").format(error=error))

        self.context.runner.run(lambda: fn(progress.changed.emit), done, failed)

    def dry_run(self, options: ImportOptions, page: _TaskPage, then: Any) -> None:
        sheet, kind, uow = self.sheet, self.kind, self.context.uow()
        assert sheet is not None

        def done(plan: ImportPlan) -> None:
            self.plan = plan
            self.options = options
            then()

        self.run_task(page, lambda progress: imports.dry_run(uow, kind, sheet, options, progress), done)

    def save_rejected_to(self, path: str) -> None:
        assert self.plan is not None
        imports.save_rejected(self.plan, path)


class _TaskPage(QWizardPage):
    """A page that may wait for a task: a progress bar, an error line, Next held until done."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.busy = False
        self.ready = False  # the task behind "Next" has finished for the current choices
        self.progress = _progress_bar()
        self.error = _error_label()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if busy:
            self.error.hide()
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()

    def advance(self) -> None:
        self.ready = True
        self.owner.next()

    def invalidate(self) -> None:
        """A choice changed: the next "Next" runs the dry run again (after Back, too)."""
        self.ready = False


class FilePage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file, as saved by Excel. "
                                 "Nothing is written before the last step."))
        self.members = QRadioButton(self.tr("A list of members"))
        self.members.setObjectName("kind_members")
        self.attendance = QRadioButton(self.tr("An attendance grid (members in rows, meeting dates in columns)"))
        self.attendance.setObjectName("kind_attendance")
        group = QButtonGroup(self)
        group.addButton(self.members)
        group.addButton(self.attendance)
        (self.attendance if wizard.kind is ImportKind.ATTENDANCE else self.members).setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.textChanged.connect(self._changed)
        self.members.toggled.connect(self._changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("The file holds:")))
        layout.addWidget(self.members)
        layout.addWidget(self.attendance)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from a spreadsheet"), "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if path:
            self.path.setText(path)

    def _changed(self) -> None:
        self.ready = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and super().isComplete()

    def validatePage(self) -> bool:
        if self.ready:
            return True
        wizard = self.owner
        wizard.kind = ImportKind.MEMBERS if self.members.isChecked() else ImportKind.ATTENDANCE
        path, kind, uow = self.path.text().strip(), wizard.kind, wizard.context.uow()

        def read(progress: Any) -> tuple[SheetData, ImportPlan]:
            sheet = imports.read_sheet(path)
            return sheet, imports.dry_run(uow, kind, sheet, ImportOptions(), progress)

        def done(value: tuple[SheetData, ImportPlan]) -> None:
            wizard.sheet, wizard.plan = value
            wizard.options = ImportOptions()
            wizard.path = path
            wizard.mapping_page.ready = False
            self.advance()

        wizard.run_task(self, read, done)
        return False


class MappingPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Title in the file"), self.tr("Examples"), self.tr("Field in Cercle")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(3, 220)
        self.combos: list[QComboBox] = []
        self.chapter = QComboBox()
        self.chapter.setObjectName("default_chapter")
        self.join_date_check = QCheckBox(self.tr("Join date of the members whose row gives none:"))
        self.join_date = date_edit("join_date")
        self.join_date.setEnabled(False)
        self.join_date_check.toggled.connect(self.join_date.setEnabled)
        # Every option feeds the dry run: changing one after going Back must not keep the old one.
        self.chapter.currentIndexChanged.connect(self.invalidate)
        self.join_date_check.toggled.connect(self.invalidate)
        self.join_date.dateChanged.connect(self.invalidate)
        self.chapter_label = PlainLabel()
        form = QGridLayout()
        form.addWidget(self.chapter_label, 0, 0)
        form.addWidget(self.chapter, 0, 1)
        form.addWidget(self.join_date_check, 1, 0)
        form.addWidget(self.join_date, 1, 1)
        form.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        wizard = self.owner
        plan = wizard.plan
        assert plan is not None
        self.ready = False
        self.error.hide()
        self.setSubTitle(self.tr("{file}: titles found on row {row}. Check the field each column goes to; "
                                 "your choices are remembered for the next file.").format(
            file=plan.file_name, row=plan.header_row))
        members = plan.kind is ImportKind.MEMBERS
        fields = [(spec.key, _tr(spec.label)) for spec in FIELDS[plan.kind]]
        self.table.setRowCount(len(plan.columns))
        self.combos = []
        for row, column in enumerate(plan.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.letter))
            self.table.setItem(row, 1, QTableWidgetItem(column.header))
            self.table.setItem(row, 2, QTableWidgetItem(" · ".join(column.samples)))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for key, label in fields:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.currentIndexChanged.connect(lambda _index, row=row: self._field_chosen(row))
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        for row in range(self.table.rowCount()):
            for col in range(3):
                item = self.table.item(row, col)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.chapter.clear()
        if members:
            self.chapter_label.setText(self.tr("Chapter of the members whose row names none:"))
            self.chapter.addItem(self.tr("(none: such rows are errors)"), None)
        else:
            self.chapter_label.setText(self.tr("Chapter of the meetings to create:"))
            self.chapter.addItem(self.tr("The members' chapter"), None)
            self.chapter.addItem(self.tr("Whole club"), WHOLE_CLUB)
        for item in reference.list_items(wizard.context.uow(), "chapter", include_retired=False):
            self.chapter.addItem(item.name, item.id)
        self.join_date_check.setVisible(members)
        self.join_date.setVisible(members)

    def _field_chosen(self, row: int) -> None:
        """One column per field (meeting dates aside): choosing a field frees it elsewhere."""
        self.ready = False
        key = self.combos[row].currentData()
        if key is None or key == "meeting":
            return
        for other, combo in enumerate(self.combos):
            if other != row and combo.currentData() == key:
                combo.setCurrentIndex(0)

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def set_field(self, row: int, key: str | None) -> None:
        self.combos[row].setCurrentIndex(max(self.combos[row].findData(key), 0))

    def options(self) -> ImportOptions:
        members = self.owner.kind is ImportKind.MEMBERS
        chapter = self.chapter.currentData()
        join = self.join_date.date() if members and self.join_date_check.isChecked() else None
        return ImportOptions(
            mapping=self.mapping(),
            default_chapter_id=chapter if members else None,
            default_join_date=date(join.year(), join.month(), join.day()) if join is not None else None,
            meeting_chapter_id=None if members else chapter,
        )

    def validatePage(self) -> bool:
        if self.ready:
            return True
        self.owner.dry_run(self.options(), self, self.advance)
        return False


ROW_COLUMNS: list[Column[RowReport]] = [
    Column(TITLE_ROW, lambda r: r.row, align=Qt.AlignmentFlag.AlignRight, context="Import"),
    Column(TITLE_RESULT, lambda r: _tr(ROW_CLASS_LABELS[r.result]), context="Import"),
    Column(TITLE_MEMBER, lambda r: r.name, context="Import"),
    Column(TITLE_COLUMN, lambda r: r.column, context="Import"),
    # Every problem of a row, one a line, each after its column when there are several.
    Column(TITLE_REASON, lambda r: "\n".join(r.details), tooltip=lambda r: "\n".join(r.details) or None,
           context="Import"),
]


class DryRunPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the result"))
        self.setSubTitle(self.tr("What the import would do. Nothing has been written yet."))
        self.counts = PlainLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show every row (otherwise only the rejected ones and those to check)"))
        self.show_all.toggled.connect(self._filter)
        self.model: DataclassTableModel[RowReport] = DataclassTableModel(ROW_COLUMNS, self)
        proxy = SortFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("rows")
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.save_button = QPushButton(self.tr("Save the rejected rows…"))
        self.save_button.setObjectName("save_rejected")
        self.save_button.clicked.connect(self.save_rejected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.counts.setText(counts_text(plan))
        self.model.set_rows(plan.rows)
        self.show_all.setChecked(not plan.rejected and not plan.warnings)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._filter()
        self.save_button.setEnabled(bool(plan.rejected))
        for column, width in ((0, 60), (1, 150), (2, 210), (3, 130)):
            self.view.setColumnWidth(column, width)

    def _fit_rows(self) -> None:
        if self.model.rowCount() <= 500:  # long reasons wrap; a huge file keeps one line per row
            self.view.resizeRowsToContents()

    def _filter(self) -> None:
        if self.show_all.isChecked():
            self.model.set_filter(None)
        else:
            self.model.set_filter(lambda r: r.warning or r.result in (RowClass.ERROR, RowClass.DUPLICATE))
        self._fit_rows()

    def save_rejected(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"), "lignes-rejetees.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            try:
                self.owner.save_rejected_to(path)
            except CercleError as error:
                self.show_error(tr_error(error))


def counts_text(plan: ImportPlan) -> str:
    parts = [_tr(COUNT).format(label=_tr(ROW_CLASS_LABELS[result]), count=count)
             for result, count in plan.counts.items()]
    text = "  ·  ".join(parts)
    if plan.warnings and plan.kind is ImportKind.ATTENDANCE:
        text += "\n" + QCoreApplication.translate(
            "Import", "Members of another chapter, recorded as visitors: {count}").format(count=len(plan.warnings))
    elif plan.warnings:
        text += "\n" + QCoreApplication.translate(
            "Import", "New rows to check (a member of the same name exists): {count}").format(count=len(plan.warnings))
    if plan.kind is ImportKind.ATTENDANCE:
        text += "\n" + QCoreApplication.translate("Import", "Marks to record: {count}").format(count=plan.marks)
    for notice in plan.notices:
        text += "\n" + notice
    return text


class UnknownPage(_TaskPage):
    """Chapters and sectors the database does not know, meeting dates with no meeting."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Unknown chapters, sectors or meetings"))
        self.setSubTitle(self.tr("The file names some the database does not know: "
                                 "choose an existing one or let the import create it."))
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.dates = PlainLabel()
        self.dates.setWordWrap(True)
        self.create_meetings = QCheckBox()
        self.create_meetings.setObjectName("create_meetings")
        self.create_meetings.toggled.connect(self.completeChanged)
        self.create_meetings.toggled.connect(self.invalidate)
        self.combos: dict[tuple[str, str], QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.dates)
        layout.addWidget(self.create_meetings)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addStretch(0)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.ready = False
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        uow = self.owner.context.uow
        for kind, names, title in (("chapter", plan.unknown_chapters, self.tr("Chapter “{name}”")),
                                   ("sector", plan.unknown_sectors, self.tr("Sector “{name}”"))):
            if not names:
                continue
            items = reference.list_items(uow(), kind, include_retired=False)
            for name in names:
                combo = QComboBox()
                combo.setObjectName(f"{kind}:{name}")
                combo.addItem(self.tr("Create “{name}”").format(name=name), None)
                for item in items:
                    combo.addItem(item.name, item.id)
                combo.currentIndexChanged.connect(self.invalidate)
                self.form.addRow(title.format(name=name), combo)
                self.combos[(kind, name)] = combo
        dates = ", ".join(formatting.format_date(day) for day in plan.missing_dates)
        self.scroll.setVisible(bool(self.combos))
        self.dates.setVisible(bool(plan.missing_dates))
        self.dates.setText(self.tr("No meeting is recorded on {dates}. The marks of these dates need one; "
                                   "otherwise go back and set those columns to “(ignore)”.").format(dates=dates))
        self.create_meetings.setVisible(bool(plan.missing_dates))
        self.create_meetings.setText(self.tr("Create these meetings (held, weekly)"))
        self.create_meetings.setChecked(False)

    def isComplete(self) -> bool:
        plan = self.owner.plan
        if plan is not None and plan.missing_dates and not self.create_meetings.isChecked():
            return False
        return super().isComplete()

    def options(self) -> ImportOptions:
        chapters = {name: combo.currentData() for (kind, name), combo in self.combos.items() if kind == "chapter"}
        sectors = {name: combo.currentData() for (kind, name), combo in self.combos.items() if kind == "sector"}
        return replace(self.owner.options, chapters=chapters, sectors=sectors,
                       create_missing=self.create_meetings.isChecked())

    def validatePage(self) -> bool:
        if self.ready:
            return True
        # Mapping a name onto an existing item can turn rows into duplicates: dry run again.
        self.owner.dry_run(self.options(), self, self.advance)
        return False


class ConfirmPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.summary = PlainLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.done = False
        self.owner.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        if plan.kind is ImportKind.MEMBERS:
            text = self.tr("Ready to import {file}: {new} new member(s), {updated} update(s); "
                           "{unchanged} row(s) unchanged.").format(
                file=plan.file_name, new=plan.count(RowClass.NEW), updated=plan.count(RowClass.UPDATE),
                unchanged=plan.count(RowClass.UNCHANGED))
        else:
            text = self.tr("Ready to import {file}: {marks} mark(s) to record for {members} member(s).").format(
                file=plan.file_name, marks=plan.marks,
                members=plan.count(RowClass.NEW) + plan.count(RowClass.UPDATE))
        if plan.rejected:
            text += "\n\n" + self.tr("{count} row(s) rejected will not be imported; you can save them from "
                                     "the previous step.").format(count=len(plan.rejected))
        text += "\n\n" + self.tr("Everything is written at once, or nothing if anything goes wrong.")
        self.setSubTitle(self.tr("Check the summary, then import the accepted rows."))
        self.summary.setText(text)

    def validatePage(self) -> bool:
        if self.done:
            return True
        wizard = self.owner
        sheet, kind, options, uow = wizard.sheet, wizard.kind, wizard.options, wizard.context.uow()
        assert sheet is not None

        def done(result: ImportResult) -> None:
            wizard.result = result
            self.done = True
            wizard.context.data_changed.emit("members" if kind is ImportKind.MEMBERS else "meetings")
            wizard.imported.emit(result)
            self.summary.setText(result_text(result))
            wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
            wizard.button(QWizard.WizardButton.CancelButton).hide()
            self.setSubTitle(self.tr("The import is done."))

        wizard.run_task(self, lambda progress: imports.apply_import(uow, kind, sheet, options, progress), done)
        return False


def result_text(result: ImportResult) -> str:
    translate = QCoreApplication.translate  # "ConfirmPage" written at each call, for lupdate
    if result.plan.kind is ImportKind.MEMBERS:
        text = translate("ConfirmPage", "Import done: {created} member(s) created, {updated} updated, "
                                        "{rejected} row(s) rejected.").format(
            created=result.created, updated=result.updated, rejected=result.rejected)
        if result.chapters_created or result.sectors_created:
            text += "\n" + translate("ConfirmPage", "{chapters} chapter(s) and {sectors} sector(s) created.").format(
                chapters=result.chapters_created, sectors=result.sectors_created)
        return text
    return translate("ConfirmPage", "Import done: {marks} mark(s) recorded, {meetings} meeting(s) created, "
                                    "{rejected} row(s) rejected.").format(
        marks=result.marks, meetings=result.meetings_created, rejected=result.rejected)

"""The charter page: its text and versions, who signed it, and the warnings with the board's decisions."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.charter import BRAND, CHARTER_POINTS, WarningStep
from app.domain.enums import MemberStatus
from app.domain.errors import CercleError
from app.domain.text import matcher, search_key
from app.services import charter as charter_service
from app.services.charter import CharterVersionRow, DecisionRow, SignatureRow, WarningRow
from ui.charter_text import tr_point, tr_step
from ui.context import AppContext
from ui.i18n import tr_enum, tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.widgets.columns import say_when_nothing_matches, set_column_widths, set_read_only_rows
from ui.widgets.label import PlainLabel, RichLabel
from ui.widgets.message_box import Button, ask, warn

RIGHT = Qt.AlignmentFlag.AlignRight
CURRENT = (MemberStatus.ACTIVE, MemberStatus.SUSPENDED)


@dataclass(frozen=True)
class CharterData:
    """Everything the page shows, read in one task off the GUI thread."""

    versions: list[CharterVersionRow]
    version_id: int | None  # the version the signatures are about
    signatures: list[SignatureRow]
    warnings: list[WarningRow]


def version_columns() -> list[Column[CharterVersionRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Version"), lambda v: v.label),
        Column(QT_TRANSLATE_NOOP("Columns", "Adopted on"), lambda v: formatting.format_date(v.adopted_on),
               sort_key=lambda v: v.adopted_on, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Signatures"), lambda v: formatting.format_number(v.signed_count),
               sort_key=lambda v: v.signed_count, align=RIGHT),
    ]


def signature_columns() -> list[Column[SignatureRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company, sort_key=lambda r: r.company.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda r: r.chapter),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: tr_enum(r.status),
               sort_key=lambda r: list(MemberStatus).index(r.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Signed on"), lambda r: formatting.format_date(r.signed_on),
               sort_key=lambda r: r.signed_on, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Last version signed"), lambda r: r.last_signed),
    ]


def warning_columns() -> list[Column[WarningRow]]:
    def state(w: WarningRow) -> str:
        if w.is_open:
            return _translate("Open")
        return _translate("Closed on {date}").format(date=formatting.format_date(w.closed_on))

    def last_step(w: WarningRow) -> str:
        last = w.last_decision
        return f"{tr_step(last.step)} ({formatting.format_date(last.decided_on)})" if last else ""

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda w: formatting.format_date(w.date),
               sort_key=lambda w: (w.date, w.id), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda w: f"{w.member_number} – {w.member_name}",
               sort_key=lambda w: w.member_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda w: w.chapter),
        Column(QT_TRANSLATE_NOOP("Columns", "Charter point"), lambda w: tr_point(w.charter_point, w.aspect),
               sort_key=lambda w: (w.charter_point, w.aspect or "")),
        Column(QT_TRANSLATE_NOOP("Columns", "Facts"), lambda w: w.facts.replace("\n", " "),
               tooltip=lambda w: w.facts),
        Column(QT_TRANSLATE_NOOP("Columns", "Last step"), last_step,
               sort_key=lambda w: list(WarningStep).index(w.last_decision.step) if w.last_decision else -1),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), state, sort_key=lambda w: (not w.is_open, w.closed_on)),
    ]


def decision_columns() -> list[Column[DecisionRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda d: formatting.format_date(d.decided_on),
               sort_key=lambda d: (d.decided_on, d.id), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Step"), lambda d: tr_step(d.step),
               sort_key=lambda d: list(WarningStep).index(d.step)),
        Column(QT_TRANSLATE_NOOP("Columns", "Decided by"), lambda d: d.decided_by),
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda d: (d.notes or "").replace("\n", " "),
               tooltip=lambda d: d.notes),
    ]


def _translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CharterPage", text)


# Marked here so the catalogue collects them; shown through _translate.
QT_TRANSLATE_NOOP("CharterPage", "Open")
QT_TRANSLATE_NOOP("CharterPage", "Closed on {date}")


def _table(name: str, model: DataclassTableModel, widths: tuple[int, ...]) -> tuple[QTableView, SortFilterProxy]:  # type: ignore[type-arg]
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    proxy.setParent(table)
    table.setSortingEnabled(True)
    set_read_only_rows(table)
    set_column_widths(table, widths)
    return table, proxy


class CharterPage(Page):
    """Three tabs: the text and its versions, the members' signatures, the warnings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: CharterData | None = None
        self._pending_warning: int | None = None  # a warning just recorded, to select when listed
        self.version_model: DataclassTableModel[CharterVersionRow] = DataclassTableModel(version_columns(), self)
        self.signature_model: DataclassTableModel[SignatureRow] = DataclassTableModel(signature_columns(), self)
        self.warning_model: DataclassTableModel[WarningRow] = DataclassTableModel(warning_columns(), self)
        self.decision_model: DataclassTableModel[DecisionRow] = DataclassTableModel(decision_columns(), self)

        title = PlainLabel(self.tr("Charter"))
        title.setObjectName("page_title")
        self.current_label = PlainLabel()
        self.current_label.setObjectName("current_charter")
        new_version = QPushButton(icon("add.svg"), self.tr("New version…"))
        new_version.setObjectName("new_version")
        new_version.clicked.connect(self.new_version)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.current_label)
        header.addStretch(1)
        header.addWidget(new_version)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("charter_tabs")
        self.tabs.addTab(self._text_tab(), self.tr("Text and versions"))
        self.tabs.addTab(self._signatures_tab(), self.tr("Signatures"))
        self.tabs.addTab(self._warnings_tab(), self.tr("Warnings"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self.reload()

    # -- building ------------------------------------------------------------------
    def _text_tab(self) -> QWidget:
        self.version_table, self.version_proxy = _table("versions_table", self.version_model, (90, 110, 90))
        self.version_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_text())
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("charter_text")
        self.text_view.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.version_table)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 760])
        return splitter

    def _signatures_tab(self) -> QWidget:
        self.signature_version = QComboBox()
        self.signature_version.setObjectName("signature_version")
        self.signature_version.currentIndexChanged.connect(self._signature_version_changed)
        self.signature_state = QComboBox()
        self.signature_state.setObjectName("signature_state")
        for text, key in ((self.tr("Current members (active and suspended)"), "current"),
                          (self.tr("Not signed (active members)"), "unsigned"),
                          (self.tr("Signed"), "signed"),
                          (self.tr("All members"), None)):
            self.signature_state.addItem(text, key)
        self.signature_state.currentIndexChanged.connect(self.filter_signatures)
        self.signature_search = QLineEdit()
        self.signature_search.setObjectName("signature_search")
        self.signature_search.setClearButtonEnabled(True)
        self.signature_search.setPlaceholderText(self.tr("Search: name, company, number…"))
        self.signature_search.textChanged.connect(self.filter_signatures)
        self.signature_count = PlainLabel()
        self.signature_count.setObjectName("signature_count")
        record = QPushButton(icon("edit.svg"), self.tr("Record signature…"))
        record.setObjectName("record_signature")
        record.clicked.connect(self.record_signature)
        remove = QPushButton(icon("delete.svg"), self.tr("Remove signature"))
        remove.setObjectName("remove_signature")
        remove.clicked.connect(self.remove_signature)
        self.signature_table, self.signature_proxy = _table(
            "signatures_table", self.signature_model, (60, 200, 230, 110, 90, 100, 120))
        self.signature_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.signature_table.doubleClicked.connect(lambda _index: self.record_signature())
        say_when_nothing_matches(self.signature_table, self.signature_search, lambda text: self.tr(
            "No member matches \u201c{text}\u201d").format(text=text))
        filters = QHBoxLayout()
        filters.addWidget(self.signature_search, 2)
        for caption_text, combo in ((self.tr("Version"), self.signature_version),
                                    (self.tr("Show"), self.signature_state)):
            caption = PlainLabel(caption_text)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.signature_count)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        buttons.addWidget(record)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.signature_table, 1)
        return tab

    def _warnings_tab(self) -> QWidget:
        """The warnings, filtered and with their actions, above the selected one's decisions."""
        self._build_warning_filters()
        self.warning_buttons: dict[str, QPushButton] = {}
        actions = (("record_warning", "add.svg", self.tr("Record warning…"), self.record_warning),
                   ("edit_warning", "edit.svg", self.tr("Correct…"), self.edit_warning),
                   ("add_decision", "status.svg", self.tr("Add decision…"), self.add_decision),
                   ("close_warning", "status.svg", self.tr("Close…"), self.close_warning),
                   ("reopen_warning", "status.svg", self.tr("Reopen"), self.reopen_warning),
                   ("delete_warning", "delete.svg", self.tr("Delete"), self.delete_warning))
        for name, icon_name, text, slot in actions:
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.warning_buttons[name] = button
        self.warning_table, self.warning_proxy = _table(
            "warnings_table", self.warning_model, (85, 165, 85, 200, 230, 150, 110))
        self.warning_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.warning_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_decisions())
        self.warning_table.doubleClicked.connect(lambda _index: self.add_decision())
        say_when_nothing_matches(self.warning_table, self.warning_search, lambda text: self.tr(
            "No warning matches \u201c{text}\u201d").format(text=text))
        lower = self._decisions_panel()

        filters = QHBoxLayout()
        filters.addWidget(self.warning_search, 2)
        for caption_text, combo in ((self.tr("Show"), self.warning_state), (self.tr("Point"), self.warning_point)):
            caption = PlainLabel(caption_text)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning_count)
        buttons.addStretch(1)
        for name in ("delete_warning", "reopen_warning", "close_warning", "edit_warning", "add_decision",
                     "record_warning"):
            buttons.addWidget(self.warning_buttons[name])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.warning_table)
        splitter.addWidget(lower)
        splitter.setSizes([320, 260])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return tab

    def _build_warning_filters(self) -> None:
        """The warnings' state, charter point and search, and the count of those shown."""
        self.warning_state = QComboBox()
        self.warning_state.setObjectName("warning_state")
        for text, key in ((self.tr("All"), None), (self.tr("Open"), "open"), (self.tr("Closed"), "closed")):
            self.warning_state.addItem(text, key)
        self.warning_point = QComboBox()
        self.warning_point.setObjectName("warning_point")
        self.warning_point.addItem(self.tr("All points"), None)
        for point in CHARTER_POINTS:  # point 3 with its brand part; then the brand part alone
            self.warning_point.addItem(tr_point(point), str(point))
        self.warning_point.addItem(tr_point(3, BRAND), f"3:{BRAND}")
        self.warning_search = QLineEdit()
        self.warning_search.setObjectName("warning_search")
        self.warning_search.setClearButtonEnabled(True)
        self.warning_search.setPlaceholderText(self.tr("Search: member, facts…"))
        for widget in (self.warning_state, self.warning_point):
            widget.currentIndexChanged.connect(self.filter_warnings)
        self.warning_search.textChanged.connect(self.filter_warnings)
        self.warning_count = PlainLabel()
        self.warning_count.setObjectName("warning_count")

    def _decisions_panel(self) -> QWidget:
        """The selected warning's decisions under their caption, with deleting one."""
        self.decision_table, self.decision_proxy = _table(
            "decisions_table", self.decision_model, (90, 170, 300, 300))
        self.decision_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.decision_caption = RichLabel()
        self.decision_caption.setObjectName("decision_caption")
        self.decision_caption.setWordWrap(True)
        delete_decision = QPushButton(icon("delete.svg"), self.tr("Delete decision"))
        delete_decision.setObjectName("delete_decision")
        delete_decision.clicked.connect(self.delete_decision)
        self.warning_buttons["delete_decision"] = delete_decision
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.decision_caption, 1)
        caption_row.addWidget(delete_decision, 0, Qt.AlignmentFlag.AlignBottom)
        lower_layout.addLayout(caption_row)
        lower_layout.addWidget(self.decision_table, 1)
        return lower

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read versions, signatures and warnings off the GUI thread."""
        db = self.context.db
        # The first entry is the current version: it follows a newly adopted one.
        chosen = self.signature_version.currentData() if self.signature_version.currentIndex() > 0 else None

        def read() -> CharterData:
            versions = charter_service.list_versions(db.unit_of_work())
            version_id = chosen if chosen in {v.id for v in versions} else (versions[0].id if versions else None)
            return CharterData(versions, version_id,
                               charter_service.signature_overview(db.unit_of_work(), version_id),
                               charter_service.list_warnings(db.unit_of_work()))

        self.context.runner.run(read, self._loaded)

    def _loaded(self, data: CharterData) -> None:
        previous_current = self.data.versions[0].id if self.data is not None and self.data.versions else None
        self.data = data
        current = data.versions[0] if data.versions else None
        if current is None:
            self.current_label.setText(self.tr("No charter adopted yet."))
        else:
            self.current_label.setText(self.tr("Current version: {version}, adopted on {date}").format(
                version=current.label, date=formatting.format_date_long(current.adopted_on)))
        # Keep an older version the secretary is reading; otherwise show the current text.
        shown = self._selected_version()
        keep = shown.id if shown is not None and shown.id != previous_current else (current.id if current else -1)
        self.version_model.set_rows(data.versions)
        row = self.version_model.row_of(lambda v: v.id == keep)
        self.version_table.setCurrentIndex(self.version_proxy.index(max(row, 0), 0))
        self._show_text()
        self.signature_version.blockSignals(True)
        self.signature_version.clear()
        for version in data.versions:
            self.signature_version.addItem(self.tr("Version {version}").format(version=version.label), version.id)
        self.signature_version.setCurrentIndex(max(self.signature_version.findData(data.version_id), 0))
        self.signature_version.blockSignals(False)
        self.signature_model.set_rows(data.signatures)
        self.filter_signatures()
        selected = self.selected_warning()
        wanted = self._pending_warning or (selected.id if selected is not None else None)
        self.warning_model.set_rows(data.warnings)
        self.filter_warnings()
        if wanted is not None and self.select_warning(wanted):
            self._pending_warning = None
        self._show_decisions()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("charter", "members", "all"):
            self.reload()

    def _signature_version_changed(self, *_args: object) -> None:
        self.reload()

    # -- text ----------------------------------------------------------------------
    def _selected_version(self) -> CharterVersionRow | None:
        index = self.version_table.currentIndex()
        return self.version_proxy.row_at(index.row()) if index.isValid() else None

    def _show_text(self) -> None:
        version = self._selected_version()
        self.text_view.setPlainText(version.text if version else "")

    def new_version(self) -> None:
        from ui.dialogs.charter_version_dialog import CharterVersionDialog

        dialog = CharterVersionDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.version_dialog = dialog
        dialog.open()

    # -- signatures ----------------------------------------------------------------
    def filter_signatures(self, *_args: object) -> None:
        state = self.signature_state.currentData()
        match = matcher(self.signature_search.text())

        def accept(row: SignatureRow) -> bool:
            if state == "current" and row.status not in CURRENT:
                return False
            if state == "unsigned" and (row.status is not MemberStatus.ACTIVE or row.signed_on is not None):
                return False
            if state == "signed" and row.signed_on is None:
                return False
            return match(search_key(str(row.number), row.name, row.company, row.chapter))

        self.signature_model.set_filter(accept)
        self.signature_count.setText(self.tr("{shown} shown of {total} members").format(
            shown=self.signature_model.rowCount(), total=self.signature_model.total_count))

    def selected_signature(self) -> SignatureRow | None:
        index = self.signature_table.currentIndex()
        return self.signature_proxy.row_at(index.row()) if index.isValid() else None

    def record_signature(self) -> None:
        from ui.dialogs.signature_dialog import SignatureDialog

        row = self.selected_signature()
        dialog = SignatureDialog(self.context, row.member_id if row else None,
                                 self.signature_version.currentData(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.signature_dialog = dialog
        dialog.open()

    def remove_signature(self) -> None:
        row = self.selected_signature()
        if row is None or row.signed_on is None:
            return
        version = self.signature_version.currentText()
        answer = ask(self, self.tr("Remove signature"), self.tr(
            "Remove the signature of {name} ({version}, signed on {date})?").format(
                name=row.name, version=version, date=formatting.format_date(row.signed_on)))
        if answer != Button.Yes:
            return
        try:
            charter_service.remove_signature(self.context.uow(), row.member_id, self.signature_version.currentData())
        except CercleError as error:
            warn(self, self.tr("Remove signature"), tr_error(error))
            return
        self.context.data_changed.emit("charter")

    # -- warnings ------------------------------------------------------------------
    def filter_warnings(self, *_args: object) -> None:
        state = self.warning_state.currentData()
        point = self.warning_point.currentData()
        match = matcher(self.warning_search.text())

        def accept(row: WarningRow) -> bool:
            if state == "open" and not row.is_open or state == "closed" and row.is_open:
                return False
            if point is not None and f"{row.charter_point}:{row.aspect}" != point and str(row.charter_point) != point:
                return False
            return match(search_key(str(row.member_number), row.member_name, row.chapter, row.facts))

        self.warning_model.set_filter(accept)
        self.warning_count.setText(self.tr("{shown} shown of {total} warnings").format(
            shown=self.warning_model.rowCount(), total=self.warning_model.total_count))
        self._show_decisions()

    def selected_warning(self) -> WarningRow | None:
        index = self.warning_table.currentIndex()
        return self.warning_proxy.row_at(index.row()) if index.isValid() else None

    def select_warning(self, warning_id: int) -> bool:
        row = self.warning_model.row_of(lambda w: w.id == warning_id)
        if row >= 0:
            self.warning_table.setCurrentIndex(self.warning_proxy.index(row, 0))
        return row >= 0

    def _show_decisions(self) -> None:
        warning = self.selected_warning()
        self.decision_model.set_rows(warning.decisions if warning else [])
        if warning is None:
            self.decision_caption.setText(self.tr("Select a warning to see the board's decisions."))
        else:
            text = self.tr("Decisions on the warning of <b>{member}</b> dated {date}:").format(
                member=escape(warning.member_name), date=formatting.format_date(warning.date))
            if not warning.is_open:
                note = f" – {escape(warning.closing_note)}" if warning.closing_note else ""
                text += "<br>" + self.tr("Closed on {date}").format(
                    date=formatting.format_date(warning.closed_on)) + note
            self.decision_caption.setText(text)
        has = warning is not None
        is_open = has and warning.is_open  # type: ignore[union-attr]
        for name, enabled in (("edit_warning", has), ("add_decision", is_open), ("close_warning", is_open),
                              ("reopen_warning", has and not is_open), ("delete_warning", has),
                              ("delete_decision", has and bool(warning.decisions))):  # type: ignore[union-attr]
            self.warning_buttons[name].setEnabled(enabled)

    def _open(self, dialog: QWidget, attribute: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, attribute, dialog)
        dialog.open()  # type: ignore[attr-defined]

    def record_warning(self) -> None:
        from ui.dialogs.warning_dialog import WarningDialog

        dialog = WarningDialog(self.context, None, None, self)
        dialog.warning_saved.connect(self._show_saved_warning)
        self._open(dialog, "warning_dialog")

    def _show_saved_warning(self, warning_id: int) -> None:
        # A new warning is open: make sure the filters let it through, then select it.
        if self.warning_state.currentData() == "closed":
            self.warning_state.setCurrentIndex(self.warning_state.findData(None))
        self.warning_point.setCurrentIndex(0)
        self.warning_search.clear()
        # The list may not hold it yet (it reloads off the GUI thread): selected once it does.
        self._pending_warning = warning_id
        if self.select_warning(warning_id):
            self._pending_warning = None

    def edit_warning(self) -> None:
        from ui.dialogs.warning_dialog import WarningDialog

        warning = self.selected_warning()
        if warning is not None:
            self._open(WarningDialog(self.context, None, warning, self), "warning_dialog")

    def add_decision(self) -> None:
        from ui.dialogs.warning_dialog import DecisionDialog

        warning = self.selected_warning()
        if warning is not None and warning.is_open:
            self._open(DecisionDialog(self.context, warning, self), "decision_dialog")

    def close_warning(self) -> None:
        from ui.dialogs.warning_dialog import CloseWarningDialog

        warning = self.selected_warning()
        if warning is not None and warning.is_open:
            self._open(CloseWarningDialog(self.context, warning, self), "close_dialog")

    def reopen_warning(self) -> None:
        warning = self.selected_warning()
        if warning is None:
            return
        try:
            charter_service.reopen_warning(self.context.uow(), warning.id)
        except CercleError as error:
            warn(self, self.tr("Reopen"), tr_error(error))
            return
        if self.warning_state.currentData() == "closed":
            self.warning_state.setCurrentIndex(self.warning_state.findData(None))
        self.context.data_changed.emit("charter")

    def delete_warning(self) -> None:
        warning = self.selected_warning()
        if warning is None:
            return
        answer = ask(self, self.tr("Delete"), self.tr(
            "Delete the warning of {name} dated {date}, with its decisions? Only a warning recorded by "
            "mistake should be deleted; otherwise close it.").format(
                name=warning.member_name, date=formatting.format_date(warning.date)))
        if answer != Button.Yes:
            return
        try:
            charter_service.delete_warning(self.context.uow(), warning.id)
        except CercleError as error:
            warn(self, self.tr("Delete"), tr_error(error))
            return
        self.context.data_changed.emit("charter")

    def delete_decision(self) -> None:
        index = self.decision_table.currentIndex()
        warning = self.selected_warning()
        if warning is None or not warning.decisions:
            return
        decision: DecisionRow = (self.decision_proxy.row_at(index.row()) if index.isValid()
                                 else warning.decisions[-1])
        answer = ask(self, self.tr("Delete decision"), self.tr(
            "Delete the decision \"{step}\" of {date}?").format(
                step=tr_step(decision.step), date=formatting.format_date(decision.decided_on)))
        if answer != Button.Yes:
            return
        try:
            charter_service.delete_decision(self.context.uow(), decision.id)
        except CercleError as error:
            warn(self, self.tr("Delete decision"), tr_error(error))
            return
        self.context.data_changed.emit("charter")

"""The contacts directory: prospects, visitors, beneficiaries and principal companies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.business import ContactKind, label
from app.domain.errors import CercleError
from app.domain.guests import label as follow_up_label
from app.domain.text import matcher
from app.domain.validation import format_phone
from app.services import contacts
from app.services.contacts import ContactRow
from ui.context import AppContext
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.page import Page
from ui.widgets.columns import lay_out_on_reset, say_when_nothing_matches, set_column_widths, set_read_only_rows
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, ask, warn

RIGHT = Qt.AlignmentFlag.AlignRight


def contact_columns() -> list[Column[ContactRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name,
               sort_key=lambda c: (c.last_name or c.name, c.first_name or "")),  # by last name, as members
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"),
               lambda c: QCoreApplication.translate("Business", label(c.kind))),
        Column(QT_TRANSLATE_NOOP("Columns", "Sector"), lambda c: c.sector),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: format_phone(c.phone),
               sort_key=lambda c: c.phone or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda c: c.email),
        Column(QT_TRANSLATE_NOOP("Columns", "Follow-up"),
               lambda c: QCoreApplication.translate("Guests", follow_up_label(c.follow_up)) if c.follow_up else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Referrals"), lambda c: c.referrals or "",
               sort_key=lambda c: c.referrals, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Visits"), lambda c: c.visits or "", sort_key=lambda c: c.visits,
               align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Member no."), lambda c: c.member_number, align=RIGHT),
    ]


class ContactsPage(Page):
    """Search by name, company, sector, phone or e-mail; filter by kind."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: DataclassTableModel[ContactRow] = DataclassTableModel(contact_columns(), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("contact_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, company, sector, phone, e-mail…"))
        self.kind = QComboBox()
        self.kind.setObjectName("contact_kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ContactKind:
            self.kind.addItem(QCoreApplication.translate("Business", label(kind)), kind)
        self.count_label = PlainLabel()
        new = QPushButton(icon("add.svg"), self.tr("New contact"))
        new.clicked.connect(lambda: self._edit(None))
        open_button = QPushButton(icon("edit.svg"), self.tr("Open"))
        open_button.clicked.connect(self.open_current)
        delete = QPushButton(icon("delete.svg"), self.tr("Delete"))
        delete.clicked.connect(self.delete_current)

        self.table = QTableView()
        self.table.setObjectName("contacts_table")
        self.table.setModel(self.proxy)
        lay_out_on_reset(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_read_only_rows(self.table)
        set_column_widths(self.table, (230, 130, 150, 130, 200, 110, 80, 60, 90))
        self.table.doubleClicked.connect(lambda _index: self.open_current())

        header = QHBoxLayout()
        title = PlainLabel(self.tr("Contacts"))
        title.setObjectName("page_title")
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        header.addSpacing(12)
        for button in (open_button, delete, new):
            header.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.apply_filter)
        say_when_nothing_matches(self.table, self.search, lambda text: self.tr(
            "No contact matches \u201c{text}\u201d").format(text=text))
        self.kind.currentIndexChanged.connect(self.apply_filter)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        uow = self.context.uow()
        self.context.runner.run(lambda: contacts.list_contacts(uow), self._loaded)

    def _loaded(self, rows: list[ContactRow]) -> None:
        self.model.set_rows(rows)
        self.apply_filter()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("contacts", "referrals", "guests", "members", "all"):
            self.reload()

    def apply_filter(self, *_args: object) -> None:
        match = matcher(self.search.text())
        kind = self.kind.currentData()
        self.model.set_filter(lambda row: (kind is None or row.kind == kind) and match(row.search_text))
        self.count_label.setText(self.tr("{shown} shown of {total} contacts").format(
            shown=self.model.rowCount(), total=self.model.total_count))

    def selected(self) -> ContactRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        row = self.selected()
        if row is not None:
            self._edit(row)

    def _edit(self, row: ContactRow | None) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        dialog = ContactDialog(self.context, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contact_saved.connect(lambda _id: self.context.data_changed.emit("contacts"))
        self.contact_dialog = dialog
        dialog.open()

    def delete_current(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = ask(self, self.tr("Delete"), self.tr("Delete {name}?").format(name=row.name))
        if answer != Button.Yes:
            return
        try:
            contacts.delete_contact(self.context.uow(), row.id)
        except CercleError as error:
            warn(self, self.tr("Delete"), tr_error(error))
            return
        self.context.data_changed.emit("contacts")

"""Who gives business to whom: a chapter's giver x receiver grid, and the club's figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.business import label
from app.domain.errors import CercleError
from app.services import business, business_stats, reference
from app.services.business import OneToOneRow, PresentationRow
from app.services.business_stats import (
    ChapterBusiness,
    ChapterNetwork,
    ClubBusiness,
    MemberRef,
    MonthBusiness,
    TopGiver,
)
from ui.context import AppContext
from ui.dialogs.quick_entry import ONE_TO_ONE_TAB, open_quick_entry
from ui.i18n import tr_error
from ui.icons import icon
from ui.models.table import Column, DataclassTableModel
from ui.page import Page
from ui.widgets import look
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, ask, warn

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight
# The busiest pair is drawn in this colour; others fade towards the base colour in proportion.
FULL_SHADE = QColor(31, 119, 140)


class MatrixModel(QAbstractTableModel):
    """Rows are givers, columns receivers; a cell is the number of referrals, shaded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._network: ChapterNetwork | None = None

    def set_network(self, network: ChapterNetwork) -> None:
        self.beginResetModel()
        self._network = network
        self.endResetModel()

    def _members(self) -> list[MemberRef]:
        return self._network.members if self._network else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._network is None:
            return None
        members = self._network.members
        if index.row() >= len(members) or index.column() >= len(members):
            return None
        giver, receiver = members[index.row()], members[index.column()]
        matrix = self._network.matrix
        count = matrix.count(giver.id, receiver.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background = self._background(giver.id, receiver.id)
            if background is None:
                return None
            return background if role == Qt.ItemDataRole.BackgroundRole else look.readable_on(background)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{giver} to {receiver}: {count} referrals").format(
                giver=giver.name, receiver=receiver.name, count=count)
        return None

    def _background(self, giver: int, receiver: int) -> QColor | None:
        """The cell's shade: the base colour moved towards FULL_SHADE by the pair's share."""
        assert self._network is not None
        pal = look.palette()
        if giver == receiver:
            return look.blend(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.12)
        shade = self._network.matrix.shade(giver, receiver)
        if not shade:
            return None
        return look.blend(pal.color(QPalette.ColorRole.Base), FULL_SHADE, 0.15 + 0.85 * shade)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        members = self._members()
        if not 0 <= section < len(members):
            return None
        member = members[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(member.number) if orientation == Qt.Orientation.Horizontal else (
                f"{member.number} {member.name}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return member.name
        return None


def month_columns() -> list[Column[MonthBusiness]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Month"), lambda m: formatting.format_month(m.month),
               sort_key=lambda m: m.month),
        Column(QT_TRANSLATE_NOOP("Columns", "Closed business"), lambda m: m.count, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda m: formatting.format_money(m.amount),
               sort_key=lambda m: m.amount, align=RIGHT),
    ]


def chapter_columns() -> list[Column[ChapterBusiness]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), lambda c: c.chapter),
        Column(QT_TRANSLATE_NOOP("Columns", "Referrals"), lambda c: c.referrals, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Closed business"), lambda c: c.closed_count, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda c: formatting.format_money(c.closed_amount),
               sort_key=lambda c: c.closed_amount, align=RIGHT),
    ]


def top_columns() -> list[Column[TopGiver]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda t: t.number, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda t: t.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Referrals"), lambda t: t.referrals, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Business generated"),
               lambda t: formatting.format_money(t.closed_generated), sort_key=lambda t: t.closed_generated,
               align=RIGHT),
    ]


def presentation_columns() -> list[Column[PresentationRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda p: formatting.format_date(p.date),
               sort_key=lambda p: (p.date, p.id), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda p: p.member_number, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda p: p.member_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"),
               lambda p: QCoreApplication.translate("Business", label(p.kind))),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda p: p.title, tooltip=lambda p: p.title),
    ]


def _chapters(row: OneToOneRow) -> str:
    """The chapter of the two members, or both when they belong to different ones."""
    if row.member_a_chapter == row.member_b_chapter:
        return row.member_a_chapter
    return f"{row.member_a_chapter} / {row.member_b_chapter}"


def one_to_one_columns() -> list[Column[OneToOneRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda o: formatting.format_date(o.date),
               sort_key=lambda o: (o.date, o.id), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda o: f"{o.member_a_number} {o.member_a_name}",
               sort_key=lambda o: o.member_a_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "With"), lambda o: f"{o.member_b_number} {o.member_b_name}",
               sort_key=lambda o: o.member_b_name.casefold()),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"), _chapters),
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda o: o.notes or "", tooltip=lambda o: o.notes or ""),
    ]


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


def _selectable(view: QTableView) -> QTableView:
    """A list whose rows are chosen one at a time (to delete the one selected)."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    return view


def _button(name: str, text: str, object_name: str, action: Callable[[], None]) -> QPushButton:
    button = QPushButton(icon(name), text)
    button.setObjectName(object_name)
    button.clicked.connect(action)
    return button


def _list_tab(summary: QLabel, view: QTableView, buttons: tuple[QPushButton, ...]) -> QWidget:
    """A tab listing records of the period: its count and buttons above, the list below."""
    tab = QWidget()
    actions = QHBoxLayout()
    actions.addWidget(summary)
    actions.addStretch(1)
    for button in buttons:
        actions.addWidget(button)
    box = QVBoxLayout(tab)
    box.addLayout(actions)
    box.addWidget(view, 1)
    return tab


class NetworkPage(Page):
    """Two tabs over one period: the chosen chapter's network, and the whole club."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = today or date.today()
        self.start = date_edit("network_start", today - timedelta(days=365))
        self.end = date_edit("network_end", today)
        self.chapter = QComboBox()
        self.chapter.setObjectName("network_chapter")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._chapter_tab(), self.tr("Chapter network"))
        self.tabs.addTab(self._club_tab(), self.tr("Club"))
        self.tabs.addTab(self._presentations_tab(), self.tr("Presentations"))
        self.tabs.addTab(self._one_to_ones_tab(), self.tr("One-to-ones"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.tabs, 1)

        # Connected once the page is built: filling the chapter list already emits a change.
        self.chapter.currentIndexChanged.connect(self.load)
        self.start.dateChanged.connect(self.load)
        self.end.dateChanged.connect(self.load)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.reload)
        self.reload()

    def _header(self) -> QHBoxLayout:
        """The title, then the period and the chapter every tab is read over."""
        header = QHBoxLayout()
        title = PlainLabel(self.tr("Network"))
        title.setObjectName("page_title")
        header.addWidget(title)
        header.addStretch(1)
        for caption, widget in ((self.tr("From"), self.start), (self.tr("to"), self.end),
                                (self.tr("Chapter"), self.chapter)):
            text = PlainLabel(caption)
            text.setBuddy(widget)
            header.addWidget(text)
            header.addWidget(widget)
        return header

    def _chapter_tab(self) -> QWidget:
        """The giver x receiver grid, beside who gives nothing and who receives nothing."""
        self.matrix = MatrixModel(self)
        self.matrix_view = _table(self.matrix, "network_matrix")
        self.matrix_view.verticalHeader().show()
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(44)
        self.matrix_view.horizontalHeader().setStretchLastSection(False)
        self.non_givers = QListWidget()
        self.non_givers.setObjectName("non_givers")
        self.non_receivers = QListWidget()
        self.non_receivers.setObjectName("non_receivers")
        self.non_givers_box = QGroupBox(self.tr("Give nothing"))
        QVBoxLayout(self.non_givers_box).addWidget(self.non_givers)
        self.non_receivers_box = QGroupBox(self.tr("Receive nothing"))
        QVBoxLayout(self.non_receivers_box).addWidget(self.non_receivers)
        chapter_tab = QWidget()
        grid = QGridLayout(chapter_tab)
        grid.addWidget(self.matrix_view, 0, 0, 2, 1)
        grid.addWidget(self.non_givers_box, 0, 1)
        grid.addWidget(self.non_receivers_box, 1, 1)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 1)
        return chapter_tab

    def _club_tab(self) -> QWidget:
        """The club's summary line over its months, its chapters and its top givers."""
        self.months: DataclassTableModel[MonthBusiness] = DataclassTableModel(month_columns(), self)
        self.chapters: DataclassTableModel[ChapterBusiness] = DataclassTableModel(chapter_columns(), self)
        self.top: DataclassTableModel[TopGiver] = DataclassTableModel(top_columns(), self)
        self.club_summary = PlainLabel()
        self.club_summary.setObjectName("club_summary")
        club_tab = QWidget()
        club = QGridLayout(club_tab)
        club.addWidget(self.club_summary, 0, 0, 1, 2)
        for row, column, title, model, name in (
            (1, 0, self.tr("Closed business by month"), self.months, "club_months"),
            (1, 1, self.tr("By chapter"), self.chapters, "club_chapters"),
            (2, 0, self.tr("Top givers"), self.top, "club_top"),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(_table(model, name))
            club.addWidget(box, row, column, 1, 2 if row == 2 else 1)
        return club_tab

    def _presentations_tab(self) -> QWidget:
        self.presentations: DataclassTableModel[PresentationRow] = DataclassTableModel(
            presentation_columns(), self)
        self.presentations_view = _selectable(_table(self.presentations, "presentations_table"))
        self.presentations_summary = PlainLabel()
        self.presentations_summary.setObjectName("presentations_summary")
        return _list_tab(self.presentations_summary, self.presentations_view, (
            _button("add.svg", self.tr("Record a presentation…"), "record_presentation",
                    self.record_presentation),
            _button("delete.svg", self.tr("Delete"), "delete_presentation", self.delete_presentation)))

    def _one_to_ones_tab(self) -> QWidget:
        self.one_to_ones: DataclassTableModel[OneToOneRow] = DataclassTableModel(one_to_one_columns(), self)
        self.one_to_ones_view = _selectable(_table(self.one_to_ones, "one_to_ones_table"))
        self.one_to_ones_summary = PlainLabel()
        self.one_to_ones_summary.setObjectName("one_to_ones_summary")
        return _list_tab(self.one_to_ones_summary, self.one_to_ones_view, (
            _button("add.svg", self.tr("Record a one-to-one…"), "record_one_to_one", self.record_one_to_one),
            _button("delete.svg", self.tr("Delete"), "delete_one_to_one", self.delete_one_to_one)))

    def reload(self) -> None:
        current = self.chapter.currentData()
        self.chapter.blockSignals(True)
        self.chapter.clear()
        for item in reference.list_items(self.context.uow(), "chapter"):
            self.chapter.addItem(item.name, item.id)
        self.chapter.setCurrentIndex(max(self.chapter.findData(current), 0))
        self.chapter.blockSignals(False)
        self.load()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("referrals", "members", "reference", "all"):
            self.reload()
        elif topic == "presentations":
            self.load_presentations()


    def load(self, *_args: object) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        chapter_id = self.chapter.currentData()
        uow, club_uow = self.context.uow(), self.context.uow()
        if chapter_id is not None:
            self.context.runner.run(lambda: business_stats.chapter_network(uow, chapter_id, start, end),
                                    self._network_loaded)
        self.context.runner.run(lambda: business_stats.club_business(club_uow, start, end), self._club_loaded)
        self.load_presentations()
        self.load_one_to_ones()

    def load_presentations(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        uow = self.context.uow()
        self.context.runner.run(lambda: business.list_presentations(uow, start, end), self._presentations_loaded)

    def _presentations_loaded(self, rows: list[PresentationRow]) -> None:
        self.presentations.set_rows(rows)
        self.presentations_summary.setText(self.tr("{count} presentations over the period").format(
            count=formatting.format_number(len(rows))))

    def selected_presentation(self) -> PresentationRow | None:
        index = self.presentations_view.currentIndex()
        return self.presentations.row_at(index.row()) if index.isValid() else None

    def record_presentation(self) -> None:
        from ui.dialogs.presentation_dialog import open_presentation_dialog

        self.presentation_dialog = open_presentation_dialog(self.context, self)

    def delete_presentation(self) -> None:
        row = self.selected_presentation()
        if row is None:
            return
        answer = ask(self, self.tr("Delete"), self.tr(
            "Delete the presentation of {member} on {date}?").format(
            member=row.member_name, date=formatting.format_date(row.date)))
        if answer != Button.Yes:
            return
        try:
            business.delete_presentation(self.context.uow(), row.id)
        except CercleError as error:
            warn(self, self.tr("Delete"), tr_error(error))
            return
        self.context.data_changed.emit("presentations")

    def load_one_to_ones(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        uow = self.context.uow()
        self.context.runner.run(lambda: business.list_one_to_ones(uow, start, end), self._one_to_ones_loaded)

    def _one_to_ones_loaded(self, rows: list[OneToOneRow]) -> None:
        self.one_to_ones.set_rows(rows)
        self.one_to_ones_summary.setText(self.tr("%n one-to-ones over the period", "", len(rows)))

    def selected_one_to_one(self) -> OneToOneRow | None:
        index = self.one_to_ones_view.currentIndex()
        return self.one_to_ones.row_at(index.row()) if index.isValid() else None

    def record_one_to_one(self) -> None:
        """The quick entry, open on its one-to-one form (it stays open for the next one)."""
        self.quick_entry = open_quick_entry(self.context, self, tab=ONE_TO_ONE_TAB)

    def delete_one_to_one(self) -> None:
        row = self.selected_one_to_one()
        if row is None:
            return
        answer = ask(self, self.tr("Delete"), self.tr(
            "Delete the one-to-one of {a} and {b} on {date}?").format(
            a=row.member_a_name, b=row.member_b_name, date=formatting.format_date(row.date)))
        if answer != Button.Yes:
            return
        try:
            business.delete_one_to_one(self.context.uow(), row.id)
        except CercleError as error:
            warn(self, self.tr("Delete"), tr_error(error))
        # Deleted here or by someone else meanwhile: the lists show what is stored now.
        self.context.data_changed.emit("referrals")  # the topic of every business change

    def _network_loaded(self, network: ChapterNetwork) -> None:
        self.matrix.set_network(network)
        for widget, people in ((self.non_givers, network.non_givers), (self.non_receivers, network.non_receivers)):
            widget.clear()
            widget.addItems([f"{m.number} {m.name}" for m in people])
        self.non_givers_box.setTitle(self.tr("Give nothing ({count})").format(count=len(network.non_givers)))
        self.non_receivers_box.setTitle(self.tr("Receive nothing ({count})").format(
            count=len(network.non_receivers)))

    def _club_loaded(self, club: ClubBusiness) -> None:
        self.months.set_rows(club.by_month)
        self.chapters.set_rows(club.by_chapter)
        self.top.set_rows(club.top_givers)
        self.club_summary.setText(self.tr(
            "{referrals} referrals, of which {share} to non-members \u2013 {closed} closed business "
            "dated in the period, worth {amount}").format(
            referrals=formatting.format_number(club.referrals), share=formatting.format_percent(club.external_share),
            closed=formatting.format_number(club.closed_count), amount=formatting.format_money(club.closed_amount)))

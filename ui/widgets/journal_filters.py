"""The filters of a dated list of the club's business (the referral journal, closed business).

Two short rows, so the page fits a laptop screen: the period (read from the database) and the
chapter, with any choice the page adds (a referral's scope and status); then the giver, the
receiver and a search field (applied to the rows already loaded, so a change redraws at once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.text import matcher
from app.services.members import MemberRow
from app.services.reference import ReferenceItem
from ui.member_field import MemberField
from ui.widgets.date_edit import date_edit, date_of
from ui.widgets.label import PlainLabel


def choice(name: str) -> QComboBox:
    """A combo of the filter rows, as wide as its longest item."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class JournalFilters(QWidget):
    """Period, chapter, giver, receiver and search; widgets named ``<prefix>_start`` and so on."""

    period_changed = Signal()  # the rows must be read again
    criteria_changed = Signal()  # the rows already read must be filtered again

    def __init__(self, prefix: str, today: date, search_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = date_edit(f"{prefix}_start", today - timedelta(days=365))
        self.end = date_edit(f"{prefix}_end", today)
        self.chapter = choice(f"{prefix}_chapter")
        self.giver = MemberField()
        self.giver.setObjectName(f"{prefix}_giver")
        self.receiver = MemberField()
        self.receiver.setObjectName(f"{prefix}_receiver")
        for field in (self.giver, self.receiver):
            field.setPlaceholderText(self.tr("Anyone"))
        self.search = QLineEdit()
        self.search.setObjectName(f"{prefix}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_hint)
        self._lay_out()
        self.chapter.currentIndexChanged.connect(self.criteria_changed)
        for field in (self.giver, self.receiver):
            field.member_changed.connect(self.criteria_changed)
        self.search.textChanged.connect(self.criteria_changed)
        self.start.dateChanged.connect(self.period_changed)
        self.end.dateChanged.connect(self.period_changed)

    def _lay_out(self) -> None:
        self.period_row = QHBoxLayout()
        for caption, widget in ((self.tr("From"), self.start), (self.tr("to"), self.end),
                                (self.tr("Chapter"), self.chapter)):
            self._captioned(self.period_row, caption, widget)
        self.period_row.addStretch(1)
        people = QHBoxLayout()
        for caption, widget in ((self.tr("Giver"), self.giver), (self.tr("Receiver"), self.receiver)):
            self._captioned(people, caption, widget, 1)
        people.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.period_row)
        layout.addLayout(people)

    @staticmethod
    def _captioned(row: QHBoxLayout, caption: str, widget: QWidget, stretch: int = 0) -> None:
        text = PlainLabel(caption)
        text.setBuddy(widget)
        row.addWidget(text)
        row.addWidget(widget, stretch)

    def add_choice(self, combo: QComboBox) -> None:
        """Put a page's own filter after the chapter; filled before, it signals only real changes."""
        self.period_row.insertWidget(self.period_row.count() - 1, combo)
        combo.currentIndexChanged.connect(self.criteria_changed)

    def set_choices(self, chapters: Sequence[ReferenceItem], people: Sequence[MemberRow]) -> None:
        """Offer these chapters and members, keeping the chapter chosen if it is still there."""
        current = self.chapter.currentData()
        self.chapter.blockSignals(True)
        self.chapter.clear()
        self.chapter.addItem(self.tr("All chapters"), None)
        for item in chapters:
            self.chapter.addItem(item.name, item.id)
        self.chapter.setCurrentIndex(max(self.chapter.findData(current), 0))
        self.chapter.blockSignals(False)
        self.giver.set_members(people)
        self.receiver.set_members(people)

    def period(self) -> tuple[date, date]:
        return date_of(self.start), date_of(self.end)

    def text_match(self) -> Callable[[str], bool] | None:
        """The search field's test of a row's folded text; None when the field is empty."""
        return matcher(self.search.text()) if self.search.text().strip() else None

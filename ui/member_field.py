"""A line edit that picks a member by typing part of their name, company or number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.members import MemberRow


def member_text(row: MemberRow) -> str:
    """How a member is offered and shown: number first, so typing "1042" finds them too."""
    return f"{row.number} \u2013 {row.full_name} ({row.company})"


class MemberField(QLineEdit):
    """Type-ahead over the members; :meth:`member_id` reads the choice back.

    A bare member number is accepted as well as a completed entry, so the secretary can type
    "1042" and Tab without waiting for the pop-up.
    """

    member_changed = Signal(object)  # the member id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_text: dict[str, int] = {}
        self._by_number: dict[str, int] = {}
        self._text_of: dict[int, str] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Name, company or number"))
        self._last: int | None = None
        self.textChanged.connect(self._emit_if_changed)
        completer.activated.connect(self._emit_if_changed)

    def set_members(self, rows: Sequence[MemberRow]) -> None:
        texts = [member_text(row) for row in rows]
        self._by_text = {text: row.id for text, row in zip(texts, rows, strict=True)}
        self._by_number = {str(row.number): row.id for row in rows}
        self._text_of = {row.id: text for text, row in zip(texts, rows, strict=True)}
        self._names.setStringList(texts)

    def member_id(self) -> int | None:
        text = self.text().strip()
        return self._by_text.get(text) or self._by_number.get(text)

    def set_member(self, member_id: int | None) -> None:
        self.setText(self._text_of.get(member_id, "") if member_id is not None else "")

    def _emit_if_changed(self, *_args: object) -> None:
        current = self.member_id()
        if current != self._last:
            self._last = current
            self.member_changed.emit(current)

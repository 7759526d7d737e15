"""A line edit that picks a contact of the directory by typing part of their name or company."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.contacts import ContactRow


class ContactField(QLineEdit):
    """Type-ahead over the contacts directory; :meth:`contact_id` reads the choice back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_name: dict[str, int] = {}
        self._name_of: dict[int, str] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)

    def set_contacts(self, rows: Sequence[ContactRow]) -> None:
        self._by_name = {row.name: row.id for row in rows}
        self._name_of = {row.id: row.name for row in rows}
        self._names.setStringList(sorted(self._by_name))

    def add_contact(self, row: ContactRow) -> None:
        """Offer a contact just added to the directory."""
        self._by_name[row.name] = row.id
        self._name_of[row.id] = row.name
        self._names.setStringList(sorted(self._by_name))

    def set_contact(self, contact_id: int | None) -> None:
        self.setText(self._name_of.get(contact_id, "") if contact_id is not None else "")

    def is_empty(self) -> bool:
        return not self.text().strip()

    def typed_name(self) -> str:
        """The text as typed, its spaces folded as the directory stores names."""
        return " ".join(self.text().split())

    def contact_id(self) -> int | None:
        return self._by_name.get(self.typed_name())

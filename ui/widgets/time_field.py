"""A time field that takes what is typed (``0730``, ``7:30``, ``19h``) and shows it as ``07:30``."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QLineEdit, QWidget

from app import formatting
from app.domain.errors import ValidationError
from app.domain.validation import parse_time_of_day


class TimeField(QLineEdit):
    """Read with :meth:`value`; the text is rewritten as ``HH:MM`` when the field is left."""

    def __init__(self, value: time | None = None, field: str = "start_time", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(8)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00 h") + 24)
        self.set_value(value)
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: time | None) -> None:
        self.setText(formatting.format_time(value))

    def value(self) -> time | None:
        """The time typed, ``None`` when empty; :class:`ValidationError` when it is not a time."""
        return parse_time_of_day(self.text(), self.field)

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValidationError:
            return  # left as typed: the form says what is wrong when it is saved
        self.set_value(value)

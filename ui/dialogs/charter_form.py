"""What the charter's small forms share: a row with its message under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.domain.errors import CercleError, ValidationError, ValidationErrors
from ui.i18n import tr_error
from ui.widgets import look
from ui.widgets.form import EditDialog, MessageLine, with_message
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import warn


class FormDialog(EditDialog):
    """A dialog laid out as a form whose fields show the service's messages under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.general_error = PlainLabel()
        self.general_error.setObjectName("general_error")
        look.paint(self.general_error, "error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

    def add_row(self, label: str, name: str, widget: QWidget) -> None:
        error = MessageLine(f"{name}_error")
        self.errors[name] = error
        caption = PlainLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, with_message(widget, error))

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    def show_error(self, error: CercleError) -> None:
        """Put each message under its field; one without a field goes under the form."""
        self.clear_errors()
        found = error.errors.values() if isinstance(error, ValidationErrors) else [error]
        for item in found:
            field = item.field if isinstance(item, ValidationError) else None
            label = self.errors.get(field) if field else None
            if label is None:
                label = self.general_error
            label.setText(tr_error(item))
            label.show()

    def warn(self, error: CercleError) -> None:
        warn(self, self.windowTitle(), tr_error(error))

"""The one way Cercle makes a label: plain text unless it is the app's own markup.

A label often quotes what the secretary typed (a member's, club's or chapter's name, a file
name, a refused value). Qt's default, ``AutoText``, reads a text as HTML as soon as it looks
like markup, so a member typed ``<b>Karim</b>`` would show bold and ``Atlas &amp; fils`` as
``Atlas & fils``. The rule, held by ``tests/unit/test_architecture.py``:

- every label of ``ui/`` is a :class:`PlainLabel` (or derives from it): it shows its text as
  given, whatever the text;
- a label whose text is the app's own formatting (bold, line breaks, a link) is a
  :class:`RichLabel`, and every value put into its text goes through :func:`html.escape`.

No other module sets a label's text format.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A label showing its text exactly as given (Qt's ``PlainText`` format)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


class RichLabel(QLabel):
    """A label of the app's own rich text; user values in it must be ``html.escape``-d."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(text)

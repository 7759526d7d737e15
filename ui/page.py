"""What the main window asks of each page of its sidebar: the hooks of :class:`Page`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class Page(QWidget):
    """A section of the main window, listed in ``ui.navigation.PAGES``.

    The window calls only these methods; a page overrides those it needs.
    """

    search: QLineEdit | None = None  # the page's search field, when it has one

    def focus_search(self) -> bool:
        """Put the cursor in the page's search field (Ctrl+F); False if the page has none.

        The ``search`` field when shown, otherwise the first field the user can type in.
        """
        edit = self.search
        if edit is None or not edit.isVisible():
            edit = next((child for child in self.findChildren(QLineEdit)
                         if child.isVisible() and child.isEnabled() and not child.isReadOnly()), None)
        if edit is None:
            return False
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()
        return True

    def new_record(self) -> bool:
        """Open the form of a new one of what the page lists (the welcome page's *Add the first
        member*); False if the page makes none."""
        return False

    def save_state(self) -> None:
        """Keep on this computer what the page restores next time (columns, filters); at close."""

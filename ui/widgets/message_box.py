"""The one way Cercle shows a message box: its text and informative text are always plain.

A message quotes what the secretary typed (a member's, guest's or chapter's name, a file name,
a refused value). Qt reads a box's text as rich text whenever it looks like markup, so a name
typed ``<b>Atlas & fils</b>`` would lose its tags or break the sentence. Every box of ``ui/``
is built by :func:`message_box` (``tests/unit/test_architecture.py`` holds the rule); the
detailed text is plain in Qt already.

:func:`warn`, :func:`inform`, :func:`fail` and :func:`ask` stand for Qt's static
``warning``, ``information``, ``critical`` and ``question``, with the same buttons, default
button and answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon
Role = QMessageBox.ButtonRole


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = Button.NoButton, *,
                default: QMessageBox.StandardButton = Button.NoButton,
                informative: str = "", detailed: str = "") -> QMessageBox:
    """A message box showing ``text`` (and ``informative``, ``detailed``) exactly as given.

    Args:
        buttons: its standard buttons; more can be added with ``addButton``.
        default: the default button; by default, as Qt's static functions choose it, the
            first of ``buttons`` that accepts.
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # before the informative text: its label copies it
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)
    if buttons != Button.NoButton:
        box.setStandardButtons(buttons)
        box.setDefaultButton(default if default != Button.NoButton else _first_accepting(box))
    return box


def _first_accepting(box: QMessageBox) -> QMessageBox.StandardButton:
    for button in box.buttons():
        if box.buttonRole(button) is Role.AcceptRole:
            return box.standardButton(button)
    return Button.NoButton


def clicked_in(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` until it is answered; the button clicked (the escape button for Escape).

    The box is deleted once control returns to the event loop: it belongs to its parent, which
    would otherwise keep every box it ever showed."""
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
          buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    box = message_box(parent, icon, title, text, buttons, default=default)
    clicked = clicked_in(box)
    return box.standardButton(clicked) if clicked is not None else Button.NoButton


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, Icon.Warning, title, text, Button.Ok, Button.NoButton)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, Icon.Information, title, text, Button.Ok, Button.NoButton)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """An error the user did not cause (Qt's ``critical``)."""
    _show(parent, Icon.Critical, title, text, Button.Ok, Button.NoButton)


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = Button.Yes | Button.No,
        default: QMessageBox.StandardButton = Button.NoButton) -> QMessageBox.StandardButton:
    """A question; the standard button that answered it."""
    return _show(parent, Icon.Question, title, text, buttons, default)

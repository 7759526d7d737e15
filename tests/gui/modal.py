"""Driving a modal dialog from a test: its opener waits in ``exec`` while the test acts on it,
and what its labels show is read as Qt shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox


def when_shown(kind: type, action: Callable) -> None:
    """Once a modal dialog of ``kind`` is shown (its opener waiting in ``exec``), call
    ``action(dialog)``; the dialog is closed afterwards whatever ``action`` did, so that a failed
    check ends the test instead of leaving it waiting."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)


def shown(label: QLabel) -> str:
    """The text a label shows: its markup read as Qt reads it."""
    text = label.text()
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def message_of(box: QMessageBox) -> str:
    return shown(box.findChild(QLabel, "qt_msgbox_label"))

"""GUI fixtures: the application with French translations, and the main window."""

from __future__ import annotations

from typing import NamedTuple

import pytest


@pytest.fixture
def french(qapp):
    from ui.i18n import install_translators

    install_translators(qapp, "fr")
    yield qapp


@pytest.fixture
def main_window(qtbot, french, demo_db):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)  # tasks run inline: no thread outlives a test
    window = MainWindow(demo_db, context)
    window.show_page("members")  # the app opens on the dashboard; these tests start from the members
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    return window


@pytest.fixture(autouse=True)
def unsaved_changes_discarded(monkeypatch):
    """A form a test leaves with changes is closed without its modal question (which no test
    would answer): the answer is *Discard changes*. Tests of the question set their own."""
    from ui.widgets import form

    monkeypatch.setattr(form, "ask_unsaved_changes", lambda _parent: form.UnsavedChoice.DISCARD)


class Shown(NamedTuple):
    icon: object  # QMessageBox.Icon
    text: str
    plain: bool  # shown as plain text, whatever it looks like


class MessageBoxes:
    """The message boxes shown while a test runs, answered at once instead of waiting for a click.

    A question is answered by its button ``answer`` (No unless the test says otherwise), a
    message by its OK or Close. A box with buttons of its own and none of these is shown as usual,
    for the test to click. ``shown`` keeps what each box showed.
    """

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.answer = QMessageBox.StandardButton.No
        self.shown: list[Shown] = []

    @property
    def texts(self) -> list[str]:
        return [shown.text for shown in self.shown]


@pytest.fixture
def message_boxes(monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()
    show = QMessageBox.exec

    def answer(box: QMessageBox) -> int:
        boxes.shown.append(Shown(box.icon(), box.text(), box.textFormat() is Qt.TextFormat.PlainText))
        for which in (boxes.answer, QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Close):
            button = box.button(which)
            if button is not None:
                button.click()
                return box.result()
        return show(box)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return boxes

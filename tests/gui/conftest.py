"""GUI fixtures: the application with French translations, and the main window."""

from __future__ import annotations

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

"""A user data folder that cannot be made (a file in its place) is said in one line where the
backups are shown, instead of an error dialog with a traceback."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def blocked_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "Cercle"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CERCLE_DATA_DIR", str(blocker))
    return blocker


@pytest.fixture
def context(french, demo_db):
    from ui.context import AppContext

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    return context


def test_the_settings_open_and_the_backup_tab_says_why_there_is_no_default_folder(
        qtbot, context, blocked_folder) -> None:
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.settings.backup import BackupTab

    dialog = SettingsDialog(context)
    qtbot.add_widget(dialog)
    tab = next(page for page in dialog.pages if isinstance(page, BackupTab))
    assert str(blocked_folder) in tab.error.text() and "ne peut pas être créé" in tab.error.text()
    assert tab.folder.placeholderText() == ""


def test_restoring_says_in_a_message_that_the_data_folder_cannot_be_made(
        qtbot, context, blocked_folder, message_boxes) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui import data_safety

    window = QMainWindow()
    qtbot.add_widget(window)
    data_safety.restore_from_backup(window, context)
    [text] = message_boxes.texts
    assert "\n" not in text and str(blocked_folder) in text and "ne peut pas être créé" in text

"""File → Open a database: a file or a server, with the connection's antenna limit."""

from __future__ import annotations

import json
import os
import shutil
import threading

import pytest
from PySide6.QtCore import QSettings

from app.db.store import open_database
from ui.dialogs import open_database_dialog
from ui.dialogs.open_database_dialog import RECENT_KEY, OpenDatabaseDialog, recent_connections, stored_limit
from ui.tasks import TaskRunner

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def runner():
    runner = TaskRunner()  # threaded, as in the window: the opening runs off the GUI thread
    yield runner
    runner.wait()


@pytest.fixture
def dialog(qtbot, french, runner):
    widget = OpenDatabaseDialog(runner)
    qtbot.add_widget(widget)
    widget.show()
    return widget


def _answered(qtbot, dialog) -> None:
    """Wait until the opening ends: accepted, or its message shown."""
    qtbot.wait_until(lambda: not dialog.opening, timeout=20000)


def test_a_file_with_an_antenna_limit_opens_and_is_remembered(qtbot, dialog, demo_template, tmp_path) -> None:
    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    dialog.path.setText(str(path))
    dialog.chapter.setText("rabat")
    dialog.open_button.click()
    _answered(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    database = dialog.database
    try:
        from app.services import reference

        rabat = next(c.id for c in reference.list_items(database.unit_of_work(), "chapter") if c.name == "Rabat")
        assert database.chapter_limit == rabat
    finally:
        database.close()
    assert recent_connections()[0] == {"url": str(path), "chapter": "rabat"}


def test_an_unknown_chapter_is_refused_in_the_dialog(qtbot, dialog, demo_template, tmp_path) -> None:
    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    dialog.path.setText(str(path))
    dialog.chapter.setText("Laâyoune")
    dialog.open_button.click()
    _answered(qtbot, dialog)
    assert dialog.isVisible() and dialog.database is None
    assert "Laâyoune" in dialog.error.text()


def test_an_unreachable_server_is_told_in_the_dialog_which_stays_open(qtbot, dialog) -> None:
    dialog.server_choice.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.name.setText("cercle")
    dialog.user.setText("secretaire")
    dialog.password.setText("s3cret")
    dialog.open_button.click()
    _answered(qtbot, dialog)
    assert dialog.isVisible() and dialog.database is None
    assert "127.0.0.1:1" in dialog.error.text()
    assert QSettings().value(RECENT_KEY) is None  # a failed connection is not remembered


def test_server_fields_are_required(dialog) -> None:
    dialog.server_choice.setChecked(True)
    dialog.open_button.click()
    assert dialog.error.isVisible() and dialog.database is None


@pytest.mark.skipif(not os.environ.get("CERCLE_TEST_PG"), reason="CERCLE_TEST_PG is not set")
def test_a_server_connection_is_remembered_without_its_password(qtbot, french, runner, pg_server,
                                                                pg_demo_template) -> None:
    url = pg_server.url
    dialog = OpenDatabaseDialog(runner)
    qtbot.add_widget(dialog)
    dialog.server_choice.setChecked(True)
    dialog.host.setText(url.host or "127.0.0.1")
    dialog.port.setValue(url.port or 5432)
    dialog.name.setText(pg_demo_template)
    dialog.user.setText(url.username or "")
    dialog.password.setText("wrong-password")
    dialog.open_button.click()
    _answered(qtbot, dialog)
    assert dialog.database is None and "wrong-password" not in dialog.error.text()
    assert url.username in dialog.error.text()

    dialog.password.setText(url.password or "")
    dialog.chapter.setText("Tanger")
    dialog.open_button.click()
    _answered(qtbot, dialog)
    assert dialog.database is not None and dialog.database.is_server
    dialog.database.close()
    stored = json.loads(QSettings().value(RECENT_KEY))
    assert url.password not in json.dumps(stored).replace(url.username or "", "")
    assert stored[0]["chapter"] == "Tanger"
    assert stored_limit(stored[0]["url"]) == "Tanger"

    again = OpenDatabaseDialog(runner)  # the next time: chosen from the list, only the password to type
    qtbot.add_widget(again)
    again._use_recent(1)
    assert again.server_choice.isChecked() and again.name.text() == pg_demo_template
    assert again.password.text() == "" and again.chapter.text() == "Tanger"


def test_file_open_from_the_menu_switches_the_window_to_the_chosen_database(
        qtbot, main_window, demo_template, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "antenne.db"
    shutil.copyfile(demo_template, path)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenDatabaseDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.path.setText(str(path))
        dialog.chapter.setText("Fès")
        dialog.open_button.click()

    QTimer.singleShot(0, fill)
    main_window.choose_database()
    db = main_window.context.db
    assert db.path == path.resolve()
    from app.services import reference

    fes = next(c.id for c in reference.list_items(db.unit_of_work(), "chapter") if c.name == "Fès")
    assert db.chapter_limit == fes


def _held_open(monkeypatch) -> tuple[threading.Event, list[tuple[object, bool]]]:
    """Opening waits for the returned event; each opened database is listed with whether it
    was opened on the GUI thread."""
    release = threading.Event()
    opened: list[tuple[object, bool]] = []

    def slow_open(target: str):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        database = open_database(target)
        opened.append((database, threading.current_thread() is threading.main_thread()))
        return database

    monkeypatch.setattr(open_database_dialog, "open_database", slow_open)
    return release, opened


def test_the_dialog_stays_drawn_while_the_database_opens_off_the_gui_thread(
        qtbot, monkeypatch, dialog, demo_template, tmp_path) -> None:
    release, opened = _held_open(monkeypatch)
    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    dialog.path.setText(str(path))
    dialog.open_button.click()
    qtbot.wait(50)  # the event loop turns while the file is opened: the dialog is drawn
    assert dialog.isVisible() and dialog.opening
    assert not dialog.open_button.isEnabled() and not dialog.file_box.isEnabled()
    dialog.open_button.click()  # a second click while opening opens nothing more
    release.set()
    _answered(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.database is not None
    assert [on_gui for _db, on_gui in opened] == [False]
    dialog.database.close()


def test_a_database_that_opens_after_cancel_is_closed_and_not_used(
        qtbot, monkeypatch, dialog, runner, demo_template, tmp_path) -> None:
    release, opened = _held_open(monkeypatch)
    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    dialog.path.setText(str(path))
    dialog.open_button.click()
    dialog.reject()
    closed: list[object] = []
    monkeypatch.setattr(type(dialog), "accept", lambda self: closed.append("accepted"))
    from app.db.store import Database

    real_close = Database.close
    monkeypatch.setattr(Database, "close", lambda self: (closed.append(self), real_close(self))[-1])
    release.set()
    qtbot.wait_until(lambda: bool(opened) and runner.wait(0), timeout=20000)
    qtbot.wait_until(lambda: bool(closed), timeout=5000)
    assert closed == [opened[0][0]] and dialog.database is None
    assert recent_connections() == []  # a connection given up is not remembered

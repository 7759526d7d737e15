"""First run: an empty database opens on the welcome page; its three ways to start; the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from app.paths import demo_database


@pytest.fixture
def empty_window(qtbot, french, db):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(db)
    context.runner.set_synchronous(True)
    window = MainWindow(db, context)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    return window


def _member_count(db) -> int:
    from app.services.database_info import database_info

    return database_info(db.unit_of_work()).members


def test_an_empty_database_opens_on_the_welcome_page(empty_window) -> None:
    welcome = empty_window.welcome
    assert welcome is not None and empty_window.stack.currentWidget() is welcome
    assert empty_window.sidebar.currentRow() == -1  # no section looks open
    for name in ("import_members", "add_first_member", "explore_demo"):
        assert welcome.findChild(object, name).isVisible()
    assert str(empty_window.context.db.display_name) in welcome.database.text()
    assert QApplication.focusWidget() is welcome.import_button


def test_a_club_with_members_opens_on_its_pages(main_window) -> None:
    assert main_window.welcome is None


def test_import_opens_the_import_wizard_for_members(empty_window, monkeypatch) -> None:
    import ui.dialogs.import_wizard as wizard

    calls = []
    monkeypatch.setattr(wizard, "open_import_wizard",
                        lambda context, parent=None, kind="members": calls.append((context, parent, kind)) or 0)
    empty_window.welcome.import_button.click()
    assert calls == [(empty_window.context, empty_window, "members")]


def test_the_first_member_is_typed_in_the_member_form_then_the_members_page_shows(empty_window, qtbot) -> None:
    empty_window.welcome.add_button.click()
    page = empty_window.page("members")
    dialog = page.member_dialog
    assert dialog.isVisible() and empty_window.stack.currentWidget() is page
    dialog.reject()
    # Once a member exists, the welcome page gives way to the members page.
    from datetime import date

    from app.domain.members import MemberInput
    from app.services import reference
    from app.services.members import create_member

    uow = empty_window.context.uow
    casablanca = next(item.id for item in reference.list_items(uow(), "chapter") if item.name == "Casablanca")
    create_member(uow(), MemberInput(first_name="Karim", last_name="Tazi", company="Atlas Software",
                                     chapter_id=casablanca, join_date=date(2024, 1, 15)))
    empty_window.stack.setCurrentWidget(empty_window.welcome)  # as if the form had just been saved
    empty_window.context.data_changed.emit("members")
    assert empty_window.stack.currentWidget() is page
    assert empty_window.sidebar.currentItem().text() == "Membres"


def test_the_demo_club_opens_in_its_own_file_and_the_club_comes_back(empty_window, db) -> None:
    own = empty_window.context.db.path
    empty_window.welcome.demo_button.click()
    assert empty_window.context.db.path == demo_database().resolve() != own
    assert empty_window.showing_demo()
    assert "démonstration" in empty_window.database_label.text()
    members = empty_window.page("members")
    assert empty_window.stack.currentWidget() is members
    assert members.table.model().rowCount() == 200
    from app.db.store import open_database

    mine = open_database(str(own))
    try:
        assert _member_count(mine) == 0  # never mixed with the club's data
    finally:
        mine.close()
    empty_window.open_own_database()
    assert empty_window.context.db.path == own
    assert empty_window.stack.currentWidget() is empty_window.welcome
    assert "démonstration" not in empty_window.database_label.text()


def test_ctrl_f_goes_to_the_search_field_of_pages_without_their_own_shortcut(main_window, qtbot) -> None:
    main_window.show_page("contacts")
    page = main_window.page("contacts")
    main_window.sidebar.setFocus()
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused is page.search
    main_window.show_page("members")
    members = main_window.page("members")
    members.table.setFocus()
    qtbot.keyClick(members.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is members.search


def test_f1_opens_the_help_with_the_shortcuts_and_where_the_data_is(main_window, qtbot) -> None:
    from ui.dialogs.help_dialog import HelpDialog

    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]
    assert len(dialogs) == 1
    text = dialogs[0].browser.toPlainText()
    assert "Ctrl+O" in text and "Ctrl+F" in text and "F1" in text
    assert str(main_window.context.db.display_name) in text
    dialogs[0].close()


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in [(QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Base, "#181818"), (QPalette.ColorRole.Text, "#f0f0f0"),
                         (QPalette.ColorRole.Button, "#303030"), (QPalette.ColorRole.ButtonText, "#f0f0f0")]:
        palette.setColor(role, QColor(colour))
    return palette


def _lightness_histogram(widget) -> tuple[int, int]:
    """(dark pixels, light pixels) of a grab, sampled every 4 pixels."""
    image = widget.grab().toImage()
    dark = light = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            value = QColor(image.pixel(x, y)).lightness()
            dark += value < 80
            light += value > 200
    return dark, light


def test_the_welcome_page_follows_a_dark_palette(empty_window) -> None:
    welcome = empty_window.welcome
    welcome.setPalette(_dark_palette())
    for child in welcome.findChildren(object):
        if hasattr(child, "setPalette"):
            child.setPalette(_dark_palette())
    dark, light = _lightness_histogram(welcome)
    assert dark > 10 * light  # no hard-coded light background; text stays readable on it

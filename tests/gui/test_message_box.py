"""A message box quotes names as typed: ``<b>&`` in a file's, a contact's or a member's name is
shown as those characters, never read as markup, and each box keeps its buttons and the answer
it gives by default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from app.services import contacts
from app.services import members as member_service
from tests.gui.modal import message_of, shown, when_shown
from ui.widgets.message_box import Button, Icon, ask, fail, inform, message_box, warn

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NAME = "Atlas <b>& fils"


def _read(seen: dict, answer: QMessageBox.StandardButton | None = None, key: Qt.Key | None = None):
    """What a box shows, then click ``answer`` or press ``key`` (else the box is rejected)."""
    def read(box: QMessageBox) -> None:
        seen.update(text=message_of(box), icon=box.icon(), buttons=box.standardButtons(),
                    default=box.standardButton(box.defaultButton()))
        if answer is not None:
            box.button(answer).click()
        if key is not None:
            QTest.keyClick(box, key)

    return read


def test_the_window_says_as_typed_which_file_it_cannot_open(main_window, tmp_path) -> None:
    target = tmp_path / f"{NAME}.db"
    target.write_text("Liste des membres, pas une base de données.\n" * 20, encoding="utf-8")
    before = main_window.context.db
    seen: dict = {}
    when_shown(QMessageBox, _read(seen))
    main_window.open_database(str(target))  # File > Open, after the file was chosen
    assert seen == {"text": f"{target} n’est pas une base de données Cercle (ce n’est pas un fichier SQLite).",
                    "icon": Icon.Warning, "buttons": Button.Ok, "default": Button.Ok}
    assert main_window.context.db is before


def test_an_unexpected_error_is_shown_as_its_message_reads(main_window) -> None:
    def fails() -> None:
        raise OSError(f"cannot read {NAME}.xlsx")

    seen: dict = {}
    when_shown(QMessageBox, _read(seen))
    main_window.context.runner.run(fails, lambda _result: None)
    assert seen["text"].endswith(f"\ncannot read {NAME}.xlsx")
    assert (seen["icon"], seen["buttons"]) == (Icon.Critical, Button.Ok)


def _select_contact(page, contact_id: int) -> None:
    source = page.model.row_of(lambda row: row.id == contact_id)
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(source, 0)))
    assert page.selected().id == contact_id


def test_deleting_a_contact_asks_with_its_name_as_typed_and_no_keeps_it(main_window) -> None:
    uow = main_window.context.uow
    made = contacts.create_contact(uow(), contacts.ContactInput(first_name="Karim", last_name=NAME))
    page = main_window.page("contacts")
    main_window.show_page("contacts")
    _select_contact(page, made.id)
    delete = next(b for b in page.findChildren(QPushButton) if b.text() == "Supprimer")
    seen: dict = {}
    when_shown(QMessageBox, _read(seen, Button.No))
    delete.click()
    assert seen == {"text": f"Supprimer {made.name}\u00a0?", "icon": Icon.Question,
                    "buttons": Button.Yes | Button.No, "default": Button.NoButton}
    assert NAME in made.name
    assert made.id in {row.id for row in contacts.list_contacts(uow())}

    when_shown(QMessageBox, _read(seen, Button.Yes))
    delete.click()
    assert made.id not in {row.id for row in contacts.list_contacts(uow())}


def _record(qtbot, page, member_id: int):
    page.open_member(member_id)
    qtbot.waitUntil(lambda: getattr(page, "member_dialog", None) is not None and page.member_dialog.isVisible())
    return page.member_dialog


def test_deleting_a_member_from_the_record_quotes_the_name_typed_in_the_form(main_window, qtbot) -> None:
    uow = main_window.context.uow
    page = main_window.page("members")
    member = member_service.list_members(uow())[-1]
    record = _record(qtbot, page, member.id)
    record.fields["last_name"].clear()
    qtbot.keyClicks(record.fields["last_name"], NAME)
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert not record.isVisible()
    record = _record(qtbot, page, member.id)
    seen: dict = {}
    when_shown(QMessageBox, _read(seen, Button.No))
    qtbot.mouseClick(record.findChild(QPushButton, "delete"), Qt.MouseButton.LeftButton)
    assert seen["text"] == (f"Supprimer {record.fields['first_name'].text()} {NAME}\u00a0? Seul un membre saisi "
                            "par erreur peut être supprimé.")
    assert seen["buttons"] == Button.Yes | Button.No
    assert record.isVisible() and member_service.get_member(uow(), member.id).data.last_name == NAME
    record.reject()


def test_a_box_shows_its_informative_text_as_given_too(qtbot) -> None:
    box = message_box(None, Icon.Critical, "Cercle", NAME, Button.Close, default=Button.Close,
                      informative=f"{NAME}.log", detailed=f"{NAME}\n")
    qtbot.add_widget(box)
    assert (box.text(), box.informativeText(), box.detailedText()) == (NAME, f"{NAME}.log", f"{NAME}\n")
    assert shown(box.findChild(QLabel, "qt_msgbox_informativelabel")) == f"{NAME}.log"
    assert box.standardButton(box.defaultButton()) == Button.Close


def test_a_question_answered_by_escape_is_a_no(qtbot) -> None:
    seen: dict = {}
    when_shown(QMessageBox, _read(seen, key=Qt.Key.Key_Escape))
    assert ask(None, "Cercle", f"Supprimer {NAME} ?") == Button.No
    assert seen["text"] == f"Supprimer {NAME} ?"


@pytest.mark.parametrize(("ours", "qts"), [(warn, QMessageBox.warning), (inform, QMessageBox.information),
                                           (fail, QMessageBox.critical), (ask, QMessageBox.question)])
def test_a_box_is_what_qt_showed_before_and_enter_gives_the_same_answer(qtbot, ours, qts) -> None:
    """The same icon, buttons and default button as Qt's static function, and Enter answers it
    alike: the questions to delete keep Qt's own default."""
    def shown_then_enter(show) -> tuple:
        seen: dict = {}
        when_shown(QMessageBox, _read(seen, key=Qt.Key.Key_Return))
        answer = show(None, "Cercle", "Supprimer la fiche ?")
        return seen["icon"], seen["buttons"], seen["default"], answer

    qt_box = shown_then_enter(qts)
    assert shown_then_enter(ours)[:3] == qt_box[:3]
    if ours is ask:
        assert shown_then_enter(ours)[3] == qt_box[3]

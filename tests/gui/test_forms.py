"""Every form: Escape asks before changes are lost, the first field has the focus, a message
under a field does not move the fields below, times are typed as digits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.services import meetings, members, referrals
from ui.context import AppContext
from ui.widgets import form
from ui.widgets.form import EditDialog, UnsavedChoice

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _member(context: AppContext) -> EditDialog:
    from ui.dialogs.member_dialog import MemberDialog

    return MemberDialog(context, None)


def _meeting(context: AppContext) -> EditDialog:
    from ui.dialogs.meeting_dialog import MeetingDialog

    return MeetingDialog(context)


def _referral(context: AppContext) -> EditDialog:
    from ui.dialogs.referral_dialog import ReferralDialog

    return ReferralDialog(context, referrals.referral_journal(context.uow()).rows[0])


def _contact(context: AppContext) -> EditDialog:
    from ui.dialogs.contact_dialog import ContactDialog

    return ContactDialog(context, None)


def _warning(context: AppContext) -> EditDialog:
    from ui.dialogs.warning_dialog import WarningDialog

    return WarningDialog(context)


def _settings(context: AppContext) -> EditDialog:
    from ui.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog(context)


# Each form, the object name of its first field, and a text field to type in.
FORMS: list[tuple[Callable[[AppContext], EditDialog], str, str]] = [
    (_member, "civility", "first_name"),
    (_meeting, "meeting_date", "place"),
    (_referral, "referral_date", "need"),
    (_contact, "contact_kind", "company"),
    (_warning, "member", "facts"),
    (_settings, "club_name", "club_name"),
]
IDS = ["member", "meeting", "referral", "contact", "warning", "settings"]


@pytest.fixture
def context(french, demo_db):
    ctx = AppContext(demo_db)
    ctx.runner.set_synchronous(True)
    return ctx


@pytest.fixture
def asked(monkeypatch):
    """Answers the unsaved-changes question with ``asked.answer`` and counts the questions."""
    class Answers:
        answer = UnsavedChoice.STAY
        count = 0

    answers = Answers()

    def ask(_parent: QWidget) -> UnsavedChoice:
        answers.count += 1
        return answers.answer

    monkeypatch.setattr(form, "ask_unsaved_changes", ask)
    return answers


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    return dialog


def _type(qtbot, dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QWidget, name)
    field.setFocus()
    qtbot.keyClicks(field, text)
    assert text in (field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text())


@pytest.mark.parametrize(("make", "first", "_typed"), FORMS, ids=IDS)
def test_a_form_opens_with_its_first_field_focused(qtbot, context, make, first, _typed) -> None:
    dialog = _open(qtbot, make(context))
    assert dialog.focusWidget() is dialog.findChild(QWidget, first)


@pytest.mark.parametrize(("make", "_first", "_typed"), FORMS, ids=IDS)
def test_escape_without_changes_closes_at_once(qtbot, context, asked, make, _first, _typed) -> None:
    dialog = _open(qtbot, make(context))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert asked.count == 0


@pytest.mark.parametrize(("make", "_first", "typed"), FORMS, ids=IDS)
def test_escape_with_changes_asks_and_cancel_keeps_them(qtbot, context, asked, make, _first, typed) -> None:
    dialog = _open(qtbot, make(context))
    _type(qtbot, dialog, typed, "Zq")
    asked.answer = UnsavedChoice.STAY
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert asked.count == 1
    assert dialog.isVisible()
    dialog.close()  # the window's close button asks the same question
    assert asked.count == 2
    assert dialog.isVisible()
    asked.answer = UnsavedChoice.DISCARD
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_save_from_the_question_saves_the_member(qtbot, context, asked) -> None:
    from ui.dialogs.member_dialog import MemberDialog

    dialog = _open(qtbot, MemberDialog(context, 1))
    saved = []
    dialog.member_saved.connect(saved.append)
    city = dialog.findChild(QLineEdit, "city")
    city.setFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Essaouira")
    asked.answer = UnsavedChoice.SAVE
    qtbot.keyClick(city, Qt.Key.Key_Escape)
    assert saved == [1]
    assert not dialog.isVisible()
    assert members.get_member(context.uow(), 1).data.city == "Essaouira"


def test_discarding_saves_nothing(qtbot, context, asked) -> None:
    from ui.dialogs.member_dialog import MemberDialog

    before = members.get_member(context.uow(), 1).data.city
    dialog = _open(qtbot, MemberDialog(context, 1))
    _type(qtbot, dialog, "city", "Zq")
    asked.answer = UnsavedChoice.DISCARD
    dialog.reject()
    assert members.get_member(context.uow(), 1).data.city == before


def test_save_of_an_invalid_form_keeps_it_open_with_its_messages(qtbot, context, asked) -> None:
    dialog = _open(qtbot, _member(context))
    _type(qtbot, dialog, "first_name", "Salma")
    asked.answer = UnsavedChoice.SAVE
    dialog.reject()
    assert dialog.isVisible()
    assert dialog.findChild(QWidget, "last_name_error").isVisible()


def test_the_question_offers_save_discard_and_cancel_in_french(qtbot, context) -> None:
    dialog = _open(qtbot, _meeting(context))
    box, choices = form.unsaved_changes_box(dialog)
    qtbot.add_widget(box)
    assert {button.text(): choice for button, choice in choices.items()} == {
        "Enregistrer": UnsavedChoice.SAVE, "Abandonner les modifications": UnsavedChoice.DISCARD,
        "Annuler": UnsavedChoice.STAY}
    assert choices[box.escapeButton()] is UnsavedChoice.STAY


def test_a_message_under_a_field_does_not_move_the_fields_below(qtbot, context) -> None:
    dialog = _open(qtbot, _member(context))
    last_name = dialog.findChild(QWidget, "last_name")
    before = last_name.mapTo(dialog, QPoint(0, 0))
    first_name = dialog.findChild(QLineEdit, "first_name")
    first_name.setFocus()
    qtbot.keyClicks(first_name, "1")
    qtbot.keyClick(first_name, Qt.Key.Key_Backspace)  # touched and empty: "This field is required."
    error = dialog.findChild(QWidget, "first_name_error")
    qtbot.wait_until(error.isVisible)
    assert error.text()
    assert last_name.mapTo(dialog, QPoint(0, 0)) == before


def test_the_start_time_takes_typed_digits(qtbot, context) -> None:
    dialog = _open(qtbot, _meeting(context))
    dialog.activateWindow()
    qtbot.wait_until(dialog.isActiveWindow)
    start = dialog.findChild(QLineEdit, "start_time")
    for typed, meant, shown in (("0730", time(7, 30), "07:30"), ("19h", time(19, 0), "19:00"),
                                ("7:45", time(7, 45), "07:45")):
        start.setFocus()
        start.selectAll()
        qtbot.keyClicks(start, typed)
        dialog.kind.setFocus()  # leaving the field writes the time out
        assert start.text() == shown
        assert dialog.draft().start_time == meant


def test_an_impossible_start_time_is_refused_with_a_message(qtbot, context) -> None:
    dialog = _open(qtbot, _meeting(context))
    count = len(meetings.list_meetings(context.uow()))
    start = dialog.findChild(QLineEdit, "start_time")
    start.setText("2575")
    dialog.save()
    assert dialog.isVisible()
    assert "19h" in dialog.findChild(QWidget, "meeting_error").text()
    assert len(meetings.list_meetings(context.uow())) == count


def test_the_series_part_shows_no_label_without_its_field(qtbot, context) -> None:
    dialog = _open(qtbot, _meeting(context))
    layout = dialog.layout()
    assert isinstance(layout, QFormLayout)

    def captions() -> set[str]:
        return {layout.labelForField(w).text() for w in (dialog.frequency, dialog.until)
                if layout.labelForField(w) is not None and layout.labelForField(w).isVisible()}

    assert captions() == set()
    assert not dialog.dates.isVisible()
    dialog.repeat.setChecked(True)
    assert captions() == {"Fréquence", "Jusqu’au"}
    assert dialog.dates.isVisible()
    dialog.repeat.setChecked(False)
    assert captions() == set()


def test_enter_on_the_meetings_list_opens_the_selected_meetings_sheet(main_window, qtbot) -> None:
    main_window.show_page("meetings")
    page = main_window.findChild(QWidget, "meetings_table").parent()
    while not hasattr(page, "open_sheet"):
        page = page.parent()
    table = page.table
    table.setFocus()
    row = page.selected_meeting()
    assert row is not None
    qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = page.selected_meeting()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.sheet
    assert page.sheet.sheet.meeting.id == chosen.id


@pytest.mark.parametrize(("page_key", "search", "table", "sentence"), [
    ("members", "member_search", "members_table", "Aucun membre ne correspond à «\u00a0zzqx\u00a0»"),
    ("contacts", "contact_search", "contacts_table", "Aucun contact ne correspond à «\u00a0zzqx\u00a0»"),
    ("referrals", "journal_search", "journal_table", "Aucune recommandation ne correspond à «\u00a0zzqx\u00a0»"),
    ("compliance", "compliance_search", "compliance_table", "Aucun membre ne correspond à «\u00a0zzqx\u00a0»"),
    ("charter", "signature_search", "signatures_table", "Aucun membre ne correspond à «\u00a0zzqx\u00a0»"),
    ("charter", "warning_search", "warnings_table", "Aucun avertissement ne correspond à «\u00a0zzqx\u00a0»"),
])
def test_a_search_that_finds_nothing_says_so_in_the_table(main_window, qtbot, page_key, search, table,
                                                           sentence) -> None:
    main_window.show_page(page_key)
    field = main_window.findChild(QLineEdit, search)
    view = main_window.findChild(QWidget, table)
    notice = view.findChild(QWidget, f"{table}_nothing_matches")
    assert not notice.isVisibleTo(view)
    field.setText("zzqx")
    assert view.model().rowCount() == 0
    assert notice.isVisibleTo(view)
    assert notice.text() == sentence
    field.clear()
    assert view.model().rowCount() > 0
    assert not notice.isVisibleTo(view)

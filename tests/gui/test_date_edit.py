"""The window's date fields all read day first, as the printed tables do."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit

from app import formatting
from ui.widgets.date_edit import date_edit, date_of


def test_a_date_field_shows_the_day_as_the_tables_print_it(qtbot) -> None:
    edit = date_edit("due", date(2026, 3, 5))
    qtbot.add_widget(edit)
    assert edit.objectName() == "due"
    assert edit.text() == formatting.format_date(date(2026, 3, 5)) == "05/03/2026"
    assert edit.calendarPopup()
    assert date_of(edit) == date(2026, 3, 5)


def test_a_date_field_opens_on_today_and_keeps_to_its_bounds(qtbot) -> None:
    edit = date_edit("day", latest=date.today())
    qtbot.add_widget(edit)
    assert date_of(edit) == date.today()
    edit.setDate(date(1900, 1, 1))
    assert date_of(edit) == date(1950, 1, 1)  # no record of the club is older
    edit.setDate(date(date.today().year + 1, 1, 1))
    assert date_of(edit) == date.today()


def test_every_form_field_of_a_dialog_reads_day_first(qtbot, demo_db) -> None:
    from ui.context import AppContext
    from ui.dialogs.meeting_dialog import MeetingDialog

    dialog = MeetingDialog(AppContext(demo_db))
    qtbot.add_widget(dialog)
    fields = dialog.findChildren(QDateEdit)
    assert fields and {field.displayFormat() for field in fields} == {"dd/MM/yyyy"}

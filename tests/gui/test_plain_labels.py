"""Labels that quote what the secretary typed show it as typed: markup, ampersands and Arabic."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from app.db.models import Chapter, Member
from app.services import meetings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
NAME = "<b>Karim</b> & كريم"
CHAPTER = "<b>Anfa</b> & أنفا"


def shown(label) -> str:
    """The text a user reads in ``label``: its text as Qt renders it under its text format."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    if label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(label.text()):
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    return document.toPlainText()


@pytest.fixture
def sheet(qtbot, french, db):
    from PySide6.QtWidgets import QMainWindow

    from ui.context import AppContext
    from ui.pages.meetings import MeetingsPage

    with db.unit_of_work() as uow:
        chapter = Chapter(name=CHAPTER)
        uow.session.add(chapter)
        uow.session.flush()
        uow.session.add(Member(number=1001, first_name=NAME, last_name="Alami", company="Atlas & fils",
                               chapter_id=chapter.id, join_date=date(2020, 1, 1)))
        uow.commit()
        chapter_id = chapter.id
    meeting = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today(), chapter_id=chapter_id, start_time=time(7, 30), title="Réunion"))
    context = AppContext(db)
    context.runner.set_synchronous(True)
    window = QMainWindow()
    page = MeetingsPage(context)
    window.setCentralWidget(page)
    qtbot.add_widget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.wait_exposed(window)
    page.open_sheet(meeting.id)
    page.test_window = window
    return page.sheet


def test_the_attendance_sheet_shows_a_chapter_and_a_member_as_typed(sheet, qtbot):
    assert CHAPTER in shown(sheet.title)  # the page title names the chapter
    qtbot.keyClicks(sheet.checkin, "1001p")
    assert NAME in shown(sheet.message)  # the check-in line names the member
    sheet.window().grab().save("/tmp/plain-labels-sheet.png")

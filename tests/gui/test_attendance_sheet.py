"""The meetings page and attendance sheet driven as the secretary uses them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from app.db.models import Chapter, Member
from app.domain.attendance import AttendanceStatus
from app.services import attendance, meetings

# The offscreen platform warns when any window is shown; that says nothing about Cercle.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
P, L, A, E = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
LAST_NAMES = ("Alami", "Bennani", "Chraibi", "Daoudi", "El Fassi", "Filali", "Guessous", "Haddad", "Idrissi",
              "Jabri", "Kettani", "Lahlou", "Mernissi", "Naciri", "Ouazzani", "Raji", "Sebti", "Tazi", "Ziani",
              "Berrada")


@pytest.fixture
def club(db):
    """200 active members of Casablanca and a meeting today at 07:30."""
    with db.unit_of_work() as uow:
        casa = uow.session.query(Chapter).filter_by(name="Casablanca").one()
        uow.session.add_all([
            Member(number=1001 + i, first_name=f"Prénom{i:03d}", last_name=LAST_NAMES[i % 20],
                   company=f"Société {i:03d}", chapter_id=casa.id, join_date=date(2020, 1, 1))
            for i in range(200)
        ])
        uow.commit()
        chapter_id = casa.id
    meeting = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today(), chapter_id=chapter_id, start_time=time(7, 30), title="Réunion hebdomadaire"))
    return db, meeting.id


@pytest.fixture
def page(qtbot, french, club):
    from ui.context import AppContext
    from ui.pages.meetings import MeetingsPage

    db, _ = club
    context = AppContext(db)
    context.runner.set_synchronous(True)
    # Inside a main window, as in the application (a bare top-level page makes the offscreen
    # platform warn about size hints).
    window = QMainWindow()
    widget = MeetingsPage(context)
    window.setCentralWidget(widget)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    widget.test_window = window  # keep the window alive as long as the page
    return widget


def statuses(db, meeting_id):
    sheet = attendance.load_sheet(db.unit_of_work(), meeting_id)
    return {row.member_id: row for row in sheet.rows}


class Actions:
    """Counts what the secretary does: each key press and each click is one action."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)

    def click_row(self, table, row, add=False):
        # Reaching a row further down is a turn of the mouse wheel, which records nothing and
        # is not counted; the click on the name is.
        index = table.model().index(row, 1)
        table.scrollTo(index)
        self.count += 1
        modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                              table.visualRect(index).center())

    def answer_next_dialog(self, key=Qt.Key.Key_Return, text=None):
        """Answer the modal dialog the next action opens (typing a word is one action too)."""

        def answer():
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog) or dialog.focusWidget() is None:
                QTimer.singleShot(10, answer)  # not open (or not focused) yet
                return
            if text is not None:
                self.count += 1
                self.qtbot.keyClicks(dialog.focusWidget(), text)
            self.count += 1
            self.qtbot.keyClick(dialog.focusWidget(), key)

        QTimer.singleShot(0, answer)


def test_record_a_200_member_meeting_in_at_most_30_actions(page, club, qtbot):
    db, meeting_id = club
    actions = Actions(qtbot)
    page.select(meeting_id)
    actions.key(page.table, Qt.Key.Key_Return)  # open the sheet
    sheet = page.sheet
    assert page.stack.currentWidget() is sheet
    table = sheet.table
    assert sheet.proxy.rowCount() == 200

    rows = [sheet.proxy.row_at(r) for r in range(200)]
    absent = [rows[r] for r in (3, 27, 55, 80, 101, 140, 166, 199)]
    late = [rows[r] for r in (10, 44, 90, 120, 150, 181)]
    excused = [rows[r] for r in (0, 33, 71, 111, 155, 190)]

    def select(group):
        for position, member in enumerate(group):
            actions.click_row(table, sheet.model.row_of(lambda r, m=member: r.member_id == m.member_id),
                              add=position > 0)

    select(absent)
    actions.key(table, Qt.Key.Key_A)
    select(late)
    actions.key(table, Qt.Key.Key_R)
    select(excused)
    actions.answer_next_dialog(text="Maladie")  # the reason typed, then Enter
    actions.key(table, Qt.Key.Key_E)
    actions.key(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # all unmarked present

    assert actions.count <= 30, actions.count
    recorded = statuses(db, meeting_id)
    by_status = {status: {m for m, row in recorded.items() if row.status is status} for status in (P, L, A, E)}
    assert by_status[A] == {m.member_id for m in absent}
    assert by_status[L] == {m.member_id for m in late}
    assert by_status[E] == {m.member_id for m in excused}
    assert len(by_status[P]) == 180
    assert {recorded[m.member_id].excuse_reason for m in excused} == {"Maladie"}
    assert "présent 180" in sheet.counts.text() or "180" in sheet.counts.text()


def test_status_key_moves_to_the_next_member_and_delete_clears(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    first, second = sheet.proxy.row_at(0), sheet.proxy.row_at(1)
    qtbot.keyClick(sheet.table, Qt.Key.Key_P)
    assert sheet.table.currentIndex().row() == 1
    qtbot.keyClick(sheet.table, Qt.Key.Key_A)
    assert sheet.table.currentIndex().row() == 2
    recorded = statuses(db, meeting_id)
    assert recorded[first.member_id].status is P and recorded[second.member_id].status is A
    sheet.table.setCurrentIndex(sheet.proxy.index(1, 0))
    qtbot.keyClick(sheet.table, Qt.Key.Key_Delete)
    assert statuses(db, meeting_id)[second.member_id].status is None


def test_type_ahead_by_number_and_by_name(page, club, qtbot):
    _, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    qtbot.keyClicks(sheet.table, "1150")
    assert sheet.proxy.row_at(sheet.table.currentIndex().row()).number == 1150
    qtbot.keyClick(sheet, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert sheet.find.hasFocus()
    qtbot.keyClicks(sheet.find, "PRENOM077")  # accents and case do not matter
    assert sheet.proxy.row_at(sheet.table.currentIndex().row()).number == 1078
    qtbot.keyClick(sheet.find, Qt.Key.Key_Return)
    assert sheet.table.hasFocus()


def test_substitute_needs_a_name_in_its_dialog(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    member = sheet.proxy.row_at(0)

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        assert not dialog.buttons.buttons()[0].isEnabled()
        qtbot.keyClicks(dialog.substitute_name, "Karim Alaoui")
        qtbot.keyClick(dialog.substitute_name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(sheet.table, Qt.Key.Key_S)
    row = statuses(db, meeting_id)[member.member_id]
    assert row.status is AttendanceStatus.SUBSTITUTED and row.substitute_name == "Karim Alaoui"
    assert row.substitute_company == member.company


def test_badge_scanner_checks_members_in(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    sheet.checkin.setFocus()
    qtbot.keyClicks(sheet.checkin, "1042")
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return)  # what a USB scanner sends after the digits
    assert sheet.checkin.text() == "" and sheet.checkin.hasFocus()
    member = next(r for r in statuses(db, meeting_id).values() if r.number == 1042)
    expected = AttendanceStatus.LATE if datetime.now().time() > time(7, 40) else AttendanceStatus.PRESENT
    assert member.status is expected
    assert "1042" in sheet.checkin_feedback.text()
    qtbot.keyClicks(sheet.checkin, "9999")
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return)
    assert "9999" in sheet.checkin_feedback.text()  # "no member with number 9999", in red


def test_old_meeting_asks_confirmation_before_any_change(page, club, qtbot):
    db, _ = club
    old = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today() - timedelta(days=10), chapter_id=None))
    page.open_sheet(old.id)
    sheet = page.sheet
    assert sheet.old_warning.isVisible()
    answers = iter([False, True])
    sheet.ask_confirmation = lambda: next(answers)
    qtbot.keyClick(sheet.table, Qt.Key.Key_P)
    assert all(r.status is None for r in statuses(db, old.id).values())
    qtbot.keyClick(sheet.table, Qt.Key.Key_P)
    assert attendance.audit_trail(db.unit_of_work(), old.id)


def test_series_dialog_skips_unticked_dates(page, club, qtbot):
    db, _ = club
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.meeting_dialog
    qtbot.waitUntil(dialog.isVisible)
    start = date.today() + timedelta(days=(1 - date.today().weekday()) % 7 + 7)
    dialog.day.setDate(start)
    dialog.repeat.setChecked(True)
    dialog.until.setDate(start + timedelta(weeks=5))
    assert dialog.dates.count() == 6
    dialog.dates.item(2).setCheckState(Qt.CheckState.Unchecked)
    dialog.save()
    rows = meetings.list_meetings(db.unit_of_work(), start, start + timedelta(weeks=6))
    assert sorted(r.date for r in rows) == [start + timedelta(weeks=w) for w in (0, 1, 3, 4, 5)]


def test_models_are_correct_qt_models(page, club, qtmodeltester):
    _, meeting_id = club
    qtmodeltester.check(page.model)
    page.open_sheet(meeting_id)
    qtmodeltester.check(page.sheet.model)
    qtmodeltester.check(page.sheet.proxy)
    qtmodeltester.check(page.sheet.guests.model)

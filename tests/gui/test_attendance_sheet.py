"""The meetings page and attendance sheet driven as the secretary uses them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

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


def counts(sheet):
    """The header of counts as read (its spaces do not break)."""
    return sheet.counts.text().replace("\u00a0", " ")


def statuses(db, meeting_id):
    sheet = attendance.load_sheet(db.unit_of_work(), meeting_id)
    return {row.member_id: row for row in sheet.rows}


class Actions:
    """Counts what the secretary does: each key press, each click and each entry typed in a field
    (a member number with its letter, a reason, a name) is one action; ``keys`` counts every key."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0
        self.keys = 0

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.count += 1
        self.keys += 1
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, widget, text):
        self.count += 1
        self.keys += len(text)
        self.qtbot.keyClicks(widget, text)


def test_record_a_200_member_plenary_with_the_keyboard_in_at_most_30_actions(page, club, qtbot):
    db, meeting_id = club
    actions = Actions(qtbot)
    page.select(meeting_id)
    actions.key(page.table, Qt.Key.Key_Return)  # open the sheet
    sheet = page.sheet
    assert page.stack.currentWidget() is sheet
    assert sheet.proxy.rowCount() == 200
    field = sheet.checkin
    assert field.hasFocus()  # the sheet opens on the check-in field: no action to reach it

    absent = (1004, 1028, 1056, 1081, 1102)
    late = (1011, 1045, 1091, 1121)
    excused = {1001: "Maladie", 1034: "Maladie", 1072: "Salon de Dakar"}
    substituted = {1112: "Karim Alaoui", 1156: "Nadia Tazi", 1191: "Omar Berrada"}
    for number in absent:
        actions.type(field, f"{number}a")  # set at the letter: no Enter
    for number in late:
        actions.type(field, f"{number}R")
    last_reason = None
    for number, reason in excused.items():
        actions.type(field, f"{number}e")
        assert "Excusé" in sheet.message.text() and str(number) in sheet.message.text()
        if reason != last_reason:  # the last reason is proposed: Enter alone keeps it
            actions.type(field, reason)
        actions.key(field, Qt.Key.Key_Return)
        last_reason = reason
    for number, name in substituted.items():
        actions.type(field, f"{number}s")
        actions.type(field, name)
        actions.key(field, Qt.Key.Key_Return)
    actions.key(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the rest are present

    print(f"200-member plenary, 15 exceptions: {actions.count} actions, {actions.keys} keys")
    assert actions.count <= 30, actions.count
    recorded = {row.number: row for row in statuses(db, meeting_id).values()}
    by_status = {status: {n for n, row in recorded.items() if row.status is status} for status in AttendanceStatus}
    assert by_status[A] == set(absent)
    assert by_status[L] == set(late)
    assert by_status[E] == set(excused)
    assert by_status[AttendanceStatus.SUBSTITUTED] == set(substituted)
    assert len(by_status[P]) == 185
    assert {n: recorded[n].excuse_reason for n in excused} == excused
    assert {n: recorded[n].substitute_name for n in substituted} == substituted
    assert recorded[1112].substitute_company == "Société 111"  # the member's company, proposed
    assert "présents 185 " in counts(sheet)
    assert "185 membres non pointés : désormais présents" in sheet.message.text()


def test_rest_absent_says_how_many_and_ctrl_z_undoes_it_in_one_step(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    qtbot.keyClicks(sheet.checkin, "1001p")
    qtbot.keyClicks(sheet.checkin, "1002r")
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "198 membres non pointés : désormais absents" in sheet.message.text()
    assert "Ctrl+Z" in sheet.message.text()
    assert sum(row.status is A for row in statuses(db, meeting_id).values()) == 198

    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    recorded = {row.number: row.status for row in statuses(db, meeting_id).values()}
    assert recorded[1001] is P and recorded[1002] is L
    assert sum(status is None for status in recorded.values()) == 198  # the whole bulk action, at once
    assert "à pointer 198" in counts(sheet) and "Annulé" in sheet.message.text()
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # then the late one
    assert {row.number: row.status for row in statuses(db, meeting_id).values()}[1002] is None
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert {row.number: row.status for row in statuses(db, meeting_id).values()}[1002] is L


def test_a_status_on_a_selection_says_how_many_and_undoes_as_one(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    sheet.table.setFocus()
    qtbot.keyClick(sheet.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(sheet.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(sheet.table, Qt.Key.Key_A)
    assert "Absent : 3 membres" in sheet.message.text()
    assert sum(row.status is A for row in statuses(db, meeting_id).values()) == 3
    qtbot.keyClick(sheet.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(row.status is None for row in statuses(db, meeting_id).values())


def test_an_excuse_before_the_day_and_one_message_for_the_rest(page, club, qtbot):
    db, _ = club
    with db.unit_of_work() as uow:
        chapter_id = uow.session.query(Chapter).filter_by(name="Casablanca").one().id
    planned = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today() + timedelta(days=5), chapter_id=chapter_id, start_time=time(7, 30)))
    page.reload()
    page.select(planned.id)
    assert page.sheet_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    sheet = page.sheet
    assert sheet.future_note.isVisible() and "excuses" in sheet.future_note.text()
    assert not sheet.all_present_button.isEnabled() and not sheet.all_absent_button.isEnabled()
    assert "taux" not in counts(sheet)

    qtbot.keyClicks(sheet.checkin, "1010e")
    qtbot.keyClicks(sheet.checkin, "Voyage")
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return)
    row = next(r for r in statuses(db, planned.id).values() if r.number == 1010)
    assert row.status is E and row.excuse_reason == "Voyage"
    assert meetings.list_meetings(db.unit_of_work(), planned.date, planned.date)[0].state.value == "planned"

    refusal = "seules les excuses"
    for entry in ("1011p", "1012s"):
        qtbot.keyClicks(sheet.checkin, entry)
        assert refusal in sheet.message.text()
    qtbot.keyClick(sheet.table, Qt.Key.Key_P)
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown = [label.text() for label in sheet.findChildren(QLabel) if label.isVisible()]
    assert sum(refusal in text for text in shown) == 1  # one message line, never the same one twice
    assert sum(r.status is not None for r in statuses(db, planned.id).values()) == 1


def test_counts_stay_on_one_line_at_1366_and_show_no_rate_before_check_in(page, club, qtbot):
    db, meeting_id = club
    page.test_window.resize(1366, 700)
    page.open_sheet(meeting_id)
    sheet = page.sheet
    assert "taux" not in counts(sheet)  # no "taux de présence 0 %" in an empty room
    attendance.record_attendance(db.unit_of_work(), meeting_id, [
        attendance.MarkChange(row.member_id, status, substitute_name="Karim Alaoui")
        for row, status in zip(sheet.model.all_rows, [P] * 100 + [L] * 40 + [A] * 20 + [E] * 20
                               + [AttendanceStatus.SUBSTITUTED] * 10, strict=False)])
    sheet.refresh()
    qtbot.wait(10)
    assert "taux de présence" in counts(sheet)
    line = sheet.counts.fontMetrics().lineSpacing()
    assert sheet.counts.height() < 2 * line, counts(sheet)


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
    assert "1042" in sheet.message.text()
    qtbot.keyClicks(sheet.checkin, "9999")
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return)
    assert "9999" in sheet.message.text()  # "no member with number 9999", in red


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


def test_an_undo_the_database_refuses_forgets_the_stack_instead_of_losing_its_place(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    qtbot.keyClicks(sheet.checkin, "1001a")
    assert sheet.undo_stack.canUndo()
    meetings.cancel_meeting(db.unit_of_work(), meeting_id)  # meanwhile, from another window
    qtbot.keyClick(sheet.checkin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not sheet.undo_stack.canUndo() and not sheet.undo_stack.canRedo())
    assert sheet.message.text()  # the refusal is said
    recorded = {row.number: row.status for row in statuses(db, meeting_id).values()}
    assert recorded[1001] is AttendanceStatus.ABSENT  # still held by the database, as the stack now says

"""Expected members added by hand, the attendance settings, deleting a meeting, its audit trail."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow

from app.db.models import Chapter, Member
from app.domain.attendance import AttendanceRules, AttendanceStatus
from app.domain.enums import MemberStatus
from app.services import attendance, meetings
from app.services.attendance import MarkChange
from app.services.settings import save_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
VISITOR = 2001  # of Rabat, visiting the Casablanca meeting
RESIGNED = 2002


@pytest.fixture
def club(db):
    """20 members of Casablanca, an active and a resigned one of Rabat, a meeting today at 07:30."""
    with db.unit_of_work() as uow:
        casa = uow.session.query(Chapter).filter_by(name="Casablanca").one()
        rabat = Chapter(name="Rabat", sort_order=1)
        uow.session.add(rabat)
        uow.session.flush()
        uow.session.add_all([
            Member(number=1001 + i, first_name=f"Prénom{i:02d}", last_name=f"Nom{i:02d}",
                   company=f"Société {i:02d}", chapter_id=casa.id, join_date=date(2020, 1, 1))
            for i in range(20)
        ])
        uow.session.add(Member(number=VISITOR, first_name="Karim", last_name="Visiteur", company="Atlas SARL",
                               chapter_id=rabat.id, join_date=date(2021, 3, 1)))
        uow.session.add(Member(number=RESIGNED, first_name="Omar", last_name="Parti", company="Ancienne SA",
                               chapter_id=rabat.id, join_date=date(2019, 3, 1), status=MemberStatus.RESIGNED))
        uow.commit()
        chapter_id = casa.id
    meeting = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today(), chapter_id=chapter_id, start_time=time(7, 30), title="Réunion hebdomadaire"))
    return db, meeting.id


@pytest.fixture
def context(club):
    from ui.context import AppContext

    ctx = AppContext(club[0])
    ctx.runner.set_synchronous(True)
    return ctx


@pytest.fixture
def page(qtbot, french, context):
    from ui.pages.meetings import MeetingsPage

    window = QMainWindow()
    widget = MeetingsPage(context)
    window.setCentralWidget(widget)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    widget.test_window = window
    return widget


def sheet_rows(db, meeting_id):
    return {row.number: row for row in attendance.load_sheet(db.unit_of_work(), meeting_id).rows}


def when_dialog_opens(qtbot, get_dialog, act):
    """Run ``act(dialog)`` once the modal dialog that the next call opens is shown."""

    def attempt():
        dialog = get_dialog()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


# ------------------------------------------------------------------ expected by hand


def test_add_an_expected_member_by_type_ahead_and_remove_them(page, club, qtbot):
    db, meeting_id = club
    page.open_sheet(meeting_id)
    sheet = page.sheet
    assert sheet.proxy.rowCount() == 20
    seen = {}

    def pick_visitor(dialog):
        numbers = {row.number for row in dialog.candidates}
        seen["numbers"] = numbers
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.member, "visit")  # type-ahead on the name, any case
        completer = dialog.member.completer()
        seen["completions"] = completer.completionCount()
        seen["completion"] = completer.currentCompletion()
        dialog.member.setText(completer.currentCompletion())  # what choosing it in the pop-up does
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, lambda: sheet.add_expected_dialog, pick_visitor)
    qtbot.mouseClick(sheet.add_expected_button, Qt.MouseButton.LeftButton)

    # Only active members not expected yet are offered: not Casablanca's, not the resigned one.
    assert seen["numbers"] == {VISITOR}
    assert seen["completions"] == 1 and "Visiteur" in seen["completion"]
    assert sheet.proxy.rowCount() == 21
    current = sheet.proxy.row_at(sheet.table.currentIndex().row())
    assert current.number == VISITOR and current.extra
    assert sheet.model.index(sheet.model.row_of(lambda r: r.number == VISITOR), 7).data() == "Rabat"
    assert "21" in sheet.counts.text()
    assert sheet_rows(db, meeting_id)[VISITOR].extra
    assert sheet.changed

    assert sheet.remove_expected_button.isEnabled()
    qtbot.mouseClick(sheet.remove_expected_button, Qt.MouseButton.LeftButton)
    assert sheet.proxy.rowCount() == 20
    assert VISITOR not in sheet_rows(db, meeting_id)
    assert not sheet.remove_expected_button.isEnabled()  # a Casablanca member is current now


def test_member_of_the_chapter_cannot_be_removed_nor_a_marked_visitor(page, club, qtbot):
    db, meeting_id = club
    meetings.add_expected_member(db.unit_of_work(), meeting_id, VISITOR)
    page.open_sheet(meeting_id)
    sheet = page.sheet
    assert not sheet.remove_expected_button.isEnabled()  # the first row is of Casablanca
    assert sheet.select_member(sheet_rows(db, meeting_id)[VISITOR].member_id)
    assert sheet.remove_expected_button.isEnabled()
    qtbot.keyClick(sheet.table, Qt.Key.Key_P)  # marked present: moves on to the next member
    assert sheet.select_member(sheet_rows(db, meeting_id)[VISITOR].member_id)
    assert not sheet.remove_expected_button.isEnabled()
    sheet.remove_expected_member()  # e.g. through a stale button: the service's French message
    assert sheet.message.isVisible()
    assert "a déjà" in sheet.message.text() and "Visiteur" in sheet.message.text()
    assert VISITOR in sheet_rows(db, meeting_id)


def test_add_expected_dialog_shows_the_service_refusal(qtbot, french, context, club):
    from ui.dialogs.add_expected_dialog import AddExpectedDialog

    db, meeting_id = club
    row = meetings.get_meeting(db.unit_of_work(), meeting_id)
    dialog = AddExpectedDialog(context, row, [])
    qtbot.add_widget(dialog)
    dialog.show()
    # A Casablanca member offered by mistake (no expected ids passed): the service refuses.
    qtbot.keyClicks(dialog.member, "1001")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.member, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisible() and "figure déjà parmi les membres attendus" in dialog.error.text()
    dialog.member.setText("")
    assert not dialog.ok_button.isEnabled() and not dialog.error.isVisible()


# ------------------------------------------------------------------------- settings


def test_settings_attendance_rules_are_loaded_and_saved(qtbot, french, context, club):
    from ui.dialogs.settings_dialog import SettingsDialog

    db, _ = club
    save_settings(db.unit_of_work(), AttendanceRules(3, False, 5).as_settings())
    dialog = SettingsDialog(context)
    qtbot.add_widget(dialog)
    rules, _general = dialog.pages[1], dialog.pages[0]
    assert (rules.lates.value(), rules.substitution.isChecked(), rules.grace.value()) == (3, False, 5)
    rules.lates.setValue(0)
    assert rules.lates.text() == rules.lates.specialValueText()  # "Never" rather than 0
    rules.substitution.setChecked(True)
    rules.grace.setValue(20)
    with qtbot.waitSignal(context.data_changed) as signal:
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert signal.args == ["settings"]
    assert attendance.attendance_rules(db.unit_of_work()) == AttendanceRules(0, True, 20)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_settings_refuse_a_grace_period_out_of_range_inline_in_french(qtbot, french, context, club):
    from ui.dialogs.settings_dialog import SettingsDialog

    db, _ = club
    dialog = SettingsDialog(context)
    qtbot.add_widget(dialog)
    rules, general = dialog.pages[1], dialog.pages[0]
    dialog.show()
    general.language.setCurrentIndex(general.language.findData("en"))
    rules.grace.setValue(150)
    with qtbot.assertNotEmitted(context.data_changed):
        dialog.apply()
    error = rules.error
    assert dialog.isVisible() and error.isVisible()
    # The domain's message, in French.
    assert error.text() == "Saisissez un délai de tolérance entre 0 et 120 minutes."
    assert attendance.attendance_rules(db.unit_of_work()) == AttendanceRules()  # nothing saved
    from PySide6.QtCore import QSettings

    assert QSettings().value("ui/language", "fr") == "fr"  # nor the language


def test_settings_keep_the_language_choice(qtbot, french, context, club):
    from PySide6.QtCore import QSettings

    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.add_widget(dialog)
    _rules, general = dialog.pages[1], dialog.pages[0]
    general.language.setCurrentIndex(general.language.findData("en"))
    dialog.apply()
    try:
        assert QSettings().value("ui/language") == "en"
        assert QCoreApplication.translate("Attendance", "Present") == "Present"
    finally:
        from ui.i18n import install_translators

        install_translators(QCoreApplication.instance(), "fr")


def test_a_longer_grace_period_makes_a_check_in_present(page, club, context, qtbot, monkeypatch):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.pages import attendance_sheet

    db, meeting_id = club

    class At0742(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime.combine(date.today(), time(7, 42))

    monkeypatch.setattr(attendance_sheet, "datetime", At0742)
    page.open_sheet(meeting_id)
    sheet = page.sheet

    def scan(number):
        sheet.checkin.setFocus()
        qtbot.keyClicks(sheet.checkin, str(number))
        qtbot.keyClick(sheet.checkin, Qt.Key.Key_Return)
        return sheet_rows(db, meeting_id)[number]

    assert scan(1001).status is AttendanceStatus.LATE  # 07:42 > 07:30 + 10 minutes (default)
    dialog = SettingsDialog(context, page)
    qtbot.add_widget(dialog)
    rules = dialog.pages[1]
    rules.grace.setValue(15)
    dialog.apply()
    assert attendance.attendance_rules(db.unit_of_work()).checkin_grace_minutes == 15
    late_one = scan(1002)
    assert late_one.status is AttendanceStatus.PRESENT and late_one.arrival_time == time(7, 42)
    assert page.stack.currentWidget() is sheet  # the open sheet reloaded in place


# ------------------------------------------------------------------- meetings page


def test_delete_a_meeting_without_records_and_refuse_one_with_attendance(page, club, qtbot):
    db, meeting_id = club
    spare = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today() + timedelta(days=7), chapter_id=None, title="Créée par erreur"))
    attendance.record_attendance(db.unit_of_work(), meeting_id, [
        MarkChange(sheet_rows(db, meeting_id)[1001].member_id, AttendanceStatus.PRESENT)])
    page.reload()
    asked = []
    page.ask_delete = lambda row: asked.append(row.id) or True

    page.select(spare.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [spare.id]
    assert page.model.row_of(lambda r: r.id == spare.id) < 0
    assert [r.id for r in meetings.list_meetings(db.unit_of_work())] == [meeting_id]

    page.select(meeting_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.error.isVisible()
    assert page.error.text() == QCoreApplication.translate("Errors", meetings.MSG_HAS_RECORDS)
    assert page.error.text() != meetings.MSG_HAS_RECORDS  # in French
    assert page.model.row_of(lambda r: r.id == meeting_id) >= 0

    page.ask_delete = lambda row: False  # "No": nothing happens
    page.reload()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(meetings.list_meetings(db.unit_of_work())) == 1


def test_audit_trail_of_a_meeting(page, club, qtbot):
    db, _ = club
    old = meetings.create_meeting(db.unit_of_work(), meetings.MeetingDraft(
        date=date.today() - timedelta(days=10), chapter_id=None, start_time=time(7, 30)))
    member_id = sheet_rows(db, old.id)[1003].member_id
    for status, reason in ((AttendanceStatus.ABSENT, None), (AttendanceStatus.EXCUSED, "Voyage")):
        attendance.record_attendance(db.unit_of_work(), old.id, [MarkChange(member_id, status, excuse_reason=reason)],
                                     confirmed=True, user="secretaire")
    page.reload()
    page.select(old.id)
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    dialog = page.audit_dialog
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.table.model()
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    latest, first = cells
    assert latest[1] == "secretaire" and latest[2] == "1003" and latest[3] == "Prénom02 Nom02"
    assert latest[4] == "Absent → Excusé – Voyage"
    assert first[4].endswith("→ Absent") and first[4] != "→ Absent"
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    assert "2" in dialog.findChild(QLabel, "audit_note").text()
    dialog.close()

    page.select(old.id - 1)  # the meeting of today: nothing changed after 7 days
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    assert page.audit_dialog.table.model().rowCount() == 0
    page.audit_dialog.close()

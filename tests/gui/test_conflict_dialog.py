"""The member form saved after someone else saved the same member: shown, then reload or overwrite."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services import members as member_service
from ui.context import AppContext
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.member_dialog import MemberDialog

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


def _answer_conflict(qtbot, button: str, seen: list[list[tuple[str, str, str]]]) -> None:
    """When the conflict dialog shows, read its table and press ``button``."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, attempt)
            return
        table = dialog.table
        seen.append([tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())])
        getattr(dialog, button).click()

    QTimer.singleShot(0, attempt)


@pytest.fixture
def form(qtbot, french, demo_db):
    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    dialog = MemberDialog(context, 1)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def _someone_else_saves(form: MemberDialog, **changes: object) -> None:
    details = member_service.get_member(form.context.uow(), 1)
    member_service.update_member(form.context.uow(), 1, replace(details.data, **changes),
                                 expected_version=details.version)


def test_overwrite_knowingly_saves_mine_after_showing_theirs(qtbot, form) -> None:
    before = form.details.data
    _someone_else_saves(form, city="Ifrane")
    form.fields["city"].setText("Essaouira")
    seen: list = []
    _answer_conflict(qtbot, "overwrite_button", seen)
    form.save()
    assert seen == [[("Ville", "Ifrane", "Essaouira")]]
    saved = member_service.get_member(form.context.uow(), 1)
    assert saved.data.city == "Essaouira"
    assert saved.data.company == before.company
    assert form.result() == form.DialogCode.Accepted


def test_reload_shows_what_is_saved_and_keeps_the_form_open(qtbot, form) -> None:
    mine = form.details.data
    _someone_else_saves(form, company="Nouvelle Société SARL")
    form.fields["city"].setText("Essaouira")
    seen: list = []
    _answer_conflict(qtbot, "reload_button", seen)
    form.save()
    assert seen == [[("Société", "Nouvelle Société SARL", mine.company), ("Ville", mine.city, "Essaouira")]]
    assert form.isVisible()
    assert form.fields["company"].text() == "Nouvelle Société SARL"
    assert form.fields["city"].text() != "Essaouira"
    # The form now holds the new version: saving again works without a conflict.
    form.fields["city"].setText("Essaouira")
    form.save()
    assert member_service.get_member(form.context.uow(), 1).data.city == "Essaouira"


def test_meeting_form_overwrites_knowingly(qtbot, french, demo_db) -> None:
    from app.services import meetings
    from ui.dialogs.meeting_dialog import MeetingDialog

    context = AppContext(demo_db)
    row = meetings.list_meetings(context.uow())[0]
    dialog = MeetingDialog(context, row)
    qtbot.add_widget(dialog)
    draft = meetings.MeetingDraft(date=row.date, kind=row.kind, chapter_id=row.chapter_id,
                                  start_time=row.start_time, place="Salle des fêtes", title=row.title or "")
    meetings.update_meeting(context.uow(), row.id, draft, expected_version=row.version, today=row.date)
    dialog.place.setText("Hôtel Atlas")
    seen: list = []
    _answer_conflict(qtbot, "overwrite_button", seen)
    dialog.save()
    assert ("Lieu", "Salle des fêtes", "Hôtel Atlas") in seen[0]
    assert meetings.get_meeting(context.uow(), row.id).place == "Hôtel Atlas"


def test_referral_form_reloads_what_someone_else_saved(qtbot, french, demo_db) -> None:
    from app.domain.business import Temperature
    from app.services import referrals
    from ui.dialogs.referral_dialog import ReferralDialog

    context = AppContext(demo_db)
    row = referrals.referral_journal(context.uow()).rows[0]
    dialog = ReferralDialog(context, row)
    qtbot.add_widget(dialog)
    data = referrals.ReferralInput(day=row.date, giver_id=row.giver_id, receiver_member_id=row.receiver_member_id,
                                   receiver_contact_id=row.receiver_contact_id, prospect_id=row.prospect_id,
                                   need="Besoin réécrit ailleurs", temperature=Temperature.COLD, status=row.status)
    referrals.update_referral(context.uow(), row.id, data, expected_version=row.version, today=row.date)
    dialog.need.setPlainText("Mon besoin")
    seen: list = []
    _answer_conflict(qtbot, "reload_button", seen)
    dialog.save()
    assert ("Besoin", "Besoin réécrit ailleurs", "Mon besoin") in seen[0]
    assert dialog.need.toPlainText() == "Besoin réécrit ailleurs"
    assert dialog.result() == 0  # still open on the reloaded referral


def test_sheet_of_another_antenna_is_read_only_with_a_message(qtbot, french, demo_db) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from app.services import attendance, meetings
    from ui.pages.attendance_sheet import AttendanceSheetPage

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    rows = [r for r in meetings.list_meetings(context.uow()) if r.chapter_id is not None and r.expected]
    casa = next(r for r in rows if r.chapter == "Casablanca")
    rabat = next(r for r in rows if r.chapter == "Rabat")
    demo_db.chapter_limit = rabat.chapter_id
    window = QMainWindow()
    sheet = AttendanceSheetPage(context)
    window.setCentralWidget(sheet)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    sheet.load(casa.id)
    before = {r.member_id: r.status for r in attendance.load_sheet(context.uow(), casa.id).rows}
    assert sheet.limit_note.isVisible()
    assert not sheet.checkin.isEnabled() and not sheet.all_present_button.isEnabled()
    assert not sheet.add_expected_button.isEnabled()
    sheet.table.setCurrentIndex(sheet.proxy.index(0, 0))
    qtbot.keyClick(sheet.table, Qt.Key.Key_A)  # a key press is refused, with the reason
    assert sheet.message.isVisible() and "Rabat" in sheet.message.text()
    assert {r.member_id: r.status for r in attendance.load_sheet(context.uow(), casa.id).rows} == before

    sheet.load(rabat.id)  # her own antenna: editable
    assert not sheet.limit_note.isVisible() and sheet.checkin.isEnabled()

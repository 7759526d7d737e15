"""The status change, the guest and the chapters-and-sectors dialogs, opened from the screens the
secretary opens them from: what she types is saved as typed (markup, Arabic), and what the club
refuses (an empty or too long entry) is said in French with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QPushButton

from app.domain.enums import MemberStatus
from app.services import contacts, guests, meetings, reference
from app.services import members as member_service
from tests.gui.modal import message_of, shown, when_shown
from ui.dialogs.guest_dialog import GuestDialog
from ui.dialogs.reference_lists import ReferenceListsDialog
from ui.dialogs.status_dialog import StatusDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MARKUP = "<b>&"
ARABIC = "العلوي"


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key as a keyboard layout sends it, Arabic letters included (QTest's
    keyClicks knows only the Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def button(dialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(which)


# -- a member's change of status, from the member's record ---------------------------------------


def _open_record(qtbot, window, number: int):
    page = window.page("members")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, str(number))
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    assert page.selected_member().number == number
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "member_dialog", None) is not None and page.member_dialog.isVisible())
    return page.member_dialog


def test_a_suspension_and_a_reinstatement_are_kept_with_their_reasons_as_typed(main_window, qtbot) -> None:
    uow = main_window.context.uow
    member = next(m for m in member_service.list_members(uow()) if m.status is MemberStatus.ACTIVE
                  and not member_service.get_member(uow(), m.id).status_history)
    record = _open_record(qtbot, main_window, member.number)
    change = record.findChild(QPushButton, "change_status")
    seen: dict[str, str] = {}

    def refuse_then_suspend(dialog: StatusDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData(MemberStatus.SUSPENDED))
        dialog.effective.setDate(QDate(2026, 11, 2))
        ok = button(dialog, QDialogButtonBox.StandardButton.Ok)
        ok.click()  # no reason for a suspension
        seen["empty"] = shown(dialog.error)
        qtbot.keyClicks(dialog.reason, "x" * 401)
        ok.click()
        seen["long"] = shown(dialog.error)
        seen["unchanged"] = member_service.get_member(uow(), member.id).status.value
        dialog.reason.setPlainText(f"Cotisation 2026 impayée {MARKUP}")
        ok.click()

    when_shown(StatusDialog, refuse_then_suspend)
    change.click()
    assert seen == {"empty": "Indiquez le motif de ce changement de statut.",
                    "long": "Saisissez au plus 400 caractères.", "unchanged": "active"}
    details = member_service.get_member(uow(), member.id)
    assert details.status is MemberStatus.SUSPENDED
    assert [(c.status, c.effective_date, c.reason) for c in details.status_history] == [
        (MemberStatus.SUSPENDED, date(2026, 11, 2), "Cotisation 2026 impayée <b>&")]
    assert "02/11/2026 : Suspendu – Cotisation 2026 impayée <b>&" in shown(record.status_label)

    def reinstate(dialog: StatusDialog) -> None:
        assert dialog.status.currentData() == MemberStatus.ACTIVE
        dialog.effective.setDate(QDate(2026, 11, 16))
        type_text(dialog.reason, f"Régularisé par {ARABIC}")
        button(dialog, QDialogButtonBox.StandardButton.Ok).click()

    when_shown(StatusDialog, reinstate)
    change.click()
    details = member_service.get_member(uow(), member.id)
    assert details.status is MemberStatus.ACTIVE
    assert details.status_history[-1].reason == f"Régularisé par {ARABIC}"
    assert f"16/11/2026 : Actif – Régularisé par {ARABIC}" in shown(record.status_label)
    record.reject()


# -- a guest, from the guests panel of a meeting's sheet ------------------------------------------


def _open_sheet(qtbot, window):
    uow = window.context.uow
    held = [m for m in meetings.list_meetings(uow(), date(2026, 10, 1), date(2026, 11, 22)) if m.chapter_id]
    meeting = held[-1]
    window.show_page("meetings")
    page = window.page("meetings")
    page.select(meeting.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.sheet.isVisible() and page.sheet.sheet.meeting.id == meeting.id
    return page.sheet, meeting.id


def test_a_guest_is_recorded_as_typed_and_an_empty_or_too_long_entry_is_refused(main_window, qtbot) -> None:
    sheet, meeting_id = _open_sheet(qtbot, main_window)
    uow = main_window.context.uow
    before = guests.list_guests(uow(), meeting_id)
    contacts_before = len(contacts.list_contacts(uow()))
    seen: dict[str, object] = {}

    def refuse_then_save(dialog: GuestDialog) -> None:
        save = button(dialog, QDialogButtonBox.StandardButton.Save)
        qtbot.keyClicks(dialog.fields["first_name"], f"Yasmine {MARKUP}")
        save.click()  # no last name
        seen["empty"] = (shown(dialog.error), dialog.focusWidget() is dialog.fields["last_name"])
        type_text(dialog.fields["last_name"], ARABIC)
        qtbot.keyClicks(dialog.fields["company"], "C" * 161)
        save.click()
        seen["long"] = (shown(dialog.error), dialog.focusWidget() is dialog.fields["company"])
        seen["saved"] = len(guests.list_guests(uow(), meeting_id)), len(contacts.list_contacts(uow()))
        dialog.fields["company"].setText("Tom & Jerry <b>SARL</b>")
        dialog.invited_by.setCurrentIndex(1)
        seen["inviter"] = dialog.invited_by.currentData()
        save.click()

    when_shown(GuestDialog, refuse_then_save)
    sheet.guests.add_button.click()
    assert seen["empty"] == ("Ce champ est obligatoire.", True)
    assert seen["long"] == ("Saisissez au plus 160 caractères.", True)
    assert seen["saved"] == (len(before), contacts_before)
    after = guests.list_guests(uow(), meeting_id)
    assert len(after) == len(before) + 1
    added = next(g for g in after if g.last_name == ARABIC)
    assert (added.first_name, added.company) == (f"Yasmine {MARKUP}", "Tom & Jerry <b>SARL</b>")
    assert added.invited_by_id == seen["inviter"] and seen["inviter"] in {r.member_id for r in sheet.model.all_rows}
    panel = sheet.guests
    assert shown(panel.note) == f"Yasmine {MARKUP} {ARABIC} est un nouveau contact, à rappeler."
    names = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert f"Yasmine {MARKUP} {ARABIC}" in names

    def the_same_guest_again(dialog: GuestDialog) -> None:
        dialog.fields["first_name"].setText(f"Yasmine {MARKUP}")
        dialog.fields["last_name"].setText(ARABIC)
        dialog.fields["company"].setText("Tom & Jerry <b>SARL</b>")
        button(dialog, QDialogButtonBox.StandardButton.Save).click()
        seen["again"] = shown(dialog.error)

    when_shown(GuestDialog, the_same_guest_again)
    sheet.guests.add_button.click()
    assert seen["again"] == f"Yasmine {MARKUP} {ARABIC} figure déjà parmi les invités de cette réunion."
    assert len(guests.list_guests(uow(), meeting_id)) == len(before) + 1


# -- the chapters and sectors, from the File menu -------------------------------------------------


def _add_sector(qtbot, lists: ReferenceListsDialog, name: str) -> str | None:
    """Add… a sector named ``name`` as typed in the question; the warning shown, if any."""
    warnings: list[str] = []

    def answer(question: QInputDialog) -> None:
        when_shown(QMessageBox, lambda box: warnings.append(message_of(box)))
        question.setTextValue(name)
        question.accept()

    when_shown(QInputDialog, answer)
    lists.sectors.add_button.click()
    return warnings[0] if warnings else None


def test_sectors_are_added_as_typed_and_an_empty_long_or_repeated_name_is_refused(main_window, qtbot) -> None:
    uow = main_window.context.uow
    before = [item.name for item in reference.list_items(uow(), "sector")]
    action = next(a for a in main_window.findChildren(QAction) if a.objectName() == "reference_lists")
    seen: dict[str, str | None] = {}

    def add_sectors(lists: ReferenceListsDialog) -> None:
        for key, name in (("empty", "   "), ("long", "S" * 81), ("markup", f"Import {MARKUP} Export"),
                          ("arabic", "الصناعة التقليدية"), ("again", f"IMPORT {MARKUP} EXPORT")):
            seen[key] = _add_sector(qtbot, lists, name)
        seen["listed"] = "\n".join(lists.sectors.list.item(row).text() for row in range(lists.sectors.list.count()))

    when_shown(ReferenceListsDialog, add_sectors)
    action.trigger()
    listed = seen.pop("listed")
    assert seen == {"empty": "Ce champ est obligatoire.", "long": "Saisissez au plus 80 caractères.",
                    "markup": None, "arabic": None,
                    "again": f"«\u00a0Import {MARKUP} Export\u00a0» figure déjà dans la liste."}
    after = [item.name for item in reference.list_items(uow(), "sector")]
    assert sorted(after) == sorted([*before, f"Import {MARKUP} Export", "الصناعة التقليدية"])
    assert f"Import {MARKUP} Export  ·  0 utilisation(s)" in str(listed).split("\n")

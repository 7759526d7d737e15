"""Issue 4's remaining screens: editing and deleting a referral, presentations, contact history
and a contact joining the club, driven as the secretary uses them.

Set ``I4_SHOTS=1`` to save a picture of each new dialog under /tmp (i4_*.png).
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from app.domain.business import PresentationKind, ReferralStatus, Temperature
from app.domain.enums import MemberStatus
from app.domain.errors import NotFoundError
from app.services import business, business_stats, contacts, meetings, referrals
from app.services import members as member_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _shot(widget, name: str) -> None:
    if os.environ.get("I4_SHOTS"):
        widget.grab().save(f"/tmp/i4_{name}.png")


def _select(page, referral_id: int) -> None:
    source = page.model.row_of(lambda r: r.id == referral_id)
    assert source >= 0
    index = page.proxy.mapFromSource(page.model.index(source, 0))
    page.table.setCurrentIndex(index)


def _active_members(window) -> list:
    rows = [m for m in member_service.list_members(window.context.uow())
            if m.status is MemberStatus.ACTIVE and m.join_date < date(2026, 1, 1)]
    return sorted(rows, key=lambda m: m.number)


def _click_when_shown(qtbot, object_name: str, clicked: list) -> None:
    """Click the button ``object_name`` of the message box once it is up (it runs its own loop)."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        button = box.findChild(QPushButton, object_name) if box is not None else None
        if button is None:
            QTimer.singleShot(20, attempt)
            return
        clicked.append([b.text() for b in box.findChildren(QPushButton)])
        button.click()

    QTimer.singleShot(0, attempt)


# ------------------------------------------------------------------------- editing a referral


def _internal_referral(window, *, with_business: bool):
    rows = referrals.referral_journal(window.context.uow()).rows
    return next(r for r in rows if r.receiver_member_id is not None and bool(r.closed_amount) == with_business
                and r.date > date(2026, 3, 1))


def test_edit_referral_from_the_journal(main_window, qtbot):
    page = main_window.page("referrals")
    main_window.show_page("referrals")
    row = _internal_referral(main_window, with_business=False)
    _select(page, row.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.referral_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.giver.member_id() == row.giver_id and dialog.receiver.member_id() == row.receiver_member_id
    assert dialog.closed.rowCount() == 0

    # Bad input: a referral to oneself. Message under the form, nothing saved.
    dialog.receiver.set_member(row.giver_id)
    dialog.need.setPlainText("Changed but refused")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert referrals.get_referral(main_window.context.uow(), row.id).need == row.need

    # A prospect typed that is not in the directory is refused too.
    dialog.receiver.set_member(row.receiver_member_id)
    dialog.prospect.setText("Nobody in the directory xyz")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert referrals.get_referral(main_window.context.uow(), row.id).need == row.need

    # Correct: to a non-member, with a new need and temperature.
    beneficiary = contacts.list_contacts(main_window.context.uow())[0]
    dialog.prospect.clear()
    dialog.external.setChecked(True)
    dialog.beneficiary.setText(beneficiary.name)
    dialog.need.setPlainText("Audit énergétique de l'usine")
    dialog.temperature.setCurrentIndex(dialog.temperature.findData(Temperature.HOT))
    _shot(dialog, "referral_dialog")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.error.text()
    saved = referrals.get_referral(main_window.context.uow(), row.id)
    assert saved.need == "Audit énergétique de l'usine" and saved.temperature is Temperature.HOT
    assert saved.receiver_member_id is None and saved.receiver_contact_id == beneficiary.id
    # The journal reloaded.
    shown = page.model.all_rows[page.model.row_of(lambda r: r.id == row.id)]
    assert shown.need == saved.need and shown.receiver_contact_id == beneficiary.id


def test_edit_by_double_click_shows_linked_business(main_window, qtbot, message_boxes):
    page = main_window.page("referrals")
    main_window.show_page("referrals")
    row = _internal_referral(main_window, with_business=True)
    _select(page, row.id)
    page.table.scrollTo(page.table.currentIndex())
    rect = page.table.visualRect(page.table.currentIndex())
    # Qt 6 item views only take a double-click on the item that was pressed first.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.referral_dialog
    qtbot.waitUntil(dialog.isVisible)
    linked = business.referral_closed_business(main_window.context.uow(), row.id)
    assert dialog.closed.rowCount() == len(linked) > 0
    assert dialog.closed.item(0, 0).text()
    _shot(dialog, "referral_dialog_business")

    # Won back to "passed" goes backwards: asked first; refused, nothing saved.
    status = referrals.get_referral(main_window.context.uow(), row.id).status
    dialog.status.setCurrentIndex(dialog.status.findData(ReferralStatus.PASSED))
    dialog.save()
    assert message_boxes.texts and dialog.isVisible() and dialog.error.isVisible()
    assert referrals.get_referral(main_window.context.uow(), row.id).status is status
    dialog.reject()


def test_delete_referral_with_business_cancel_keep_or_delete(main_window, qtbot, message_boxes):
    uow = main_window.context.uow
    page = main_window.page("referrals")
    main_window.show_page("referrals")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with_business = [r for r in referrals.referral_journal(uow()).rows if r.closed_amount]
    first, second = with_business[0], with_business[1]
    first_business = [c.id for c in business.referral_closed_business(uow(), first.id)]
    before = page.model.total_count

    # Cancel: nothing changes.
    clicked: list = []
    _select(page, first.id)
    _click_when_shown(qtbot, "cancel_delete", clicked)
    page.delete_current()
    assert len(clicked[0]) == 3  # keep (detached), delete too, cancel
    assert referrals.get_referral(uow(), first.id)
    assert page.model.total_count == before

    # Keep the closed business, detached from the referral.
    _click_when_shown(qtbot, "keep_business", clicked)
    page.delete_current()
    with pytest.raises(NotFoundError):
        referrals.get_referral(uow(), first.id)
    kept = {c.id: c for c in business.list_closed_business(uow())}
    assert all(cid in kept and kept[cid].referral_id is None for cid in first_business)
    assert page.model.total_count == before - 1

    # From the edit dialog: delete the business too.
    second_business = [c.id for c in business.referral_closed_business(uow(), second.id)]
    _select(page, second.id)
    page.edit_current()
    dialog = page.referral_dialog
    _click_when_shown(qtbot, "delete_business", clicked)
    dialog.delete_button.click()
    assert not dialog.isVisible()
    with pytest.raises(NotFoundError):
        referrals.get_referral(uow(), second.id)
    remaining = {c.id for c in business.list_closed_business(uow())}
    assert not remaining & set(second_business)
    assert page.model.total_count == before - 2


# ------------------------------------------------------------------------------ presentations


def test_presentation_from_quick_entry_counts_for_the_member(main_window, qtbot):
    uow = main_window.context.uow
    member = _active_members(main_window)[0]
    start, end = date(2026, 1, 1), date.today()
    before = business_stats.member_business_summary(uow(), member.id, start, end).presentations
    network = main_window.page("network")
    listed = network.presentations.total_count

    page = main_window.page("referrals")
    main_window.show_page("referrals")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "quick_entry", None) is not None and page.quick_entry.isVisible())
    dialog = page.quick_entry
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 3
    form = dialog.presentation

    # No member: message in the dialog, nothing saved.
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert form.error.isVisible()

    form.member.setFocus()
    qtbot.keyClicks(form.member, str(member.number))
    form.member.completer().popup().hide()
    form.kind.setCurrentIndex(form.kind.findData(PresentationKind.FULL))
    form.title.setFocus()
    qtbot.keyClicks(form.title, "Nos solutions de financement")
    _shot(dialog, "quick_entry_presentation")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert not form.error.isVisible(), form.error.text()
    assert dialog.isVisible() and form.title.text() == ""

    after = business_stats.member_business_summary(uow(), member.id, start, end).presentations
    assert after == before + 1
    assert network.presentations.total_count == listed + 1  # the network page's list reloaded
    recorded = business.list_presentations(uow(), member_id=member.id)[0]
    assert recorded.kind is PresentationKind.FULL and recorded.title == "Nos solutions de financement"
    dialog.close()


def test_presentation_at_a_meeting_from_the_toolbar_then_deleted(main_window, qtbot, message_boxes):
    uow = main_window.context.uow
    members = _active_members(main_window)
    held = [m for m in meetings.list_meetings(uow(), date(2026, 2, 1), date.today() - timedelta(days=1))
            if m.chapter_id is not None]
    meeting = held[0]
    member = next(m for m in members if m.chapter_id == meeting.chapter_id)

    page = main_window.page("referrals")
    main_window.show_page("referrals")
    page.findChild(QPushButton, "record_presentation").click()
    dialog = page.presentation_dialog
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    form.set_day(meeting.date)
    form.member.set_member(member.id)
    assert form.meeting.currentData() == meeting.id  # the member's chapter meeting that day
    form.title.setText("Pitch export")
    _shot(dialog, "presentation_dialog")
    dialog.save()
    assert not dialog.isVisible(), form.error.text()
    row = business.list_presentations(uow(), meeting.date, meeting.date, member_id=member.id)[0]
    assert row.meeting_id == meeting.id and row.kind is PresentationKind.PITCH

    network = main_window.page("network")
    main_window.show_page("network")
    network.tabs.setCurrentIndex(2)
    source = network.presentations.row_of(lambda p: p.id == row.id)
    assert source >= 0
    network.presentations_view.setCurrentIndex(network.presentations.index(source, 0))
    count = network.presentations.total_count
    _shot(network, "network_presentations")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    network.findChild(QPushButton, "delete_presentation").click()
    assert network.presentations.total_count == count - 1
    assert not business.list_presentations(uow(), meeting.date, meeting.date, member_id=member.id)


# ---------------------------------------------------------------------------------- contacts


def test_contact_history_and_becoming_a_member(main_window, qtbot, message_boxes):
    uow = main_window.context.uow
    candidates = [c for c in contacts.list_contacts(uow()) if c.member_id is None and c.last_name
                  and c.first_name and (c.referrals or c.visits)]
    contact, history = next(
        (c, h) for c in candidates if (h := contacts.contact_history(uow(), c.id)).links)
    page = main_window.page("contacts")
    main_window.show_page("contacts")
    page.search.setText(contact.name)
    source = page.model.row_of(lambda r: r.id == contact.id)
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(source, 0)))
    page.open_current()
    dialog = page.contact_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.history.rowCount() == len(history.links)
    assert dialog.history.item(0, 1).text().startswith(str(history.links[0].member_number))
    assert str(contact.referrals) in dialog.history_summary.text()
    assert dialog.join_button.isEnabled()
    _shot(dialog, "contact_dialog")

    members_before = len(member_service.list_members(uow()))
    dialog.join_button.click()
    join = dialog.join_dialog
    qtbot.waitUntil(join.isVisible)
    assert contact.last_name in join.findChild(type(join.error), "join_who").text()
    _shot(join, "join_dialog")
    ok = join.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)

    # No chapter chosen: message, no member created.
    ok.click()
    assert join.isVisible() and join.error.isVisible()
    assert len(member_service.list_members(uow())) == members_before

    message_boxes.answer = QMessageBox.StandardButton.Yes
    join.chapter.setCurrentIndex(1)
    if not join.fields["company"].text():
        join.fields["company"].setText("Atlas Conseil")
    ok.click()
    assert not join.isVisible(), join.error.text()
    member_id = join.member_id
    assert member_id is not None
    assert len(member_service.list_members(uow())) == members_before + 1
    details = member_service.get_member(uow(), member_id)
    assert (details.data.first_name, details.data.last_name) == (contact.first_name, contact.last_name)

    # Linked, and the history stays attached to the contact, now a member.
    assert contacts.get_contact(uow(), contact.id).member_id == member_id
    assert contacts.contact_history(uow(), contact.id).links == history.links
    assert dialog.member.member_id() == member_id and not dialog.join_button.isEnabled()
    assert dialog.history.rowCount() == len(history.links)

    # Saving the contact afterwards keeps the link.
    dialog.save()
    assert not dialog.isVisible(), dialog.error.text()
    assert contacts.get_contact(uow(), contact.id).member_id == member_id

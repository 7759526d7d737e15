"""Referral journal, quick entry, network and contacts driven as the secretary uses them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.business import ReferralStatus, Scope
from app.domain.enums import MemberStatus
from app.services import members as member_service
from app.services import referrals

# The offscreen platform cannot raise or grab the completer's pop-up; a real screen can.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _active_pair(window) -> tuple:
    rows = [m for m in member_service.list_members(window.context.uow())
            if m.status is MemberStatus.ACTIVE and m.join_date < date(2026, 1, 1)]
    rows.sort(key=lambda m: m.number)
    return rows[0], rows[1]


def _quick_entry(qtbot, page):
    page.window().show_page("referrals")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "quick_entry", None) is not None and page.quick_entry.isVisible())
    qtbot.waitUntil(page.quick_entry.isActiveWindow)
    return page.quick_entry


def _type_member(qtbot, field, member) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, str(member.number))
    field.completer().popup().hide()
    assert field.member_id() == member.id


def test_models_are_correct_qt_models(main_window, qtmodeltester):
    qtmodeltester.check(main_window.page("referrals").model)
    qtmodeltester.check(main_window.page("referrals").proxy)
    network = main_window.page("network")
    qtmodeltester.check(network.matrix)
    qtmodeltester.check(network.months)
    qtmodeltester.check(main_window.page("contacts").model)


def test_journal_shows_the_demo_year_with_totals(main_window):
    page = main_window.page("referrals")
    assert page.model.total_count > 1000
    assert "MAD" in page.totals_label.text()


def test_journal_filter_updates_totals(main_window, qtbot):
    page = main_window.page("referrals")
    everything = list(page.model.all_rows)
    page.status.setCurrentIndex(page.status.findData(ReferralStatus.WON))
    won = [r for r in everything if r.status is ReferralStatus.WON]
    assert page.proxy.rowCount() == len(won) > 0
    amount = sum((r.closed_amount for r in won), Decimal("0.00"))
    assert page.totals_label.text().startswith(f"{len(won)} ")
    from app.formatting import format_money

    assert format_money(amount) in page.totals_label.text()

    page.status.setCurrentIndex(0)
    page.scope.setCurrentIndex(page.scope.findData(Scope.EXTERNAL))
    external = [r for r in everything if r.receiver_member_id is None]
    assert page.proxy.rowCount() == len(external)
    assert "(100" in page.totals_label.text()  # every shown referral is external

    page.scope.setCurrentIndex(0)
    giver = everything[0]
    qtbot.keyClicks(page.giver, str(giver.giver_number))
    page.giver.completer().popup().hide()
    assert page.proxy.rowCount() == sum(1 for r in everything if r.giver_id == giver.giver_id)


def test_quick_entry_by_keyboard(main_window, qtbot):
    page = main_window.page("referrals")
    before = page.model.total_count
    giver, receiver = _active_pair(main_window)
    dialog = _quick_entry(qtbot, page)

    _type_member(qtbot, dialog.giver, giver)
    _type_member(qtbot, dialog.receiver, receiver)
    qtbot.keyClick(dialog.receiver, Qt.Key.Key_Tab)
    dialog.need.setFocus()
    qtbot.keyClicks(dialog.need, "Audit social")
    qtbot.keyClick(dialog.need, Qt.Key.Key_Return)

    assert dialog.isVisible()  # stays open for the next referral
    assert "Audit social" not in dialog.need.text() and dialog.receiver.text() == ""
    assert dialog.giver.member_id() == giver.id  # the giver is kept
    assert int(QSettings().value("quick_entry/giver")) == giver.id
    assert page.model.total_count == before + 1
    newest = referrals.referral_journal(main_window.context.uow()).rows
    assert any(r.need == "Audit social" and r.receiver_member_id == receiver.id for r in newest)

    # A referral to oneself: message in the dialog, nothing saved.
    _type_member(qtbot, dialog.receiver, giver)
    qtbot.keyClick(dialog.receiver, Qt.Key.Key_Return)
    assert dialog.referral_error.isVisible()
    assert page.model.total_count == before + 1

    # Ctrl+2: closed business, keyboard only.
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 1
    _type_member(qtbot, dialog.closed_receiver, receiver)
    _type_member(qtbot, dialog.closed_giver, giver)
    assert dialog.from_referral.currentData() is not None  # the referral just passed is offered
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "12 500,50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.closed_error.isVisible(), dialog.closed_error.text()
    assert dialog.amount.text() == ""
    journal = referrals.referral_journal(main_window.context.uow()).rows
    assert any(r.need == "Audit social" and r.closed_amount == Decimal("12500.50")
               and r.status is ReferralStatus.WON for r in journal)

    # Ctrl+3: one-to-one.
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    _type_member(qtbot, dialog.member_a, giver)
    _type_member(qtbot, dialog.member_b, receiver)
    qtbot.keyClick(dialog.member_b, Qt.Key.Key_Return)
    assert not dialog.one_to_one_error.isVisible(), dialog.one_to_one_error.text()
    assert dialog.member_b.text() == ""


def test_quick_entry_asks_before_a_huge_amount(main_window, qtbot, message_boxes):

    page = main_window.page("referrals")
    giver, receiver = _active_pair(main_window)
    dialog = _quick_entry(qtbot, page)
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    _type_member(qtbot, dialog.closed_receiver, receiver)
    _type_member(qtbot, dialog.closed_giver, giver)
    dialog.from_referral.setCurrentIndex(0)
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "250000000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert message_boxes.texts and dialog.closed_error.isVisible() and dialog.amount.text() == "250000000"


@pytest.mark.parametrize("key", ["network", "contacts"])
def test_pages_show_the_demo(main_window, key):
    page = main_window.page(key)
    if key == "network":
        assert page.matrix.rowCount() > 10 and page.matrix.rowCount() == page.matrix.columnCount()
        assert page.months.rowCount() >= 12
        assert page.top.rowCount() == 10
        assert "%" in page.club_summary.text()
    else:
        assert page.model.total_count >= 250
        page.kind.setCurrentIndex(page.kind.findText(page.kind.itemText(4)))  # principal companies
        assert 0 < page.proxy.rowCount() < page.model.total_count


def _tab(qtbot, dialog, key=Qt.Key.Key_Tab):
    qtbot.keyClick(dialog.focusWidget(), key)
    return dialog.focusWidget()


def test_quick_entry_tab_follows_the_fields_as_shown(main_window, qtbot):
    page = main_window.page("referrals")
    giver, _receiver = _active_pair(main_window)
    dialog = _quick_entry(qtbot, page)
    dialog.giver.setFocus()
    assert dialog.focusWidget() is dialog.giver
    # The non-member's name is off until the box is ticked: Tab passes over it.
    assert [_tab(qtbot, dialog) for _ in range(5)] == [
        dialog.receiver, dialog.external, dialog.prospect, dialog.need, dialog.temperature]
    assert _tab(qtbot, dialog, Qt.Key.Key_Backtab) is dialog.need
    dialog.external.setFocus()
    qtbot.keyClick(dialog.external, Qt.Key.Key_Space)
    assert dialog.external.isChecked() and dialog.focusWidget() is dialog.external
    assert [_tab(qtbot, dialog) for _ in range(4)] == [
        dialog.contact, dialog.prospect, dialog.need, dialog.temperature]


def test_quick_entry_records_the_prospect_and_starts_each_referral_warm(main_window, qtbot):
    from app.domain.business import Temperature
    from app.services import contacts

    page = main_window.page("referrals")
    giver, receiver = _active_pair(main_window)
    prospect = next(c for c in contacts.list_contacts(main_window.context.uow()) if c.name.isascii())
    dialog = _quick_entry(qtbot, page)
    assert dialog.temperature.currentData() == Temperature.WARM
    _type_member(qtbot, dialog.giver, giver)
    _type_member(qtbot, dialog.receiver, receiver)
    dialog.prospect.setFocus()
    qtbot.keyClicks(dialog.prospect, prospect.name)
    dialog.prospect.completer().popup().hide()
    dialog.need.setFocus()
    qtbot.keyClicks(dialog.need, "Flotte de vehicules")
    dialog.temperature.setCurrentIndex(dialog.temperature.findData(Temperature.HOT))
    qtbot.keyClick(dialog.need, Qt.Key.Key_Return)
    assert not dialog.referral_error.isVisible(), dialog.referral_error.text()

    saved = next(r for r in referrals.referral_journal(main_window.context.uow()).rows
                 if r.need == "Flotte de vehicules")
    assert (saved.prospect_id, saved.prospect_name) == (prospect.id, prospect.name)
    assert saved.temperature is Temperature.HOT
    # Ready for the next referral: no prospect, and warm again rather than the last one's heat.
    assert dialog.prospect.text() == ""
    assert dialog.temperature.currentData() == Temperature.WARM
    line = page.model.row_of(lambda r: r.id == saved.id)  # the journal's Prospect column shows it
    assert page.model.index(line, 5).data() == prospect.name
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Prospect"

    # A prospect the directory does not know: said under the form, nothing recorded.
    count = len(referrals.referral_journal(main_window.context.uow()).rows)
    _type_member(qtbot, dialog.receiver, receiver)
    dialog.prospect.setFocus()
    qtbot.keyClicks(dialog.prospect, "Societe inconnue zz")
    dialog.prospect.completer().popup().hide()
    qtbot.keyClick(dialog.prospect, Qt.Key.Key_Return)
    assert dialog.referral_error.isVisible() and dialog.focusWidget() is dialog.prospect
    assert len(referrals.referral_journal(main_window.context.uow()).rows) == count

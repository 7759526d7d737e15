"""The closed-business page and form, driven as the secretary corrects a deal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain.business import ReferralStatus
from app.services import business, referrals
from app.services.referrals import LinkedBusiness
from ui.widgets import form

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _page(window):
    window.show_page("closed_business")
    return window.page("closed_business")


def _select(page, closed_id: int) -> None:
    line = page.model.row_of(lambda r: r.id == closed_id)
    assert line >= 0
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(line, 0)))
    page.table.setFocus()


def _open(qtbot, page, closed_id: int):
    _select(page, closed_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.deal_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_page_lists_the_closed_business_of_the_period(main_window, qtbot):
    page = _page(main_window)
    titles = [main_window.sidebar.item(i).text() for i in range(main_window.sidebar.count())]
    assert titles[titles.index("Recommandations") + 1] == "Affaires conclues"
    start, end = page.filters.period()
    stored = business.list_closed_business(main_window.context.uow(), start, end)
    assert len(stored) > 100 and page.proxy.rowCount() == len(stored)
    total = sum((r.amount for r in stored), Decimal("0.00"))
    from app.formatting import format_money

    assert page.totals_label.text() == f"{len(stored)} affaires conclues, {format_money(total)}"
    linked = next(r for r in stored if r.referral_id is not None)
    line = page.model.row_of(lambda r: r.id == linked.id)
    assert page.model.index(line, 6).data().endswith(linked.referral_need)

    # The journal's filters: the member who closed it, then the chapter, then a search.
    qtbot.keyClicks(page.filters.receiver, str(linked.receiver_number))
    page.filters.receiver.completer().popup().hide()
    theirs = [r for r in stored if r.receiver_id == linked.receiver_id]
    assert page.proxy.rowCount() == len(theirs) > 0
    assert {page.proxy.row_at(i).id for i in range(page.proxy.rowCount())} == {r.id for r in theirs}
    page.filters.receiver.clear()
    page.filters.chapter.setCurrentIndex(page.filters.chapter.findData(linked.receiver_chapter_id))
    chapter = [r for r in stored if r.receiver_chapter_id == linked.receiver_chapter_id]
    assert 0 < page.proxy.rowCount() == len(chapter) < len(stored)
    page.filters.chapter.setCurrentIndex(0)
    page.search.setText(linked.giver_name)
    shown = {page.proxy.row_at(i).id for i in range(page.proxy.rowCount())}
    assert linked.id in shown and len(shown) < len(stored)


def test_correct_a_deal_from_the_list(main_window, qtbot, monkeypatch):
    page = _page(main_window)
    row = page.proxy.row_at(3)
    dialog = _open(qtbot, page, row.id)
    assert dialog.focusWidget() is dialog.day  # the first field has the focus
    assert dialog.receiver.member_id() == row.receiver_id and dialog.giver.member_id() == row.giver_id
    assert dialog.referral.currentData() == row.referral_id

    # A refused amount: said under the field, nothing saved.
    dialog.amount.setFocus()
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "douze")
    dialog.save()
    assert dialog.isVisible() and dialog.errors["amount"].isVisible()
    assert business.get_closed_business(main_window.context.uow(), row.id) == row

    # Escape with changes asks first; Cancel keeps the form open.
    monkeypatch.setattr(form, "ask_unsaved_changes", lambda _parent: form.UnsavedChoice.STAY)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()

    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "12 345,60")
    dialog.repeat.setChecked(row.is_new)
    dialog.save()
    assert not dialog.isVisible()
    stored = business.get_closed_business(main_window.context.uow(), row.id)
    assert (stored.amount, stored.is_new, stored.referral_id) == (Decimal("12345.60"), not row.is_new,
                                                                   row.referral_id)
    line = page.model.row_of(lambda r: r.id == row.id)
    assert page.model.all_rows[line].amount == Decimal("12345.60")  # the list shows the correction


def test_a_deal_whose_referral_was_deleted_still_opens(main_window, qtbot):
    page = _page(main_window)
    row = next(page.proxy.row_at(i) for i in range(page.proxy.rowCount()) if page.proxy.row_at(i).referral_id)
    # Deleted elsewhere (another window, another computer) while the list still shows it.
    referrals.delete_referral(main_window.context.uow(), row.referral_id, LinkedBusiness.DETACH)
    dialog = _open(qtbot, page, row.id)
    assert dialog.referral.currentData() is None
    assert dialog.amount.text() and dialog.receiver.member_id() == row.receiver_id
    dialog.notes.setPlainText("Recommandation supprimée")
    dialog.save()
    assert not dialog.isVisible(), [e.text() for e in dialog.errors.values() if e.isVisible()]
    stored = business.get_closed_business(main_window.context.uow(), row.id)
    assert (stored.notes, stored.referral_id, stored.amount) == ("Recommandation supprimée", None, row.amount)


def test_linking_a_deal_to_an_open_referral_wins_it(main_window, qtbot):
    page = _page(main_window)
    journal = referrals.referral_journal(main_window.context.uow()).rows
    deals = {r.id: r for r in page.model.all_rows}
    for deal in deals.values():
        open_ref = next((ref for ref in journal if ref.status is ReferralStatus.PASSED
                         and ref.giver_id == deal.giver_id and ref.receiver_member_id == deal.receiver_id
                         and ref.date <= deal.date and ref.id != deal.referral_id), None)
        if open_ref is not None:
            break
    else:
        pytest.skip("no open referral between the members of a deal in the demo")
    dialog = _open(qtbot, page, deal.id)
    index = dialog.referral.findData(open_ref.id)
    assert index > 0
    dialog.referral.setCurrentIndex(index)
    dialog.save()
    assert not dialog.isVisible()
    assert business.get_closed_business(main_window.context.uow(), deal.id).referral_id == open_ref.id
    assert referrals.get_referral(main_window.context.uow(), open_ref.id).status is ReferralStatus.WON

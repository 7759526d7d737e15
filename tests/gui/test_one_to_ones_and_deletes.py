"""Deleting what was entered by mistake: a closed business from its form, a one-to-one from the
network page's list, including a record someone else deleted meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import update

from app import formatting
from app.db.models import Member
from app.domain.business import member_name
from app.domain.errors import NotFoundError
from app.services import business

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MARKUP = "<b>Sara & Co"
ARABIC = "الفاسي"
GONE = "Cette fiche n’existe plus."


def _rename(window, member_id: int) -> str:
    """Give a member a name that reads as markup, in Arabic script, as the secretary typed it."""
    with window.context.uow() as uow:
        uow.session.execute(update(Member).where(Member.id == member_id).values(
            first_name=MARKUP, last_name=ARABIC))
        uow.commit()
    window.context.data_changed.emit("all")
    return member_name(MARKUP, ARABIC)


# ---------------------------------------------------------------------------- closed business


def _closed_page(window):
    window.show_page("closed_business")
    return window.page("closed_business")


def _open_deal(qtbot, page, closed_id: int):
    line = page.model.row_of(lambda r: r.id == closed_id)
    assert line >= 0
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(line, 0)))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.deal_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _listed(page, closed_id: int) -> bool:
    return page.model.row_of(lambda r: r.id == closed_id) >= 0


def test_delete_a_closed_business_from_its_form(main_window, qtbot, message_boxes):
    page = _closed_page(main_window)
    uow = main_window.context.uow
    row = next(page.proxy.row_at(i) for i in range(page.proxy.rowCount()) if page.proxy.row_at(i).giver_id)
    receiver = _rename(main_window, row.receiver_id)
    dialog = _open_deal(qtbot, page, row.id)
    remove = dialog.findChild(QPushButton, "delete_closed_business")
    assert remove.text() == "Supprimer…"

    # No keeps it: the question names the business as stored, the name read as typed.
    remove.click()
    shown = message_boxes.shown[-1]
    assert shown.plain and shown.text == (
        f"Supprimer l’affaire conclue de {formatting.format_money(row.amount)} par {receiver} "
        f"grâce à {row.giver_name} le {formatting.format_date(row.date)} ?")
    assert dialog.isVisible() and business.get_closed_business(uow(), row.id).id == row.id

    message_boxes.answer = QMessageBox.StandardButton.Yes
    remove.click()
    assert not dialog.isVisible()
    with pytest.raises(NotFoundError):
        business.get_closed_business(uow(), row.id)
    assert not _listed(page, row.id)  # the list shows it gone


def test_a_closed_business_deleted_meanwhile_is_refused_cleanly(main_window, qtbot, message_boxes):
    page = _closed_page(main_window)
    uow = main_window.context.uow
    row = page.proxy.row_at(0)
    dialog = _open_deal(qtbot, page, row.id)
    business.delete_closed_business(uow(), row.id)  # another secretary, on another computer
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.findChild(QPushButton, "delete_closed_business").click()
    assert message_boxes.texts[-2] == (f"Supprimer l’affaire conclue de {formatting.format_money(row.amount)} "
                                       f"par {row.receiver_name} grâce à {row.giver_name} le "
                                       f"{formatting.format_date(row.date)} ?")
    assert message_boxes.shown[-1].icon == QMessageBox.Icon.Warning and message_boxes.texts[-1] == GONE
    assert not dialog.isVisible() and not _listed(page, row.id)


# ------------------------------------------------------------------------------- one-to-ones


def _one_to_ones(window):
    window.show_page("network")
    page = window.page("network")
    page.tabs.setCurrentIndex(3)
    return page


def _select(page, one_to_one_id: int) -> None:
    line = page.one_to_ones.row_of(lambda o: o.id == one_to_one_id)
    assert line >= 0
    page.one_to_ones_view.setCurrentIndex(page.one_to_ones.index(line, 0))


def _shown(page) -> set[int]:
    return {row.id for row in page.one_to_ones.all_rows}


def test_the_network_page_lists_the_one_to_ones_of_the_period(main_window, qtbot):
    page = _one_to_ones(main_window)
    assert page.tabs.tabText(3) == "Tête-à-tête"
    start, end = page.start.date().toPython(), page.end.date().toPython()
    stored = business.list_one_to_ones(main_window.context.uow(), start, end)
    assert len(stored) > 10 and _shown(page) == {o.id for o in stored}
    assert page.one_to_ones_summary.text() == f"{len(stored)} tête-à-tête sur la période"
    headers = [page.one_to_ones.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Date", "Membre", "Avec", "Antenne", "Notes"]

    # Names as typed, markup and Arabic script included.
    first = stored[0]
    name = _rename(main_window, first.member_a_id)
    line = page.one_to_ones.row_of(lambda o: o.id == first.id)
    assert page.one_to_ones.index(line, 1).data() == f"{first.member_a_number} {name}"
    assert page.one_to_ones.index(line, 0).data() == formatting.format_date(first.date)
    assert page.one_to_ones.index(line, 3).data() in (first.member_a_chapter,
                                                      f"{first.member_a_chapter} / {first.member_b_chapter}")

    # The page's period filters this tab too.
    page.start.setDate(end)
    assert _shown(page) == {o.id for o in stored if o.date == end}


def test_delete_a_one_to_one_from_the_list(main_window, qtbot, message_boxes):
    page = _one_to_ones(main_window)
    uow = main_window.context.uow
    row = page.one_to_ones.all_rows[0]
    name = _rename(main_window, row.member_b_id)
    _select(page, row.id)
    remove = page.findChild(QPushButton, "delete_one_to_one")
    remove.click()
    assert message_boxes.shown[-1].plain and message_boxes.texts[-1] == (
        f"Supprimer le tête-à-tête de {row.member_a_name} et {name} du {formatting.format_date(row.date)} ?")
    assert row.id in _shown(page)

    message_boxes.answer = QMessageBox.StandardButton.Yes
    remove.click()
    assert row.id not in _shown(page)
    assert row.id not in {o.id for o in business.list_one_to_ones(uow(), row.date, row.date)}

    # Deleted by someone else while the list still shows it: said, and the list catches up.
    other = page.one_to_ones.all_rows[0]
    _select(page, other.id)
    business.delete_one_to_one(uow(), other.id)
    remove.click()
    assert message_boxes.shown[-1].icon == QMessageBox.Icon.Warning and message_boxes.texts[-1] == GONE
    assert other.id not in _shown(page)


def test_record_a_one_to_one_from_the_network_page(main_window, qtbot):
    page = _one_to_ones(main_window)
    page.findChild(QPushButton, "record_one_to_one").click()
    dialog = page.quick_entry
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.member_a)
    a, b = page.one_to_ones.all_rows[0].member_a_id, page.one_to_ones.all_rows[0].member_b_id
    day = page.end.date().toPython()
    dialog.meeting_date.setDate(day)
    dialog.member_a.set_member(a)
    dialog.member_b.set_member(b)
    dialog.notes.setText("Café à Oujda")
    dialog.accept()
    recorded = business.list_one_to_ones(main_window.context.uow(), day, day, member_id=a)
    assert any(o.notes == "Café à Oujda" for o in recorded), dialog.message.text()
    assert {o.id for o in recorded} <= _shown(page)
    dialog.close()

"""The members page driven as the secretary uses it: keyboard, search, filters, form."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.domain.enums import ClubRole, MemberStatus
from app.services import members as member_service


def _page(window):
    return window.page("members")


def _names(rows) -> list[str]:
    """The members of ``rows`` by name (and number: two members may share one), sorted."""
    return sorted(f"{r.last_name} {r.first_name} ({r.number})" for r in rows)


def _dialog(qtbot, page):
    qtbot.waitUntil(lambda: getattr(page, "member_dialog", None) is not None and page.member_dialog.isVisible())
    qtbot.waitUntil(page.member_dialog.isActiveWindow)
    return page.member_dialog


def test_members_model_is_a_correct_qt_model(main_window, qtmodeltester):
    page = _page(main_window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_demo_club_is_listed_with_its_count(main_window):
    page = _page(main_window)
    assert page.proxy.rowCount() == 200
    assert page.count_label.text() == "200 affichés sur 200 membres"
    assert "demo.db" in main_window.database_label.text()


def test_the_status_bar_names_a_database_reopened_by_a_dialog(main_window, tmp_path):
    # The restore dialog reopens the database through the context, never through the window.
    from app.db.store import open_database

    copy = tmp_path / "copie.db"
    shutil.copy(main_window.context.db.path, copy)
    main_window.context.set_database(open_database(str(copy)))
    assert "copie.db" in main_window.database_label.text()


def test_add_member_by_keyboard_with_inline_phone_error(main_window, qtbot):
    page = _page(main_window)
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, page)
    save = dialog.save_button
    assert not save.isEnabled()  # an empty form is not a member

    qtbot.keyClicks(dialog.fields["first_name"], "Zineb")
    qtbot.keyClicks(dialog.fields["last_name"], "Tahiri")
    qtbot.keyClicks(dialog.fields["company"], "Tom & Jerry <b>SARL</b>")
    qtbot.keyClicks(dialog.fields["mobile"], "12345")
    error = dialog.findChild(QLabel, "mobile_error")
    assert error.isVisible()
    assert "téléphone" in error.text()
    assert not save.isEnabled()

    mobile: QLineEdit = dialog.fields["mobile"]
    mobile.clear()
    qtbot.keyClicks(mobile, "06 61 99 88 77")
    assert not error.isVisible()
    assert save.isEnabled()
    qtbot.keyClick(mobile, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = [m for m in member_service.list_members(main_window.context.uow()) if m.last_name == "Tahiri"]
    assert len(saved) == 1
    assert saved[0].mobile == "+212661998877"
    assert saved[0].company == "Tom & Jerry <b>SARL</b>"
    assert saved[0].club_role is ClubRole.MEMBER  # untouched role list: a member, not the president
    assert page.count_label.text() == "201 affichés sur 201 membres"
    current = page.selected_member()
    assert current is not None and current.last_name == "Tahiri"


def test_escape_cancels_without_saving(main_window, qtbot):
    page = _page(main_window)
    page.new_member()
    dialog = _dialog(qtbot, page)
    qtbot.keyClicks(dialog.fields["first_name"], "Karim")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(member_service.list_members(main_window.context.uow())) == 200


def test_search_ignores_case_and_accents_and_finds_phones(main_window, qtbot):
    page = _page(main_window)
    rows = page.model.all_rows
    accented = next(r for r in rows if any(ch in r.company for ch in "éÉè"))
    plain = accented.company.replace("é", "e").replace("É", "E").replace("è", "e").upper()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, plain)
    shown = page.model.shown_rows
    assert accented in shown
    assert all(accented.company == r.company or plain.lower() in r.search_text for r in shown)

    page.search.clear()
    member = rows[5]
    national = "0" + member.mobile[4:8]  # +2126612... -> 06612
    qtbot.keyClicks(page.search, national)
    assert member in page.model.shown_rows
    assert page.count_label.text().startswith(f"{len(page.model.shown_rows)} affichés")


def test_typing_on_and_back_shows_what_a_fresh_search_shows(main_window, qtbot):
    """Typing on filters only the rows shown (a keystroke at 20,000 members); the result is the
    same as searching the whole list, also after a Backspace or with a chapter chosen."""
    from app.domain.text import fold, matches

    page = _page(main_window)
    members = member_service.list_members(main_window.context.uow())
    assert _names(page.model.shown_rows) == _names(members) and len(members) == 200
    chapter = page.chapter_filter
    chapter.setCurrentIndex(chapter.findText("Casablanca"))

    def expected(text: str) -> list[str]:
        return _names(r for r in members if matches(fold(text), r.search_text) and r.chapter == "Casablanca")

    for text in ("b", "be", "ben", "be", "", "0", "06", "066", "06 6"):
        page.search.setText(text)
        assert expected(text), text  # every step finds someone: an empty table would prove nothing
        assert _names(page.model.shown_rows) == expected(text), text


def test_a_keystroke_lays_the_table_out_at_once(main_window, qtbot):
    """The scroll bar knows the new row count before anything is painted: the rows are then
    painted once a keystroke, not again once Qt's deferred layout changes the range."""
    page = _page(main_window)
    qtbot.waitExposed(page.table)
    bar = page.table.verticalScrollBar()
    assert bar.maximum() > 0
    page.search.setText("aucun membre ne porte ce nom")
    assert page.model.rowCount() == 0
    assert bar.maximum() == 0  # no event processed in between
    page.search.setText("")
    assert bar.maximum() > 0


def test_filter_by_chapter_and_status(main_window, qtbot):
    page = _page(main_window)
    members = member_service.list_members(main_window.context.uow())
    assert _names(page.model.shown_rows) == _names(members) and len(members) == 200
    combo: QComboBox = page.chapter_filter
    combo.setCurrentIndex(combo.findText("Marrakech"))
    in_marrakech = _names(m for m in members if m.chapter == "Marrakech")
    assert len(in_marrakech) == 23  # 19 active, 2 suspended, 2 resigned in the demo club
    assert _names(page.model.shown_rows) == in_marrakech
    status: QComboBox = page.status_filter
    status.setCurrentIndex(status.findText("Démissionnaire"))
    resigned = _names(m for m in members if m.chapter == "Marrakech" and m.status is MemberStatus.RESIGNED)
    assert len(resigned) == 2
    assert _names(page.model.shown_rows) == resigned
    assert page.count_label.text() == "2 affichés sur 200 membres"


def test_enter_opens_the_selected_member(main_window, qtbot):
    page = _page(main_window)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(3, 0))
    expected = page.selected_member()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page)
    assert dialog.fields["last_name"].text() == expected.last_name
    dialog.reject()


def test_duplicate_email_warns(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = _page(main_window)
    existing = page.model.all_rows[0]
    page.new_member()
    dialog = _dialog(qtbot, page)
    qtbot.keyClicks(dialog.fields["first_name"], "Autre")
    qtbot.keyClicks(dialog.fields["last_name"], "Personne")
    qtbot.keyClicks(dialog.fields["company"], "Ailleurs SARL")
    qtbot.keyClicks(dialog.fields["email"], existing.email.upper())
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog.save()
    assert shown and str(existing.number) in shown[0]
    assert len(member_service.list_members(main_window.context.uow())) == 200
    dialog.reject()


def _window(demo_db):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    return MainWindow(demo_db, context)


def test_window_size_splitter_and_column_widths_persist(qtbot, french, demo_db):
    first = _window(demo_db)
    qtbot.add_widget(first)
    first.resize(1100, 700)
    first.show()
    first.splitter.setSizes([230, 870])
    first.page("members").table.setColumnWidth(4, 333)
    qtbot.waitUntil(lambda: first.splitter.sizes()[0] > 150)
    sidebar_width = first.splitter.sizes()[0]
    first.close()

    second = _window(demo_db)
    qtbot.add_widget(second)
    second.show()
    # The offscreen screen is narrower than the window: Qt fits the width to it, keeps the height.
    assert second.size().height() == 700
    assert second.page("members").table.columnWidth(4) == 333
    # The narrow offscreen screen squeezes the sidebar to its minimum; the stored width is what counts.
    from PySide6.QtCore import QSettings

    assert int(QSettings().value("main/sidebar_width")) == sidebar_width


def test_english_interface(qtbot, qapp, demo_db):
    from ui.i18n import install_translators

    install_translators(qapp, "en")
    try:
        window = _window(demo_db)
        qtbot.add_widget(window)
        page = window.page("members")
        assert page.count_label.text() == "200 shown of 200 members"
        assert [window.sidebar.item(row).text() for row in (0, 1)] == ["Dashboard", "Members"]
    finally:
        install_translators(qapp, "fr")


# -- attendance column and unexcused-absences filter ---------------------------------------------


def _attendance_column(page) -> int:
    return page.model.columnCount() - 1


def test_attendance_column_shows_the_french_rate_of_the_service(main_window):
    import re

    from app.formatting import format_percent
    from app.services import attendance

    page = _page(main_window)
    rates = attendance.attendance_rates(main_window.context.uow(), page.figures_at)
    column = _attendance_column(page)
    rows = page.model.shown_rows
    with_rate = next(i for i, r in enumerate(rows) if rates.get(rows[i].id) is not None)
    text = page.model.index(with_rate, column).data()
    assert text == format_percent(rates[rows[with_rate].id])
    assert re.fullmatch(r"\d{1,3}\u00a0%", text)  # French: a no-break space before the sign
    without = [i for i, r in enumerate(rows) if rates.get(r.id) is None]
    assert without, "the demo has members who were never expected (joined lately, resigned)"
    assert page.model.index(without[0], column).data() == "\u2014"
    # The column is fed by the page's dict, one entry per member the service knows.
    assert page.rates == rates


def test_attendance_column_sorts_by_rate_with_no_rate_last(main_window):
    from PySide6.QtCore import Qt

    page = _page(main_window)
    column = _attendance_column(page)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.table.sortByColumn(column, order)
        values = [page.rates.get(page.proxy.row_at(i).id) for i in range(page.proxy.rowCount())]
        known = [v for v in values if v is not None]
        assert values[:len(known)] == known  # the members without a rate come last, both ways
        assert known == sorted(known, reverse=order == Qt.SortOrder.DescendingOrder)
        assert values[-1] is None


def test_unexcused_absences_filter_shows_exactly_the_members_above_n(main_window, qtbot):
    from app.services import attendance

    page = _page(main_window)
    absences = attendance.unexcused_absences(main_window.context.uow(), page.figures_at)
    spin = page.absences_filter
    assert spin.value() == 0 and spin.text() == spin.specialValueText()  # 0 = off
    assert page.proxy.rowCount() == 200
    for threshold in (3, 6):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(threshold))
        assert spin.value() == threshold
        shown = {r.id for r in page.model.shown_rows}
        assert shown  # the demo has chronic absentees
        assert shown == {mid for mid, count in absences.items() if count > threshold}
        assert page.count_label.text() == f"{len(shown)} affichés sur 200 membres"
    # Combined with the other filters, and off again at 0.
    members = member_service.list_members(main_window.context.uow())
    chapter = page.model.shown_rows[0].chapter
    page.chapter_filter.setCurrentIndex(page.chapter_filter.findText(chapter))
    expected = _names(m for m in members if m.chapter == chapter and absences.get(m.id, 0) > 6)
    assert expected and _names(page.model.shown_rows) == expected
    page.chapter_filter.setCurrentIndex(0)
    spin.setValue(0)
    assert _names(page.model.shown_rows) == _names(members)

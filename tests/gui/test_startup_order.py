"""What the window leaves until after its first paint (start-up time), and that it still happens."""

from __future__ import annotations


def test_background_reads_and_storage_check_wait_for_the_first_paint(qtbot, french, demo_db, monkeypatch):
    import ui.data_safety
    from ui.context import AppContext
    from ui.main_window import MainWindow

    checked: list[object] = []
    monkeypatch.setattr(ui.data_safety, "warn_about_storage", lambda window, context: checked.append(window))
    context = AppContext(demo_db)  # the real runner, with its threads
    window = MainWindow(demo_db, context, start_page="members")
    qtbot.add_widget(window)
    page = window.page("members")
    try:
        # Built, filled with the members, but nothing started in the background yet.
        assert page.model.rowCount() == 200
        assert page.chapter_filter.count() > 1 and page.sector_filter.count() > 1
        assert page.rates == {} and not checked
        window.resize(1280, 800)
        window.show()
        qtbot.wait_exposed(window)
        # Once painted: the attendance column fills in and the database's folder is checked.
        qtbot.waitUntil(lambda: bool(page.rates), timeout=10000)
        qtbot.waitUntil(lambda: checked == [window], timeout=5000)
        assert any(rate is not None for rate in page.rates.values())
    finally:
        context.runner.wait(10000)


def test_filter_lists_match_the_reference_lists(demo_db):
    from app.services import members, reference

    choices = members.filter_choices(demo_db.unit_of_work())
    assert choices.chapters == [(i.id, i.name) for i in reference.list_items(demo_db.unit_of_work(), "chapter")]
    assert choices.sectors == [(i.id, i.name) for i in reference.list_items(demo_db.unit_of_work(), "sector")]
    assert choices.chapters[0][1] == "Casablanca"  # Casablanca first, as in the lists' editor

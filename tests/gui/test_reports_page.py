"""The Reports page: choose a report, generate it off the GUI thread, preview, print, save; and the
reports one action away from a meeting and a member's record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.reports import ReportParams
from app.services import members as member_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


def _text(path: Path) -> tuple[int, str]:
    """(pages, all the text) of a PDF, read back with Qt's own PDF engine."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    pages = document.pageCount()
    document.close()
    return pages, text


def _open(window, name: str, params: ReportParams):
    from ui.pages.reports import open_report

    open_report(window.context, name, params)
    page = window.page("reports")
    assert window.stack.currentWidget() is page
    return page


def test_open_report_generates_and_previews_on_the_reports_page(main_window):
    page = _open(main_window, "annuaire", ReportParams())
    assert main_window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "reports"
    assert page.current_name() == "annuaire"
    assert page.preview.currentWidget() is page.view
    assert page.current is not None
    pages, text = _text(page.current[2])
    assert page.document.pageCount() == pages >= 2
    directory = [m for m in member_service.list_members(main_window.context.uow()) if m.chapter == "Casablanca"]
    assert any(m.last_name.upper() in text for m in directory)
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert not page.error.isVisible()


def test_parameters_shown_are_those_the_report_needs(main_window):
    page = _open(main_window, "charte", ReportParams())
    visible = {need for need, widget in page.rows.items() if widget.isVisibleTo(page)}
    assert visible == set()
    page.select_report("fiche-membre")
    assert {need for need, widget in page.rows.items() if widget.isVisibleTo(page)} == {"member", "period"}
    page.select_report("emargement")
    assert {need for need, widget in page.rows.items() if widget.isVisibleTo(page)} == {"meeting"}
    assert "Charter" in page.status.text() or "Charte" in page.status.text()  # the preview is still the charter


def test_sign_in_sheet_is_one_action_away_from_a_meeting(main_window, qtbot):
    main_window.show_page("meetings")
    meetings_page = main_window.page("meetings")
    row = meetings_page.selected_meeting()
    assert row is not None and meetings_page.sign_in_button.isEnabled()
    qtbot.mouseClick(meetings_page.sign_in_button, Qt.MouseButton.LeftButton)
    page = main_window.page("reports")
    assert main_window.stack.currentWidget() is page
    assert page.current_name() == "emargement"
    assert page.meeting.currentData() == row.id
    assert page.current is not None and page.current[1].meeting_id == row.id
    assert page.document.pageCount() >= 1


def test_member_record_is_one_action_away_from_the_member_form(main_window, qtbot):
    members_page = main_window.page("members")
    member = member_service.list_members(main_window.context.uow())[0]
    members_page.open_member(member.id)
    qtbot.waitUntil(lambda: getattr(members_page, "member_dialog", None) is not None
                    and members_page.member_dialog.isVisible())
    dialog = members_page.member_dialog
    dialog.findChild(type(dialog.save_button), "print_record").click()
    page = main_window.page("reports")
    assert not dialog.isVisible()
    assert main_window.stack.currentWidget() is page
    assert page.current_name() == "fiche-membre"
    assert page.member.member_id() == member.id
    _pages, text = _text(page.current[2])
    assert member.last_name.upper() in text.upper()


def test_printing_renders_every_page_or_the_chosen_range(main_window, tmp_path):
    page = _open(main_window, "annuaire", ReportParams())
    count = page.document.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == count
    assert _text(tmp_path / "printed.pdf")[0] == count
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert page.print_to(printer) == 2
    assert _text(tmp_path / "two.pdf")[0] == 2


def test_ctrl_p_prints_the_report_shown_only_on_the_reports_page(main_window, qtbot, monkeypatch):
    import ui.pages.reports as reports_module

    opened = []

    class FakePrintDialog:
        class DialogCode:
            Accepted = 1

        class PrintDialogOption:
            PrintPageRange = 0

        def __init__(self, printer, parent):
            opened.append(printer)

        def setMinMax(self, first, last):
            self.range = (first, last)

        def setOption(self, option, on):
            pass

        def exec(self):
            return 0  # cancelled

    monkeypatch.setattr(reports_module, "QPrintDialog", FakePrintDialog)
    page = _open(main_window, "charte", ReportParams())
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page.report_list.setFocus()
    qtbot.keyClick(page.report_list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    main_window.show_page("members")
    main_window.page("members").table.setFocus()
    qtbot.keyClick(main_window.page("members").table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1  # another page: Ctrl+P does not print the hidden report


def test_save_as_pdf_copies_the_report_and_says_why_not(main_window, tmp_path, message_boxes):
    page = _open(main_window, "charte", ReportParams())
    target = tmp_path / "charte.pdf"
    assert page.save_to(target)
    assert target.read_bytes() == page.current[2].read_bytes()
    assert str(target) in page.status.text()
    assert not page.save_to(tmp_path / "missing folder" / "x.pdf")
    assert message_boxes.texts and "missing folder" in message_boxes.texts[0]
    assert page.suggested_file_name().startswith("charte-") and page.suggested_file_name().endswith(".pdf")


def test_a_member_typed_but_not_found_or_missing_is_refused_next_to_the_field(main_window):
    page = _open(main_window, "charte", ReportParams())
    shown = page.current
    page.select_report("fiche-membre")
    page.member.setText("Tom & Jerry <b>SARL</b> \u0645\u062d\u0645\u062f")
    page.generate()
    assert page.error.isVisible()
    assert "Tom & Jerry <b>SARL</b>" in page.error.text()
    assert page.error.textFormat() == Qt.TextFormat.PlainText  # shown as typed, not as markup
    assert page.current is shown  # nothing generated
    page.member.clear()
    page.generate()
    assert page.error.isVisible() and page.error.text()
    assert page.current is shown


def test_generation_runs_off_the_gui_thread_with_progress(main_window, qtbot):
    page = main_window.page("reports")
    main_window.show_page("reports")
    main_window.context.runner.set_synchronous(False)
    try:
        page.select_report("annuaire")
        page.generate()
        assert page.progress.isVisible()
        assert not page.generate_button.isEnabled()
        page.generate()  # asked again while running: done once the first is over
        qtbot.waitUntil(lambda: page.current is not None and not page._running, timeout=30000)
        assert not page.progress.isVisible()
        assert page.progress.maximum() > 0  # the report told how far it was
        assert page.generate_button.isEnabled()
    finally:
        main_window.context.runner.wait()
        main_window.context.runner.set_synchronous(True)


def test_open_report_without_a_main_window_opens_its_own(qtbot, french, demo_db):
    from ui.context import AppContext
    from ui.pages.reports import ReportsPage, _standalone, open_report

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    open_report(context, "charte", ReportParams())
    assert len(_standalone) == 1
    page = _standalone[0]
    qtbot.add_widget(page)
    assert isinstance(page, ReportsPage) and page.isVisible()
    assert page.current is not None and page.document.pageCount() >= 1


def test_open_report_waits_for_the_lists_when_the_page_is_new(main_window, qtbot):
    """In the app the page reads its lists in the background: the report asked for comes after."""
    main_window.context.runner.set_synchronous(False)
    try:
        member = member_service.list_members(main_window.context.uow())[-1]
        from ui.pages.reports import open_report

        open_report(main_window.context, "fiche-membre", ReportParams(member_number=member.number))
        page = main_window.page("reports")
        qtbot.waitUntil(lambda: page.current is not None and not page._running, timeout=30000)
        assert page.current_name() == "fiche-membre"
        assert page.member.member_id() == member.id
        assert page.current[1].member_number == member.number
    finally:
        main_window.context.runner.wait()
        main_window.context.runner.set_synchronous(True)


def test_print_record_asks_before_dropping_unsaved_changes(main_window, qtbot, message_boxes):

    members_page = main_window.page("members")
    member = member_service.list_members(main_window.context.uow())[0]
    members_page.open_member(member.id)
    qtbot.waitUntil(lambda: getattr(members_page, "member_dialog", None) is not None
                    and members_page.member_dialog.isVisible())
    dialog = members_page.member_dialog
    dialog.fields["company"].setText(dialog.fields["company"].text() + " SARL")  # typed in a field
    dialog.findChild(type(dialog.save_button), "print_record").click()
    assert message_boxes.texts and dialog.isVisible()  # kept open: the changes are not lost
    assert "reports" not in main_window.pages


def _places(window, page, qtbot) -> list:
    """Where the window's sidebar, the report list, the buttons, the messages and the preview are."""
    from PySide6.QtCore import QPoint, QRect

    qtbot.wait(20)  # layouts done
    widgets = [window.sidebar, page.report_list, page.title, page.generate_button, page.whole_page,
               page.print_button, page.save_button, page.previous_page, page.next_page, page.status,
               page.error, page.preview]
    return [window.size()] + [QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()) for widget in widgets]


def test_choosing_another_report_leaves_the_window_laid_out_as_it_was(main_window, qtbot):
    from app.reports import REPORTS

    main_window.resize(1366, 700)
    page = _open(main_window, "presence", ReportParams())  # the status line then names the report shown
    first = _places(main_window, page, qtbot)
    for name in REPORTS:
        page.select_report(name)
        assert _places(main_window, page, qtbot) == first, name
    page.select_report("fiche-membre")
    page.member.setText("Tom & Jerry SARL")
    page.generate()
    assert page.error.isVisible()  # a message next to the fields
    assert _places(main_window, page, qtbot) == first
    for name in REPORTS:
        page.select_report(name)
        assert _places(main_window, page, qtbot) == first, name


def test_the_preview_shows_the_page_number_and_moves_page_by_page(main_window, qtbot):
    page = _open(main_window, "presence", ReportParams())
    count = page.document.pageCount()
    assert count >= 3
    assert page.page_label.text() == f"Page 1 / {count}"
    navigator = page.view.pageNavigator()
    top = page.view.verticalScrollBar().value()
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert navigator.currentPage() == 1 and page.page_label.text() == f"Page 2 / {count}"
    assert page.view.verticalScrollBar().value() > top  # the preview shows that page
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.view, Qt.Key.Key_PageUp)
    assert page.page_label.text() == f"Page 2 / {count}"
    qtbot.keyClick(page.report_list, Qt.Key.Key_PageDown)  # from the list just used to generate, too
    assert page.page_label.text() == f"Page 3 / {count}"
    page.next_page.click()
    assert page.page_label.text() == f"Page 4 / {count}"
    for _ in range(count):
        qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert page.page_label.text() == f"Page {count} / {count}" and not page.next_page.isEnabled()
    for _ in range(count):
        qtbot.keyClick(page.view, Qt.Key.Key_PageUp)
    assert page.page_label.text() == f"Page 1 / {count}" and not page.previous_page.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    page.generate()  # a new report opens on its first page
    assert page.page_label.text() == f"Page 1 / {page.document.pageCount()}"
    assert page.status.text() == ""  # the page number says how many: no "8 pages" beside it

"""Look: a dark system palette is respected, icons follow it, and Tab follows the layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ui.context import AppContext

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6a99",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Mid: "#404040",
}
PAGES = ["home", "members", "meetings", "referrals", "network", "compliance", "charter", "contacts", "reports"]


@pytest.fixture
def dark(qapp):
    previous = QPalette(qapp.palette())
    palette = QPalette(previous)
    for role, value in DARK.items():
        palette.setColor(role, QColor(value))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(previous)


def _visible_labels(page: QWidget) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.isVisible() and label.text().strip()]


def test_every_label_of_the_main_pages_reads_on_a_dark_palette(dark, main_window) -> None:
    from ui.widgets.look import contrast

    checked = 0
    poor: list[str] = []
    for key in PAGES:
        main_window.show_page(key)
        page = main_window.page(key)
        for label in _visible_labels(page):
            palette = label.palette()  # a style sheet's colour is applied to the label's palette
            text = palette.color(label.foregroundRole())
            background = palette.color(QPalette.ColorRole.Window)
            checked += 1
            if contrast(text, background) < 4.5:
                poor.append(f"{key}: {label.objectName() or label.text()[:30]} {text.name()} on {background.name()}")
    assert checked > 20
    assert not poor, poor


def test_hard_coded_light_colours_give_way_to_the_dark_palette(dark, qtbot, french, demo_db) -> None:
    from app.domain.attendance import AttendanceStatus
    from ui.pages.attendance_sheet import status_brush
    from ui.widgets import look

    base = QColor(DARK[QPalette.ColorRole.Base])
    text = QColor(DARK[QPalette.ColorRole.Text])
    for status in AttendanceStatus:
        brush = status_brush(status)
        assert brush is not None and look.contrast(text, brush.color()) >= 4.5, status
        assert brush.color() != base  # still tinted: the status shows
    for role in ("muted", "error", "warning", "success", "accent", "figure"):
        assert look.contrast(look.colour(role), QColor(DARK[QPalette.ColorRole.Window])) >= 4.5, role
    drawing = '<text style="fill: rgb(12%,16%,20%)">x</text><line style="stroke: #dbe2e8"/>'
    shown = look.svg_for_palette(drawing)
    assert "rgb(" not in shown and "#dbe2e8" not in shown
    assert look.contrast(QColor(shown.split("fill: ")[1][:7]), base) >= 7


def test_icons_are_drawn_in_the_ink_of_the_palette(qapp) -> None:
    from ui.icons import icon, ink_of
    from ui.widgets import look

    light_ink = ink_of(icon("members.svg").pixmap(22, 22))
    previous = QPalette(qapp.palette())
    palette = QPalette(previous)
    for role, value in DARK.items():
        palette.setColor(role, QColor(value))
    qapp.setPalette(palette)
    try:
        dark_ink = ink_of(icon("members.svg").pixmap(22, 22))
    finally:
        qapp.setPalette(previous)
    assert light_ink is not None and dark_ink is not None
    assert look.contrast(dark_ink, QColor(DARK[QPalette.ColorRole.Window])) >= 4.5
    assert dark_ink.lightness() > light_ink.lightness()
    assert icon("no-such-icon.svg").isNull()


def _tab_chain(dialog: QWidget) -> list[str]:
    """The object names met pressing Tab from the dialog's first field, as Qt walks them."""
    names: list[str] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if (widget.isVisibleTo(dialog) and widget.isEnabled() and widget.window() is dialog
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                and widget.objectName()):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def _in_order(names: list[str], expected: list[str]) -> bool:
    positions = [names.index(name) for name in expected]
    return positions == sorted(positions)


def test_tab_follows_the_layout_of_the_member_record(qtbot, french, demo_db) -> None:
    from ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog(AppContext(demo_db), 1)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    chain = _tab_chain(dialog)
    # the identity column, then the company column, then membership and contact, then the buttons as drawn
    assert _in_order(chain, ["civility", "first_name", "last_name", "arabic_name", "company", "position",
                             "sector_id", "city", "chapter_id", "join_date", "sponsor_id", "mobile", "email",
                             "notes", "save", "delete", "print_record"])
    buttons = [dialog.findChild(QWidget, name) for name in ("save", "delete", "print_record")]
    xs = [button.mapTo(dialog, QPoint(0, 0)).x() for button in buttons]
    assert xs == sorted(xs)  # the chain's order is the order on screen


def test_tab_follows_the_layout_of_the_meeting_and_referral_forms(qtbot, french, demo_db) -> None:
    from app.services import meetings, referrals
    from ui.dialogs.meeting_dialog import MeetingDialog
    from ui.dialogs.referral_dialog import ReferralDialog

    context = AppContext(demo_db)
    meeting = MeetingDialog(context, meetings.list_meetings(context.uow())[0])
    referral = ReferralDialog(context, referrals.referral_journal(context.uow()).rows[0])
    for dialog in (meeting, referral):
        qtbot.add_widget(dialog)
        dialog.show()
        qtbot.wait_exposed(dialog)
    assert _in_order(_tab_chain(meeting), ["meeting_date", "start_time", "meeting_kind", "meeting_chapter",
                                           "place", "title"])
    assert _in_order(_tab_chain(referral), ["referral_date", "giver", "receiver", "external", "prospect",
                                            "need", "temperature", "status", "delete_referral"])


def test_nothing_is_cut_on_the_dashboard_and_table_titles_at_1280(main_window) -> None:
    from PySide6.QtWidgets import QTableView

    main_window.show_page("home")
    home = main_window.page("home")
    home.reload()
    assert home.scroll.widget().minimumSizeHint().width() <= home.scroll.viewport().width()
    for key in ("meetings", "referrals", "contacts"):
        main_window.show_page(key)
        table = main_window.page(key).findChild(QTableView)
        metrics = table.horizontalHeader().fontMetrics()
        model = table.model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            assert table.columnWidth(column) >= metrics.horizontalAdvance(title), (key, title)

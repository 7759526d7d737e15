"""About, the crash dialog, and the club's identity in the settings."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from app.db.schema import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def context(french, demo_db):
    from ui.context import AppContext

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    return context


def test_about_shows_version_database_schema_and_log(qtbot, context) -> None:
    from app import __version__
    from ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(context)
    qtbot.add_widget(dialog)
    assert dialog.database.text() == context.db.display_name
    assert dialog.schema.text() == HEAD_REVISION
    assert dialog.log_file.text().endswith("cercle.log")
    dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert f"Cercle {__version__}" in copied and context.db.display_name in copied and HEAD_REVISION in copied


def test_about_lists_the_license_of_every_dependency(qtbot, context) -> None:
    from ui.dialogs.about_dialog import COMPONENTS, AboutDialog

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {re.split(r"[\[<>=!~ ]", dependency, maxsplit=1)[0].lower().replace("_", "-")
             for dependency in config["project"]["dependencies"]}
    listed = {component.distribution.lower().replace("_", "-") for component in COMPONENTS}
    assert names <= listed, names - listed
    dialog = AboutDialog(context)
    qtbot.add_widget(dialog)
    cells = dialog.licenses.toPlainText().split("\n")  # one table cell a line: name, version, license, use
    for name, licence in (("PySide6", "LGPL-3.0"), ("SQLAlchemy", "MIT"), ("ReportLab", "BSD-3-Clause"),
                          ("phonenumbers", "Apache-2.0"), ("python-stdnum", "LGPL-2.1-or-later"),
                          ("DejaVu Sans", "Bitstream Vera")):
        at = next(index for index, cell in enumerate(cells) if cell.startswith(name))
        assert licence in cells[at + 2], cells[at:at + 4]


def test_the_about_menu_opens_the_dialog(main_window, qtbot, monkeypatch) -> None:
    from ui.dialogs import about_dialog

    shown = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: shown.append(self.schema.text()) or 0)
    action = next(a for menu in main_window.menuBar().actions() if menu.menu()
                  for a in menu.menu().actions() if a.text().replace("&", "") == "À propos de Cercle"
                  or a.text().replace("&", "") == "About Cercle")
    action.trigger()
    assert shown == [HEAD_REVISION]


# -- an unexpected error ----------------------------------------------------------------
def test_an_unexpected_error_is_logged_and_shown_with_the_log_path(qtbot, french, tmp_path: Path) -> None:
    from app.logs import log, setup_logging
    from ui.main import crash_dialog

    saved = list(log.handlers)
    path = setup_logging(path=tmp_path / "logs" / "cercle.log")
    try:
        try:
            raise RuntimeError("disk <b>full</b> & more")
        except RuntimeError as error:
            from app.logs import log_exception

            log_exception(type(error), error, error.__traceback__)
            box = crash_dialog(error, error.__traceback__, path)
        qtbot.add_widget(box)
        assert str(path) in box.informativeText()
        assert "RuntimeError: disk <b>full</b> & more" in box.detailedText()
        assert "Cercle" in box.text()
        for handler in log.handlers:
            handler.flush()
        assert "RuntimeError: disk <b>full</b> & more" in path.read_text(encoding="utf-8")
    finally:
        for handler in log.handlers:
            if handler not in saved:
                handler.close()
        log.handlers[:] = saved


# -- the club's identity ------------------------------------------------------------------
def _general(qtbot, context):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.settings.general import GeneralTab

    dialog = SettingsDialog(context)
    qtbot.add_widget(dialog)
    return dialog, dialog.tab(GeneralTab)


def test_name_address_and_logo_are_saved_for_the_reports(qtbot, context, tmp_path: Path) -> None:
    from app.services.club import club_identity

    big = QImage(1600, 800, QImage.Format.Format_RGB32)
    big.fill(0x2F5D8A)
    assert big.save(str(tmp_path / "logo.jpg"), "JPEG")
    dialog, tab = _general(qtbot, context)
    tab.club_name.setText("  Club des dirigeants <b>&  ")
    tab.address.setPlainText("12, bd Zerktouni\nCasablanca – نادي")
    assert tab.set_logo_file(str(tmp_path / "logo.jpg"))
    assert not tab.logo_preview.pixmap().isNull()
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    identity = club_identity(context.uow())
    assert identity.name == "Club des dirigeants <b>&"
    assert identity.address == "12, bd Zerktouni\nCasablanca – نادي"
    stored = QImage.fromData(identity.logo_png, "PNG")
    assert identity.logo_png[:8] == b"\x89PNG\r\n\x1a\n"
    assert (stored.width(), stored.height()) == (600, 300)  # scaled to fit, proportions kept

    dialog, tab = _general(qtbot, context)  # opened again: what was saved
    assert tab.club_name.text() == "Club des dirigeants <b>&" and tab.remove_logo_button.isEnabled()
    tab.remove_logo()
    dialog.apply()
    assert club_identity(context.uow()).logo_png is None


def test_a_file_that_is_not_an_image_is_refused_next_to_the_logo(qtbot, context, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<b>not an image</b>", encoding="utf-8")
    dialog, tab = _general(qtbot, context)
    assert not tab.set_logo_file(str(fake))
    assert not tab.logo_error.isHidden() and str(fake) in tab.logo_error.text()
    assert not tab.set_logo_file(str(tmp_path / "missing.png"))
    assert tab.logo is None


def test_a_name_too_long_is_refused_and_nothing_is_saved(qtbot, context) -> None:
    from app.services.club import club_identity

    before = club_identity(context.uow())
    dialog, tab = _general(qtbot, context)
    tab.club_name.setText("x" * 121)
    tab.address.setPlainText("Rabat <b>&")
    dialog.apply()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not tab.error.isHidden() and "120" in tab.error.text()
    assert club_identity(context.uow()) == before


def test_the_tab_order_follows_the_form(qtbot, context) -> None:
    dialog, tab = _general(qtbot, context)
    order = [tab.club_name, tab.address, tab.choose_logo_button, tab.remove_logo_button, tab.language]
    for current, following in zip(order, order[1:], strict=False):
        widget = current.nextInFocusChain()
        while not widget.focusPolicy() & widget.focusPolicy().TabFocus or widget is current:
            widget = widget.nextInFocusChain()
        assert widget is following, (current.objectName(), widget.objectName())

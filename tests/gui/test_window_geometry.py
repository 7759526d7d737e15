"""The first window fits a laptop's screen with its title bar and the taskbar; a size or a place
remembered from a larger or another screen is brought back onto the screen the window opens on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow

from ui.main_window import fit_frame

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

# A 1366×768 screen less a Windows taskbar: 40 pixels (Windows 10) or 48 (Windows 11).
LAPTOP_SCREENS = (QRect(0, 0, 1366, 728), QRect(0, 0, 1366, 720))


def _on_screen(monkeypatch, available: QRect) -> None:
    """Every screen offers ``available`` to windows (the test platform has one 800×800 screen)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))


def _open(qtbot, db):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(db)
    context.runner.set_synchronous(True)
    window = MainWindow(db, context)
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    return window


def _remember(x: int, y: int, width: int, height: int) -> None:
    """Save the geometry of a window closed at this place and size (a big monitor, a second screen)."""
    window = QMainWindow()
    window.setGeometry(x, y, width, height)
    geometry = window.saveGeometry()
    window.deleteLater()
    assert isinstance(geometry, QByteArray)
    QSettings().setValue("main/geometry", geometry)


@pytest.mark.parametrize("available", LAPTOP_SCREENS, ids=("taskbar-40", "taskbar-48"))
def test_the_first_window_fits_a_1366_by_768_screen_with_its_frame(qtbot, french, db, monkeypatch, available):
    _on_screen(monkeypatch, available)
    window = _open(qtbot, db)
    frame = window.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 700, frame
    assert available.contains(frame), frame
    assert window.width() >= 1100 and window.height() >= 600  # and it uses the room it has


def test_a_size_remembered_from_a_big_monitor_is_cut_to_the_laptop_screen(qtbot, french, db, monkeypatch):
    _remember(40, 30, 1880, 1120)
    available = LAPTOP_SCREENS[1]
    _on_screen(monkeypatch, available)
    window = _open(qtbot, db)
    assert available.contains(window.frameGeometry()), window.frameGeometry()


def test_a_place_on_a_screen_unplugged_since_is_brought_back(qtbot, french, db, monkeypatch):
    _remember(1366 + 200, 150, 1200, 700)  # on a second monitor to the right, now gone
    available = LAPTOP_SCREENS[0]
    _on_screen(monkeypatch, available)
    window = _open(qtbot, db)
    assert available.contains(window.frameGeometry()), window.frameGeometry()


def test_fitting_keeps_a_frame_that_fits_and_moves_or_cuts_one_that_does_not() -> None:
    screen = QRect(0, 0, 1366, 728)
    assert fit_frame(QRect(100, 50, 1000, 600), screen) == QRect(100, 50, 1000, 600)
    assert fit_frame(QRect(1566, 150, 1216, 739), screen) == QRect(150, 0, 1216, 728)
    assert fit_frame(QRect(-300, -40, 2000, 1200), screen) == screen
    # a second screen to the left of the first, with negative coordinates
    left = QRect(-1920, 0, 1920, 1040)
    assert fit_frame(QRect(-200, 100, 800, 600), left) == QRect(-800, 100, 800, 600)

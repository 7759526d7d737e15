"""Colours that follow the system palette, light or dark.

Widgets never hard-code a text colour: a grey or a dark red chosen for a white window is
unreadable on a dark one. They ask here for a colour of a role (muted, error, warning, success,
accent) that reads on the current palette's window, or tint a background from its base colour.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# Each role: its colour on a light palette and on a dark one (both readable on their window).
ROLE_COLOURS = {
    "error": ("#b3261e", "#f2938c"),
    "warning": ("#8a5a00", "#f0c05a"),
    "success": ("#1b5e20", "#81c995"),
    "accent": ("#2f5d8a", "#8fb8e0"),
    "figure": ("#1f3b57", "#b7d3ee"),
}
ICON_INK = "#2f5d8a"  # the stroke of the icons shipped in resources/icons


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    """True when the palette writes light text on a dark window."""
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.WindowText).lightnessF() > pal.color(QPalette.ColorRole.Window).lightnessF()


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved by ``amount`` (0 to 1) towards ``second``."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(
        (first.redF(), first.greenF(), first.blueF()), (second.redF(), second.greenF(), second.blueF()), strict=True)))


def colour(role: str, pal: QPalette | None = None) -> QColor:
    """The text colour of ``role``; "muted" is the window text blended towards the window."""
    pal = pal or palette()
    if role == "muted":
        return blend(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.35)
    light, dark = ROLE_COLOURS[role]
    return QColor(dark if is_dark(pal) else light)


def style(role: str, extra: str = "", pal: QPalette | None = None) -> str:
    """A style sheet giving a label the text colour of ``role`` (``extra``: more declarations)."""
    return f"color: {colour(role, pal).name()};{' ' + extra if extra else ''}"


def tint(hue: QColor | str, pal: QPalette | None = None, strength: float = 0.3) -> QColor:
    """A row background: the base colour tinted with ``hue``; the text colour stays readable."""
    pal = pal or palette()
    return blend(pal.color(QPalette.ColorRole.Base), QColor(hue), strength)


def luminance(value: QColor) -> float:
    """Relative luminance (WCAG 2)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(value.redF()) + 0.7152 * channel(value.greenF()) + 0.0722 * channel(value.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def _for_dark(value: QColor) -> QColor:
    """The same hue with its lightness mirrored: dark ink becomes light, a pale grid becomes dim."""
    return QColor.fromHslF(max(value.hslHueF(), 0.0), value.hslSaturationF(), 1.0 - 0.9 * value.lightnessF(),
                           value.alphaF())


_COLOUR = re.compile(r"rgb\(\s*([\d.]+)%\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%\s*\)|#[0-9a-fA-F]{6}\b")


def svg_for_palette(svg: str, pal: QPalette | None = None) -> str:
    """A drawing made for paper (dark ink, pale grid) as it reads on the palette's base colour."""
    if not is_dark(pal):
        return svg

    def mirrored(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return _for_dark(QColor(match.group(0))).name()
        red, green, blue = (float(group) / 100 for group in match.groups())
        return _for_dark(QColor.fromRgbF(red, green, blue)).name()

    return _COLOUR.sub(mirrored, svg)


def icon_ink(pal: QPalette | None = None) -> str:
    """The stroke colour the shipped icons get on this palette."""
    return colour("accent", pal).name()


class _Follower(QObject):
    """Gives a widget its role's colour again when the application palette changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            role = watched.property("look_role")
            if role:
                watched.setStyleSheet(style(role, watched.property("look_extra") or ""))
        return False


_follower: _Follower | None = None


def paint(widget: QWidget, role: str, extra: str = "") -> None:
    """Give ``widget`` the text colour of ``role`` now and whenever the palette changes."""
    global _follower
    if _follower is None:
        _follower = _Follower(QCoreApplication.instance())
    if widget.property("look_role") is None:
        widget.installEventFilter(_follower)
    widget.setProperty("look_role", role)
    widget.setProperty("look_extra", extra)
    widget.setStyleSheet(style(role, extra))

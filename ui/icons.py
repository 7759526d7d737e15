"""Icons shipped in ``resources/icons``, drawn in the ink of the current palette.

The SVG files use one dark-blue ink, which all but disappears on a dark window. Each icon is
an engine that reads its SVG once and, at paint time, replaces that ink with the colour of the
palette in use (see ``ui.widgets.look``): a change of the system palette recolours every icon.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from resources import resource_path
from ui.widgets.look import ICON_INK, icon_ink


class PaletteIconEngine(QIconEngine):
    """An SVG icon whose ink follows the palette; disabled icons are drawn in the disabled text colour."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, ink: str) -> QSvgRenderer:
        if ink not in self._renderers:
            text = self.svg.replace(ICON_INK, ink).replace(ICON_INK.upper(), ink)
            self._renderers[ink] = QSvgRenderer(QByteArray(text.encode("utf-8")))
        return self._renderers[ink]

    @staticmethod
    def _ink(mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Disabled:
            from PySide6.QtGui import QGuiApplication

            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if mode == QIcon.Mode.Selected:
            return _selected_ink()
        return icon_ink()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(self._ink(mode)).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if self.isNull() or size.isEmpty():
            return QPixmap()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return size

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.svg)

    def key(self) -> str:
        return "cercle-palette-svg"

    def isNull(self) -> bool:  # noqa: N802
        return not self._renderer(ICON_INK).isValid()


def _selected_ink() -> str:
    """On a selected row (the highlight colour), the icon takes the highlighted text colour."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name()


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", name)
    if path.suffix.lower() != ".svg" or name.startswith("cercle."):  # the logo keeps its colours
        return QIcon(str(path))
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()  # a missing icon is a null icon, as QIcon(path) would give
    return QIcon(PaletteIconEngine(svg))


def ink_of(pixmap: QPixmap) -> QColor | None:
    """The most opaque colour painted in ``pixmap`` (for tests: which ink an icon was drawn with)."""
    image = pixmap.toImage()
    best: QColor | None = None
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if best is None or pixel.alpha() > best.alpha():
                best = pixel
    return best

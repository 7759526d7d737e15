"""Icons shipped in ``resources/icons``, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))

"""The order of the managed reference lists (chapters, sectors), wherever they are shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.text import fold


def list_order(kind: str) -> Callable[[Any], tuple[Any, ...]]:
    """The order of a reference list, for its rows or any row with ``name`` (and ``sort_order``
    for chapters): chapters in their set order (Casablanca first), sectors alphabetically."""
    if kind == "chapter":
        return lambda item: (item.sort_order, fold(item.name))
    return lambda item: (fold(item.name),)

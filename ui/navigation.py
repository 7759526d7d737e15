"""The sections shown in the sidebar: only sections that work are listed here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in context "Navigation"
    icon: str  # file name in resources/icons
    factory: Callable[[AppContext], QWidget]


def _members(context: AppContext) -> QWidget:
    from ui.pages.members import MembersPage

    return MembersPage(context)


# In sidebar order. Each feature adds its page here (one entry).
PAGES: list[PageSpec] = [
    PageSpec("members", QT_TRANSLATE_NOOP("Navigation", "Members"), "members.svg", _members),
]

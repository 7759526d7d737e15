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


def _meetings(context: AppContext) -> QWidget:
    from ui.pages.meetings import MeetingsPage

    return MeetingsPage(context)


def _referrals(context: AppContext) -> QWidget:
    from ui.pages.referrals import ReferralsPage

    return ReferralsPage(context)


def _network(context: AppContext) -> QWidget:
    from ui.pages.network import NetworkPage

    return NetworkPage(context)


def _contacts(context: AppContext) -> QWidget:
    from ui.pages.contacts import ContactsPage

    return ContactsPage(context)


# In sidebar order. Each feature adds its page here (one entry).
PAGES: list[PageSpec] = [
    PageSpec("members", QT_TRANSLATE_NOOP("Navigation", "Members"), "members.svg", _members),
    PageSpec("meetings", QT_TRANSLATE_NOOP("Navigation", "Meetings"), "meetings.svg", _meetings),
    PageSpec("referrals", QT_TRANSLATE_NOOP("Navigation", "Referrals"), "referrals.svg", _referrals),
    PageSpec("network", QT_TRANSLATE_NOOP("Navigation", "Network"), "network.svg", _network),
    PageSpec("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), "contacts.svg", _contacts),
]

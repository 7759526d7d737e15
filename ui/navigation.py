"""The sections shown in the sidebar: only sections that work are listed here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.context import AppContext
from ui.page import Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in context "Navigation"
    icon: str  # file name in resources/icons
    factory: Callable[[AppContext], Page]


def _home(context: AppContext) -> Page:
    from ui.pages.home import HomePage

    return HomePage(context)


def _reports(context: AppContext) -> Page:
    from ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _members(context: AppContext) -> Page:
    from ui.pages.members import MembersPage

    return MembersPage(context)


def _meetings(context: AppContext) -> Page:
    from ui.pages.meetings import MeetingsPage

    return MeetingsPage(context)


def _referrals(context: AppContext) -> Page:
    from ui.pages.referrals import ReferralsPage

    return ReferralsPage(context)


def _closed_business(context: AppContext) -> Page:
    from ui.pages.closed_business import ClosedBusinessPage

    return ClosedBusinessPage(context)


def _network(context: AppContext) -> Page:
    from ui.pages.network import NetworkPage

    return NetworkPage(context)


def _compliance(context: AppContext) -> Page:
    from ui.pages.compliance import CompliancePage

    return CompliancePage(context)


def _charter(context: AppContext) -> Page:
    from ui.pages.charter import CharterPage

    return CharterPage(context)


def _contacts(context: AppContext) -> Page:
    from ui.pages.contacts import ContactsPage

    return ContactsPage(context)


# In sidebar order. Each feature adds its page here (one entry).
PAGES: list[PageSpec] = [
    PageSpec("home", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "home.svg", _home),
    PageSpec("members", QT_TRANSLATE_NOOP("Navigation", "Members"), "members.svg", _members),
    PageSpec("meetings", QT_TRANSLATE_NOOP("Navigation", "Meetings"), "meetings.svg", _meetings),
    PageSpec("referrals", QT_TRANSLATE_NOOP("Navigation", "Referrals"), "referrals.svg", _referrals),
    PageSpec("closed_business", QT_TRANSLATE_NOOP("Navigation", "Closed business"), "closed_business.svg",
             _closed_business),
    PageSpec("network", QT_TRANSLATE_NOOP("Navigation", "Network"), "network.svg", _network),
    PageSpec("compliance", QT_TRANSLATE_NOOP("Navigation", "Compliance"), "compliance.svg", _compliance),
    PageSpec("charter", QT_TRANSLATE_NOOP("Navigation", "Charter"), "charter.svg", _charter),
    PageSpec("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), "contacts.svg", _contacts),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports.svg", _reports),
]

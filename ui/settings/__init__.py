"""The tabs of the settings dialog, one module each, listed in :data:`TABS`.

A tab is a :class:`SettingsTab`: it loads its values when built, and on OK the dialog asks
every tab for its pending club settings (``pending``), shows the first refusal in its tab,
and otherwise saves all of them in one transaction before each tab applies what belongs to
this computer only (``apply_local``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.errors import CercleError
from ui.context import AppContext
from ui.i18n import tr_error
from ui.widgets.label import PlainLabel


class SettingsTab(QWidget):
    """Base of a settings tab; subclasses set ``title`` (translated) and fill the layout."""

    title: str = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.error = PlainLabel()
        self.error.setObjectName("settings_error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

    def pending(self) -> dict[str, Any]:
        """The club settings (database keys to JSON values) this tab would save.

        Raises:
            CercleError: a value is refused; the dialog shows it with :meth:`show_error`.
        """
        return {}

    def show_error(self, error: CercleError) -> None:
        self.error.setText(tr_error(error))
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()

    def apply_local(self) -> None:
        """Apply what is kept on this computer (QSettings), after the club settings are saved."""


def _general(context: AppContext) -> SettingsTab:
    from ui.settings.general import GeneralTab

    return GeneralTab(context)


def _attendance(context: AppContext) -> SettingsTab:
    from ui.settings.attendance import AttendanceTab

    return AttendanceTab(context)


def _charter_rules(context: AppContext) -> SettingsTab:
    from ui.settings.charter_rules import CharterRulesTab

    return CharterRulesTab(context)


def _backup(context: AppContext) -> SettingsTab:
    from ui.settings.backup import BackupTab

    return BackupTab(context)


# In tab order. Each feature with settings adds its tab here (one entry).
TABS: list[Callable[[AppContext], SettingsTab]] = [
    _general,
    _attendance,
    _charter_rules,
    _backup,
]

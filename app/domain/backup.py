"""Backup rules: the settings, how backup files are named, which are due and which are dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

SETTING_BACKUP_FOLDER = "backup.folder"  # "" means the default folder (app.paths.backup_folder)
SETTING_BACKUP_KEEP = "backup.keep"
DEFAULT_KEEP = 10
KEEP_RANGE = (1, 365)

SETTINGS_DEFAULTS: dict[str, Any] = {SETTING_BACKUP_FOLDER: "", SETTING_BACKUP_KEEP: DEFAULT_KEEP}

MSG_KEEP_RANGE = QT_TRANSLATE_NOOP("Validation", "Keep between {low} and {high} backups.")
MSG_FOLDER_ABSOLUTE = QT_TRANSLATE_NOOP(
    "Validation", "Give the full path of the backup folder (for example C:\\Users\\…\\Sauvegardes).")
MSG_FOLDER_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "This folder path is too long or contains characters a folder name cannot have.")

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-sauvegarde-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


def validate_keep(value: Any) -> int:
    """The number of automatic backups kept, refused outside :data:`KEEP_RANGE`."""
    low, high = KEEP_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(SETTING_BACKUP_KEEP, MSG_KEEP_RANGE, low=low, high=high)
    return value


def validate_folder(text: str | None) -> str:
    """The backup folder setting: empty (the default folder) or a full path."""
    import ntpath
    import posixpath

    value = (text or "").strip()
    if not value:
        return ""
    if len(value) > 400 or any(ord(char) < 32 for char in value):
        raise ValidationError(SETTING_BACKUP_FOLDER, MSG_FOLDER_TOO_LONG)
    if not (posixpath.isabs(value) or ntpath.isabs(value) or value.startswith("~")):
        raise ValidationError(SETTING_BACKUP_FOLDER, MSG_FOLDER_ABSOLUTE)
    return value


def keep_from_settings(value: Any) -> int:
    """A stored count, or the default when the stored value is unusable."""
    try:
        return validate_keep(value)
    except ValidationError:
        return DEFAULT_KEEP


def file_stamp(when: datetime) -> str:
    """``20261122-183000``: the time in a copy's file name, sorting as it reads."""
    return when.strftime(_STAMP)


def backup_name(stem: str, when: datetime, counter: int = 1) -> str:
    """``cercle-sauvegarde-20261122-183000.db`` (a counter is added on a clash)."""
    suffix = f"-{counter}" if counter > 1 else ""
    return f"{stem}-sauvegarde-{file_stamp(when)}{suffix}.db"


def replaced_name(stem: str, when: datetime, counter: int = 1) -> str:
    """``cercle-remplacee-20261122-183000.db``: a database replaced by a restore or a copy and
    kept apart. It is not a backup's name, so the rotation neither lists nor deletes it."""
    suffix = f"-{counter}" if counter > 1 else ""
    return f"{stem}-remplacee-{file_stamp(when)}{suffix}.db"


def backup_time(name: str, stem: str) -> datetime | None:
    """When the backup file ``name`` of database ``stem`` was made; None if it is not one."""
    match = _NAME.match(name)
    if match is None or match["stem"] != stem:
        return None
    try:
        return datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None


def _ordered(names: Iterable[str], stem: str) -> list[tuple[datetime, int, str]]:
    found = []
    for name in names:
        when = backup_time(name, stem)
        if when is not None:
            match = _NAME.match(name)
            assert match is not None
            found.append((when, int(match["n"] or 1), name))
    return sorted(found, reverse=True)


def newest_first(names: Iterable[str], stem: str) -> list[str]:
    """The backup files of ``stem`` among ``names``, the newest first."""
    return [name for _, _, name in _ordered(names, stem)]


def to_prune(names: Iterable[str], stem: str, keep: int) -> list[str]:
    """The backups of ``stem`` beyond the ``keep`` newest; other files are never touched."""
    return newest_first(names, stem)[keep:]


def due(names: Iterable[str], stem: str, today: date) -> bool:
    """An automatic backup is due unless one was already made today."""
    return not any(when.date() == today for when, _, _ in _ordered(names, stem))

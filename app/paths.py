"""Where Cercle keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.errors import CercleError, os_reason
from app.i18n import QT_TRANSLATE_NOOP

APP_NAME = "Cercle"
BACKUP_FOLDER_NAME = "Sauvegardes"
MSG_NO_DATA_FOLDER = QT_TRANSLATE_NOOP(
    "Files", "Cercle's data folder {path} cannot be created ({reason}): move or rename what is in its place.")
MSG_DATA_FOLDER_UNREADABLE = QT_TRANSLATE_NOOP(
    "Files", "Cercle's data folder {path} cannot be read ({reason}).")


class DataFolderError(CercleError):
    """The user data folder cannot be created: a file in its place, no right to make it."""

    context = "Files"


def user_data_dir() -> Path:
    """The user data folder (``%LOCALAPPDATA%\\Cercle`` on Windows), created if missing.

    Raises:
        DataFolderError: it cannot be created.
    """
    override = os.environ.get("CERCLE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # FileExistsError when a file stands where the folder should be
        raise DataFolderError(MSG_NO_DATA_FOLDER, path=str(path), reason=os_reason(error)) from error
    return path


def default_database() -> str:
    """The database used when neither ``--db`` nor ``CERCLE_DB`` is given."""
    return os.environ.get("CERCLE_DB") or str(user_data_dir() / "cercle.db")


def demo_database() -> Path:
    """The demo club's own file, never mixed with real data."""
    return user_data_dir() / "demo.db"


def database_to_open(db: str | None, demo: bool) -> str | None:
    """What the window opens: the demo club if ``demo``, else ``db``, else the user's database.

    None when the demo club is asked for and not written yet (``app.services.demo.build_demo``).

    Raises:
        DataFolderError: the user data folder cannot be created or read.
    """
    if demo:
        path = demo_database()
        try:
            written = path.exists() and path.stat().st_size > 0
        except OSError as error:  # no right to look in it, a path too long for the system
            raise DataFolderError(MSG_DATA_FOLDER_UNREADABLE, path=str(path.parent), reason=os_reason(error)) from error
        return str(path) if written else None
    return db or default_database()


def backup_folder(setting: object = "") -> Path:
    """The backup folder the setting ``backup.folder`` names; empty: ``Sauvegardes`` in the user
    data folder."""
    if isinstance(setting, str) and setting.strip():
        return Path(setting).expanduser()
    return user_data_dir() / BACKUP_FOLDER_NAME

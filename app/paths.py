"""Where Cercle keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Cercle"


def user_data_dir() -> Path:
    """The user data folder (``%LOCALAPPDATA%\\Cercle`` on Windows), created if missing."""
    override = os.environ.get("CERCLE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
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
    """
    if demo:
        path = demo_database()
        return str(path) if path.exists() and path.stat().st_size > 0 else None
    return db or default_database()

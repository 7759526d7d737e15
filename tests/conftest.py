"""Shared fixtures: offscreen Qt, isolated user settings, fresh and demo databases."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CERCLE_LANG", "fr")

DEMO_TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user's data folder and Qt settings out of reach of every test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("CERCLE_DATA_DIR", str(home / "data"))
    monkeypatch.delenv("CERCLE_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))


@pytest.fixture
def db(tmp_path: Path):
    """A new, empty Cercle database in a temporary file."""
    from app.db.store import open_database

    database = open_database(str(tmp_path / "cercle.db"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo club, built once per run (as of a fixed date so figures are stable)."""
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path):
    """A private copy of the demo club that a test may change."""
    from app.db.store import open_database

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    database = open_database(str(path))
    yield database
    database.close()

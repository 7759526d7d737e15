"""Which database the window opens when it starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import database_to_open, default_database, demo_database


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CERCLE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CERCLE_DB", raising=False)
    return tmp_path / "data"


def test_the_file_named_wins_over_the_default() -> None:
    assert database_to_open("/clubs/rabat.db", demo=False) == "/clubs/rabat.db"


def test_without_a_name_the_users_own_database_opens(data_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_to_open(None, demo=False) == str(data_folder / "cercle.db") == default_database()
    monkeypatch.setenv("CERCLE_DB", "/clubs/shared.db")
    assert database_to_open(None, demo=False) == "/clubs/shared.db"


def test_the_demo_club_opens_once_written_and_is_none_before() -> None:
    assert database_to_open("/clubs/rabat.db", demo=True) is None  # to be written first
    demo_database().write_bytes(b"")
    assert database_to_open(None, demo=True) is None  # an empty file is not a written club
    demo_database().write_bytes(b"SQLite format 3\x00")
    assert database_to_open("/clubs/rabat.db", demo=True) == str(demo_database())


def _unreadable_folder(tmp_path: Path) -> Path:
    """A data folder that exists but whose demo club cannot even be looked at: the file's full
    path is longer than the system allows (as root too, unlike a folder without rights)."""
    folder = tmp_path
    while len(str(folder)) < 4090:
        folder = folder / ("d" * min(200, 4090 - len(str(folder)) - 1))
    folder.mkdir(parents=True)
    return folder


def test_a_data_folder_that_cannot_be_read_is_said_in_one_line(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.paths import DataFolderError

    folder = _unreadable_folder(tmp_path)
    monkeypatch.setenv("CERCLE_DATA_DIR", str(folder))
    with pytest.raises(DataFolderError) as refused:
        database_to_open(None, demo=True)
    text = refused.value.text("fr")
    assert "\n" not in text and str(folder) in text and "dossier" in text

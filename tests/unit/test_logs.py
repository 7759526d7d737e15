"""The log file and the streams of a program without console (the windowed bundle)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from app import logs


@pytest.fixture
def fresh_logger():
    """Leave the "cercle" logger as it was (handlers, level, propagation) after each test."""
    logger = logs.log
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield logger
    for handler in logger.handlers:
        if handler not in saved[0]:
            handler.close()
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


def _flush(logger: logging.Logger) -> None:
    for handler in logger.handlers:
        handler.flush()


def test_the_log_file_is_in_the_user_data_folder_and_set_up_once(fresh_logger, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CERCLE_DATA_DIR", str(tmp_path / "data"))
    path = logs.setup_logging()
    again = logs.setup_logging()
    assert path == again == (tmp_path / "data" / "logs" / "cercle.log").resolve()
    files = [h for h in fresh_logger.handlers if isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path]
    assert len(files) == 1
    fresh_logger.info("Réunion du 22/11 – رضا الناصري")
    _flush(fresh_logger)
    assert "Réunion du 22/11 – رضا الناصري" in path.read_text(encoding="utf-8")


def test_the_log_rotates_instead_of_growing(fresh_logger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(path=tmp_path / "logs" / "cercle.log")
    assert path is not None
    for index in range(200):
        fresh_logger.info("line %d %s", index, "x" * 50)
    _flush(fresh_logger)
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == ["cercle.log"] + [f"cercle.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= 2100 for p in path.parent.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")


def test_an_unwritable_folder_is_not_an_error(fresh_logger, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert logs.setup_logging(path=blocker / "logs" / "cercle.log") is None
    fresh_logger.error("still fine")  # nowhere to go, and no exception


def test_without_console_print_and_warnings_go_to_the_log(fresh_logger, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = logs.setup_logging(path=tmp_path / "cercle.log")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    logs.guard_streams(console_wanted=True)  # no parent console to attach to off Windows
    print("selftest line")
    print("partial", end="")
    sys.stderr.write("a warning\n")
    sys.stdout.flush()
    _flush(fresh_logger)
    text = path.read_text(encoding="utf-8")
    assert "INFO cercle: selftest line" in text
    assert "INFO cercle: partial" in text
    assert "WARNING cercle: a warning" in text


def test_streams_that_exist_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = sys.stdout, sys.stderr
    logs.guard_streams(console_wanted=True)
    assert sys.stdout is out and sys.stderr is err


def test_an_exception_is_logged_with_its_traceback(fresh_logger, tmp_path: Path) -> None:
    path = logs.setup_logging(path=tmp_path / "cercle.log")
    try:
        raise ValueError("boom <b>&")
    except ValueError as error:
        logs.log_exception(type(error), error, error.__traceback__)
    _flush(fresh_logger)
    text = path.read_text(encoding="utf-8")
    assert "ERROR cercle: Unexpected error" in text and "ValueError: boom <b>&" in text
    assert "test_an_exception_is_logged_with_its_traceback" in text

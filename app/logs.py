"""The log file, and standard streams that are safe when there is no console.

A windowed bundle (``Cercle.exe``) starts without a console: ``sys.stdout`` and ``sys.stderr``
are ``None`` there, and a stray ``print`` or warning would raise. :func:`guard_streams` puts a
writer into the log in their place (on Windows, a subcommand typed in a console first attaches
to that console, so ``Cercle.exe selftest`` prints its lines). :func:`setup_logging` writes to a
rotating file in the user data folder (``%LOCALAPPDATA%\\Cercle\\logs\\cercle.log`` on Windows).
"""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from app.domain.errors import CercleError
from app.paths import user_data_dir

LOGGER_NAME = "cercle"
LOG_FILE = "cercle.log"
MAX_BYTES = 1_000_000  # per file; with BACKUP_COUNT old files, at most ~6 MB of logs
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER_NAME)


def log_folder() -> Path:
    """The ``logs`` folder inside the user data folder (not created here)."""
    return user_data_dir() / "logs"


def log_path() -> Path:
    return log_folder() / LOG_FILE


class _LogStream(io.TextIOBase):
    """A text stream that sends each complete line to the log (stands in for a missing console)."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                log.log(self.level, "%s", line.rstrip())
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            log.log(self.level, "%s", self._pending.rstrip())
        self._pending = ""


def _attach_parent_console() -> bool:
    """On Windows, write to the console the windowed program was typed in, if any."""
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # ATTACH_PARENT_PROCESS
            return False
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        return True
    except (OSError, AttributeError, ValueError):
        return False


def guard_streams(console_wanted: bool = False) -> None:
    """Give ``sys.stdout``/``sys.stderr`` a writer when the program has none (windowed bundle).

    Args:
        console_wanted: a subcommand runs: on Windows, attach to the parent console first.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    if console_wanted and _attach_parent_console():
        return
    if sys.stdout is None:
        sys.stdout = _LogStream(logging.INFO)
    if sys.stderr is None:
        sys.stderr = _LogStream(logging.WARNING)


def setup_logging(level: int = logging.INFO, path: Path | None = None) -> Path | None:
    """Log to a rotating file in the user data folder; return its path, or None if unwritable.

    Calling it again changes nothing (one handler per file). Without a writable folder the
    program still runs: records then go nowhere rather than to a missing console.
    """
    from logging.handlers import RotatingFileHandler

    try:
        target = (path or log_path()).resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
    except (OSError, CercleError):  # CercleError: no user data folder (app.paths)
        log.addHandler(logging.NullHandler())
        return None
    log.setLevel(level)
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    try:
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                                      delay=True)
    except OSError:
        log.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.propagate = False
    return target


def log_exception(exc_type: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Write an unexpected exception and its traceback to the log."""
    log.error("Unexpected error (pid %s)", os.getpid(), exc_info=(exc_type, value, tb))

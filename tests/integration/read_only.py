"""Making a file or a folder unwritable in a test, root included (root ignores permission bits)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    result = subprocess.run(["chattr", flag, str(path)], capture_output=True)
    return result.returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` (a file or a folder) unwritable, even for root, for the duration."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    # Root ignores permission bits; only the immutable attribute stops it writing.
    if not _chattr("+i", path):
        pytest.skip("running as root and chattr +i is not available: cannot make a file read-only")
    try:
        yield
    finally:
        _chattr("-i", path)

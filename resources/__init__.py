"""Data shipped with Cercle: translations, icons, fonts and stylesheet."""

from importlib.resources import as_file, files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return a real filesystem path to a shipped resource (installed or frozen)."""
    ref = files(__name__).joinpath(*parts)
    with as_file(ref) as path:
        return Path(path)

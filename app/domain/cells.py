"""Spreadsheet cells: a text that a spreadsheet would run as a formula is kept as text."""

from __future__ import annotations

from typing import Any

# A cell starting with one of these is read as a formula by Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Keep a spreadsheet from reading a text cell as a formula (printed CSV, exported files)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value

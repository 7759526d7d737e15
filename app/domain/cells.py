"""Spreadsheet cells: a text that a spreadsheet would run as a formula is kept as text, and
characters no workbook can hold are left out."""

from __future__ import annotations

import re
from typing import Any

# A cell starting with one of these is read as a formula by Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# The control characters XML 1.0 forbids (all below a space but tab, line feed and carriage
# return): openpyxl refuses them and Excel reports a CSV holding them as damaged.
_UNHOLDABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(value: Any) -> Any:
    """Leave out of a text cell the control characters a spreadsheet cannot hold."""
    if isinstance(value, str):
        return _UNHOLDABLE.sub("", value)
    return value


def neutralise(value: Any) -> Any:
    """Keep a spreadsheet from reading a text cell as a formula (printed CSV, exported files);
    the cell is :func:`clean` first, so a formula cannot hide behind a control character."""
    value = clean(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value

"""Dates and times are turned into text in one place each: ``app/formatting.py`` for text,
``ui/widgets/date_edit.py`` for the date fields of the window (and file names' stamps in the
backup rules), so that no screen or report writes a date its own way."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ALLOWED = {
    "strftime": {"app/formatting.py", "app/domain/backup.py"},
    "setDisplayFormat": {"ui/widgets/date_edit.py"},
}


def _uses(word: str, sources: list[Path]) -> set[str]:
    pattern = re.compile(rf"\b{word}\(")
    return {
        path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name
        for path in sources
        if pattern.search(path.read_text(encoding="utf-8"))
    }


def test_dates_and_times_become_text_in_one_place_each() -> None:
    sources = sorted((REPO / "app").rglob("*.py")) + sorted((REPO / "ui").rglob("*.py"))
    for word, allowed in ALLOWED.items():
        assert _uses(word, sources) == allowed, word


def test_the_finder_sees_a_use(tmp_path: Path) -> None:
    # Guard against a checker that can never fail.
    stray = tmp_path / "stray.py"
    stray.write_text('edit.setDisplayFormat("d/M/yy")\nday.strftime("%d")\n', encoding="utf-8")
    assert _uses("strftime", [stray]) and _uses("setDisplayFormat", [stray])

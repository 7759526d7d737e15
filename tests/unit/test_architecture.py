"""``app/`` is the Qt-free core: the command line, services and store never load Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app"
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imported_roots(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, top-level package) of every import statement, at any depth (functions too)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value.split(".")[0]))
    return found


def test_the_finder_sees_qt_imports() -> None:
    # Guard against a checker that can never fail.
    source = textwrap.dedent(
        """
        import PySide6.QtCore
        def late():
            from shiboken6 import isValid
            importlib.import_module("PySide6.QtWidgets")
        """
    )
    assert {root for _, root in _imported_roots(ast.parse(source))} == {"PySide6", "shiboken6"}


def test_no_module_under_app_imports_qt() -> None:
    sources = sorted(APP.rglob("*.py"))
    assert len(sources) > 20  # the whole core, migrations included
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {root}"
        for path in sources
        for line, root in _imported_roots(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if root in QT_PACKAGES
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "statements",
    [
        "import app.cli, app.services.members, app.db.store",
        # Running a real command loads the lazily imported modules too.
        "from app.cli import main; from app.db.store import open_database; open_database(DB).close(); "
        "assert main(['members', 'list', '--db', DB, '--format', 'json']) == 0",
        "from app.cli import main; assert main(['demo', DB]) == 0",
    ],
    ids=["import", "members-list", "demo"],
)
def test_core_and_command_line_run_without_loading_qt(statements: str, tmp_path: Path) -> None:
    script = f"import sys\nDB = {str(tmp_path / 'club.db')!r}\n{statements}\n" + textwrap.dedent(
        """
        loaded = sorted(name for name in sys.modules if name.split(".")[0] in {"PySide6", "shiboken6"})
        assert not loaded, loaded
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr

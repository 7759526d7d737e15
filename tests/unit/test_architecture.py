"""``app/`` is the Qt-free core: the command line, services and store never load Qt; reports
only lay out what a service read; and no module of ``app/`` or ``ui/`` takes part in an import
cycle, deferred imports included."""

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


def _imported_names(tree: ast.AST, package: str = "") -> list[tuple[int, str]]:
    """(line, dotted name) of every import statement, at any depth (functions too): ``from a
    import b`` gives ``a`` and ``a.b``; a relative import is resolved against ``package`` (left
    out without one)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if not package:
                    continue
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _imported_roots(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, top-level package) of every absolute import, at any depth (functions too)."""
    return [(line, name.split(".")[0]) for line, name in _imported_names(tree)]


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



# A report lays out the data its service read (app/services/report_data): it reads no database and
# calls no service, so that a letter or a receipt can print the same data without a second reading.
REPORTS_MAY_NOT_IMPORT = ("sqlalchemy", "app.db", "app.services")


def reports_reading_data(root: Path) -> list[str]:
    """Each import under ``root/app/reports`` of SQLAlchemy, ``app.db`` or ``app.services``,
    wherever it is made (inside a function, under ``TYPE_CHECKING``, through ``import_module``)."""
    offenders = []
    for path in sorted((root / "app" / "reports").rglob("*.py")):
        name = _module_name(root, path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        offenders += sorted({
            f"{path.relative_to(root)}:{line} imports {imported}"
            for line, imported in _imported_names(tree, package)
            if any(imported == banned or imported.startswith(banned + ".") for banned in REPORTS_MAY_NOT_IMPORT)
        })
    return offenders


def test_the_report_checker_sees_every_way_of_reading_data(tmp_path: Path) -> None:
    # Guard against a checker that can never fail.
    bad = tmp_path / "app" / "reports" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(textwrap.dedent(
        """
        from typing import TYPE_CHECKING
        from app.domain.compliance import Light
        from app.dbx import fine
        if TYPE_CHECKING:
            from app.services.members import MemberRow
        def render(data, doc):
            from sqlalchemy import select
            from app import db
            from ..services import compliance
            importlib.import_module("app.db.models")
        """), encoding="utf-8")
    assert {line.split(" imports ")[1] for line in reports_reading_data(tmp_path)} == {
        "app.services.members", "app.services.members.MemberRow", "sqlalchemy", "sqlalchemy.select",
        "app.db", "app.services", "app.services.compliance", "app.db.models"}  # not app.domain, app.dbx


def test_reports_only_render_what_a_service_read() -> None:
    assert (APP / "reports" / "conformite.py").exists()  # the checker looks where the reports are
    assert reports_reading_data(REPO) == []

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


# Cycles known and not yet removed: none left (imports and import_grid share import_plan, a
# layer below both). The set may only shrink; a new cycle fails the test.
KNOWN_CYCLES: set[frozenset[str]] = set()


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_modules(tree: ast.AST, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """Our modules that ``name`` imports anywhere: in functions and ``TYPE_CHECKING`` blocks too.

    A module's own packages are left out: Python runs them before it, whatever it imports.
    """
    package = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            found |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                      for alias in node.names}
    return {module for module in found & modules
            if module != name and not name.startswith(module + ".")}


def import_cycles(root: Path, packages: tuple[str, ...] = ("app", "ui")) -> set[frozenset[str]]:
    """Each set of modules under ``packages`` that import one another in a circle."""
    paths = {_module_name(root, path): path for package in packages
             for path in sorted((root / package).rglob("*.py"))}
    graph = {
        name: _imported_modules(ast.parse(path.read_text(encoding="utf-8"), str(path)), name,
                                path.name == "__init__.py", set(paths))
        for name, path in paths.items()
    }
    # Tarjan's strongly connected components, iteratively (no recursion limit to meet).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: set[frozenset[str]] = set()
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = {stack.pop()}
                while node not in component:
                    component.add(stack.pop())
                if len(component) > 1:
                    cycles.add(frozenset(component))
    return cycles


def test_the_cycle_finder_sees_deferred_and_type_only_imports(tmp_path: Path) -> None:
    # Guard against a checker that can never fail.
    files = {
        "app/__init__.py": "",
        "app/a.py": "def late():\n    from app.b import thing\n",
        "app/b.py": "from . import c\n",
        "app/c.py": "import app.a\n",
        "app/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.e import E\n",
        "app/e.py": "from app import d\n",
        "app/f.py": "from app.a import late\nfrom app import helpers\n",  # no circle
        "app/helpers/__init__.py": "from app.helpers.one import ONE\n",
        "app/helpers/one.py": "from app.helpers import OTHER\nONE = 1\n",  # its own package
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert import_cycles(tmp_path, ("app",)) == {
        frozenset({"app.a", "app.b", "app.c"}), frozenset({"app.d", "app.e"})}


def test_no_import_cycles_in_app_and_ui() -> None:
    cycles = import_cycles(REPO)
    assert cycles - KNOWN_CYCLES == set(), sorted(sorted(cycle) for cycle in cycles - KNOWN_CYCLES)


MESSAGE_BOX_HELPER = Path("ui") / "widgets" / "message_box.py"
# Methods only a message box has: its informative and detailed texts are set by the helper.
MESSAGE_BOX_TEXTS = {"setInformativeText", "setDetailedText"}


def _names(node: ast.expr, widget: str) -> bool:
    return (isinstance(node, ast.Name) and node.id == widget) or (
        isinstance(node, ast.Attribute) and node.attr == widget)


def widget_uses_outside(root: Path, widget: str, helpers: tuple[Path, ...], methods: set[str]) -> list[str]:
    """Each place under ``root/ui`` but ``helpers`` that builds a ``widget`` itself, calls one of
    its static functions, derives from it, imports it under another name or calls one of
    ``methods`` (on anything). Its enums may be read, and it may be named in a type or a search."""
    offenders = []
    for path in sorted((root / "ui").rglob("*.py")):
        where = path.relative_to(root)
        if where in helpers:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and _names(node.func, widget):
                offenders.append(f"{where}:{node.lineno} builds a {widget}")
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and _names(node.func.value, widget)):
                offenders.append(f"{where}:{node.lineno} calls {widget}.{node.func.attr}")
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in methods):
                offenders.append(f"{where}:{node.lineno} calls {node.func.attr}")
            elif isinstance(node, ast.ClassDef) and any(_names(base, widget) for base in node.bases):
                offenders.append(f"{where}:{node.lineno} derives from {widget}")
            elif isinstance(node, ast.ImportFrom | ast.Import):
                offenders += [f"{where}:{node.lineno} imports {widget} as {alias.asname}"
                              for alias in node.names
                              if alias.name.rpartition(".")[2] == widget and alias.asname]
    return offenders


def message_boxes_outside_helper(root: Path) -> list[str]:
    """Each place but the helper that makes a message box or sets its informative or detailed text."""
    return widget_uses_outside(root, "QMessageBox", (MESSAGE_BOX_HELPER,), MESSAGE_BOX_TEXTS)


def test_the_message_box_checker_sees_every_way_of_showing_one(tmp_path: Path) -> None:
    # Guard against a checker that can never fail.
    bad = tmp_path / "ui" / "pages" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(textwrap.dedent(
        """
        from PySide6 import QtWidgets
        from PySide6.QtWidgets import QMessageBox
        from PySide6.QtWidgets import QMessageBox as Box
        class Mine(QMessageBox):
            pass
        def show(parent, name):
            if QMessageBox.question(parent, "Delete", name) == QMessageBox.StandardButton.Yes:
                QMessageBox.warning(parent, "Delete", name)
            box = QtWidgets.QMessageBox(parent)
            box.setInformativeText(name)
            box.setDetailedText(name)
            return QMessageBox.Icon.Warning
        """), encoding="utf-8")
    helper = tmp_path / MESSAGE_BOX_HELPER
    helper.parent.mkdir(parents=True)
    helper.write_text("from PySide6.QtWidgets import QMessageBox\nbox = QMessageBox()\n", encoding="utf-8")
    assert sorted(message_boxes_outside_helper(tmp_path)) == [  # not the enums, not the helper
        "ui/pages/bad.py:10 builds a QMessageBox", "ui/pages/bad.py:11 calls setInformativeText",
        "ui/pages/bad.py:12 calls setDetailedText", "ui/pages/bad.py:4 imports QMessageBox as Box",
        "ui/pages/bad.py:5 derives from QMessageBox", "ui/pages/bad.py:8 calls QMessageBox.question",
        "ui/pages/bad.py:9 calls QMessageBox.warning"]


def test_every_message_box_of_the_window_shows_its_text_as_plain_text() -> None:
    """A message quotes names as typed; only the helper builds boxes, and it makes them plain."""
    assert (REPO / MESSAGE_BOX_HELPER).exists()
    assert message_boxes_outside_helper(REPO) == []


LABEL_HELPER = Path("ui") / "widgets" / "label.py"


def labels_outside_helper(root: Path) -> list[str]:
    """Each place but ``ui.widgets.label`` that makes a label or sets a text format (a label's
    or a message box's: only the two helpers choose one)."""
    return widget_uses_outside(root, "QLabel", (LABEL_HELPER, MESSAGE_BOX_HELPER), {"setTextFormat"})


def test_the_label_checker_sees_every_way_of_making_one(tmp_path: Path) -> None:
    # Guard against a checker that can never fail.
    bad = tmp_path / "ui" / "pages" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(textwrap.dedent(
        """
        from PySide6 import QtWidgets
        from PySide6.QtWidgets import QLabel
        from PySide6.QtWidgets import QLabel as Text
        class Mine(QLabel):
            pass
        def show(parent, name):
            label = QtWidgets.QLabel(name)
            other = QLabel(parent)
            label.setTextFormat(1)
            return parent.findChildren(QLabel)
        """), encoding="utf-8")
    helper = tmp_path / LABEL_HELPER
    helper.parent.mkdir(parents=True)
    helper.write_text("from PySide6.QtWidgets import QLabel\nlabel = QLabel()\n", encoding="utf-8")
    assert sorted(labels_outside_helper(tmp_path)) == [  # not a search by type, not the helper
        "ui/pages/bad.py:10 calls setTextFormat", "ui/pages/bad.py:4 imports QLabel as Text",
        "ui/pages/bad.py:5 derives from QLabel", "ui/pages/bad.py:8 builds a QLabel",
        "ui/pages/bad.py:9 builds a QLabel"]


def test_every_label_of_the_window_is_plain_unless_it_is_the_apps_own_markup() -> None:
    """A label quotes names as typed: ui.widgets.label makes every label, plain or rich."""
    assert (REPO / LABEL_HELPER).exists()
    assert labels_outside_helper(REPO) == []

"""The start-up tricks of ui.startup: the collector's pause and the modules declared to PySide6.

What they save is measured by bench/bench_startup.py; tests/integration/test_startup_path.py
starts the real application and checks that the binding read no source of ours on the way.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

import ui
from ui import startup

feature = pytest.importorskip("PySide6.support.feature")
binding_has_table = pytest.mark.skipif(
    not isinstance(getattr(feature, "pyside_feature_dict", None), dict), reason="this binding keeps no such table")


@pytest.fixture
def known(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """An empty table in place of the binding's: what a start declares, before anything is read."""
    table: dict[str, int] = {}
    monkeypatch.setattr(feature, "pyside_feature_dict", table)
    return table


@binding_has_table
def test_every_ui_module_and_every_module_loaded_before_is_declared(known: dict[str, int]) -> None:
    startup.declare_modules_to_binding()
    files = [path for path in Path(ui.__file__).parent.rglob("*.py") if path.name != "__init__.py"]
    names = {".".join(path.relative_to(Path(ui.__file__).parent.parent).with_suffix("").parts) for path in files}
    assert len(names) > 50 and all(known.get(name) == 0 for name in names)
    assert known["os"] == -1 and known["sqlalchemy"] == -1  # loaded before: read as using no feature


@binding_has_table
def test_a_bundle_without_the_folder_declares_what_it_can_and_does_not_fail(known: dict[str, int],
                                                                           tmp_path: Path) -> None:
    sys.modules.setdefault("cercle_test_loaded_module", sys)
    try:
        startup.declare_modules_to_binding("bundled", str(tmp_path / "absent"))
        assert known["bundled"] == 0
        assert known["cercle_test_loaded_module"] == -1
    finally:
        del sys.modules["cercle_test_loaded_module"]


def test_collection_resumes_once_and_freezes_what_start_up_built() -> None:
    assert gc.isenabled()
    startup.pause_collection()
    try:
        assert not gc.isenabled()
        frozen = gc.get_freeze_count()
        startup.resume_collection()
        assert gc.isenabled() and gc.get_freeze_count() >= frozen
        startup.resume_collection()  # a second call (after a refused start, say) changes nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_benchmark_page_is_read_from_its_one_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(startup.BENCH_PAGE, raising=False)
    assert startup.benchmark_page() is None
    monkeypatch.setenv(startup.BENCH_PAGE, "members")
    assert startup.benchmark_page() == "members"

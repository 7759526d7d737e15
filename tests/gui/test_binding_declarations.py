"""ui/__init__.py declares modules to PySide6 so that it does not read their sources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ui

feature = pytest.importorskip("PySide6.support.feature")
known = getattr(feature, "pyside_feature_dict", None)
pytestmark = pytest.mark.skipif(not isinstance(known, dict), reason="this binding keeps no such table")


def test_every_ui_module_and_every_module_loaded_before_is_declared() -> None:
    # Modules not imported yet are known only from the declaration, not from the binding's reading.
    files = [path for path in Path(ui.__file__).parent.rglob("*.py") if path.name != "__init__.py"]
    names = {".".join(path.relative_to(Path(ui.__file__).parent.parent).with_suffix("").parts) for path in files}
    assert len(names) > 50 and all(known.get(name) == 0 for name in names)
    assert known["os"] == -1  # loaded before the package


def test_a_bundle_without_the_folder_declares_what_it_can_and_does_not_fail(tmp_path) -> None:
    sys.modules.setdefault("cercle_test_loaded_module", sys)
    try:
        ui._declare_modules_to_binding("bundled", str(tmp_path / "absent"))
        assert known["bundled"] == 0
        assert known["cercle_test_loaded_module"] == -1
    finally:
        del sys.modules["cercle_test_loaded_module"]
        known.pop("bundled", None)
        known.pop("cercle_test_loaded_module", None)

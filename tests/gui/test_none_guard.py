"""The guard against the binding's lost references to ``None`` (see ``ui.none_guard``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ui import none_guard

REPO = Path(__file__).resolve().parents[2]

# 200,000 calls that return None, in a process that has only a few thousand references to None
# to spare; the event loop is spun between batches, as the window does between user actions.
MANY_CALLS = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication, QLabel
    {make}
    label = QLabel()
    for batch in range(40):
        for _ in range(5000):
            label.setText("x")
        time.sleep(0.01)
        app.processEvents()
    print("survived")
    """
)


def run_script(make: str) -> subprocess.CompletedProcess[str]:
    script = MANY_CALLS.format(make=make)
    return subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_long_session_of_qt_calls_survives_with_the_application_made_by_cercle() -> None:
    guarded = run_script("from ui import none_guard; none_guard.CHECK_MS = 5\n"
                         "from ui.main import make_application; app = make_application()")
    assert guarded.returncode == 0, guarded.stderr[-2000:]
    assert "survived" in guarded.stdout
    if none_guard.binding_loses_none():
        # The fault is real on this binding: the same calls without the guard abort Python.
        bare = run_script("app = QApplication([])")
        assert bare.returncode != 0
        assert "none_dealloc" in bare.stderr


def test_the_guard_runs_exactly_when_the_binding_needs_it(qapp) -> None:
    from ui.main import make_application

    app = make_application()
    needed = none_guard.binding_loses_none()
    assert none_guard.install(app) is needed
    assert (none_guard._timer is not None and none_guard._timer.isActive()) is needed


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal: its count never falls")
def test_top_up_brings_the_count_back_to_high(monkeypatch: pytest.MonkeyPatch) -> None:
    count = sys.getrefcount(None)
    monkeypatch.setattr(none_guard, "LOW", count + 1000)
    monkeypatch.setattr(none_guard, "HIGH", count + 3000)
    added = none_guard.top_up()
    assert 2500 <= added <= 3000
    assert sys.getrefcount(None) >= count + 2500
    assert none_guard.top_up() == 0  # above LOW now: nothing more

"""The start-up trick of ui.startup (the collector's pause) and the benchmark's one hook.

What the pause saves is measured by bench/bench_startup.py (see ui.startup)."""

from __future__ import annotations

import gc

import pytest

from ui import startup


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

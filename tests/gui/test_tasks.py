"""The task runner: a failed task reaches its handler and leaves its traceback in the log file."""

from __future__ import annotations

import logging

import pytest

from app.domain.errors import CercleError
from app.logs import log
from ui.tasks import TaskRunner


def _broken() -> None:
    raise RuntimeError("disk on fire")


@pytest.mark.parametrize("synchronous", [True, False], ids=["synchronous", "threaded"])
def test_an_unexpected_failure_is_logged_with_its_traceback_and_handed_over(qtbot, caplog, synchronous) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    runner.set_synchronous(synchronous)
    seen: list[BaseException] = []
    log.addHandler(caplog.handler)  # heard even when an earlier test's log set-up stopped propagation
    try:
        with caplog.at_level(logging.INFO, logger=log.name):
            runner.run(_broken, on_error=seen.append)
            qtbot.wait_until(lambda: bool(seen), timeout=5000)
    finally:
        log.removeHandler(caplog.handler)
    assert [str(error) for error in seen] == ["disk on fire"]
    # One record, whether it reached the handler directly, by propagation or both.
    [record] = {id(r): r for r in caplog.records if r.name == log.name and r.levelno >= logging.ERROR}.values()
    assert record.exc_info is not None and "disk on fire" in caplog.text and "_broken" in caplog.text


@pytest.mark.parametrize("synchronous", [True, False], ids=["synchronous", "threaded"])
def test_a_user_error_is_handed_over_without_a_traceback(qtbot, caplog, synchronous) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    runner.set_synchronous(synchronous)
    seen: list[BaseException] = []

    def refused() -> None:
        raise CercleError("No such meeting.")

    with caplog.at_level(logging.INFO, logger=log.name):
        runner.run(refused, on_error=seen.append)
        qtbot.wait_until(lambda: bool(seen), timeout=5000)
    assert isinstance(seen[0], CercleError)
    assert not [r for r in caplog.records if r.name == log.name and r.levelno >= logging.ERROR]


class _Cancelled(BaseException):
    """An exception that is not an Exception (as a library's cancellation can be)."""


def _cancelled() -> None:
    raise _Cancelled("stopped by the driver")


@pytest.mark.parametrize("synchronous", [True, False], ids=["synchronous", "threaded"])
def test_both_modes_hand_over_what_is_not_an_exception_too(qtbot, synchronous) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    runner.set_synchronous(synchronous)
    seen: list[BaseException] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(_cancelled, on_error=seen.append)
    qtbot.wait_until(lambda: bool(seen), timeout=5000)
    assert [type(error) for error in seen] == [_Cancelled]
    assert busy in ([], [True, False])  # the window is not left busy


def test_an_exit_asked_for_by_a_task_is_not_swallowed_inline(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    runner.set_synchronous(True)
    seen: list[BaseException] = []

    def leave() -> None:
        raise SystemExit(3)

    with pytest.raises(SystemExit):
        runner.run(leave, on_error=seen.append)
    assert seen == []


def test_an_exit_in_a_thread_does_not_leave_the_window_busy(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: list[BaseException] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    def leave() -> None:
        raise SystemExit(3)

    runner.run(leave, on_error=seen.append)
    qtbot.wait_until(lambda: busy == [True, False], timeout=5000)
    assert seen == []

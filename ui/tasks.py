"""The one task runner: long work off the GUI thread, results posted back to it.

A task is a plain function that never touches widgets; ``on_done`` and ``on_error`` run
on the GUI thread. While tasks run the window shows a busy indicator; a failure shows
one clear message (a :class:`CercleError` in French, anything else with its log path).
Tests call :meth:`TaskRunner.set_synchronous` to run tasks inline. Both modes hand the same
exceptions to ``on_error`` (every :class:`BaseException` but :data:`PASSED_ON`) and write an
unexpected one, with its traceback, to the log file. An exit or a Ctrl+C is the interpreter's
business: inline it goes on to the caller; in a thread it ends the task silently, as it ends any
Python thread, and the window is no longer busy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.domain.errors import CercleError
from app.logs import log_exception

PASSED_ON = (KeyboardInterrupt, SystemExit)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()  # by an exit: nothing to report


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except PASSED_ON:
            self.signals.ended.emit()
        except BaseException as error:  # reported to the GUI thread, never lost (logged there)
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Run functions in a thread pool; tell the window when it is busy."""

    busy_changed = Signal(bool)
    task_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[_Task] = set()
        self._synchronous = False

    def set_synchronous(self, value: bool) -> None:
        self._synchronous = value

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        if self._synchronous:
            try:
                result = fn()
            except PASSED_ON:
                raise
            except BaseException as error:
                self._fail(error, on_error)
            else:
                if on_done:
                    on_done(result)
            return
        task = _Task(fn)
        task.setAutoDelete(False)
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)

        def finish(result: Any) -> None:
            self._forget(task)
            if on_done:
                on_done(result)

        def fail(error: BaseException) -> None:
            self._forget(task)
            self._fail(error, on_error)

        task.signals.finished.connect(finish)
        task.signals.failed.connect(fail)
        task.signals.ended.connect(lambda: self._forget(task))
        self._pool.start(task)

    def _forget(self, task: _Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    def _fail(self, error: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if not isinstance(error, CercleError):  # a user's error is shown, not logged
            log_exception(type(error), error, error.__traceback__)
        if on_error is not None:
            on_error(error)
        else:
            self.task_failed.emit(error)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

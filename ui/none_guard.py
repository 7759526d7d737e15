"""A guard against the Qt binding's lost references to ``None`` on Python 3.11.

PySide6 6.12.0 hands ``None`` back to Python without taking a reference to it: every call of a
method that returns nothing (``setText``, ``update``, ``processEvents``, ``super().paintEvent``)
lowers ``None``'s reference count by one. From Python 3.12 on ``None`` is immortal and this is
harmless. On 3.11 the count reaches zero after some tens of thousands of calls -- minutes of
work in the window -- and the interpreter aborts ("none_dealloc"), window and all, with no
message and no log line. The test suite measures the fault of the installed binding.

The guard measures the fault once, when the application is made. If the binding has it, a
timer keeps ``None``'s count between :data:`LOW` and :data:`HIGH` by adding references: tuples
of ``None`` that are deliberately never freed, not even when Python shuts down (freeing them
then would drop the count to zero at the last moment). They cost 8 bytes per lost reference:
a few MB for a day of work. Until the first tick, a plain reserve of :data:`FIRST_RESERVE`
covers start-up and scripts that call Qt in a loop (a bare process has only ~5,000 references
to spare). Elsewhere the guard does nothing.
"""

from __future__ import annotations

import functools
import sys

from PySide6.QtCore import QObject, QTimer
from shiboken6 import Shiboken

LOW = 500_000
HIGH = 1_000_000
CHECK_MS = 1000  # losing LOW references within one tick would take ~500,000 Qt calls a second
FIRST_RESERVE = 100_000  # freed at exit, when the ticks' reserves hold far more
_PROBE_CALLS = 64

_timer: QTimer | None = None
_first_reserve: tuple[None, ...] = ()


@functools.cache
def binding_loses_none() -> bool:
    """Tell whether calls into the binding that return ``None`` leave ``None`` one reference short
    (measured once: the binding does not change while the process runs)."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: its count no longer moves
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def top_up() -> int:
    """Bring ``None``'s count back to :data:`HIGH` when it fell under :data:`LOW`; return the
    references added (0 most of the time)."""
    count = sys.getrefcount(None)
    if count >= LOW:
        return 0
    import ctypes  # only here: the start path never needs it

    reserve = (None,) * (HIGH - count)
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(reserve))  # never freed, on purpose (see above)
    return len(reserve)


def install(parent: QObject) -> bool:
    """Start the guard under ``parent`` (the application) if the binding needs it; idempotent.
    The first top-up waits for the first tick: ``ctypes`` and a large tuple stay off the start path."""
    global _timer, _first_reserve
    if _timer is not None and Shiboken.isValid(_timer):
        return True
    if not binding_loses_none():
        return False
    _first_reserve = (None,) * FIRST_RESERVE
    _timer = QTimer(parent)
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(top_up)
    _timer.start()
    return True

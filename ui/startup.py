"""The GUI's start-up trick, and the start-up benchmark's one hook.

A trick stays here only if ``bench/bench_startup.py`` measures it worth 10 ms or more, against the
same source with the trick taken out, alternately in the same run:

- The garbage collector waits until the window is shown (:func:`pause_collection`, then
  :func:`resume_collection`): worth 29 to 61 ms on medians (24 ms on minima, and 180 to 210 ms of
  CPU) in two runs of 15 and 21 launches on 7 December 2026 (2 CPUs, load 0.8 to 1.0). Start-up
  builds a few hundred thousand long-lived objects (SQLAlchemy, the binding, the first page) that
  the collector would stop to scan again and again, finding nothing to free. Once the window is
  shown they are frozen (set aside and never scanned again, which also keeps later pauses short
  while the secretary types) and collection resumes.

Two earlier tricks were measured in the same runs and removed: declaring our modules in PySide6's
private ``pyside_feature_dict`` so that it would not read their sources (-6 to +6 ms on medians,
4 to 10 ms paired), and importing the first screen's Qt-free modules before Qt (+2 to +6 ms
paired). Opening the database in a thread while Qt loaded was removed on 8 December 2026: 9 ms
when it came and 5 ms paired on 7 December (quiet machine), under the 10 ms bar; on 8 December,
under a load of 3 to 6, two runs could not tell it from noise (two identical copies differed by
16 ms on medians and 46 ms paired). One launch in about a thousand aborted while importing the
Qt binding as that thread ran. The database now opens on the GUI thread before the window is
built. ``ui.none_guard`` prevents an abort on Python 3.11 whatever it costs.

None of this module's imports is Qt's: the command line calls it before Qt is loaded.

The benchmark's hook: ``CERCLE_BENCH_PAGE=<page key>`` (``members``) opens the window on that page
and, once it is painted, prints ``CERCLE_BENCH_PAINTED <time.time()>`` and quits
(:func:`benchmark_page`, :func:`report_painted`); ``bench/floor_window.py`` prints the same line.
"""

from __future__ import annotations

import gc
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

BENCH_PAGE = "CERCLE_BENCH_PAGE"
BENCH_MARK = "CERCLE_BENCH_PAINTED"


def pause_collection() -> None:
    gc.disable()


def resume_collection() -> None:
    """Idempotent: only the first call after :func:`pause_collection` freezes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def benchmark_page() -> str | None:
    """The page the benchmark times (``CERCLE_BENCH_PAGE``), or None for a normal start."""
    return os.environ.get(BENCH_PAGE) or None


def report_painted(app: QApplication, window: QWidget) -> None:
    """Once ``window`` is painted, print the time for the benchmark and quit; called on a
    zero-delay timer after the window is shown, as ``bench/floor_window.py`` does."""
    app.processEvents()
    window.repaint()
    print(f"{BENCH_MARK} {time.time():.6f}", flush=True)
    app.quit()

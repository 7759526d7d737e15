"""The GUI's start-up tricks, and the start-up benchmark's one hook.

Each trick is here because ``bench/bench_startup.py`` measured what it saves, against the same
source with the trick taken out, alternately in the same run (figures of FIGURES_DATE, FIGURES_RUN):

- The garbage collector waits until the window is shown (:func:`pause_collection`, then
  :func:`resume_collection`): GC_FIGURE. Start-up builds a few hundred thousand long-lived
  objects (SQLAlchemy, the binding, the first page) that the collector would stop to scan again
  and again, finding nothing to free. Once the window is shown they are frozen (set aside and
  never scanned again, which also keeps later pauses short while the secretary types) and
  collection resumes.
- PySide6 is told which modules select no ``__feature__`` (:func:`declare_modules_to_binding`):
  FEATURE_FIGURE. Once loaded, the binding reads the whole source of each module imported after it, and
  of each module already loaded the first time an import names it, looking for
  ``from __feature__ import ...`` lines; it reads no module its table ``pyside_feature_dict``
  already knows.
- The Qt-free modules the first screen needs are loaded before Qt (:func:`load_before_qt`):
  PRELOAD_FIGURE. Loaded after the binding, each would be read by it as above.

None of this module's imports is Qt's: the command line calls it before Qt is loaded. PySide6's
private table is written in :func:`declare_modules_to_binding` only, and a release of the
binding without it is left to read the sources as before.

The benchmark's hook: ``CERCLE_BENCH_PAGE=<page key>`` (``members``) opens the window on that page
and, once it is painted, prints ``CERCLE_BENCH_PAINTED <time.time()>`` and quits
(:func:`benchmark_page`, :func:`report_painted`); ``bench/floor_window.py`` prints the same line.
"""

from __future__ import annotations

import gc
import os
import sys
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


def load_before_qt() -> None:
    """Import what the first screen needs and Qt does not, before the binding is loaded."""
    import logging.handlers  # noqa: F401  (the log file)

    import platformdirs  # noqa: F401  (the user data folder)
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import resources  # noqa: F401  (icons and translations)
    from app.db import store  # noqa: F401
    from app.services import database_info, member_list  # noqa: F401  (the welcome question, the members)


def declare_modules_to_binding(package: str = __package__ or "ui",
                               folder: str = os.path.dirname(__file__)) -> None:
    """Load PySide6 and enter in its table every module of ``package`` as using it without any
    feature (0), and every module already loaded as not using it (-1).

    Either entry means no feature for that module, which is what reading it would have concluded
    (the binding itself records 0 for any source that merely names PySide6): none of ours, and
    none of the libraries loaded before it (SQLAlchemy, the standard library), selects one. In a
    bundle, where ``folder`` holds no sources, only the modules already loaded are entered.
    """
    try:
        from PySide6.support import feature
    except ImportError:  # Qt cannot be loaded: importing the window says why
        return
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    for name in list(sys.modules):
        if name.partition(".")[0] not in ("PySide6", "shiboken6", "__feature__", package):
            known.setdefault(name, -1)
    folders = [(package, folder)]
    while folders:
        package, folder = folders.pop()
        known.setdefault(package, 0)
        if not os.path.isdir(folder):
            continue
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
                    folders.append((f"{package}.{entry.name}", entry.path))
                elif entry.name.endswith(".py") and entry.name != "__init__.py":
                    known.setdefault(f"{package}.{entry.name[:-3]}", 0)


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

"""Start-up: the cyclic garbage collector waits until the first screen is shown.

Starting the GUI allocates a few hundred thousand long-lived objects (SQLAlchemy, Qt's
bindings, the first page), and the collector keeps stopping to scan them, only to find
nothing to free: about 30 ms of the start, measured. It is paused from the start of the GUI
until its window is painted; then what start-up built is frozen (set aside, never scanned
again, which also keeps later pauses short while the secretary types) and collection resumes.
"""

from __future__ import annotations

import gc


def pause_collection() -> None:
    gc.disable()


def resume_collection() -> None:
    """Idempotent: only the first call after :func:`pause_collection` freezes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()

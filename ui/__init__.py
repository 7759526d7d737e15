"""Qt user interface: the only layer that imports PySide6."""

from __future__ import annotations

import os
import sys


def _declare_modules_to_binding(package: str = __name__, folder: str = os.path.dirname(__file__)) -> None:
    """Tell PySide6 in advance which modules select no ``__feature__``, so it need not look.

    Once loaded, PySide6 reads the whole source of each module imported after it, and of each
    module already loaded the first time an import names it, looking for ``from __feature__
    import ...`` lines (about 0.1 ms a module; 13 ms of the start, measured). It reads no module
    it already knows. None of ours, and none of the libraries loaded before it (SQLAlchemy, the
    standard library), selects a feature: ours are entered as using PySide6 without any (0),
    the others as not using it (-1). Either entry means no feature for that module, which is
    what reading it would have concluded (the binding itself records 0 for any source that
    merely names PySide6). Where a release of the binding has no such table, nothing is
    declared and it reads them as before.
    """
    try:
        from PySide6.support import feature
    except ImportError:
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
        if not os.path.isdir(folder):  # a bundle: its modules are in an archive, without their sources
            continue
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
                    folders.append((f"{package}.{entry.name}", entry.path))
                elif entry.name.endswith(".py") and entry.name != "__init__.py":
                    known.setdefault(f"{package}.{entry.name[:-3]}", 0)


_declare_modules_to_binding()

"""Qt user interface: the only layer that imports PySide6."""

from __future__ import annotations

import os


def _declare_modules_to_binding() -> None:
    """Tell PySide6 in advance that no module of this package selects a ``__feature__``.

    Once loaded, PySide6 reads the whole source of every module imported after it, looking for
    ``from __feature__ import ...`` lines (about 0.1 ms a module; 5 ms of the start, measured).
    A module it already knows is not read. Ours use no feature, which is the entry 0 of its
    table, the one it would record after reading them. Where a release of the binding has no
    such table, nothing is declared and it reads the sources as before.
    """
    try:
        from PySide6.support import feature
    except ImportError:
        return
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    folders = [(__name__, os.path.dirname(__file__))]
    while folders:
        package, folder = folders.pop()
        known.setdefault(package, 0)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
                    folders.append((f"{package}.{entry.name}", entry.path))
                elif entry.name.endswith(".py") and entry.name != "__init__.py":
                    known.setdefault(f"{package}.{entry.name[:-3]}", 0)


_declare_modules_to_binding()

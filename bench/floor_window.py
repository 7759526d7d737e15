"""The floor of Cercle's start-up: what any PySide6 + SQLAlchemy window costs.

``python bench/floor_window.py`` imports ``sqlalchemy.orm`` (the ORM the app cannot do
without), shows a bare ``QMainWindow`` and, as soon as it is painted, prints
``CERCLE_BENCH_PAINTED <time.time()>`` and quits -- exactly what the app does under
``CERCLE_BENCH_PAGE=members`` (see ``ui.startup.report_painted``). With ``--bare`` it skips SQLAlchemy:
the cost of Python + Qt alone. With ``--models`` it also declares Cercle's ORM models and
configures the mappers (a diagnostic: the part of the app's start that is the ORM itself).
``bench/bench_startup.py`` launches it as a subprocess.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> int:
    if "--bare" not in sys.argv[1:]:
        import sqlalchemy.orm  # (the unavoidable ORM import is the point)

        if "--models" in sys.argv[1:]:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            import app.db.models  # noqa: F401

            sqlalchemy.orm.configure_mappers()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.setCentralWidget(QLabel("floor"))
    window.resize(1200, 760)
    window.show()

    def painted() -> None:
        QApplication.processEvents()
        window.repaint()
        print(f"CERCLE_BENCH_PAINTED {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, painted)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

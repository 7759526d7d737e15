"""The same club on SQLite and on PostgreSQL, in the same run: page load, keystroke, compliance.

    python bench/bench_postgres.py [--pg URL] [--rounds N]

The demo club (as of 2026-11-22) is written to a temporary SQLite file, then copied with
``cercle copy``'s code into a new database on the server named by ``--pg`` (default:
``$CERCLE_TEST_PG``; the user needs the right to create databases; the database is dropped at
the end). On each engine, alternately, N rounds of:

- members page load: the real ``ui.pages.members.MembersPage`` built on
  ``AppContext(open_database(...))``, shown offscreen at 1280x800 with the task runner
  synchronous, until its rows and figures (attendance rates, absences) are in the table;
- a search keystroke: ``page.search.setText("ben")`` + ``processEvents()`` then cleared
  (the search folds in Python over rows already loaded: the engine should not matter);
- the compliance evaluation of the whole club at 2026-11-22
  (``app.services.compliance.evaluate_club``).

Targets: on PostgreSQL, the page load under 1 s, a keystroke under 30 ms and the compliance
evaluation under 2 s (medians). The server is on this machine (loopback): over a network, add
the round trips (a few per action). Exits 0; without a server, says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CERCLE_LANG", "fr")

TODAY = date(2026, 11, 22)
TARGETS_MS = {"page load": 1000.0, "keystroke": 30.0, "compliance": 2000.0}


def machine() -> dict[str, str]:
    from bench.bench_search import machine as search_machine

    info = search_machine()
    return info


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def page_load(target: str) -> tuple[float, Any, Any]:
    """Milliseconds to build and show the members page with its rows; returns (ms, page, db)."""
    from PySide6.QtWidgets import QApplication

    from app.db.store import open_database
    from ui.context import AppContext
    from ui.pages.members import MembersPage

    started = time.perf_counter()
    database = open_database(target)
    context = AppContext(database)
    context.runner.set_synchronous(True)
    page = MembersPage(context)
    page.resize(1280, 800)
    page.show()
    QApplication.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    assert page.model.rowCount() > 0, "the members page shows no member"
    return elapsed, page, database


def keystroke(page: Any) -> float:
    from PySide6.QtWidgets import QApplication

    def type_and_show() -> None:
        page.search.setText("ben")
        QApplication.processEvents()

    elapsed = timed(type_and_show)
    page.search.clear()
    QApplication.processEvents()
    return elapsed


def compliance(database: Any) -> float | None:
    try:
        from app.services.compliance import evaluate_club
    except ImportError:
        return None
    return timed(lambda: evaluate_club(database.unit_of_work(), TODAY))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("CERCLE_TEST_PG", ""),
                        help="address of a PostgreSQL database whose user may create databases")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    if not args.pg:
        print("No PostgreSQL server: give --pg postgresql://user:password@127.0.0.1/db or set CERCLE_TEST_PG.")
        return 0

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine

    from app.db.store import open_database, server_url
    from app.db.transfer import copy_database
    from app.services.demo import build_demo
    from ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    install_translators(app, "fr")  # type: ignore[arg-type]
    info = machine()

    folder = Path(tempfile.mkdtemp(prefix="cercle-bench-pg-"))
    sqlite_path = folder / "demo.db"
    build_demo(sqlite_path, today=TODAY).close()

    url = server_url(args.pg)
    name = f"cercle_bench_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    pg_target = url.set(database=name).render_as_string(hide_password=False)
    try:
        source, target = open_database(str(sqlite_path)), open_database(pg_target)
        copy_ms = timed(lambda: copy_database(source, target))
        source.close()
        target.close()

        engines = {"SQLite": str(sqlite_path), "PostgreSQL": pg_target}
        results: dict[str, dict[str, list[float]]] = {e: {k: [] for k in TARGETS_MS} for e in engines}
        for round_number in range(args.rounds + 1):  # round 0 warms caches up and is dropped
            for engine, where in engines.items():
                load_ms, page, database = page_load(where)
                typed = [keystroke(page) for _ in range(5)]
                evaluated = compliance(database)
                page.close()
                page.deleteLater()
                QApplication.processEvents()
                database.close()
                if round_number == 0:
                    continue
                results[engine]["page load"].append(load_ms)
                results[engine]["keystroke"].append(statistics.median(typed))
                if evaluated is not None:
                    results[engine]["compliance"].append(evaluated)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()

    print("Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    with create_engine(url).connect() as connection:
        print("PostgreSQL:", connection.exec_driver_sql("SHOW server_version").scalar(), "on", url.host)
    print(f"Demo club copied SQLite -> PostgreSQL in {copy_ms:.0f} ms (verified by counts and checksums)")
    print(f"{args.rounds} rounds, medians (min-max), milliseconds:")
    print(f"{'':<12}{'SQLite':>24}{'PostgreSQL':>24}{'ratio':>8}  target on PostgreSQL")
    verdicts = []
    for measure, limit in TARGETS_MS.items():
        cells = []
        medians = {}
        for engine in engines:
            values = results[engine][measure]
            if not values:
                cells.append(f"{'n/a':>24}")
                continue
            medians[engine] = statistics.median(values)
            cells.append(f"{medians[engine]:>10.1f} ({min(values):.1f}-{max(values):.1f})".rjust(24))
        if len(medians) < 2:
            print(f"{measure:<12}{''.join(cells)}  (compliance service not available)")
            continue
        ratio = medians["PostgreSQL"] / medians["SQLite"] if medians["SQLite"] else float("nan")
        verdict = "PASS" if medians["PostgreSQL"] <= limit else "MISS"
        verdicts.append(verdict)
        print(f"{measure:<12}{''.join(cells)}{ratio:>8.2f}  < {limit:.0f} ms: {verdict}")
    print("Overall:", "PASS" if all(v == "PASS" for v in verdicts) else "MISS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

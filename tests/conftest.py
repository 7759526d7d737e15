"""Shared fixtures: offscreen Qt, isolated user settings, fresh and demo databases.

The integration tests that take ``db`` or ``demo_db`` run on SQLite always, and once more on
a real PostgreSQL server when ``CERCLE_TEST_PG`` gives the address of a database there
(``postgresql://user:password@127.0.0.1/cercle_test``; the user needs the right to create
databases). Each such test gets its own database, cloned from a template built once per run.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CERCLE_LANG", "fr")

DEMO_TODAY = date(2026, 11, 22)
PG_URL = os.environ.get("CERCLE_TEST_PG", "")
ENGINES = ("sqlite", "postgresql") if PG_URL else ("sqlite",)
# Modules about the SQLite file itself (backups are copies of the file), or that still hand
# ``str(db.path)`` to the command line (``db.target`` works on both engines): SQLite only.
SQLITE_ONLY_MODULES = frozenset({
    "test_backup.py", "test_save_kill.py",
})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on SQLite only, even when CERCLE_TEST_PG is set")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the integration tests that use a database on every engine under test."""
    if "engine_name" not in metafunc.fixturenames or "integration" not in metafunc.definition.path.parts:
        return
    sqlite_only = (metafunc.definition.path.name in SQLITE_ONLY_MODULES
                   or metafunc.definition.get_closest_marker("sqlite_only") is not None)
    metafunc.parametrize("engine_name", ("sqlite",) if sqlite_only else ENGINES, indirect=True)


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    """The engine of ``db`` and ``demo_db``: "sqlite", or "postgresql" on a second run."""
    return getattr(request, "param", "sqlite")


class PgServer:
    """Creates and drops the test databases on the server named by ``CERCLE_TEST_PG``."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        from app.db.store import server_url

        self.url = server_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"cercle_t{os.getpid()}_"
        self.counter = itertools.count(1)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"{self.prefix}{next(self.counter)}"
        with self.admin.connect() as connection:
            clause = f" TEMPLATE {template}" if template else ""
            connection.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        return name

    def drop(self, name: str) -> None:
        """Drop a test database, ending what still holds it.

        ``WITH (FORCE)`` ends the test's own leftover connections, but refuses to end a backend of
        another role, such as an autovacuum worker that happens to be on the database, unless the
        user has ``pg_signal_backend``. A plain ``DROP DATABASE`` asks autovacuum to leave and
        waits for it, so it is the fallback; a database still held after that is left to
        ``drop_all`` at the end of the run rather than failing the test that used it.
        """
        from sqlalchemy.exc import DBAPIError

        for statement in (f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"DROP DATABASE IF EXISTS {name}"):
            for _attempt in range(3):
                try:
                    with self.admin.connect() as connection:
                        connection.exec_driver_sql(statement)
                    return
                except DBAPIError:
                    time.sleep(0.5)

    def drop_all(self) -> None:
        with self.admin.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", (self.prefix + "%",)
            ).scalars().all()
        for name in names:
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if not PG_URL:
        pytest.skip("CERCLE_TEST_PG is not set")
    server = PgServer(PG_URL)
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def pg_empty_template(pg_server: PgServer) -> str:
    """A database at the head revision, never opened by a test (CREATE DATABASE copies it)."""
    from app.db.store import open_database

    name = pg_server.create()
    open_database(pg_server.url_of(name)).close()
    return name


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: PgServer, pg_empty_template: str) -> str:
    """The demo club built on the server, as of the same date as the SQLite one."""
    from app.db.store import open_database
    from app.services.demo import populate

    name = pg_server.create(pg_empty_template)
    database = open_database(pg_server.url_of(name))
    populate(database, today=DEMO_TODAY)
    database.close()
    return name


@pytest.fixture
def pg_database(request: pytest.FixtureRequest, pg_server: PgServer):
    """A factory of private server databases, cloned from a template and dropped after the test."""
    from app.db.store import open_database

    opened = []

    def make(template: str):
        name = pg_server.create(template)
        database = open_database(pg_server.url_of(name))
        opened.append((name, database))
        return database

    yield make
    for name, database in opened:
        database.close()
        pg_server.drop(name)


@pytest.fixture(autouse=True)
def _none_kept_referenced() -> None:
    """The suite calls Qt millions of times in one process: see ``ui.none_guard``. Topped up
    before each test, not on the guard's timer, which only ticks while a test spins the loop."""
    from ui import none_guard

    if none_guard.binding_loses_none():
        none_guard.top_up()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user's data folder and Qt settings out of reach of every test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("CERCLE_DATA_DIR", str(home / "data"))
    monkeypatch.delenv("CERCLE_DB", raising=False)
    monkeypatch.delenv("CERCLE_CHAPTER", raising=False)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))


@pytest.fixture
def db(tmp_path: Path, engine_name: str, request: pytest.FixtureRequest):
    """A new, empty Cercle database in a temporary file (or on the test server)."""
    from app.db.store import open_database

    if engine_name == "postgresql":
        yield request.getfixturevalue("pg_database")(request.getfixturevalue("pg_empty_template"))
        return
    database = open_database(str(tmp_path / "cercle.db"))
    yield database
    database.close()


@pytest.fixture
def db_target(tmp_path: Path, engine_name: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where a test builds its own club: a new file path, or the address of a new server database."""
    if engine_name != "postgresql":
        yield str(tmp_path / "t.db")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create(request.getfixturevalue("pg_empty_template"))
    yield server.url_of(name)
    server.drop(name)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo club, built once per run (as of a fixed date so figures are stable)."""
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, engine_name: str, request: pytest.FixtureRequest):
    """A private copy of the demo club that a test may change."""
    from app.db.store import open_database

    if engine_name == "postgresql":
        yield request.getfixturevalue("pg_database")(request.getfixturevalue("pg_demo_template"))
        return
    demo_template = request.getfixturevalue("demo_template")
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    database = open_database(str(path))
    yield database
    database.close()

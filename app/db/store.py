"""The one place that opens a Cercle database: checks, backup, migrations, sessions."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.schema import HEAD_REVISION, REVISIONS
from app.db.uow import UnitOfWork
from app.domain.errors import DatabaseError
from app.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

MSG_NOT_SQLITE = QT_TRANSLATE_NOOP("Database", "{path} is not a Cercle database (it is not an SQLite file).")
MSG_NOT_CERCLE = QT_TRANSLATE_NOOP("Database", "{path} is not a Cercle database: it belongs to another application.")
MSG_CORRUPT = QT_TRANSLATE_NOOP("Database", "{path} is damaged and cannot be read. Restore it from a backup.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Database", "{path} is read-only: Cercle needs to write to it. Check its permissions."
)
MSG_LOCKED = QT_TRANSLATE_NOOP("Database", "{path} is in use by another program. Close it and try again.")
MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "Database",
    "{path} was created by a newer version of Cercle (schema {revision}). "
    "Install the latest version of Cercle to open it; the file was left untouched.",
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("Database", "The folder of {path} does not exist.")
MSG_MIGRATION_FAILED = QT_TRANSLATE_NOOP(
    "Database", "Updating {path} failed; the copy made before the update is {backup}."
)


@dataclass
class Database:
    """An open database: its engine and the factory of units of work."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None  # the SQLite file, None on a server
    backup_made: Path | None = None

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _is_url(target: str) -> bool:
    return "://" in target


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy emit BEGIN itself (see "begin" below) so that DDL is
        # transactional too; the driver's own implicit transactions skip DDL.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")

    return engine


def _check_sqlite_file(path: Path) -> bool:
    """Refuse files that cannot be a Cercle database. Returns True for a new, empty file."""
    if not path.parent.is_dir():
        raise DatabaseError(MSG_NO_FOLDER, path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        if path.exists() and not os.access(path, os.W_OK):
            raise DatabaseError(MSG_READ_ONLY, path=str(path))
        return True
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseError(MSG_NOT_SQLITE, path=str(path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(MSG_READ_ONLY, path=str(path))
    return False


def _stored_revision(engine: Engine, name: str) -> tuple[str | None, bool]:
    """Return (revision, has_tables); raise DatabaseError for a damaged or locked file."""
    try:
        with engine.connect() as connection:
            tables = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                    if engine.dialect.name == "sqlite"
                    else "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                )
            }
            if engine.dialect.name == "sqlite" and tables:
                # A damaged page may sit anywhere in the file: find it now, not mid-save.
                # Checks b-tree structure only (~15 ms for 20,000 members).
                if connection.exec_driver_sql("PRAGMA quick_check(1)").scalar() != "ok":
                    raise DatabaseError(MSG_CORRUPT, path=name)
            if "alembic_version" not in tables:
                return None, bool(tables - {"sqlite_sequence"})
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return revision, True
    except OperationalError as exc:
        if "locked" in str(exc.orig).lower():
            raise DatabaseError(MSG_LOCKED, path=name) from exc
        raise DatabaseError(MSG_CORRUPT, path=name) from exc
    except DBAPIError as exc:
        raise DatabaseError(MSG_CORRUPT, path=name) from exc


def _check_writable(engine: Engine, name: str) -> None:
    """Take and release the write lock, so a locked file is reported now, not mid-save."""
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            raw.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
            raw.execute("ROLLBACK")  # type: ignore[union-attr]
    except (OperationalError, sqlite3.OperationalError) as exc:
        message = str(getattr(exc, "orig", exc)).lower()
        if "readonly" in message or "read-only" in message:
            raise DatabaseError(MSG_READ_ONLY, path=name) from exc
        raise DatabaseError(MSG_LOCKED, path=name) from exc
    except (DBAPIError, sqlite3.DatabaseError) as exc:  # "database disk image is malformed"
        raise DatabaseError(MSG_CORRUPT, path=name) from exc


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database with SQLite's online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def backup_path_for(path: Path, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.avant-mise-a-jour-{stamp}{path.suffix or '.db'}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.avant-mise-a-jour-{stamp}-{counter}{path.suffix or '.db'}")
    return candidate


def open_database(target: str, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at a file path or SQLAlchemy URL.

    Raises:
        DatabaseError: the target is not a usable Cercle database; it is left untouched.
    """
    path: Path | None = None
    if _is_url(target) and not target.startswith("sqlite:"):
        engine = create_engine(target, pool_pre_ping=True)
        name = make_url(target).render_as_string(hide_password=True)
        is_new = False
    else:
        path = Path(make_url(target).database or "") if target.startswith("sqlite:") else Path(target)
        path = path.expanduser().resolve()
        name = str(path)
        is_new = _check_sqlite_file(path)
        if is_new and not create:
            raise DatabaseError(MSG_NOT_SQLITE, path=name)
        engine = _sqlite_engine(path)
        if not is_new:
            _check_writable(engine, name)

    revision, has_tables = _stored_revision(engine, name)
    backup: Path | None = None
    if revision is None and has_tables:
        engine.dispose()
        raise DatabaseError(MSG_NOT_CERCLE, path=name)
    if revision is not None and revision not in REVISIONS:
        engine.dispose()
        raise DatabaseError(MSG_TOO_NEW, path=name, revision=revision)
    if revision != HEAD_REVISION:
        if revision is not None and path is not None:
            backup = backup_sqlite(path, backup_path_for(path))
        from app.db.migrate import upgrade  # Alembic is imported only when needed

        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            if backup is not None:
                raise DatabaseError(MSG_MIGRATION_FAILED, path=name, backup=str(backup)) from exc
            raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=str(engine.url), engine=engine, session_factory=factory, path=path, backup_made=backup)

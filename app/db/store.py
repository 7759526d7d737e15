"""The one place that opens a Cercle database: checks, backup, migrations, sessions."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.schema import COLUMNS, HEAD_REVISION, REVISIONS
from app.db.uow import UnitOfWork
from app.domain import backup as backup_rules
from app.domain.errors import CercleError, DatabaseError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import backup_folder

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# A copy being written (a backup, a verification copy): renamed when complete, and what a crash
# left under it is removed at the next open (see clean_leftovers).
PARTIAL_SUFFIX = ".partiel"
LEFTOVER_AGE_S = 60

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
MSG_TABLE_MISSING = QT_TRANSLATE_NOOP(
    "Database", "{path} is damaged: its table {table} is missing. Restore its newest backup, {backup}.")
MSG_TABLE_MISSING_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Database", "{path} is damaged: its table {table} is missing. Restore it from a backup.")
MSG_COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "Database", "{path} is damaged: its table {table} has lost its column {column}. Restore its newest backup, "
    "{backup}.")
MSG_COLUMN_MISSING_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Database", "{path} is damaged: its table {table} has lost its column {column}. Restore it from a backup.")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("Database", "The folder of {path} does not exist.")
MSG_NO_FILE = QT_TRANSLATE_NOOP("Database", "There is no database at {path}: check the name of the file.")
MSG_MIGRATION_FAILED = QT_TRANSLATE_NOOP(
    "Database", "Updating {path} failed; the copy made before the update is {backup}."
)
MSG_SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Database",
    "The database server {server} cannot be reached. Check its address and port, and that it is running, "
    "then try again.",
)
MSG_SERVER_LOGIN = QT_TRANSLATE_NOOP(
    "Database", "The database server {server} refused the user name or the password of {user}."
)
MSG_SERVER_NO_DATABASE = QT_TRANSLATE_NOOP(
    "Database", "The database {database} does not exist on the server {server}. Ask for it to be created."
)
MSG_SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "Database", "The database server {server} refused the connection ({reason})."
)
MSG_SERVER_NO_RIGHTS = QT_TRANSLATE_NOOP(
    "Database", "The user {user} may not create or change the tables of {path}. Ask for the rights."
)
MSG_NO_DRIVER = QT_TRANSLATE_NOOP(
    "Database", "This copy of Cercle cannot connect to a {engine} server: its driver is not installed."
)
MSG_BAD_URL = QT_TRANSLATE_NOOP(
    "Database", "{url} is not a database address Cercle can open (use a file or postgresql://user@host/database)."
)
CONNECT_TIMEOUT_S = 10
# Tables every Cercle schema has had since the first one: how a newer Cercle is told apart
# from another application that happens to use Alembic too.
CERCLE_TABLES = frozenset({"members", "chapters", "meetings"})


@dataclass
class Database:
    """An open database: its engine and the factory of units of work."""

    url: str = field(repr=False)  # may hold the server's password: never printed
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None  # the SQLite file, None on a server
    backup_made: Path | None = None
    # A setting of this connection, not of the shared database: the chapter (antenna) whose
    # records this user may change; None for the whole club. Every unit of work carries it, and
    # app.db.scope checks each write against it.
    chapter_limit: int | None = None

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, chapter_limit=self.chapter_limit, name=self.display_name)

    @property
    def display_name(self) -> str:
        """The file, or the server address without its password."""
        if self.path:
            return str(self.path)
        return _display(make_url(self.url))

    @property
    def is_server(self) -> bool:
        return self.path is None

    @property
    def target(self) -> str:
        """What ``open_database`` (and ``--db``) takes to open this database again."""
        return str(self.path) if self.path is not None else self.url

    def close(self) -> None:
        self.engine.dispose()


def _is_url(target: str) -> bool:
    return "://" in target


def is_server_url(target: str) -> bool:
    """True for a server address (``postgresql://...``), False for a file path or ``sqlite:`` URL."""
    return _is_url(target) and not target.startswith("sqlite:")


def server_url(target: str) -> URL:
    """The SQLAlchemy URL of a server address, with Cercle's driver (psycopg 3) filled in.

    Raises:
        DatabaseError: not an address of a database engine Cercle supports.
    """
    try:
        url = make_url(target)
    except Exception as exc:  # ArgumentError and ValueError, depending on what is wrong
        raise DatabaseError(MSG_BAD_URL, url=without_password(target)) from exc
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend != "postgresql" or not url.database:
        raise DatabaseError(MSG_BAD_URL, url=without_password(target))
    return url.set(drivername="postgresql+psycopg")


def without_password(target: str | URL) -> str:
    """An address as it may be shown or remembered: its password left out, not masked."""
    try:
        # URL.set() keeps a password given as None: _replace() really drops it.
        return make_url(target)._replace(password=None).render_as_string(hide_password=False)
    except Exception:  # not an address SQLAlchemy can read: keep what follows any credentials
        return str(target).split("@")[-1]


def _server_name(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _server_engine(url: URL) -> Engine:
    try:
        import psycopg  # noqa: F401 - the driver, imported only for a server
    except ImportError as exc:
        raise DatabaseError(MSG_NO_DRIVER, engine="PostgreSQL") from exc
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Cercle"},
    )


def _server_error(exc: DBAPIError, url: URL) -> DatabaseError:
    """One clear message for what goes wrong when reaching a server."""
    message = str(getattr(exc, "orig", exc))
    lowered = message.lower()
    server = _server_name(url)
    if "password" in lowered or "authentication" in lowered or ("role" in lowered and "does not exist" in lowered):
        return DatabaseError(MSG_SERVER_LOGIN, server=server, user=url.username or "?")
    if "database" in lowered and "does not exist" in lowered:
        return DatabaseError(MSG_SERVER_NO_DATABASE, server=server, database=url.database or "")
    if "permission denied" in lowered:
        return DatabaseError(MSG_SERVER_NO_RIGHTS, user=url.username or "?", path=_display(url))
    if any(
        sign in lowered
        for sign in ("connection refused", "could not connect", "timeout", "translate host name",
                     "no route", "network is unreachable", "name or service not known", "connection failed")
    ):
        return DatabaseError(MSG_SERVER_UNREACHABLE, server=server)
    first_line = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    return DatabaseError(MSG_SERVER_REFUSED, server=server, reason=first_line[:200])


def _display(url: URL) -> str:
    return without_password(url.set(drivername=url.get_backend_name()))


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


# Every column of every table, in one statement (SQLite: under a millisecond for the demo club;
# PostgreSQL: from the catalogue, as information_schema's views take ten times longer).
_SQLITE_COLUMNS = ("SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
                   "WHERE m.type = 'table'")
_SERVER_COLUMNS = ("SELECT t.relname, a.attname FROM pg_catalog.pg_class AS t "
                   "JOIN pg_catalog.pg_attribute AS a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped "
                   "WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind IN ('r', 'p')")


def stored_columns(connection: Connection) -> dict[str, set[str]]:
    """The tables of the database and the names of their columns."""
    columns: dict[str, set[str]] = {}
    query = _SQLITE_COLUMNS if connection.dialect.name == "sqlite" else _SERVER_COLUMNS
    for table, column in connection.exec_driver_sql(query):
        columns.setdefault(table, set()).add(column)
    return columns


def schema_gap(columns: dict[str, set[str]]) -> tuple[str, str | None] | None:
    """What the head revision's schema has that ``columns`` lacks: (a table, None) when a whole
    table is missing, (a table, one of its columns) when a column is; None when nothing is.

    The one check of the schema, at every open and on a backup before it is restored.
    """
    for table, names in sorted(COLUMNS.items()):
        present = columns.get(table)
        if present is None:
            return table, None
        missing = [name for name in names if name not in present]
        if missing:
            return table, missing[0]
    return None


def _stored_revision(engine: Engine, name: str) -> tuple[str | None, dict[str, set[str]]]:
    """Return (revision, the tables and their columns); raise DatabaseError for a damaged or locked file."""
    try:
        with engine.connect() as connection:
            columns = stored_columns(connection)
            columns.pop("sqlite_sequence", None)
            if engine.dialect.name == "sqlite" and columns:
                # A damaged page may sit anywhere in the file: find it now, not mid-save.
                # Checks b-tree structure only (~15 ms for 20,000 members).
                if connection.exec_driver_sql("PRAGMA quick_check(1)").scalar() != "ok":
                    raise DatabaseError(MSG_CORRUPT, path=name)
            if "alembic_version" not in columns:
                return None, columns
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision not in REVISIONS and not CERCLE_TABLES <= columns.keys():
                # Another application that also uses Alembic: not a newer Cercle.
                return None, columns
            return revision, columns
    except OperationalError as exc:
        if "locked" in str(exc.orig).lower():
            raise DatabaseError(MSG_LOCKED, path=name) from exc
        raise DatabaseError(MSG_CORRUPT, path=name) from exc
    except DBAPIError as exc:
        raise DatabaseError(MSG_CORRUPT, path=name) from exc


def _refusal(engine: Engine, path: Path | None, name: str, revision: str | None,
             columns: dict[str, set[str]]) -> DatabaseError | None:
    """Why the stored schema cannot be opened by this version; None when it can."""
    if revision is None and columns:
        return DatabaseError(MSG_NOT_CERCLE, path=name)
    if revision is not None and revision not in REVISIONS:
        return DatabaseError(MSG_TOO_NEW, path=name, revision=revision)
    gap = schema_gap(columns) if revision == HEAD_REVISION else None
    if gap is not None:
        return _damaged(engine, path, name, *gap)
    return None


def file_refusal(path: Path) -> DatabaseError | None:
    """Why :func:`open_database` would refuse the SQLite file ``path``, found without changing
    it (no creation, no upgrade); None when it would open it (or create it: absent or empty)."""
    name = str(path)
    try:
        if _check_sqlite_file(path):
            return None
        engine = _sqlite_engine(path)
        try:
            _check_writable(engine, name)
            revision, columns = _stored_revision(engine, name)
            return _refusal(engine, path, name, revision, columns)
        finally:
            engine.dispose()
    except DatabaseError as error:
        return error


def clean_leftovers(engine: Engine, path: Path) -> list[Path]:
    """Remove what an interrupted restore, upgrade or backup of ``path`` left: its verification
    copy and a pre-update copy cut short beside it, a backup cut short in its backup folder.
    Two globs, on every open (no scan of either folder).
    """
    removed = remove_stale(path.parent, (f".{path.stem}.verification.db*",
                                         f"{path.stem}.avant-mise-a-jour-*{PARTIAL_SUFFIX}"))
    folder = _backup_folder_of(engine)
    if folder is not None:
        removed += remove_stale(folder, (f"{path.stem}-sauvegarde-*{PARTIAL_SUFFIX}",))
    return removed


def remove_stale(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    """Delete the files of ``folder`` matching ``patterns``, except those written in the last
    :data:`LEFTOVER_AGE_S` seconds: another Cercle may be writing them right now."""
    now = time.time()
    removed = []
    for pattern in patterns:
        for leftover in folder.glob(pattern):
            try:
                if now - leftover.stat().st_mtime > LEFTOVER_AGE_S:
                    leftover.unlink()
                    removed.append(leftover)
            except OSError:  # gone meanwhile, or read-only: tried again at the next open
                continue
    return removed


def _damaged(engine: Engine, path: Path | None, name: str, table: str, column: str | None) -> DatabaseError:
    """A table or a column dropped by another tool: the file is damaged; name the backup to restore."""
    newest = _newest_backup(engine, path) if path is not None else None
    if column is not None:
        if newest is None:
            return DatabaseError(MSG_COLUMN_MISSING_NO_BACKUP, path=name, table=table, column=column)
        return DatabaseError(MSG_COLUMN_MISSING, path=name, table=table, column=column, backup=str(newest))
    if newest is None:
        return DatabaseError(MSG_TABLE_MISSING_NO_BACKUP, path=name, table=table)
    return DatabaseError(MSG_TABLE_MISSING, path=name, table=table, backup=str(newest))


def _newest_backup(engine: Engine, path: Path) -> Path | None:
    """The newest backup of the file ``path`` in the backup folder its settings name."""
    folder = _backup_folder_of(engine)
    if folder is None:
        return None
    try:
        names = [entry.name for entry in folder.glob(f"{path.stem}-sauvegarde-*.db")]
    except OSError:
        return None
    newest = backup_rules.newest_first(names, path.stem)
    return folder / newest[0] if newest else None


def _backup_folder_of(engine: Engine) -> Path | None:
    """The backup folder the settings of the database name (read without the models); None when
    even the default one cannot be made."""
    setting: object = ""
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT value FROM settings WHERE key = :key"),
                                        {"key": backup_rules.SETTING_BACKUP_FOLDER}).scalar()
        setting = json.loads(stored) if stored else ""
    except (DBAPIError, ValueError):  # no settings table either, or a value not written by Cercle
        pass
    try:
        return backup_folder(setting)
    except CercleError:
        return None


def _check_writable(engine: Engine, name: str) -> None:
    """Take and release the write lock, so a locked file is reported now, not mid-save."""
    try:
        with engine.connect() as connection:
            take_write_lock(connection.connection.driver_connection, name)  # type: ignore[arg-type]
    except (OperationalError, sqlite3.OperationalError) as exc:
        message = str(getattr(exc, "orig", exc)).lower()
        if "readonly" in message or "read-only" in message:
            raise DatabaseError(MSG_READ_ONLY, path=name) from exc
        raise DatabaseError(MSG_LOCKED, path=name) from exc
    except (DBAPIError, sqlite3.DatabaseError) as exc:  # "database disk image is malformed"
        raise DatabaseError(MSG_CORRUPT, path=name) from exc


def take_write_lock(raw: sqlite3.Connection, name: str) -> None:
    """Take and release the write lock on an open SQLite connection.

    Raises:
        DatabaseError: another program holds the file (MSG_LOCKED), it is read-only, or damaged.
    """
    try:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "readonly" in message or "read-only" in message:
            raise DatabaseError(MSG_READ_ONLY, path=name) from exc
        raise DatabaseError(MSG_LOCKED, path=name) from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        raise DatabaseError(MSG_CORRUPT, path=name) from exc


class _StillLocked(Exception):
    """Raised from the backup's progress callback to stop waiting for a lock."""


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database with SQLite's online backup API.

    The copy is written as ``destination`` + :data:`PARTIAL_SUFFIX` and renamed when complete,
    so a copy cut short (a crash, a kill) never bears the real name. Python's backup loop waits
    for a locked source forever: it is given up after :data:`BUSY_TIMEOUT_MS`, as every open is.

    Raises:
        DatabaseError: another program holds ``source`` locked (MSG_LOCKED).
        OSError: the destination's folder cannot be written.
        sqlite3.Error: the source cannot be read, or the destination's disk is full.
    """
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def give_up_when_locked(status: int, _remaining: int, _pages: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _StillLocked

    partial.open("wb").close()  # an unwritable folder fails here, with the OSError that says so
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, progress=give_up_when_locked)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, destination)
    except _StillLocked:
        partial.unlink(missing_ok=True)
        raise DatabaseError(MSG_LOCKED, path=str(source)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def backup_path_for(path: Path, when: datetime | None = None) -> Path:
    stamp = backup_rules.file_stamp(when or datetime.now())
    candidate = path.with_name(f"{path.stem}.avant-mise-a-jour-{stamp}{path.suffix or '.db'}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.avant-mise-a-jour-{stamp}-{counter}{path.suffix or '.db'}")
    return candidate


def open_database(target: str, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at a file path or SQLAlchemy URL.

    A server database (``postgresql://user:password@host/database``) must exist; an empty
    one is set up on first open, as a new file is. No file backup is made on a server
    (its administrator backs it up); the update runs in one transaction there.

    Raises:
        DatabaseError: the target is not a usable Cercle database; it is left untouched.
    """
    path: Path | None = None
    url: URL | None = None
    if is_server_url(target):
        url = server_url(target)
        engine = _server_engine(url)
        name = _display(url)
        is_new = False
    else:
        path = Path(make_url(target).database or "") if target.startswith("sqlite:") else Path(target)
        path = path.expanduser().resolve()
        name = str(path)
        is_new = _check_sqlite_file(path)
        if is_new and not create:
            raise DatabaseError(MSG_NOT_SQLITE if path.exists() else MSG_NO_FILE, path=name)
        engine = _sqlite_engine(path)
        if not is_new:
            _check_writable(engine, name)

    try:
        revision, columns = _stored_revision(engine, name)
    except DatabaseError as error:
        engine.dispose()
        if url is not None and isinstance(error.__cause__, DBAPIError):
            raise _server_error(error.__cause__, url) from error.__cause__
        raise
    refusal = _refusal(engine, path, name, revision, columns)
    if refusal is not None:
        engine.dispose()
        raise refusal
    if path is not None:
        clean_leftovers(engine, path)
    backup: Path | None = None
    if revision != HEAD_REVISION:
        if revision is not None and path is not None:
            backup = backup_sqlite(path, backup_path_for(path))
        from app.db.migrate import upgrade  # Alembic is imported only when needed

        try:
            upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            if backup is not None:
                raise DatabaseError(MSG_MIGRATION_FAILED, path=name, backup=str(backup)) from exc
            if url is not None:
                raise _server_error(exc, url) from exc
            raise
        except Exception as exc:
            engine.dispose()
            if backup is not None:
                raise DatabaseError(MSG_MIGRATION_FAILED, path=name, backup=str(backup)) from exc
            raise
    factory = sessionmaker(engine, expire_on_commit=False)
    full_url = engine.url.render_as_string(hide_password=False)
    return Database(url=full_url, engine=engine, session_factory=factory, path=path, backup_made=backup)

"""Backups of the SQLite database (SQLite's online backup API) and restoring one of them.

A backup is a consistent copy taken while the database stays open. Automatic backups go to the
folder of the settings (by default ``Sauvegardes`` in the user data folder), at most one a day,
and only the newest few are kept. Restoring checks the chosen file completely on a private copy
before anything is touched, backs up the current database, then swaps the file in one step.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection

from app.db import scope
from app.db.store import (
    MSG_COLUMN_MISSING,
    MSG_COLUMN_MISSING_NO_BACKUP,
    MSG_CORRUPT,
    MSG_LOCKED,
    MSG_MIGRATION_FAILED,
    MSG_NOT_CERCLE,
    MSG_NOT_SQLITE,
    MSG_READ_ONLY,
    MSG_TABLE_MISSING,
    MSG_TABLE_MISSING_NO_BACKUP,
    MSG_TOO_NEW,
    PARTIAL_SUFFIX,
    SQLITE_HEADER,
    Database,
    backup_sqlite,
    file_refusal,
    open_database,
    schema_gap,
    stored_columns,
    without_password,
)
from app.domain import backup as rules
from app.domain.errors import CercleError, DatabaseError, os_reason
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import backup_folder

MSG_SERVER = QT_TRANSLATE_NOOP(
    "Backup",
    "This database is on a server ({name}): back it up and restore it with the server's own tools.",
)
MSG_OUT_EXISTS = QT_TRANSLATE_NOOP("Backup", "{path} already exists; choose another file name.")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("Backup", "The backup folder {path} does not exist and cannot be created.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Backup", "Cannot write the backup {path}: {reason}")
MSG_FOLDER_UNWRITABLE = QT_TRANSLATE_NOOP(
    "Backup", "Cannot write in the folder {folder} ({reason}). Nothing was changed; choose another folder "
    "or ask for the right to write there.")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Backup", "The file {path} does not exist.")
MSG_SAME_FILE = QT_TRANSLATE_NOOP("Backup", "{path} is the database in use; choose a backup file.")
MSG_INTEGRITY = QT_TRANSLATE_NOOP("Backup", "{path} failed the integrity check: it is damaged. Nothing was changed.")
MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Backup", "{path} is not a complete Cercle database ({part} is missing). Nothing was changed.")
MSG_ORPHANS = QT_TRANSLATE_NOOP(
    "Backup", "{path} failed the integrity check: records of {table} point to records it does not have. "
    "Nothing was changed.")
MSG_NOT_UPGRADABLE = QT_TRANSLATE_NOOP(
    "Backup", "{path} could not be brought up to this version of Cercle: it is incomplete or damaged. "
    "Nothing was changed.")
MSG_CONFIRM = QT_TRANSLATE_NOOP(
    "Backup", "{reason} Replacing it needs a confirmation; it would be kept in {folder}, apart from the backups.")
MSG_CANNOT_REPLACE = QT_TRANSLATE_NOOP(
    "Backup", "The database could not be replaced ({reason}); it was left as it was. Its backup is {backup}.")
NO_PRUNING = 1_000_000


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk."""

    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file restored and the backup of the database it replaced."""

    restored_from: Path
    database: Path
    previous_saved_to: Path | None  # None when there was no database to replace
    kept_aside: bool = False  # previous_saved_to is outside the rotation (this version could not open it)


def backup_settings(db: Database) -> tuple[Path, int]:
    """(folder, number kept) from the club settings."""
    from app.services.settings import get_settings

    values = get_settings(db.unit_of_work(), rules.SETTINGS_DEFAULTS)
    return backup_folder(values[rules.SETTING_BACKUP_FOLDER]), rules.keep_from_settings(
        values[rules.SETTING_BACKUP_KEEP])


def _sqlite_path(db: Database) -> Path:
    if db.path is None:
        raise CercleError(MSG_SERVER, context="Backup", name=db.display_name)
    return db.path


def _copy(source: Path, destination: Path) -> Path:
    """Copy with the online backup API (under a temporary name until complete).

    Raises:
        CercleError: the folder cannot be written (named), or the copy failed (MSG_CANNOT_WRITE).
        DatabaseError: another program holds ``source`` locked.
    """
    try:
        return backup_sqlite(source, destination)
    except OSError as error:
        raise _unwritable(destination.parent, error) from error
    except sqlite3.Error as error:
        raise CercleError(MSG_CANNOT_WRITE, context="Backup", path=str(destination), reason=str(error)) from error


def _unwritable(folder: Path, error: OSError) -> CercleError:
    return CercleError(MSG_FOLDER_UNWRITABLE, context="Backup", folder=str(folder), reason=os_reason(error))


def _ensure_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CercleError(MSG_NO_FOLDER, context="Backup", path=str(folder)) from error
    return folder


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The backups of the database named ``stem`` in ``folder``, the newest first."""
    if not folder.is_dir():
        return []
    names = rules.newest_first((entry.name for entry in folder.iterdir() if entry.is_file()), stem)
    found = []
    for name in names:
        path = folder / name
        made_at = rules.backup_time(name, stem)
        assert made_at is not None
        found.append(BackupFile(path, made_at, path.stat().st_size))
    return found


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete the backups of ``stem`` beyond the ``keep`` newest; return what was deleted."""
    names = [entry.name for entry in folder.iterdir() if entry.is_file()]
    removed = []
    for name in rules.to_prune(names, stem, keep):
        try:
            (folder / name).unlink()
            removed.append(folder / name)
        except OSError:  # in use or read-only: try again at the next backup
            continue
    return removed


def back_up(db: Database, out: Path | None = None, *, folder: Path | None = None, keep: int | None = None,
            now: datetime | None = None) -> Path:
    """Back up the open database to ``out``, or into the backup folder (then prune old ones).

    Raises:
        CercleError: a server database, an existing ``out``, or a folder that cannot be written.
    """
    source = _sqlite_path(db)
    if out is not None:
        out = Path(out).expanduser().resolve()
        if out.exists():
            raise CercleError(MSG_OUT_EXISTS, context="Backup", path=str(out))
        if not out.parent.is_dir():
            raise CercleError(MSG_NO_FOLDER, context="Backup", path=str(out.parent))
        return _copy(source, out)
    if folder is None or keep is None:
        setting_folder, setting_keep = backup_settings(db)
        folder = folder or setting_folder
        keep = keep or setting_keep
    _ensure_folder(folder)
    when = now or datetime.now()
    made = _copy(source, _free_name(folder, lambda counter: rules.backup_name(source.stem, when, counter)))
    prune(folder, source.stem, keep)
    return made


def automatic_backup(db: Database, now: datetime | None = None) -> Path | None:
    """The backup made when the app closes: one a day at most; None when not due or not SQLite."""
    if db.path is None or not db.path.exists():
        return None
    folder, keep = backup_settings(db)
    today: date = (now or datetime.now()).date()
    names = [entry.name for entry in folder.iterdir() if entry.is_file()] if folder.is_dir() else []
    if not rules.due(names, db.path.stem, today):
        return None
    return back_up(db, folder=folder, keep=keep, now=now)


# ----------------------------------------------------------------------------------- restore


def _as_candidate(error: DatabaseError, candidate: Path) -> DatabaseError:
    """The same refusal, naming the user's file instead of the private copy."""
    if error.message == MSG_CORRUPT:  # "restore it from a backup" would not help here
        return DatabaseError(MSG_INTEGRITY, context="Backup", path=str(candidate))
    if error.message in (MSG_TABLE_MISSING, MSG_TABLE_MISSING_NO_BACKUP):
        return DatabaseError(MSG_INCOMPLETE, context="Backup", path=str(candidate), part=error.params["table"])
    if error.message in (MSG_COLUMN_MISSING, MSG_COLUMN_MISSING_NO_BACKUP):
        return DatabaseError(MSG_INCOMPLETE, context="Backup", path=str(candidate),
                             part=f"{error.params['table']}.{error.params['column']}")
    if error.message == MSG_MIGRATION_FAILED:  # the private copy's own pre-update copy is gone
        return DatabaseError(MSG_NOT_UPGRADABLE, context="Backup", path=str(candidate))
    return DatabaseError(error.message, **{**error.params, "path": str(candidate)})


def check_backup(candidate: Path, workdir: Path) -> Path:
    """Copy ``candidate`` into ``workdir`` and check the copy as a database to open: an SQLite
    file at a Cercle revision this version can open (an older one is brought up to date on the
    copy), with every table and column of the schema, passing SQLite's integrity and foreign
    key checks. Returns the checked copy.

    Raises:
        DatabaseError: the candidate is refused; nothing outside ``workdir`` was touched.
    """
    candidate = Path(candidate).expanduser().resolve()
    if not candidate.is_file():
        raise CercleError(MSG_NOT_FOUND, context="Backup", path=str(candidate))
    with candidate.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseError(MSG_NOT_SQLITE, path=str(candidate))
    copy = workdir / f".{candidate.stem}.verification.db"
    _discard(copy)
    try:
        backup_sqlite(candidate, copy)
        if not _has_cercle_schema(copy):
            raise DatabaseError(MSG_NOT_CERCLE, path=str(copy))
        checked = open_database(str(copy), create=False)
    except DatabaseError as error:
        _discard(copy)
        raise _as_candidate(error, candidate) from error
    except OSError as error:  # the verification copy cannot be written beside the database
        _discard(copy)
        raise _unwritable(workdir, error) from error
    except sqlite3.Error as error:
        _discard(copy)
        raise DatabaseError(MSG_INTEGRITY, context="Backup", path=str(candidate)) from error
    try:
        with checked.engine.connect() as connection:
            refusal = _refusal(connection, candidate)
    finally:
        checked.close()
        if checked.backup_made is not None:  # the copy was brought up to date: drop its pre-update copy
            checked.backup_made.unlink(missing_ok=True)
    if refusal is not None:
        _discard(copy)
        raise refusal
    return copy


def _refusal(connection: Connection, candidate: Path) -> DatabaseError | None:
    """Why a copy at the head revision is not a whole, sound Cercle database; None if it is.

    Its schema is checked again after the open that may have upgraded it."""
    if [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check(5)")] != ["ok"]:
        return DatabaseError(MSG_INTEGRITY, context="Backup", path=str(candidate))
    gap = schema_gap(stored_columns(connection))
    if gap is not None:
        table, column = gap
        return DatabaseError(MSG_INCOMPLETE, context="Backup", path=str(candidate),
                             part=table if column is None else f"{table}.{column}")
    orphan = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchone()
    if orphan is not None:
        return DatabaseError(MSG_ORPHANS, context="Backup", path=str(candidate), table=orphan[0])
    return None


def _has_cercle_schema(path: Path) -> bool:
    """An empty SQLite file would be given a fresh schema by the store: not a backup either."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone() is not None
    finally:
        connection.close()


def _discard(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    for old in path.parent.glob(f"{path.stem}.avant-mise-a-jour-*"):  # made when an older file was upgraded
        old.unlink(missing_ok=True)


def sqlite_target(target: str) -> Path:
    """The SQLite file a ``--db`` value names (path or ``sqlite:///`` URL).

    Raises:
        CercleError: the value names a server database.
    """
    if "://" in target and not target.startswith("sqlite:"):
        raise CercleError(MSG_SERVER, context="Backup", name=without_password(target))
    if target.startswith("sqlite:"):
        from sqlalchemy.engine import make_url

        target = make_url(target).database or ""
    return Path(target).expanduser().resolve()


def _free_name(folder: Path, name: Callable[[int], str]) -> Path:
    counter = 1
    while (folder / name(counter)).exists():
        counter += 1
    return folder / name(counter)


def _save_current(target: Path, folder: Path, *, aside: bool = False) -> Path | None:
    """Back up the database about to be replaced into ``folder``.

    ``aside``: a file this version cannot open (damaged, another application's, too new) is
    kept byte for byte, under a name the rotation never lists nor deletes.
    """
    if not target.exists() or target.stat().st_size == 0:
        return None
    _ensure_folder(folder)
    when = datetime.now()
    naming = rules.replaced_name if aside else rules.backup_name
    destination = _free_name(folder, lambda counter: naming(target.stem, when, counter))
    if not aside:
        return _copy(target, destination)
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(target, partial)
        os.replace(partial, destination)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CercleError(MSG_CANNOT_WRITE, context="Backup", path=str(destination), reason=os_reason(error)) from error
    return destination


def keep_before_replacing(target: Database, *, folder: Path | None = None) -> Path | None:
    """Keep the club ``copy --replace`` is about to erase; return where (None: nothing to keep).

    A file is backed up as a restore does; a server's club is copied to a file beside the
    backups, under a name the rotation never lists nor deletes, written under a temporary name
    and renamed once the copy matches.

    Raises:
        CercleError: the backup folder cannot be written, or the copy does not match.
    """
    from sqlalchemy.engine import make_url

    from app.db.transfer import copy_database, holds_a_club  # the models: not on the start path

    if not holds_a_club(target):
        return None
    if folder is None:
        folder, _ = backup_settings(target)
    if target.path is not None:
        return _save_current(target.path, folder)
    _ensure_folder(folder)
    stem = Path(make_url(target.url).database or "cercle").stem or "cercle"
    when = datetime.now()
    destination = _free_name(folder, lambda counter: rules.replaced_name(stem, when, counter))
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    kept = open_database(str(partial))
    try:
        copy_database(target, kept)
    except BaseException:
        kept.close()
        _discard(partial)
        raise
    kept.close()
    os.replace(partial, destination)
    return destination


class RestoreNeedsConfirmation(CercleError):
    """The database to replace is a file this version cannot open: replacing it must be
    confirmed (``force``). ``reason`` says why it cannot be opened; ``folder`` is where it
    would be kept."""

    context = "Backup"


# Refusals of the file to replace that need a confirmation; a damaged Cercle database does not
# (restoring it is what its own message asks for) and a locked one is never replaced.
CONFIRM_FIRST = frozenset({MSG_NOT_SQLITE, MSG_NOT_CERCLE, MSG_TOO_NEW, MSG_READ_ONLY})


def restore_file(target: Path, candidate: Path, *, folder: Path, close: Callable[[], None] | None = None,
                 force: bool = False) -> RestoreResult:
    """Replace the database file ``target`` by the backup ``candidate``.

    Order: look at ``target`` (refused if another program is writing to it; if this version
    cannot open it, refused unless ``force``); check the candidate on a private copy beside
    ``target``; back up ``target`` into ``folder`` (nothing is pruned: the file restored may be
    one of the oldest backups; a file this version cannot open is kept apart from the
    rotation); call ``close`` (the open database must let go of the file); swap the checked
    copy in with one atomic rename. The caller then opens ``target`` again.

    Raises:
        RestoreNeedsConfirmation: ``target`` cannot be opened by this version and ``force`` is false.
        CercleError: the candidate is refused (nothing was touched), or the swap failed (the
            database is as it was and its backup is named).
    """
    target = Path(target).resolve()
    candidate = Path(candidate).expanduser().resolve()
    if candidate == target:
        raise CercleError(MSG_SAME_FILE, context="Backup", path=str(candidate))
    if not target.parent.is_dir():
        raise CercleError(MSG_NO_FOLDER, context="Backup", path=str(target.parent))
    unopenable = file_refusal(target)
    if unopenable is not None and unopenable.message == MSG_LOCKED:
        # On Linux the swap would succeed and the other program's transaction would go on
        # into the unlinked old file, lost. An idle connection (the window's own) passes.
        raise unopenable
    if unopenable is not None and unopenable.message in CONFIRM_FIRST and not force:
        raise RestoreNeedsConfirmation(MSG_CONFIRM, reason=unopenable.text(), folder=str(folder))
    checked = check_backup(candidate, target.parent)
    try:
        previous = _save_current(target, folder, aside=unopenable is not None)
    except BaseException:
        _discard(checked)
        raise
    if close is not None:
        close()
    try:
        for suffix in ("-journal", "-wal", "-shm"):  # never apply the old file's journal to the new one
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(checked, target)
    except OSError as error:
        _discard(checked)
        raise CercleError(MSG_CANNOT_REPLACE, context="Backup", reason=os_reason(error),
                          backup=str(previous or "-")) from error
    return RestoreResult(restored_from=candidate, database=target, previous_saved_to=previous,
                         kept_aside=unopenable is not None and previous is not None)


def restore(db: Database, candidate: Path, *, folder: Path | None = None, force: bool = False) -> RestoreResult:
    """Restore ``candidate`` over the open database ``db``, which is closed before the swap
    (also when the swap fails); the caller opens it again.

    Raises:
        RestoreNeedsConfirmation: the file of ``db`` cannot be opened any more and ``force`` is false.
        CercleError: a server database, a refused candidate (``db`` still open) or a failed swap.
        OutsideChapterError: the connection is limited to one antenna.
    """
    if db.chapter_limit is not None:  # an antenna's connection never replaces the whole club
        with db.unit_of_work() as uow:
            limit = scope.chapter_name(uow.session, db.chapter_limit)
        scope.check_whole_database(limit)
    target = _sqlite_path(db)
    if folder is None:
        folder, _keep = backup_settings(db)
    return restore_file(target, candidate, folder=folder, close=db.close, force=force)

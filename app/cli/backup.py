"""``cercle backup [--out FILE]`` and ``cercle restore FILE``: the database's backups by hand."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option

    backup = subparsers.add_parser(
        "backup", help=translate("Cli", "back up the database (into the backups folder, or into --out)"))
    backup.add_argument("--out", metavar=translate("Cli", "FILE"), type=Path,
                        help=translate("Cli", "backup file to write (it must not exist)"))
    add_db_option(backup)
    backup.set_defaults(handler=run_backup, scope=Scope.READS)

    restore = subparsers.add_parser(
        "restore", help=translate("Cli", "replace the database with a backup (checked first; the current database is "
                                         "backed up)"))
    restore.add_argument("file", metavar=translate("Cli", "FILE"), type=Path,
                         help=translate("Cli", "the backup to restore"))
    restore.add_argument("--force", action="store_true",
                         help=translate("Cli", "also replace a database this version cannot open (newer, another "
                                               "application's, read-only); it is kept apart from the backups"))
    add_db_option(restore)
    restore.set_defaults(handler=run_restore, scope=Scope.WHOLE_DATABASE)


def run_backup(args: argparse.Namespace) -> int:
    from app.cli.common import open_db
    from app.services.backup import back_up

    db = open_db(args)
    try:
        print(back_up(db, args.out))
    finally:
        db.close()
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Works on a damaged database too: its backup folder is then the default one."""
    from app.db.store import MSG_LOCKED, file_refusal, open_database
    from app.domain.errors import CercleError
    from app.i18n import QT_TRANSLATE_NOOP, translate
    from app.paths import backup_folder, default_database
    from app.services.backup import RestoreNeedsConfirmation, backup_settings, restore_file, sqlite_target

    target = sqlite_target(getattr(args, "db", None) or default_database())
    folder = backup_folder()
    refusal = file_refusal(target)
    if refusal is not None and refusal.message == MSG_LOCKED:
        raise refusal  # another program is writing to it: replacing it now would lose that work
    if refusal is None and target.exists() and target.stat().st_size > 0:
        current = open_database(str(target), create=False)
        folder, _keep = backup_settings(current)
        current.close()
    try:
        result = restore_file(target, args.file, folder=folder, force=args.force)
    except RestoreNeedsConfirmation as refused:
        raise CercleError(QT_TRANSLATE_NOOP(
            "Backup", "{reason} Nothing was changed; add --force to replace it anyway (it will be kept in {folder}, "
                      "apart from the backups)."), context="Backup", **refused.params) from refused
    if result.kept_aside:
        done = QT_TRANSLATE_NOOP("Backup", "Restored {source} into {database}; the file it replaced, which this "
                                 "version could not open, is kept apart from the backups as {previous}.")
    else:
        done = QT_TRANSLATE_NOOP(
            "Backup", "Restored {source} into {database}; the replaced database was saved as {previous}.")
    print(translate("Backup", done).format(source=result.restored_from, database=result.database,
                                           previous=result.previous_saved_to or "-"))
    return 0

"""``cercle copy --from URL --to URL``: move a whole club between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import sys

from app.cli import Scope
from app.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    copy = subparsers.add_parser(
        "copy",
        help=translate("Cli", "copy the whole club from one database to another (SQLite file or PostgreSQL server), "
                              "checked by the number of rows and a checksum of each table"),
    )
    copy.add_argument("--from", dest="source", metavar=translate("Cli", "PATH_OR_URL"), required=True,
                      help=translate("Cli", "the database to copy (it is not changed)"))
    copy.add_argument("--to", dest="target", metavar=translate("Cli", "PATH_OR_URL"), required=True,
                      help=translate("Cli", "the database to fill: a new file, or an empty database on the server"))
    copy.add_argument("--replace", action="store_true",
                      help=translate("Cli", "first erase what the target database already holds"))
    copy.add_argument("--format", choices=("json", "text"), default="text")
    copy.set_defaults(handler=run_copy, scope=copy_scope)


def copy_scope(args: argparse.Namespace) -> Scope:
    """Copying into an empty database fills a new one; ``--replace`` replaces a whole club."""
    return Scope.WHOLE_DATABASE if args.replace else Scope.NEW_DATABASE


def run_copy(args: argparse.Namespace) -> int:
    from app.cli.common import print_rows
    from app.db.store import open_database
    from app.db.transfer import copy_database
    from app.i18n import QT_TRANSLATE_NOOP, translate
    from app.services.backup import keep_before_replacing

    source = open_database(args.source, create=False)
    kept = None
    try:
        target = open_database(args.target)
        try:
            if args.replace:
                kept = keep_before_replacing(target)
            report = copy_database(source, target, replace=args.replace)
            target_name = target.display_name
        finally:
            target.close()
    finally:
        source.close()
    if kept is not None:  # with --format json, on stderr: stdout stays one JSON document
        print(translate("Copy", QT_TRANSLATE_NOOP("Copy", "What the target held is kept in {path}."))
              .format(path=kept), file=sys.stderr if args.format == "json" else sys.stdout)
    if args.format == "json":
        print_rows(list(report.tables), "json")
        return 0
    print_rows(list(report.tables), "text", ("table", "rows"))
    print(translate("Copy", QT_TRANSLATE_NOOP(
        "Copy", "Copied {tables} tables ({rows} rows) into {target}: counts and checksums match the source."))
        .format(tables=len(report.tables), rows=report.rows, target=target_name))
    return 0

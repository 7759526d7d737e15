"""``cercle members list``."""

from __future__ import annotations

import argparse

from app.i18n import translate

MEMBER_COLUMNS = (
    "number", "civility", "first_name", "last_name", "arabic_name", "company", "position",
    "sector", "company_size", "chapter", "city", "mobile", "office_phone", "email", "join_date",
    "club_role", "status", "in_directory",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option

    members = subparsers.add_parser("members", help=translate("Cli", "the club's members"))
    actions = members.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("Cli", "list the members"))
    add_db_option(listing)
    listing.add_argument("--format", choices=("json", "csv", "text"), default="text")
    listing.set_defaults(handler=list_members, scope=Scope.READS)


def list_members(args: argparse.Namespace) -> int:
    from app.cli.common import open_db, print_rows
    from app.services import members

    db = open_db(args)
    try:
        rows = members.list_members(db.unit_of_work())
    finally:
        db.close()
    print_rows(rows, args.format, MEMBER_COLUMNS)
    return 0

"""``cercle meetings list [--from D] [--to D] [--format json|csv]``: meetings with counts by status."""

from __future__ import annotations

import argparse
from datetime import date

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate

MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP("Validation", "The end date must be on or after the start date.")

MEETING_COLUMNS = (
    "id", "date", "start_time", "kind", "chapter", "title", "place", "state", "expected", "present",
    "late", "absent", "excused", "substituted", "unmarked", "guests", "turnout",
)


def iso_date(text: str) -> date:
    """A date argument, ``2026-11-22`` or ``22/11/2026`` as the reports take it.

    Raises:
        ValidationError: not a date; the command exits 1 with its one-line message.
    """
    from app.formatting import parse_date

    return parse_date(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option

    parser = subparsers.add_parser("meetings", help=translate("Cli", "the club's meetings"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("Cli", "list the meetings with the number present, absent…"))
    add_db_option(listing)
    listing.add_argument("--from", dest="start", type=iso_date, metavar="DATE",
                         help=translate("Cli", "first date (included)"))
    listing.add_argument("--to", dest="end", type=iso_date, metavar="DATE",
                         help=translate("Cli", "last date (included)"))
    listing.add_argument("--format", choices=("json", "csv", "text"), default="text")
    listing.set_defaults(handler=list_meetings, scope=Scope.READS)


def list_meetings(args: argparse.Namespace) -> int:
    from app.cli.common import open_db, print_rows
    from app.services import meetings

    if args.start and args.end and args.end < args.start:
        raise ValidationError("end", MSG_PERIOD_ORDER)
    db = open_db(args)
    try:
        rows = meetings.list_meetings(db.unit_of_work(), args.start, args.end)
    finally:
        db.close()
    # Oldest first, as a journal reads; the GUI shows the latest on top.
    print_rows(list(reversed(rows)), args.format, MEETING_COLUMNS)
    return 0

"""``cercle report NAME [--from D] [--to D] [--at D] [--chapter C] [--meeting ID] [--member N] --out FILE.pdf``.

The reports of the Reports page, headless. A wrong parameter (unknown report, chapter, meeting or
member, a date that does not exist, an end before the start) prints one line and exits 1.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP, translate

MSG_PDF = QT_TRANSLATE_NOOP("Reports", "Choose a file name ending in .pdf: {path}")
MSG_WRITTEN = QT_TRANSLATE_NOOP("Reports", "{path}: {pages} pages")
MSG_WRITTEN_ONE = QT_TRANSLATE_NOOP("Reports", "{path}: {pages} page")


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option
    from app.reports import REPORTS

    parser = subparsers.add_parser(
        "report", help=translate("Cli", "make a PDF report ({names})").format(names=", ".join(REPORTS)),
        description=translate("Cli", "Make a PDF report: {names}.").format(names=", ".join(REPORTS)))
    parser.add_argument("name", metavar=translate("Cli", "REPORT"),
                        help=translate("Cli", "name of the report: {names}").format(names=", ".join(REPORTS)))
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help=translate("Cli", "start of the period (22/11/2026 or 2026-11-22)"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=translate("Cli", "end of the period, included"))
    parser.add_argument("--at", metavar="DATE",
                        help=translate("Cli", "date of evaluation (conformite), by default today"))
    parser.add_argument("--chapter", metavar=translate("Cli", "CHAPTER"),
                        help=translate("Cli", "name (or number) of the chapter; by default the whole club"))
    parser.add_argument("--meeting", metavar="ID", type=int,
                        help=translate("Cli", "number of the meeting (emargement)"))
    parser.add_argument("--member", metavar="N", type=int, help=translate("Cli", "number of the member (fiche-membre)"))
    parser.add_argument("--out", required=True, metavar=translate("Cli", "FILE.pdf"),
                        help=translate("Cli", "PDF file to write"))
    add_db_option(parser)
    parser.set_defaults(handler=run_report, scope=Scope.READS)


def _date(text: str | None, field: str) -> date | None:
    from app.formatting import parse_date

    return parse_date(text, field) if text is not None else None


def run_report(args: argparse.Namespace) -> int:
    from app.cli.common import open_db
    from app.i18n import translate_count
    from app.reports import ReportParams
    from app.services.antenna import chapter_named
    from app.services.report_data import generate_report

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CercleError(MSG_PDF, context="Reports", path=str(out))
    start, end, at = _date(args.start, "start"), _date(args.end, "end"), _date(args.at, "at")
    db = open_db(args)
    try:
        chapter_id = chapter_named(db.unit_of_work(), args.chapter) if args.chapter is not None else None
        params = ReportParams(start=start, end=end, at=at, chapter_id=chapter_id, meeting_id=args.meeting,
                              member_number=args.member)
        result = generate_report(db.unit_of_work(), args.name, params, out)
    finally:
        db.close()
    message = translate_count("Reports", MSG_WRITTEN_ONE, MSG_WRITTEN, result.pages)
    print(message.format(path=result.path, pages=result.pages))
    return 0

"""``cercle report NAME [--from D] [--to D] [--at D] [--chapter C] [--meeting ID] [--member N] --out FILE.pdf``.

The reports of the Reports page, headless. A wrong parameter (unknown report, chapter, meeting or
member, a date that does not exist, an end before the start) prints one line and exits 1.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP

MSG_PDF = QT_TRANSLATE_NOOP("Reports", "Choose a file name ending in .pdf: {path}")
MSG_UNKNOWN_CHAPTER = QT_TRANSLATE_NOOP("Reports", "There is no chapter named {name}.")
MSG_WRITTEN = QT_TRANSLATE_NOOP("Reports", "{path}: {pages} pages")
MSG_WRITTEN_ONE = QT_TRANSLATE_NOOP("Reports", "{path}: {pages} page")


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import add_db_option
    from app.reports import REPORTS

    parser = subparsers.add_parser(
        "report", help="produire un rapport PDF (" + ", ".join(REPORTS) + ")",
        description="Produire un rapport PDF : " + ", ".join(REPORTS) + ".")
    parser.add_argument("name", metavar="RAPPORT", help="nom du rapport : " + ", ".join(REPORTS))
    parser.add_argument("--from", dest="start", metavar="DATE", help="début de la période (22/11/2026 ou 2026-11-22)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="fin de la période, incluse")
    parser.add_argument("--at", metavar="DATE", help="date d'évaluation (conformite), par défaut aujourd'hui")
    parser.add_argument("--chapter", metavar="ANTENNE", help="nom (ou numéro) de l'antenne ; par défaut tout le club")
    parser.add_argument("--meeting", metavar="ID", type=int, help="numéro de la réunion (emargement)")
    parser.add_argument("--member", metavar="N", type=int, help="numéro du membre (fiche-membre)")
    parser.add_argument("--out", required=True, metavar="FICHIER.pdf", help="fichier PDF à écrire")
    add_db_option(parser)
    parser.set_defaults(handler=run_report)


def _date(text: str | None, field: str) -> date | None:
    from app.formatting import parse_date

    return parse_date(text, field) if text is not None else None


def chapter_id_of(uow: object, text: str | None) -> int | None:
    """The id of the chapter named ``text`` (accents and case ignored) or numbered ``text``."""
    if text is None:
        return None
    from sqlalchemy import select

    from app.db.models import Chapter
    from app.db.uow import UnitOfWork
    from app.domain.text import fold

    assert isinstance(uow, UnitOfWork)
    with uow:
        chapters = uow.session.execute(select(Chapter.id, Chapter.name)).all()
    wanted = fold(text.strip())
    for chapter_id, name in chapters:
        if fold(name) == wanted or text.strip() == str(chapter_id):
            return int(chapter_id)
    raise CercleError(MSG_UNKNOWN_CHAPTER, context="Reports", name=text)


def run_report(args: argparse.Namespace) -> int:
    from app.cli.common import open_db
    from app.i18n import translate_count
    from app.reports import ReportParams, generate

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CercleError(MSG_PDF, context="Reports", path=str(out))
    start, end, at = _date(args.start, "start"), _date(args.end, "end"), _date(args.at, "at")
    db = open_db(args)
    try:
        chapter_id = chapter_id_of(db.unit_of_work(), args.chapter)
        params = ReportParams(start=start, end=end, at=at, chapter_id=chapter_id, meeting_id=args.meeting,
                              member_number=args.member)
        result = generate(db.unit_of_work(), args.name, params, out)
    finally:
        db.close()
    message = translate_count("Reports", MSG_WRITTEN_ONE, MSG_WRITTEN, result.pages)
    print(message.format(path=result.path, pages=result.pages))
    return 0

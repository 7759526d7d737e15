"""``cercle import members|attendance FILE [--dry-run] [--format json]``: spreadsheets into the club.

An attendance grid is one antenna's (``--chapter``, or the antenna of most of its rows) or the
whole club's (``--whole-club``, or no antenna holding most of its rows), as in the import
wizard; see :mod:`app.services.import_grid`.

Without ``--dry-run`` the rows the dry run accepts are written in one transaction; rows in
error and duplicates are rejected and listed (``--rejected FILE.csv`` saves them). Chapters,
sectors or meeting dates the database does not know stop the import unless
``--create-missing`` allows creating them.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP, translate

MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Import", "Unknown field {field} in --map; known fields: {fields}.")
MSG_WHOLE_CLUB_MEMBERS = QT_TRANSLATE_NOOP(
    "Import", "--whole-club is for an attendance grid: each member belongs to one chapter.")
TEXT_ROW = QT_TRANSLATE_NOOP("Import", "Row {row}{column}: {result} – {reason}")
TEXT_CHAPTERS = QT_TRANSLATE_NOOP("Import", "Chapters not in the database: {names}")
TEXT_SECTORS = QT_TRANSLATE_NOOP("Import", "Sectors not in the database: {names}")
TEXT_DATES = QT_TRANSLATE_NOOP("Import", "Meeting dates not in the database: {dates}")
TEXT_DRY_RUN = QT_TRANSLATE_NOOP("Import", "Dry run: nothing was written.")
TEXT_MEMBERS_DONE = QT_TRANSLATE_NOOP(
    "Import", "Imported: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.")
TEXT_GRID_DONE = QT_TRANSLATE_NOOP(
    "Import", "Imported: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.")


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option
    from app.cli.meetings import iso_date

    parser = subparsers.add_parser("import", help=translate("Cli", "import members or an attendance grid (XLSX or "
                                                                   "CSV)"))
    parser.add_argument("kind", choices=("members", "attendance"), help=translate("Cli", "what the file holds"))
    parser.add_argument("file", metavar=translate("Cli", "FILE"), help=translate("Cli", ".xlsx or .csv file"))
    parser.add_argument("--dry-run", action="store_true", help=translate("Cli", "analyse without saving anything"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--create-missing", action="store_true",
                        help=translate("Cli", "create the chapters, sectors and meetings the database does not know"))
    whose = parser.add_mutually_exclusive_group()
    whose.add_argument("--chapter", metavar=translate("Cli", "CHAPTER"),
                       help=translate("Cli", "chapter of the members without one, or of the grid (the meetings it "
                                             "creates, its visitors)"))
    whose.add_argument("--whole-club", action="store_true",
                       help=translate("Cli", "grid of the whole club: the meetings it creates are the whole club's"))
    parser.add_argument("--join-date", type=iso_date, metavar="DATE",
                        help=translate("Cli", "join date of the members who have none (ISO)"))
    parser.add_argument("--map", action="append", default=[], metavar=translate("Cli", "COLUMN=FIELD"),
                        help=translate("Cli", "map a column (title or letter) to a field; empty FIELD: ignore it"))
    parser.add_argument("--rejected", metavar=translate("Cli", "FILE.csv"),
                        help=translate("Cli", "save the rejected rows"))
    add_db_option(parser)
    parser.set_defaults(handler=run_import, scope=Scope.LIMITED)


def run_import(args: argparse.Namespace) -> int:
    from app.cli.common import open_db
    from app.domain.importing import FIELDS, ImportKind, normalize_header
    from app.services import imports
    from app.services.antenna import chapter_named
    from app.services.import_plan import WHOLE_CLUB

    kind = ImportKind(args.kind)
    sheet = imports.read_sheet(args.file)  # before the database: an unreadable file is reported first
    if args.rejected:
        from app.services.import_files import check_writable

        check_writable(args.rejected)  # before anything is written, not after the commit
    db = open_db(args, create=not args.dry_run)  # a first import may start a new file; a dry run never
    try:
        uow = db.unit_of_work
        if args.whole_club and kind is not ImportKind.ATTENDANCE:
            raise CercleError(MSG_WHOLE_CLUB_MEMBERS, context="Import")
        chapter_id = chapter_named(uow(), args.chapter) if args.chapter is not None else None
        options = imports.ImportOptions(
            create_missing=args.create_missing, default_chapter_id=chapter_id if kind is ImportKind.MEMBERS else None,
            default_join_date=args.join_date,
            meeting_chapter_id=WHOLE_CLUB if args.whole_club else chapter_id if kind is ImportKind.ATTENDANCE else None,
        )
        if args.map:
            plan = imports.dry_run(uow(), kind, sheet, options)
            mapping = list(plan.mapping)
            keys = {spec.key for spec in FIELDS[kind]}
            for item in args.map:
                title, _, field = item.partition("=")
                field = field.strip() or None
                if field is not None and field not in keys:
                    raise CercleError(MSG_UNKNOWN_FIELD, context="Import", field=field,
                                      fields=", ".join(sorted(keys)))
                for column in plan.columns:
                    named = normalize_header(column.header) == normalize_header(title)
                    if column.letter == title.strip().upper() or named:
                        mapping[column.index] = field
            options = imports.ImportOptions(**{**options.__dict__, "mapping": tuple(mapping)})
        if args.dry_run:
            plan = imports.dry_run(uow(), kind, sheet, options)
            result = None
        else:
            result = imports.apply_import(uow(), kind, sheet, options)
            plan = result.plan
    finally:
        db.close()
    if args.rejected:
        imports.save_rejected(plan, args.rejected)
    _print(plan, result, args.format)
    return 0


def _print(plan: Any, result: Any, fmt: str) -> None:
    from app.domain.importing import RowClass

    counts = {result_class.value: count for result_class, count in plan.counts.items()}
    if fmt == "json":
        record = {
            "kind": plan.kind.value,
            "file": plan.file_name,
            "dry_run": result is None,
            "header_row": plan.header_row,
            "columns": [{"column": c.letter, "header": c.header, "field": c.field} for c in plan.columns],
            "counts": counts,
            "unknown_chapters": list(plan.unknown_chapters),
            "unknown_sectors": list(plan.unknown_sectors),
            "missing_meeting_dates": [d.isoformat() for d in plan.missing_dates],
            "marks": plan.marks,
            "notices": list(plan.notices),
            "rows": [{"row": r.row, "result": r.result.value, "name": r.name, "number": r.number,
                      "column": r.column or None, "reason": r.reason or None, "warning": r.warning,
                      **({"problems": [{"column": column, "reason": reason} for column, reason in r.problems]}
                         if len(r.problems) > 1 else {})}
                     for r in plan.rows],
        }
        if result is not None:
            record["written"] = {
                "created": result.created, "updated": result.updated, "marks": result.marks,
                "meetings_created": result.meetings_created, "chapters_created": result.chapters_created,
                "sectors_created": result.sectors_created, "rejected": result.rejected,
            }
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    def t(text: str) -> str:
        return translate("Import", text)

    for notice in plan.notices:
        print(notice)
    for row in plan.rows:
        if row.warning or row.result in (RowClass.ERROR, RowClass.DUPLICATE):
            print(t(TEXT_ROW).format(row=row.row, column=f" [{row.column}]" if row.column else "",
                                     result=t(row.result_label), reason=row.reason))
    if plan.unknown_chapters:
        print(t(TEXT_CHAPTERS).format(names=", ".join(plan.unknown_chapters)))
    if plan.unknown_sectors:
        print(t(TEXT_SECTORS).format(names=", ".join(plan.unknown_sectors)))
    if plan.missing_dates:
        from app.formatting import format_date

        print(t(TEXT_DATES).format(dates=", ".join(format_date(d) for d in plan.missing_dates)))
    from app.domain.importing import COUNT

    print(", ".join(t(COUNT).format(label=t(label), count=plan.count(rc)) for rc, label in _labels()))
    if result is None:
        print(t(TEXT_DRY_RUN))
    elif plan.kind.value == "members":
        print(t(TEXT_MEMBERS_DONE).format(created=result.created, updated=result.updated, rejected=result.rejected))
    else:
        print(t(TEXT_GRID_DONE).format(marks=result.marks, meetings=result.meetings_created,
                                       rejected=result.rejected))


def _labels() -> list[tuple[Any, str]]:
    from app.domain.importing import ROW_CLASS_LABELS

    return list(ROW_CLASS_LABELS.items())

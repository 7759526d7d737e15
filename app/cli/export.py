"""``cercle export WHAT --out FILE.csv|FILE.xlsx [--from D] [--to D]``: the club's tables for a spreadsheet.

Each export is one function of this module, listed in :data:`EXPORTS`. They all write through
:func:`write_table`, so every file follows the same conventions:

- CSV for a French Excel: ``;`` between cells, UTF-8 with a BOM (accents survive a
  double-click), dates ISO (``2026-11-22``, which Excel reads as a date), amounts with a
  decimal comma and no thousands separator (``1234,50``);
- XLSX through openpyxl (imported only here), real dates and numbers;
- a text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is never
  run as a formula (CSV injection): in a CSV it is prefixed with ``'``; in an XLSX it is
  written as an explicit text cell, which no spreadsheet evaluates, so it shows as it is
  (``+212 661 23 45 67``, not ``'+212…``);
- a control character no spreadsheet can hold (written by another tool) is left out of the cell.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.cells import FORMULA_PREFIXES, clean, neutralise
from app.domain.errors import CercleError, os_reason
from app.formatting import format_time
from app.i18n import QT_TRANSLATE_NOOP, translate

MSG_FORMAT = QT_TRANSLATE_NOOP("Errors", "Choose a file name ending in .csv or .xlsx: {path}")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")

def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option

    parser = subparsers.add_parser("export", help=translate("Cli", "export a list to a spreadsheet (CSV or XLSX)"))
    parser.add_argument("what", choices=sorted(EXPORTS), help=translate("Cli", "what to export"))
    parser.add_argument("--out", required=True, metavar=translate("Cli", "FILE"),
                        help=translate("Cli", ".csv or .xlsx file to write"))
    parser.add_argument("--from", dest="start", type=_iso_date, metavar="DATE",
                        help=translate("Cli", "attendance: first date (included)"))
    parser.add_argument("--to", dest="end", type=_iso_date, metavar="DATE",
                        help=translate("Cli", "attendance: last date (included)"))
    add_db_option(parser)
    parser.set_defaults(handler=run_export, scope=Scope.READS)


def _iso_date(text: str) -> date:
    from app.cli.meetings import iso_date

    return iso_date(text)


def run_export(args: argparse.Namespace) -> int:
    return EXPORTS[args.what](args)


# ------------------------------------------------------------------------------ writing


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, date):
        return value.isoformat()
    return str(neutralise(value))


def write_table(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write ``header`` and ``rows`` to a .csv or .xlsx file; return the number of rows.

    Raises:
        CercleError: the extension is neither .csv nor .xlsx, or the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CercleError(MSG_FORMAT, path=str(path))
    try:
        if suffix == ".csv":
            return _write_csv(path, header, rows)
        return _write_xlsx(path, header, rows)
    except OSError as error:
        raise CercleError(MSG_CANNOT_WRITE, path=str(path), reason=os_reason(error)) from error


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([_csv_cell(cell) for cell in header])
        for row in rows:
            writer.writerow([_csv_cell(cell) for cell in row])
            count += 1
    return count


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    from openpyxl import Workbook  # heavy: only for this format
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    # The sheet takes the file's name ("Sheet" says nothing); Excel allows 31 characters, none of []:*?/\
    title = "".join(" " if ch in "[]:*?/\\" else ch for ch in path.stem).strip()[:31] or None
    sheet = workbook.create_sheet(title)

    def text_cell(value: Any) -> Any:
        value = clean(value)
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            cell.data_type = "s"  # text, whatever it begins with: never a formula
        return cell

    sheet.append([text_cell(value) for value in header])
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = text_cell(value)
            if isinstance(value, Decimal):
                cell.number_format = "#,##0.00"
            elif isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count


# ------------------------------------------------------------------------------ exports


REFERRAL_HEADER = ("Date", "Donneur (n°)", "Receveur (n° ou externe)", "Statut", "Montant conclu (MAD HT)")


def export_referrals(args: argparse.Namespace) -> int:
    """One row per referral, oldest first: date, giver, receiver or "externe", status, closed amount."""
    from app.cli.common import open_db
    from app.domain.business import EXTERNAL_RECEIVER, label
    from app.i18n import translate
    from app.services.referrals import referral_journal

    db = open_db(args)
    try:
        journal = referral_journal(db.unit_of_work())
    finally:
        db.close()
    rows = (
        (row.date, row.giver_number,
         row.receiver_number if row.receiver_number is not None else EXTERNAL_RECEIVER,
         translate("Business", label(row.status)), row.closed_amount)
        for row in reversed(journal.rows)
    )
    write_table(args.out, REFERRAL_HEADER, rows)
    return 0


ATTENDANCE_HEADER = (
    QT_TRANSLATE_NOOP("Export", "Member number"), QT_TRANSLATE_NOOP("Export", "Last name"),
    QT_TRANSLATE_NOOP("Export", "First name"), QT_TRANSLATE_NOOP("Export", "Date"),
    QT_TRANSLATE_NOOP("Export", "Chapter"), QT_TRANSLATE_NOOP("Export", "Meeting type"),
    QT_TRANSLATE_NOOP("Export", "Status"), QT_TRANSLATE_NOOP("Export", "Arrival"),
    QT_TRANSLATE_NOOP("Export", "Reason or substitute"),
)
WHOLE_CLUB = QT_TRANSLATE_NOOP("Export", "Whole club")


def export_attendance(args: argparse.Namespace) -> int:
    """One row per member and held meeting: number, name, date, chapter, type, status, details."""
    from app.cli.common import open_db
    from app.domain.attendance import label
    from app.i18n import translate
    from app.services.attendance import attendance_export

    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start and end and end < start:
        from app.cli.meetings import MSG_PERIOD_ORDER
        from app.domain.errors import ValidationError

        raise ValidationError("end", MSG_PERIOD_ORDER)
    db = open_db(args)
    try:
        records = attendance_export(db.unit_of_work(), start, end)
    finally:
        db.close()
    club = translate("Export", WHOLE_CLUB)
    rows = (
        (r.number, r.last_name, r.first_name, r.date, r.chapter or club,
         translate("Attendance", label(r.kind)), translate("Attendance", label(r.status)),
         format_time(r.arrival_time) or None, r.detail)
        for r in records
    )
    write_table(args.out, [translate("Export", title) for title in ATTENDANCE_HEADER], rows)
    return 0


def export_members(args: argparse.Namespace) -> int:
    """One row per member, by number, with every field the import reads back (an edited file
    imports as updates of the same members)."""
    from app.cli.common import open_db
    from app.services.imports import members_for_export

    db = open_db(args)
    try:
        header, rows = members_for_export(db.unit_of_work())
    finally:
        db.close()
    write_table(args.out, header, rows)
    return 0


# What ``cercle export`` can write: name on the command line -> function taking the arguments.
EXPORTS: dict[str, Callable[[argparse.Namespace], int]] = {
    "attendance": export_attendance,
    "members": export_members,
    "referrals": export_referrals,
}

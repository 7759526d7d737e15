"""What every subcommand shares: opening the database and printing results."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from app.db.store import Database, open_database
from app.domain.cells import neutralise
from app.domain.records import json_ready
from app.paths import default_database


def open_db(args: Any, *, create: bool = False) -> Database:
    """Open the database named by ``--db``, ``$CERCLE_DB`` or the user's default.

    A file named by ``--db`` or ``$CERCLE_DB`` that does not exist is refused (a mistyped name
    would otherwise give an empty club and an empty report) unless ``create``, as an import into
    a new file asks; the user's own default database is created on first use, as the GUI does.
    ``$CERCLE_CHAPTER`` (a chapter's name) limits what the command may change to that
    antenna's meetings and attendance, as the setting of a connection does in the GUI.
    """
    from app.services.antenna import chapter_from_environment

    named = getattr(args, "db", None) or os.environ.get("CERCLE_DB")
    db = open_database(named or default_database(), create=create or not named)
    try:
        db.chapter_limit = chapter_from_environment(db.unit_of_work())
    except Exception:
        db.close()
        raise
    return db


def as_record(row: Any) -> dict[str, Any]:
    return json_ready(asdict(row) if is_dataclass(row) and not isinstance(row, type) else dict(row))


def print_rows(rows: Sequence[Any], fmt: str, columns: Iterable[str] | None = None) -> None:
    """Print rows as JSON (a list of objects), CSV (comma-separated, for scripts) or plain text.

    A CSV cell that a spreadsheet would run as a formula is neutralised as the export does.
    """
    records = [as_record(row) for row in rows]
    if columns is None:
        columns = [f.name for f in fields(rows[0])] if rows and is_dataclass(rows[0]) else (
            list(records[0]) if records else []
        )
    columns = list(columns)
    if fmt == "json":
        records = [{key: record.get(key) for key in columns} for record in records]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({key: neutralise(_cell(record.get(key))) for key in columns})
    else:
        for record in records:
            print("\t".join(str(_cell(record.get(key))) for key in columns))


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value

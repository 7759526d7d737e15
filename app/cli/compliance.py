"""``cercle compliance [--at DATE] [--format json|csv|text]``: every member's charter compliance.

For each member active on the date: number, name, chapter, each criterion's raw value and
points, the total, the light and the overrides applied (see app.domain.compliance).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("Compliance", "Charter compliance on {date} (window {start} – {end})")
HEADERS = (QT_TRANSLATE_NOOP("Compliance", "No."), QT_TRANSLATE_NOOP("Compliance", "Member"),
           QT_TRANSLATE_NOOP("Compliance", "Chapter"))
TRAILERS = (QT_TRANSLATE_NOOP("Compliance", "Total"), QT_TRANSLATE_NOOP("Compliance", "Light"),
            QT_TRANSLATE_NOOP("Compliance", "Overrides"))
CSV_FIXED = ("number", "name", "chapter", "months", "total", "light", "overrides", "attention")


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope, add_db_option
    from app.cli.meetings import iso_date

    parser = subparsers.add_parser(
        "compliance", help=translate("Cli", "compliance with the charter: each member's criteria, points, total and "
                                            "light")
    )
    add_db_option(parser)
    parser.add_argument("--at", type=iso_date, metavar="DATE",
                        help=translate("Cli", "date of evaluation (by default: today); window of the 6 months before"))
    parser.add_argument("--format", choices=("json", "csv", "text"), default="text")
    parser.set_defaults(handler=show_compliance, scope=Scope.READS)


def _record(row: Any, at: date) -> dict[str, Any]:
    return {
        "at": at.isoformat(),
        "number": row.number,
        "name": row.name,
        "company": row.company,
        "chapter": row.chapter,
        "months": round(row.months, 2),
        "criteria": {
            result.key: {"value": round(result.value, 4), "points": result.points, "max_points": result.max_points}
            for result in row.criteria
        },
        "total": row.total,
        "light": row.light.value,
        "overrides": list(row.overrides),
        "previous_total": row.previous_total,
        "previous_light": row.previous_light.value if row.previous_light else None,
        "attention": list(row.attention),
    }


def _value_text(key: str, value: float) -> str:
    from app.domain.compliance import CLOSED_AMOUNT, FRACTIONAL
    from app.formatting import format_number

    if key in FRACTIONAL:
        return format_number(value, 2)
    if key == CLOSED_AMOUNT:
        return format_number(value, 0)
    return format_number(value, 0)


def _print_text(rows: list[Any], at: date, window: tuple[date, date], cap: int) -> None:
    from app.domain.compliance import CRITERIA, CRITERION_SHORT, LIGHT_LABELS, OVERRIDE_LABELS
    from app.formatting import format_clauses, format_date, format_number
    from app.i18n import translate

    def tr(text: str) -> str:
        return translate("Compliance", text)

    print(tr(TITLE).format(
        date=format_date(at), start=format_date(window[0]), end=format_date(window[1])))
    header = [*(tr(text) for text in HEADERS), *(tr(CRITERION_SHORT[key]) for key in CRITERIA),
              *(tr(text) for text in TRAILERS)]
    print("\t".join(header))
    for row in rows:
        cells = [str(row.number), row.name, row.chapter]
        for result in row.criteria:
            cells.append(f"{_value_text(result.key, result.value)} ({result.points})")
        cells.append("" if row.total is None else format_number(row.total))
        cells.append(tr(LIGHT_LABELS[row.light]))
        cells.append(format_clauses(tr(OVERRIDE_LABELS[key]).format(count=cap) for key in row.overrides))
        print("\t".join(cells))


def show_compliance(args: argparse.Namespace) -> int:
    from app.cli.common import open_db
    from app.domain.compliance import CRITERIA
    from app.domain.windows import window
    from app.services import compliance

    at = args.at or date.today()
    db = open_db(args)
    try:
        rules = compliance.compliance_rules(db.unit_of_work())
        rows = compliance.evaluate_club(db.unit_of_work(), at)
    finally:
        db.close()
    if args.format == "json":
        json.dump([_record(row, at) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        import csv

        from app.domain.cells import neutralise

        columns = [*CSV_FIXED[:4], *(f"{key}_{part}" for key in CRITERIA for part in ("value", "points")),
                   *CSV_FIXED[4:]]
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            criteria = [item for result in row.criteria for item in (round(result.value, 4), result.points)]
            writer.writerow([neutralise(cell) for cell in (
                row.number, row.name, row.chapter, round(row.months, 2), *criteria,
                "" if row.total is None else row.total, row.light.value,
                " ".join(row.overrides), " ".join(row.attention))])
    else:
        _print_text(rows, at, window(at, rules.window_months), rules.absences_cap)
    return 0

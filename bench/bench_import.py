"""Benchmark of the members import: a 20,000-row workbook and the same rows as CSV.

Run ``python bench/bench_import.py`` (``--runs N``, default 3). Builds the files and throw-away
databases in a temporary folder. For each file, each in a fresh process (so that its peak
memory is its own), alternating:

- the import's dry run (``imports.dry_run``: the file read, every row checked and classified);
- the import applied (``imports.apply_import`` into an empty database: the same analysis, then
  the 20,000 members and the chapters and sectors the database lacks written with their audit lines);
- the baseline: the file read with openpyxl's read-only mode (or ``csv``), then a raw
  ``executemany`` of the same rows into the same empty database (chapters and sectors first).

Targets: dry run and apply each within 3x the baseline (medians), every process under 300 MB
of peak memory (``ru_maxrss``). ``--baseline DIR`` adds the dry run and the apply of another copy
of Cercle's source (``git archive`` of an earlier commit), ``@DIR`` in the table: a before/after
comparison under the same load.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--child" not in sys.argv:  # a child imports Cercle from the PYTHONPATH it is given
    sys.path.insert(0, str(ROOT))

ROWS = 20_000
TARGET_RATIO = 3.0
TARGET_MB = 300
HEADER = ["N°", "Civilité", "Nom", "Prénom", "Société", "Fonction", "Secteur", "Antenne", "GSM", "E-mail",
          "Ville", "Date d'adhésion"]
CHAPTERS = ("Casablanca", "Rabat", "Tanger", "Marrakech", "Agadir")
SECTORS = tuple(f"Secteur {i:02d}" for i in range(20))
FIRST_NAMES = ("Karim", "Salma", "Omar", "Hind", "Leïla", "Youssef", "Nadia", "Mehdi", "Zineb", "Hamza")
LAST_NAMES = ("Alaoui", "Bennani", "Tazi", "Ziani", "Fassi", "El Idrissi", "Chraïbi", "Berrada", "Lahlou", "Sefrioui")
TODAY = date(2026, 11, 22)


def rows() -> list[list[object]]:
    """The members of the files: unique names, e-mails and mobiles, accents included."""
    out: list[list[object]] = []
    first_join = date(2015, 1, 5)
    for i in range(ROWS):
        out.append([
            None, "M." if i % 2 else "Mme", f"{LAST_NAMES[i % 10]} {i:05d}", FIRST_NAMES[(i // 10) % 10],
            f"Société {i:05d} SARL", "Gérant", SECTORS[i % len(SECTORS)], CHAPTERS[i % len(CHAPTERS)],
            f"06{10_000_000 + i}", f"membre{i:05d}@exemple.ma", "Casablanca",
            (first_join + timedelta(days=i % 3000)).strftime("%d/%m/%Y"),
        ])
    return out


def write_files(folder: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    data = rows()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Membres")
    sheet.append(HEADER)
    for row in data:
        sheet.append(row)
    xlsx = folder / "membres.xlsx"
    workbook.save(xlsx)
    csv_path = folder / "membres.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows([["" if cell is None else cell for cell in row] for row in data])
    return xlsx, csv_path


# ---------------------------------------------------------------------- child processes


def child(variant: str, file: str, db_path: str) -> None:
    """One measured run; prints its duration in seconds on stdout."""
    from app.db.store import open_database

    db = open_database(db_path)
    start = time.perf_counter()
    if variant == "baseline":
        _baseline(db, Path(file))
    else:
        from app.services import imports
        from app.services.imports import ImportOptions

        options = ImportOptions(create_missing=True, today=TODAY)
        if variant == "dry-run":
            plan = imports.dry_run(db.unit_of_work(), "members", file, options)
            assert plan.count(imports.RowClass.NEW) == ROWS, plan.counts
        else:
            result = imports.apply_import(db.unit_of_work(), "members", file, options)
            assert result.created == ROWS, result
    elapsed = time.perf_counter() - start
    db.close()
    print(json.dumps({"seconds": elapsed}))


def _read(file: Path) -> list[tuple[object, ...]]:
    if file.suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(file, read_only=True, data_only=True)
        try:
            return [tuple(row) for row in workbook.active.iter_rows(min_row=2, values_only=True)]
        finally:
            workbook.close()
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        return [tuple(row) for row in reader]


def _baseline(db, file: Path) -> None:  # type: ignore[no-untyped-def]
    """Read the file, then the same rows straight into the tables: no checks, no matching."""
    data = _read(file)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        cursor.executemany("INSERT OR IGNORE INTO chapters (name, sort_order, retired) VALUES (?, ?, 0)",
                           [(name, i) for i, name in enumerate(CHAPTERS)])
        cursor.executemany("INSERT OR IGNORE INTO sectors (name, retired) VALUES (?, 0)", [(name,) for name in SECTORS])
        chapters = dict(cursor.execute("SELECT name, id FROM chapters").fetchall())
        sectors = dict(cursor.execute("SELECT name, id FROM sectors").fetchall())
        members = []
        for number, row in enumerate(data, start=1001):
            day, month, year = str(row[11]).split("/")
            members.append((number, "mr" if row[1] == "M." else "mrs", row[2], row[3], row[4], row[5],
                            sectors[row[6]], chapters[row[7]], row[8], row[9], row[10],
                            f"{year}-{month}-{day}", "member", "active", f"{year}-{month}-{day}"))
        cursor.executemany(
            "INSERT INTO members (number, civility, last_name, first_name, company, position, sector_id, "
            "chapter_id, mobile, email, city, join_date, club_role, status, consent_directory_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members)
        cursor.execute("COMMIT")
    finally:
        raw.close()


def measure(variant: str, file: Path, empty_db: Path, folder: Path, source: Path = ROOT) -> tuple[float, float]:
    """(seconds, peak MB) of one run in a fresh process, on a fresh copy of the empty database,
    with Cercle's code taken from ``source``."""
    db_path = folder / f"run-{variant}-{file.suffix[1:]}.db"
    shutil.copy(empty_db, db_path)
    process = subprocess.Popen([sys.executable, __file__, "--child", variant, str(file), str(db_path)],
                               stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(source)})
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{variant} on {file.name} failed ({process.returncode})")
    db_path.unlink()
    return json.loads(out.decode().strip().splitlines()[-1])["seconds"], usage.ru_maxrss / 1024


def machine() -> str:
    import openpyxl
    from bench_startup import machine as described  # the scripts' one description of the machine

    return ", ".join(f"{key} {value}" for key, value in {**described(), "openpyxl": openpyxl.__version__}.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="also run the import from another copy of Cercle's source (an earlier commit)")
    parser.add_argument("--child", nargs=3, metavar=("VARIANT", "FILE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    from app.db.store import open_database

    with tempfile.TemporaryDirectory(prefix="cercle-bench-import-") as tmp:
        folder = Path(tmp)
        xlsx, csv_path = write_files(folder)
        empty = folder / "empty.db"
        open_database(str(empty)).close()
        print(f"Machine: {machine()}")
        print(f"Files: {ROWS:,} members; {xlsx.name} {xlsx.stat().st_size / 1e6:.1f} MB, "
              f"{csv_path.name} {csv_path.stat().st_size / 1e6:.1f} MB; median of {args.runs} runs\n")
        verdict = True
        print(f"{'file':<6}{'variant':<12}{'median':>9}{'min':>9}{'peak MB':>9}{'ratio':>8}")
        for file in (xlsx, csv_path):
            times: dict[str, list[float]] = {"baseline": [], "dry-run": [], "apply": []}
            if args.baseline:
                times |= {"dry-run@DIR": [], "apply@DIR": []}
            peaks: dict[str, float] = dict.fromkeys(times, 0.0)
            for _ in range(args.runs):
                for variant in times:
                    name, _, other = variant.partition("@")
                    seconds, peak = measure(name, file, empty, folder, args.baseline.resolve() if other else ROOT)
                    times[variant].append(seconds)
                    peaks[variant] = max(peaks[variant], peak)
            base = statistics.median(times["baseline"])
            for variant, values in times.items():
                ratio = statistics.median(values) / base
                ok = peaks[variant] < TARGET_MB and (variant == "baseline" or ratio <= TARGET_RATIO)
                verdict &= ok
                mark = "" if variant == "baseline" else "PASS" if ok else "MISS"
                print(f"{file.suffix[1:]:<6}{variant:<12}{statistics.median(values):>8.2f}s{min(values):>8.2f}s"
                      f"{peaks[variant]:>9.0f}{ratio:>7.1f}x {mark}")
        print(f"\nTarget: within {TARGET_RATIO:.0f}x the baseline, under {TARGET_MB} MB: "
              f"{'PASS' if verdict else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

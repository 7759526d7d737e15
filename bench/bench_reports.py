"""Benchmark of the PDF reports.

Run: ``python bench/bench_reports.py``. Builds temporary databases, prints figures, and measures
in the same run the baseline each one is compared with:

- bilan: the board pack of the demo club over twelve months, from reading the figures to the
  written file (target < 1 s);
- annuaire: the member directory of 20,000 members (pages per second), against a bare reportlab
  table of the same rows: the same cells (wrapping paragraphs in the same font), one table per
  60 rows (reportlab's fastest cut: it re-measures the rest of a table at each page break),
  plain ``SimpleDocTemplate`` pages without header, footer, grouping or "Page X / Y" (target:
  within 1.5x of the bare table).
"""

from __future__ import annotations

import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("CERCLE_LANG", "fr")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.db.models import Chapter, Member, Sector  # noqa: E402
from app.db.store import open_database  # noqa: E402
from app.reports import ReportParams  # noqa: E402
from app.services.report_data import generate_report  # noqa: E402

TODAY = date(2026, 11, 22)
MEMBERS = 20_000
FIRST = ["Youssef", "Salma", "Mehdi", "Imane", "Karim", "Nadia", "Omar", "Leïla", "Hicham", "Zineb", "Éric",
         "Sophie"]
LAST = ["Alaoui", "Bennani", "El Idrissi", "Tazi", "Fassi Fihri", "Berrada", "Chraibi", "Lahlou", "Dubois",
        "Lefèvre", "Amrani Joutei", "Ouazzani"]
ARABIC = ["العلوي يوسف", "بناني سلمى", "التازي مهدي", "الفاسي الفهري إيمان"]


def timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    """Median wall time of ``fn`` in seconds, after one warm-up run."""
    fn()
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        fn()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def build_big_club(path: Path, rng: random.Random) -> None:
    db = open_database(str(path))
    with db.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Chapter), [{"name": f"Antenne {i:02d}", "sort_order": i, "retired": False}
                                    for i in range(1, 11)])
        s.execute(insert(Sector), [{"name": f"Secteur {i:02d}", "retired": False} for i in range(1, 41)])
        rows = []
        for number in range(1, MEMBERS + 1):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            rows.append({
                "number": 1000 + number, "first_name": first, "last_name": last,
                "arabic_name": rng.choice(ARABIC) if number % 5 == 0 else None,
                "company": f"{last} {rng.choice(['Conseil', 'Trading', 'Industries du Souss', 'Immobilier'])}",
                "position": rng.choice(["Gérant", "Directeur général", None]),
                "chapter_id": rng.randint(1, 10), "sector_id": rng.randint(1, 40),
                "mobile": f"+2126{rng.randint(10_000_000, 99_999_999)}",
                "office_phone": f"+2125{rng.randint(20_000_000, 39_999_999)}" if number % 3 == 0 else None,
                "email": f"{first.lower()}.{last.lower().replace(' ', '')}{number}@exemple.ma",
                "join_date": date(2020, 1, 1), "club_role": "member", "status": "active",
                "consent_directory_on": date(2020, 1, 1) if number % 17 else None,
            })
        s.execute(insert(Member), rows)
        uow.commit()
    db.close()


def bare_table(rows: list[list[str]], out: io.BytesIO) -> int:
    """The baseline: the same rows as a plain reportlab table; returns the number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from app.reports.template import MARGIN, _styles

    styles = _styles()
    cell, bold, arabic = styles["cell"], styles["cell_bold"], styles["arabic"]
    head = ["N°", "Nom", "Entreprise et fonction", "Téléphones", "E-mail"]
    flowables = []
    for start in range(0, len(rows), 60):
        data = [head]
        for number, name, arabic_name, company, phones, email in rows[start:start + 60]:
            name_cell = [Paragraph(name, bold)] + ([Paragraph(arabic_name, arabic)] if arabic_name else [])
            data.append([number, name_cell, Paragraph(company, cell), Paragraph(phones, cell), Paragraph(email, cell)])
        table = Table(data, colWidths=[30, 118, 122, 103, 137], repeatRows=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (0, -1), cell.fontName, 8.5)]))
        flowables.append(table)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN)
    doc.build(flowables)
    return doc.page


def directory_rows(db) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from app.domain.validation import format_phone
    from app.reports.template import esc
    from app.services.report_data import annuaire

    rows = []
    for e in annuaire.read(db.unit_of_work(), ReportParams()).entries:
        phones = "<br/>".join(esc(format_phone(p)).replace(" ", "\u00a0") for p in (e.mobile, e.office_phone) if p)
        company = esc(e.company) + (f"<br/>{esc(e.position)}" if e.position else "")
        rows.append([str(e.number), f"{esc(e.last_name.upper())} {esc(e.first_name)}", esc(e.arabic_name or ""),
                     company, phones, esc(e.email or "")])
    return rows


def main() -> None:
    from app.services.demo import build_demo

    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        demo = build_demo(work / "demo.db", today=TODAY)
        params = ReportParams(start=date(2025, 11, 23), end=TODAY)
        pages = generate_report(demo.unit_of_work(), "bilan", params, work / "bilan.pdf").pages
        seconds = timed(lambda: generate_report(demo.unit_of_work(), "bilan", params, work / "bilan.pdf"))
        print(f"bilan, demo club, 12 months: {seconds * 1000:.0f} ms for {pages} pages (target < 1 s)")
        demo.close()

        build_big_club(work / "big.db", random.Random(7))
        big = open_database(str(work / "big.db"))
        rows = directory_rows(big)
        report_pages = generate_report(big.unit_of_work(), "annuaire", ReportParams(), work / "annuaire.pdf").pages
        report = timed(lambda: generate_report(big.unit_of_work(), "annuaire", ReportParams(),
                                               work / "annuaire.pdf"), 1)
        bare_pages = bare_table(rows, io.BytesIO())
        bare = timed(lambda: bare_table(directory_rows(big), io.BytesIO()), 1)
        print(f"annuaire, {len(rows):,} listed members: {report:.1f} s, {report_pages} pages "
              f"({report_pages / report:.0f} pages/s)")
        print(f"bare reportlab table, same rows: {bare:.1f} s, {bare_pages} pages ({bare_pages / bare:.0f} pages/s)")
        print(f"ratio: {report / bare:.2f}x (target <= 1.5x)")
        big.close()


if __name__ == "__main__":
    main()

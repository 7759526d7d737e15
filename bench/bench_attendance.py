"""Benchmark of meetings and attendance: the sheet of a 200-member meeting, and figures.

Run ``python bench/bench_attendance.py``. Builds throw-away databases in a temporary folder:

- 200 members, 5 years of weekly meetings (260 meetings, 52,000 attendance rows): opening the
  sheet of one meeting (service, and the Qt page when PySide6 can start offscreen), and the
  figures of every member over the 5 years, against a raw SQL ``GROUP BY`` over the same rows;
- 20,000 members in 100 chapters, one year of weekly meetings (5,200 meetings, 1,040,000 rows):
  the figures of every member, against the same raw aggregate.

Targets: the sheet under 100 ms; the 200-member figures within 3x the raw aggregate.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.store import Database, open_database  # noqa: E402
from app.services import attendance  # noqa: E402

STATUSES = ("present",) * 17 + ("late", "absent", "excused")
RAW_AGGREGATE = (
    "SELECT a.member_id, a.status, count(*) FROM attendances a JOIN meetings m ON m.id = a.meeting_id "
    "WHERE m.state = 'held' AND m.date >= ? AND m.date <= ? GROUP BY a.member_id, a.status"
)


def build(path: Path, chapters: int, members_per_chapter: int, weeks: int, first: date) -> Database:
    """A club filled with raw inserts (the point is to measure reading, not writing)."""
    db = open_database(str(path))
    rng = random.Random(42)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        cursor.executemany("INSERT INTO chapters (name, sort_order, retired) VALUES (?, ?, 0)",
                           [(f"Antenne {c:03d}", c + 1) for c in range(chapters)])
        chapter_ids = [row[0] for row in cursor.execute("SELECT id FROM chapters WHERE name LIKE 'Antenne %'")]
        members = []
        number = 1001
        for chapter_id in chapter_ids:
            for _ in range(members_per_chapter):
                members.append((number, f"Prénom{number}", f"Nom{number}", f"Société {number}", chapter_id,
                                (first - timedelta(days=30)).isoformat(), "member", "active", None))
                number += 1
        cursor.executemany(
            "INSERT INTO members (number, first_name, last_name, company, chapter_id, join_date, club_role, "
            "status, consent_directory_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", members)
        meetings = [((first + timedelta(weeks=w)).isoformat(), "07:30:00.000000", "weekly", chapter_id, "held")
                    for chapter_id in chapter_ids for w in range(weeks)]
        cursor.executemany("INSERT INTO meetings (date, start_time, kind, chapter_id, state) VALUES (?, ?, ?, ?, ?)",
                           meetings)
        by_chapter: dict[int, list[int]] = {}
        for meeting_id, chapter_id in cursor.execute("SELECT id, chapter_id FROM meetings"):
            by_chapter.setdefault(chapter_id, []).append(meeting_id)
        rows = []
        for member_id, chapter_id in cursor.execute("SELECT id, chapter_id FROM members").fetchall():
            for meeting_id in by_chapter[chapter_id]:
                rows.append((meeting_id, member_id, rng.choice(STATUSES)))
            if len(rows) > 200_000:
                cursor.executemany("INSERT INTO attendances (meeting_id, member_id, status) VALUES (?, ?, ?)", rows)
                rows.clear()
        cursor.executemany("INSERT INTO attendances (meeting_id, member_id, status) VALUES (?, ?, ?)", rows)
        cursor.execute("COMMIT")
        cursor.execute("ANALYZE")
    finally:
        raw.close()
    return db


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """Median wall time in milliseconds (after one warm-up run)."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def raw_aggregate(db: Database, start: date, end: date) -> int:
    raw = db.engine.raw_connection()
    try:
        return len(raw.cursor().execute(RAW_AGGREGATE, (start.isoformat(), end.isoformat())).fetchall())
    finally:
        raw.close()


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "absent"
    import sqlite3

    return (f"{os.cpu_count()} CPU ({cpu}), Python {platform.python_version()}, PySide6 {qt}, "
            f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}")


def sheet_page_ms(db: Database, meeting_id: int) -> float | None:
    try:
        from PySide6.QtWidgets import QApplication

        from ui.context import AppContext
        from ui.pages.attendance_sheet import AttendanceSheetPage
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    page = AttendanceSheetPage(AppContext(db))
    page.resize(1280, 800)
    page.show()  # so that the timing includes laying out and painting the rows

    def load() -> None:
        page.load(meeting_id)
        app.processEvents()

    return timed(load, 15)


def main() -> None:
    print(machine())
    with tempfile.TemporaryDirectory() as folder:
        first = date(2021, 1, 5)
        small = build(Path(folder) / "small.db", 1, 200, 260, first)
        end = first + timedelta(weeks=260)
        rows = small.engine.raw_connection().cursor().execute("SELECT count(*) FROM attendances").fetchone()[0]
        meeting_id = small.engine.raw_connection().cursor().execute("SELECT max(id) FROM meetings").fetchone()[0]
        sheet_ms = timed(lambda: attendance.load_sheet(small.unit_of_work(), meeting_id), 20)
        page_ms = sheet_page_ms(small, meeting_id)
        raw_ms = timed(lambda: raw_aggregate(small, first, end), 10)
        figures_ms = timed(lambda: attendance.figures_by_member(small.unit_of_work(), first, end), 10)
        print(f"200 members, {rows} attendance rows")
        print(f"  attendance sheet (service)      {sheet_ms:8.1f} ms   target < 100 ms")
        if page_ms is not None:
            print(f"  attendance sheet (Qt page load) {page_ms:8.1f} ms   target < 100 ms")
        print(f"  raw SQL aggregate               {raw_ms:8.1f} ms")
        print(f"  figures of every member         {figures_ms:8.1f} ms   = {figures_ms / raw_ms:.1f}x raw"
              "   target <= 3x")
        small.close()

        start = time.perf_counter()
        large = build(Path(folder) / "large.db", 100, 200, 52, first)
        built = time.perf_counter() - start
        end = first + timedelta(weeks=52)
        rows = large.engine.raw_connection().cursor().execute("SELECT count(*) FROM attendances").fetchone()[0]
        raw_ms = timed(lambda: raw_aggregate(large, first, end), 3)
        figures_ms = timed(lambda: attendance.figures_by_member(large.unit_of_work(), first, end), 3)
        print(f"20,000 members, {rows} attendance rows (built in {built:.0f} s)")
        print(f"  raw SQL aggregate               {raw_ms:8.1f} ms")
        print(f"  figures of every member         {figures_ms:8.1f} ms   = {figures_ms / raw_ms:.1f}x raw")
        large.close()


if __name__ == "__main__":
    main()

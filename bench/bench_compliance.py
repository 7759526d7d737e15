"""Benchmark of the charter compliance: the whole club evaluated at one date.

Run ``python bench/bench_compliance.py`` (``--quick`` skips the 20,000-member club). Builds
throw-away databases in a temporary folder with raw inserts, each with a year of activity for
chapters of 40 members: weekly meetings with every member's status, about 2 referrals a month
per member (one in ten external), a closed deal every other month, a one-to-one a month, a
presentation and 4 guests a year; 5 % of the members joined during the year, 2 % were
suspended for two months, 1 % have an open warning.

Measures ``evaluate_club`` (current window and the one a month earlier, for every member) at
the last day of the year, for 200 and 20,000 members. Target: under 200 ms for 200 members,
and a time per member that does not grow with the club.
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

from app.db.store import Database, open_database  # noqa: E402
from app.services import compliance  # noqa: E402

CHAPTER_SIZE = 40
FIRST = date(2025, 12, 1)
AT = date(2026, 11, 30)
STATUSES = ("present",) * 16 + ("late", "late", "absent", "excused")


def _day(rng: random.Random, start: date = FIRST, days: int = 365) -> str:
    return (start + timedelta(days=rng.randrange(days))).isoformat()


def build(path: Path, members: int) -> Database:
    """A club filled with raw inserts (the point is to measure reading, not writing)."""
    db = open_database(str(path))
    rng = random.Random(7)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        chapters = max(1, members // CHAPTER_SIZE)
        cursor.executemany("INSERT INTO chapters (name, sort_order, retired) VALUES (?, ?, 0)",
                           [(f"Antenne {c:04d}", c + 1) for c in range(chapters)])
        chapter_ids = [row[0] for row in cursor.execute("SELECT id FROM chapters WHERE name LIKE 'Antenne %'")]
        rows = []
        for index in range(members):
            joined = FIRST + timedelta(days=rng.randrange(30, 330)) if rng.random() < 0.05 else date(2020, 1, 1)
            rows.append((1001 + index, f"Prénom{index}", f"Nom{index}", f"Société {index}",
                         chapter_ids[index % chapters], joined.isoformat(), "member", "active", joined.isoformat()))
        cursor.executemany(
            "INSERT INTO members (number, first_name, last_name, company, chapter_id, join_date, club_role, "
            "status, consent_directory_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        people = cursor.execute("SELECT id, chapter_id, join_date FROM members").fetchall()
        ids = [row[0] for row in people]
        suspended = rng.sample(ids, max(1, len(ids) // 50))
        changes = []
        for member_id in suspended:
            start = FIRST + timedelta(days=rng.randrange(60, 250))
            changes.append((member_id, "suspended", start.isoformat()))
            changes.append((member_id, "active", (start + timedelta(days=61)).isoformat()))
        cursor.executemany("INSERT INTO member_status_changes (member_id, status, effective_date) VALUES (?, ?, ?)",
                           changes)
        cursor.executemany(
            "INSERT INTO meetings (date, start_time, kind, chapter_id, state) VALUES (?, '07:30:00.000000', "
            "'weekly', ?, 'held')",
            [((FIRST + timedelta(weeks=w)).isoformat(), chapter_id) for chapter_id in chapter_ids for w in range(52)])
        by_chapter: dict[int, list[tuple[int, str]]] = {}
        for meeting_id, chapter_id, day in cursor.execute("SELECT id, chapter_id, date FROM meetings"):
            by_chapter.setdefault(chapter_id, []).append((meeting_id, day))
        # Rows go in as the secretary records them: sheet after sheet, week after week.
        members_of: dict[int, list[tuple[int, str]]] = {}
        for member_id, chapter_id, joined in people:
            members_of.setdefault(chapter_id, []).append((member_id, str(joined)))
        sheets = sorted((day, meeting_id, chapter_id) for chapter_id, meetings in by_chapter.items()
                        for meeting_id, day in meetings)
        marks = []
        for day, meeting_id, chapter_id in sheets:
            for member_id, joined in members_of[chapter_id]:
                if day >= joined:
                    marks.append((meeting_id, member_id, rng.choice(STATUSES)))
            if len(marks) > 200_000:
                cursor.executemany("INSERT INTO attendances (meeting_id, member_id, status) VALUES (?, ?, ?)", marks)
                marks.clear()
        cursor.executemany("INSERT INTO attendances (meeting_id, member_id, status) VALUES (?, ?, ?)", marks)
        contacts = [(f"Invité{i}", f"Contact{i}", "visitor") for i in range(max(10, members * 4))]
        cursor.executemany("INSERT INTO contacts (first_name, last_name, kind) VALUES (?, ?, ?)", contacts)
        contact_ids = [row[0] for row in cursor.execute("SELECT id FROM contacts")]
        referrals, closed, one_to_ones, presentations, visits = [], [], [], [], set()
        for member_id, chapter_id, _joined in people:
            for _ in range(24):
                if rng.random() < 0.1:
                    referrals.append((_day(rng), member_id, None, rng.choice(contact_ids)))
                else:
                    referrals.append((_day(rng), member_id, rng.choice(ids), None))
            for _ in range(6):
                closed.append((_day(rng), rng.choice(ids), member_id, round(rng.uniform(2_000, 40_000), 2)))
            for _ in range(6):
                one_to_ones.append((_day(rng), member_id, rng.choice(ids)))
            presentations.append((_day(rng), member_id))
            meetings = by_chapter[chapter_id]
            for _ in range(4):
                meeting_id, _day_of = rng.choice(meetings)
                visits.add((meeting_id, rng.choice(contact_ids), member_id))
        for rows_of_kind in (referrals, closed, one_to_ones, presentations):
            rows_of_kind.sort(key=lambda row: row[0])  # recorded day after day
        cursor.executemany("INSERT INTO referrals (date, giver_id, receiver_member_id, receiver_contact_id, "
                           "temperature, status) VALUES (?, ?, ?, ?, 'warm', 'passed')", referrals)
        cursor.executemany("INSERT INTO closed_business (date, receiver_id, giver_id, amount, is_new) "
                           "VALUES (?, ?, ?, ?, 1)", closed)
        cursor.executemany("INSERT INTO one_to_ones (date, member_a_id, member_b_id) VALUES (?, ?, ?)", one_to_ones)
        cursor.executemany("INSERT INTO presentations (date, member_id, kind) VALUES (?, ?, 'pitch')", presentations)
        seen: set[tuple[int, int]] = set()
        unique = []
        for meeting_id, contact_id, member_id in sorted(visits):
            if (meeting_id, contact_id) not in seen:
                seen.add((meeting_id, contact_id))
                unique.append((meeting_id, contact_id, member_id))
        cursor.executemany("INSERT INTO guest_visits (meeting_id, contact_id, invited_by_id) VALUES (?, ?, ?)",
                           unique)
        cursor.executemany(
            "INSERT INTO warnings (member_id, charter_point, aspect, facts, date) VALUES (?, ?, ?, 'Faits', ?)",
            [(member_id, rng.choice((2, 3, 5)), rng.choice((None, "brand")), _day(rng))
             for member_id in rng.sample(ids, max(1, len(ids) // 100))])
        cursor.execute("COMMIT")
        cursor.execute("ANALYZE")
    finally:
        raw.close()
    return db


def measure(db: Database, runs: int) -> tuple[float, int]:
    compliance.evaluate_club(db.unit_of_work(), AT)  # warm-up
    times = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        count = len(compliance.evaluate_club(db.unit_of_work(), AT))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), count


def main() -> None:
    quick = "--quick" in sys.argv
    import sqlite3

    import sqlalchemy

    print(f"Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for members, runs in ((200, 9), (2_000, 5), (20_000, 3)):
            if quick and members > 2_000:
                continue
            started = time.perf_counter()
            db = build(Path(folder) / f"club{members}.db", members)
            built = time.perf_counter() - started
            try:
                elapsed, count = measure(db, runs)
            finally:
                db.close()
            per_member = elapsed / count * 1000
            results.append((members, elapsed, per_member))
            print(f"{members:>6} members (built in {built:.1f} s): evaluate_club {elapsed:8.1f} ms, "
                  f"{per_member:6.1f} µs a member ({count} evaluated)")
    small = results[0]
    print(f"target < 200 ms for 200 members: {'OK' if small[1] < 200 else 'MISS'} ({small[1]:.1f} ms)")
    if len(results) > 1:
        growth = results[-1][2] / small[2]
        print(f"time per member, {results[-1][0]} vs 200 members: x{growth:.2f} (linear: about 1)")


if __name__ == "__main__":
    main()

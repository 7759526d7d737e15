"""Benchmark of the referral journal and the per-member business totals.

Run: ``python bench/bench_referrals.py``. Builds temporary databases, prints figures, and
measures in the same run the baselines they are compared with:

- journal: 50,000 referrals; a filter change (status, chapter, giver, internal/external) is
  applied in memory to the loaded rows and redrawn by the real table model (target < 50 ms),
  against the same filter as a raw SQL query returning ids;
- totals: every member's business over a year, for 200 and 20,000 members, by the service
  (:func:`app.services.business_stats.member_totals`) against the same aggregates run as raw
  SQL through ``sqlite3`` (target: within 3x).
"""

from __future__ import annotations

import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.db.models import Chapter, ClosedBusiness, Member, OneToOne, Presentation, Referral  # noqa: E402
from app.db.store import open_database  # noqa: E402
from app.domain.business import JournalFilter, ReferralStatus, Scope  # noqa: E402
from app.services.business_stats import member_totals  # noqa: E402
from app.services.referrals import referral_journal  # noqa: E402

TODAY = date(2026, 11, 20)
START = TODAY - timedelta(days=364)


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        fn()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def build(path: Path, members: int, referrals: int, rng: random.Random) -> None:
    db = open_database(str(path))
    with db.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Chapter), [{"name": f"Antenne {i}", "sort_order": i, "retired": False}
                                    for i in range(1, 7)])
        chapters = list(range(1, 8))
        s.execute(insert(Member), [
            {"id": i, "number": 1000 + i, "first_name": f"Prénom{i}", "last_name": f"Nom{i}",
             "company": f"Société {i}", "chapter_id": rng.choice(chapters), "join_date": date(2020, 1, 1),
             "club_role": "member", "status": "active",
             "consent_directory_on": date(2020, 1, 1)}
            for i in range(1, members + 1)])
        days = [START + timedelta(days=d) for d in range(365)]
        rows = []
        for i in range(1, referrals + 1):
            giver = rng.randint(1, members)
            receiver = rng.randint(1, members)
            rows.append({"id": i, "date": rng.choice(days), "giver_id": giver,
                         "receiver_member_id": None if rng.random() < 0.2 or receiver == giver else receiver,
                         "temperature": "warm", "status": rng.choice(list(ReferralStatus)).value,
                         "need": "Besoin"})
        s.execute(insert(Referral), rows)
        internal = [r for r in rows if r["receiver_member_id"] is not None]
        s.execute(insert(ClosedBusiness), [
            {"date": r["date"], "receiver_id": r["receiver_member_id"], "giver_id": r["giver_id"],
             "referral_id": r["id"], "amount": Decimal(rng.randint(500, 2_000_000)), "is_new": True}
            for r in rng.sample(internal, len(internal) // 4)])
        s.execute(insert(OneToOne), [{"date": rng.choice(days), "member_a_id": rng.randint(1, members),
                                      "member_b_id": rng.randint(1, members)} for _ in range(referrals // 2)])
        s.execute(insert(Presentation), [{"date": rng.choice(days), "member_id": rng.randint(1, members),
                                          "kind": "pitch"} for _ in range(referrals // 10)])
        uow.commit()
    db.close()


RAW_TOTALS = (
    "SELECT id, number, first_name, last_name, chapter_id FROM members ORDER BY number",
    "SELECT giver_id, count(*), sum(CASE WHEN receiver_member_id IS NULL THEN 1 ELSE 0 END) FROM referrals"
    " WHERE date BETWEEN :s AND :e GROUP BY giver_id",
    "SELECT receiver_member_id, count(*) FROM referrals WHERE date BETWEEN :s AND :e"
    " AND receiver_member_id IS NOT NULL GROUP BY receiver_member_id",
    "SELECT receiver_id, count(*), sum(CAST(round(amount * 100) AS INTEGER)) FROM closed_business"
    " WHERE date BETWEEN :s AND :e GROUP BY receiver_id",
    "SELECT giver_id, count(*), sum(CAST(round(amount * 100) AS INTEGER)) FROM closed_business"
    " WHERE date BETWEEN :s AND :e AND giver_id IS NOT NULL GROUP BY giver_id",
    "SELECT mid, count(*) FROM (SELECT member_a_id AS mid FROM one_to_ones WHERE date BETWEEN :s AND :e"
    " UNION ALL SELECT member_b_id FROM one_to_ones WHERE date BETWEEN :s AND :e) GROUP BY mid",
    "SELECT member_id, count(*) FROM presentations WHERE date BETWEEN :s AND :e GROUP BY member_id",
)


def raw_totals(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        params = {"s": START.isoformat(), "e": TODAY.isoformat()}
        for sql in RAW_TOTALS:
            connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def bench_totals(folder: Path, members: int, referrals: int) -> None:
    path = folder / f"totals_{members}_{referrals}.db"
    build(path, members, referrals, random.Random(members))
    db = open_database(str(path))
    service = timed(lambda: member_totals(db.unit_of_work(), START, TODAY))
    raw = timed(lambda: raw_totals(path))
    rows = member_totals(db.unit_of_work(), START, TODAY)
    db.close()
    print(f"  totals, {members:>6} members, {referrals:>6} referrals: service {service:7.1f} ms, "
          f"raw SQL {raw:7.1f} ms, ratio {service / raw:4.2f}x ({len(rows)} rows)")


def bench_journal(folder: Path) -> None:
    """Time filter changes on the real journal page, as the secretary makes them."""
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext
    from ui.pages.referrals import ReferralsPage

    path = folder / "journal.db"
    build(path, 200, 50_000, random.Random(1))
    db = open_database(str(path))
    load = timed(lambda: referral_journal(db.unit_of_work(), JournalFilter(start=START, end=TODAY)), repeat=3)
    _app = QApplication.instance() or QApplication([])
    context = AppContext(db)
    context.runner.set_synchronous(True)
    page = ReferralsPage(context, today=TODAY)
    print(f"  journal: {page.model.total_count} referrals loaded from SQL in {load:.0f} ms (a period change, "
          "run in the background)")
    changes = {
        "status = won": (page.status, ReferralStatus.WON,
                         "SELECT id FROM referrals WHERE status = 'won'"),
        "giver's chapter": (page.chapter, 1, "SELECT r.id FROM referrals r JOIN members m ON m.id = r.giver_id"
                                             " WHERE m.chapter_id = 1"),
        "external": (page.scope, Scope.EXTERNAL, "SELECT id FROM referrals WHERE receiver_member_id IS NULL"),
    }
    connection = sqlite3.connect(path)
    for name, (combo, value, sql) in changes.items():
        on, off = combo.findData(value), 0

        def change(combo=combo, on=on, off=off) -> None:  # type: ignore[no-untyped-def]
            combo.setCurrentIndex(on)
            combo.setCurrentIndex(off)

        ms = timed(change) / 2  # two changes per run: the filter set, then cleared
        combo.setCurrentIndex(on)
        shown = page.proxy.rowCount()
        combo.setCurrentIndex(off)
        raw = timed(lambda sql=sql: connection.execute(sql).fetchall())
        print(f"  journal filter change, {name:<16}: {ms:5.1f} ms per change ({shown:>5} then 50,000 rows shown,"
              f" totals recomputed); raw SQL returning only the ids: {raw:5.1f} ms")
    page.giver.setText("1017")
    ms = timed(lambda: (page.giver.setText("1017"), page.giver.setText(""))) / 2
    print(f"  journal filter change, {'giver':<16}: {ms:5.1f} ms per change ({page.proxy.rowCount()} rows shown)")
    connection.close()
    db.close()


def machine() -> None:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    import sqlalchemy

    print(f"machine: {os.cpu_count()} CPUs (nproc), {cpu}; Python {platform.python_version()}, "
          f"PySide6 {PySide6.__version__}, SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}")


def main() -> None:
    machine()
    with tempfile.TemporaryDirectory() as folder:
        bench_journal(Path(folder))
        bench_totals(Path(folder), 200, 1_500)
        bench_totals(Path(folder), 200, 50_000)
        bench_totals(Path(folder), 20_000, 50_000)


if __name__ == "__main__":
    main()

"""The demo club's meetings: a year of weekly meetings per chapter, attendance and guests.

Called by :mod:`app.services.demo` once members exist in the session. Everything comes from
the ``rng`` it is given (same seed, same club) and rows go in with a few bulk inserts.

Shapes taken from how such clubs run: most members come to 85-95 % of meetings, a handful of
chronic absentees come to about half; one absence in three is excused in advance, a few are
covered by a substitute; lateness is a habit of some members more than others. Each chapter
meets on its own weekday; a monthly club-wide meeting and a board meeting complete the year.
Guests come to about one meeting in two; some come back, and some joined the club later.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.models import Attendance, Chapter, Contact, ExtraExpected, GuestVisit, Meeting
from app.domain.attendance import AttendanceStatus, MeetingKey, MeetingKind, MeetingState, expected_by_member
from app.domain.guests import VISITOR_KIND, FollowUp
from app.domain.membership import is_active_on
from app.services.roster import RosterMember, load_roster

WEEKS = 52
WEEKS_AHEAD = 8  # the planned meetings of the coming two months
CHRONIC_ABSENTEES = 6
PLACES = {
    "Casablanca": "Hôtel Hyatt Regency, salle Anfa", "Rabat": "Hôtel Tour Hassan, salon Chellah",
    "Tanger": "Hôtel El Minzah", "Marrakech": "Palmeraie Business Center", "Fès": "Hôtel Sahrai",
    "Agadir": "Chambre de commerce d'Agadir", "Oujda": "Hôtel Atlas Terminus",
}
EXCUSES = (
    "Déplacement professionnel", "Maladie", "Rendez-vous client impératif", "Congé annuel",
    "Salon professionnel à l'étranger", "Raison familiale", "Formation",
)
SUBSTITUTE_FIRST = ("Yassine", "Sara", "Mounir", "Kenza", "Ayoub", "Lina", "Badr", "Nora")
SUBSTITUTE_LAST = ("Amrani", "Benali", "Cherkaoui", "Doukkali", "Filali", "Ghazali", "Hajji")
GUEST_FIRST = ("Achraf", "Btissam", "Chakib", "Dounia", "Fouad", "Hanane", "Ismail", "Jamila",
               "Kamal", "Loubna", "Marouane", "Najat", "Othmane", "Rim", "Soufiane", "Wafae")
GUEST_LAST = ("Azzouzi", "Bouchta", "Dahbi", "Essaidi", "Fikri", "Hilali", "Jabri", "Kabbaj",
              "Lazrak", "Mouline", "Naji", "Rahmouni", "Saidi", "Tahiri", "Wahbi", "Zerouali")
GUEST_COMPANIES = ("{n} Consulting", "Atelier {n}", "{n} Négoce", "Agence {n}", "{n} & Fils",
                   "Cabinet {n}", "{n} Solutions", "Studio {n}")


def add_meetings(session: Session, today: date, rng: random.Random) -> None:
    """Add the year of meetings ending at ``today`` (and the next weeks, planned) to the demo."""
    chapters = list(session.execute(select(Chapter.id, Chapter.name).order_by(Chapter.sort_order, Chapter.id)))
    roster = load_roster(session)
    meetings = _plan_meetings(session, chapters, today, rng)
    held = [m for m in meetings if m[1] == MeetingState.HELD]
    keys = [key for key, _ in held]
    extras = _visiting_members(session, keys, roster, rng)
    expected = expected_by_member(keys, roster.values(), extras)
    _attendance(session, roster, expected, {k.id: k for k in keys}, today, rng)
    _guests(session, keys, roster, today, rng)


def _plan_meetings(
    session: Session, chapters: list, today: date, rng: random.Random  # type: ignore[type-arg]
) -> list[tuple[MeetingKey, MeetingState]]:
    rows = []
    first_week = today - timedelta(weeks=WEEKS)
    for index, (chapter_id, name) in enumerate(chapters):
        weekday = (1, 3, 2, 1, 4, 3, 2)[index % 7]  # Tuesday for Casablanca, then spread out
        start = first_week + timedelta(days=(weekday - first_week.weekday()) % 7)
        series_rows = []
        for week in range(WEEKS + WEEKS_AHEAD):
            day = start + timedelta(weeks=week)
            state = MeetingState.HELD if day <= today else MeetingState.PLANNED
            # Two or three weeks a year no meeting takes place (holidays, Eid).
            if state is MeetingState.HELD and rng.random() < 0.045:
                state = MeetingState.CANCELLED
            series_rows.append({
                "date": day, "start_time": time(7, 30) if index % 2 == 0 else time(8, 0),
                "kind": MeetingKind.WEEKLY, "chapter_id": chapter_id, "place": PLACES.get(name),
                "title": f"Réunion hebdomadaire – {name}", "notes": None, "state": state,
                "series_id": index + 1,
            })
        rows.extend(series_rows)
    month = date(first_week.year, first_week.month, 1)
    while month <= today + timedelta(weeks=WEEKS_AHEAD):
        # Last Thursday evening of the month: the club-wide meeting; the first Monday: the board.
        last_thursday = max(d for d in (month + timedelta(days=i) for i in range(31))
                            if d.month == month.month and d.weekday() == 3)
        first_monday = next(month + timedelta(days=i) for i in range(7) if (month + timedelta(days=i)).weekday() == 0)
        for day, kind, title, start_at in (
            (last_thursday, MeetingKind.MONTHLY, "Réunion mensuelle du club", time(19, 0)),
            (first_monday, MeetingKind.BOARD, "Réunion du bureau", time(18, 30)),
        ):
            if first_week <= day:
                state = MeetingState.HELD if day <= today else MeetingState.PLANNED
                rows.append({
                    "date": day, "start_time": start_at, "kind": kind, "chapter_id": None,
                    "place": PLACES["Casablanca"], "title": title, "notes": None, "state": state,
                    "series_id": None,
                })
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    ids = session.scalars(insert(Meeting).returning(Meeting.id, sort_by_parameter_order=True), rows).all()
    return [
        (MeetingKey(mid, row["date"], row["kind"], row["chapter_id"]), row["state"])
        for mid, row in zip(ids, rows, strict=True)
    ]


def _visiting_members(
    session: Session, keys: list[MeetingKey], roster: dict[int, RosterMember], rng: random.Random
) -> dict[int, set[int]]:
    """A few members visit another chapter's meeting (added by hand to its expected list)."""
    weekly = [k for k in keys if k.kind == MeetingKind.WEEKLY and k.chapter_id is not None]
    members = sorted(roster.values(), key=lambda m: m.id)
    extras: dict[int, set[int]] = defaultdict(set)
    rows = []
    for key in rng.sample(weekly, min(25, len(weekly))):
        candidates = [m for m in members if m.chapter_id != key.chapter_id
                      and is_active_on(m.periods, key.date)]
        if candidates:
            member = rng.choice(candidates)
            extras[key.id].add(member.id)
            rows.append({"meeting_id": key.id, "member_id": member.id})
    if rows:
        session.execute(insert(ExtraExpected), rows)
    return extras


def _attendance(
    session: Session,
    roster: dict[int, RosterMember],
    expected: dict[int, list[tuple[date, int]]],
    keys: dict[int, MeetingKey],
    today: date,
    rng: random.Random,
) -> None:
    ordered = sorted(roster)
    chronic = set(rng.sample(ordered, min(CHRONIC_ABSENTEES, len(ordered))))
    rows = []
    for member_id in ordered:
        if member_id in chronic:
            reliability = rng.uniform(0.40, 0.62)
        else:
            reliability = rng.uniform(0.90, 0.99)
        lateness = rng.choice((0.01, 0.02, 0.04, 0.10))
        for day, meeting_id in expected.get(member_id, ()):
            key = keys[meeting_id]
            if day == today and rng.random() < 0.5:
                continue  # today's sheet is still being filled in
            roll = rng.random()
            row: dict[str, object] = {"meeting_id": meeting_id, "member_id": member_id, "arrival_time": None,
                   "excuse_reason": None, "substitute_name": None, "substitute_company": None,
                   "recorded_at": datetime.combine(day, time(10, 0))}
            if roll < reliability:
                late = rng.random() < lateness
                row["status"] = AttendanceStatus.LATE if late else AttendanceStatus.PRESENT
                if late and key.kind == MeetingKind.WEEKLY:
                    row["arrival_time"] = time(8, rng.randrange(15, 50))
            else:
                kind = rng.random()
                if kind < 0.35:
                    row["status"] = AttendanceStatus.EXCUSED
                    row["excuse_reason"] = rng.choice(EXCUSES)
                elif kind < 0.45 and key.kind == MeetingKind.WEEKLY:
                    row["status"] = AttendanceStatus.SUBSTITUTED
                    substitute_last = rng.choice(SUBSTITUTE_LAST)
                    row["substitute_name"] = f"{rng.choice(SUBSTITUTE_FIRST)} {substitute_last}"
                    row["substitute_company"] = roster[member_id].company
                else:
                    row["status"] = AttendanceStatus.ABSENT
            rows.append(row)
    if rows:
        session.execute(insert(Attendance), rows)


def _guests(
    session: Session, keys: list[MeetingKey], roster: dict[int, RosterMember], today: date, rng: random.Random
) -> None:
    weekly = sorted((k for k in keys if k.kind == MeetingKind.WEEKLY), key=lambda k: (k.date, k.id))
    if not weekly:
        return
    active_by_chapter: dict[int, list[RosterMember]] = defaultdict(list)
    for member in sorted(roster.values(), key=lambda m: m.id):
        active_by_chapter[member.chapter_id].append(member)
    contacts: list[dict] = []  # type: ignore[type-arg]
    visits: list[tuple[int, int, int | None]] = []  # (contact index, meeting id, inviter id)
    used_names: set[tuple[str, str]] = set()

    def new_contact(first: str, last: str, company: str, member_id: int | None, follow_up: FollowUp) -> int:
        digits = rng.randrange(10_000_000, 99_999_999)
        slug = last.lower().replace(" ", "")
        contacts.append({
            "kind": VISITOR_KIND, "first_name": first, "last_name": last, "company": company,
            "phone": f"+2126{digits}", "email": f"{first.lower()}.{slug}@exemple.ma",
            "follow_up": follow_up.value, "member_id": member_id, "notes": None,
        })
        return len(contacts) - 1

    def inviter(key: MeetingKey) -> int | None:
        people = [m for m in active_by_chapter.get(key.chapter_id or 0, [])
                  if is_active_on(m.periods, key.date)]
        return rng.choice(people).id if people else None

    # Members who joined during the year came first as guests of their chapter.
    first_day = weekly[0].date
    for member in sorted(roster.values(), key=lambda m: m.id):
        joined = member.periods[0].start if member.periods else None
        if joined is None or not first_day + timedelta(weeks=3) < joined <= today or rng.random() < 0.3:
            continue
        before = [k for k in weekly if k.chapter_id == member.chapter_id and k.date < joined]
        if not before:
            continue
        index = new_contact(member.first_name, member.last_name, member.company, member.id, FollowUp.APPLIED)
        used_names.add((member.first_name, member.last_name))
        for key in before[-rng.randint(1, 3):]:
            visits.append((index, key.id, inviter(key)))

    # Other guests: about one meeting in two has one; a quarter of guests come back.
    outcomes = (FollowUp.TO_CALL, FollowUp.INTERESTED, FollowUp.NOT_INTERESTED, FollowUp.APPLIED)
    for key in weekly:
        if rng.random() >= 0.5:
            continue
        first, last = rng.choice(GUEST_FIRST), rng.choice(GUEST_LAST)
        if (first, last) in used_names:
            continue
        used_names.add((first, last))
        company = rng.choice(GUEST_COMPANIES).format(n=last)
        follow_up = FollowUp.TO_CALL if (today - key.date).days < 30 else rng.choices(outcomes, (2, 3, 4, 1))[0]
        index = new_contact(first, last, company, None, follow_up)
        visits.append((index, key.id, inviter(key)))
        if rng.random() < 0.25:
            later = [k for k in weekly if k.chapter_id == key.chapter_id and key.date < k.date <= today]
            if later:
                visits.append((index, rng.choice(later[:8]).id, inviter(key)))
    if not contacts:
        return
    ids = session.scalars(insert(Contact).returning(Contact.id, sort_by_parameter_order=True), contacts).all()
    seen: set[tuple[int, int]] = set()
    rows = []
    for index, meeting_id, invited_by in visits:
        if (ids[index], meeting_id) not in seen:
            seen.add((ids[index], meeting_id))
            rows.append({"meeting_id": meeting_id, "contact_id": ids[index], "invited_by_id": invited_by})
    session.execute(insert(GuestVisit), rows)

"""The demo club's business year: referrals, closed business, one-to-ones, presentations, contacts.

Called by :mod:`app.services.demo` after members (and meetings, when present) exist in the
session. Everything comes from the ``rng`` it is given, so a seed gives the same club, and
rows are inserted in bulk (a few statements, not thousands of ORM objects).

Shape of a year, from what such clubs report: a minority of members pass most referrals and
some pass none; a fifth of referrals go to non-members; most business stays within a chapter;
closed amounts are long-tailed (many small jobs, a few large contracts).
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.models import ClosedBusiness, Contact, Meeting, OneToOne, Presentation, Referral, ReferralStep, Sector
from app.domain.attendance import MeetingKind, MeetingState
from app.domain.business import ContactKind, PresentationKind, ReferralStatus, Temperature
from app.services.active_members import MemberPeriods, load_periods
from app.services.demo_names import FEMALE_FIRST, LAST_NAMES, MALE_FIRST

REFERRALS = 4200
EXTERNAL_SHARE = 0.2
CLOSED_FROM_REFERRALS = 700
CLOSED_DIRECT = 80  # thanks for business passed by word of mouth, with no referral recorded
ONE_TO_ONES = 2200
SAME_CHAPTER = 0.75
# Closed amounts: lognormal around a median of 25,000 MAD; sigma 1.4 puts about one in a
# hundred above a million.
AMOUNT_MEDIAN = 25_000
AMOUNT_SIGMA = 1.4
AMOUNT_FLOOR = 500
AMOUNT_CEILING = 30_000_000

PRINCIPALS = (
    "OCP", "ONCF", "Lydec", "Renault Maroc", "Royal Air Maroc", "Marsa Maroc", "Managem", "Cosumar",
    "Label'Vie", "Maroc Telecom", "Attijariwafa bank", "ONEE", "Tanger Med", "Ciments du Maroc",
    "Centrale Danone", "Sothema", "Akwa Group", "Stellantis Kénitra", "Yazaki Maroc", "Lesieur Cristal",
)
PROSPECT_PATTERNS = (
    "{n} Distribution", "Groupe {n}", "{n} Industries", "Clinique {n}", "Hôtel {c} Palace",
    "{n} Transport", "Cabinet {n}", "École {n}", "{n} Immobilier", "Boulangerie {n}",
)
CITIES = ("Casablanca", "Rabat", "Tanger", "Marrakech", "Fès", "Agadir", "Oujda", "Kénitra")
NEEDS = (
    "Refonte du site web et référencement", "Audit des comptes annuels", "Assurance de la flotte de véhicules",
    "Aménagement de nouveaux bureaux", "Formation des commerciaux à la négociation",
    "Transport de marchandises vers Tanger Med", "Fourniture d'équipements informatiques",
    "Campagne de communication pour un lancement", "Contrat de maintenance des climatiseurs",
    "Recrutement d'un directeur financier", "Traiteur pour un séminaire de 80 personnes",
    "Conseil juridique pour une levée de fonds", "Installation de panneaux solaires",
    "Nettoyage industriel d'un entrepôt", "Impression de catalogues", "Étude de marché export",
    "Logiciel de gestion commerciale", "Gardiennage d'un chantier", "Mise en conformité CNDP",
    "Cadeaux d'entreprise pour fin d'année",
)
STEP_PATH = (ReferralStatus.PASSED, ReferralStatus.CONTACTED, ReferralStatus.MEETING, ReferralStatus.PROPOSAL)


def add_business(session: Session, today: date, rng: random.Random) -> None:
    """Add one year (up to ``today``) of business between the members already in ``session``."""
    members = list(load_periods(session).values())
    if len(members) < 2:
        return
    start = today - timedelta(days=364)
    days = [start + timedelta(days=i) for i in range(365)]
    generosity = {m.id: _generosity(rng) for m in members}
    by_chapter: dict[int, list[MemberPeriods]] = {}
    for member in members:
        by_chapter.setdefault(member.chapter_id, []).append(member)

    contacts = _contacts(session, rng)
    beneficiaries = [cid for cid, kind in contacts if kind is ContactKind.BENEFICIARY]
    prospects = [cid for cid, kind in contacts if kind is not ContactKind.BENEFICIARY]

    def active_on(pool: list[MemberPeriods], day: date, exclude: int | None = None) -> list[MemberPeriods]:
        return [m for m in pool if m.id != exclude and m.active_on(day)]

    referral_id = (session.scalar(select(func.max(Referral.id))) or 0) + 1
    referrals: list[dict[str, Any]] = []
    while len(referrals) < REFERRALS:
        day = rng.choice(days)
        givers = active_on(members, day)
        weights = [generosity[m.id] for m in givers]
        if not givers or not any(weights):
            continue
        giver = rng.choices(givers, weights)[0]
        row: dict[str, Any] = {
            "id": referral_id, "date": day, "giver_id": giver.id, "receiver_member_id": None,
            "receiver_contact_id": None, "need": rng.choice(NEEDS),
            "prospect_id": rng.choice(prospects) if prospects and rng.random() < 0.6 else None,
            "temperature": rng.choices(list(Temperature), (3, 5, 2))[0].value,
        }
        if beneficiaries and rng.random() < EXTERNAL_SHARE:
            row["receiver_contact_id"] = rng.choice(beneficiaries)
        else:
            same = rng.random() < SAME_CHAPTER
            pool = active_on(by_chapter[giver.chapter_id] if same else members, day, giver.id)
            if not pool:
                continue
            row["receiver_member_id"] = rng.choice(pool).id
        referrals.append(row)
        referral_id += 1

    won = _pick_won(referrals, members, today, rng)
    steps = _statuses(referrals, won, today, rng)
    closed = [_closed_from(row, won[row["id"]], rng) for row in referrals if row["id"] in won]
    closed += _direct_closed(members, days, by_chapter, active_on, rng)

    session.execute(insert(Referral), referrals)
    session.execute(insert(ReferralStep), steps)
    session.execute(insert(ClosedBusiness), closed)
    session.execute(insert(OneToOne), _one_to_ones(members, days, by_chapter, active_on, rng))
    talks = _presentations(session, members, by_chapter, days, active_on, today, rng)
    if talks:
        session.execute(insert(Presentation), talks)


def _generosity(rng: random.Random) -> float:
    # One member in about sixteen passes nothing all year (the "gives nothing" list is never empty);
    # the others follow a Pareto law, so a few generous members pass most referrals.
    return 0.0 if rng.random() < 0.06 else rng.paretovariate(2.5)


def _amount(rng: random.Random) -> Decimal:
    value = rng.lognormvariate(math.log(AMOUNT_MEDIAN), AMOUNT_SIGMA)
    return Decimal(min(max(round(value), AMOUNT_FLOOR), AMOUNT_CEILING)).quantize(Decimal("0.01"))


def _contacts(session: Session, rng: random.Random) -> list[tuple[int, ContactKind]]:
    rows: list[dict[str, Any]] = []
    for name in PRINCIPALS:
        rows.append({"kind": ContactKind.PRINCIPAL.value, "company": name, "last_name": None,
                     "first_name": None})
    for _ in range(100):
        surname = rng.choice(LAST_NAMES)[0]
        company = rng.choice(PROSPECT_PATTERNS).format(n=surname, c=rng.choice(CITIES))
        rows.append({"kind": ContactKind.PROSPECT.value, "company": company, "last_name": None,
                     "first_name": None})
    for _ in range(130):
        first = rng.choice(MALE_FIRST if rng.random() < 0.6 else FEMALE_FIRST)[0]
        rows.append({"kind": ContactKind.BENEFICIARY.value, "first_name": first,
                     "last_name": rng.choice(LAST_NAMES)[0], "company": None})
    first_id = (session.scalar(select(func.max(Contact.id))) or 0) + 1
    sectors = session.scalars(select(Sector.id).order_by(Sector.id)).all()
    for offset, row in enumerate(rows):
        row["id"] = first_id + offset
        row["phone"] = f"+2126{rng.randint(10_000_000, 99_999_999)}"
        # Companies get a sector in turn (not drawn: the demo's random sequence stays the same).
        row["sector_id"] = sectors[offset * 7 % len(sectors)] if sectors and row["company"] else None
    session.execute(insert(Contact), rows)
    return [(row["id"], ContactKind(row["kind"])) for row in rows]


def _pick_won(referrals: list[dict[str, Any]], members: list[MemberPeriods], today: date,
              rng: random.Random) -> dict[int, date]:
    """Internal referrals that end in closed business, with the day it closed."""
    periods = {m.id: m for m in members}
    candidates = [r for r in referrals if r["receiver_member_id"] is not None
                  and (today - r["date"]).days >= 7]
    rng.shuffle(candidates)
    won: dict[int, date] = {}
    for row in candidates:
        if len(won) >= CLOSED_FROM_REFERRALS:
            break
        day = min(row["date"] + timedelta(days=int(rng.expovariate(1 / 35)) + 3), today)
        if periods[row["receiver_member_id"]].active_on(day):
            won[row["id"]] = day
    return won


def _statuses(referrals: list[dict[str, Any]], won: dict[int, date], today: date,
              rng: random.Random) -> list[dict[str, Any]]:
    """Set each referral's status and return its dated steps; older referrals went further."""
    steps: list[dict[str, Any]] = []
    for row in referrals:
        start: date = row["date"]
        age = (today - start).days
        if row["id"] in won:
            final: ReferralStatus | None = ReferralStatus.WON
            path_length = rng.randint(1, len(STEP_PATH))
            end = won[row["id"]]
        else:
            progress = min(age / 120, 1.0)
            path_length = 1 + min(int(rng.random() * 4 * progress), 3)
            final = rng.choices((None, ReferralStatus.LOST, ReferralStatus.DROPPED),
                                (1 - 0.6 * progress, 0.3 * progress, 0.3 * progress))[0]
            end = min(start + timedelta(days=max(age, 1) * 3 // 4), today)
        path = list(STEP_PATH[:path_length]) + ([final] if final else [])
        span = max((end - start).days, 0)
        offsets = sorted(rng.randint(0, span) for _ in path[1:])
        if final is ReferralStatus.WON and offsets:
            offsets[-1] = span  # won on the day the business closed
        for status, offset in zip(path, [0, *offsets], strict=True):
            steps.append({"referral_id": row["id"], "status": status.value,
                          "date": start + timedelta(days=offset)})
        row["status"] = path[-1].value
    return steps


def _closed_from(row: dict[str, Any], day: date, rng: random.Random) -> dict[str, Any]:
    return {"date": day, "receiver_id": row["receiver_member_id"], "giver_id": row["giver_id"],
            "referral_id": row["id"], "amount": _amount(rng), "is_new": rng.random() < 0.7, "notes": None}


def _pair(members, days, by_chapter, active_on, rng):  # type: ignore[no-untyped-def]
    """A day and two different members active that day, usually of the same chapter."""
    while True:
        day = rng.choice(days)
        people = active_on(members, day)
        if len(people) < 2:
            continue
        first = rng.choice(people)
        pool = active_on(by_chapter[first.chapter_id] if rng.random() < SAME_CHAPTER else members,
                         day, first.id)
        if pool:
            return day, first, rng.choice(pool)


def _direct_closed(members, days, by_chapter, active_on, rng) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    rows = []
    for _ in range(CLOSED_DIRECT):
        day, receiver, giver = _pair(members, days, by_chapter, active_on, rng)
        rows.append({"date": day, "receiver_id": receiver.id, "giver_id": giver.id, "referral_id": None,
                     "amount": _amount(rng), "is_new": rng.random() < 0.5, "notes": None})
    return rows


def _one_to_ones(members, days, by_chapter, active_on, rng) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    rows = []
    for _ in range(ONE_TO_ONES):
        day, a, b = _pair(members, days, by_chapter, active_on, rng)
        rows.append({"date": day, "member_a_id": a.id, "member_b_id": b.id, "notes": None})
    return rows


# Demo data, in the club's language like the names and companies.
FULL_TITLES = ("Notre métier et nos clients", "Un chantier mené de bout en bout", "Exporter vers l'Afrique de l'Ouest",
               "Ce que nous apportons aux PME", "Retour d'expérience : un client fidèle depuis dix ans",
               "Notre nouvelle offre et les recommandations que nous cherchons")
PITCH_TITLES = ("Qui nous cherchons cette semaine", "Notre offre du mois", "Un client idéal pour nous",
                "Une réussite grâce au club", "Notre actualité")


def _presentations(session, members, by_chapter, days, active_on, today, rng):  # type: ignore[no-untyped-def]
    """One presentation at most meetings held in the year; without meetings, about three a week."""
    meetings = session.execute(
        select(Meeting.id, Meeting.date, Meeting.chapter_id)
        .where(Meeting.date.between(days[0], today), Meeting.state != MeetingState.CANCELLED,
               Meeting.kind.in_((MeetingKind.WEEKLY, MeetingKind.MONTHLY, MeetingKind.CHAPTER)))
        .order_by(Meeting.date, Meeting.id)
    ).all()
    occasions = [(mid, day, chapter) for mid, day, chapter in meetings if rng.random() < 0.8]
    if not meetings:
        occasions = [(None, rng.choice(days), None) for _ in range(150)]
    rows = []
    for meeting_id, day, chapter_id in occasions:
        pool = active_on(by_chapter.get(chapter_id, []) if chapter_id is not None else members, day)
        if not pool:
            continue
        kind = PresentationKind.FULL if rng.random() < 0.25 else PresentationKind.PITCH
        # Titles taken in turn, not drawn: the random sequence (and so the demo's figures) is unchanged.
        titles = FULL_TITLES if kind is PresentationKind.FULL else PITCH_TITLES
        rows.append({"date": day, "member_id": rng.choice(pool).id, "meeting_id": meeting_id,
                     "kind": kind.value, "title": titles[len(rows) % len(titles)]})
    return rows

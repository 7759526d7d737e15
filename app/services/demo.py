"""The demo club: a deterministic, realistic club to explore Cercle without real data."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from sqlalchemy import select

from app.db.models import Chapter, Member, MemberStatusChange, Sector, Setting
from app.db.store import Database, open_database
from app.domain.club import ClubIdentity
from app.domain.enums import Civility, ClubRole, CompanySize, MemberStatus
from app.domain.errors import CercleError
from app.formatting import format_elided
from app.i18n import QT_TRANSLATE_NOOP
from app.services.demo_business import add_business
from app.services.demo_charter import add_charter
from app.services.demo_meetings import add_meetings
from app.services.demo_names import FEMALE_FIRST, LAST_NAMES, MALE_FIRST
from app.services.demo_privacy import add_privacy

SEED = 20261122
MEMBER_COUNT = 200
CHAPTERS = ("Casablanca", "Rabat", "Tanger", "Marrakech", "Fès", "Agadir", "Oujda")
# Share of members per chapter: the founding chapter is the largest.
CHAPTER_WEIGHTS = (40, 16, 12, 11, 9, 7, 5)

# Company name patterns per sector: {n} is a surname, {c} a city.
COMPANY_PATTERNS = {
    "Agroalimentaire": ("Les Délices de {c}", "Conserverie {n}", "Atlas Agro", "Domaine {n}"),
    "Architecture et urbanisme": ("Cabinet d'architecture {n}", "Atelier {n} & Associés"),
    "Assurance": ("Cabinet {n} Assurances", "Assur'Conseil {c}"),
    "Audit et expertise comptable": ("Fiduciaire {n}", "{n} Audit & Conseil", "Cabinet {n} Expertise"),
    "BTP et construction": ("{n} Construction", "Bâtir {c}", "Société Marocaine de Travaux {n}"),
    "Commerce et distribution": ("Comptoir {n}", "Distri'{c}", "Maison {n}"),
    "Communication et marketing": ("Agence {n} Com", "Studio Médina", "Pixel & Plume"),
    "Conseil et formation": ("{n} Consulting", "Académie {c} Management", "Cap Compétences"),
    "Énergie et environnement": ("Soleil du Sud Énergie", "{n} Green Solutions", "Éco-Atlas"),
    "Hôtellerie et restauration": ("Riad {n}", "Traiteur {n}", "Café de {c}"),
    "Immobilier": ("{n} Immobilier", "Résidences {c}", "Agence Immo {n}"),
    "Import-export": ("{n} Trading", "Négoce {c} International"),
    "Informatique et numérique": ("{n} Digital", "Atlas Software", "Nuage Maroc", "DataSouk"),
    "Juridique et avocats": ("Cabinet Maître {n}", "{n} Avocats Associés"),
    "Logistique et transport": ("Transports {n}", "{c} Logistique", "Express Colis {c}"),
    "Santé et pharmacie": ("Pharmacie {n}", "Clinique dentaire {n}", "Laboratoire {c} Analyses"),
    "Textile et habillement": ("Confection {n}", "Tissages de {c}"),
    "Tourisme et événementiel": ("{c} Events", "Voyages {n}", "Désert & Dunes Tours"),
    "Banque et finance": ("{n} Finance", "Courtage {c}"),
    "Automobile": ("Garage {n}", "Auto Pièces {c}"),
    "Services aux entreprises": ("{n} Services", "Bureau Plus {c}", "Net Propreté {c}"),
}
POSITIONS = ("Gérant", "Gérante", "Directeur général", "Directrice générale", "Fondateur",
             "Cadre dirigeant", "Associé gérant")
STREETS = ("boulevard Mohammed V", "rue Ibn Batouta", "avenue Hassan II", "boulevard Zerktouni",
           "rue Allal Ben Abdellah", "avenue des FAR", "rue de Fès", "boulevard Anfa")

MSG_DEMO_EXISTS = QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose a new file for the demo club.")


def build_demo(path: Path, *, today: date | None = None) -> Database:
    """Write a fresh demo club to ``path`` (which must not exist) and return it open."""
    if path.exists() and path.stat().st_size > 0:
        raise CercleError(MSG_DEMO_EXISTS, path=str(path))
    db = open_database(str(path))
    populate(db, today=today or date.today())
    return db


def populate(db: Database, *, today: date) -> None:
    """Fill an empty database with the demo club, in one transaction."""
    rng = random.Random(SEED)
    with db.unit_of_work() as uow:
        session = uow.session
        chapters = _chapters(session)
        sectors = {s.name: s for s in session.scalars(select(Sector))}
        members = _members(session, rng, chapters, sectors, today)
        session.flush()
        _extend(session, members, rng, today)
        add_charter(session, today)
        add_privacy(session, today)
        _identity(session)
        uow.commit()


def _identity(session) -> None:  # type: ignore[no-untyped-def]
    """The demo club's name and address, printed at the top of its reports."""
    identity = ClubIdentity(name="Cercle des dirigeants (démonstration)",
                            address="Boulevard d'Anfa, 20000 Casablanca", logo_png=None)
    for key, value in identity.as_settings().items():
        session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False, sort_keys=True)))


def _extend(session, members: list[Member], rng: random.Random, today: date) -> None:  # type: ignore[no-untyped-def]
    """Activity added by the other parts of the club: meetings, then business."""
    add_meetings(session, today, rng)
    session.flush()
    add_business(session, today, rng)
    session.flush()


def _chapters(session) -> list[Chapter]:  # type: ignore[no-untyped-def]
    existing = {c.name: c for c in session.scalars(select(Chapter))}
    chapters = []
    for order, name in enumerate(CHAPTERS):
        chapter = existing.get(name) or Chapter(name=name, retired=False)
        chapter.sort_order = order
        session.add(chapter)
        chapters.append(chapter)
    session.flush()
    return chapters


# Operator ranges that phonenumbers accepts as valid Moroccan numbers.
MOBILE_PREFIXES = ("661", "662", "663", "664", "666", "667", "668", "670", "671", "672", "676", "677",
                   "700", "701", "762", "766")
OFFICE_PREFIXES = ("522", "523", "537", "539", "524", "535", "528", "536")


def _phone(rng: random.Random, prefixes: tuple[str, ...]) -> str:
    while True:  # a few ranges have gaps: draw again until the number is a real one
        number = f"+212{rng.choice(prefixes)}{rng.randrange(100_000, 999_999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number


def _members(session, rng: random.Random, chapters: list[Chapter], sectors: dict[str, Sector],  # type: ignore[no-untyped-def]
             today: date) -> list[Member]:
    founded = date(today.year - 6, 3, 15)
    sector_names = sorted(COMPANY_PATTERNS)
    used_names: set[tuple[str, str]] = set()
    used_companies: set[str] = set()
    members: list[Member] = []
    for index in range(MEMBER_COUNT):
        female = rng.random() < 0.32
        first, first_ar = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        last, last_ar = rng.choice(LAST_NAMES)
        while (first, last) in used_names:
            first, first_ar = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
            last, last_ar = rng.choice(LAST_NAMES)
        used_names.add((first, last))
        chapter = rng.choices(chapters, weights=CHAPTER_WEIGHTS)[0]
        sector_name = sector_names[index % len(sector_names)] if index < 60 else rng.choice(sector_names)
        # « Tissages d’Oujda », « Tissages de Fès »
        company = format_elided(rng.choice(COMPANY_PATTERNS[sector_name]), n=last, c=chapter.name)
        if company in used_companies:
            company = f"{company} {rng.choice(('SARL', 'SA', 'SARL AU', 'Groupe'))}"
        suffix = 2
        base = company
        while company in used_companies:
            company = f"{base} {suffix}"
            suffix += 1
        used_companies.add(company)
        join = founded + timedelta(days=int(rng.triangular(0, (today - founded).days - 20, 1500)))
        slug = "".join(ch for ch in last.lower() if ch.isalpha())[:12] or "contact"
        domain = "".join(ch for ch in company.lower() if ch.isascii() and ch.isalnum())[:18] or "club"
        arabic = f"{first_ar} {last_ar}" if first_ar and last_ar and rng.random() < 0.55 else None
        position = rng.choice(POSITIONS[1::2] if female else POSITIONS[0::2])
        member = Member(
            number=1001 + index,
            civility=Civility.MRS if female else Civility.MR,
            first_name=first,
            last_name=last,
            arabic_name=arabic,
            company=company,
            position=position,
            sector=sectors[sector_name],
            company_size=rng.choices(list(CompanySize), weights=(45, 35, 5, 15))[0],
            ice=None,
            city=chapter.name,
            chapter=chapter,
            mobile=_phone(rng, MOBILE_PREFIXES),
            office_phone=_phone(rng, OFFICE_PREFIXES) if rng.random() < 0.6 else None,
            email=f"{first.split()[0].lower()}.{slug}@{domain}.ma".replace("é", "e").replace("è", "e")
            .replace("ç", "c").replace("ë", "e").replace("ï", "i").replace("É", "e"),
            address=f"{rng.randrange(1, 250)}, {rng.choice(STREETS)}, {chapter.name}",
            join_date=join,
            club_role=ClubRole.MEMBER,
            status=MemberStatus.ACTIVE,
            consent_directory_on=join if rng.random() > 0.05 else None,  # dated by add_privacy
            notes=None,
        )
        if members and rng.random() < 0.7:
            earlier = [m for m in members if m.join_date < join]
            if earlier:
                member.sponsor = rng.choice(earlier)
        session.add(member)
        members.append(member)
    _board(members, rng)
    _status_changes(members, rng, today)
    return members


def _board(members: list[Member], rng: random.Random) -> None:
    founders = sorted((m for m in members if m.chapter.name == "Casablanca"), key=lambda m: m.join_date)
    roles = (ClubRole.PRESIDENT, ClubRole.VICE_PRESIDENT, ClubRole.SECRETARY_GENERAL,
             ClubRole.TREASURER, ClubRole.BOARD_MEMBER, ClubRole.BOARD_MEMBER, ClubRole.BOARD_MEMBER)
    for member, role in zip(founders, roles, strict=False):
        member.club_role = role


def _status_changes(members: list[Member], rng: random.Random, today: date) -> None:
    candidates = [m for m in members if m.club_role is ClubRole.MEMBER and (today - m.join_date).days > 400]
    rng.shuffle(candidates)
    reasons_suspended = ("Cotisation impayée", "Absences répétées non excusées", "Demande de pause")
    reasons_left = ("Départ à l'étranger", "Cessation d'activité", "Manque de disponibilité",
                    "Changement de poste")
    for member in candidates[:5]:  # suspended now
        when = today - timedelta(days=rng.randrange(20, 150))
        member.status_history.append(MemberStatusChange(
            status=MemberStatus.SUSPENDED, effective_date=when, reason=rng.choice(reasons_suspended)))
        member.status = MemberStatus.SUSPENDED
    for member in candidates[5:8]:  # suspended, then back
        start = today - timedelta(days=rng.randrange(200, 300))
        member.status_history.append(MemberStatusChange(
            status=MemberStatus.SUSPENDED, effective_date=start, reason=rng.choice(reasons_suspended)))
        member.status_history.append(MemberStatusChange(
            status=MemberStatus.ACTIVE, effective_date=start + timedelta(days=60),
            reason="Fin de la suspension"))
    for member in candidates[8:17]:  # resigned
        when = today - timedelta(days=rng.randrange(30, 330))
        member.status_history.append(MemberStatusChange(
            status=MemberStatus.RESIGNED, effective_date=when, reason=rng.choice(reasons_left)))
        member.status = MemberStatus.RESIGNED
    for member in candidates[17:19]:  # excluded by the board
        when = today - timedelta(days=rng.randrange(60, 300))
        member.status_history.append(MemberStatusChange(
            status=MemberStatus.EXCLUDED, effective_date=when,
            reason="Décision du bureau : manquements répétés à la charte"))
        member.status = MemberStatus.EXCLUDED

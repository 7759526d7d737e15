"""The demo club's charter: most members signed the first version, a few warnings and decisions.

Called by :mod:`app.services.demo` once members exist in the session. It draws from its own
seeded generator, so adding it changes nothing else in the demo club.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import CharterSignature, CharterVersion, Member, Warning, WarningDecision
from app.domain.charter import BRAND, WarningStep
from app.domain.enums import ClubRole, MemberStatus
from app.services.active_members import load_periods

SEED = 5_2026
UNSIGNED_ACTIVE = 7  # active members who have not signed yet


def add_charter(session: Session, today: date) -> None:
    """Signatures of the current charter and four warnings with the board's decisions."""
    rng = random.Random(SEED)
    version = session.scalar(select(CharterVersion).order_by(CharterVersion.adopted_on.desc()).limit(1))
    if version is None:
        return
    members = list(session.scalars(select(Member).order_by(Member.number)))
    periods = load_periods(session)
    active = [m for m in members if m.status is MemberStatus.ACTIVE and m.club_role is ClubRole.MEMBER]
    unsigned = {m.id for m in rng.sample(active, min(UNSIGNED_ACTIVE, len(active)))}
    for member in members:
        stretch = periods[member.id].periods
        if member.id in unsigned or not stretch or (stretch[-1].end is not None
                                                    and stretch[-1].end <= version.adopted_on):
            continue  # left before the charter was adopted
        start = max(version.adopted_on, member.join_date)
        signed_on = min(start + timedelta(days=rng.randrange(0, 45)), today)
        if stretch[-1].end is not None:
            signed_on = min(signed_on, stretch[-1].end - timedelta(days=1))
        if signed_on < start:
            continue
        session.add(CharterSignature(member_id=member.id, charter_version_id=version.id, signed_on=signed_on))
    _warnings(session, members, sorted(unsigned), rng, today)


def _board_name(members: list[Member], role: ClubRole) -> str:
    person = next((m for m in members if m.club_role is role), None)
    return f"{person.first_name[0]}. {person.last_name}" if person else "le bureau"


def _by(day: date, name: str) -> str:
    return f"Bureau du {day:%d/%m/%Y} \u2014 {name}"


def _warnings(session: Session, members: list[Member], unsigned: list[int], rng: random.Random,
              today: date) -> None:
    president = _board_name(members, ClubRole.PRESIDENT)
    secretary = _board_name(members, ClubRole.SECRETARY_GENERAL)
    regular = [m for m in members if m.status is MemberStatus.ACTIVE and m.club_role is ClubRole.MEMBER
               and m.id not in unsigned and (today - m.join_date).days > 365]
    absent, rude, brand = rng.sample(regular, 3)

    def warning(member: Member, point: int, facts: str, day: date, steps: list[tuple[WarningStep, int, str]],
                *, aspect: str | None = None, closed: tuple[date, str] | None = None) -> None:
        item = Warning(member_id=member.id, charter_point=point, aspect=aspect, facts=facts, date=day,
                       closed_on=closed[0] if closed else None, closing_note=closed[1] if closed else None)
        for step, after, notes in steps:
            when = day + timedelta(days=after)
            name = president if step in (WarningStep.BOARD_HEARING, WarningStep.EXCLUSION) else secretary
            item.decisions.append(WarningDecision(step=step.value, decided_on=when, decided_by=_by(when, name),
                                                  notes=notes or None))
        session.add(item)

    start = today - timedelta(days=150)
    warning(absent, 2, "Quatre absences non excusées aux réunions hebdomadaires entre juin et juillet.", start, [
        (WarningStep.REMINDER, 6, "Rappel envoyé par courriel."),
        (WarningStep.FIRST_WARNING, 40, "Deux nouvelles absences depuis le rappel."),
    ], closed=(start + timedelta(days=100), "Assiduité rétablie depuis septembre."))
    start = today - timedelta(days=38)
    warning(rude, 5, "Propos déplacés envers un invité lors de la réunion hebdomadaire ; plainte écrite "
            "de l'invité.", start, [
        (WarningStep.FIRST_WARNING, 4, "Le membre a présenté ses excuses à l'invité."),
        (WarningStep.BOARD_HEARING, 24, "Convocation au prochain bureau pour entendre le membre."),
    ])
    start = today - timedelta(days=19)
    warning(brand, 3, "Utilise le nom et le logo du club sur ses supports commerciaux sans l'accord du "
            "bureau.", start, [(WarningStep.REMINDER, 3, "")], aspect=BRAND)
    excluded = [m for m in members if m.status is MemberStatus.EXCLUDED and m.status_history]
    if excluded:
        member = excluded[0]
        end = member.status_history[-1].effective_date
        start = max(end - timedelta(days=120), member.join_date)
        gap = (end - start).days
        warning(member, 2, "Absences répétées non excusées et aucune recommandation depuis six mois.", start, [
            (WarningStep.FIRST_WARNING, gap // 6, ""),
            (WarningStep.SECOND_WARNING, gap // 2, "Aucune amélioration depuis le premier avertissement."),
            (WarningStep.BOARD_HEARING, gap * 5 // 6, "Le membre ne s'est pas présenté."),
            (WarningStep.EXCLUSION, gap, "Exclusion prononcée par le bureau."),
        ], closed=(end, "Membre exclu."))

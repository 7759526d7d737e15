"""The members as the tables and pickers list them, read without the mapped models.

The members page is the first screen, and these are its reads: they go through the
lightweight tables of :mod:`app.db.lean`, so that showing it does not wait for the ORM models
to be declared (see that module). :mod:`app.services.members` re-exports them with the rest of
the registry's use cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db import lean
from app.db.uow import UnitOfWork
from app.domain.enums import Civility, ClubRole, CompanySize, MemberStatus
from app.domain.reference import list_order
from app.domain.text import search_key
from app.domain.validation import phone_search_keys


@dataclass(frozen=True)
class MemberRow:
    """One line of the members table."""

    id: int
    number: int
    civility: Civility | None
    first_name: str
    last_name: str
    arabic_name: str | None
    company: str
    position: str | None
    sector_id: int | None
    sector: str | None
    company_size: CompanySize | None
    chapter_id: int
    chapter: str
    city: str | None
    mobile: str | None
    office_phone: str | None
    email: str | None
    join_date: date
    club_role: ClubRole
    status: MemberStatus
    in_directory: bool  # a consent to appear in it is recorded
    search_text: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def member_row(member: Any, chapter: str, sector: str | None) -> MemberRow:
    """The row of ``member``: a mapped :class:`~app.db.models.Member` or a row read from
    :data:`app.db.lean.members` (anything with the same attribute names)."""
    return MemberRow(
        id=member.id,
        number=member.number,
        civility=member.civility,
        first_name=member.first_name,
        last_name=member.last_name,
        arabic_name=member.arabic_name,
        company=member.company,
        position=member.position,
        sector_id=member.sector_id,
        sector=sector,
        company_size=member.company_size,
        chapter_id=member.chapter_id,
        chapter=chapter,
        city=member.city,
        mobile=member.mobile,
        office_phone=member.office_phone,
        email=member.email,
        join_date=member.join_date,
        club_role=member.club_role,
        status=member.status,
        in_directory=member.consent_directory_on is not None,
        search_text=search_key(
            str(member.number), member.first_name, member.last_name, member.arabic_name,
            member.company, sector, member.email,
            phone_search_keys(member.mobile), phone_search_keys(member.office_phone),
        ),
    )


def list_members(uow: UnitOfWork) -> list[MemberRow]:
    """Every member, sorted by last then first name, in one query."""
    m, c, s = lean.members, lean.chapters, lean.sectors
    query = (
        select(m, c.c.name.label("chapter_name"), s.c.name.label("sector_name"))
        .select_from(m.join(c, c.c.id == m.c.chapter_id).outerjoin(s, s.c.id == m.c.sector_id))
        .order_by(m.c.last_name, m.c.first_name, m.c.id)
    )
    with uow:
        return [member_row(row, row.chapter_name, row.sector_name) for row in uow.session.execute(query)]


@dataclass(frozen=True)
class FilterChoices:
    """The chapters and sectors the members page filters by, as (id, name), retired ones too."""

    chapters: list[tuple[int, str]]
    sectors: list[tuple[int, str]]


def filter_choices(uow: UnitOfWork) -> FilterChoices:
    """Chapters and sectors in the order of their reference lists, read in one go and without
    the usage counts the lists' editor shows."""
    with uow:
        chapters = uow.session.execute(select(lean.chapters)).all()
        sectors = uow.session.execute(select(lean.sectors)).all()
    return FilterChoices(
        chapters=[(c.id, c.name) for c in sorted(chapters, key=list_order("chapter"))],
        sectors=[(s.id, s.name) for s in sorted(sectors, key=list_order("sector"))],
    )

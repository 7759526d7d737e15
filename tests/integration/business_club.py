"""A small club to record business in, shared by the referral, business and contact tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.db.models import Chapter, Contact, Member, MemberStatusChange
from app.db.store import Database, open_database
from app.domain.enums import MemberStatus

TODAY = date(2026, 11, 20)


@dataclass
class Club:
    db: Database
    casa: int
    rabat: int
    alice: int  # Casablanca, number 1001
    bruno: int  # Casablanca, 1002
    chama: int  # Rabat, 1003
    driss: int  # Casablanca, joined 2026-06-01
    emma: int  # Casablanca, suspended 2026-03-01 .. 2026-04-01
    prospect: int  # contact, a company
    beneficiary: int  # contact, a person

    def uow(self):  # type: ignore[no-untyped-def]
        return self.db.unit_of_work()


def make_club(path: str) -> Club:
    db = open_database(path)
    with db.unit_of_work() as uow:
        s = uow.session
        casa = s.query(Chapter).filter_by(name="Casablanca").one()
        rabat = Chapter(name="Rabat", sort_order=1, retired=False)
        s.add(rabat)
        s.flush()

        def member(number: int, first: str, last: str, chapter: Chapter, joined: date) -> Member:
            m = Member(number=number, first_name=first, last_name=last, company=f"{last} SARL",
                       chapter_id=chapter.id, join_date=joined)
            s.add(m)
            return m

        alice = member(1001, "Alice", "Alami", casa, date(2020, 1, 1))
        bruno = member(1002, "Bruno", "Bennani", casa, date(2021, 1, 1))
        chama = member(1003, "Chama", "Chraibi", rabat, date(2022, 1, 1))
        driss = member(1004, "Driss", "Daoudi", casa, date(2026, 6, 1))
        emma = member(1005, "Emma", "El Fassi", casa, date(2020, 1, 1))
        s.flush()
        s.add_all([
            MemberStatusChange(member_id=emma.id, status=MemberStatus.SUSPENDED,
                               effective_date=date(2026, 3, 1), reason="dues"),
            MemberStatusChange(member_id=emma.id, status=MemberStatus.ACTIVE,
                               effective_date=date(2026, 4, 1)),
        ])
        emma.status = MemberStatus.ACTIVE
        prospect = Contact(kind="prospect", company="OCP Achats")
        beneficiary = Contact(kind="beneficiary", first_name="Yassine", last_name="Tazi")
        s.add_all([prospect, beneficiary])
        uow.commit()
        return Club(db, casa.id, rabat.id, alice.id, bruno.id, chama.id, driss.id, emma.id,
                    prospect.id, beneficiary.id)

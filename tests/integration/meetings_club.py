"""A small club with meetings to record attendance in, shared by the meeting and attendance tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.db.models import Chapter, Member, MemberStatusChange
from app.db.store import Database, open_database
from app.domain.enums import ClubRole, MemberStatus
from app.services import meetings

TODAY = date(2026, 11, 24)  # a Tuesday


@dataclass
class Club:
    db: Database
    casa: int
    rabat: int
    alice: int  # Casablanca 1001, president
    bruno: int  # Casablanca 1002
    chama: int  # Rabat 1003
    driss: int  # Casablanca 1004, joined 2026-10-01
    emma: int  # Casablanca 1005, suspended 2026-10-01 .. 2026-11-01
    farid: int  # Casablanca 1006, resigned 2026-09-01

    def uow(self):  # type: ignore[no-untyped-def]
        return self.db.unit_of_work()

    def meeting(self, day: date, chapter_id: int | None = -1, **kwargs) -> int:  # type: ignore[no-untyped-def]
        draft = meetings.MeetingDraft(
            date=day, chapter_id=self.casa if chapter_id == -1 else chapter_id,
            start_time=kwargs.pop("start_time", time(7, 30)), **kwargs,
        )
        return meetings.create_meeting(self.uow(), draft, today=TODAY).id


def make_club(path: str) -> Club:
    db = open_database(path)
    with db.unit_of_work() as uow:
        s = uow.session
        casa = s.query(Chapter).filter_by(name="Casablanca").one()
        rabat = Chapter(name="Rabat", sort_order=1, retired=False)
        s.add(rabat)
        s.flush()

        def member(number: int, first: str, last: str, chapter: Chapter, joined: date, **kw) -> Member:  # type: ignore[no-untyped-def]
            m = Member(number=number, first_name=first, last_name=last, company=f"{last} SARL",
                       chapter_id=chapter.id, join_date=joined, **kw)
            s.add(m)
            return m

        alice = member(1001, "Alice", "Alami", casa, date(2020, 1, 1), club_role=ClubRole.PRESIDENT)
        bruno = member(1002, "Bruno", "Bennani", casa, date(2021, 1, 1))
        chama = member(1003, "Chama", "Chraibi", rabat, date(2022, 1, 1))
        driss = member(1004, "Driss", "Daoudi", casa, date(2026, 10, 1))
        emma = member(1005, "Emma", "El Fassi", casa, date(2020, 1, 1))
        farid = member(1006, "Farid", "Fassi", casa, date(2020, 1, 1), status=MemberStatus.RESIGNED)
        s.flush()
        s.add_all([
            MemberStatusChange(member_id=emma.id, status=MemberStatus.SUSPENDED,
                               effective_date=date(2026, 10, 1), reason="dues"),
            MemberStatusChange(member_id=emma.id, status=MemberStatus.ACTIVE,
                               effective_date=date(2026, 11, 1)),
            MemberStatusChange(member_id=farid.id, status=MemberStatus.RESIGNED,
                               effective_date=date(2026, 9, 1), reason="moved"),
        ])
        uow.commit()
        return Club(db, casa.id, rabat.id, alice.id, bruno.id, chama.id, driss.id, emma.id, farid.id)

"""The members whose badges are printed (report ``badges``)."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import Chapter, Member
from app.db.uow import UnitOfWork
from app.domain.enums import MemberStatus
from app.reports import ReportParams
from app.reports.badges import BadgeData, Badges


def read(uow: UnitOfWork, params: ReportParams) -> Badges:
    """Active members, by chapter order then name."""
    query = (select(Member.number, Member.first_name, Member.last_name, Member.arabic_name, Member.company,
                    Chapter.name)
             .join(Chapter, Chapter.id == Member.chapter_id)
             .where(Member.status == MemberStatus.ACTIVE, Member.anonymised_on.is_(None))
             .order_by(Chapter.sort_order, Chapter.name, Member.last_name, Member.first_name, Member.number))
    if params.chapter_id is not None:
        query = query.where(Member.chapter_id == params.chapter_id)
    with uow:
        members = tuple(BadgeData(*row) for row in uow.session.execute(query))
    return Badges(members, members[0].chapter if params.chapter_id is not None and members else None)

"""The member directory's data (report ``annuaire``)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.models import Chapter, Member, Sector
from app.db.uow import UnitOfWork
from app.domain.enums import MemberStatus
from app.domain.members import member_identity
from app.domain.text import fold
from app.reports import ReportParams
from app.reports.annuaire import Directory


def read(uow: UnitOfWork, params: ReportParams) -> Directory:
    """The active members with a recorded consent to appear in the directory, and how many
    active members are left out for want of one."""
    chapter_id = params.chapter_id
    active = [Member.status == MemberStatus.ACTIVE, Member.anonymised_on.is_(None)]
    if chapter_id is not None:
        active.append(Member.chapter_id == chapter_id)
    query = (
        select(Member, Chapter.name, Sector.name, Chapter.sort_order)
        .join(Chapter, Chapter.id == Member.chapter_id)
        .outerjoin(Sector, Sector.id == Member.sector_id)
        .where(*active, Member.consent_directory_on.is_not(None))
    )
    with uow:
        session = uow.session
        listed = [(order, member_identity(member, chapter, sector))
                  for member, chapter, sector, order in session.execute(query)]
        not_listed = session.scalar(select(func.count()).select_from(Member).where(
            *active, Member.consent_directory_on.is_(None))) or 0
    # Accents folded: "Énergie" sorts between "Distribution" and "Formation", not after "Tourisme".
    listed.sort(key=lambda item: (item[0], fold(item[1].chapter), item[1].sector is None, fold(item[1].sector),
                                  fold(item[1].last_name), fold(item[1].first_name), item[1].number))
    entries = tuple(identity for _, identity in listed)
    chapters = sorted({entry.chapter for entry in entries})
    return Directory(entries, not_listed, chapters[0] if chapter_id is not None and chapters else None)

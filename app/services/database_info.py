"""What the About dialog and the first run need to know about the open database.

Read at start-up (is it empty?), hence through the lightweight tables of :mod:`app.db.lean`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from app.db import lean
from app.db.uow import UnitOfWork


@dataclass(frozen=True)
class DatabaseInfo:
    revision: str | None  # the schema revision stored in the database (Alembic)
    members: int
    meetings: int

    @property
    def is_empty(self) -> bool:
        """Nothing recorded yet: the first run, where the welcome page guides."""
        return self.members == 0 and self.meetings == 0


def database_info(uow: UnitOfWork) -> DatabaseInfo:
    with uow:
        session = uow.session
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        members = session.scalar(select(func.count()).select_from(lean.members)) or 0
        meetings = session.scalar(select(func.count()).select_from(lean.meetings)) or 0
    return DatabaseInfo(revision=revision, members=members, meetings=meetings)


def is_empty(uow: UnitOfWork) -> bool:
    """:attr:`DatabaseInfo.is_empty` in one short query: no member and no meeting recorded."""
    with uow:
        recorded = uow.session.scalar(text(
            "SELECT EXISTS (SELECT 1 FROM members) OR EXISTS (SELECT 1 FROM meetings)"))
    return not recorded

"""Unit of work: one session per user action, rolled back unless committed.

Whatever a user action writes goes through here, so two things are settled here once:

- the connection's antenna limit rides on the session (checked by :mod:`app.db.scope` at every
  write);
- a write that loses a race with another program ends in one translated line, with the whole
  transaction rolled back: SQLite's "database is locked" once its wait is over (another program
  took the write lock after the database was opened), a PostgreSQL lock wait, deadlock or
  serialisation failure, and SQLAlchemy's ``StaleDataError`` (another session changed or deleted
  a row this one was saving). The services that can say which record it was catch the
  ``StaleDataError`` themselves (:func:`app.services.conflicts.saving`).
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import scope
from app.domain.errors import DatabaseError
from app.i18n import QT_TRANSLATE_NOOP

MSG_BUSY = QT_TRANSLATE_NOOP(
    "Database", "{path} is in use by another program: nothing was saved. Close it and try again."
)
MSG_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Database", "Someone else changed the same records in {path} meanwhile: nothing was saved. Try again."
)
# What SQLite and PostgreSQL say when another connection holds what this one must write.
BUSY_SIGNS = ("database is locked", "database table is locked", "database is busy", "deadlock detected",
              "could not serialize access", "could not obtain lock", "lock timeout", "canceling statement due to lock")


def write_race(error: BaseException, name: str) -> DatabaseError | None:
    """The user's message for a write that lost a race with another connection, or None."""
    if isinstance(error, StaleDataError):
        return DatabaseError(MSG_CHANGED_MEANWHILE, path=name)
    if isinstance(error, DBAPIError):
        text = str(error.orig).lower()
        if any(sign in text for sign in BUSY_SIGNS):
            return DatabaseError(MSG_BUSY, path=name)
    return None


class UnitOfWork:
    """Open a session on enter; on exit roll back whatever was not committed, then close.

    Services take a fresh unit of work for each user action::

        with uow:
            ...
            uow.commit()

    Args:
        chapter_limit: the antenna this connection may change (None: the whole club).
        name: the database as the user knows it, for the messages.
    """

    session: Session

    def __init__(self, session_factory: sessionmaker[Session], *, chapter_limit: int | None = None,
                 name: str = "") -> None:
        self._session_factory = session_factory
        self.chapter_limit = chapter_limit
        self.name = name

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.session.info[scope.LIMIT_KEY] = self.chapter_limit
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        race = write_race(exc, self.name) if exc is not None else None
        if race is not None:
            raise race from exc

    def commit(self) -> None:
        self.session.commit()


class JoinedUnitOfWork(UnitOfWork):
    """A unit of work that runs inside an enclosing one, on its session: entering and leaving
    do nothing and its commit only flushes.

    Lets one user action call several services in one transaction (a decision and the member's
    change of status land together or not at all) or read everything a report prints from one
    snapshot: the enclosing unit of work commits, or rolls back, all of it.
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pass

    def commit(self) -> None:
        self.session.flush()

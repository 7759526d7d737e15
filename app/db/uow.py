"""Unit of work: one session per user action, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """Open a session on enter; on exit roll back whatever was not committed, then close.

    Services take a fresh unit of work for each user action::

        with uow:
            ...
            uow.commit()
    """

    session: Session

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

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

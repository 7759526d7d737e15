"""A secretary limited to her antenna: she reads the whole club but changes only what is its own.

The limit is a setting of the connection (the GUI keeps it with each database it opens, the
command line reads ``CERCLE_CHAPTER``), not of the shared database: the national secretariat
opens the same database without one. ``Database.chapter_limit`` holds it; every unit of work of
that database carries it, and :mod:`app.db.scope` refuses, at the write itself, whatever belongs
to another antenna or to the whole club. Services do not check it themselves.
"""

from __future__ import annotations

import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Chapter
from app.db.scope import OutsideChapterError, chapter_name, check_whole_database
from app.db.uow import UnitOfWork
from app.domain.errors import CercleError
from app.domain.text import fold
from app.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ENV_CHAPTER", "OutsideChapterError", "chapter_from_environment", "chapter_named", "check_whole_database",
    "find_chapter", "limit_from_environment", "limit_name", "limit_named", "may_edit",
]

ENV_CHAPTER = "CERCLE_CHAPTER"

MSG_UNKNOWN_CHAPTER = QT_TRANSLATE_NOOP("Errors", "There is no chapter named {name}.")
MSG_BLANK_CHAPTER = QT_TRANSLATE_NOOP("Errors", "The chapter's name is blank: name a chapter.")


def may_edit(chapter_limit: int | None, chapter_id: int | None) -> bool:
    """What the GUI asks before offering to edit a meeting (the services check again)."""
    return chapter_limit is None or chapter_id == chapter_limit


def find_chapter(session: Session, wanted: str) -> int:
    """The chapter the user typed: the one named ``wanted`` (case, accents and spaces around
    ignored), else, when no chapter has that name, the one numbered ``wanted``. The one lookup
    of a chapter typed by the user (command line, connection limit, a report's chapter).

    A name comes first: a chapter named "2" is never taken for chapter number 2.

    Raises:
        CercleError: ``wanted`` is blank, or no chapter has that name or number.
    """
    wanted = wanted.strip()
    if not wanted:
        raise CercleError(MSG_BLANK_CHAPTER)
    chapters = session.execute(select(Chapter.id, Chapter.name)).all()
    named = next((chapter_id for chapter_id, name in chapters if fold(name.strip()) == fold(wanted)), None)
    if named is None:
        named = next((chapter_id for chapter_id, _ in chapters if str(chapter_id) == wanted), None)
    if named is None:
        raise CercleError(MSG_UNKNOWN_CHAPTER, name=wanted)
    return int(named)


def chapter_named(uow: UnitOfWork, wanted: str) -> int:
    """:func:`find_chapter` in its own unit of work (an option of the command line)."""
    with uow:
        return find_chapter(uow.session, wanted)


def limit_named(uow: UnitOfWork, wanted: str) -> int | None:
    """The antenna a connection is limited to, as typed: ``None`` (no limit) for a blank name,
    else :func:`chapter_named` (the GUI's connection setting, ``CERCLE_CHAPTER``)."""
    return chapter_named(uow, wanted) if wanted.strip() else None


def limit_from_environment() -> str:
    """The antenna ``CERCLE_CHAPTER`` limits the command line to, as typed ("" for none)."""
    return os.environ.get(ENV_CHAPTER, "").strip()


def chapter_from_environment(uow: UnitOfWork) -> int | None:
    """The limit named by ``CERCLE_CHAPTER`` (a chapter's name, any case), for the command line."""
    return limit_named(uow, limit_from_environment())


def limit_name(uow: UnitOfWork, chapter_limit: int | None) -> str:
    """The name of the chapter a connection is limited to ("" without a limit)."""
    with uow:
        return chapter_name(uow.session, chapter_limit)

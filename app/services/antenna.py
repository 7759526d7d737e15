"""A secretary limited to her antenna: she reads the whole club but edits only its meetings.

The limit is a setting of the connection (the GUI keeps it with each database it opens, the
command line reads ``CERCLE_CHAPTER``), not of the shared database: the national secretariat
opens the same database without one. Services that change a meeting or its attendance take the
limit explicitly as ``chapter_limit`` (a chapter id, or ``None`` for no limit) and call
:func:`check_meeting`.
"""

from __future__ import annotations

import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Chapter, Meeting
from app.db.uow import UnitOfWork
from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP

ENV_CHAPTER = "CERCLE_CHAPTER"

MSG_OTHER_CHAPTER = QT_TRANSLATE_NOOP(
    "Errors", "This meeting belongs to {chapter}: this connection may change only the meetings of {limit}."
)
MSG_CLUB_WIDE = QT_TRANSLATE_NOOP(
    "Errors", "This is a meeting of the whole club: this connection may change only the meetings of {limit}."
)
MSG_UNKNOWN_CHAPTER = QT_TRANSLATE_NOOP("Errors", "There is no chapter named {name}.")


class OutsideChapterError(CercleError):
    """The connection is limited to one antenna and the meeting belongs elsewhere."""


def chapter_name(session: Session, chapter_id: int | None) -> str:
    if chapter_id is None:
        return ""
    return session.scalar(select(Chapter.name).where(Chapter.id == chapter_id)) or str(chapter_id)


def check_chapter(session: Session, chapter_limit: int | None, chapter_id: int | None) -> None:
    """Refuse to change something of ``chapter_id`` (``None``: club-wide) under a limit to another one.

    Raises:
        OutsideChapterError: the limit is set and is not ``chapter_id``.
    """
    if chapter_limit is None or chapter_id == chapter_limit:
        return
    limit = chapter_name(session, chapter_limit)
    if chapter_id is None:
        raise OutsideChapterError(MSG_CLUB_WIDE, limit=limit)
    raise OutsideChapterError(MSG_OTHER_CHAPTER, chapter=chapter_name(session, chapter_id), limit=limit)


def check_meeting(session: Session, chapter_limit: int | None, meeting: Meeting | int) -> None:
    """:func:`check_chapter` for a meeting (given as a row or by id)."""
    if chapter_limit is None:
        return
    if isinstance(meeting, int):
        chapter_id = session.scalar(select(Meeting.chapter_id).where(Meeting.id == meeting))
    else:
        chapter_id = meeting.chapter_id
    check_chapter(session, chapter_limit, chapter_id)


def may_edit(chapter_limit: int | None, chapter_id: int | None) -> bool:
    """What the GUI asks before offering to edit a meeting (the services check again)."""
    return chapter_limit is None or chapter_id == chapter_limit


def find_chapter(session: Session, wanted: str) -> int | None:
    """The chapter named ``wanted`` (case and accents ignored) or numbered ``wanted``; ``None``
    for an empty name. The one lookup of a chapter typed by the user (connection limit, command line).

    Raises:
        CercleError: no chapter has that name.
    """
    from app.domain.text import fold

    wanted = wanted.strip()
    if not wanted:
        return None
    for chapter_id, name in session.execute(select(Chapter.id, Chapter.name)):
        if fold(name) == fold(wanted) or wanted == str(chapter_id):
            return int(chapter_id)
    raise CercleError(MSG_UNKNOWN_CHAPTER, name=wanted)


def chapter_named(uow: UnitOfWork, wanted: str) -> int | None:
    """:func:`find_chapter` in its own unit of work (the GUI's connection setting, a report's chapter)."""
    with uow:
        return find_chapter(uow.session, wanted)


def chapter_from_environment(uow: UnitOfWork) -> int | None:
    """The limit named by ``CERCLE_CHAPTER`` (a chapter's name, any case), for the command line."""
    return chapter_named(uow, os.environ.get(ENV_CHAPTER, ""))


def limit_name(uow: UnitOfWork, chapter_limit: int | None) -> str:
    """The name of the chapter a connection is limited to ("" without a limit)."""
    with uow:
        return chapter_name(uow.session, chapter_limit)

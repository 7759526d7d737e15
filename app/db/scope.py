"""What each table's rows belong to, and the guard that keeps a connection to its antenna.

A connection may be limited to one antenna (``Database.chapter_limit``: the GUI's connection
setting, or ``CERCLE_CHAPTER`` on the command line). Its units of work carry the limit on their
session (:data:`LIMIT_KEY` in ``session.info``), and every write of such a session is checked
here, whichever service makes it:

- the ORM's inserts, updates and deletes, after each flush (a refused flush raises, and the unit
  of work rolls the whole transaction back);
- the ``insert``, ``update`` and ``delete`` statements a service runs through the session, before
  they run (the rows an update or delete would touch are read first).

Each table declares in :data:`SCOPES` whom its rows belong to: an antenna (a member's or a
meeting's), the whole club (settings, reference lists, charter, warnings: refused under a limit),
or everyone (the contacts, which every antenna's guests join). A table without a declaration is
refused under a limit, and ``tests/unit/test_scope.py`` fails until it is declared. A service
that wants to refuse a row before writing it (an import's dry run) asks :func:`refusal`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from app.db.base import Base
from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP, translate

LIMIT_KEY = "chapter_limit"

MSG_OTHER_CHAPTER = QT_TRANSLATE_NOOP(
    "Errors", "{record} belongs to the chapter {chapter}: this connection may change only what belongs to {limit}."
)
MSG_CLUB_WIDE = QT_TRANSLATE_NOOP(
    "Errors", "{record} belongs to the whole club: this connection may change only what belongs to {limit}."
)
MSG_WHOLE_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "Replacing the whole database changes every chapter's records: "
    "this connection may change only what belongs to {limit}.",
)


class OutsideChapterError(CercleError):
    """The connection is limited to one antenna and the change belongs elsewhere."""

    def text(self, language: str | None = None) -> str:
        """The message with the record named in the same language (its label is English source)."""
        params = dict(self.params)
        if "record" in params:
            params["record"] = translate("Scope", params["record"], language)
        return translate(self.context, self.message, language).format(**params)


@dataclass(frozen=True)
class Own:
    """The row belongs to the antenna in its column ``column`` (empty: the whole club)."""

    column: str = "chapter_id"


@dataclass(frozen=True)
class Parent:
    """The row belongs where the row of ``table`` named by its column ``column`` belongs."""

    column: str
    table: str


@dataclass(frozen=True)
class FirstOf:
    """The first of ``parents`` whose column is filled (a presentation: its meeting, else its member)."""

    parents: tuple[Parent, ...]


@dataclass(frozen=True)
class Club:
    """The row belongs to the whole club: refused under a limit."""


@dataclass(frozen=True)
class Everyone:
    """Any connection may write the row; with ``keys``, only rows whose ``key`` begins with one of them."""

    keys: tuple[str, ...] = ()


Scope = Own | Parent | FirstOf | Club | Everyone

# How the user names a row of each table, in the message of a refusal.
LABELS = {
    "chapters": QT_TRANSLATE_NOOP("Scope", "This chapter"),
    "sectors": QT_TRANSLATE_NOOP("Scope", "This sector"),
    "settings": QT_TRANSLATE_NOOP("Scope", "This setting of the club"),
    "charter_versions": QT_TRANSLATE_NOOP("Scope", "The charter"),
    "warnings": QT_TRANSLATE_NOOP("Scope", "This warning"),
    "warning_decisions": QT_TRANSLATE_NOOP("Scope", "This warning"),
    "members": QT_TRANSLATE_NOOP("Scope", "This member"),
    "member_status_changes": QT_TRANSLATE_NOOP("Scope", "This member"),
    "member_audit": QT_TRANSLATE_NOOP("Scope", "This member"),
    "charter_signatures": QT_TRANSLATE_NOOP("Scope", "This member"),
    "meetings": QT_TRANSLATE_NOOP("Scope", "This meeting"),
    "attendances": QT_TRANSLATE_NOOP("Scope", "This meeting"),
    "attendance_audit": QT_TRANSLATE_NOOP("Scope", "This meeting"),
    "extra_expected": QT_TRANSLATE_NOOP("Scope", "This meeting"),
    "guest_visits": QT_TRANSLATE_NOOP("Scope", "This meeting"),
    "presentations": QT_TRANSLATE_NOOP("Scope", "This presentation"),
    "referrals": QT_TRANSLATE_NOOP("Scope", "This referral"),
    "referral_steps": QT_TRANSLATE_NOOP("Scope", "This referral"),
    "closed_business": QT_TRANSLATE_NOOP("Scope", "This closed business"),
    "one_to_ones": QT_TRANSLATE_NOOP("Scope", "This one-to-one"),
    "contacts": QT_TRANSLATE_NOOP("Scope", "This contact"),
}
LABEL_OTHER = QT_TRANSLATE_NOOP("Scope", "This record")

SCOPES: dict[str, Scope] = {
    # The club's own lists and rules: the national secretariat's.
    "chapters": Club(),
    "sectors": Club(),
    "charter_versions": Club(),
    "warnings": Club(),  # the board decides them
    "warning_decisions": Club(),
    # The column titles an import remembers are a convenience of whoever imports, not the club's data.
    "settings": Everyone(keys=("import.mapping.",)),
    # The prospects and guests are one list: every antenna records its guests there.
    "contacts": Everyone(),
    "members": Own(),
    "member_status_changes": Parent("member_id", "members"),
    "member_audit": Parent("member_id", "members"),
    "charter_signatures": Parent("member_id", "members"),
    "meetings": Own(),
    "attendances": Parent("meeting_id", "meetings"),
    "attendance_audit": Parent("meeting_id", "meetings"),
    "extra_expected": Parent("meeting_id", "meetings"),
    "guest_visits": Parent("meeting_id", "meetings"),
    "presentations": FirstOf((Parent("meeting_id", "meetings"), Parent("member_id", "members"))),
    "referrals": Parent("giver_id", "members"),  # who passed it
    "referral_steps": Parent("referral_id", "referrals"),
    "closed_business": Parent("receiver_id", "members"),  # who says thank you
    "one_to_ones": Parent("member_a_id", "members"),
}

# The owner of a row: a chapter id, None for the whole club, or EVERYONE.
EVERYONE = -1


def limit_of(session: Session) -> int | None:
    """The chapter a session's connection is limited to (None: no limit)."""
    limit = session.info.get(LIMIT_KEY)
    return int(limit) if limit is not None else None


def chapter_name(session: Session, chapter_id: int | None) -> str:
    # Through the metadata: the mapped models are loaded by whatever writes (see app.db.lean).
    chapters = Base.metadata.tables["chapters"]
    if chapter_id is None:
        return ""
    with session.no_autoflush:
        return session.scalar(select(chapters.c.name).where(chapters.c.id == chapter_id)) or str(chapter_id)


def owner(session: Session, table: str, values: Mapping[str, Any], cache: dict | None = None) -> int | None:
    """Whom a row of ``table`` with ``values`` belongs to: a chapter id, None (the club) or EVERYONE."""
    scope = SCOPES.get(table, Club())
    if isinstance(scope, Everyone):
        key = str(values.get("key") or "")
        return EVERYONE if not scope.keys or key.startswith(scope.keys) else None
    if isinstance(scope, Club):
        return None
    if isinstance(scope, Own):
        value = values.get(scope.column)
        return int(value) if value is not None else None
    parents = scope.parents if isinstance(scope, FirstOf) else (scope,)
    parent = next((p for p in parents if values.get(p.column) is not None), None)
    if parent is None:
        return None
    return _owner_of_row(session, parent.table, values[parent.column], {} if cache is None else cache)


def _owner_of_row(session: Session, table: str, row_id: Any, cache: dict) -> int | None:
    if (table, row_id) in cache:
        return cache[(table, row_id)]
    sql_table = Base.metadata.tables[table]
    with session.no_autoflush:
        row = session.execute(select(sql_table).where(sql_table.c.id == row_id)).mappings().first()
    # A row that cannot be found cannot be shown to belong to the limit's antenna.
    found = owner(session, table, dict(row), cache) if row is not None else None
    cache[(table, row_id)] = found
    return found


def refusal(session: Session, table: str, values: Mapping[str, Any],
            cache: dict | None = None) -> OutsideChapterError | None:
    """Why the session's connection may not write this row (None: it may).

    The dry run of an import asks it for each row, so that a refused row is an error row.
    """
    limit = limit_of(session)
    if limit is None:
        return None
    chapter = owner(session, table, values, cache)
    if chapter == EVERYONE or chapter == limit:
        return None
    record = LABELS.get(table, LABEL_OTHER)
    if chapter is None:
        return OutsideChapterError(MSG_CLUB_WIDE, record=record, limit=chapter_name(session, limit))
    return OutsideChapterError(MSG_OTHER_CHAPTER, record=record, chapter=chapter_name(session, chapter),
                               limit=chapter_name(session, limit))


def check_whole_database(limit: str) -> None:
    """Refuse to replace a whole database (a restore, a copy over it) under a limit to ``limit``.

    Raises:
        OutsideChapterError: ``limit`` names an antenna.
    """
    if limit.strip():
        raise OutsideChapterError(MSG_WHOLE_DATABASE, limit=limit.strip())


def check(session: Session, table: str, values: Mapping[str, Any], cache: dict | None = None) -> None:
    """Raise :func:`refusal`'s error, if any: for a service that refuses before asking anything
    else (the attendance sheet, before it asks to confirm a change to an old meeting)."""
    error = refusal(session, table, values, cache)
    if error is not None:
        raise error


def _column_values(instance: Any, *, before: bool) -> dict[str, Any]:
    """The row an instance writes (or, with ``before``, the row as it was loaded)."""
    state = inspect(instance)
    values: dict[str, Any] = {}
    for attribute in state.mapper.column_attrs:
        column = attribute.columns[0]
        if before:
            history = state.attrs[attribute.key].history
            if history.deleted:
                values[column.name] = history.deleted[0]
                continue
            if attribute.key not in state.dict and state.persistent:
                with state.session.no_autoflush:  # type: ignore[union-attr]
                    getattr(instance, attribute.key)  # expired: loaded as stored
        values[column.name] = state.dict.get(attribute.key)
    return values


@event.listens_for(Session, "before_flush")
def _check_changed_and_deleted(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    """Rows changed or deleted, as they were: a limited connection changes only its own."""
    if limit_of(session) is None:
        return
    cache: dict = {}
    for instance in session.deleted:
        check(session, instance.__table__.name, _column_values(instance, before=True), cache)
    for instance in session.dirty:
        if session.is_modified(instance, include_collections=False):
            check(session, instance.__table__.name, _column_values(instance, before=True), cache)


@event.listens_for(Session, "after_flush")
def _check_written(session: Session, _context: UOWTransaction) -> None:
    """Rows added or changed, as written (their ids and parents' ids now known): nor give them away."""
    if limit_of(session) is None:
        return
    cache: dict = {}
    for instance in (*session.new, *session.dirty):
        if instance in session.new or session.is_modified(instance, include_collections=False):
            check(session, instance.__table__.name, _column_values(instance, before=False), cache)


@event.listens_for(Session, "do_orm_execute")
def _check_statement(state: ORMExecuteState) -> None:
    """``insert``, ``update`` and ``delete`` statements: the rows they would write, before they run."""
    session = state.session
    if limit_of(session) is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    table = statement.table
    cache: dict = {}
    if state.is_insert:
        parameters: Any = state.parameters
        rows = parameters if isinstance(parameters, list) else [parameters or {}]
        inline = {column.key if hasattr(column, "key") else str(column): getattr(value, "value", value)
                  for column, value in (getattr(statement, "_values", None) or {}).items()}
        for row in rows:
            check(session, table.name, {**inline, **row}, cache)
        return
    changed = {getattr(column, "key", str(column)) for column in (getattr(statement, "_values", None) or {})}
    scope = SCOPES.get(table.name, Club())
    moves = {scope.column} if isinstance(scope, Own) else {
        p.column for p in (scope.parents if isinstance(scope, FirstOf) else (scope,))
    } if isinstance(scope, (Parent, FirstOf)) else set()
    if changed & moves:  # where the rows would go is not known before: refused as club-wide
        check(session, table.name, {}, cache)
    query = select(table)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    with session.no_autoflush:
        for row in session.execute(query).mappings():
            check(session, table.name, dict(row), cache)

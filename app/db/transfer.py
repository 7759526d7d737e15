"""Move a whole club from one database to another (SQLite file <-> PostgreSQL server).

Every table is copied row for row, ids included, in the order of its foreign keys, in one
transaction on the target; before that transaction commits, every table of the target is
counted and checksummed and compared with the source. A mismatch rolls everything back.
The checksum reads values through the models' column types and writes them in one canonical
text form, so the same club gives the same checksum on either engine.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select, text, update

from app.db.store import Database
from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP

BATCH = 5000
# Filled by a brand-new database itself: a target holding only these is still empty.
SEEDED_TABLES = frozenset({"chapters", "sectors", "settings", "charter_versions"})

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Copy", "{target} already holds a club ({table}: {rows} rows). Copy into an empty database, "
    "or add --replace to erase it first."
)
MSG_SAME = QT_TRANSLATE_NOOP("Copy", "The source and the target are the same database.")
MSG_MISMATCH = QT_TRANSLATE_NOOP(
    "Copy", "The copy of the table {table} differs from the source ({source} rows, {target} copied): "
    "nothing was written."
)


@dataclass(frozen=True)
class TableSummary:
    """What a table holds: its number of rows and the checksum of its content."""

    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    tables: tuple[TableSummary, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _tables() -> list[Table]:
    import app.db.models  # noqa: F401 - registers every table
    from app.db.base import Base

    return list(Base.metadata.sorted_tables)


def _canonical(value: Any) -> str:
    """One text form per value, whatever the engine returned."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _ordered(table: Table):  # type: ignore[no-untyped-def]
    return select(*table.columns).order_by(*table.primary_key.columns)


def summarise_table(connection: Connection, table: Table) -> TableSummary:
    digest = hashlib.sha256()
    rows = 0
    digest.update(",".join(c.name for c in table.columns).encode())
    for row in connection.execute(_ordered(table)):
        rows += 1
        digest.update(b"\n")
        digest.update("\t".join(_canonical(value).replace("\\", "\\\\").replace("\t", "\\t") for value in row)
                      .encode())
    return TableSummary(table.name, rows, digest.hexdigest())


def summarise(database: Database) -> tuple[TableSummary, ...]:
    """Count and checksum every table of a database (read in one transaction)."""
    with database.engine.connect() as connection:
        return tuple(summarise_table(connection, table) for table in _tables())


def holds_a_club(database: Database) -> bool:
    """Whether ``database`` holds anything a copy with ``replace`` would erase."""
    with database.engine.connect() as connection:
        return _first_non_empty(connection) is not None


def _first_non_empty(connection: Connection) -> tuple[str, int] | None:
    for table in _tables():
        if table.name in SEEDED_TABLES:
            continue
        rows = connection.scalar(select(func.count()).select_from(table)) or 0
        if rows:
            return table.name, rows
    return None


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execution_options(yield_per=BATCH).execute(_ordered(table))
    for partition in result.mappings().partitions(BATCH):
        yield [dict(row) for row in partition]


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """After rows were inserted with their ids, the next id on PostgreSQL follows the largest."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                     {"t": table.name, "c": key[0].name})
        if sequence:
            connection.execute(
                text(f"SELECT setval(:s, COALESCE((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false)"),
                {"s": sequence},
            )


def copy_database(
    source: Database,
    target: Database,
    *,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> CopyReport:
    """Copy every table of ``source`` into ``target``, then check counts and checksums.

    Args:
        replace: erase what ``target`` holds first; without it a target with a club is refused.
        progress: called with (tables done, tables in all).

    Raises:
        CercleError: the target holds a club and ``replace`` is false, both are the same
            database, or the copy does not match the source (then nothing is written).
    """
    if source.url == target.url or _same_file(source, target):
        raise CercleError(MSG_SAME, context="Copy")
    tables = _tables()
    expected = summarise(source)
    with target.engine.connect() as out, source.engine.connect() as read:
        with out.begin():
            if not replace:
                found = _first_non_empty(out)
                if found is not None:
                    raise CercleError(MSG_NOT_EMPTY, context="Copy", target=target.display_name,
                                      table=found[0], rows=found[1])
            for table in reversed(tables):
                out.execute(table.delete())
            for done, table in enumerate(tables):
                self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
                # Linking afterwards must not stamp "updated now" on the copied rows.
                kept = [c.name for c in table.columns if c.onupdate is not None] if self_refs else []
                later: list[dict[str, Any]] = []
                for batch in _batches(read, table):
                    if self_refs:
                        # A member may be sponsored by one with a larger id: link them afterwards.
                        later.extend({"id_": row["id"], **{c: row[c] for c in (*self_refs, *kept)}}
                                     for row in batch if any(row[c] is not None for c in self_refs))
                        batch = [{**row, **dict.fromkeys(self_refs)} for row in batch]
                    out.execute(table.insert(), batch)
                if later:
                    from sqlalchemy import bindparam

                    statement = (update(table).where(table.c.id == bindparam("id_"))
                                 .values({c: bindparam(c) for c in (*self_refs, *kept)}))
                    out.execute(statement, later)
                if progress is not None:
                    progress(done + 1, len(tables))
            _reset_sequences(out, tables)
            copied = tuple(summarise_table(out, table) for table in tables)
            for mine, theirs in zip(expected, copied, strict=True):
                if mine != theirs:
                    raise CercleError(MSG_MISMATCH, context="Copy", table=mine.table, source=mine.rows,
                                      target=theirs.rows)
    return CopyReport(copied)


def _same_file(source: Database, target: Database) -> bool:
    """Two names of one file (a hard link, another spelling of the path)."""
    if source.path is None or target.path is None:
        return False
    try:
        return os.path.samefile(source.path, target.path)
    except OSError:
        return False

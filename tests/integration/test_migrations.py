"""The shipped migrations agree with the models, and a table rebuild keeps every row.

SQLite cannot alter a table in place: Alembic's batch mode copies it into a new table,
drops the old one and renames. With foreign keys on, dropping a parent table would
delete or refuse its child rows; ``app/db/migrations/env.py`` switches them off first and
runs ``PRAGMA foreign_key_check`` afterwards. These tests run that on the demo club.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

import app.db.models  # noqa: F401 - registers every table on Base.metadata
from app.db import migrate, schema
from app.db.base import Base
from app.db.store import open_database

REPO = Path(__file__).resolve().parents[2]
REBUILD_REVISION = "0002_test_rebuild"

REBUILD_MIGRATION = '''
"""Rebuild the members table and its parent, chapters, without changing them (test only)."""

from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chapters", recreate="always"):
        pass
    with op.batch_alter_table("members", recreate="always"):
        pass


def downgrade() -> None:
    pass
'''


def test_migrations_from_empty_match_the_models(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "cercle.db"))
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
            tables = set(inspect(connection).get_table_names())
    finally:
        db.close()
    assert differences == []
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_migrations_downgrade_to_empty_and_upgrade_again(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "cercle.db"))
    try:
        migrate.downgrade(db.engine, "base")
        assert set(inspect(db.engine).get_table_names()) == {"alembic_version"}
        migrate.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == schema.HEAD_REVISION
            assert connection.execute(text("SELECT name FROM chapters")).scalars().all() == ["Casablanca"]
    finally:
        db.close()


def _snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    snapshot: dict[str, list[tuple]] = {}
    with engine.connect() as connection:
        inspector = inspect(connection)
        for table in sorted(inspector.get_table_names()):
            key = inspector.get_pk_constraint(table)["constrained_columns"] or ["rowid"]
            columns = [column["name"] for column in inspector.get_columns(table)]
            order = ", ".join(f'"{name}"' for name in key)
            select_list = ", ".join(f'"{name}"' for name in columns)
            rows = connection.exec_driver_sql(f'SELECT {select_list} FROM "{table}" ORDER BY {order}')
            snapshot[table] = [(*columns,)] + [tuple(row) for row in rows]
    return snapshot


def _table_sql(engine: Engine, table: str) -> str:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": table}
        ).scalar_one()


@pytest.fixture
def rebuild_config(tmp_path: Path) -> Config:
    """The shipped migrations plus one that rebuilds ``chapters`` and ``members``."""
    scripts = tmp_path / "migrations"
    shutil.copytree(REPO / "app" / "db" / "migrations", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{REBUILD_REVISION}.py").write_text(
        REBUILD_MIGRATION.format(revision=REBUILD_REVISION, down=schema.HEAD_REVISION), encoding="utf-8"
    )
    config = Config()
    config.set_main_option("script_location", str(scripts))
    return config


def test_table_rebuild_on_the_demo_club_keeps_every_row(
    demo_template: Path, tmp_path: Path, rebuild_config: Config
) -> None:
    # ``demo_template`` (tests/conftest.py) is the demo club written by app.services.demo.
    shutil.copyfile(demo_template, tmp_path / "club.db")
    db = open_database(str(tmp_path / "club.db"))
    try:
        before = _snapshot(db.engine)
        members_sql = _table_sql(db.engine, "members")
        chapters_sql = _table_sql(db.engine, "chapters")
        # The demo club has what a rebuild could lose: members in every chapter, sponsors
        # (a self-reference) and status history (child rows of members).
        assert len(before["members"]) - 1 == 200
        assert len(before["chapters"]) - 1 >= 6
        history_count = len(before["member_status_changes"]) - 1
        assert history_count > 0
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM members WHERE sponsor_id IS NOT NULL")).scalar()

        rebuild_config.attributes["engine"] = db.engine
        command.upgrade(rebuild_config, "head")

        after = _snapshot(db.engine)
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == REBUILD_REVISION
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            # Foreign keys are back on for the connection the migration borrowed.
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        rebuilt_sql = (_table_sql(db.engine, "members"), _table_sql(db.engine, "chapters"))
    finally:
        db.close()

    # The tables really were rebuilt (SQLite rewrites the CREATE statement on rename)...
    assert rebuilt_sql[0] != members_sql
    assert rebuilt_sql[1] != chapters_sql
    # ... and not one row changed, in any table, children included.
    before.pop("alembic_version")
    assert after.pop("alembic_version") == [("version_num",), (REBUILD_REVISION,)]
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table
    assert len(after["member_status_changes"]) - 1 == history_count



def test_directory_consent_upgrade_publishes_only_members_who_consented(tmp_path: Path) -> None:
    # Before 0003 a ticked "in the directory" printed a member without any consent. After it, the
    # consent's date is the one decision: the unconsented are left out, the withdrawn stay out.
    path = tmp_path / "club.db"
    db = open_database(str(path))
    try:
        migrate.downgrade(db.engine, "0002_charter_privacy_versions")
        with db.engine.begin() as connection:
            for number, in_directory, consent in ((1001, True, None), (1002, False, "2025-01-10"),
                                                  (1003, True, "2024-05-06"), (1004, False, None)):
                connection.execute(text(
                    "INSERT INTO members (number, first_name, last_name, company, chapter_id, join_date, club_role,"
                    " status, in_directory, consent_directory_on) VALUES (:number, 'Prénom', 'Nom', 'Société', 1,"
                    " '2024-01-01', 'member', 'active', :listed, :consent)"),
                    {"number": number, "listed": in_directory, "consent": consent})
    finally:
        db.close()

    db = open_database(str(path))  # the upgrade runs at open, after its backup
    try:
        assert db.backup_made is not None
        with db.engine.connect() as connection:
            consents = dict(connection.execute(text("SELECT number, consent_directory_on FROM members")).all())
            audit = connection.execute(text(
                "SELECT m.number, a.action, a.details FROM member_audit a JOIN members m ON m.id = a.member_id"
            )).all()
            assert "in_directory" not in {c["name"] for c in inspect(connection).get_columns("members")}
    finally:
        db.close()
    assert consents == {1001: None, 1002: None, 1003: "2024-05-06", 1004: None}
    assert audit == [(1002, "consent", '{"fields": ["consent_directory_on"]}')]
    with sqlite3.connect(db.backup_made) as backup:  # the copy kept the old columns as they were
        assert backup.execute("SELECT number, in_directory FROM members ORDER BY number").fetchall() == [
            (1001, 1), (1002, 0), (1003, 1), (1004, 0)]


def test_directory_consent_downgrade_keeps_the_rule(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "club.db"))
    try:
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO members (number, first_name, last_name, company, chapter_id, join_date, club_role,"
                " status, consent_directory_on) VALUES (1001, 'A', 'B', 'C', 1, '2024-01-01', 'member', 'active',"
                " '2024-02-02'), (1002, 'D', 'E', 'F', 1, '2024-01-01', 'member', 'active', NULL)"))
        migrate.downgrade(db.engine, "0002_charter_privacy_versions")
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT number, in_directory FROM members ORDER BY number")).all() == [
                (1001, 1), (1002, 0)]
    finally:
        db.close()

"""Opening a Cercle database: creation, checks that refuse bad files, backup and upgrade.

Every refused file must be named in the message (French and English) and left byte for
byte as it was: the store never overwrites what it cannot use.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import app.db.migrate as migrate
import app.db.schema as schema
import app.db.store as store
from app.db.models import Chapter, Member, Sector, Setting
from app.db.store import open_database
from app.domain.errors import DatabaseError

from .read_only import read_only

REPO = Path(__file__).resolve().parents[2]
PAGE_SIZE = 4096


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def club_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo club (``demo_template`` comes from tests/conftest.py)."""
    path = tmp_path / "club.db"
    shutil.copyfile(demo_template, path)
    return path


# ----------------------------------------------------------------------------- creation


def test_new_database_is_created_at_head_and_seeded(tmp_path: Path) -> None:
    path = tmp_path / "cercle.db"
    db = open_database(str(path))
    try:
        assert db.path == path.resolve()
        assert db.display_name == str(path.resolve())
        assert db.backup_made is None
        with db.unit_of_work() as uow:
            chapters = [(c.name, c.sort_order, c.retired) for c in uow.session.query(Chapter)]
            sectors = {s.name for s in uow.session.query(Sector)}
        assert chapters == [("Casablanca", 0, False)]
        assert len(sectors) >= 15
        assert {"Informatique et numérique", "Énergie et environnement", "BTP et construction"} <= sectors
    finally:
        db.close()
    assert raw_rows(path, "SELECT version_num FROM alembic_version") == [(schema.HEAD_REVISION,)]
    # No backup for a brand-new file: there was nothing to protect.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cercle.db"]


def test_reopening_keeps_the_data_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "cercle.db"
    db = open_database(str(path))
    with db.unit_of_work() as uow:
        uow.session.add(Setting(key="club_name", value='"Cercle des Entrepreneurs"'))
        uow.commit()
    db.close()
    again = open_database(f"sqlite:///{path}")  # the URL form names the same file
    try:
        assert again.path == path.resolve()
        assert again.backup_made is None
        with again.unit_of_work() as uow:
            assert uow.session.get(Setting, "club_name").value == '"Cercle des Entrepreneurs"'
    finally:
        again.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cercle.db"]


def test_foreign_keys_are_enforced_on_every_connection(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "cercle.db"))
    try:
        # Two connections open at once are two distinct SQLite connections from the pool.
        with db.engine.connect() as first, db.engine.connect() as second:
            assert first.connection.driver_connection is not second.connection.driver_connection
            assert first.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert second.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with db.unit_of_work() as uow:
            uow.session.add(Member(number=1001, first_name="Karim", last_name="Tazi", company="Atlas",
                                   chapter_id=999, join_date=date(2024, 1, 1)))
            with pytest.raises(IntegrityError, match="FOREIGN KEY"):
                uow.commit()
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM members")).scalar() == 0
    finally:
        db.close()


def test_schema_module_lists_the_tables_of_the_models() -> None:
    from app.db.base import Base

    assert schema.TABLES == set(Base.metadata.tables)
    assert schema.COLUMNS == {table.name: tuple(column.name for column in table.columns)
                              for table in Base.metadata.sorted_tables}


def test_schema_module_lists_every_migration_script_in_order() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    oldest_first = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert migrate.head_revision() == schema.HEAD_REVISION
    assert scripts.get_heads() == [schema.HEAD_REVISION]  # one head, no branches
    assert list(schema.REVISIONS) == oldest_first
    assert schema.HEAD_REVISION == schema.REVISIONS[-1]


# ------------------------------------------------------------------------ refused files


def _text_file(path: Path) -> None:
    path.write_text("Nom;Prénom;Société\nTazi;Karim;Atlas\n", encoding="utf-8")


def _binary_file(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)


def _other_application(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.ma')")
    connection.commit()
    connection.close()


def _future_revision(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    connection.commit()
    connection.close()


def _overwrite_page(number: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with path.open("r+b") as handle:
            handle.seek((number - 1) * PAGE_SIZE)
            handle.write(b"\xff" * PAGE_SIZE)

    return damage


def _overwrite_middle(path: Path) -> None:
    pages = path.stat().st_size // PAGE_SIZE
    _overwrite_page(pages // 2)(path)


def _truncate_half(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _truncate_inside_first_page(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(3000)


REFUSED = [
    pytest.param(_text_file, store.MSG_NOT_SQLITE, id="csv-text-file"),
    pytest.param(_binary_file, store.MSG_NOT_SQLITE, id="pdf-binary-file"),
    pytest.param(_other_application, store.MSG_NOT_CERCLE, id="sqlite-of-another-app"),
    pytest.param(_future_revision, store.MSG_TOO_NEW, id="newer-schema"),
    pytest.param(_overwrite_page(2), store.MSG_CORRUPT, id="corrupt-page-2"),
    pytest.param(_overwrite_middle, store.MSG_CORRUPT, id="corrupt-middle-page"),
    pytest.param(_truncate_half, store.MSG_CORRUPT, id="truncated-half"),
    pytest.param(_truncate_inside_first_page, store.MSG_CORRUPT, id="truncated-first-page"),
]


@pytest.mark.parametrize(("make_file", "expected"), REFUSED)
def test_unusable_file_is_refused_by_name_and_left_untouched(
    club_copy: Path, make_file: Callable[[Path], None], expected: str
) -> None:
    path = club_copy
    if make_file in (_text_file, _binary_file, _other_application):
        path.unlink()
    make_file(path)
    before = sha256(path)

    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))

    error = caught.value
    assert error.message == expected
    assert str(path) in error.text()  # French (the default)
    assert str(path) in error.text("en")
    assert "\n" not in error.text()  # one line for the CLI's stderr
    assert sha256(path) == before
    # Nothing written next to it either: no backup, no journal, no "repaired" copy.
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_newer_schema_message_gives_the_revision(club_copy: Path) -> None:
    _future_revision(club_copy)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(club_copy))
    assert "0042_from_the_future" in caught.value.text("en")
    assert "0042_from_the_future" in caught.value.text()


def test_a_dropped_table_is_reported_as_damage_with_the_backup_to_restore(club_copy: Path) -> None:
    folder = club_copy.parent / "sauvegardes"
    connection = sqlite3.connect(club_copy)
    connection.execute("DROP TABLE referral_steps")
    connection.execute("INSERT INTO settings (key, value) VALUES ('backup.folder', ?)", (f'"{folder}"',))
    connection.commit()
    connection.close()
    before = sha256(club_copy)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(club_copy))
    assert caught.value.text("en") == (f"{club_copy} is damaged: its table referral_steps is missing. "
                                       "Restore it from a backup.")  # no backup yet
    folder.mkdir()
    for name in ("club-sauvegarde-20261121-180000.db", "club-sauvegarde-20261120-180000.db", "autre-sauvegarde-"
                 "20261122-180000.db"):
        (folder / name).write_bytes(b"")
    with pytest.raises(DatabaseError) as caught:
        open_database(str(club_copy))
    assert caught.value.text() == (f"{club_copy} est endommagé : sa table referral_steps manque. Restaurez "
                                   f"sa dernière sauvegarde, {folder / 'club-sauvegarde-20261121-180000.db'}.")
    assert sha256(club_copy) == before


def test_a_dropped_column_is_reported_as_damage_with_the_backup_to_restore(club_copy: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    folder = club_copy.parent / "sauvegardes"
    connection = sqlite3.connect(club_copy)
    connection.execute("ALTER TABLE members DROP COLUMN city")
    connection.execute("INSERT INTO settings (key, value) VALUES ('backup.folder', ?)", (f'"{folder}"',))
    connection.commit()
    connection.close()
    before = sha256(club_copy)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(club_copy))
    assert caught.value.text("en") == (f"{club_copy} is damaged: its table members has lost its column city. "
                                       "Restore it from a backup.")
    folder.mkdir()
    (folder / "club-sauvegarde-20261121-180000.db").write_bytes(b"")
    assert main(["--lang", "fr", "members", "list", "--db", str(club_copy)]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"{club_copy} est endommagé : sa table members a perdu sa colonne city. Restaurez sa dernière "
        f"sauvegarde, {folder / 'club-sauvegarde-20261121-180000.db'}."]
    assert sha256(club_copy) == before


def test_a_dropped_column_on_a_server_is_reported_at_open(pg_server, pg_demo_template: str) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create(pg_demo_template)
    try:
        from sqlalchemy import create_engine

        engine = create_engine(pg_server.url_of(name), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql("ALTER TABLE meetings DROP COLUMN place")
        engine.dispose()
        with pytest.raises(DatabaseError) as caught:
            open_database(pg_server.url_of(name))
        assert "its table meetings has lost its column place" in caught.value.text("en")
    finally:
        pg_server.drop(name)


def _cost_of_the_schema_check(engine) -> float:  # type: ignore[no-untyped-def]
    """Seconds the columns of every table take to read and compare, the median of 20 times."""
    times = []
    with engine.connect() as connection:
        for _ in range(20):
            start = time.perf_counter()
            assert store.schema_gap(store.stored_columns(connection)) is None
            times.append(time.perf_counter() - start)
    return sorted(times)[10]


def test_the_schema_check_at_open_costs_a_few_milliseconds(club_copy: Path) -> None:
    engine = store._sqlite_engine(club_copy)
    try:
        assert _cost_of_the_schema_check(engine) < 0.003
    finally:
        engine.dispose()


def test_the_schema_check_at_open_costs_a_few_milliseconds_on_a_server(pg_database, pg_demo_template: str) -> None:  # type: ignore[no-untyped-def]
    assert _cost_of_the_schema_check(pg_database(pg_demo_template).engine) < 0.005


def test_missing_folder_is_reported_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "cercle.db"
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.message == store.MSG_NO_FOLDER
    assert str(path) in caught.value.text()
    assert not path.parent.exists()


def test_open_existing_only_refuses_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "cercle.db"
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path), create=False)
    assert str(path) in caught.value.text()
    assert not path.exists()


# ---------------------------------------------------------------------- read-only files


def test_read_only_file_is_refused_and_left_untouched(club_copy: Path) -> None:
    before = sha256(club_copy)
    with read_only(club_copy):
        with pytest.raises(DatabaseError) as caught:
            open_database(str(club_copy))
    assert caught.value.message == store.MSG_READ_ONLY
    assert str(club_copy) in caught.value.text()
    assert str(club_copy) in caught.value.text("en")
    assert sha256(club_copy) == before


def test_file_in_a_read_only_folder_is_refused(club_copy: Path) -> None:
    # SQLite writes its journal next to the file: a read-only folder means no saving.
    before = sha256(club_copy)
    with read_only(club_copy.parent):
        with pytest.raises(DatabaseError) as caught:
            open_database(str(club_copy))
    assert caught.value.message == store.MSG_READ_ONLY
    assert str(club_copy) in caught.value.text()
    assert sha256(club_copy) == before


# ------------------------------------------------------------------------------ locking


@pytest.mark.parametrize("lock", ["EXCLUSIVE", "IMMEDIATE"])
def test_locked_file_is_reported_quickly_and_opens_once_released(
    club_copy: Path, monkeypatch: pytest.MonkeyPatch, lock: str
) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 200)
    before = sha256(club_copy)
    other = sqlite3.connect(club_copy, isolation_level=None)
    try:
        other.execute(f"BEGIN {lock}")
        started = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            open_database(str(club_copy))
        assert time.monotonic() - started < 3
        assert caught.value.message == store.MSG_LOCKED
        assert str(club_copy) in caught.value.text()
        assert str(club_copy) in caught.value.text("en")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sha256(club_copy) == before
    db = open_database(str(club_copy))
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM members")).scalar() == 200
    finally:
        db.close()


# ------------------------------------------------------------------ upgrade with backup

NEXT_REVISION = "0002_test_upgrade"
MIGRATION_TEMPLATE = '''
"""A migration that exists only in this test."""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("badge_colour", sa.String(20), nullable=True))
    op.execute("INSERT INTO settings (key, value) VALUES ('upgraded', 'true')")
    {extra}


def downgrade() -> None:
    with op.batch_alter_table("members") as batch_op:
        batch_op.drop_column("badge_colour")
'''


@pytest.fixture
def newer_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Turn the running code into a version that has one more migration than the file.

    Returns a function that installs that version; ``extra`` is appended to the new
    migration's ``upgrade()`` (to make it fail, say).
    """
    scripts = tmp_path / "migrations"
    shutil.copytree(REPO / "app" / "db" / "migrations", scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    real_config = migrate.alembic_config

    def install(extra: str = "pass") -> None:
        (scripts / "versions" / f"{NEXT_REVISION}.py").write_text(
            MIGRATION_TEMPLATE.format(revision=NEXT_REVISION, down=schema.HEAD_REVISION, extra=extra),
            encoding="utf-8",
        )

        def alembic_config(engine=None):  # type: ignore[no-untyped-def]
            config = real_config(engine)
            config.set_main_option("script_location", str(scripts))
            return config

        revisions = (*schema.REVISIONS, NEXT_REVISION)
        monkeypatch.setattr(migrate, "alembic_config", alembic_config)
        for module in (schema, store):
            monkeypatch.setattr(module, "REVISIONS", revisions)
            monkeypatch.setattr(module, "HEAD_REVISION", NEXT_REVISION)

    return install


def _member_rows(path: Path) -> list[tuple]:
    return raw_rows(path, "SELECT number, first_name, last_name, company, chapter_id, sponsor_id, status "
                          "FROM members ORDER BY id")


def test_upgrade_backs_up_the_file_next_to_it_then_migrates(club_copy: Path, newer_app) -> None:
    members_before = _member_rows(club_copy)
    history_before = raw_rows(club_copy, "SELECT * FROM member_status_changes ORDER BY id")
    newer_app()

    db = open_database(str(club_copy))
    try:
        backup = db.backup_made
        assert backup is not None
        with db.unit_of_work() as uow:
            assert uow.session.get(Setting, "upgraded").value == "true"
    finally:
        db.close()

    # The copy sits next to the file, says when it was made, and is the old database.
    assert backup.parent == club_copy.parent
    assert re.fullmatch(r"club\.avant-mise-a-jour-\d{8}-\d{6}\.db", backup.name), backup.name
    assert raw_rows(backup, "SELECT version_num FROM alembic_version") == [(schema.REVISIONS[-2],)]
    assert raw_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert _member_rows(backup) == members_before
    assert raw_rows(backup, "SELECT count(*) FROM settings WHERE key = 'upgraded'") == [(0,)]
    # The file itself is upgraded, with every member and their history kept.
    assert raw_rows(club_copy, "SELECT version_num FROM alembic_version") == [(NEXT_REVISION,)]
    assert _member_rows(club_copy) == members_before
    assert raw_rows(club_copy, "SELECT * FROM member_status_changes ORDER BY id") == history_before
    assert "badge_colour" in {row[1] for row in raw_rows(club_copy, "PRAGMA table_info(members)")}

    # Opening the upgraded file again needs no upgrade, hence no second backup.
    again = open_database(str(club_copy))
    again.close()
    assert again.backup_made is None
    assert sorted(p.name for p in club_copy.parent.iterdir() if p.suffix == ".db") == sorted(
        [club_copy.name, backup.name]
    )


def test_failed_upgrade_leaves_the_file_at_its_revision_and_names_the_backup(club_copy: Path, newer_app) -> None:
    members_before = _member_rows(club_copy)
    newer_app(extra='raise RuntimeError("disk full, say")')

    with pytest.raises(DatabaseError) as caught:
        open_database(str(club_copy))

    error = caught.value
    assert error.message == store.MSG_MIGRATION_FAILED
    backups = [p for p in club_copy.parent.iterdir() if "avant-mise-a-jour" in p.name]
    assert len(backups) == 1
    assert str(club_copy) in error.text() and str(backups[0]) in error.text()
    assert str(backups[0]) in error.text("en")
    # The migration ran in one transaction: the half-done table rebuild was rolled back.
    assert raw_rows(club_copy, "SELECT version_num FROM alembic_version") == [(schema.REVISIONS[-2],)]
    assert "badge_colour" not in {row[1] for row in raw_rows(club_copy, "PRAGMA table_info(members)")}
    assert raw_rows(club_copy, "SELECT count(*) FROM settings WHERE key = 'upgraded'") == [(0,)]
    assert _member_rows(club_copy) == members_before
    assert raw_rows(club_copy, "PRAGMA foreign_key_check") == []


# ------------------------------------------------------------------- start-up cost


def test_opening_a_current_database_does_not_import_alembic(club_copy: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from app.db.store import open_database
        for _ in range(2):
            db = open_database({str(club_copy)!r})
            with db.engine.connect() as connection:
                assert connection.exec_driver_sql("SELECT count(*) FROM members").scalar() == 200
            db.close()
        loaded = sorted(name for name in sys.modules if name.split(".")[0] == "alembic")
        assert not loaded, loaded
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_what_an_interrupted_copy_left_is_removed_at_the_next_open(club_copy: Path) -> None:
    from app.paths import backup_folder

    folder = backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    left = [club_copy.with_name(".club.verification.db"), club_copy.with_name(".club.verification.db-journal"),
            club_copy.with_name("club.avant-mise-a-jour-20261122-180000.db.partiel"),
            folder / "club-sauvegarde-20261122-180000.db.partiel"]
    kept = [club_copy.with_name("club.avant-mise-a-jour-20261121-180000.db"),  # a complete pre-update copy
            folder / "club-sauvegarde-20261121-180000.db", folder / "autre-sauvegarde-20261122-180000.db.partiel"]
    fresh = folder / "club-sauvegarde-20261122-190000.db.partiel"  # another Cercle may be writing it now
    for path in (*left, *kept, fresh):
        path.write_bytes(b"x" * 100)
    old = time.time() - 3600
    for path in (*left, *kept):
        os.utime(path, (old, old))
    open_database(str(club_copy)).close()
    assert [path for path in left if path.exists()] == []
    assert all(path.exists() for path in (*kept, fresh))

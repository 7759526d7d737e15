"""Backups and restore as the secretary relies on them: a copy a day, the last ten kept, and a
restore that refuses a bad file before touching anything."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.db.store import open_database
from app.domain import backup as rules
from app.domain.errors import CercleError, DatabaseError, ValidationError
from app.paths import backup_folder
from app.services import backup
from app.services.settings import save_settings

from .read_only import read_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _first_name(path: Path, number: int = 1001) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT first_name FROM members WHERE number = ?", (number,)).fetchone()[0]
    finally:
        connection.close()


def _rename_member(path: Path, name: str, number: int = 1001) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE members SET first_name = ? WHERE number = ?", (name, number))
        connection.commit()
    finally:
        connection.close()


def test_backup_goes_to_the_default_folder_and_is_a_complete_copy(demo_db) -> None:
    made = backup.back_up(demo_db)
    assert made.parent == backup_folder()
    assert made.parent.name == "Sauvegardes"
    assert made.name.startswith("demo-sauvegarde-")
    copy = open_database(str(made), create=False)
    try:
        with copy.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("SELECT count(*) FROM members").scalar() == 200
    finally:
        copy.close()
    assert not list(made.parent.glob("*.partiel"))


def test_only_the_newest_backups_are_kept_and_other_files_are_left(demo_db, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "notes.txt").write_text("à garder")
    (folder / "autre-sauvegarde-20200101-000000.db").write_bytes(b"x")  # another database's backup
    start = datetime(2026, 11, 1, 18, 0)
    for day in range(5):
        backup.back_up(demo_db, folder=folder, keep=3, now=start + timedelta(days=day))
    kept = backup.list_backups(folder, "demo")
    assert [b.made_at.day for b in kept] == [5, 4, 3]
    assert (folder / "notes.txt").exists() and (folder / "autre-sauvegarde-20200101-000000.db").exists()


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(demo_db, tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, 9, 30)
    first = backup.back_up(demo_db, folder=tmp_path, keep=10, now=now)
    second = backup.back_up(demo_db, folder=tmp_path, keep=10, now=now)
    assert first != second and first.exists() and second.exists()


def test_the_automatic_backup_is_made_once_a_day_where_the_settings_say(demo_db, tmp_path: Path) -> None:
    folder = tmp_path / "Mes sauvegardes"
    save_settings(demo_db.unit_of_work(), {rules.SETTING_BACKUP_FOLDER: str(folder), rules.SETTING_BACKUP_KEEP: 2})
    morning = datetime(2026, 11, 22, 9, 0)
    assert backup.automatic_backup(demo_db, now=morning) is not None
    assert backup.automatic_backup(demo_db, now=morning + timedelta(hours=8)) is None
    for day in (1, 2, 3):
        assert backup.automatic_backup(demo_db, now=morning + timedelta(days=day)) is not None
    assert len(backup.list_backups(folder, "demo")) == 2


def test_keep_setting_is_checked() -> None:
    assert rules.validate_keep(10) == 10
    for wrong in (0, 366, "10", True, None):
        with pytest.raises(ValidationError):
            rules.validate_keep(wrong)
    assert rules.keep_from_settings("n'importe quoi") == rules.DEFAULT_KEEP


def test_backup_refuses_to_overwrite_a_file(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "copie.db"
    out.write_text("précieux")
    with pytest.raises(CercleError) as refused:
        backup.back_up(demo_db, out)
    assert str(out) in refused.value.text("en")
    assert out.read_text() == "précieux"


def test_restore_brings_the_backup_back_and_saves_the_replaced_database(demo_db, tmp_path: Path) -> None:
    path = demo_db.path
    saved = backup.back_up(demo_db, tmp_path / "avant.db")
    _rename_member(path, "Changé")
    folder = tmp_path / "copies"
    result = backup.restore(demo_db, saved, folder=folder)
    assert _first_name(path) != "Changé"
    assert result.previous_saved_to is not None and _first_name(result.previous_saved_to) == "Changé"
    assert result.previous_saved_to.parent == folder
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []  # no leftovers
    reopened = open_database(str(path))
    reopened.close()


def _not_sqlite(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "texte.db"
    path.write_text("ceci n'est pas une base")
    return path


def _other_app(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "autre.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT)")
    connection.commit()
    connection.close()
    return path


def _empty_sqlite(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "vide.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    return path


def _truncated(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "tronquee.db"
    path.write_bytes(good.read_bytes()[:200_000])
    return path


def _damaged(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "abimee.db"
    data = bytearray(good.read_bytes())
    data[300_000:310_000] = b"\xde\xad" * 5000
    path.write_bytes(bytes(data))
    return path


def _too_new(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "future.db"
    shutil.copyfile(good, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()
    return path


def _changed(good: Path, path: Path, *statements: str) -> Path:
    shutil.copyfile(good, path)
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


def _shell(tmp_path: Path, good: Path) -> Path:
    """Only the row that names the revision: restored, it would have wiped the club."""
    from app.db.schema import HEAD_REVISION

    path = tmp_path / "coquille.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    connection.commit()
    connection.close()
    return path


def _other_app_with_alembic(tmp_path: Path, good: Path) -> Path:
    return _changed(_other_app(tmp_path, good), tmp_path / "autre-alembic.db",
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                    "INSERT INTO alembic_version VALUES ('ae1027a6acf')")


def _table_dropped(tmp_path: Path, good: Path) -> Path:
    return _changed(good, tmp_path / "sans-presences.db", "DROP TABLE attendance_audit", "DROP TABLE attendances")


def _column_dropped(tmp_path: Path, good: Path) -> Path:
    return _changed(good, tmp_path / "sans-ville.db", "ALTER TABLE members DROP COLUMN city")


def _orphan_rows(tmp_path: Path, good: Path) -> Path:
    """Members of an antenna that is not there any more (foreign keys off, as another tool may)."""
    return _changed(good, tmp_path / "orphelins.db", "PRAGMA foreign_keys = OFF",
                    "UPDATE members SET chapter_id = 9999 WHERE number = 1001")


def _cut_at(fraction: float) -> Callable[[Path, Path], Path]:
    def make(tmp_path: Path, good: Path) -> Path:
        path = tmp_path / f"coupee-{fraction}.db"
        data = good.read_bytes()
        path.write_bytes(data[:int(len(data) * fraction) // 4096 * 4096])  # at a page boundary
        return path

    make.__name__ = f"_cut_at_{fraction}"
    return make


BAD_FILES = [_not_sqlite, _other_app, _empty_sqlite, _truncated, _damaged, _too_new, _shell,
             _other_app_with_alembic, _table_dropped, _column_dropped, _orphan_rows,
             _cut_at(0.5), _cut_at(0.9), _cut_at(0.99)]


@pytest.mark.parametrize("make", BAD_FILES, ids=[make.__name__.strip("_") for make in BAD_FILES])
def test_a_bad_file_is_refused_and_nothing_is_touched(make, demo_db, tmp_path: Path) -> None:
    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    candidate = make(tmp_path, good)
    candidate_digest, db_digest = _digest(candidate), _digest(demo_db.path)
    folder = tmp_path / "copies"
    with pytest.raises(DatabaseError) as refused:
        backup.restore(demo_db, candidate, folder=folder)
    assert str(candidate) in refused.value.text("en")
    assert _digest(candidate) == candidate_digest and _digest(demo_db.path) == db_digest
    assert not folder.exists()  # not even a backup: the refusal comes first
    assert not [p for p in demo_db.path.parent.iterdir() if p.name.startswith(".")]
    with demo_db.engine.connect() as connection:  # still open and usable
        assert connection.exec_driver_sql("SELECT count(*) FROM members").scalar() == 200


def test_a_server_database_is_refused_with_a_clear_message() -> None:
    with pytest.raises(CercleError) as refused:
        backup.sqlite_target("postgresql://cercle:secret@serveur/club")
    text = refused.value.text("en")
    assert "server" in text and "secret" not in text


def test_cli_round_trip(demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(demo_db.path)
    demo_db.close()
    out = tmp_path / "main.db"
    assert main(["backup", "--db", path, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert main(["backup", "--db", path]) == 0
    in_folder = Path(capsys.readouterr().out.strip())
    assert in_folder.parent == backup_folder() and in_folder.exists()
    _rename_member(Path(path), "Changé")
    assert main(["restore", "--db", path, str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert _first_name(Path(path)) != "Changé"


def test_cli_refuses_a_bad_file_with_one_line(demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(demo_db.path)
    demo_db.close()
    before = _digest(Path(path))
    bad = tmp_path / "photo.db"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert main(["restore", "--db", path, str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err
    assert _digest(Path(path)) == before
    assert main(["restore", "--db", path, str(tmp_path / "absent.db")]) == 1
    assert main(["backup", "--db", "postgresql://u@h/club"]) == 1


def test_cli_restores_over_a_damaged_database(demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What the damaged database's own message asks for: no confirmation, and the damaged file is
    kept apart, where the rotation neither lists it as a backup to restore nor deletes it."""
    path = Path(str(demo_db.path))
    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    demo_db.close()
    data = bytearray(path.read_bytes())
    data[300_000:310_000] = b"\x00\xff" * 5000
    path.write_bytes(bytes(data))
    assert main(["restore", "--db", str(path), str(good)]) == 0
    out = capsys.readouterr().out
    reopened = open_database(str(path))
    reopened.close()
    assert backup.list_backups(backup_folder(), path.stem) == []
    [kept] = backup_folder().glob(f"{path.stem}-remplacee-*.db")
    assert kept.read_bytes() == bytes(data)
    assert f"gardé à part des sauvegardes sous {kept}" in out


def _future_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()


def _another_apps_file(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT)")
    connection.commit()
    connection.close()


def _spreadsheet(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)


@pytest.mark.parametrize("make", [_future_schema, _another_apps_file, _spreadsheet])
def test_a_file_this_version_cannot_open_is_replaced_only_with_force_and_kept_apart(
        make, demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    target = tmp_path / "poste" / "cercle.db"
    target.parent.mkdir()
    shutil.copyfile(good, target)
    make(target)
    before = target.read_bytes()
    folder = backup_folder()
    assert main(["restore", "--db", str(target), str(good)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and "--force" in err and str(folder) in err
    assert target.read_bytes() == before and not folder.exists()
    assert not [p for p in target.parent.iterdir() if p != target]

    assert main(["restore", "--db", str(target), str(good), "--force"]) == 0
    [kept] = folder.glob("cercle-remplacee-*.db")
    assert kept.read_bytes() == before
    assert str(kept) in capsys.readouterr().out
    assert _first_name(target) == _first_name(good)
    for day in range(1, 13):  # the rotation of the backups that follow leaves it alone
        backup.back_up(open_database(str(target)), folder=folder, keep=10, now=datetime(2026, 12, day, 18))
    assert kept.exists() and len(backup.list_backups(folder, "cercle")) == 10


def test_a_read_only_database_is_replaced_only_with_force(demo_db, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    target = tmp_path / "archive.db"
    shutil.copyfile(good, target)
    before = target.read_bytes()
    with read_only(target):
        assert main(["restore", "--db", str(target), str(good)]) == 1
        err = capsys.readouterr().err
        assert "lecture seule" in err and "--force" in err
        with pytest.raises(backup.RestoreNeedsConfirmation):
            backup.restore_file(target, good, folder=tmp_path / "copies")  # the window's way: it asks
    assert target.read_bytes() == before and not (tmp_path / "copies").exists()


def test_restore_into_a_new_place_creates_the_database(demo_db, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    target = tmp_path / "nouveau portable" / "cercle.db"
    target.parent.mkdir()
    assert main(["restore", "--db", str(target), str(good)]) == 0
    assert _first_name(target) == _first_name(good)


def test_an_older_backup_is_brought_up_to_date(demo_db, tmp_path: Path) -> None:
    from app.db.migrate import downgrade
    from app.db.schema import HEAD_REVISION, REVISIONS

    old = backup.back_up(demo_db, tmp_path / "ancienne.db")
    opened = open_database(str(old))
    downgrade(opened.engine, REVISIONS[0])
    opened.close()
    backup.restore(demo_db, old, folder=tmp_path / "copies")
    connection = sqlite3.connect(demo_db.path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
        assert connection.execute("SELECT count(*) FROM members").fetchone() == (200,)
    finally:
        connection.close()
    assert not list(tmp_path.glob("*avant-mise-a-jour*")) and not list(demo_db.path.parent.glob(".*"))


def test_a_database_another_program_is_writing_to_is_not_replaced(demo_db, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """On Linux the swap would succeed and the other program's transaction would be lost."""
    path = demo_db.path
    demo_db.close()
    out = tmp_path / "main.db"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    capsys.readouterr()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        assert main(["restore", "--db", str(path), str(out)]) == 1
        assert capsys.readouterr().err.strip() == f"{path} est utilisé par un autre programme. Fermez-le et réessayez."
        with pytest.raises(DatabaseError):
            backup.restore_file(path, out, folder=tmp_path / "saved")  # the window's way, too
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_backup_another_program_holds_locked_is_a_message_after_a_few_seconds(demo_db, tmp_path: Path) -> None:
    """Python's backup loop waited for the lock forever: the restore hung."""
    import os
    import subprocess
    import sys
    import time

    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    demo_db.close()
    holder = sqlite3.connect(good, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE members SET city = 'Fès'")
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "app", "restore", "--db", str(demo_db.path), str(good)],
                              capture_output=True, text=True, timeout=60, env=dict(os.environ))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert time.monotonic() - started < 30
    assert done.returncode == 1
    assert done.stderr.strip() == f"{good} est utilisé par un autre programme. Fermez-le et réessayez."


def test_a_read_only_destination_folder_is_named(demo_db, tmp_path: Path) -> None:
    shut = tmp_path / "fermé"
    shut.mkdir()
    good = backup.back_up(demo_db, tmp_path / "bonne.db")
    with read_only(shut):
        with pytest.raises(CercleError) as refused:
            backup.back_up(demo_db, shut / "copie.db")
        assert refused.value.message == backup.MSG_FOLDER_UNWRITABLE and str(shut) in refused.value.text()
        with pytest.raises(CercleError) as refused:
            backup.back_up(demo_db, folder=shut, keep=10)
        assert refused.value.message == backup.MSG_FOLDER_UNWRITABLE
        with pytest.raises(CercleError) as refused:  # the saved copy of the database cannot be written
            backup.restore(demo_db, good, folder=shut)
        assert refused.value.message == backup.MSG_FOLDER_UNWRITABLE and str(shut) in refused.value.text()
    assert list(shut.iterdir()) == []
    live = tmp_path / "poste"
    live.mkdir()
    shutil.copyfile(good, live / "cercle.db")
    before = _digest(live / "cercle.db")
    with read_only(live):  # not "the backup is damaged": the folder of the database is read-only
        with pytest.raises(CercleError) as refused:
            backup.restore_file(live / "cercle.db", good, folder=tmp_path / "copies", force=True)
    assert str(live) in refused.value.text() and "endommag" not in refused.value.text()
    assert _digest(live / "cercle.db") == before

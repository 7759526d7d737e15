"""A club on a PostgreSQL server: clear messages, migrations at open, copy both ways, same search.

The tests that need a server run when ``CERCLE_TEST_PG`` names one (see tests/conftest.py);
the others run everywhere.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.cli import main
from app.db import schema
from app.db.store import open_database
from app.db.transfer import copy_database, summarise
from app.domain.errors import CercleError, DatabaseError
from app.domain.text import matcher
from app.services import members as members_service

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_unreachable_server_is_one_line_never_a_traceback() -> None:
    url = "postgresql://secretaire:secret@127.0.0.1:1/cercle"
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert caught.value.text("en") == (
        "The database server 127.0.0.1:1 cannot be reached. Check its address and port, and that it is "
        "running, then try again.")
    result = run_cli("members", "list", "--db", url)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "secret@" not in result.stderr  # never the password


@pytest.mark.parametrize("target", ["mysql://user@host/cercle", "postgresql://user@host/", "postgresql://[::1"])
def test_an_address_of_another_kind_is_refused(target: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(target)
    assert "is not a database address Cercle can open" in caught.value.text("en")


# ----------------------------------------------------------------------------- on a server


def test_wrong_password_and_missing_database_are_told_apart(pg_server) -> None:
    wrong = pg_server.url.set(password="not-the-password").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError) as caught:
        open_database(wrong)
    assert caught.value.text("en").startswith("The database server ")
    assert f"refused the user name or the password of {pg_server.url.username}" in caught.value.text("en")
    assert "not-the-password" not in caught.value.text("en")

    missing = pg_server.url_of("cercle_no_such_database")
    with pytest.raises(DatabaseError) as caught:
        open_database(missing)
    assert "The database cercle_no_such_database does not exist on the server" in caught.value.text("en")


def test_a_new_server_database_is_set_up_at_open_and_reopened_as_is(pg_server) -> None:
    name = pg_server.create()
    url = pg_server.url_of(name)
    db = open_database(url)
    try:
        assert db.path is None and db.is_server
        assert db.backup_made is None  # no file backup on a server
        assert db.display_name == f"postgresql://{pg_server.url.username}@{pg_server.url.host}" + (
            f":{pg_server.url.port}" if pg_server.url.port else "") + f"/{name}"
        with db.unit_of_work() as uow:
            assert uow.session.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD_REVISION
    finally:
        db.close()
    open_database(url).close()
    pg_server.drop(name)


def test_another_applications_database_and_a_newer_cercle_are_refused_untouched(pg_server) -> None:
    name = pg_server.create()
    url = pg_server.url_of(name)
    engine = create_engine(pg_server.url.set(database=name))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE invoices (id integer primary key, total numeric)")
        with pytest.raises(DatabaseError) as caught:
            open_database(url)
        assert "is not a Cercle database: it belongs to another application" in caught.value.text("en")
        with engine.begin() as connection:  # another application that uses Alembic too
            connection.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32) primary key)")
            connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        with pytest.raises(DatabaseError) as caught:
            open_database(url)
        assert "belongs to another application" in caught.value.text("en")
        with engine.connect() as connection:
            tables = set(connection.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").scalars())
        assert tables == {"invoices", "alembic_version"}  # nothing created
    finally:
        engine.dispose()
        pg_server.drop(name)


def test_a_newer_cercle_on_the_server_gives_its_revision(pg_server, pg_empty_template) -> None:
    name = pg_server.create(pg_empty_template)
    engine = create_engine(pg_server.url.set(database=name))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
        with pytest.raises(DatabaseError) as caught:
            open_database(pg_server.url_of(name))
        assert "schema 0099_future" in caught.value.text("en")
    finally:
        engine.dispose()
        pg_server.drop(name)


def test_copy_round_trip_sqlite_server_sqlite_keeps_every_table_identical(
    demo_template: Path, pg_server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server_db = pg_server.create()
    server_url = pg_server.url_of(server_db)
    back = tmp_path / "back.db"

    assert main(["copy", "--from", str(demo_template), "--to", server_url]) == 0
    out = capsys.readouterr().out
    assert "members\t200" in out
    assert main(["copy", "--from", server_url, "--to", str(back), "--format", "json"]) == 0
    capsys.readouterr()

    source, middle, final = (open_database(str(demo_template)), open_database(server_url),
                             open_database(str(back)))
    try:
        first = summarise(source)
        assert {t.table: t.rows for t in first}["members"] == 200
        assert summarise(middle) == first
        assert summarise(final) == first
        # The server hands out the next ids after the copied ones.
        from dataclasses import replace

        some = members_service.get_member(middle.unit_of_work(), 1).data
        created = members_service.create_member(
            middle.unit_of_work(), replace(some, email="nouveau@exemple.ma", mobile="", first_name="Nouveau"),
            allow_duplicate=True)
        assert created.id == 201
    finally:
        for db in (source, middle, final):
            db.close()

    # Copying again onto a club is refused, and nothing is changed there.
    assert main(["copy", "--from", str(demo_template), "--to", server_url]) == 1
    error = capsys.readouterr().err
    assert "meetings" in error and "449" in error
    pg_server.drop(server_db)


def test_search_is_the_same_on_both_engines(demo_template: Path, pg_demo_template: str, pg_server) -> None:
    """Case and accents are folded in Python, so both engines give the same rows, found alike."""
    sqlite_db = open_database(str(demo_template))
    server_db = open_database(pg_server.url_of(pg_demo_template))
    try:
        on_sqlite = members_service.list_members(sqlite_db.unit_of_work())
        on_server = members_service.list_members(server_db.unit_of_work())
    finally:
        sqlite_db.close()
        server_db.close()
    assert on_server == on_sqlite
    for query in ("helene", "HÉLÈNE", "fes", "العمراني", "delices"):
        found = matcher(query)
        assert [m.number for m in on_sqlite if found(m.search_text)] == \
            [m.number for m in on_server if found(m.search_text)]
    assert any(matcher("helene")(m.search_text) for m in on_server)


# ----------------------------------------------------------------------------- copy, on files


def test_copy_refuses_a_target_with_a_club_unless_replace(demo_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.db"
    first = open_database(str(demo_template))
    second = open_database(str(target))
    try:
        copy_database(first, second)
        with pytest.raises(CercleError) as caught:
            copy_database(first, second)
        assert "already holds a club (meetings: 449 rows)" in caught.value.text("en")
        report = copy_database(first, second, replace=True)
        assert report.tables == summarise(first)
    finally:
        first.close()
        second.close()


def test_copy_from_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run_cli("copy", "--from", str(tmp_path / "absent.db"), "--to", str(tmp_path / "new.db"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "new.db").exists()


def test_cercle_chapter_limits_the_command_line_and_must_name_a_chapter(demo_template: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli.common import open_db

    path = tmp_path / "club.db"
    path.write_bytes(demo_template.read_bytes())
    monkeypatch.setenv("CERCLE_CHAPTER", "  fes ")
    db = open_db(type("Args", (), {"db": str(path)})())
    try:
        from app.services import reference

        assert db.chapter_limit == next(c.id for c in reference.list_items(db.unit_of_work(), "chapter")
                                        if c.name == "Fès")
    finally:
        db.close()
    monkeypatch.setenv("CERCLE_CHAPTER", "Laâyoune")
    assert main(["members", "list", "--db", str(path)]) == 1


def test_copy_replace_keeps_the_file_it_replaces_first(demo_template: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "club.db"
    source = tmp_path / "other.db"
    assert main(["copy", "--from", str(demo_template), "--to", str(target)]) == 0
    open_database(str(source)).close()  # an empty club replaces the whole one
    capsys.readouterr()
    assert main(["copy", "--from", str(source), "--to", str(target), "--replace"]) == 0
    out = capsys.readouterr().out
    kept = Path(re.search(r"(/\S+\.db)\.?$", out.splitlines()[0]).group(1))
    assert kept.is_file() and kept.parent != tmp_path
    saved = open_database(str(kept), create=False)
    try:
        assert {t.table: t.rows for t in summarise(saved)}["members"] == 200
    finally:
        saved.close()


def test_copy_replace_onto_a_server_keeps_its_club_in_a_file_first(
    demo_template: Path, pg_server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server_url = pg_server.url_of(pg_server.create())
    empty = tmp_path / "empty.db"
    open_database(str(empty)).close()
    assert main(["copy", "--from", str(demo_template), "--to", server_url]) == 0
    capsys.readouterr()
    assert main(["copy", "--from", str(empty), "--to", server_url, "--replace", "--format", "json"]) == 0
    captured = capsys.readouterr()
    kept = Path(re.search(r"(/\S+\.db)\.?$", captured.err.strip()).group(1))
    assert kept.is_file() and "-remplacee-" in kept.name and not list(kept.parent.glob("*.partiel"))
    saved, server = open_database(str(kept), create=False), open_database(server_url)
    try:
        assert {t.table: t.rows for t in summarise(saved)}["members"] == 200
        assert {t.table: t.rows for t in summarise(server)}["members"] == 0
    finally:
        saved.close()
        server.close()

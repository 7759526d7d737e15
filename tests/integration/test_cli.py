"""The ``cercle`` command line as scripts use it: exit codes, JSON/CSV output, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.services.demo import MEMBER_COUNT

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def isolated_user_folder() -> Path:
    """The user data folder, which tests/conftest.py points at a temporary folder for every test."""
    folder = Path(os.environ["CERCLE_DATA_DIR"])
    assert "pytest" in str(folder)  # never the real user's folder
    return folder


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo club written once by ``cercle demo`` and shared (read-only use) by the listing tests."""
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    assert main(["demo", str(path)]) == 0
    return path


def _json(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Cercle {__version__}"


def test_demo_writes_a_club_and_prints_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nouveau club.db"
    assert main(["demo", str(path)]) == 0
    assert capsys.readouterr().out.strip() == str(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM members").fetchone() == (MEMBER_COUNT,)
    finally:
        connection.close()


def test_members_list_json_gives_every_member_of_the_demo_club(
    cli_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["members", "list", "--db", str(cli_demo), "--format", "json"]) == 0
    members = _json(capsys)
    assert len(members) == 200
    numbers = [member["number"] for member in members]
    assert sorted(numbers) == list(range(1001, 1201))
    for member in members:
        assert member["first_name"] and member["last_name"]
        assert member["chapter"]
        assert member["status"] in {"active", "suspended", "resigned", "excluded"}
    assert len({member["chapter"] for member in members}) >= 6
    assert {member["status"] for member in members} >= {"active", "suspended", "resigned"}
    assert any(member["arabic_name"] for member in members)
    # Sorted by last name, then first name, as in the members table.
    keys = [(member["last_name"], member["first_name"]) for member in members]
    assert keys == sorted(keys)


def test_members_list_csv_has_a_header_and_one_line_per_member(
    cli_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["members", "list", "--db", str(cli_demo), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    rows = list(csv.reader(io.StringIO(captured.out)))
    header, body = rows[0], rows[1:]
    assert {"number", "first_name", "last_name", "chapter", "status"} <= set(header)
    assert len(body) == 200
    assert all(len(row) == len(header) for row in body)
    numbers = {int(row[header.index("number")]) for row in body}
    assert numbers == set(range(1001, 1201))


def test_db_option_works_before_or_after_the_subcommand(
    cli_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(cli_demo), "members", "list", "--format", "json"]) == 0
    before = _json(capsys)
    assert main(["members", "list", "--format", "json", "--db", str(cli_demo)]) == 0
    after = _json(capsys)
    assert len(before) == 200
    assert before == after


def test_cercle_db_variable_is_used_without_db_option(
    cli_demo: Path, isolated_user_folder: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CERCLE_DB", str(cli_demo))
    assert main(["members", "list", "--format", "json"]) == 0
    assert len(_json(capsys)) == 200
    assert not (isolated_user_folder / "cercle.db").exists()


def test_db_option_wins_over_cercle_db(
    cli_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.db.store import open_database

    empty = tmp_path / "vide.db"
    open_database(str(empty)).close()
    monkeypatch.setenv("CERCLE_DB", str(cli_demo))
    assert main(["members", "list", "--db", str(empty), "--format", "json"]) == 0
    assert _json(capsys) == []


@pytest.mark.parametrize("command", [["members", "list"], ["report", "presence", "--out", "x.pdf"],
                                     ["compliance"], ["export", "members", "--out", "x.csv"]])
def test_a_mistyped_database_name_is_refused_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "cercel.db"
    assert main([*command, "--db", str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"Il n'y a pas de base de données à {missing} : vérifiez le nom du fichier."
    assert not missing.exists() and not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()


def test_without_db_or_variable_the_user_database_is_used(
    isolated_user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["members", "list", "--format", "json"]) == 0
    assert _json(capsys) == []
    assert (isolated_user_folder / "cercle.db").is_file()


@pytest.mark.parametrize(
    "argv",
    [
        ["nonsense"],
        ["members"],
        ["members", "remove"],
        ["members", "list", "--format", "xml"],
        ["members", "list", "--bogus"],
        ["demo"],
        ["report", "emargement", "--meeting", "abc", "--out", "x.pdf"],
    ],
    ids=["unknown-command", "missing-action", "unknown-action", "bad-format", "unknown-option", "missing-path",
         "not-a-number"],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("utilisation : cercle")  # argparse speaks French too
    assert "erreur : " in captured.err


def _text_file(path: Path) -> None:
    path.write_text("Nom;Prénom\nTazi;Karim\n", encoding="utf-8")


def _other_application(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()


def _newer_schema(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()


def _truncated(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _damaged_page(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"\xff" * 4096)


def _table_dropped(path: Path, demo: Path) -> None:
    """Another tool dropped a table: the file is Cercle's, at the current revision, and damaged."""
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE member_audit")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "make_file",
    [
        lambda path, demo: _text_file(path),
        lambda path, demo: _other_application(path),
        _newer_schema,
        _truncated,
        _damaged_page,
        _table_dropped,
    ],
    ids=["text-file", "other-application", "newer-schema", "truncated", "damaged-page", "table-dropped"],
)
def test_unusable_database_exits_1_with_one_line_naming_the_file(
    make_file, cli_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pas-cercle.db"
    make_file(path, cli_demo)
    before = path.read_bytes()

    assert main(["members", "list", "--db", str(path), "--format", "json"]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert str(path) in lines[0]
    assert "Traceback" not in captured.err
    assert path.read_bytes() == before


def test_a_file_in_place_of_the_data_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "Cercle"
    blocker.write_text("un fichier à la place du dossier")
    monkeypatch.setenv("CERCLE_DATA_DIR", str(blocker))
    assert main(["members", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(blocker) in err and "Traceback" not in err
    assert blocker.read_text() == "un fichier à la place du dossier"


def test_demo_refuses_to_overwrite_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "club.db"
    path.write_text("mes notes importantes\n", encoding="utf-8")

    assert main(["demo", str(path)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0]
    assert path.read_text(encoding="utf-8") == "mes notes importantes\n"


def test_python_dash_m_app_version() -> None:
    result = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Cercle {__version__}"


def test_copy_refuses_two_names_of_one_file(cli_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "club.db"
    shutil.copyfile(cli_demo, source)
    link = tmp_path / "lien.db"
    os.link(source, link)
    before = source.read_bytes()
    assert main(["copy", "--from", str(source), "--to", str(link), "--replace"]) == 1
    assert capsys.readouterr().err.strip() == "La source et la cible sont la même base de données."
    assert source.read_bytes() == before


@pytest.mark.parametrize("command", [["members", "list"], ["meetings", "list"], ["compliance"]])
def test_every_csv_the_command_prints_neutralises_formulas_as_the_export_does(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """A name typed as a formula stays text when the printed CSV is opened in a spreadsheet."""
    path = tmp_path / "club.db"
    shutil.copy(demo_template, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE members SET last_name = '=HYPERLINK(\"http://x\")', company = '@SUM(A1)'")
        connection.execute("UPDATE chapters SET name = '+' || name")
        connection.execute("UPDATE meetings SET title = '-2+3', place = char(9) || 'x'")
    connection.close()
    assert main([*command, "--db", str(path), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")
                          or (cell.startswith("-") and not cell[1:].replace(".", "").isdigit())]
    assert any(cell.startswith("'+") for cell in cells)  # the chapter, shown as typed behind the quote


def _start_gui_apart(tmp_path, script: str, env: dict[str, str]) -> str:
    """The GUI's start in a process of its own: it pauses the collector, sets the language and the
    log file for the whole process, which would leak into the tests that follow."""
    result = subprocess.run([sys.executable, "-c", script, "--db", str(tmp_path / "club.db"), "--lang", "en"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1, result.stderr
    return result.stderr


def test_no_display_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    err = _start_gui_apart(tmp_path, "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))", env)
    assert err.count("\n") == 1 and "no display" in err


def test_a_missing_qt_library_is_named_in_one_line(tmp_path):
    script = (
        "import builtins, sys\n"
        "real_import = builtins.__import__\n"
        "def without_egl(name, *args, **kwargs):\n"
        "    if name == 'ui.main':\n"
        "        raise ImportError('libEGL.so.1: cannot open shared object file: No such file or directory')\n"
        "    return real_import(name, *args, **kwargs)\n"
        "builtins.__import__ = without_egl\n"
        "from app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    err = _start_gui_apart(tmp_path, script, dict(os.environ))
    assert err.count("\n") == 1 and "libEGL.so.1" in err and "README" in err

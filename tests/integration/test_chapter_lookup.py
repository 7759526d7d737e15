"""A chapter typed by the user (``--chapter``, ``CERCLE_CHAPTER``, the connection's limit) is found
one way: by its name first, by its number only when no chapter has that name; a blank name is
refused where it would silently mean the whole club."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.models import Chapter
from app.domain.errors import CercleError
from app.services import reference
from app.services.antenna import chapter_named, limit_named


def chapters(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return {name: chapter_id for chapter_id, name in uow.session.execute(select(Chapter.id, Chapter.name))}


def test_a_chapter_named_like_another_chapters_number_is_found_by_its_name(demo_db) -> None:  # type: ignore[no-untyped-def]
    before = chapters(demo_db)
    assert 2 in before.values()
    named_two = reference.add_item(demo_db.unit_of_work(), "chapter", "2").id
    assert named_two != 2
    assert chapter_named(demo_db.unit_of_work(), "2") == named_two
    assert chapter_named(demo_db.unit_of_work(), " 2 ") == named_two
    # A number no chapter is named after still finds the chapter of that number.
    assert chapter_named(demo_db.unit_of_work(), "1") == 1
    assert chapter_named(demo_db.unit_of_work(), "FES") == before["Fès"]


@pytest.mark.parametrize("blank", ["", " ", "\t"])
def test_a_blank_chapter_is_refused_but_a_blank_limit_is_none(demo_db, blank: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CercleError) as raised:
        chapter_named(demo_db.unit_of_work(), blank)
    assert raised.value.text("fr") == "Le nom de l'antenne est vide : indiquez une antenne."
    assert limit_named(demo_db.unit_of_work(), blank) is None


@pytest.mark.parametrize("command", [
    ["report", "annuaire", "--out", "{out}"],
    ["import", "attendance", "{grid}", "--dry-run"],
    ["import", "members", "{grid}", "--dry-run"],
])
def test_the_command_line_refuses_a_blank_chapter_in_one_french_line(demo_db, tmp_path: Path, command: list[str],  # type: ignore[no-untyped-def]
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    grid = tmp_path / "grille.csv"
    grid.write_text("N°;17/11/2026\n1001;P\n", encoding="utf-8")
    out = tmp_path / "annuaire.pdf"
    arguments = [part.format(out=out, grid=grid) for part in command]
    assert main([*arguments, "--chapter", " ", "--db", demo_db.target]) == 1
    captured = capsys.readouterr()
    assert captured.err == "Le nom de l'antenne est vide : indiquez une antenne.\n"
    assert not out.exists()


def test_import_and_report_name_chapters_the_same_way(demo_db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    grid = tmp_path / "grille.csv"
    grid.write_text("N°;17/11/2026\n1001;P\n", encoding="utf-8")
    for arguments in (["report", "annuaire", "--out", str(tmp_path / "a.pdf")],
                      ["import", "attendance", str(grid), "--dry-run"]):
        assert main([*arguments, "--chapter", "Paris", "--db", demo_db.target]) == 1
        assert capsys.readouterr().err == "Il n'y a pas d'antenne nommée Paris.\n"

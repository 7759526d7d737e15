"""Who a row of a members file is: a wrong number never renames someone else, company names
are compared the way people write them, a namesake is pointed out, sector spellings agree."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db.models import Member
from app.domain.importing import RowClass, company_key
from app.services import imports
from app.services.imports import ImportOptions
from app.services.members import list_members

DEMO_TODAY = date(2026, 11, 22)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def recorded(db, number: int) -> Member:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        found = uow.session.scalar(select(Member).where(Member.number == number))
        uow.session.expunge_all()
        return found


def dry(db, path: Path) -> imports.ImportPlan:  # type: ignore[no-untyped-def]
    return imports.dry_run(db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))


def test_a_wrong_number_with_another_last_name_renames_nobody(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = list_members(demo_db.unit_of_work())[5]
    path = write_csv(tmp_path / "m.csv", [["N°", "Nom", "Société"],
                                          [str(target.number), "Zouaoui", target.company]])
    plan = dry(demo_db, path)
    row = plan.rows[0]
    assert row.result is RowClass.ERROR and row.column == "N°"
    assert f"{target.first_name} {target.last_name}" in row.reason and str(target.number) in row.reason
    result = imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert (result.updated, result.rejected) == (0, 1)
    assert recorded(demo_db, target.number).last_name == target.last_name


def test_one_differing_name_is_enough_to_refuse_the_number(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = list_members(demo_db.unit_of_work())[6]
    path = write_csv(tmp_path / "m.csv", [
        ["N°", "Nom", "Prénom"],
        [str(target.number), target.last_name.upper(), "Quentin"],  # same last name, other first name
        [str(target.number), target.last_name, ""],  # the last name only, the right one: fine
    ])
    plan = dry(demo_db, path)
    assert plan.rows[0].result is RowClass.ERROR and target.last_name in plan.rows[0].reason
    assert plan.rows[1].result is RowClass.UNCHANGED


def test_with_no_name_the_company_must_match_the_number(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    members = list_members(demo_db.unit_of_work())
    target = next(m for m in members if m.company and "&" not in m.company)
    other = next(m for m in members if m.company and company_key(m.company) != company_key(target.company))
    path = write_csv(tmp_path / "m.csv", [
        ["N°", "Société", "Ville"],
        [str(target.number), other.company, "Kénitra"],
        [str(target.number), target.company.upper() + " SARL", "Kénitra"],
    ])
    plan = dry(demo_db, path)
    assert plan.rows[0].result is RowClass.ERROR and target.company in plan.rows[0].reason
    assert plan.rows[1].result is RowClass.UPDATE


def test_an_update_names_the_member_changed_and_what_changes(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = list_members(demo_db.unit_of_work())[7]
    path = write_csv(tmp_path / "m.csv", [["N°", "Nom", "Prénom", "Ville", "Fonction"],
                                          [str(target.number), target.last_name, target.first_name, "Kénitra",
                                           "Gérante"]])
    row = dry(demo_db, path).rows[0]
    assert row.result is RowClass.UPDATE and row.changes == 2
    assert row.name.startswith(f"{target.number} – {target.first_name} {target.last_name}")
    assert "City" in row.reason or "Ville" in row.reason
    assert "Position" in row.reason or "Fonction" in row.reason


def _create(db, tmp_path: Path, company: str) -> int:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "new.csv", [["Nom", "Prénom", "Société", "Antenne", "Date d'adhésion"],
                                            ["Moreau", "Claire", company, "Casablanca", "01/02/2024"]])
    result = imports.apply_import(db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert result.created == 1
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(Member.number).where(Member.company == company))


def test_company_spellings_match_the_same_member(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    number = _create(demo_db, tmp_path, "Atelier Moreau et Associés")
    rows = [["Nom", "Prénom", "Société", "Ville"]]
    spellings = ["Atelier Moreau & Associés", "ATELIER MOREAU ET ASSOCIES SARL", "Atelier Moreau et Associés, S.A.",
                 "Atelier  Moreau & Associés SARL AU"]
    rows += [["Moreau", "Claire", spelling, "Rabat"] for spelling in spellings]
    plan = dry(demo_db, write_csv(tmp_path / "m.csv", rows))
    assert plan.rows[0].result is RowClass.UPDATE and plan.rows[0].number == number
    assert all(row.result is RowClass.DUPLICATE for row in plan.rows[1:])  # the same member again
    assert not plan.warnings


def test_a_namesake_in_another_company_is_new_with_a_warning(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    number = _create(demo_db, tmp_path, "Atelier Moreau et Associés")
    path = write_csv(tmp_path / "m.csv", [["Nom", "Prénom", "Société", "Antenne", "Date d'adhésion"],
                                          ["MOREAU", "Claire", "Garage du Centre", "Rabat", "01/03/2024"]])
    plan = dry(demo_db, path)
    row = plan.rows[0]
    assert row.result is RowClass.NEW and row.warning
    assert "Atelier Moreau et Associés" in row.reason and str(number) in row.reason
    assert plan.warnings == (row,) and not plan.rejected
    result = imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert result.created == 1  # a warning is not a refusal


def test_sector_and_chapter_names_match_without_punctuation(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "m.csv", [["Nom", "Prénom", "Société", "Secteur", "Antenne", "Date d'adhésion"],
                                          ["Idrissi", "Nora", "Nora Design", "Agro-alimentaire", "fes.",
                                           "01/02/2024"],
                                          ["Alami", "Sami", "Sami Conseil", " agro alimentaire ", "FÈS",
                                           "01/02/2024"]])
    plan = dry(demo_db, path)
    assert plan.unknown_sectors == () and plan.unknown_chapters == ()
    assert [row.result for row in plan.rows] == [RowClass.NEW, RowClass.NEW]
    imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    with demo_db.unit_of_work() as uow:
        nora = uow.session.scalar(select(Member).where(Member.last_name == "Idrissi", Member.first_name == "Nora"))
        assert nora.sector.name == "Agroalimentaire" and nora.chapter.name == "Fès"


def test_the_command_line_shows_the_namesake_warning(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from app.cli import main

    someone = list_members(demo_db.unit_of_work())[3]
    path = write_csv(tmp_path / "m.csv", [["Nom", "Prénom", "Société", "Antenne", "Date d'adhésion"],
                                          [someone.last_name, someone.first_name, "Autre Société", "Rabat",
                                           "01/02/2024"]])
    assert main(["import", "members", str(path), "--db", demo_db.target, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert someone.company in out.splitlines()[0] and str(someone.number) in out.splitlines()[0]
    assert main(["import", "members", str(path), "--db", demo_db.target, "--dry-run", "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)["rows"][0]
    assert row["result"] == "new" and row["warning"] is True

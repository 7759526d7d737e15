"""Cells as spreadsheets hold them: date titles with a time or as serial numbers, cells merged
down a column, text beginning like a formula, the export's own titles in French or English."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import i18n
from app.cli import main
from app.db.models import Attendance, Meeting, Member
from app.domain.importing import EXCEL_EPOCH, RowClass
from app.services import imports
from app.services.imports import ImportOptions
from app.services.members import list_members

TODAY = date(2026, 11, 22)  # the demo club's today (tests/conftest.py)
HELD_1, HELD_2 = date(2026, 11, 3), date(2026, 11, 10)


def xlsx(path: Path, rows: list[list], merges: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def test_grid_titles_with_a_time_or_as_serial_numbers_are_meeting_dates(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    members = [m for m in list_members(demo_db.unit_of_work())
               if m.chapter == "Casablanca" and m.status.value == "active" and m.join_date < date(2026, 1, 1)][:2]
    serial = (HELD_2 - EXCEL_EPOCH).days
    path = xlsx(tmp_path / "grille.xlsx", [
        ["N°", "Nom", datetime(2026, 11, 3, 19, 0), serial],
        *[[m.number, m.last_name, "P", "A"] for m in members],
    ])
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert [c.field for c in plan.columns] == ["number", "last_name", "meeting", "meeting"]
    assert [c.day for c in plan.columns[2:]] == [HELD_1, HELD_2]
    assert plan.columns[3].header == "10/11/2026"  # the serial number shown as the date it is
    assert not plan.rejected and plan.marks > 0
    imports.apply_import(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    with demo_db.unit_of_work() as uow:
        status = uow.session.scalar(
            select(Attendance.status).join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Member, Member.id == Attendance.member_id)
            .where(Meeting.date == HELD_2, Member.number == members[0].number))
    assert status == "absent"


def test_a_csv_grid_title_with_a_time_is_a_date(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    member = next(m for m in list_members(demo_db.unit_of_work())
                  if m.chapter == "Casablanca" and m.status.value == "active" and m.join_date < date(2026, 1, 1))
    path = tmp_path / "grille.csv"
    path.write_text(f"N°;Nom;10/11/2026 19:00\n{member.number};{member.last_name};P\n", encoding="utf-8")
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert plan.columns[2].field == "meeting" and plan.columns[2].day == HELD_2 and not plan.rejected


def test_cells_merged_down_a_column_belong_to_every_row(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(tmp_path / "membres.xlsx", [
        ["Liste des membres", None, None, None, None],
        ["Nom", "Prénom", "Société", "Date d'adhésion", "Antenne"],
        ["Alaoui", "Karim", "Atlas Conseil", date(2021, 3, 15), "Rabat"],
        ["Idrissi", "Nora", "Nora Design", date(2022, 1, 3), None],
        ["Tazi", "Omar", "Tazi Frères", date(2023, 5, 2), None],
        ["Zerouali", "Aya", "Aya Studio", date(2023, 5, 2), "Fès"],
    ], merges=("A1:E1", "E3:E5"))  # a title merged across is left alone
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    assert plan.header_row == 2
    assert [row.result for row in plan.rows] == [RowClass.NEW] * 4
    imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    with demo_db.unit_of_work() as uow:
        chapters = dict(uow.session.execute(
            select(Member.last_name, Member.chapter_id).where(Member.last_name.in_(["Alaoui", "Idrissi", "Tazi",
                                                                                    "Zerouali"]))
            .where(Member.first_name.in_(["Karim", "Nora", "Omar", "Aya"]))).all())
        from app.db.models import Chapter

        names = dict(uow.session.execute(select(Chapter.id, Chapter.name)).all())
    assert {name: names[cid] for name, cid in chapters.items()} == {
        "Alaoui": "Rabat", "Idrissi": "Rabat", "Tazi": "Rabat", "Zerouali": "Fès"}


def test_xlsx_export_shows_text_beginning_like_a_formula_as_it_is(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from app.cli.export import write_table

    texts = ["+33 1 23 45 67 89", "-gérant", "@atlas", "=1+1"]
    write_table(tmp_path / "t.xlsx", ["=titre"], [[text] for text in texts])
    sheet = load_workbook(tmp_path / "t.xlsx").active
    cells = [row[0] for row in sheet.iter_rows()]
    assert [(c.value, c.data_type) for c in cells] == [("=titre", "s"), *((text, "s") for text in texts)]
    write_table(tmp_path / "t.csv", ["h"], [[text] for text in texts])
    lines = (tmp_path / "t.csv").read_text("utf-8-sig").splitlines()[1:]
    assert [line.strip('"') for line in lines] == ["'" + text for text in texts]  # CSV: never run


# The export's titles as the French catalogue gives them (added to it while it is being translated).
FRENCH = {
    ("Import", "Member number"): "N° de membre", ("Import", "Civility"): "Civilité",
    ("Import", "Last name"): "Nom", ("Import", "First name"): "Prénom",
    ("Import", "Name in Arabic"): "Nom en arabe", ("Import", "Company"): "Société",
    ("Import", "Position"): "Fonction", ("Import", "Sector"): "Secteur",
    ("Import", "Company size"): "Taille de l'entreprise", ("Import", "ICE"): "ICE", ("Import", "City"): "Ville",
    ("Import", "Chapter"): "Antenne", ("Import", "Mobile"): "GSM", ("Import", "Office phone"): "Tél. bureau",
    ("Import", "E-mail"): "E-mail", ("Import", "Address"): "Adresse", ("Import", "Join date"): "Date d'adhésion",
    ("Import", "Role in the club"): "Rôle dans le club",
    ("Import", "Consent to data processing"): "Consentement au traitement des données",
    ("Import", "Consent to appear in the directory"): "Consentement à figurer dans l’annuaire",
    ("Import", "Notes"): "Notes", ("Import", "Status"): "Statut", ("Enums", "Active"): "Actif",
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_export_imports_back_unchanged_in_either_language(demo_db, tmp_path, monkeypatch, language: str,
                                                              suffix: str) -> None:  # type: ignore[no-untyped-def]
    from app.services import members as members_service
    from app.services.members import MemberInput

    catalogue = {**FRENCH, **i18n._catalogue("fr")}
    monkeypatch.setattr(i18n, "_catalogue", lambda _language: catalogue)
    monkeypatch.setattr(i18n, "_language", language)
    row = list_members(demo_db.unit_of_work())[0]
    details = members_service.get_member(demo_db.unit_of_work(), row.id)
    data = MemberInput(**{**details.data.__dict__, "position": "+ de 20 ans de métier", "notes": "-",
                          "company": "@Atlas & Fils"})
    members_service.update_member(demo_db.unit_of_work(), row.id, data, today=TODAY)
    before = list_members(demo_db.unit_of_work())
    out = tmp_path / f"membres{suffix}"
    assert main(["export", "members", "--db", demo_db.target, "--out", str(out)]) == 0
    rows = imports.read_sheet(out).rows
    titles = (i18n.translate("Import", "Member number", "fr"), i18n.translate("Enums", "Active", "fr"))
    assert (rows[0][1][0] == titles[0] and titles[1] in {cell for _, cells in rows for cell in cells}) == (
        language == "fr")
    plan = imports.dry_run(demo_db.unit_of_work(), "members", out, ImportOptions(today=TODAY))
    assert plan.mapping[:len(imports.EXPORT_FIELDS)] == imports.EXPORT_FIELDS
    assert plan.counts[RowClass.UNCHANGED] == len(before), [r for r in plan.rows if r.result is not RowClass.UNCHANGED]
    imports.apply_import(demo_db.unit_of_work(), "members", out, ImportOptions(today=TODAY))
    assert list_members(demo_db.unit_of_work()) == before

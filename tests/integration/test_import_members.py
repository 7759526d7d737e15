"""Importing members from files made the way people make them, and exporting them back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.models import Member, MemberAudit, Sector
from app.domain.errors import CercleError
from app.domain.importing import RowClass
from app.services import imports
from app.services.imports import ImportOptions
from app.services.members import list_members

DEMO_TODAY = date(2026, 11, 22)  # the demo club's today (tests/conftest.py)

HEADER = ["N°", "Nom", "Prénom", "Raison sociale", "GSM", "E-mail", "Secteur", "Antenne", "Date d'adhésion", "Tél."]
ROWS = [
    ["", "Alaoui", "Karim", "Atlas Conseil", "06 61 23 45 67", "karim@atlas.ma", "Conseil en stratégie",
     "Casablanca", "15/03/2021", "0522-123456"],
    ["", "Bennani", "Salma", "Bennani & Fils", "+212 662 234 567", "salma@bf.ma", "Nouvelles énergies", "Rabat",
     "01/09/2022", ""],
    ["", "Bennani", "Salma", "Bennani & Fils", "0662234567", "", "", "Rabat", "01/09/2022", ""],
    ["", "Tazi", "Omar", "Tazi SARL", "0663", "omar@tazi.ma", "", "Casablanca", "31/02/2020", ""],
    ["", "Ziani", "Hind", "", "00212 664 11 22 33", "", "", "Casablanca", "02/02/2020", ""],
    ["", "Fassi", "Leïla", "Fès Déco", "0665-112233", "", "", "Ifrane", "03/03/2023", ""],
]


def french_excel_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    """A CSV as French Excel saves it: Windows-1252, ';', a title above the header, empty rows below."""
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Liste des membres – Club des dirigeants"])
        writer.writerow([])
        writer.writerow(header)
        writer.writerows(rows)
        writer.writerows([[""] * len(header)] * 3)
    return path


def count_members(db) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Member))


def member(db, email: str | None = None, number: int | None = None) -> Member:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        query = select(Member).where(Member.email == email) if email else select(Member).where(Member.number == number)
        found = uow.session.scalar(query)
        uow.session.expunge_all()
        return found


def test_dry_run_classifies_every_row_and_writes_nothing(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = french_excel_csv(tmp_path / "membres.csv", ROWS)
    before = count_members(demo_db)
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert count_members(demo_db) == before
    assert plan.header_row == 3
    results = {row.row: row for row in plan.rows}
    assert [results[n].result for n in (4, 5, 6, 7, 8, 9)] == [
        RowClass.NEW, RowClass.NEW, RowClass.DUPLICATE, RowClass.ERROR, RowClass.ERROR, RowClass.NEW]
    assert "row 5" in results[6].reason or "ligne 5" in results[6].reason  # English or French
    assert results[7].column == "Date d'adhésion" and "31/02/2020" in results[7].reason
    assert results[8].column == "Raison sociale"
    assert plan.unknown_sectors == ("Conseil en stratégie", "Nouvelles énergies")
    assert plan.unknown_chapters == ("Ifrane",)
    assert plan.counts[RowClass.NEW] == 3


def test_apply_writes_the_accepted_rows_in_one_go(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = french_excel_csv(tmp_path / "membres.csv", ROWS)
    before = count_members(demo_db)
    with pytest.raises(CercleError, match="Ifrane"):
        imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert count_members(demo_db) == before  # nothing at all, not the first rows

    result = imports.apply_import(demo_db.unit_of_work(), "members", path,
                                  ImportOptions(today=DEMO_TODAY, create_missing=True))
    assert (result.created, result.updated, result.rejected) == (3, 0, 3)
    assert (result.chapters_created, result.sectors_created) == (1, 2)
    assert count_members(demo_db) == before + 3
    karim = member(demo_db, "karim@atlas.ma")
    assert karim.mobile == "+212661234567" and karim.office_phone == "+212522123456"
    assert karim.join_date == date(2021, 3, 15) and karim.number == 1201
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalar(select(Sector.name).where(Sector.id == karim.sector_id)) == "Conseil en stratégie"
        audit = uow.session.scalars(select(MemberAudit).where(MemberAudit.member_id == karim.id)).all()
        assert [line.action for line in audit] == ["import"]


def test_existing_members_are_matched_and_empty_cells_keep_values(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    members = list_members(demo_db.unit_of_work())
    by_number, by_email, by_mobile, by_name = [m for m in members if m.email and m.mobile][:4]
    rows = [
        [str(by_number.number), by_number.last_name, by_number.first_name, "", "", "", "", "", "", "0522 99 88 77"],
        ["", "", "", "", "", by_email.email.upper(), "", "", "", "0522 99 88 76"],
        ["", "", "", "", by_mobile.mobile.replace("+212", "0"), "", "", "", "", "0522 99 88 75"],
        ["", by_name.last_name.upper(), by_name.first_name, by_name.company, "", "", "", "", "", "0522 99 88 74"],
    ]
    path = french_excel_csv(tmp_path / "maj.csv", rows)
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert [(r.result, r.number) for r in plan.rows] == [
        (RowClass.UPDATE, m.number) for m in (by_number, by_email, by_mobile, by_name)]
    imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    updated = member(demo_db, number=by_email.number)
    assert updated.office_phone == "+212522998876"
    assert updated.email == by_email.email  # the same address in capitals is no change
    assert updated.company == by_email.company and updated.mobile == by_email.mobile  # empty cells kept


def test_a_number_that_belongs_to_someone_else_is_refused(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = list_members(demo_db.unit_of_work())[0]
    path = french_excel_csv(tmp_path / "m.csv", [[str(first.number), "Zzyzx", "Quentin", "", "", "", "", "", "", ""]])
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path)
    assert plan.rows[0].result is RowClass.ERROR and first.last_name in plan.rows[0].reason


def test_xlsx_with_header_on_row_3_merged_cells_and_trailing_rows(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Club des dirigeants – membres"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["Nom", "Prénom", "Société", "Tél.", "Date d'adhésion", "Antenne"])
    sheet.append(["Alaoui", "Karim", "Atlas Conseil", 661234567, date(2021, 3, 15), "Casablanca"])
    sheet.append(["Idrissi", "Nora", "Nora Design", "0662-234567", 44197, None])
    sheet.merge_cells("F4:F5")  # one chapter cell for two members: both are in Casablanca
    for _ in range(30):
        sheet.append([None] * 6)
    path = tmp_path / "membres.xlsx"
    workbook.save(path)
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert plan.header_row == 3 and len(plan.rows) == 2
    assert [(row.row, row.result) for row in plan.rows] == [(4, RowClass.NEW), (5, RowClass.NEW)]
    result = imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert result.created == 2
    with demo_db.unit_of_work() as uow:
        karim = uow.session.scalar(select(Member).where(Member.last_name == "Alaoui", Member.first_name == "Karim"))
        assert karim.mobile == "+212661234567" and karim.join_date == date(2021, 3, 15)
        nora = uow.session.scalar(select(Member).where(Member.last_name == "Idrissi", Member.first_name == "Nora"))
        assert nora.chapter.name == "Casablanca"


@pytest.mark.parametrize(("encoding", "separator"), [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ","),
                                                     ("utf-16", "\t")])
def test_encodings_and_separators(demo_db, tmp_path, encoding: str, separator: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.csv"
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        writer.writerow(["Nom", "Prénom", "Société", "Antenne", "Date d'adhésion"])
        writer.writerow(["Chraïbi", "Anaïs", "Société Générale d'Études", "Fès", "01/02/2024"])
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    assert plan.rows[0].result is RowClass.NEW
    assert plan.rows[0].name == "Anaïs Chraïbi (Société Générale d'Études)"


def test_the_mapping_is_remembered(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = french_excel_csv(tmp_path / "m.csv", ROWS[:1], ["Code", "Nom", "Prénom", "Raison sociale", "Perso",
                                                           "E-mail", "Secteur", "Antenne", "Date d'adhésion", "Tél."])
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path)
    assert plan.mapping[4] is None
    mapping = list(plan.mapping)
    mapping[4] = "mobile"
    imports.apply_import(demo_db.unit_of_work(), "members", path,
                         ImportOptions(mapping=tuple(mapping), create_missing=True, today=DEMO_TODAY))
    again = imports.dry_run(demo_db.unit_of_work(), "members", path)
    assert again.mapping[4] == "mobile"
    assert again.rows[0].result is RowClass.UNCHANGED


def test_rejected_rows_report(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = french_excel_csv(tmp_path / "m.csv", ROWS)
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=DEMO_TODAY))
    out = tmp_path / "rejets.csv"
    assert imports.save_rejected(plan, out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [line[0] for line in lines[1:]] == ["6", "7", "8"]
    assert lines[2][2] == "Date d'adhésion" and lines[2][4:7] == ["", "Tazi", "Omar"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_export_then_import_changes_nothing(demo_db, tmp_path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    from app.services import members as members_service
    from app.services.members import MemberInput

    # Cells a spreadsheet would run as formulas, Arabic, line breaks: all must come back as they were.
    row = list_members(demo_db.unit_of_work())[0]
    details = members_service.get_member(demo_db.unit_of_work(), row.id)
    data = MemberInput(**{**details.data.__dict__, "company": "=HYPERLINK(\"x\")", "notes": "ligne 1\nligne 2",
                          "position": "-gérant", "arabic_name": "كريم"})
    members_service.update_member(demo_db.unit_of_work(), row.id, data, today=DEMO_TODAY)
    before = list_members(demo_db.unit_of_work())
    out = tmp_path / f"membres{suffix}"
    assert main(["export", "members", "--db", demo_db.target, "--out", str(out)]) == 0
    if suffix == ".csv":
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert "'=HYPERLINK" in raw.decode("utf-8-sig")
    plan = imports.dry_run(demo_db.unit_of_work(), "members", out, ImportOptions(today=DEMO_TODAY))
    assert plan.counts[RowClass.UNCHANGED] == len(before), [r for r in plan.rows if r.result is not RowClass.UNCHANGED]
    result = imports.apply_import(demo_db.unit_of_work(), "members", out, ImportOptions(today=DEMO_TODAY))
    assert (result.created, result.updated) == (0, 0)
    assert list_members(demo_db.unit_of_work()) == before


def test_an_edited_export_imports_as_updates(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "membres.csv"
    assert main(["export", "members", "--db", demo_db.target, "--out", str(out)]) == 0
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    number, city_column = lines[1][0], imports.EXPORT_FIELDS.index("city")
    lines[1][city_column] = "Kénitra"
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(lines)
    result = imports.apply_import(demo_db.unit_of_work(), "members", out, ImportOptions(today=DEMO_TODAY))
    assert (result.created, result.updated) == (0, 1)
    assert member(demo_db, number=int(number)).city == "Kénitra"


def test_cli_dry_run_json_and_errors(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    path = french_excel_csv(tmp_path / "membres.csv", ROWS)
    db = demo_db.target
    assert main(["import", "members", str(path), "--db", db, "--dry-run", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["new"] == 3 and report["dry_run"] is True
    assert {"row": 7, "result": "error"}.items() <= report["rows"][3].items()
    assert main(["import", "members", str(path), "--db", db]) == 1  # unknown chapter and sectors
    assert "Ifrane" in capsys.readouterr().err
    rejected = tmp_path / "rejets.csv"
    assert main(["import", "members", str(path), "--db", db, "--create-missing", "--rejected", str(rejected)]) == 0
    assert rejected.exists()
    assert main(["import", "members", str(tmp_path / "absent.xlsx"), "--db", db]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "absent.xlsx" in err
    (tmp_path / "faux.xlsx").write_bytes(b"PK\x03\x04 not really")
    assert main(["import", "members", str(tmp_path / "faux.xlsx"), "--db", db]) == 1
    assert main(["import", "members", str(tmp_path / "x.doc"), "--db", db]) == 1


def test_a_rejected_rows_file_that_cannot_be_written_stops_the_import_before_it_writes(
        demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.services.members import list_members

    path = french_excel_csv(tmp_path / "membres.csv", ROWS)
    before = len(list_members(demo_db.unit_of_work()))
    nowhere = tmp_path / "absent" / "rejets.csv"
    assert main(["import", "members", str(path), "--db", demo_db.target, "--create-missing",
                 "--rejected", str(nowhere)]) == 1
    assert capsys.readouterr().err.strip() == f"Impossible d'écrire {nowhere} : le dossier n'existe pas"
    assert len(list_members(demo_db.unit_of_work())) == before  # nothing saved, then reported as failed


def test_consents_come_only_from_a_consent_column(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Law 09-08: a member imported without a consent column has no consent, so is not printed
    # in the directory; the column's oui, non and dates are read as the consent and its day.
    header = ["Nom", "Prénom", "Société", "E-mail", "Antenne", "Date d'adhésion", "Consentement",
              "Consentement annuaire"]
    rows = [
        ["Alaoui", "Karim", "Atlas Conseil", "karim@atlas.ma", "Casablanca", "15/03/2021", "oui", "12/04/2021"],
        ["Bennani", "Salma", "Bennani & Fils", "salma@bf.ma", "Rabat", "01/09/2022", "02/09/2022", "non"],
        ["Tazi", "Omar", "Tazi SARL", "omar@tazi.ma", "Casablanca", "05/05/2020", "", ""],
        ["Fassi", "Leïla", "Fès Déco", "leila@fesdeco.ma", "Casablanca", "03/03/2023", "oui", "peut-être"],
    ]
    options = ImportOptions(today=DEMO_TODAY)
    plan = imports.dry_run(demo_db.unit_of_work(), "members", french_excel_csv(tmp_path / "c.csv", rows, header),
                           options)
    assert [c.field for c in plan.columns][-2:] == ["consent_processing_on", "consent_directory_on"]
    refused = {row.row: row for row in plan.rows}[7]
    assert refused.result is RowClass.ERROR and refused.column == "Consentement annuaire"
    imports.apply_import(demo_db.unit_of_work(), "members", french_excel_csv(tmp_path / "c.csv", rows[:3], header),
                         options)
    consents = {email: (found.consent_processing_on, found.consent_directory_on)
                for email in ("karim@atlas.ma", "salma@bf.ma", "omar@tazi.ma") if (found := member(demo_db, email))}
    assert consents == {"karim@atlas.ma": (DEMO_TODAY, date(2021, 4, 12)),
                        "salma@bf.ma": (date(2022, 9, 2), None), "omar@tazi.ma": (None, None)}
    listed = {row.email: row.in_directory for row in list_members(demo_db.unit_of_work())}
    assert (listed["karim@atlas.ma"], listed["salma@bf.ma"], listed["omar@tazi.ma"]) == (True, False, False)

    # Without a consent column, nobody gets one; a "non" withdraws a recorded consent, a blank keeps it.
    without = french_excel_csv(tmp_path / "sans.csv", [["Idrissi", "Nadia", "Idrissi Conseil", "nadia@ic.ma",
                                                        "Casablanca", "01/01/2024"]], header[:6])
    imports.apply_import(demo_db.unit_of_work(), "members", without, options)
    nadia = member(demo_db, "nadia@ic.ma")
    assert (nadia.consent_processing_on, nadia.consent_directory_on) == (None, None)
    again = [["Alaoui", "Karim", "Atlas Conseil", "karim@atlas.ma", "Casablanca", "15/03/2021", "", "non"]]
    imports.apply_import(demo_db.unit_of_work(), "members", french_excel_csv(tmp_path / "r.csv", again, header),
                         options)
    karim = member(demo_db, "karim@atlas.ma")
    assert (karim.consent_processing_on, karim.consent_directory_on) == (DEMO_TODAY, None)


def test_the_export_writes_the_consents_and_imports_them_back(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header, rows = imports.members_for_export(demo_db.unit_of_work())
    assert "In the directory" not in header and "Dans l'annuaire" not in header
    consent = next(i for i, title in enumerate(header) if title in (
        "Consent to appear in the directory", "Consentement à figurer dans l’annuaire"))
    with demo_db.unit_of_work() as uow:
        recorded = dict(uow.session.execute(select(Member.number, Member.consent_directory_on)).all())
    assert {row[0]: row[consent] for row in rows} == recorded

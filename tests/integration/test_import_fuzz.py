"""The importer never crashes and never imports half a file, whatever it is given."""

from __future__ import annotations

import csv
import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.models import Attendance, Chapter, Meeting, Member, Sector
from app.domain.errors import CercleError
from app.services import imports
from app.services.imports import ImportOptions

TODAY = date(2026, 11, 22)
FUZZ = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def totals(db) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(model))
                     for model in (Member, Attendance, Meeting, Chapter, Sector))


def try_import(db, kind: str, path, options: ImportOptions) -> None:  # type: ignore[no-untyped-def]
    """Dry run then import: only CercleError may come out, and the database holds all or nothing."""
    before = totals(db)
    try:
        imports.dry_run(db.unit_of_work(), kind, path, options)
    except CercleError:
        pass
    assert totals(db) == before
    try:
        result = imports.apply_import(db.unit_of_work(), kind, path, options)
    except CercleError:
        assert totals(db) == before
        return
    after = totals(db)
    assert after[0] == before[0] + result.created
    assert after[2] == before[2] + result.meetings_created
    assert after[3] == before[3] + result.chapters_created and after[4] == before[4] + result.sectors_created


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx"]),
       kind=st.sampled_from(["members", "attendance"]))
def test_random_bytes(demo_db, tmp_path, data: bytes, suffix: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try_import(demo_db, kind, path, ImportOptions(today=TODAY, create_missing=True))


HEADERS = ["N°", "Nom", "Prénom", "Société", "GSM", "Tél.", "E-mail", "Secteur", "Antenne", "Date d'adhésion",
           "Civilité", "Taille", "ICE", "Nom en arabe", "Notes", "Annuaire", "25/11/2026", "03/11/2026", "Autre"]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
CELL = st.one_of(
    TEXT, st.sampled_from(["P", "A", "E", "x", "Présent", "Casablanca", "Rabat", "06 61 23 45 67", "15/03/2021",
                           "=1+1", "@cmd", "Oui", "Mme", "PME", "1003", "محمد", "<b>&"]),
    st.integers(min_value=-10**12, max_value=10**12), st.floats(allow_nan=True), st.none(),
)


@FUZZ
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=10),
       rows=st.lists(st.lists(CELL, max_size=12), max_size=15),
       kind=st.sampled_from(["members", "attendance"]), create=st.booleans())
def test_random_cells(demo_db, tmp_path, header, rows, kind: str, create: bool) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cells.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows([["" if cell is None else cell for cell in row] for row in rows])
    try_import(demo_db, kind, path, ImportOptions(today=TODAY, create_missing=create))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.integers(min_value=-10**9, max_value=10**9), st.none(), st.dates(min_value=date(1900, 1, 1))), max_size=8),
    min_size=1, max_size=10))
def test_random_xlsx_cells(demo_db, tmp_path, rows) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom", "Société", "Antenne", "Date d'adhésion", "GSM", "03/11/2026"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "cells.xlsx"
    workbook.save(path)
    try_import(demo_db, "members", path, ImportOptions(today=TODAY, create_missing=True))


def big_file(path, count: int) -> None:  # type: ignore[no-untyped-def]
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom", "Prénom", "Société", "GSM", "E-mail", "Secteur", "Antenne", "Date d'adhésion"])
        for i in range(count):
            writer.writerow([f"Nom{i}", f"Prénom{i}", f"Société {i}", f"06{i:08d}", f"p{i}@societe{i}.ma",
                             f"Secteur {i % 40}", ["Casablanca", "Rabat", "Tanger"][i % 3], "01/02/2020"])
        writer.writerow(["Nom1", "Prénom1", "Société 1", "", "", "", "Rabat", "01/02/2020"])  # a duplicate
        writer.writerow(["Nom", "", "", "", "", "", "", "99/99/2020"])  # an error


def test_a_large_file_is_imported_quickly_and_whole(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gros.csv"
    big_file(path, 3000)
    before = totals(demo_db)
    started = time.perf_counter()
    result = imports.apply_import(demo_db.unit_of_work(), "members", path,
                                  ImportOptions(today=TODAY, create_missing=True))
    assert time.perf_counter() - started < 20
    assert (result.created, result.rejected, result.sectors_created) == (3000, 2, 40)
    assert totals(demo_db)[0] == before[0] + 3000

"""Reading hand-made spreadsheets: header row, column mapping and cell values."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.attendance import AttendanceStatus
from app.domain.enums import Civility, ClubRole, CompanySize
from app.domain.errors import CercleError, ValidationError
from app.domain.importing import (
    ImportKind,
    auto_mapping,
    cell_text,
    cells_pass_check,
    check_cell,
    column_letter,
    find_header_row,
    header_date,
    mapping_to_remember,
    parse_choice_cell,
    parse_consent_cell,
    parse_date_cell,
    parse_number_cell,
    parse_phone_cell,
    parse_status_cell,
)

FRENCH_HEADERS = ["N°", "Nom", "Prénom", "Raison sociale", "GSM", "Tél.", "E-mail", "Secteur d'activité",
                  "Antenne", "Date d'adhésion", "Remarques"]


def test_french_headers_are_mapped() -> None:
    assert auto_mapping(FRENCH_HEADERS, ImportKind.MEMBERS) == [
        "number", "last_name", "first_name", "company", "mobile", "office_phone", "email", "sector",
        "chapter", "join_date", "notes"]


def test_english_headers_and_unknown_columns() -> None:
    headers = ["Last name", "First name", "Company", "Mobile", "Email", "Chapter", "Join date", "Shoe size"]
    assert auto_mapping(headers, ImportKind.MEMBERS) == [
        "last_name", "first_name", "company", "mobile", "email", "chapter", "join_date", None]


def test_a_lone_phone_column_is_the_mobile_and_each_field_is_taken_once() -> None:
    assert auto_mapping(["Nom", "Prénom", "Société", "Téléphone"], ImportKind.MEMBERS)[3] == "mobile"
    assert auto_mapping(["Nom", "NOM", "Société"], ImportKind.MEMBERS) == ["last_name", None, "company"]


def test_remembered_choices_win_over_the_built_in_spellings() -> None:
    headers = ["Nom", "Prénom", "Entreprise", "Portable perso", "Antenne"]
    remembered = mapping_to_remember(headers, ["last_name", "first_name", "company", "mobile", None])
    assert auto_mapping(headers, ImportKind.MEMBERS, remembered) == [
        "last_name", "first_name", "company", "mobile", None]


def test_header_row_is_found_below_a_title() -> None:
    rows = [["Club des dirigeants – liste 2026"], ["Mise à jour le 01/11/2026"], [], FRENCH_HEADERS,
            ["1001", "Alaoui", "Karim"]]
    assert find_header_row(rows, ImportKind.MEMBERS) == 3


def test_no_header_row_is_a_clear_error() -> None:
    with pytest.raises(CercleError, match="header row"):
        find_header_row([["a", "b"], [1, 2]], ImportKind.MEMBERS)
    with pytest.raises(CercleError):
        find_header_row([], ImportKind.MEMBERS)


def test_attendance_header_has_dates() -> None:
    rows = [["Présences antenne Rabat"], ["N°", "Nom et prénom", datetime(2026, 10, 6), "13/10/2026", "Total"]]
    assert find_header_row(rows, ImportKind.ATTENDANCE) == 1
    assert auto_mapping(rows[1], ImportKind.ATTENDANCE) == ["number", "full_name", "meeting", "meeting", None]


@pytest.mark.parametrize("written", [
    "06 61 23 45 67", "0661-234567", "0661234567", "+212 661 234 567", "00212661234567", "+212 (0)6 61 23 45 67",
    "06.61.23.45.67", 661234567, 661234567.0, 212661234567,
])
def test_phones_in_every_moroccan_writing(written: object) -> None:
    assert parse_phone_cell(written) == "+212661234567"


def test_bad_phone_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone_cell("0663", "office_phone")
    assert caught.value.field == "office_phone"
    assert parse_phone_cell("  ") is None


@pytest.mark.parametrize(("cell", "expected"), [
    ("05/03/2024", date(2024, 3, 5)), ("5/3/2024", date(2024, 3, 5)), ("2024-03-05", date(2024, 3, 5)),
    (datetime(2024, 3, 5), date(2024, 3, 5)), (date(2024, 3, 5), date(2024, 3, 5)), (45356, date(2024, 3, 5)),
    ("05/03/2024 00:00", date(2024, 3, 5)), (None, None), ("", None),
])
def test_dates_as_french_excel_writes_them(cell: object, expected: date | None) -> None:
    assert parse_date_cell(cell) == expected


@pytest.mark.parametrize("cell", ["31/02/2024", "mars 2024", "2024", -5, "12/13/2024"])
def test_bad_dates_are_validation_errors(cell: object) -> None:
    with pytest.raises(ValidationError):
        parse_date_cell(cell, "join_date")


def test_header_dates_are_not_member_numbers() -> None:
    assert header_date(1042) is None
    assert header_date("Total") is None
    assert header_date(46301) == date(2026, 10, 6)


@pytest.mark.parametrize(("cell", "status"), [
    ("P", AttendanceStatus.PRESENT), ("p", AttendanceStatus.PRESENT), ("x", AttendanceStatus.PRESENT),
    ("X", AttendanceStatus.PRESENT), ("Présent", AttendanceStatus.PRESENT), ("PRESENTE", AttendanceStatus.PRESENT),
    ("A", AttendanceStatus.ABSENT), ("Absent", AttendanceStatus.ABSENT), ("E", AttendanceStatus.EXCUSED),
    ("Excusé", AttendanceStatus.EXCUSED), ("excuse", AttendanceStatus.EXCUSED), ("R", AttendanceStatus.LATE),
    ("Retard", AttendanceStatus.LATE), ("S", AttendanceStatus.SUBSTITUTED), ("Remplacé", AttendanceStatus.SUBSTITUTED),
    (1, AttendanceStatus.PRESENT), ("", None), (None, None), ("  ", None),
])
def test_status_cells(cell: object, status: AttendanceStatus | None) -> None:
    assert parse_status_cell(cell) == status


def test_unknown_status_quotes_the_cell() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_status_cell("?")
    assert "“?”" in caught.value.text("en")


@pytest.mark.parametrize(("cell", "number"), [
    (1042, 1042), (1042.0, 1042), ("1042", 1042), ("N°1042", 1042), ("M-1042", 1042), (" 01042 ", 1042), ("", None),
])
def test_member_numbers(cell: object, number: int | None) -> None:
    assert parse_number_cell(cell) == number


@pytest.mark.parametrize("cell", ["abc", "10.5", 10.5, "0", "1042 1043"])
def test_bad_member_numbers(cell: object) -> None:
    with pytest.raises(ValidationError):
        parse_number_cell(cell)


def test_choices_in_french_and_english() -> None:
    assert parse_choice_cell("Mme", "civility") is Civility.MRS
    assert parse_choice_cell("M.", "civility") is Civility.MR
    assert parse_choice_cell("Grande entreprise", "company_size") is CompanySize.LARGE
    assert parse_choice_cell("SME (PME)", "company_size") is CompanySize.PME
    assert parse_choice_cell("Vice-présidente", "club_role") is ClubRole.VICE_PRESIDENT
    assert parse_choice_cell("", "club_role") is None
    with pytest.raises(ValidationError):
        parse_choice_cell("Dr", "civility")


def test_a_consent_cell_is_a_date_oui_for_the_day_it_is_recorded_or_non() -> None:
    today = date(2026, 12, 7)
    read = partial(parse_consent_cell, field="consent_directory_on", today=today)
    assert read("Oui") == read("x") == read(1) == read(True) == today
    assert read("non") is read("N") is read(0) is None
    assert read("12/03/2025") == read(date(2025, 3, 12)) == read(datetime(2025, 3, 12, 9, 0)) == date(2025, 3, 12)
    assert read("2025-03-12") == date(2025, 3, 12)
    for wrong in ("peut-être", "31/02/2025", "plus tard"):
        with pytest.raises(ValidationError) as refused:
            read(wrong)
        assert refused.value.field == "consent_directory_on"


def test_cell_text_undoes_the_export_formula_guard() -> None:
    assert cell_text("'=SUM(A1)") == "=SUM(A1)"
    assert cell_text("'+33 1 42") == "+33 1 42"
    assert cell_text("l'Oréal") == "l'Oréal"
    assert cell_text(1042.0) == "1042"
    assert cell_text(float("nan")) == ""
    assert cell_text(datetime(2026, 11, 22)) == "22/11/2026"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


@given(st.one_of(st.text(max_size=60), st.integers(), st.floats(), st.none(), st.booleans(),
                 st.datetimes(min_value=datetime(1900, 1, 1))))
def test_cell_parsers_only_raise_validation_errors(value: object) -> None:
    for parse in (parse_date_cell, parse_phone_cell, parse_number_cell, parse_status_cell):
        try:
            parse(value)
        except ValidationError:
            pass
    for field in ("civility", "company_size", "club_role"):
        try:
            parse_choice_cell(value, field)
        except ValidationError:
            pass
    cell_text(value)
    header_date(value)


@pytest.mark.parametrize("cells", [
    ("Fassi", "Leïla", None, 1042, "06 61 23 45 67"), ("Notes\nsur deux lignes\tet un tab\r",), (),
    ("Fassi", "Le\x07ïla"), ("Caf\ufffd",), (None, "a\x1bb"), ("\x7f",), ("\ud800",), (3.5, "\x00"),
])
def test_a_row_passes_the_check_in_one_search_exactly_when_each_cell_does(cells: tuple) -> None:
    def passes(cell: object) -> bool:
        try:
            check_cell(cell, "notes")
        except ValidationError:
            return False
        return True

    assert cells_pass_check(cells) is all(passes(cell) for cell in cells)

"""``cercle export referrals``: CSV and XLSX files read back."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from app.cli import main
from app.cli.export import write_table
from app.domain.cells import neutralise
from app.i18n import set_language
from app.services import business, referrals
from app.services.business import ClosedBusinessInput
from app.services.referrals import ReferralInput

from .business_club import TODAY, Club, make_club


@pytest.fixture(autouse=True)
def french_afterwards():  # type: ignore[no-untyped-def]
    yield
    set_language("fr")  # --lang changes the process-wide language


@pytest.fixture
def club(tmp_path) -> Club:  # type: ignore[no-untyped-def]
    club = make_club(str(tmp_path / "t.db"))
    first = referrals.record_referral(club.uow(), ReferralInput(
        day=date(2026, 5, 1), giver_id=club.alice, receiver_member_id=club.bruno), today=TODAY)
    referrals.record_referral(club.uow(), ReferralInput(
        day=date(2026, 6, 1), giver_id=club.chama, receiver_contact_id=club.beneficiary), today=TODAY)
    business.record_closed_business(club.uow(), ClosedBusinessInput(
        day=date(2026, 5, 20), receiver_id=club.bruno, amount=Decimal("12500.50"), referral_id=first.id),
        today=TODAY)
    club.db.close()
    return club


def test_export_referrals_csv(club: Club, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "recos.csv"
    assert main(["--lang", "en", "export", "referrals", "--db", str(club.db.path), "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1:] == [["2026-05-01", "1001", "1002", "Won", "12500,50"],
                        ["2026-06-01", "1003", "externe", "Passed", "0,00"]]


def test_export_referrals_xlsx(club: Club, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    out = tmp_path / "recos.xlsx"
    assert main(["export", "referrals", "--db", str(club.db.path), "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet.title == "recos"  # the file's name, not "Sheet"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(values) == 3
    assert values[1][0].date() == date(2026, 5, 1)
    assert values[1][1:3] == [1001, 1002] and values[1][4] == pytest.approx(12500.50)
    assert values[2][2] == "externe"


def test_bad_extension_exits_1(club: Club, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "referrals", "--db", str(club.db.path), "--out", str(tmp_path / "x.pdf")]) == 1
    assert ".csv" in capsys.readouterr().err


def test_unknown_export_is_a_usage_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        main(["export", "nothing", "--out", str(tmp_path / "x.csv")])
    assert caught.value.code == 2


@pytest.mark.parametrize("text", ["=1+1", "+33", "-2", "@SUM(A1)", "\tx"])
def test_formulas_are_neutralised(text: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    assert neutralise(text) == "'" + text
    write_table(tmp_path / "n.csv", ["h"], [[text]])
    assert (tmp_path / "n.csv").read_text("utf-8-sig").splitlines()[1].startswith(("'", "\"'"))
    write_table(tmp_path / "n.xlsx", ["h"], [[text]])
    cell = load_workbook(tmp_path / "n.xlsx").active["A2"]
    assert cell.data_type == "s" and cell.value == text  # a text cell: shown as typed, never evaluated

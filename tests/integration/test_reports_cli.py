"""``cercle report``: every report from the command line, and one clear line for a wrong parameter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.i18n import translate


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


def test_a_report_is_written_and_its_pages_counted(demo_file: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bilan.pdf"
    assert main(["--db", str(demo_file), "report", "bilan", "--from", "2026-01-01", "--to", "22/11/2026",
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    printed = capsys.readouterr().out.strip()
    assert printed == translate("Reports", "{path}: {pages} pages").format(path=out, pages=2)


def test_a_chapter_is_named_as_people_write_it(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "annuaire.pdf"
    assert main(["--db", str(demo_file), "report", "annuaire", "--chapter", "fes", "--out", str(out)]) == 0
    from pypdf import PdfReader

    assert "Fès" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(("arguments", "message"), [
    (["palmares"], "Unknown report: palmares."),
    (["presence", "--from", "2026-06-01", "--to", "2026-05-01"], "(01/05/2026)"),
    (["presence", "--from", "31/02/2026"], "31/02/2026"),
    (["emargement"], None),
    (["emargement", "--meeting", "999999"], "999999"),
    (["fiche-membre", "--member", "5"], " 5"),
    (["annuaire", "--chapter", "Paris"], "Paris"),
])
def test_a_wrong_parameter_exits_1_with_one_line(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                arguments: list[str], message: str | None) -> None:
    out = tmp_path / "r.pdf"
    assert main(["--db", str(demo_file), "report", *arguments, "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.strip()
    if message and arguments[0] == "palmares":
        assert translate("Reports", "Unknown report: {name}. Choose one of: {names}.").split(":")[0] in error
    elif message:
        assert message in error
    assert not out.exists()


def test_the_output_must_be_a_pdf(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "report", "charte", "--out", str(tmp_path / "charte.docx")]) == 1
    assert "charte.docx" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["bilan", "fiche-membre"])
def test_a_period_ending_later_than_today_reports_the_lights_of_today(demo_file: Path, tmp_path: Path, name: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """"This year's pack" runs to 31 December: its compliance part is evaluated today at the latest."""
    from datetime import date, timedelta

    from pypdf import PdfReader

    from app.formatting import format_date_long

    out = tmp_path / f"{name}.pdf"
    later = (date.today() + timedelta(days=40)).isoformat()
    member = ["--member", "1001"] if name == "fiche-membre" else []
    assert main(["report", name, "--db", str(demo_file), "--to", later, *member, "--out", str(out)]) == 0, \
        capsys.readouterr().err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert format_date_long(date.today()) in " ".join(text.split())


def test_a_dry_run_import_never_creates_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "membres.csv"
    source.write_text("Nom;Prénom;Société;Antenne;Date d'adhésion\nTAZI;Hicham;Studio;Rabat;01/09/2026\n",
                      encoding="utf-8")
    missing = tmp_path / "nouvelle.db"
    assert main(["import", "members", str(source), "--dry-run", "--db", str(missing)]) == 1
    assert "nouvelle.db" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["import", "members", str(source), "--db", str(missing), "--create-missing"]) == 0
    assert "1 membre(s) créé(s)" in capsys.readouterr().out  # a real import may start a new file

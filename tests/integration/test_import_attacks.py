"""Files that must neither garble nor hang an import: mixed encodings, zip bombs, hostile cells."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import CercleError
from app.domain.importing import RowClass
from app.services import imports
from app.services.imports import ImportOptions
from app.services.members import list_members

TODAY = date(2026, 11, 22)  # the demo club's today (tests/conftest.py)
REPO = Path(__file__).resolve().parents[2]
HEADER = "Nom;Prénom;Société;Antenne;Date d'adhésion"


def csv_bytes(*lines: str) -> bytes:
    return "\r\n".join(lines).encode("utf-8")


def test_a_stray_windows_1252_byte_refuses_its_row_and_garbles_no_other(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = csv_bytes(HEADER, "Fassi;Leïla;Fès Déco;Casablanca;03/03/2023",
                     "Tazi;Omar;Café Tazi;Casablanca;04/03/2023", "Chraïbi;Zineb;Atlas Bâtiment;Casablanca;05/03/2023")
    # Row 3's "é" pasted from a Windows-1252 file: one byte that is not UTF-8.
    data = data.replace("Café".encode(), b"Caf\xe9")
    path = tmp_path / "membres.csv"
    path.write_bytes(data)
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    assert plan.headers == ("Nom", "Prénom", "Société", "Antenne", "Date d'adhésion")
    rows = {row.row: row for row in plan.rows}
    assert rows[3].result is RowClass.ERROR and rows[3].column == "Société"
    assert "UTF-8" in rows[3].reason
    assert [rows[2].result, rows[4].result] == [RowClass.NEW, RowClass.NEW]
    imports.apply_import(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    names = {(m.first_name, m.last_name, m.company) for m in list_members(demo_db.unit_of_work())}
    assert ("Leïla", "Fassi", "Fès Déco") in names and ("Zineb", "Chraïbi", "Atlas Bâtiment") in names
    assert not any(last == "Tazi" and first == "Omar" and "Caf" in company for first, last, company in names)


def test_a_file_valid_in_no_encoding_is_refused_with_a_clear_message(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    # Half UTF-8, half Windows-1252: neither reading is right for the whole file.
    data = csv_bytes(HEADER, "Fassi;Leïla;Fès Déco;Casablanca;03/03/2023") + (
        "\r\nTazi;Omar;Café Tazi Frères;Casablanca;04/03/2023\r\nBenjelloun;Hélène;Crèmerie d'Été;Rabat;01/01/2024"
    ).encode("cp1252")
    path = tmp_path / "membres.csv"
    path.write_bytes(data)
    assert main(["--lang", "fr", "import", "members", str(path), "--dry-run", "--db", str(tmp_path / "c.db")]) == 1
    error = capsys.readouterr().err
    assert "membres.csv" in error and "UTF-8" in error and "encodage" in error


def test_windows_1252_files_still_read_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "membres.csv"
    path.write_bytes(f"{HEADER}\r\nFassi;Leïla;Fès Déco;Casablanca;03/03/2023".encode("cp1252"))
    sheet = imports.read_sheet(path)
    assert sheet.rows[1][1][:3] == ("Fassi", "Leïla", "Fès Déco")


def _workbook(path: Path, comment: bool = False) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom", "Société"])
    sheet.append(["Alaoui", "Karim", "Atlas Conseil"])
    if comment:
        sheet["A1"].comment = Comment("à vérifier", "Secrétariat")
    workbook.save(path)
    return path


def _rewrite_part(source: Path, target: Path, suffix: str, change) -> Path:  # type: ignore[no-untyped-def]
    """``source`` with the part whose name ends in ``suffix`` written by ``change(xml)`` chunk by
    chunk (never whole in memory: a child process would start with it), deflated at the highest level."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if not info.filename.endswith(suffix):
                out.writestr(info.filename, data)
                continue
            with out.open(info.filename, "w", force_zip64=True) as part:
                for chunk in change(data):
                    part.write(chunk)
    return target


def _repeated(piece: bytes, times: int) -> Iterator[bytes]:
    block = 100_000
    for start in range(0, times, block):
        yield piece * min(block, times - start)


def _run_cli(path: Path, tmp_path: Path) -> tuple[int, str, float, float]:
    """``cercle import members PATH --dry-run`` in its own process: exit code, stderr, seconds, peak MB."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    err = tmp_path / "stderr.txt"
    start = time.monotonic()
    with err.open("wb") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--lang", "fr", "import", "members", str(path), "--dry-run",
             "--db", str(tmp_path / "club.db")], stdout=subprocess.DEVNULL, stderr=handle, env=env)
    peak_kb = 0  # the child's own high-water mark after exec (its ru_maxrss keeps the forked parent's)
    while True:
        try:
            status_text = Path(f"/proc/{process.pid}/status").read_text()
            peak_kb = max(peak_kb, int(status_text.split("VmHWM:", 1)[1].split()[0]))
        except (OSError, IndexError, ValueError):
            pass
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > 90:
            process.kill()
            os.wait4(process.pid, 0)
            pytest.fail("the import was still reading the file after 90 s")
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, err.read_text(), time.monotonic() - start, peak_kb / 1024


def test_a_100_kb_workbook_with_a_100_mb_comment_is_refused_in_seconds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def huge_comment(xml: bytes) -> Iterator[bytes]:
        before, after = xml.split("à vérifier".encode())
        yield before
        yield from _repeated(b"A", 100_000_000)
        yield after

    path = _rewrite_part(_workbook(tmp_path / "plain.xlsx", comment=True), tmp_path / "commentaire.xlsx",
                         "comment1.xml", huge_comment)
    assert path.stat().st_size < 200_000
    code, error, seconds, peak = _run_cli(path, tmp_path)
    assert code == 1
    assert "commentaire.xlsx" in error and "comment1.xml" in error and "Mo" in error
    assert len(error.strip().splitlines()) == 1
    assert seconds < 15 and peak < 300


def test_a_row_of_5_million_cells_is_refused_in_seconds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def wide_row(xml: bytes) -> Iterator[bytes]:
        at = xml.index(b"</row>")
        yield xml[:at]
        yield from _repeated(b'<c r="D1" t="n"><v>7</v></c>', 5_000_000)
        yield xml[at:]

    path = _rewrite_part(_workbook(tmp_path / "plain.xlsx"), tmp_path / "ligne.xlsx", "sheet1.xml", wide_row)
    assert path.stat().st_size < 600_000
    code, error, seconds, peak = _run_cli(path, tmp_path)
    assert code == 1
    assert "ligne.xlsx" in error and "ligne 1 " in error
    assert seconds < 15 and peak < 300


def _with_shared_strings(source: Path, target: Path, strings: Iterator[bytes]) -> Path:
    """``source`` with a shared strings table made of ``strings`` (the ``<si>`` elements, chunk by
    chunk), declared as Excel declares it, deflated at the highest level."""
    sst_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    sst_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Override PartName="/xl/sharedStrings.xml" '
                                                 f'ContentType="{sst_type}"/></Types>'.encode())
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdSst" Type="{sst_rel}" '
                                                         f'Target="sharedStrings.xml"/></Relationships>'.encode())
            out.writestr(info.filename, data)
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8"?>'
                       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for chunk in strings:
                part.write(chunk)
            part.write(b"</sst>")
    return target


def test_a_150_kb_workbook_whose_shared_strings_expand_to_60_mb_is_refused_in_seconds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Three million times the same two letters: under the 64 MB every part may hold, but openpyxl
    # reads the table whole, for half a minute and 600 MB, though no cell uses it.
    path = _with_shared_strings(_workbook(tmp_path / "plain.xlsx"), tmp_path / "chaines.xlsx",
                                _repeated(b"<si><t>ab</t></si>", 3_000_000))
    assert path.stat().st_size < 200_000
    code, error, seconds, peak = _run_cli(path, tmp_path)
    assert code == 1
    assert "chaines.xlsx" in error and "sharedStrings.xml" in error and "Mo" in error
    assert len(error.strip().splitlines()) == 1
    assert seconds < 15 and peak < 300


def test_shared_strings_compressed_as_no_spreadsheet_writes_them_are_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Under the size an honest table may take, but one byte in the file for four hundred read.
    path = _with_shared_strings(_workbook(tmp_path / "plain.xlsx"), tmp_path / "chaines.xlsx",
                                _repeated(b"<si><t>ab</t></si>", 400_000))
    with pytest.raises(CercleError, match="sharedStrings.xml") as refused:
        imports.read_sheet(path)
    assert "times" in str(refused.value)


def test_an_honest_table_of_shared_strings_still_reads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # As Excel saves a members list: every text in the table once, the cells pointing to it.
    names = [f"<si><t>Société {index:05d} SARL</t></si><si><t>membre{index:05d}@exemple.ma</t></si>"
             for index in range(40_000)]
    path = _with_shared_strings(_workbook(tmp_path / "plain.xlsx"), tmp_path / "membres.xlsx",
                                iter([b"<si><t>Nom</t></si>", "".join(names).encode()]))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size > 2_000_000
    assert imports.read_sheet(path).rows[0][1] == ("Nom", "Prénom", "Société")


def test_an_honest_workbook_still_reads_with_its_merged_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom", "Société", "Antenne"])
    for index in range(300):
        sheet.append([f"Nom{index}", "Karim", f"Société {index}", "Casablanca" if index == 0 else None])
    sheet.merge_cells("D2:D4")
    workbook.save(tmp_path / "membres.xlsx")
    read = imports.read_sheet(tmp_path / "membres.xlsx")
    assert len(read.rows) == 301 and read.merged == ((2, 3, 4),)


def test_hostile_cells_are_refused_with_their_row_and_column_in_french(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "membres.csv"
    path.write_bytes(csv_bytes(
        HEADER + ";Notes",
        "B" * 500 + ";Salma;Bennani & Fils;Casablanca;01/09/2022;",
        "Tazi\x07;Omar;Tazi\x1b[31m SARL;Casablanca;01/09/2022;a\x0bb",
        "Alaoui;Karim;Atlas Conseil;Casablanca;01/09/2022;" + "n" * 200_000,  # past the csv module's limit
    ))
    assert main(["--lang", "fr", "import", "members", str(path), "--dry-run", "--db", demo_db.target]) == 0
    out = capsys.readouterr().out
    lines = {line.split(" ", 2)[1]: line for line in out.splitlines() if line.startswith("Ligne ")}
    assert "[Nom]" in lines["2"] and "au plus 80 caractères" in lines["2"]
    assert "Nom : Retirez les caractères de contrôle" in lines["3"]
    assert "Société : Retirez les caractères de contrôle" in lines["3"]
    assert "Notes : Retirez les caractères de contrôle" in lines["3"]
    assert "[Notes]" in lines["4"] and "au plus 4000 caractères" in lines["4"]


def test_a_control_character_refuses_only_the_row_and_the_column_it_is_in(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A column no field reads may hold anything; a row is refused for a cell that is imported.
    path = tmp_path / "membres.csv"
    path.write_bytes(csv_bytes(
        HEADER + ";Pointure",
        "Fassi;Leïla;Fès Déco;Casablanca;03/03/2023;4\x072",
        "Tazi;Omar;Café Tazi;Casablanca;04/03/2023;41",
        "Alaoui;Karim;Atlas\x1b Conseil;Casablanca;05/03/2023;43",
    ))
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    assert [(row.row, row.result) for row in plan.rows] == [
        (2, RowClass.NEW), (3, RowClass.NEW), (4, RowClass.ERROR)]
    assert plan.rows[2].column == "Société" and "caractères de contrôle" in plan.rows[2].reason


def test_duplicate_titles_say_which_column_is_imported(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "membres.csv"
    path.write_bytes(csv_bytes(HEADER + ";Nom", "Fassi;Leïla;Fès Déco;Casablanca;03/03/2023;Autre"))
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    assert [c.field for c in plan.columns][::5] == ["last_name", None]
    assert len(plan.notices) == 1 and "A" in plan.notices[0] and "F" in plan.notices[0]
    main(["--lang", "fr", "import", "members", str(path), "--dry-run", "--db", demo_db.target])
    assert ("Les colonnes A (« Nom ») et F (« Nom ») contiennent toutes deux le champ « Nom » : "
            "la colonne A est importée, F est laissée de côté.") in capsys.readouterr().out


def members_file(path: Path, rows: list[list[str]]) -> Path:
    """The rows as a CSV in UTF-8 with semicolons, or as a workbook, after the file's suffix."""
    if path.suffix == ".csv":
        path.write_bytes(csv_bytes(*(";".join(row) for row in rows)))
        return path
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


# Two titles the automatic mapping reads as one field: the second column was dropped silently.
SAME_FIELD_TITLES = [
    (["Nom", "Prénom", "Nom de famille", "Société", "Antenne", "Date d'adhésion"],
     ["Alaoui", "Sami", "Bennani", "Atlas Conseil", "Rabat", "01/01/2025"],
     "Les colonnes A (« Nom ») et C (« Nom de famille ») contiennent toutes deux le champ « Nom » : "
     "la colonne A est importée, C est laissée de côté."),
    (["N°", "Nom", "Prénom", "Société", "Antenne", "Date d'adhésion", "Numéro"],
     ["9001", "Alaoui", "Sami", "Atlas Conseil", "Rabat", "01/01/2025", "9002"],
     "Les colonnes A (« N° ») et G (« Numéro ») contiennent toutes deux le champ « Numéro de membre » : "
     "la colonne A est importée, G est laissée de côté."),
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(("header", "row", "notice"), SAME_FIELD_TITLES, ids=["name", "number"])
def test_two_titles_of_one_field_say_which_column_is_imported(
        demo_db, tmp_path, capsys, suffix: str, header: list[str], row: list[str], notice: str) -> None:  # type: ignore[no-untyped-def]
    path = members_file(tmp_path / f"membres{suffix}", [header, row])
    plan = imports.dry_run(demo_db.unit_of_work(), "members", path, ImportOptions(today=TODAY))
    assert plan.notices == (notice,)
    assert main(["--lang", "fr", "import", "members", str(path), "--dry-run", "--db", demo_db.target]) == 0
    assert notice in capsys.readouterr().out.splitlines()
    # The same columns mapped by hand, as the wizard's columns page sends them: the same notice.
    chosen = imports.dry_run(demo_db.unit_of_work(), "members", path,
                             ImportOptions(mapping=tuple(column.field for column in plan.columns), today=TODAY))
    assert chosen.notices == (notice,)
    # Column A's field chosen for both columns (every other column is mapped).
    both = [column.field or plan.columns[0].field for column in plan.columns]
    assert imports.dry_run(demo_db.unit_of_work(), "members", path,
                           ImportOptions(mapping=tuple(both), today=TODAY)).notices == (notice,)


def test_two_titles_of_one_field_in_a_grid_say_which_column_is_imported(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    member = next(m for m in list_members(demo_db.unit_of_work()) if m.chapter == "Casablanca")
    path = members_file(tmp_path / "grille.csv", [["N°", "Numéro", "Nom", "03/11/2026"],
                                                  [str(member.number), "1", member.last_name, "P"]])
    plan = imports.dry_run(demo_db.unit_of_work(), "attendance", path, ImportOptions(today=TODAY))
    assert plan.notices == (
        "Les colonnes A (« N° ») et B (« Numéro ») contiennent toutes deux le champ « Numéro de membre » : "
        "la colonne A est importée, B est laissée de côté.",)
    assert not plan.rejected


@pytest.mark.parametrize("bad", [b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"])
def test_bytes_windows_1252_leaves_undefined_are_refused_with_their_row_and_column(
        tmp_path, capsys, bad: bytes) -> None:  # type: ignore[no-untyped-def]
    # Windows-1252 accents (not UTF-8), and on row 3, in the company, a byte Windows-1252 leaves
    # undefined: the file is in neither encoding, and the message says where to look.
    lines = [HEADER, "Fassi;Leïla;Fès Déco;Casablanca;03/03/2023", "Tazi;Omar;Café Tazi;Casablanca;04/03/2023"]
    data = "\r\n".join(lines).encode("cp1252").replace(b"Caf\xe9", b"Caf" + bad)
    path = tmp_path / "membres.csv"
    path.write_bytes(data)
    with pytest.raises(CercleError, match="UTF-8"):
        imports.read_sheet(path)
    assert main(["--lang", "fr", "import", "members", str(path), "--dry-run", "--db", str(tmp_path / "c.db")]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"{path} n'est ni en UTF-8 ni en Windows-1252 : ligne 3, colonne C, un octet n'a de sens dans aucun "
        "des deux. Ouvrez-le dans Excel et enregistrez-le à nouveau en « CSV UTF-8 »."]

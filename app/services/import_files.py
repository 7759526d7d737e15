"""Reading a spreadsheet file into rows of plain values: .xlsx (openpyxl) and .csv as people save them.

- CSV: separator ``;``, ``,`` or tab detected; UTF-8, UTF-8 with a BOM, UTF-16 (Excel's
  "Unicode text") and Windows-1252 (French Excel's default) detected. The encoding is decided
  on the whole file: UTF-8 with a few stray bytes stays UTF-8, each stray byte read as
  :data:`~app.domain.importing.UNREADABLE` so that its row is refused with its column, never
  silently re-read as Windows-1252; a file valid in neither is refused.
- XLSX: the first sheet that holds data, read in read-only mode (values of formulas, not the
  formulas). Read-only mode does not tell merged cells, so the ranges merged down a column are
  read from the sheet's XML; the import gives their value to every data row they span.
- A small XLSX can expand hugely (it is a zip): before openpyxl reads it, each part's
  uncompressed size and compression ratio are bounded (the shared strings, which openpyxl reads
  whole, more tightly than the rest), and the sheet's XML is scanned (streamed, bytes only) for a
  row of more cells than a spreadsheet can hold, so such a file is refused in seconds.
- Blank rows are dropped but every kept row keeps its number in the file, so errors name the
  row the user sees; rows past the last one with data (Excel's trailing empty rows) vanish.
"""

from __future__ import annotations

import csv
import errno
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import CercleError, os_reason
from app.domain.importing import UNREADABLE, column_letter, is_blank
from app.formatting import format_number
from app.i18n import QT_TRANSLATE_NOOP

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Import", "Cannot read {path}: the file does not exist.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}")
MSG_NOT_XLSX = QT_TRANSLATE_NOOP("Import", "{path} is not a valid Excel (.xlsx) file.")
MSG_XLS = QT_TRANSLATE_NOOP(
    "Import", "{path} is in the old Excel format (.xls): open it in Excel and save it as .xlsx or .csv."
)
MSG_FORMAT = QT_TRANSLATE_NOOP("Import", "Choose a .xlsx or .csv file: {path}")
MSG_TOO_BIG = QT_TRANSLATE_NOOP("Import", "{path} is too large to import (over {limit} rows or {megabytes} MB).")
MSG_BAD_CSV = QT_TRANSLATE_NOOP("Import", "{path} is not a readable CSV file: {reason}")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Import", "Cannot write {path}: {reason}")
MSG_BINARY = QT_TRANSLATE_NOOP("Import", "{path} is not a text file: save it from Excel as .xlsx or CSV.")
MSG_ENCODING = QT_TRANSLATE_NOOP(
    "Import", "{path} mixes several text encodings: open it in Excel and save it again as “CSV UTF-8”."
)
MSG_NEITHER_ENCODING = QT_TRANSLATE_NOOP(
    "Import", "{path} is neither UTF-8 nor Windows-1252: at row {row}, column {column}, a byte means nothing "
    "in either. Open it in Excel and save it again as “CSV UTF-8”."
)
MSG_PART_TOO_BIG = QT_TRANSLATE_NOOP(
    "Import", "{path} cannot be imported: its part {part} expands to {megabytes} MB (at most {limit} MB)."
)
MSG_PART_TOO_DENSE = QT_TRANSLATE_NOOP(
    "Import", "{path} cannot be imported: its part {part} expands {ratio} times its size in the file "
    "(at most {limit} times)."
)
MSG_ROW_TOO_WIDE = QT_TRANSLATE_NOOP(
    "Import", "{path} cannot be imported: row {row} holds more cells than a spreadsheet can ({limit})."
)
MSG_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Import", "{path} is too large to import: over {limit} cells in its sheet."
)

MAX_ROWS = 100_000
MAX_COLUMNS = 300
MAX_BYTES = 60 * 1024 * 1024
MAX_CELL = 10_000  # characters; longer cells are cut (no field of the club is half that long)
# XLSX parts, uncompressed: a sheet is streamed; the other parts openpyxl reads whole.
MAX_SHEET_PART = 512 * 1024 * 1024
MAX_OTHER_PART = 64 * 1024 * 1024
# The table of every text in the workbook, as Excel saves it: 2.6 MB for the 20,000 members of
# bench/bench_import.py (83,000 texts), read whole in 10 s and 150 MB for each 14 MB of two-letter
# texts. Four times the benchmark's is room for richer members and still reads in seconds.
SHARED_STRINGS = "xl/sharedStrings.xml"
MAX_SHARED_STRINGS = 10 * 1024 * 1024
# The XML a spreadsheet writes deflates 6 to 15 times (12 for the benchmark's shared strings); a
# part read whole that deflates far more is made of one piece repeated, to be expanded.
MAX_RATIO = 100
RATIO_FROM = 1024 * 1024  # a small part's ratio says nothing
MAX_ROW_CELLS = 16_384  # Excel's own limit: a row with more cells was not made by a spreadsheet
MAX_SHEET_CELLS = 5_000_000  # 100,000 rows of 50 cells


@dataclass(frozen=True)
class SheetData:
    """The rows of a file that hold something: (row number in the file, cells)."""

    name: str
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    # Ranges merged down a column: (first row, 0-based column, last row), rows numbered as in the file.
    merged: tuple[tuple[int, int, int], ...] = ()


def read_sheet(path: str | Path) -> SheetData:
    """Read a .xlsx or .csv file.

    Raises:
        CercleError: missing, unreadable, not what its extension says, or too large.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm", ".xls"):
        raise CercleError(MSG_FORMAT, context="Import", path=str(path))
    if not path.is_file():
        raise CercleError(MSG_NOT_FOUND, context="Import", path=str(path))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CercleError(MSG_TOO_BIG, context="Import", path=str(path), limit=MAX_ROWS,
                              megabytes=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise CercleError(MSG_UNREADABLE, context="Import", path=str(path),
                          reason=os_reason(error)) from error
    if suffix == ".xls" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CercleError(MSG_XLS, context="Import", path=str(path))
    merged: tuple[tuple[int, int, int], ...] = ()
    if suffix in (".xlsx", ".xlsm"):
        rows, merged = _xlsx_rows(data, str(path))
    else:
        rows = _csv_rows(data, str(path))
    return SheetData(path.name, tuple(rows), merged)


def _keep(number: int, cells: Sequence[Any], out: list[tuple[int, tuple[Any, ...]]], path: str) -> None:
    values = [_clip(cell) for cell in cells[:MAX_COLUMNS]]
    while values and is_blank(values[-1]):
        values.pop()
    if values:
        if len(out) >= MAX_ROWS:
            raise CercleError(MSG_TOO_BIG, context="Import", path=path, limit=MAX_ROWS,
                              megabytes=MAX_BYTES // (1024 * 1024))
        out.append((number, tuple(values)))


def _clip(value: Any) -> Any:
    if isinstance(value, str):
        # NUL and lone surrogates cannot be stored; the rest is judged by the field's rules.
        value = value.replace("\x00", "")
        if len(value) > MAX_CELL:
            value = value[:MAX_CELL]
        return value.encode("utf-8", "replace").decode("utf-8") if not value.isascii() else value
    return value


# ------------------------------------------------------------------------------- csv


def decode(data: bytes, path: str = "") -> str:
    """Text of a CSV file in whichever encoding Excel or a person saved it, decided on the whole file.

    Raises:
        CercleError: the file is valid neither as UTF-8 nor as Windows-1252.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    unreadable = text.count(UNREADABLE)
    strays = unreadable - data.count(UNREADABLE.encode())  # bytes that are not UTF-8 (runs count once)
    accents = len(text) - len(text.encode("ascii", "ignore")) - unreadable  # valid UTF-8 letters
    if accents > strays:
        # UTF-8 with a few bytes of another encoding (a line pasted from another file): the rows
        # holding them are refused, their cells showing where, and nothing else is re-read.
        return text
    if accents:
        raise CercleError(MSG_ENCODING, context="Import", path=path)
    try:
        # French Excel's "CSV (séparateur : point-virgule)".
        return data.decode("cp1252")
    except UnicodeDecodeError as error:  # one of the five bytes Windows-1252 leaves undefined
        raise _undefined_byte(data, path) from error


def _undefined_byte(data: bytes, path: str) -> CercleError:
    """The refusal of a file valid neither as UTF-8 nor as Windows-1252, naming the row and the
    column of its first byte that Windows-1252 leaves undefined, as the rows of the import are
    numbered."""
    text = data.decode("cp1252", "replace")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(text))
    try:
        for cells in reader:
            for index, cell in enumerate(cells):
                if UNREADABLE in cell:
                    return CercleError(MSG_NEITHER_ENCODING, context="Import", path=path, row=reader.line_num,
                                       column=column_letter(index))
    except csv.Error:
        pass
    return CercleError(MSG_ENCODING, context="Import", path=path)


def detect_separator(text: str) -> str:
    """``;``, ``,`` or tab: the one found most consistently on the first lines."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", 0
    for separator in (";", "\t", ","):
        counts = [_count_outside_quotes(line, separator) for line in lines]
        # The header and most rows have the same count of separators; weigh by the lines having one.
        score = sum(1 for count in counts if count) * 1000 + sum(counts)
        if score > best_score:
            best, best_score = separator, score
    return best


def _count_outside_quotes(line: str, separator: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            count += 1
    return count


def _csv_rows(data: bytes, path: str) -> list[tuple[int, tuple[Any, ...]]]:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CercleError(MSG_BINARY, context="Import", path=path)
    # A cell past the csv module's limit (128 KiB) is read, then cut and refused by the field's
    # rules with its row and column, instead of failing the whole file with the module's reason.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    text = decode(data, path)
    separator = detect_separator(text)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        for cells in reader:
            _keep(reader.line_num, cells, rows, path)
    except csv.Error as error:
        raise CercleError(MSG_BAD_CSV, context="Import", path=path, reason=str(error)) from error
    return rows


# ------------------------------------------------------------------------------ xlsx


def _xlsx_rows(data: bytes, path: str) -> tuple[list[tuple[int, tuple[Any, ...]]], tuple[tuple[int, int, int], ...]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        raise CercleError(MSG_NOT_XLSX, context="Import", path=path) from error
    with archive:
        _check_parts(archive, path)
        try:
            from openpyxl import load_workbook  # heavy: only when an Excel file is imported

            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as error:  # zip, XML or openpyxl errors: all mean "not a usable xlsx"
            raise CercleError(MSG_NOT_XLSX, context="Import", path=path) from error
        try:
            sheets = [workbook.active] + [s for s in workbook.worksheets if s is not workbook.active]
            for sheet in sheets:
                if sheet is None or not hasattr(sheet, "iter_rows"):
                    continue
                merged = _scan_sheet(archive, getattr(sheet, "_worksheet_path", ""), path)
                rows: list[tuple[int, tuple[Any, ...]]] = []
                for number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
                    _keep(number, cells, rows, path)
                    if number > MAX_ROWS * 3 and not rows:
                        break
                if rows:
                    return rows, merged
            return [], ()
        except CercleError:
            raise
        except Exception as error:
            raise CercleError(MSG_NOT_XLSX, context="Import", path=path) from error
        finally:
            workbook.close()


def _check_parts(archive: Any, path: str) -> None:
    """Refuse a part that would expand beyond what an honest club file holds.

    The sizes are those the zip declares; Python's zip reader never inflates a part past its
    declared size (it stops there and reports the file damaged), so they bound the work.
    """
    for info in archive.infolist():
        sheet = info.filename.startswith("xl/worksheets/")
        limit = MAX_SHEET_PART if sheet else MAX_SHARED_STRINGS if info.filename == SHARED_STRINGS else MAX_OTHER_PART
        if info.file_size > limit:
            raise CercleError(MSG_PART_TOO_BIG, context="Import", path=path, part=info.filename,
                              megabytes=info.file_size // (1024 * 1024), limit=limit // (1024 * 1024))
        # A sheet is streamed and its cells counted; the parts read whole are bounded in ratio too.
        if not sheet and info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise CercleError(MSG_PART_TOO_DENSE, context="Import", path=path, part=info.filename,
                              ratio=format_number(info.file_size // max(info.compress_size, 1)), limit=MAX_RATIO)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"')
_ROOT_PREFIX = re.compile(rb"<(\w+:)?worksheet\b")


def _scan_sheet(archive: Any, sheet_path: str, path: str) -> tuple[tuple[int, int, int], ...]:
    """Check the cells of a sheet's XML, and read its ranges merged over several rows.

    The XML is streamed chunk by chunk and only counted (bytes, no parsing): a row of more
    cells than a spreadsheet can hold, or more cells in all than an import can take, is refused
    before openpyxl would spend minutes and gigabytes on it. The ``<mergeCells>`` list follows
    the cells and is kept: (first row, first column, last row), rows numbered as in the file.

    Raises:
        CercleError: a row or the sheet holds too many cells.
    """
    if not sheet_path:
        return ()
    tail, prefix, tag_prefix, after = b"", None, b"", bytearray()
    in_row = total = rows = 0
    try:
        with archive.open(sheet_path.lstrip("/")) as stream:
            while chunk := stream.read(1 << 20):
                if after:
                    after += chunk
                    if len(after) > MAX_OTHER_PART:  # no honest list of merged cells is that long
                        break
                    continue
                data = tail + chunk
                if prefix is None:
                    root = _ROOT_PREFIX.search(data)
                    tag_prefix = (root.group(1) or b"") if root else b""
                    prefix = re.escape(tag_prefix)
                # Cut before the last "<", so that no tag is split between two chunks (unless
                # what follows it is too long to be a tag's start: then it holds its whole name).
                cut = data.rfind(b"<")
                body, tail = (data[:cut], data[cut:]) if cut > 0 and len(data) - cut < 256 else (data, b"")
                end = max(body.find(b"</" + tag_prefix + b"sheetData>"), body.find(b"<" + tag_prefix + b"sheetData/>"))
                if end >= 0:
                    after += body[end:] + tail
                    body = body[:end]
                pieces = re.split(b"<" + prefix + rb"row[\s/>]", body)
                for index, piece in enumerate(pieces):
                    if index:
                        in_row, rows = 0, rows + 1
                    cells = sum(piece.count(b"<" + tag_prefix + tag) for tag in (b"c ", b"c>", b"c/>"))
                    in_row += cells
                    total += cells
                    if in_row > MAX_ROW_CELLS:
                        raise CercleError(MSG_ROW_TOO_WIDE, context="Import", path=path, row=rows,
                                          limit=format_number(MAX_ROW_CELLS))
                    if total > MAX_SHEET_CELLS:
                        raise CercleError(MSG_TOO_MANY_CELLS, context="Import", path=path,
                                          limit=format_number(MAX_SHEET_CELLS))
    except (KeyError, OSError, zipfile.BadZipFile):
        return ()
    ranges = []
    for first_col, first_row, _last_col, last_row in _MERGE.findall(bytes(after)):
        if int(last_row) > int(first_row):
            ranges.append((int(first_row), _column_index(first_col.decode()), int(last_row)))
    return tuple(ranges)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


# ---------------------------------------------------------------------------- report


def write_csv(path: str | Path, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A CSV for French Excel (``;``, UTF-8 with a BOM), no cell readable as a formula.

    Raises:
        CercleError: the file cannot be written.
    """
    from app.domain.importing import FORMULA_PREFIXES

    def safe(value: Any) -> str:
        text = "" if value is None else str(value)
        return "'" + text if text.startswith(FORMULA_PREFIXES) else text

    path = Path(path)
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow([safe(cell) for cell in header])
            for row in rows:
                writer.writerow([safe(cell) for cell in row])
    except OSError as error:
        raise CercleError(MSG_CANNOT_WRITE, context="Import", path=str(path),
                          reason=os_reason(error)) from error
    return len(rows)


def check_writable(path: str | Path) -> None:
    """Refuse now a file that ``write_csv`` could not write later: the rejected rows of an import
    are saved after its commit, and a bad path found then would report a failure for an import
    that was in fact saved."""
    path = Path(path)
    existed = path.exists()
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, str(path))
        with path.open("a", encoding="utf-8"):
            pass
        if not existed:
            path.unlink()
    except OSError as error:
        raise CercleError(MSG_CANNOT_WRITE, context="Import", path=str(path), reason=os_reason(error)) from error

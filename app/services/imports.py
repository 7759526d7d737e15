"""Importing the club's spreadsheets: a dry run first, then one all-or-nothing transaction.

The same analysis runs twice: :func:`dry_run` shows what would happen (and writes nothing),
:func:`apply_import` repeats it inside the transaction that writes, so what is written is
exactly what was shown for the database as it is at that moment. Rows in error and
duplicates inside the file are rejected (listed, never written); every other row is written
in the one transaction, or none is.

Members are matched on their member number, then e-mail, then mobile, then name and company
(folded: case and accents ignored). A cell left empty never erases what is recorded. The
member form's rules apply to every row (:func:`app.domain.members.validate_member`), and a
status is never changed by an import: leaving the club stays a decision with its history.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db import scope
from app.db.models import Chapter, Member, MemberStatusChange, Sector
from app.db.uow import UnitOfWork
from app.domain.enums import MemberStatus
from app.domain.errors import CercleError, ValidationError, ValidationErrors
from app.domain.importing import (
    MEMBER_FIELDS,
    ImportKind,
    RowClass,
    auto_mapping,
    cell_text,
    cells_pass_check,
    check_cell,
    claimed_field,
    column_letter,
    company_key,
    field_spec,
    find_header_row,
    header_date,
    is_blank,
    mapping_to_remember,
    member_key,
    normalize_header,
    parse_choice_cell,
    parse_consent_cell,
    parse_date_cell,
    parse_number_cell,
    parse_phone_cell,
    person_key,
    reference_key,
)
from app.domain.members import Cell, MemberInput, changed_fields, input_of, member_cells, record_values, validate_member
from app.domain.validation import normalize_email
from app.formatting import format_day_numbers
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.import_files import SheetData, read_sheet
from app.services.import_grid import analyse_grid
from app.services.import_plan import (
    ColumnInfo,
    ImportOptions,
    ImportPlan,
    ImportResult,
    ProgressFn,
    RowReport,
    Writer,
    error_report,
)
from app.services.member_audit import IMPORT, audit_line, current_actor, record_audits
from app.services.settings import get_settings, save_settings

__all__ = [
    "ColumnInfo", "ImportOptions", "ImportPlan", "ImportResult", "RowReport", "SheetData",
    "apply_import", "dry_run", "read_sheet", "save_rejected",
]

MSG_UNRESOLVED = QT_TRANSLATE_NOOP(
    "Import", "Map or create the chapters and sectors the database does not know: {names}."
)
MSG_NO_MEMBER_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "No column holds the member's name: map at least the last name, first name and company."
)
MSG_SAME_AS_ROW = QT_TRANSLATE_NOOP("Import", "Same {what} as row {row}.")
MSG_CONFLICT = QT_TRANSLATE_NOOP("Import", "Same {what} as member {number} ({name}), already recorded.")
MSG_NUMBER_OTHER = QT_TRANSLATE_NOOP(
    "Import", "Member number {number} is {name} in the database: check the number or the name."
)
MSG_CHANGES = QT_TRANSLATE_NOOP("Import", "Changes: {fields}.")
MSG_SAME_FIELD = QT_TRANSLATE_NOOP(
    "Import",
    "Columns {first} (“{first_title}”) and {other} (“{other_title}”) both hold the field “{field}”: "
    "column {first} is imported, {other} is left out.",
)
MSG_SAME_PERSON = QT_TRANSLATE_NOOP(
    "Import", "A member named {name} already exists ({company}, number {number}): check that this is someone else."
)
MSG_JOIN_AFTER_HISTORY = QT_TRANSLATE_NOOP(
    "Validation", "The join date cannot be after the member's first change of status ({date})."
)
WHAT = {
    "number": QT_TRANSLATE_NOOP("Import", "member number"),
    "email": QT_TRANSLATE_NOOP("Import", "e-mail"),
    "mobile": QT_TRANSLATE_NOOP("Import", "mobile"),
    "name": QT_TRANSLATE_NOOP("Import", "name and company"),
    "member": QT_TRANSLATE_NOOP("Import", "member"),
}

SETTING_MAPPING = "import.mapping.{kind}"
FLUSH_EVERY = 500
# Stand-in id for a chapter or sector created by the import (the dry run creates nothing).
_TO_CREATE = -1


# ------------------------------------------------------------------------------ entry points


def dry_run(uow: UnitOfWork, kind: ImportKind | str, sheet: SheetData | str | Path,
            options: ImportOptions | None = None, progress: ProgressFn | None = None) -> ImportPlan:
    """Classify every row of the file; nothing is written.

    Raises:
        CercleError: the file cannot be read or has no header row.
    """
    kind = ImportKind(kind)
    sheet = sheet if isinstance(sheet, SheetData) else read_sheet(sheet)
    options = options or ImportOptions()
    remembered = remembered_mapping(uow, kind)
    with uow:
        plan, _ = _analyse(uow.session, kind, sheet, options, remembered, progress, writing=False)
        return plan


def apply_import(uow: UnitOfWork, kind: ImportKind | str, sheet: SheetData | str | Path,
                 options: ImportOptions | None = None, progress: ProgressFn | None = None,
                 user: str | None = None) -> ImportResult:
    """Import the rows the dry run accepts, in one transaction: all of them or none.

    The mapping used is remembered for the next file of this kind.

    Raises:
        CercleError: the file cannot be read, or chapters, sectors or meetings the database does
            not know were neither mapped nor allowed to be created. Nothing is written then.
    """
    kind = ImportKind(kind)
    sheet = sheet if isinstance(sheet, SheetData) else read_sheet(sheet)
    options = options or ImportOptions()
    remembered = remembered_mapping(uow, kind)
    with uow:
        plan, writer = _analyse(uow.session, kind, sheet, options, remembered, progress, writing=True)
        assert writer is not None
        result = writer(plan)
        uow.commit()
    if plan.columns:
        remember_mapping(uow, kind, plan.headers, plan.mapping)
    return result


def remembered_mapping(uow: UnitOfWork, kind: ImportKind | str) -> dict[str, str | None]:
    key = SETTING_MAPPING.format(kind=ImportKind(kind).value)
    value = get_settings(uow, {key: {}})[key]
    return {str(k): (v if isinstance(v, str) else None) for k, v in value.items()} if isinstance(value, dict) else {}


def remember_mapping(uow: UnitOfWork, kind: ImportKind | str, headers: Sequence[str],
                     mapping: Sequence[str | None]) -> None:
    """Keep the user's choice of field for each column title, for the next file of this kind."""
    key = SETTING_MAPPING.format(kind=ImportKind(kind).value)
    stored = remembered_mapping(uow, kind)
    stored.update(mapping_to_remember(headers, mapping))
    save_settings(uow, {key: stored})


def save_rejected(plan: ImportPlan, path: str | Path) -> int:
    """Write the rejected rows (row number, column, reason, then the row as read) to a CSV file."""
    from app.domain.importing import TITLE_COLUMN, TITLE_REASON, TITLE_RESULT, TITLE_ROW
    from app.services.import_files import write_csv

    header = [*(translate("Import", title) for title in (TITLE_ROW, TITLE_RESULT, TITLE_COLUMN, TITLE_REASON)),
              *plan.headers]
    rows = [[row.row, translate("Import", row.result_label), row.column, row.reason, *row.cells]
            for row in plan.rejected]
    return write_csv(path, header, rows)


# ------------------------------------------------------------------------------ analysis

def _columns(sheet: SheetData, kind: ImportKind, options: ImportOptions,
             remembered: Mapping[str, str | None]) -> tuple[int, tuple[ColumnInfo, ...], list, tuple[str, ...]]:
    """The header row's number, the columns, the data rows and what the user should know of
    columns left out."""
    raw_rows = [cells for _, cells in sheet.rows]
    header_index = find_header_row(raw_rows, kind, remembered)
    headers = list(raw_rows[header_index])
    width = max((len(cells) for cells in raw_rows), default=0)
    headers += [None] * (width - len(headers))
    mapping = list(options.mapping) if options.mapping is not None else auto_mapping(headers, kind, remembered)
    mapping = (mapping + [None] * width)[:width]
    # What each column asks for: the field it is mapped to, or else the one its title is
    # mapped to when no other column takes it first (auto_mapping gives it to the first).
    claimed = [field or claimed_field(header, kind, remembered) for field, header in zip(mapping, headers, strict=True)]
    taken: set[str] = set()
    for index, field_name in enumerate(mapping):  # a field fed by two columns: the first one wins
        if field_name in taken and field_name != "meeting":
            mapping[index] = None
        elif field_name:
            taken.add(field_name)
    body = _fill_merged(sheet, header_index)
    columns = []
    for index, header in enumerate(headers):
        # A date title is read from the cell as it is (a real date, with or without a time, or an
        # Excel serial number): its text would not always read back as a date.
        day = header_date(header) if kind is ImportKind.ATTENDANCE else None
        title = cell_text(header)
        if day is not None and not isinstance(header, str):
            title = format_day_numbers(day)
        samples = []
        for _, cells in body:
            if index < len(cells) and not is_blank(cells[index]):
                samples.append(cell_text(cells[index])[:60])
                if len(samples) == 3:
                    break
        columns.append(ColumnInfo(index, column_letter(index), title[:120], mapping[index],
                                  tuple(samples), day))
    return sheet.rows[header_index][0], tuple(columns), body, _left_out(columns, claimed, kind)


def _left_out(columns: Sequence[ColumnInfo], claimed: Sequence[str | None], kind: ImportKind) -> tuple[str, ...]:
    """Columns not imported because another one feeds the field they ask for (their own
    mapping or title, or that of an earlier column of the same title): which one is imported,
    which is left out. One notice for a mapping chosen by the user and for the automatic one."""
    notices = []
    for column in columns:
        if column.field is not None:
            continue
        title = normalize_header(column.header)
        twins = (c.field for c in columns[:column.index] if c.field and title and normalize_header(c.header) == title)
        wanted = claimed[column.index] or next(twins, None)
        if wanted is None or wanted == "meeting":  # meeting dates are many columns by nature
            continue
        holder = next((c for c in columns if c.field == wanted), None)
        if holder is not None:
            notices.append(translate("Import", MSG_SAME_FIELD).format(
                first=holder.letter, first_title=holder.header, other=column.letter, other_title=column.header,
                field=translate("Import", field_spec(kind, wanted).label)))
    return tuple(notices)


def _fill_merged(sheet: SheetData, header_index: int) -> list[tuple[int, tuple[Any, ...]]]:
    """The data rows (below the header), a cell merged down a column giving its value to every
    row it spans ("Casablanca" over G8:G9 is the chapter of rows 8 and 9)."""
    body = list(sheet.rows[header_index + 1:])
    if not sheet.merged or not body:
        return body
    header_row = sheet.rows[header_index][0]
    by_number = {number: cells for number, cells in sheet.rows}
    fills: dict[int, dict[int, Any]] = {}
    for first_row, column, last_row in sheet.merged:
        top = by_number.get(first_row)
        if first_row <= header_row or top is None or column >= len(top) or is_blank(top[column]):
            continue
        for number in range(first_row + 1, last_row + 1):
            fills.setdefault(number, {})[column] = top[column]
    if not fills:
        return body
    filled = []
    for number, cells in body:
        extra = fills.get(number)
        if extra:
            values = list(cells) + [None] * (max(extra) + 1 - len(cells))
            for column, value in extra.items():
                if is_blank(values[column]):
                    values[column] = value
            cells = tuple(values)
        filled.append((number, cells))
    return filled


def _analyse(session: Session, kind: ImportKind, sheet: SheetData, options: ImportOptions,
             remembered: Mapping[str, str | None], progress: ProgressFn | None, *, writing: bool
             ) -> tuple[ImportPlan, Writer | None]:
    header_row, columns, body, notices = _columns(sheet, kind, options, remembered)
    if kind is ImportKind.ATTENDANCE:
        plan, writer = analyse_grid(session, sheet.name, header_row, columns, body, options, progress,
                                    writing=writing)
    else:
        plan, writer = _MemberImport(session, sheet.name, header_row, columns, body, options, progress,
                                     writing).run()
    return replace(plan, notices=notices), writer


def _error_text(error: CercleError) -> str:
    return error.text()


class _References:
    """Chapter or sector names of the file resolved to ids, and the names the database lacks."""

    def __init__(self, session: Session, model: Any, choices: Mapping[str, int | None]) -> None:
        self.model = model
        self.ids: dict[str, int] = {}
        for item_id, name in session.execute(select(model.id, model.name)):
            self.ids.setdefault(reference_key(name), item_id)
        valid = set(self.ids.values())
        self.choices = {reference_key(name): (choice if choice in valid else None) for name, choice in choices.items()}
        self.chosen = {reference_key(name) for name in choices}
        self.unknown: dict[str, str] = {}  # key -> first spelling in the file

    def resolve(self, name: str) -> int:
        key = reference_key(name)
        if key in self.ids:
            return self.ids[key]
        self.unknown.setdefault(key, " ".join(name.split()))
        choice = self.choices.get(key)
        return choice if choice is not None else _TO_CREATE

    def undecided(self, create_missing: bool) -> list[str]:
        return [] if create_missing else [n for k, n in self.unknown.items() if k not in self.chosen]

    def create(self, session: Session) -> int:
        """Create the unknown names not mapped to an existing item; return how many."""
        from app.domain.validation import clean_text

        created = 0
        for key, name in self.unknown.items():
            if self.choices.get(key) is not None:
                continue
            clean = clean_text(name, "name", required=True, max_length=80)
            item = self.model(name=clean, retired=False)
            if self.model is Chapter:
                item.sort_order = (session.scalar(select(func.max(Chapter.sort_order))) or 0) + 1
            session.add(item)
            session.flush()
            self.choices[key] = item.id
            created += 1
        return created


@dataclass
class _Action:
    row: int
    clean: MemberInput  # checked by validate_member
    member: Member | None  # None: a new member
    number: int | None
    chapter_name: str | None
    sector_name: str | None


# How each column of the member record is read, as the record declares it (app.domain.members),
# in the order the cells are checked (a row's first problem is the one its report names).
_CHECK_ORDER = (Cell.DATE, Cell.PHONE, Cell.CHOICE, Cell.CONSENT, Cell.TEXT, Cell.REFERENCE)
MEMBER_CELLS = dict(sorted(member_cells().items(), key=lambda item: _CHECK_ORDER.index(item[1])))
# A text cell is read as its text (cell_text), which each row has already for its report.
CELL_PARSERS: dict[Cell | None, Callable[[Any, str], Any] | None] = {
    None: parse_number_cell, Cell.TEXT: None, Cell.PHONE: parse_phone_cell, Cell.CHOICE: parse_choice_cell,
    Cell.DATE: parse_date_cell,
}


class _MemberImport:
    def __init__(self, session: Session, file_name: str, header_row: int, columns: tuple[ColumnInfo, ...],
                 body: list, options: ImportOptions, progress: ProgressFn | None, writing: bool) -> None:
        self.session = session
        self.file_name = file_name
        self.header_row = header_row
        self.columns = columns
        self.body = body
        self.options = options
        self.progress = progress
        self.writing = writing
        self.today = options.today or date.today()
        self.field_column = {c.field: c for c in columns if c.field}
        # Where each mapped cell is and how it is read, looked up once for all the rows: the
        # cells are checked in the file's order, then read in the record's (_CHECK_ORDER).
        self.checks = [(column.index, name) for name, column in self.field_column.items()]
        parsers: dict[Cell | None, Callable[[Any, str], Any] | None] = {
            **CELL_PARSERS, Cell.CONSENT: partial(parse_consent_cell, today=self.today)}
        self.readers = [(self.field_column[name].index, name, parsers[cell_kind])
                        for name, cell_kind in (("number", None), *MEMBER_CELLS.items())
                        if name in self.field_column and cell_kind is not Cell.REFERENCE]
        # One search over every mapped cell of the file: in a file with no control character
        # nor unreadable byte (nearly every file), no row has its cells checked one by one.
        self.clean_file = cells_pass_check(
            cells[index] for _, cells in body for index, _ in self.checks if index < len(cells))
        self.chapters = _References(session, Chapter, options.chapters)
        self.sectors = _References(session, Sector, options.sectors)
        self.members = list(session.scalars(select(Member)))
        self.by_id = {m.id: m for m in self.members}
        self.by_number = {m.number: m for m in self.members}
        self.by_email: dict[str, Member] = {}
        self.by_mobile: dict[str, Member] = {}
        self.by_name: dict[tuple[str, str, str], Member] = {}
        self.by_person: dict[tuple[str, str], Member] = {}
        for m in self.members:
            if m.email:
                self.by_email.setdefault(m.email.lower(), m)
            if m.mobile:
                self.by_mobile.setdefault(m.mobile, m)
            self.by_name.setdefault(member_key(m.first_name, m.last_name, m.company), m)
            self.by_person.setdefault(person_key(m.first_name, m.last_name), m)
        self.first_change = dict(session.execute(
            select(MemberStatusChange.member_id, func.min(MemberStatusChange.effective_date))
            .group_by(MemberStatusChange.member_id)).all())
        self.seen: dict[tuple[str, Any], int] = {}
        self.new_numbers: set[int] = set()
        self.scope_cache: dict = {}
        self.actor = current_actor()
        # A row without a chapter joins the antenna the connection is limited to, if any.
        default_chapter = options.default_chapter_id or scope.limit_of(session)
        if default_chapter is None:
            ids = list(session.scalars(select(Chapter.id).where(Chapter.retired.is_(False))))
            default_chapter = ids[0] if len(ids) == 1 else None  # one antenna: no need to ask
        self.default_chapter_id = default_chapter
        self.new_member = MemberInput(chapter_id=default_chapter, join_date=options.default_join_date)
        self.passed: dict[tuple[str, type, Any], Any] = {}  # values the member form's rules accepted

    # -- per row ---------------------------------------------------------------------
    def refusal(self, existing: Member | None, clean: MemberInput) -> str:
        """Why the connection's antenna limit refuses to write the row ("" when it may)."""
        writes: list[tuple[str, dict[str, int | None]]] = (
            [("members", {"chapter_id": existing.chapter_id})] if existing is not None else [])
        new_chapter = clean.chapter_id == _TO_CREATE  # a chapter to create is the club's
        writes.append(("chapters", {}) if new_chapter else ("members", {"chapter_id": clean.chapter_id}))
        if clean.sector_id == _TO_CREATE:
            writes.append(("sectors", {}))
        for table, values in writes:
            error = scope.refusal(self.session, table, values, self.scope_cache)
            if error is not None:
                return error.text()
        return ""

    def column_title(self, field_name: str) -> str:
        column = self.field_column.get(field_name)
        if column is None:
            return translate("Import", field_spec(ImportKind.MEMBERS, field_name).label)
        return column.header or column.letter

    def cell(self, cells: tuple[Any, ...], field_name: str) -> Any:
        column = self.field_column.get(field_name)
        if column is None or column.index >= len(cells):
            return None
        return cells[column.index]

    def run(self) -> tuple[ImportPlan, Writer | None]:
        if not ({"last_name", "first_name", "company"} & self.field_column.keys()):
            raise CercleError(MSG_NO_MEMBER_COLUMN, context="Import")
        reports: list[RowReport] = []
        actions: list[_Action] = []
        total = len(self.body) * (2 if self.writing else 1)
        for done, (row_number, cells) in enumerate(self.body, start=1):
            report, action = self.row(row_number, cells)
            reports.append(report)
            if action is not None:
                actions.append(action)
            if self.progress and done % 200 == 0:
                self.progress(done, total)
        plan = ImportPlan(
            ImportKind.MEMBERS, self.file_name, self.header_row, self.columns, tuple(reports),
            unknown_chapters=tuple(self.chapters.unknown.values()),
            unknown_sectors=tuple(self.sectors.unknown.values()),
        )
        if not self.writing:
            return plan, None
        return plan, lambda plan: self.write(plan, actions, total)

    def row(self, row_number: int, cells: tuple[Any, ...]) -> tuple[RowReport, _Action | None]:
        """What one row of the file would do: read, matched, checked, then classified."""
        text_cells = tuple([cell_text(c) for c in cells])
        first_name, last_name = self.cell(cells, "first_name"), self.cell(cells, "last_name")
        name = " ".join(cell_text(raw) for raw in (first_name, last_name) if raw)
        company = cell_text(self.cell(cells, "company"))
        label = f"{name} ({company})" if name and company else (name or company)

        def report(result: RowClass, column: str = "", reason: str = "", number: int | None = None,
                   changes: int = 0) -> RowReport:
            return RowReport(row_number, result, label[:120], column, reason, number, text_cells, changes)

        values, problems = self.read_cells(cells, text_cells)
        if problems:
            return error_report(row_number, label, problems, None, text_cells), None
        chapter_name = cell_text(self.cell(cells, "chapter"))
        sector_name = cell_text(self.cell(cells, "sector"))
        number = values.get("number")
        existing, email_key = self.match(values)
        if number is not None and existing is not None and not _same_identity(existing, values):
            # A wrong number must never rename someone else.
            reason = translate("Import", MSG_NUMBER_OTHER).format(number=number, name=_who(existing))
            return report(RowClass.ERROR, self.column_title("number"), reason), None
        clean, problems = self.checked(values, existing, email_key, chapter_name, sector_name)
        if clean is None:
            return error_report(row_number, label, problems, None, text_cells), None
        keys = _identity_keys(clean)
        refusal = self.recorded_conflict(keys, existing) or self.earlier_in_file(keys, existing, number, row_number)
        if refusal is not None:
            result, column, reason = refusal
            kept = (existing.number if existing else number) if result is RowClass.DUPLICATE else None
            return report(result, column, reason, kept), None
        action = _Action(row_number, clean, existing, number, chapter_name or None, sector_name or None)
        refused = self.refusal(existing, clean)
        changed = changed_fields(input_of(existing), clean) if existing is not None else []
        if refused and (existing is None or changed):
            return report(RowClass.ERROR, self.column_title("chapter"), refused), None
        if existing is None:
            namesake = self.by_person.get(person_key(clean.first_name, clean.last_name))
            if namesake is not None and (clean.first_name or clean.last_name):
                reason = translate("Import", MSG_SAME_PERSON).format(
                    name=f"{namesake.first_name} {namesake.last_name}", company=namesake.company,
                    number=namesake.number)
                return RowReport(row_number, RowClass.NEW, label[:120], self.column_title("company"), reason,
                                 number, text_cells, warning=True), action
            return report(RowClass.NEW, number=number), action
        # The label names the member of the database the row changes, and what it changes.
        label = f"{existing.number} – {_who(existing)}"
        if not changed:
            return report(RowClass.UNCHANGED, number=existing.number), None
        what = ", ".join(translate("Import", _field_label(name)) for name in changed)
        return report(RowClass.UPDATE, reason=translate("Import", MSG_CHANGES).format(fields=what),
                      number=existing.number, changes=len(changed)), action

    def read_cells(self, cells: tuple[Any, ...], texts: tuple[str, ...]
                   ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """The row's values by field, and every cell that cannot be read (column title, reason).
        ``texts`` are the cells' :func:`cell_text`."""
        problems: list[tuple[str, str]] = []
        width = len(cells)
        if not self.clean_file and not cells_pass_check(cells[index] for index, _ in self.checks if index < width):
            for index, field_name in self.checks:
                try:
                    check_cell(cells[index] if index < width else None, field_name)
                except ValidationError as error:
                    problems.append((self.column_title(field_name), _error_text(error)))
            return {}, problems
        # Only the cells filled in: a blank keeps what is recorded, while a consent's "non" clears
        # it. Chapters and sectors are read by name, in row().
        values: dict[str, Any] = {}
        for index, field_name, parse in self.readers:
            raw = cells[index] if index < width else None
            if is_blank(raw):
                continue
            if parse is None:
                values[field_name] = texts[index]
                continue
            try:
                values[field_name] = parse(raw, field_name)
            except ValidationError as error:
                problems.append((self.column_title(field_name), _error_text(error)))
        return values, problems

    def match(self, values: Mapping[str, Any]) -> tuple[Member | None, str | None]:
        """The recorded member a row is about (number, then e-mail, mobile, name and company), and
        the row's e-mail as compared."""
        email = None
        if values.get("email"):
            try:
                email = normalize_email(values["email"])
            except ValidationError:
                email = None
        email_key = email.lower() if email else None
        number = values.get("number")
        if number is not None:
            return self.by_number.get(number), email_key
        existing = (
            (self.by_email.get(email_key) if email_key else None)
            or (self.by_mobile.get(values["mobile"]) if values.get("mobile") else None)
            or self.by_name.get(member_key(values.get("first_name"), values.get("last_name"), values.get("company")))
        )
        return existing, email_key

    def checked(self, values: Mapping[str, Any], existing: Member | None, email_key: str | None,
                chapter_name: str, sector_name: str) -> tuple[MemberInput | None, list[tuple[str, str]]]:
        """The row over what is recorded (an empty cell keeps the recorded value), checked by the
        member form's rules: the clean member, or every problem (column title, reason)."""
        base = input_of(existing) if existing is not None else self.new_member
        changes: dict[str, Any] = {k: v for k, v in values.items() if k != "number"}
        if existing is not None and existing.email and email_key == existing.email.lower():
            changes.pop("email", None)  # the same address in other capitals is no change
        if chapter_name:
            changes["chapter_id"] = self.chapters.resolve(chapter_name)
        if sector_name:
            changes["sector_id"] = self.sectors.resolve(sector_name)
        merged = replace(base, **changes)
        try:
            clean = validate_member(merged, member_id=existing.id if existing else None, today=self.today,
                                    passed=self.passed)
        except ValidationErrors as error:
            return None, [(self.column_title({"chapter_id": "chapter", "sector_id": "sector"}.get(name, name)),
                           _error_text(e)) for name, e in error.errors.items()]
        first_change = self.first_change.get(existing.id) if existing is not None else None
        if first_change is not None and clean.join_date and clean.join_date > first_change:
            from app.formatting import format_date

            reason = translate("Validation", MSG_JOIN_AFTER_HISTORY).format(date=format_date(first_change))
            return None, [(self.column_title("join_date"), reason)]
        return clean, []

    def recorded_conflict(self, keys: list[tuple[str, Any]], existing: Member | None
                          ) -> tuple[RowClass, str, str] | None:
        """Someone else recorded with the same e-mail, mobile or name and company?"""
        for what, key in keys:
            index: Mapping[Any, Member] = (
                self.by_email if what == "email" else self.by_mobile if what == "mobile" else self.by_name)
            other = index.get(key)
            if other is not None and (existing is None or other.id != existing.id):
                reason = translate("Import", MSG_CONFLICT).format(
                    what=translate("Import", WHAT[what]), number=other.number,
                    name=f"{other.first_name} {other.last_name}")
                return RowClass.ERROR, self.column_title({"name": "last_name"}.get(what, what)), reason
        return None

    def earlier_in_file(self, keys: list[tuple[str, Any]], existing: Member | None, number: int | None,
                        row_number: int) -> tuple[RowClass, str, str] | None:
        """The same member (number, e-mail, mobile, name) on an earlier row of the file? If not, the
        row's keys are remembered for the rows below."""
        keys = [*([("member", existing.id)] if existing is not None else []),
                *([("number", number)] if number is not None else []), *keys]
        for what, key in keys:
            earlier = self.seen.get((what, key))
            if earlier is not None:
                reason = translate("Import", MSG_SAME_AS_ROW).format(what=translate("Import", WHAT[what]), row=earlier)
                return RowClass.DUPLICATE, "", reason
        for key in keys:
            self.seen[key] = row_number
        return None

    # -- writing -----------------------------------------------------------------------
    def audit_line(self, member_id: int, changed: list[str], verb: str, row: int) -> dict[str, Any]:
        line = audit_line(member_id, IMPORT, changed, self.actor, change=verb, file=self.file_name[:120], row=row)
        assert line is not None  # an import's line is kept even when it changed nothing
        return line

    def write(self, plan: ImportPlan, actions: list[_Action], total: int) -> ImportResult:
        session = self.session
        # Only the names of rows being imported matter: a rejected row creates nothing.
        used = {reference_key(name) for a in actions for name in (a.chapter_name, a.sector_name) if name}
        for refs in (self.chapters, self.sectors):
            refs.unknown = {k: n for k, n in refs.unknown.items() if k in used}
        undecided = self.chapters.undecided(self.options.create_missing) + self.sectors.undecided(
            self.options.create_missing)
        if undecided:
            raise CercleError(MSG_UNRESOLVED, context="Import", names=", ".join(sorted(undecided)))
        chapters_created = self.chapters.create(session)
        sectors_created = self.sectors.create(session)
        next_number = max(self.by_number, default=1000)
        given = {a.number for a in actions if a.member is None and a.number is not None}
        next_number = max([next_number, *given])
        # Members with a number of their own first, so that new numbers never take one of theirs.
        ordered = sorted(actions, key=lambda a: (a.member is not None, a.number is None))
        new_rows: list[tuple[dict[str, Any], list[str], int]] = []  # values, fields given, row
        audit: list[dict[str, Any]] = []
        for action in ordered:
            values = record_values(action.clean)
            if action.chapter_name:
                values["chapter_id"] = self.chapters.resolve(action.chapter_name)
            if action.sector_name:
                values["sector_id"] = self.sectors.resolve(action.sector_name)
            member = action.member
            if member is None:
                if action.number is not None:
                    number = action.number
                else:
                    next_number += 1
                    number = next_number
                filled = [name for name, value in values.items() if value is not None]
                new_rows.append(({**values, "number": number, "status": MemberStatus.ACTIVE}, filled, action.row))
                continue
            changed = [name for name, value in values.items() if getattr(member, name) != value]
            for name, value in values.items():
                setattr(member, name, value)
            audit.append(self.audit_line(member.id, changed, "update", action.row))
        # Changes to recorded members go through the unit of work, whose version check refuses
        # a member another connection saved meanwhile; new members are inserted in bulk (the
        # antenna limit checks each row of the statement), their audit lines after them.
        session.flush()
        base, done = len(self.body), len(audit)
        for start in range(0, len(new_rows), FLUSH_EVERY):
            chunk = new_rows[start:start + FLUSH_EVERY]
            # Each new id is told by the member's number, which is unique: asked to return the ids
            # in the rows' order, SQLite's driver inserts one row per statement.
            ids = dict(session.execute(insert(Member).returning(Member.number, Member.id),
                                       [values for values, _, _ in chunk]).all())
            for values, filled, row in chunk:
                audit.append(self.audit_line(ids[values["number"]], filled, "create", row))
            done += len(chunk)
            if self.progress:
                self.progress(base + done * base // max(len(ordered), 1), total)
        record_audits(session, audit)
        if self.progress:
            self.progress(total, total)
        created, updated = len(new_rows), len(ordered) - len(new_rows)
        return ImportResult(
            plan, created=created, updated=updated, unchanged=plan.count(RowClass.UNCHANGED),
            rejected=len(plan.rejected), chapters_created=chapters_created, sectors_created=sectors_created,
        )


def _identity_keys(clean: MemberInput) -> list[tuple[str, Any]]:
    """How a member is told from the others, in the order a clash is reported: e-mail, mobile,
    then name and company."""
    keys: list[tuple[str, Any]] = []
    if clean.email:
        keys.append(("email", clean.email.lower()))
    if clean.mobile:
        keys.append(("mobile", clean.mobile))
    keys.append(("name", member_key(clean.first_name, clean.last_name, clean.company)))
    return keys


def _who(member: Member) -> str:
    """A recorded member as the user knows them: "Youssef Bernard (Auto Pièces Rabat)"."""
    name = f"{member.first_name} {member.last_name}"
    return f"{name} ({member.company})" if member.company else name


def _same_identity(member: Member, values: Mapping[str, Any]) -> bool:
    """Whether the names given by a row are those of ``member``: every name given must match
    (case, accents and spaces aside); with no name at all, the company must."""
    first, last = values.get("first_name"), values.get("last_name")
    if first or last:
        given, recorded = person_key(first, last), person_key(member.first_name, member.last_name)
        return (not first or given[0] == recorded[0]) and (not last or given[1] == recorded[1])
    company = values.get("company")
    return not company or company_key(company) == company_key(member.company)


def _field_label(name: str) -> str:
    key = {"chapter_id": "chapter", "sector_id": "sector"}.get(name, name)
    try:
        return field_spec(ImportKind.MEMBERS, key).label
    except KeyError:
        return name.replace("_", " ")


# ------------------------------------------------------------------------------ export

# Columns of the members export, in order: each imports back into the same field. The status
# is shown for the reader only: an import never changes it.
EXPORT_FIELDS = tuple(spec.key for spec in MEMBER_FIELDS)
EXPORT_STATUS = QT_TRANSLATE_NOOP("Import", "Status")


def members_for_export(uow: UnitOfWork) -> tuple[list[str], list[list[Any]]]:
    """The members as a table (translated titles, one row per member by number) that imports back."""
    from app.domain.enums import label as enum_label
    from app.domain.validation import format_phone

    def enum_text(value: Any) -> str | None:
        return translate("Enums", enum_label(value)) if value is not None else None

    header = [translate("Import", field_spec(ImportKind.MEMBERS, key).label) for key in EXPORT_FIELDS]
    header.append(translate("Import", EXPORT_STATUS))
    def cell(member: Member, key: str) -> Any:
        value = getattr(member, key)  # a chapter or sector by its relationship of the column's name
        kind = MEMBER_CELLS.get(key)
        if kind is Cell.CHOICE:
            return enum_text(value)
        if kind is Cell.PHONE:
            return format_phone(value) or None
        if kind is Cell.REFERENCE:
            return value.name if value is not None else None
        return value

    rows = []
    with uow:
        for m in uow.session.scalars(select(Member).order_by(Member.number)):
            rows.append([*(cell(m, key) for key in EXPORT_FIELDS), enum_text(m.status)])
    return header, rows

"""Importing an attendance grid: members in rows (number or name), meeting dates in columns.

Called by :mod:`app.services.imports`, inside its unit of work. Each date column is matched to
the meeting held that day that the member was expected at; dates with no meeting are listed
and their meetings created when the user allows it (asked once for all of them).

A grid is one antenna's when the user names it, or when that antenna's members hold more than
half of its rows; otherwise it is the whole club's, and the meetings it creates are club-wide.
A member of another antenna marked in an antenna's grid is recorded as a visitor at that
antenna's meeting: added to its expected list, as a badge read at the door adds them, so that
:func:`app.domain.attendance.expected_at` and ``expected_by_member`` (hence the figures, the
charter's compliance and the reports) count them there. Any other mark is only recorded for a
member expected at the meeting (active that day, in its chapter), as on the attendance sheet.
A mark the connection's antenna limit refuses is an error of its row. Changes to meetings held
over a week before go to the audit trail. An empty cell records nothing and erases nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import scope
from app.db.models import Attendance, ExtraExpected, Meeting
from app.domain.attendance import (
    AttendanceStatus,
    CleanMark,
    MeetingKey,
    MeetingKind,
    MeetingState,
    expected_at,
    may_visit,
    needs_audit,
    validate_meeting_date,
)
from app.domain.errors import CercleError, ValidationError
from app.domain.importing import (
    ImportKind,
    RowClass,
    cell_text,
    header_date,
    is_blank,
    name_keys,
    parse_number_cell,
    parse_status_cell,
)
from app.domain.text import fold
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import roster as roster_service
from app.services.attendance import _apply as apply_marks
from app.services.import_plan import WHOLE_CLUB, ImportPlan, ImportResult, RowReport, error_report
from app.services.roster import RosterMember

MSG_NO_MEMBER_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "No column identifies the members: map a column to the member number or the name."
)
MSG_NO_DATES = QT_TRANSLATE_NOOP("Import", "No column is a meeting date: map the columns whose title is a date.")
MSG_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "Column {column} is mapped to a meeting but its title is not a date.")
MSG_SAME_DATE = QT_TRANSLATE_NOOP("Import", "Two columns hold the meeting of {date}.")
MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Import", "No member with this number or name.")
MSG_AMBIGUOUS = QT_TRANSLATE_NOOP("Import", "Several members are called {name}: use the member number.")
MSG_NOT_EXPECTED = QT_TRANSLATE_NOOP("Import", "{name} was not expected at the meeting of {date}.")
MSG_FUTURE = QT_TRANSLATE_NOOP("Import", "The meeting of {date} has not taken place yet.")
MSG_MISSING_MEETINGS = QT_TRANSLATE_NOOP(
    "Import", "No meeting is recorded on {dates}: allow the import to create them, or plan them first."
)
MSG_SAME_MEMBER = QT_TRANSLATE_NOOP("Import", "Same member as row {row}.")
MSG_VISITOR = QT_TRANSLATE_NOOP("Import", "Member of {chapter}: recorded as a visitor on {dates}.")

MEMBER_FIELDS = ("number", "full_name", "last_name")  # the fields that can tell who a row is


def analyse_grid(session: Session, file_name: str, header_row: int, columns: tuple, body: list,
                 options: Any, progress: Callable[[int, int], None] | None, *, writing: bool
                 ) -> tuple[ImportPlan, Callable[[ImportPlan], ImportResult] | None]:
    """The dry run of a grid (every row classified) and, when ``writing``, the function that writes it."""
    grid_columns = _read_columns(columns)
    members = _Members(roster_service.load_roster(session))
    # Who each row is, first: whose grid it is (and so the chapter of its meetings) depends on it.
    identified = [(row_number, cells, *members.identify(cells, grid_columns)) for row_number, cells in body]
    rows_of = Counter(members.roster[member_id].chapter_id for _, _, member_id, _, _ in identified
                      if member_id is not None)
    meetings = _Meetings(session, sorted({day for _, day in grid_columns.dates}), members.roster,
                         grid_chapter(rows_of, options.meeting_chapter_id), options.meeting_kind)
    grid = _Rows(grid_columns, members.roster, meetings, options.today or date.today())
    total = len(identified) * (2 if writing else 1)
    for done, (row_number, cells, member_id, label, error) in enumerate(identified, start=1):
        if progress and done % 200 == 0:
            progress(done, total)
        grid.add(row_number, cells, member_id, label, error)
    used_missing = tuple(day for day in meetings.missing if grid.marks.get(meetings.new[day].id))
    plan = ImportPlan(ImportKind.ATTENDANCE, file_name, header_row, columns, tuple(grid.reports),
                      missing_dates=used_missing, marks=grid.total_marks)
    if not writing:
        return plan, None

    def write(plan: ImportPlan) -> ImportResult:
        return _write(session, plan, grid, options.create_missing, progress, len(identified), total)

    return plan, write


def grid_chapter(rows_of: Counter[int], chosen: int | None) -> int:
    """Whose grid it is: the chapter the user chose (or :data:`WHOLE_CLUB`), else the chapter whose
    members hold more than half of its rows (``rows_of``: chapter id -> rows), else the whole club."""
    if chosen is not None:
        return chosen
    ranked = rows_of.most_common(1)
    return ranked[0][0] if ranked and 2 * ranked[0][1] > sum(rows_of.values()) else WHOLE_CLUB


@dataclass(frozen=True)
class _Columns:
    """The grid's columns: the one of each member field, and the meeting dates in file order."""

    by_field: dict[str, Any]
    dates: tuple[tuple[Any, date], ...]

    def cell(self, cells: tuple, field: str) -> Any:
        column = self.by_field.get(field)
        return cells[column.index] if column is not None and column.index < len(cells) else None

    @property
    def member_title(self) -> str:
        """The title of the column that tells who a row is."""
        column = next((self.by_field[f] for f in MEMBER_FIELDS if f in self.by_field), None)
        return column.header if column is not None else ""


def _read_columns(columns: tuple) -> _Columns:
    """The member and date columns the mapping chose.

    Raises:
        CercleError: a date column whose title is no date, two columns of one date, no column
            that tells who a row is, or no date column.
    """
    by_field: dict[str, Any] = {}
    dates: list[tuple[Any, date]] = []
    for column in columns:
        if column.field == "meeting":
            day = column.day or header_date(column.header)
            if day is None:
                raise CercleError(MSG_NOT_A_DATE, context="Import", column=column.header or column.letter)
            if any(day == other for _, other in dates):
                raise CercleError(MSG_SAME_DATE, context="Import", date=format_date(day))
            dates.append((column, day))
        elif column.field:
            by_field.setdefault(column.field, column)
    if not (set(MEMBER_FIELDS) & by_field.keys()):
        raise CercleError(MSG_NO_MEMBER_COLUMN, context="Import")
    if not dates:
        raise CercleError(MSG_NO_DATES, context="Import")
    return _Columns(by_field, tuple(sorted(dates, key=lambda pair: pair[0].index)))


class _Members:
    """The club's members as a row names them: by number, by full name, or by last name alone."""

    def __init__(self, roster: dict[int, RosterMember]) -> None:
        self.roster = roster
        self.by_number = {m.number: m for m in roster.values()}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for member in roster.values():
            last_name = "last:" + " ".join(fold(member.last_name).split())
            for name_key in {*name_keys(member.first_name, member.last_name), last_name}:
                self.by_name[name_key].append(member.id)

    def identify(self, cells: tuple, columns: _Columns) -> tuple[int | None, str, str]:
        """(member id, label, error text) of one row, from its number or its name."""
        cell = columns.cell
        label = " ".join(cell_text(cell(cells, f)) for f in ("number", "full_name", "first_name", "last_name")
                         if not is_blank(cell(cells, f)))
        raw_number = cell(cells, "number")
        if not is_blank(raw_number):
            try:
                number = parse_number_cell(raw_number)
            except ValidationError as error:
                return None, label, error.text()
            member = self.by_number.get(number) if number is not None else None
            if member is None:
                return None, label, translate("Import", MSG_UNKNOWN_MEMBER)
            return member.id, f"{member.number} – {member.full_name}", ""
        full = cell_text(cell(cells, "full_name"))
        if not full:
            last, first = cell_text(cell(cells, "last_name")), cell_text(cell(cells, "first_name"))
            full = f"{first} {last}".strip() if first else last
        key = " ".join(fold(full).split())
        ids = self.by_name.get(key, [])
        if not ids and key:
            ids = self.by_name.get("last:" + key, [])  # a last name alone, when only one member has it
        if len(ids) > 1:
            return None, label, translate("Import", MSG_AMBIGUOUS).format(name=full)
        if not ids:
            return None, label, translate("Import", MSG_UNKNOWN_MEMBER)
        member = self.roster[ids[0]]
        return member.id, f"{member.number} – {member.full_name}", ""


class _Meetings:
    """The meetings of the grid's dates (recorded, or to create in the grid's chapter), their marks,
    and who is expected at each, the visitors the grid adds included."""

    def __init__(self, session: Session, dates: list[date], roster: dict[int, RosterMember], chapter: int,
                 kind: MeetingKind) -> None:
        self.session = session
        self.roster = roster
        self.chapter_id = None if chapter == WHOLE_CLUB else chapter  # None: the whole club's grid
        self.recorded: dict[date, list[Meeting]] = defaultdict(list)
        for meeting in session.scalars(select(Meeting).where(Meeting.date.in_(dates)).order_by(Meeting.id)):
            if meeting.state != MeetingState.CANCELLED:
                self.recorded[meeting.date].append(meeting)
        self.missing = [day for day in dates if not self.recorded.get(day)]
        self.new = {day: MeetingKey(-(index + 1), day, kind, self.chapter_id)
                    for index, day in enumerate(self.missing)}
        meeting_ids = [m.id for ms in self.recorded.values() for m in ms]
        self.extras = roster_service.load_extras(session, set(meeting_ids))
        self.records = {
            (r.meeting_id, r.member_id): r.status
            for r in session.execute(select(Attendance.meeting_id, Attendance.member_id, Attendance.status)
                                     .where(Attendance.meeting_id.in_(meeting_ids)))
        }
        self.visitors: dict[int, set[int]] = defaultdict(set)  # meeting key id -> members the grid adds
        self._expected: dict[int, set[int]] = {}
        self._scope_cache: dict = {}

    def candidates(self, day: date) -> list[MeetingKey]:
        """The meetings a mark of ``day`` may go to, those the antenna limit allows first."""
        if day in self.new:
            return [self.new[day]]
        keys = [MeetingKey(m.id, m.date, m.kind, m.chapter_id) for m in self.recorded[day]]
        return sorted(keys, key=lambda key: bool(self.refusal(key)))

    def added_by_hand(self, key_id: int) -> set[int]:
        """Who the meeting expects beyond its chapter: added on its sheet, and the grid's visitors."""
        return self.extras.get(key_id, set()) | self.visitors.get(key_id, set())

    def expected(self, key: MeetingKey) -> set[int]:
        if key.id not in self._expected:
            self._expected[key.id] = set(expected_at(key, self.roster.values(), self.added_by_hand(key.id)))
        return self._expected[key.id]

    def refusal(self, key: MeetingKey) -> str:
        """Why the connection's antenna limit refuses marks at this meeting ("" when it may)."""
        error = scope.refusal(self.session, "meetings", {"chapter_id": key.chapter_id}, self._scope_cache)
        return error.text() if error is not None else ""

    def meeting_for(self, member: RosterMember, day: date) -> tuple[MeetingKey | None, bool]:
        """The meeting of ``day`` a member's mark goes to, and whether they come to it as a visitor:
        one they are expected at, else the grid's chapter's meeting if they may visit it."""
        candidates = self.candidates(day)
        key = next((k for k in candidates if member.id in self.expected(k)), None)
        if key is not None or self.chapter_id is None:
            return key, False
        host = next((k for k in candidates if k.chapter_id == self.chapter_id and may_visit(k, member)), None)
        return host, host is not None

    def add_visitors(self, key_id: int, member_ids: Collection[int]) -> None:
        self.visitors[key_id].update(member_ids)
        self._expected.pop(key_id, None)  # asked again of expected_at, which counts them now


class _Rows:
    """Each row's verdict, and the marks of the rows accepted (meeting key id -> member -> status)."""

    def __init__(self, columns: _Columns, roster: dict[int, RosterMember], meetings: _Meetings,
                 today: date) -> None:
        self.columns, self.roster, self.meetings, self.today = columns, roster, meetings, today
        self.reports: list[RowReport] = []
        self.marks: dict[int, dict[int, AttendanceStatus]] = defaultdict(dict)
        self.seen: dict[int, int] = {}  # member id -> the row that recorded them
        self.total_marks = 0

    def add(self, row_number: int, cells: tuple, member_id: int | None, label: str, error: str) -> None:
        text_cells = tuple(cell_text(c) for c in cells)
        number = self.roster[member_id].number if member_id is not None else None

        def report(result: RowClass, reason: str = "", changes: int = 0, column: str = "",
                   warning: bool = False) -> RowReport:
            return RowReport(row_number, result, label[:120], column, reason, number, text_cells, changes,
                             warning=warning)

        if error:
            self.reports.append(report(RowClass.ERROR, error, column=self.columns.member_title))
            return
        assert member_id is not None
        if member_id in self.seen:
            self.reports.append(report(RowClass.DUPLICATE, translate("Import", MSG_SAME_MEMBER).format(
                row=self.seen[member_id])))
            return
        row_marks, visits, failures = self._marks(self.roster[member_id], cells)
        if failures:
            self.reports.append(error_report(row_number, label, failures, number, text_cells))
            return
        self.seen[member_id] = row_number
        new = changed = 0
        for key, status in row_marks:
            self.marks[key.id][member_id] = status
            if (key.id, member_id) in self.meetings.records:
                changed += 1
            else:
                new += 1
        for key in visits:
            self.meetings.add_visitors(key.id, [member_id])
        self.total_marks += new + changed
        result = RowClass.UPDATE if changed else RowClass.NEW if new else RowClass.UNCHANGED
        visited = translate("Import", MSG_VISITOR).format(
            chapter=self.roster[member_id].chapter, dates=", ".join(format_date(key.date) for key in visits))
        self.reports.append(report(result, visited if visits else "", new + changed, warning=bool(visits)))

    def _marks(self, member: RosterMember, cells: tuple
               ) -> tuple[list[tuple[MeetingKey, AttendanceStatus]], list[MeetingKey], list[tuple[str, str]]]:
        """The marks of a member's row that change something, the meetings they visit, and every
        mark of the row at fault (column title, reason)."""
        row_marks: list[tuple[MeetingKey, AttendanceStatus]] = []
        visits: list[MeetingKey] = []
        failures: list[tuple[str, str]] = []
        for column, day in self.columns.dates:
            value = cells[column.index] if column.index < len(cells) else None
            if is_blank(value):
                continue
            title = column.header or column.letter
            try:
                status = parse_status_cell(value, "status")
                if day > self.today:
                    failures.append((title, translate("Import", MSG_FUTURE).format(date=format_date(day))))
                    continue
                validate_meeting_date(day, self.today)
            except ValidationError as exc:
                failures.append((title, exc.text()))
                continue
            key, visitor = self.meetings.meeting_for(member, day)
            if key is None or status is None:
                failures.append((title, translate("Import", MSG_NOT_EXPECTED).format(
                    name=member.full_name, date=format_date(day))))
                continue
            if self.meetings.records.get((key.id, member.id)) is status:
                continue
            if refused := self.meetings.refusal(key):
                failures.append((title, refused))
                continue
            row_marks.append((key, status))
            if visitor:
                visits.append(key)
        return row_marks, visits, failures


def _write(session: Session, plan: ImportPlan, rows: _Rows, create_missing: bool,
           progress: Callable[[int, int], None] | None, done: int, total: int) -> ImportResult:
    """Create the meetings the grid needs, add its visitors to their expected lists, write its marks."""
    meetings = rows.meetings
    if plan.missing_dates and not create_missing:
        raise CercleError(MSG_MISSING_MEETINGS, context="Import",
                          dates=", ".join(format_date(day) for day in plan.missing_dates))
    written_to: dict[int, Meeting] = {m.id: m for ms in meetings.recorded.values() for m in ms}
    for day in plan.missing_dates:
        key = meetings.new[day]
        meeting = Meeting(date=day, kind=key.kind, chapter_id=key.chapter_id, state=MeetingState.HELD)
        session.add(meeting)
        session.flush()
        written_to[key.id] = meeting
    written = 0
    for index, (key_id, member_marks) in enumerate(sorted(rows.marks.items()), start=1):
        meeting = written_to[key_id]
        session.add_all(ExtraExpected(meeting_id=meeting.id, member_id=member_id)
                        for member_id in sorted(meetings.visitors.get(key_id, ())))
        clean = {member_id: CleanMark(status) for member_id, status in member_marks.items()}
        changed = apply_marks(session, meeting, clean, rows.roster, meetings.added_by_hand(key_id),
                              audit=needs_audit(meeting.date, rows.today), user=None, today=rows.today)
        written += len(changed)
        session.flush()
        if progress:
            progress(done + index * done // max(len(rows.marks), 1), total)
    return ImportResult(plan, created=plan.count(RowClass.NEW), updated=plan.count(RowClass.UPDATE),
                        unchanged=plan.count(RowClass.UNCHANGED), rejected=len(plan.rejected),
                        marks=written, meetings_created=len(plan.missing_dates))

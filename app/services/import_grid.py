"""Importing an attendance grid: members in rows (number or name), meeting dates in columns.

Called by :mod:`app.services.imports`, inside its unit of work. Each date column is matched to
the meeting held that day that the member was expected at; dates with no meeting are listed
and their meetings created when the user allows it (asked once for all of them). A mark is
only recorded for a member expected at the meeting (active that day, in its chapter), as on
the attendance sheet, and changes to meetings held over a week before go to the audit trail.
An empty cell records nothing and erases nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import scope
from app.db.models import Attendance, Meeting
from app.domain.attendance import (
    AttendanceStatus,
    CleanMark,
    MeetingKey,
    MeetingState,
    expected_at,
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
from app.services.import_plan import WHOLE_CLUB, ImportPlan, ImportResult, RowReport, error_report

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


def analyse_grid(session: Session, file_name: str, header_row: int, columns: tuple, body: list,
                 options: Any, progress: Callable[[int, int], None] | None, *, writing: bool
                 ) -> tuple[Any, Any]:
    today = options.today or date.today()
    by_field: dict[str, Any] = {}
    date_columns: list[tuple[Any, date]] = []
    for column in columns:
        if column.field == "meeting":
            day = column.day or header_date(column.header)
            if day is None:
                raise CercleError(MSG_NOT_A_DATE, context="Import", column=column.header or column.letter)
            if any(day == other for _, other in date_columns):
                raise CercleError(MSG_SAME_DATE, context="Import", date=format_date(day))
            date_columns.append((column, day))
        elif column.field:
            by_field.setdefault(column.field, column)
    if not ({"number", "full_name", "last_name"} & by_field.keys()):
        raise CercleError(MSG_NO_MEMBER_COLUMN, context="Import")
    if not date_columns:
        raise CercleError(MSG_NO_DATES, context="Import")

    roster = roster_service.load_roster(session)
    by_number = {m.number: m for m in roster.values()}
    by_name: dict[str, list[int]] = defaultdict(list)
    for member in roster.values():
        last_name = "last:" + " ".join(fold(member.last_name).split())
        for name_key in {*name_keys(member.first_name, member.last_name), last_name}:
            by_name[name_key].append(member.id)

    dates = sorted({day for _, day in date_columns})
    meetings_by_date: dict[date, list[Meeting]] = defaultdict(list)
    for meeting in session.scalars(select(Meeting).where(Meeting.date.in_(dates)).order_by(Meeting.id)):
        if meeting.state != MeetingState.CANCELLED:
            meetings_by_date[meeting.date].append(meeting)
    missing = [day for day in dates if not meetings_by_date.get(day)]
    meeting_ids = [m.id for ms in meetings_by_date.values() for m in ms]
    extras = roster_service.load_extras(session, set(meeting_ids))
    records = {
        (r.meeting_id, r.member_id): r.status
        for r in session.execute(select(Attendance.meeting_id, Attendance.member_id, Attendance.status)
                                 .where(Attendance.meeting_id.in_(meeting_ids)))
    }

    def cell(cells: tuple, field: str) -> Any:
        column = by_field.get(field)
        return cells[column.index] if column is not None and column.index < len(cells) else None

    # Who each row is, first: the chapter of the meetings to create depends on it.
    identified: list[tuple[int, tuple, int | None, str, str]] = []  # row, cells, member id, label, error
    for row_number, cells in body:
        member_id, label, error = _identify(cells, cell, by_number, by_name, roster)
        identified.append((row_number, cells, member_id, label, error))
    limit = scope.limit_of(session)
    # The meetings created belong to the antenna the connection is limited to, if no other is named.
    chapter_id = options.meeting_chapter_id if options.meeting_chapter_id is not None else limit
    if chapter_id is None:
        # A grid is usually one antenna's: its meetings go to the chapter most of its members belong
        # to (a club-wide meeting would count every other member absent).
        chapters = Counter(roster[mid].chapter_id for _, _, mid, _, _ in identified if mid is not None)
        ranked = chapters.most_common(2)
        chapter_id = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else WHOLE_CLUB
    new_keys = {
        day: MeetingKey(-(index + 1), day, options.meeting_kind,
                        None if chapter_id == WHOLE_CLUB else chapter_id)
        for index, day in enumerate(missing)
    }
    expected: dict[int, set[int]] = {}

    def expected_ids(key: MeetingKey) -> set[int]:
        if key.id not in expected:
            expected[key.id] = set(expected_at(key, roster.values(), extras.get(key.id, set())))
        return expected[key.id]

    scope_cache: dict = {}

    def refusal(key: MeetingKey) -> str:
        """Why the connection's antenna limit refuses marks at this meeting ("" when it may)."""
        error = scope.refusal(session, "meetings", {"chapter_id": key.chapter_id}, scope_cache)
        return error.text() if error is not None else ""

    def candidates(day: date) -> list[MeetingKey]:
        if day in new_keys:
            return [new_keys[day]]
        keys = [MeetingKey(m.id, m.date, m.kind, m.chapter_id) for m in meetings_by_date[day]]
        return sorted(keys, key=lambda key: bool(refusal(key)))  # the limit's own meetings first

    reports = []
    marks: dict[int, dict[int, AttendanceStatus]] = defaultdict(dict)  # meeting key id -> member -> status
    seen: dict[int, int] = {}
    total_marks = 0
    total = len(identified) * (2 if writing else 1)
    for done, (row_number, cells, member_id, label, error) in enumerate(identified, start=1):
        if progress and done % 200 == 0:
            progress(done, total)
        text_cells = tuple(cell_text(c) for c in cells)

        def report(result: RowClass, column: str = "", reason: str = "", changes: int = 0,
                   row_number: int = row_number, label: str = label, text_cells: tuple = text_cells,
                   member_id: int | None = member_id) -> RowReport:
            number = roster[member_id].number if member_id is not None else None
            return RowReport(row_number, result, label[:120], column, reason, number, text_cells, changes)

        member_column = next((by_field[f] for f in ("number", "full_name", "last_name") if f in by_field), None)
        if error:
            reports.append(report(RowClass.ERROR, member_column.header if member_column else "", error))
            continue
        assert member_id is not None
        if member_id in seen:
            reports.append(report(RowClass.DUPLICATE, "", translate("Import", MSG_SAME_MEMBER).format(
                row=seen[member_id])))
            continue
        member = roster[member_id]
        row_marks: list[tuple[int, AttendanceStatus]] = []
        new = changed = 0
        failures: list[tuple[str, str]] = []  # every mark of the row at fault: (column title, reason)
        for column, day in date_cols_sorted(date_columns):
            value = cells[column.index] if column.index < len(cells) else None
            if is_blank(value):
                continue
            title = column.header or column.letter
            try:
                status = parse_status_cell(value, "status")
                if day > today:
                    failures.append((title, translate("Import", MSG_FUTURE).format(date=format_date(day))))
                    continue
                validate_meeting_date(day, today)
            except ValidationError as exc:
                failures.append((title, exc.text()))
                continue
            meeting_key = next((k for k in candidates(day) if member_id in expected_ids(k)), None)
            if meeting_key is None or status is None:
                failures.append((title, translate("Import", MSG_NOT_EXPECTED).format(
                    name=member.full_name, date=format_date(day))))
                continue
            old = records.get((meeting_key.id, member_id))
            if old is status:
                continue
            if refused := refusal(meeting_key):
                failures.append((title, refused))
                continue
            if old is None:
                new += 1
            else:
                changed += 1
            row_marks.append((meeting_key.id, status))
        if failures:
            reports.append(error_report(row_number, label, failures, member.number, text_cells))
            continue
        seen[member_id] = row_number
        for key_id, status in row_marks:
            marks[key_id][member_id] = status
        total_marks += new + changed
        result = RowClass.UPDATE if changed else RowClass.NEW if new else RowClass.UNCHANGED
        reports.append(report(result, changes=new + changed))

    used_missing = tuple(day for day in missing if marks.get(new_keys[day].id))
    plan = ImportPlan(ImportKind.ATTENDANCE, file_name, header_row, columns, tuple(reports),
                      missing_dates=used_missing, marks=total_marks)
    if not writing:
        return plan, None

    def write(plan: Any) -> Any:
        from app.services.attendance import _apply as apply_marks

        if used_missing and not options.create_missing:
            raise CercleError(MSG_MISSING_MEETINGS, context="Import",
                              dates=", ".join(format_date(day) for day in used_missing))
        meetings: dict[int, Meeting] = {m.id: m for ms in meetings_by_date.values() for m in ms}
        for day in used_missing:
            key = new_keys[day]
            meeting = Meeting(date=day, kind=key.kind, chapter_id=key.chapter_id, state=MeetingState.HELD)
            session.add(meeting)
            session.flush()
            meetings[key.id] = meeting
        written = 0
        for index, (key_id, member_marks) in enumerate(sorted(marks.items()), start=1):
            meeting = meetings[key_id]
            clean = {member_id: CleanMark(status) for member_id, status in member_marks.items()}
            rows = apply_marks(session, meeting, clean, roster, extras.get(meeting.id, set()),
                               audit=needs_audit(meeting.date, today), user=None, today=today)
            written += len(rows)
            session.flush()
            if progress:
                progress(len(identified) + index * len(identified) // max(len(marks), 1), total)
        return ImportResult(plan, created=plan.count(RowClass.NEW), updated=plan.count(RowClass.UPDATE),
                            unchanged=plan.count(RowClass.UNCHANGED), rejected=len(plan.rejected),
                            marks=written, meetings_created=len(used_missing))

    return plan, write


def date_cols_sorted(date_columns: list[tuple[Any, date]]) -> list[tuple[Any, date]]:
    return sorted(date_columns, key=lambda pair: pair[0].index)


def _identify(cells: tuple, cell: Callable[[tuple, str], Any], by_number: dict, by_name: dict,
              roster: dict) -> tuple[int | None, str, str]:
    """(member id, label, error text) of one row, from its number or its name."""
    label = " ".join(cell_text(cell(cells, f)) for f in ("number", "full_name", "first_name", "last_name")
                     if not is_blank(cell(cells, f)))
    raw_number = cell(cells, "number")
    if not is_blank(raw_number):
        try:
            number = parse_number_cell(raw_number)
        except ValidationError as error:
            return None, label, error.text()
        member = by_number.get(number)
        if member is None:
            return None, label, translate("Import", MSG_UNKNOWN_MEMBER)
        return member.id, f"{member.number} – {member.full_name}", ""
    full = cell_text(cell(cells, "full_name"))
    if not full:
        last, first = cell_text(cell(cells, "last_name")), cell_text(cell(cells, "first_name"))
        full = f"{first} {last}".strip() if first else last
    key = " ".join(fold(full).split())
    ids = by_name.get(key, [])
    if not ids and key:
        ids = by_name.get("last:" + key, [])  # a last name alone, when only one member has it
    if len(ids) > 1:
        return None, label, translate("Import", MSG_AMBIGUOUS).format(name=full)
    if not ids:
        return None, label, translate("Import", MSG_UNKNOWN_MEMBER)
    member = roster[ids[0]]
    return member.id, f"{member.number} – {member.full_name}", ""

"""What an import decided: the file's columns, each row's verdict, the user's options, the result.

Shared by the members import (:mod:`app.services.imports`) and the attendance grid
(:mod:`app.services.import_grid`), which both build these from the rows of a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.attendance import MeetingKind
from app.domain.importing import ROW_CLASS_LABELS, ImportKind, RowClass
from app.i18n import QT_TRANSLATE_NOOP, translate

MSG_IN_COLUMN = QT_TRANSLATE_NOOP("Import", "{column}: {reason}")

ProgressFn = Callable[[int, int], None]
# ``ImportOptions.meeting_chapter_id`` meaning "the whole club" (None: decided from the grid).
WHOLE_CLUB = 0


@dataclass(frozen=True)
class ColumnInfo:
    """One column of the file: where it is, its title, the field it feeds, a few values."""

    index: int
    letter: str
    header: str
    field: str | None
    samples: tuple[str, ...]
    day: date | None = None  # attendance: the date the title holds, read from the cell itself


@dataclass(frozen=True)
class RowReport:
    """What the dry run decided for one row of the file."""

    row: int  # the row number the user sees in the spreadsheet
    result: RowClass
    name: str  # who the row is about, as read
    column: str  # title of the column at fault ("" when none)
    reason: str  # translated explanation ("" for a row that is fine)
    number: int | None  # member number matched or kept (None: given on import)
    cells: tuple[str, ...]  # the row as read, for the rejected-rows report
    changes: int = 0  # fields changed (members) or marks added or changed (attendance)
    warning: bool = False  # accepted, but ``reason`` tells the user something to check
    problems: tuple[tuple[str, str], ...] = ()  # every (column title, reason) of a row in error

    @property
    def result_label(self) -> str:
        return ROW_CLASS_LABELS[self.result]

    @property
    def details(self) -> tuple[str, ...]:
        """The reasons one per line, each after its column when the row has several."""
        if len(self.problems) < 2:
            return (self.reason,) if self.reason else ()
        return tuple(translate("Import", MSG_IN_COLUMN).format(column=column, reason=text)
                     for column, text in self.problems)


@dataclass(frozen=True)
class ImportOptions:
    """What the user decided: the mapping, and what to do with what the database does not know."""

    mapping: tuple[str | None, ...] | None = None  # field per column; None: automatic + remembered
    chapters: Mapping[str, int | None] = field(default_factory=dict)  # unknown name -> id, None: create
    sectors: Mapping[str, int | None] = field(default_factory=dict)
    create_missing: bool = False  # create every unknown chapter, sector or meeting left undecided
    default_chapter_id: int | None = None  # members whose row names no chapter
    default_join_date: date | None = None  # members whose row gives no join date
    meeting_chapter_id: int | None = None  # chapter of the meetings created (None: whole club)
    meeting_kind: MeetingKind = MeetingKind.WEEKLY
    today: date | None = None


@dataclass(frozen=True)
class ImportPlan:
    """The dry run: every row classified, and what must be decided before importing."""

    kind: ImportKind
    file_name: str
    header_row: int  # row number of the titles in the file
    columns: tuple[ColumnInfo, ...]
    rows: tuple[RowReport, ...]
    unknown_chapters: tuple[str, ...] = ()
    unknown_sectors: tuple[str, ...] = ()
    missing_dates: tuple[date, ...] = ()  # attendance: dates with no meeting in the database
    marks: int = 0  # attendance: marks that would be added or changed
    notices: tuple[str, ...] = ()  # translated: columns left out because another has their title or field

    def count(self, result: RowClass) -> int:
        return sum(1 for row in self.rows if row.result is result)

    @property
    def warnings(self) -> tuple[RowReport, ...]:
        """Rows accepted with something for the user to check (a namesake already recorded)."""
        return tuple(row for row in self.rows if row.warning)

    @property
    def counts(self) -> dict[RowClass, int]:
        return {result: self.count(result) for result in RowClass}

    @property
    def rejected(self) -> tuple[RowReport, ...]:
        return tuple(row for row in self.rows if row.result in (RowClass.ERROR, RowClass.DUPLICATE))

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(column.header for column in self.columns)

    @property
    def mapping(self) -> tuple[str | None, ...]:
        return tuple(column.field for column in self.columns)


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    marks: int = 0
    meetings_created: int = 0
    chapters_created: int = 0
    sectors_created: int = 0


Writer = Callable[[ImportPlan], ImportResult]


def error_report(row: int, label: str, problems: list[tuple[str, str]], number: int | None,
                 cells: tuple[str, ...]) -> RowReport:
    """A row refused for every one of its ``problems`` (column title, translated reason)."""
    unique = list(dict.fromkeys(problems))
    report = RowReport(row, RowClass.ERROR, label[:120], unique[0][0], unique[0][1], number, cells,
                       problems=tuple(unique))
    return replace(report, reason=" ".join(report.details))

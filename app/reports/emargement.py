"""``emargement``: the sign-in sheet of one meeting, printed before it starts.

The expected members sorted by name with their number, company and a box to sign; then the
guests already announced and blank lines for those who come unannounced. The blank lines fill
what is left of the page the guests' table ends on, and never start a page of their own: a small
antenna's sheet is one sheet of paper, a larger one ends on a full page, not on a few blank lines.
A cancelled meeting's sheet says so in its header, on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from app.domain.attendance import MeetingKind, label
from app.domain.business import listing_name
from app.domain.validation import format_phone
from app.formatting import format_date_long, format_time
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.template import MIN_ROWS, WHOLE_CLUB, tr

if TYPE_CHECKING:
    from app.reports.template import ReportDoc

MEMBERS = QT_TRANSLATE_NOOP("Reports", "Members expected ({count})")
GUESTS = QT_TRANSLATE_NOOP("Reports", "Guests")
MEMBER_COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "No."),
    QT_TRANSLATE_NOOP("Reports", "Name"),
    QT_TRANSLATE_NOOP("Reports", "Company"),
    QT_TRANSLATE_NOOP("Reports", "Signature"),
)
GUEST_COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "Name"),
    QT_TRANSLATE_NOOP("Reports", "Company"),
    QT_TRANSLATE_NOOP("Reports", "Phone"),
    QT_TRANSLATE_NOOP("Reports", "Invited by"),
    QT_TRANSLATE_NOOP("Reports", "Signature"),
)
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "{kind} of {date}")
AT_TIME = QT_TRANSLATE_NOOP("Reports", "at {time}")
EXTRA = QT_TRANSLATE_NOOP("Reports", "(guest chapter: {chapter})")
NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Please sign next to your name on arrival. Guests: write your details on a free line.")
CANCELLED = QT_TRANSLATE_NOOP("Reports", "Meeting cancelled")
MIN_BLANK_LINES = 3  # when the guests' table starts on a page, it keeps room for this many
# Room to sign (8 mm a row with its padding): a chapter of 20 fits on one page with its guests.
SIGNATURE_HEIGHT = 18


@dataclass(frozen=True)
class SignInMember:
    number: int
    first_name: str
    last_name: str
    company: str
    chapter: str
    extra: bool  # expected by hand, outside their chapter


@dataclass(frozen=True)
class SignInGuest:
    full_name: str
    company: str | None
    phone: str | None
    invited_by: str | None


@dataclass(frozen=True)
class SignInSheet:
    kind: MeetingKind
    date: date
    start_time: time | None
    chapter: str | None  # None: the whole club
    title: str | None
    place: str | None
    members: tuple[SignInMember, ...]  # the expected members, by name
    guests: tuple[SignInGuest, ...]  # announced before the meeting
    cancelled: bool = False


def render(meeting: SignInSheet, doc: ReportDoc) -> None:
    from reportlab.platypus import Spacer

    kind = translate("Attendance", label(meeting.kind))
    parts = [tr(SUBTITLE).format(kind=kind, date=format_date_long(meeting.date))]
    if meeting.start_time:
        parts[0] += " " + tr(AT_TIME).format(time=format_time(meeting.start_time))
    parts.append(meeting.chapter or tr(WHOLE_CLUB))
    doc.subtitle = " — ".join(parts)
    if meeting.cancelled:
        doc.alert = tr(CANCELLED)
    if meeting.title:  # the sheet's title, not a section: a page that continues one names the table
        doc.paragraph(meeting.title, style="h1")
    if meeting.place:
        doc.paragraph(meeting.place)
    doc.note(tr(NOTE))
    doc.heading(tr(MEMBERS).format(count=len(meeting.members)), level=2)
    rows = []
    for row in meeting.members:
        company = row.company + (" " + tr(EXTRA).format(chapter=row.chapter) if row.extra else "")
        rows.append([str(row.number), doc.bold(listing_name(row.first_name, row.last_name)), doc.cell(company),
                     Spacer(1, SIGNATURE_HEIGHT)])
    doc.table([tr(c) for c in MEMBER_COLUMNS], rows, (8, 32, 34, 26), right=[0], grid=True)
    doc.heading(tr(GUESTS), level=2)
    guest_rows = [
        [doc.bold(g.full_name), doc.cell(g.company), doc.cell(format_phone(g.phone)), doc.cell(g.invited_by),
         Spacer(1, SIGNATURE_HEIGHT)]
        for g in meeting.guests
    ]
    header = [tr(c) for c in GUEST_COLUMNS]

    def guest_table(rows: list[list[Any]], blank: int) -> Any:
        blanks = [["", "", "", "", Spacer(1, SIGNATURE_HEIGHT)] for _ in range(blank)]
        doc.table(header, rows + blanks, (24, 24, 16, 18, 18), grid=True, zebra=False)
        return doc.story.pop()

    doc.story.append(filling_table(guest_table, guest_rows, MIN_BLANK_LINES))


def filling_table(build: Any, rows: list[list[Any]], least: int) -> Any:
    """A table of ``rows`` followed by as many blank lines as the page it ends on has room for.

    ``build(rows, blank)`` makes the table (its header first) of those rows and ``blank`` blank
    lines. The rows are cut over pages as any table's; the blank lines never begin a page: on the
    page the rows end on, they take the room left, none if there is none. A table that starts
    a page, or one without rows, has at least ``least`` of them, or moves on to the next page.
    """
    from reportlab.platypus import Flowable

    class FillingTable(Flowable):
        def __init__(self, rows: list[list[Any]], top: bool = False) -> None:
            super().__init__()
            self.rows, self.top = rows, top
            self.table: Any = None
            probe = build(rows[:1], least)
            self._cercle_start = probe.wrap(1e4, 1e6)[1]  # what a heading keeps with it (keep_headings)

        def _filled(self, width: float, height: float) -> Any:
            """The table with the most blank lines that fit ``height``, or None: the rows alone,
            or a table's first ``least`` blank lines, do not fit."""
            bare = build(self.rows, 0)
            used = bare.wrap(width, height)[1]
            one = build(self.rows, 1).wrap(width, height)[1] - used
            blank = int((height - used) // one) if height >= used else -1
            if blank < 0 or ((self.top or not self.rows) and blank < least):
                return None
            made = build(self.rows, blank)
            while blank > 0 and made.wrap(width, height)[1] > height:  # rounding of the measure
                blank -= 1
                made = build(self.rows, blank)
            return made

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.table = self._filled(available_width, available_height)
            if self.table is None:
                return available_width, available_height + 1  # too tall here: split, or the next page
            return self.table.wrap(available_width, available_height)

        def split(self, available_width: float, available_height: float) -> list[Any]:
            if not self.rows:
                return []  # blank lines only: the next page
            fits = 0  # the most rows that fit with the header, one row at least left for the next page
            while fits < len(self.rows) - 1 and build(self.rows[:fits + 1], 0).wrap(
                    available_width, available_height)[1] <= available_height:
                fits += 1
            if fits < min(MIN_ROWS, len(self.rows) - 1):  # the orphans' rule of every table
                return []
            return [build(self.rows[:fits], 0), FillingTable(self.rows[fits:], top=True)]

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
            self.table.drawOn(canvas, x, y, _sW)

    return FillingTable(rows)

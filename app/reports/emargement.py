"""``emargement``: the sign-in sheet of one meeting, printed before it starts.

The expected members sorted by name with their number, company and a box to sign; then the
guests already announced and blank lines for those who come unannounced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from app.domain.attendance import MeetingKind
from app.i18n import QT_TRANSLATE_NOOP

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
BLANK_GUEST_LINES = 10
SIGNATURE_HEIGHT = 24


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


def render(meeting: SignInSheet, doc: ReportDoc) -> None:
    from reportlab.platypus import Spacer

    from app.domain.attendance import label
    from app.domain.business import listing_name
    from app.domain.validation import format_phone
    from app.formatting import format_date_long, format_time
    from app.i18n import translate
    from app.reports.template import WHOLE_CLUB, tr

    kind = translate("Attendance", label(meeting.kind))
    parts = [tr(SUBTITLE).format(kind=kind, date=format_date_long(meeting.date))]
    if meeting.start_time:
        parts[0] += " " + tr(AT_TIME).format(time=format_time(meeting.start_time))
    parts.append(meeting.chapter or tr(WHOLE_CLUB))
    doc.subtitle = " — ".join(parts)
    if meeting.title:
        doc.heading(meeting.title)
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
    guest_rows += [["", "", "", "", Spacer(1, SIGNATURE_HEIGHT)] for _ in range(BLANK_GUEST_LINES)]
    doc.table([tr(c) for c in GUEST_COLUMNS], guest_rows, (24, 24, 16, 18, 18), grid=True, zebra=False)

"""``annuaire``: the member directory, by chapter then sector.

Lists the active members whose consent to appear in it is recorded with its date (law 09-08);
the others are only counted, on the first page, so the board sees why the directory is shorter
than the roll and the secretary knows whose consent to ask for.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.business import listing_name
from app.domain.members import MemberIdentity
from app.domain.validation import format_phone
from app.formatting import format_number
from app.i18n import QT_TRANSLATE_NOOP, translate_count
from app.reports.template import WHOLE_CLUB, esc, para, tr

if TYPE_CHECKING:
    from app.reports.template import ReportDoc

COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "No."),
    QT_TRANSLATE_NOOP("Reports", "Name"),
    QT_TRANSLATE_NOOP("Reports", "Company and position"),
    QT_TRANSLATE_NOOP("Reports", "Phones"),
    QT_TRANSLATE_NOOP("Reports", "Email"),
)
WIDTHS = (6, 24, 25, 21, 28)
NO_SECTOR = QT_TRANSLATE_NOOP("Reports", "Sector not given")
LISTED = QT_TRANSLATE_NOOP("Reports", "{listed} members in the directory.")
LISTED_ONE = QT_TRANSLATE_NOOP("Reports", "{listed} member in the directory.")
NOT_LISTED = QT_TRANSLATE_NOOP(
    "Reports", "{count} active members are left out: no consent to appear in it is recorded.")
NOT_LISTED_ONE = QT_TRANSLATE_NOOP(
    "Reports", "{count} active member is left out: no consent to appear in it is recorded.")
MOBILE = QT_TRANSLATE_NOOP("Reports", "Mob. {phone}")
OFFICE = QT_TRANSLATE_NOOP("Reports", "Off. {phone}")


@dataclass(frozen=True)
class Directory:
    entries: tuple[MemberIdentity, ...]  # by chapter, sector, last name, first name
    not_listed: int  # active members left out: no consent to appear in it recorded
    chapter: str | None  # the chapter it is limited to; None: the whole club


def _groups(entries: tuple[MemberIdentity, ...]) -> Iterator[tuple[str, str | None, list[MemberIdentity]]]:
    current: list[MemberIdentity] = []
    key: tuple[str, str | None] | None = None
    for entry in entries:
        if (entry.chapter, entry.sector) != key:
            if current and key is not None:
                yield key[0], key[1], current
            key, current = (entry.chapter, entry.sector), []
        current.append(entry)
    if current and key is not None:
        yield key[0], key[1], current


def render(found: Directory, doc: ReportDoc) -> None:
    doc.subtitle = found.chapter or tr(WHOLE_CLUB)
    listed = translate_count("Reports", LISTED_ONE, LISTED, len(found.entries))
    not_listed = translate_count("Reports", NOT_LISTED_ONE, NOT_LISTED, found.not_listed)
    doc.note(listed.format(listed=format_number(len(found.entries)))
             + (" " + not_listed.format(count=format_number(found.not_listed)) if found.not_listed else ""))
    header = [tr(title) for title in COLUMNS]
    email_width = doc.width * WIDTHS[-1] / sum(WIDTHS)
    styles = doc.styles
    mobile, office = tr(MOBILE), tr(OFFICE)
    chapter = None
    for chapter_name, sector, entries in _groups(found.entries):
        if chapter_name != chapter:
            doc.heading(chapter_name)
            chapter = chapter_name
        doc.heading(sector or tr(NO_SECTOR), level=2)
        rows = []
        for e in entries:
            phones = "<br/>".join(
                template.format(phone=esc(format_phone(phone))).replace(" ", "\u00a0")
                for template, phone in ((mobile, e.mobile), (office, e.office_phone)) if phone)
            rows.append([
                str(e.number),
                doc.lines((listing_name(e.first_name, e.last_name), "cell_bold"), (e.arabic_name, "arabic")),
                doc.lines((e.company, "cell"), (e.position, "cell_muted")),
                para(phones, styles["cell"], escaped=True),
                doc.email(e.email, email_width),
            ])
        doc.table(header, rows, WIDTHS, right=[0])

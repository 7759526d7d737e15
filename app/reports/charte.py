"""``charte``: the current charter's text, with the block a new member signs.

The text is printed as written in settings: blank lines separate paragraphs, a line starting with
"1." or "-" is an item, an indented line continues the one above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.formatting import format_date_long
from app.i18n import QT_TRANSLATE_NOOP
from app.reports.template import CELL_PADDING, INK, RULE, esc, para, tr

if TYPE_CHECKING:
    from app.reports.template import ReportDoc

VERSION = QT_TRANSLATE_NOOP("Reports", "Version {version} adopted on {date}")
NO_CHARTER = QT_TRANSLATE_NOOP("Reports", "No charter has been adopted yet: adopt one in the charter settings.")
PLEDGE = QT_TRANSLATE_NOOP(
    "Reports",
    "I, the undersigned, declare that I have read the charter of {club} (version {version}) and undertake "
    "to respect it.")
PLEDGE_NO_NAME = QT_TRANSLATE_NOOP(
    "Reports",
    "I, the undersigned, declare that I have read the club's charter (version {version}) and undertake "
    "to respect it.")
THE_CLUB = QT_TRANSLATE_NOOP("Reports", "the club")
SIGNATURE_LINES = (
    QT_TRANSLATE_NOOP("Reports", "Name"),
    QT_TRANSLATE_NOOP("Reports", "Company"),
    QT_TRANSLATE_NOOP("Reports", "Done at"),
    QT_TRANSLATE_NOOP("Reports", "On"),
)
MEMBER_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "The member's signature, preceded by \u201cread and approved\u201d")
CLUB_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "For the club: the President")

# The information notice of law 09-08, printed on the membership form with the two consents
# the record keeps (app.domain.privacy); the wording names the club's rights holders' contact.
NOTICE_TITLE = QT_TRANSLATE_NOOP("Reports", "Personal data (law 09-08)")
NOTICE = QT_TRANSLATE_NOOP(
    "Reports",
    "The information on this form is processed by {club} to manage its members: registry, meetings and "
    "attendance, business passed between members, and the member directory. It is kept while you are a member "
    "and, after you leave, for the retention period the club has set, then anonymised. In accordance with law "
    "09-08 on the protection of individuals with regard to the processing of personal data, you have a right "
    "of access, rectification and opposition, which you can exercise with the club's secretariat.")
CONSENT_PROCESSING = QT_TRANSLATE_NOOP(
    "Reports", "I agree to the processing of my personal data for the management of the club.")
CONSENT_DIRECTORY = QT_TRANSLATE_NOOP(
    "Reports", "I agree to appear in the member directory (name, company, phones, e-mail).")



@dataclass(frozen=True)
class CharterText:
    """The charter in force."""

    version: str  # e.g. "1"
    adopted_on: date
    text: str


_ITEM = re.compile(r"^(\d+[.)]|[-•*])\s+")


def paragraphs(text: str) -> list[tuple[bool, str]]:
    """The charter's text as ``(is_item, line)`` paragraphs, continuation lines joined."""
    result: list[tuple[bool, str]] = []
    joinable = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        if not raw.strip():
            joinable = False
            continue
        if joinable and raw[:1].isspace() and not _ITEM.match(raw.strip()):
            item, line = result[-1]
            result[-1] = (item, f"{line} {raw.strip()}")
            continue
        line = raw.strip()
        result.append((bool(_ITEM.match(line)), line))
        joinable = True
    return result


def render(charter: CharterText | None, doc: ReportDoc) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    if charter is None:
        doc.paragraph(tr(NO_CHARTER))
        return
    doc.subtitle = tr(VERSION).format(version=charter.version, date=format_date_long(charter.adopted_on))
    body = ParagraphStyle("charter", parent=doc.styles["body"], fontSize=10.5, leading=15, spaceAfter=7)
    item = ParagraphStyle("charter_item", parent=body, leftIndent=18, firstLineIndent=-18)
    parts = paragraphs(charter.text)
    if parts and not parts[0][0] and len(parts[0][1]) < 80 and len(parts) > 1:
        doc.story.append(para(parts[0][1], doc.styles["title"]))
        doc.spacer()
        parts = parts[1:]
    for is_item, line in parts:
        if is_item:
            marker = _ITEM.match(line)
            assert marker is not None
            text = f"<b>{esc(marker.group(1))}</b>&nbsp;{esc(line[marker.end():])}"
            doc.story.append(para(text, item, escaped=True))
        else:
            doc.story.append(para(line, body))

    width = doc.width
    label = doc.styles["cell_muted"]
    # Labels are translations; cut like any cell, a long one cannot push a row past the page.
    lines = Table([[doc.bounded(para(tr(name), label), width * 0.18 - CELL_PADDING, 2), ""]
                   for name in SIGNATURE_LINES],
                  colWidths=[width * 0.18, width * 0.82], rowHeights=[22] * len(SIGNATURE_LINES))
    lines.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    boxes = Table([[doc.bounded(para(tr(text), label), width / 2 - 6 - CELL_PADDING, 4)
                    for text in (MEMBER_SIGNATURE, CLUB_SIGNATURE)],
                   ["", ""]], colWidths=[width / 2 - 6, width / 2 - 6], rowHeights=[None, 80])
    boxes.setStyle(TableStyle([("BOX", (0, 1), (0, 1), 0.8, INK), ("BOX", (1, 1), (1, 1), 0.8, INK),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]))
    pledge = (tr(PLEDGE).format(club=doc.club.name, version=charter.version) if doc.club.name
              else tr(PLEDGE_NO_NAME).format(version=charter.version))
    doc.story.append(KeepTogether([Spacer(1, 18), para(pledge, body), Spacer(1, 4), lines,
                                   Spacer(1, 14), boxes]))
    small = ParagraphStyle("notice", parent=body, fontSize=8.5, leading=11, spaceAfter=3)
    club = doc.club.name or tr(THE_CLUB)
    doc.story.append(KeepTogether([
        Spacer(1, 16),
        para(f"<b>{esc(tr(NOTICE_TITLE))}</b>", small, escaped=True),
        para(tr(NOTICE).format(club=club), small),
        para("\u2610&nbsp;&nbsp;" + esc(tr(CONSENT_PROCESSING)), small, escaped=True),
        para("\u2610&nbsp;&nbsp;" + esc(tr(CONSENT_DIRECTORY)), small, escaped=True),
    ]))

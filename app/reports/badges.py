"""``badges``: member badges to cut out, 8 per A4 page (85 × 54 mm, a bank card's size).

Each badge holds the club's name (and logo), the member's name, Arabic name, company and chapter,
and a QR code of the member number: scanned into the attendance sheet's check-in field it
checks the member in (the field reads a bare number).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.formatting import format_number
from app.i18n import QT_TRANSLATE_NOOP, translate_count
from app.reports.fonts import FONT, FONT_BOLD
from app.reports.template import ACCENT, INK, MUTED, RULE, WHOLE_CLUB, cut_to_height, esc, para, tr

if TYPE_CHECKING:
    from app.reports.template import ReportDoc

MM = 72 / 25.4
BADGE_WIDTH, BADGE_HEIGHT = 85 * MM, 54 * MM
PER_PAGE = 8
COUNT = QT_TRANSLATE_NOOP("Reports", "{count} badges. Cut along the dotted lines.")
COUNT_ONE = QT_TRANSLATE_NOOP("Reports", "{count} badge. Cut along the dotted lines.")
NUMBER = QT_TRANSLATE_NOOP("Reports", "No. {number}")


@dataclass(frozen=True)
class BadgeData:
    number: int
    first_name: str
    last_name: str
    arabic_name: str | None
    company: str
    chapter: str


@dataclass(frozen=True)
class Badges:
    members: tuple[BadgeData, ...]  # by chapter order, then name
    chapter: str | None  # the chapter they are limited to; None: the whole club


def badge_payload(number: int) -> str:
    """What the QR code holds: the bare member number, which the check-in field reads."""
    return str(number)


def qr_modules(payload: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code of ``payload``, top row first."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return [[bool(module) for module in row] for row in code.modules]


def _draw_qr(canvas: Any, payload: str, x: float, y: float, size: float, border: int = 4) -> None:
    """Draw the code as one filled path (one rectangle per run of dark modules): a few hundred
    badges stay light to print and to read back."""
    from itertools import groupby

    modules = qr_modules(payload)
    box = size / (len(modules) + 2 * border)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        column = 0
        for dark, run in groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + (column + border) * box, y + size - (row_index + border + 1) * box, count * box, box)
            column += count
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)


def _badge_class() -> type:
    """The badge flowable, built on first use: one function because the class must subclass
    reportlab's Flowable, which is imported only when a report is printed (start-up stays lean)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    name_style = ParagraphStyle("badge_name", fontName=FONT_BOLD, fontSize=13, leading=15, textColor=HexColor(INK))
    arabic_style = ParagraphStyle("badge_arabic", fontName=FONT, fontSize=11, leading=14, textColor=HexColor(INK),
                                  alignment=0, shaping=1)
    company_style = ParagraphStyle("badge_company", fontName=FONT, fontSize=9, leading=11, textColor=HexColor(INK))
    small_style = ParagraphStyle("badge_small", fontName=FONT, fontSize=7.5, leading=9, textColor=HexColor(MUTED))
    club_style = ParagraphStyle("badge_club", fontName=FONT_BOLD, fontSize=7.5, leading=9, textColor=HexColor(ACCENT))

    class Badge(Flowable):
        """One badge, with a dotted cutting outline."""

        def __init__(self, data: BadgeData, club_name: str, logo: Any) -> None:
            super().__init__()
            self.data, self.club_name, self.logo = data, club_name, logo
            self.width, self.height = BADGE_WIDTH, BADGE_HEIGHT

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            pad = 4 * MM
            canvas.saveState()
            canvas.setStrokeColor(HexColor(RULE))
            canvas.setDash(2, 2)
            canvas.setLineWidth(0.6)
            canvas.roundRect(0, 0, self.width, self.height, 3 * MM)
            canvas.restoreState()
            band = 9 * MM
            canvas.setFillColor(HexColor("#e8eef5"))
            canvas.rect(0.6, self.height - band, self.width - 1.2, band - 0.6, stroke=0, fill=1)
            left = pad
            if self.logo is not None:
                width, height = self.logo.getSize()
                scale = (band - 3 * MM) / height
                canvas.drawImage(self.logo, pad, self.height - band + 1.5 * MM, width * scale, height * scale,
                                 mask="auto")
                left += width * scale + 2 * MM
            club = self._club_name(self.width - left - pad, band - 2 * MM)
            _, h = club.wrap(self.width - left - pad, band)
            club.drawOn(canvas, left, self.height - band / 2 - h / 2)
            qr_size = 30 * MM  # with its quiet zone of 4 modules, which scanners need
            qr_x, qr_y = self.width - qr_size - 1 * MM, 6 * MM
            _draw_qr(canvas, badge_payload(self.data.number), qr_x, qr_y, qr_size)
            canvas.setFont(FONT_BOLD, 9)
            canvas.setFillColor(HexColor(INK))
            canvas.drawCentredString(qr_x + qr_size / 2, 4 * MM, tr(NUMBER).format(number=self.data.number))
            text_width = qr_x - pad - 1 * MM
            top, bottom = self.height - band - 3 * MM, 3 * MM
            y = top
            for part in self._fitted_parts(text_width, top - bottom):
                _, h = part.wrap(text_width, y - bottom)
                part.drawOn(canvas, pad, y - h)
                y -= h + 1.2 * MM

        def _club_name(self, width: float, height: float) -> Any:
            """The club's name inside the band: smaller (7.5 down to 5.5 points) until it fits,
            then cut with "…", never over the band's edge."""
            size = club_style.fontSize
            while True:
                style = club_style if size == club_style.fontSize else ParagraphStyle(
                    f"badge_club_{size}", parent=club_style, fontSize=size, leading=size + 1.2)
                club = para(self.club_name, style)
                if club.wrap(width, height)[1] <= height or size <= 5.5:
                    return cut_to_height(club, width, height)
                size -= 0.5

        def _fitted_parts(self, width: float, height: float) -> list[Any]:
            """Name, Arabic name, company and chapter, all of them: the name's size lowered (13 down
            to 8 points) until no word of it is cut, then the name's and the company's (9 down to
            6.5) until everything fits; a company still too long is cut with "…", never dropped."""
            from reportlab.pdfbase.pdfmetrics import stringWidth

            words = f"{self.data.first_name} {self.data.last_name.upper()}".split()
            name = f"{esc(self.data.first_name)}<br/>{esc(self.data.last_name.upper())}"
            size = name_style.fontSize
            while size > 8 and max((stringWidth(w, FONT_BOLD, size) for w in words), default=0) > width:
                size -= 0.5
            company_size = company_style.fontSize
            gap = 1.2 * MM
            while True:
                head = [para(name, _sized(name_style, size, 2), escaped=True)]
                if self.data.arabic_name:
                    arabic = para(self.data.arabic_name, arabic_style)
                    head.append(cut_to_height(arabic, width, 2 * arabic_style.leading))
                head = [cut_to_height(part, width, height / 3) for part in head]
                company = para(self.data.company, _sized(company_style, company_size, 1.5))
                chapter = cut_to_height(para(self.data.chapter, small_style), width, small_style.leading)
                used = sum(part.wrap(width, height)[1] for part in (*head, chapter)) + gap * (len(head) + 1)
                if used + company.wrap(width, height)[1] <= height or (size <= 8 and company_size <= 6.5):
                    return [*head, cut_to_height(company, width, max(height - used, company.style.leading)), chapter]
                if size > 8:
                    size -= 0.5
                else:
                    company_size -= 0.5

    return Badge


def _sized(style: Any, size: float, air: float) -> Any:
    """``style`` at ``size`` points (leading ``air`` above it), or itself at its own size."""
    from reportlab.lib.styles import ParagraphStyle

    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size, leading=size + air)


def render(badges: Badges, doc: ReportDoc) -> None:
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import PageBreak, Table, TableStyle

    members = badges.members
    doc.subtitle = badges.chapter or tr(WHOLE_CLUB)
    doc.note(translate_count("Reports", COUNT_ONE, COUNT, len(members)).format(count=format_number(len(members))))
    badge = _badge_class()
    logo = ImageReader(io.BytesIO(doc.club.logo_png)) if doc.club.logo_png else None
    gap = (doc.width - 2 * BADGE_WIDTH) / 2
    for start in range(0, len(members), PER_PAGE):
        page = [badge(m, doc.club.name, logo) for m in members[start:start + PER_PAGE]]
        page += [""] * (-len(page) % 2)
        rows = [page[i:i + 2] for i in range(0, len(page), 2)]
        table = Table(rows, colWidths=[BADGE_WIDTH + gap] * 2, rowHeights=[BADGE_HEIGHT + 2 * MM] * len(rows))
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), gap / 2), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1 * MM),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * MM)]))
        doc.story.append(table)
        if start + PER_PAGE < len(members):
            doc.story.append(PageBreak())

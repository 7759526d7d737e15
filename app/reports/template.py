"""The one page template of every report: A4, the club's identity, title and period on top,
print date and "Page X / Y" at the bottom, and the styles and table helpers the reports share.

A report module exposes ``render(data, doc)``: it lays out the data its service read by appending
flowables to ``doc.story`` with the helpers of :class:`ReportDoc`. Every piece of text
reaches the page through :func:`para` (a ``Paragraph``) or :func:`draw_text` (a canvas line): both
escape user text and shape right-to-left or mixed text (an Arabic company, a French title with an
Arabic word) so its letters join and its words run in the right order, and both print French
apostrophes as typographic ones (« l’annuaire »), an e-mail or web address excepted.

No orphans, for every report: a heading keeps on its page what follows it (the start of a
table: its header and first rows; a chart or a paragraph whole), a table leaves at least
``MIN_ROWS`` rows on each page it is cut over, its total among them, and a short table (up to
``KEEP_WHOLE_ROWS`` rows, a member's criteria) is never cut.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, unescape

from app.domain.errors import CercleError, os_reason
from app.formatting import format_date_long, typographic_apostrophes
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.palette import LIGHT_COLOURS
from app.reports import ReportResult
from app.reports.fonts import FONT, FONT_BOLD, base_direction, is_rtl, register_fonts

if TYPE_CHECKING:
    from app.domain.club import ClubIdentity
    from app.reports import ReportParams, ReportResult, ReportSpec

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Reports", "Cannot write {path}: {reason}")
PRINTED_ON = QT_TRANSLATE_NOOP("Reports", "Printed on {date}")
PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} / {pages}")
PERIOD = QT_TRANSLATE_NOOP("Reports", "From {start} to {end}")
WHOLE_CLUB = QT_TRANSLATE_NOOP("Reports", "Whole club")

# Colours of the printed page (the lights' colours come from app.palette).
INK = "#1f2933"
MUTED = "#5f6b7a"
ACCENT = "#1f4e79"
HEADER_FILL = "#e8eef5"
ZEBRA_FILL = "#f6f8fa"
RULE = "#c5ced8"
HIGHLIGHT_FILL = "#fde2e1"
ALERT = LIGHT_COLOURS["red"]

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4 in points
MARGIN = 15 * MM
HEADER_HEIGHT = 20 * MM
FOOTER_HEIGHT = 9 * MM
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT
HEAD_MIN_SIZE = 6.5  # column titles shrink down to this size before a column widens
HEAD_PADDING = 6.5  # cell padding around a column title, and a little air
# Long tables are cut in chunks: reportlab re-measures a whole table at each split, in the square
# of its pages. Each chunk starts with the header row, so a chunk is long enough (several pages)
# that a header row in mid-page is rare (only tables past this many rows).
ROWS_PER_TABLE = 400
# A table row cannot run over two pages: a cell is cut to a third of one (see cut_to_height).
MAX_CELL_HEIGHT = FRAME_HEIGHT / 3
CELL_PADDING = 6  # left and right padding of a table cell, as _table sets them
UNBOUNDED = 1e6
CONTINUED = QT_TRANSLATE_NOOP("Reports", "{section} (continued)")
MIN_ROWS = 3  # a table cut over two pages leaves at least this many rows on each
KEEP_WHOLE_ROWS = 8  # a table of this many rows or fewer moves whole to the next page


def tr(text: str) -> str:
    """A report text in the current language (English source, context "Reports")."""
    return translate("Reports", text)


def esc(text: object) -> str:
    """User text made safe for a Paragraph: ``Tom & Jerry <b>`` prints literally."""
    return "" if text is None else escape(str(text))


def period_text(start: date, end: date) -> str:
    return tr(PERIOD).format(start=format_date_long(start), end=format_date_long(end))


@dataclass
class ReportDoc:
    """What a report's ``render`` fills: the subtitle under the title, an alert the header
    shows beside the title on every page ("Réunion annulée"), and the story."""

    spec: ReportSpec
    params: ReportParams
    club: ClubIdentity
    subtitle: str = ""
    alert: str = ""
    story: list[Any] = field(default_factory=list)
    progress: Callable[[int, int], None] | None = None
    landscape: bool = False

    def __post_init__(self) -> None:
        self.styles = _styles()

    @property
    def width(self) -> float:
        return FRAME_HEIGHT + HEADER_HEIGHT + FOOTER_HEIGHT if self.landscape else FRAME_WIDTH

    # ----------------------------------------------------------------- text

    def heading(self, text: str, *, escaped: bool = False, level: int = 1) -> None:
        """A section title (``text`` is escaped unless ``escaped``), never alone at a page's foot."""

        style = self.styles["h1" if level == 1 else "h2"]
        # Room for the title and the start of what follows, measured when the story is complete
        # (see keep_headings); keepWithNext would push a whole long table to the next page.
        self.story.append(_heading_break(90 if level == 1 else 70))
        plain = unescape(_TAG.sub("", text)) if escaped else text
        self.story.append(_section_mark(printable(plain), level))
        self.story.append(para(text, style, escaped=escaped))

    def paragraph(self, text: str, *, escaped: bool = False, style: str = "body") -> None:
        self.story.append(para(text, self.styles[style], escaped=escaped))

    def note(self, text: str) -> None:
        self.paragraph(text, style="note")

    def spacer(self, height: float = 4 * MM) -> None:
        from reportlab.platypus import Spacer

        self.story.append(Spacer(1, height))

    def cell(self, text: object, style: str = "cell") -> Any:
        """A table cell that wraps: escaped user text (Arabic is shaped, right to left)."""
        return para(text, self.styles[style])

    def lines(self, *parts: tuple[object, str]) -> list[Any]:
        """A cell of several paragraphs, ``(text, style)`` each (empty ones left out): a French
        name over an Arabic company keeps each line in its own direction."""
        return [para(text, self.styles[style]) for text, style in parts if text not in (None, "")]

    def bold(self, text: object) -> Any:
        return self.cell(text, "cell_bold")

    def email(self, address: str | None, width: float, style: str = "cell") -> Any:
        """An e-mail address in a cell ``width`` points wide: on one line when it fits, else
        broken after its "@" (never inside a word), in a smaller size if a part is still too wide."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth

        base = self.styles[style]
        text = address or ""
        room = width - HEAD_PADDING
        if not text or stringWidth(text, base.fontName, base.fontSize) <= room:
            return para(text, base)
        local, at, domain = text.partition("@")
        parts = [local + at, domain] if at else [text]
        size = base.fontSize
        while size > 6 and max(stringWidth(part, base.fontName, size) for part in parts) > room:
            size -= 0.5
        if size != base.fontSize:
            base = ParagraphStyle(f"{base.name}_{size}", parent=base, fontSize=size, leading=size + 2)
        return para("<br/>".join(esc(part) for part in parts), base, escaped=True)

    # ----------------------------------------------------------------- figures

    def key_figures(self, figures: Sequence[tuple[str, str]], columns: int = 4) -> None:
        """Big numbers with their caption: ``[("Active members", "127"), ...]`` (captions translated)."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import KeepTogether, Table, TableStyle

        width = self.width / columns
        figure = self.styles["figure"]
        # One size for every figure (the widest value's), so they all stand on the same baseline
        # in the same size: a long amount never looks smaller or lower than a count.
        size = figure.fontSize
        while size > 9 and any(stringWidth(value, figure.fontName, size) > width - 14 for _, value in figures):
            size -= 1
        style = figure if size == figure.fontSize else ParagraphStyle(
            f"figure_{size}", parent=figure, fontSize=size, leading=figure.leading)
        cells = [[para(value, style), para(caption, self.styles["figure_caption"])] for caption, value in figures]
        rows = []
        for index in range(0, len(cells), columns):
            chunk = cells[index:index + columns]
            rows.append(chunk + [["", ""]] * (columns - len(chunk)))
        table = Table([[_stack(c) for c in row] for row in rows], colWidths=[width] * columns)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        self.story.append(KeepTogether([table]))

    def chart(self, drawing: Any) -> None:
        self.story.append(drawing)

    # ----------------------------------------------------------------- tables

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        widths: Sequence[float],
        *,
        right: Iterable[int] = (),
        center: Iterable[int] = (),
        highlight: Iterable[int] = (),
        total: Sequence[Any] | None = None,
        chunk: int = ROWS_PER_TABLE,
        grid: bool = False,
        zebra: bool = True,
        lines: Mapping[int, int] | None = None,
    ) -> None:
        """A table on as many pages as needed, header row repeated, zebra rows.

        Args:
            header: column titles, already translated (they are escaped here).
            rows: cells; a ``str`` is escaped and wraps, a flowable is used as is.
            widths: fractions of the frame width (they are scaled to sum to 1).
            right: columns aligned right (numbers); center: centred columns.
            highlight: row indexes drawn on a pale red background (e.g. over the absence limit).
            total: a last bold row (totals), kept with the last chunk.
            grid: lines between all cells (forms to fill in by hand); zebra: alternate row shading.
            lines: by column, the most lines of text its cells print (a longer text is cut with
                "…"); any other cell is cut at a third of a page.
        """
        scale = self.width / sum(widths)
        col_widths = [w * scale for w in widths]
        right, center, marked = set(right), set(center), set(highlight)
        head, needs = self._head(header, col_widths, right)
        body: list[list[Any]] = []
        flags: list[bool] = []
        for index, row in enumerate(rows):
            body.append([self._cell(value, i in right, i in center) for i, value in enumerate(row)])
            flags.append(index in marked)
        total_row = ([self._cell(value, i in right, i in center, bold=True) for i, value in enumerate(total)]
                     if total is not None else None)
        numbers = _number_widths(body, total_row, right | center, self.styles["cell"].fontSize, len(col_widths))
        _widen(col_widths, [max(a, b) for a, b in zip(needs, numbers, strict=True)])
        heights = [self.line_height(lines[i]) if lines and i in lines else MAX_CELL_HEIGHT
                   for i in range(len(col_widths))]
        body = [[cut_to_height(value, width - CELL_PADDING, height)
                 for value, width, height in zip(row, col_widths, heights, strict=False)] for row in body]
        if not body:
            body, flags = [[self.cell(tr(NO_ROWS), "cell_muted")] + [""] * (len(header) - 1)], [False]
            empty = True
        else:
            empty = False
        for start in range(0, len(body), chunk):
            part = body[start:start + chunk]
            last = start + chunk >= len(body)
            table = self._table(head, part, flags[start:start + chunk], col_widths,
                                total_row if last else None, empty, grid, zebra, (right, center))
            self.story.append(_without_orphans(table, [head, *part] + ([total_row] if last and total_row else []),
                                               col_widths, total_row is not None and last))

    def line_height(self, lines: int) -> float:
        """The height of ``lines`` lines of a table cell's text."""
        return lines * self.styles["cell"].leading

    def bounded(self, cell: Any, width: float, lines: int, leading: float | None = None) -> Any:
        """``cell`` (a paragraph, or a list of them) cut with "…" to ``lines`` lines of a cell's
        text (of ``leading`` points each) at ``width``, as :meth:`table` cuts its cells: for a
        table a report lays out itself, or a title."""
        return cut_to_height(cell, width, lines * leading if leading else self.line_height(lines))

    def _head(self, header: Sequence[str], widths: list[float], right: set[int]) -> tuple[list[Any], list[float]]:
        """Column titles that wrap only between words, and the width each column needs for it.

        When the longest word of a title is wider than its column, the whole header row takes a
        smaller font (one size for the row, down to ``HEAD_MIN_SIZE``); a column still too narrow
        is then widened by the caller (see ``_widen``).
        """
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth

        base = self.styles["head"]
        words = [max((stringWidth(w, FONT_BOLD, base.fontSize) for w in str(t).split()), default=0.0)
                 for t in header]
        size = base.fontSize
        while size > HEAD_MIN_SIZE and any(word * size / base.fontSize + HEAD_PADDING > width
                                           for word, width in zip(words, widths, strict=True)):
            size -= 0.25
        needs = [word * size / base.fontSize + HEAD_PADDING for word in words]
        head = []
        for index, title in enumerate(header):
            style = self.styles["head_right" if index in right else "head"]
            if size != style.fontSize:
                style = ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size, leading=size + 2)
            head.append(para(title, style))
        return head, needs

    def _cell(self, value: Any, right: bool, center: bool, bold: bool = False) -> Any:
        if value is None:
            return ""
        if not isinstance(value, str):
            return value  # a flowable (image, drawing, paragraph)
        if (right or center) and is_rtl(value):
            return para(value, self.styles["num_bold" if bold else "num"] if right else self.styles["center"])
        if right or center:
            # Numbers stay plain strings: never wrapped (a Paragraph would break "1 234 567,50 MAD"
            # at its narrow spaces), drawn in the column's font by the table style.
            return value
        return self.cell(value, "cell_bold" if bold else "cell")

    def _table(self, head: list[Any], body: list[list[Any]], flags: list[bool], widths: list[float],
               total: list[Any] | None, empty: bool, grid: bool = False, zebra: bool = True,
               aligned: tuple[set[int], set[int]] = (set(), set())) -> Any:
        from reportlab.platypus import Table, TableStyle

        data = [head, *body] + ([total] if total else [])
        table = Table(data, colWidths=widths, repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        cell = self.styles["cell"]
        right, center = aligned
        for column in right | center:
            commands += [("FONT", (column, 1), (column, -1), cell.fontName, cell.fontSize, cell.leading),
                         ("ALIGN", (column, 1), (column, -1), "RIGHT" if column in right else "CENTER"),
                         ("TEXTCOLOR", (column, 1), (column, -1), INK)]
        if total:
            commands.append(("FONT", (0, -1), (-1, -1), FONT_BOLD, cell.fontSize, cell.leading))
        for index, marked in enumerate(flags, start=1):
            if marked:
                commands.append(("BACKGROUND", (0, index), (-1, index), HIGHLIGHT_FILL))
            elif zebra and index % 2 == 0:
                commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA_FILL))
        if total:
            commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]
        if empty:
            commands.append(("SPAN", (0, 1), (-1, 1)))
        if grid:
            commands += [("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
        table.setStyle(TableStyle(commands))
        return table


NO_ROWS = QT_TRANSLATE_NOOP("Reports", "Nothing to show for these choices.")


_MARK_CLASS: list[type] = []


def _section_mark(text: str, level: int) -> Any:
    """A flowable of no size placed before a heading: it tells the page canvas which section is
    in force, so a page that continues a section says so under its header ("Oujda (suite)")."""
    if not _MARK_CLASS:
        from reportlab.platypus import Flowable

        class SectionMark(Flowable):
            _cercle_mark = True

            def __init__(self, text: str, level: int) -> None:
                super().__init__()
                self.text, self.level = text, level
                self.width = self.height = 0

            def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
                return 0, 0

            def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
                mark = getattr(canvas, "mark_section", None)
                if mark is not None:
                    mark(self.level, self.text, y)

            def draw(self) -> None:
                pass

        _MARK_CLASS.append(SectionMark)
    return _MARK_CLASS[0](text, level)


def _row_height(row: Sequence[Any], widths: Sequence[float]) -> float:
    """A table row's height as ``_table`` lays it out (cells wrapped at their width, padding 5)."""
    from reportlab.platypus import Flowable

    cell = _styles()["cell"]
    tallest = cell.leading
    for value, width in zip(row, widths, strict=False):
        parts = value if isinstance(value, list) else [value]
        height = sum(part.wrap(width - CELL_PADDING, UNBOUNDED)[1] for part in parts if isinstance(part, Flowable))
        if isinstance(value, str):
            height = cell.leading * (value.count("\n") + 1)
        tallest = max(tallest, height)
    return tallest + 5


def _without_orphans(table: Any, rows: list[Sequence[Any]], widths: Sequence[float], total: bool) -> Any:
    """``table`` (its header row first) cut only where each page keeps ``MIN_ROWS`` rows, the
    total with the rows above it, and not at all when it has ``KEEP_WHOLE_ROWS`` rows or fewer;
    a rule is dropped when the rows it binds would not fit a page anyway."""
    body = len(rows) - 1 - (1 if total else 0)
    room = FRAME_HEIGHT * 0.9
    heights = [_row_height(row, widths) for row in rows[:1 + MIN_ROWS]]
    commands: list[tuple[Any, ...]] = []
    if body <= KEEP_WHOLE_ROWS:
        if sum(_row_height(row, widths) for row in rows) <= room:
            commands.append(("NOSPLIT", (0, 0), (-1, -1)))
    else:
        if sum(heights) <= room:
            commands.append(("NOSPLIT", (0, 0), (-1, MIN_ROWS)))
        tail = rows[-(MIN_ROWS + (1 if total else 0)):]
        if heights[0] + sum(_row_height(row, widths) for row in tail) <= room:
            commands.append(("NOSPLIT", (0, len(rows) - len(tail)), (-1, -1)))
    if commands:
        from reportlab.platypus import TableStyle

        table.setStyle(TableStyle(commands))
    table._cercle_start = sum(heights) if body > KEEP_WHOLE_ROWS else None  # see keep_headings
    return table


def _heading_break(height: float) -> Any:
    from reportlab.platypus import CondPageBreak

    made = CondPageBreak(height)
    made._cercle_heading = True
    return made


def _height(flowable: Any, width: float) -> float:
    """A flowable's height at ``width`` before the build (a KeepTogether measured by its parts,
    as it cannot measure itself outside a frame)."""
    from reportlab.platypus import KeepTogether

    if isinstance(flowable, KeepTogether):
        return sum(_height(part, width) for part in flowable._content)
    return float(flowable.wrap(width, UNBOUNDED)[1])


def keep_headings(story: list[Any], width: float) -> None:
    """Give each heading's page break the room of the headings that follow it and the start of
    what they title: a table's header and first rows, or a chart or paragraph whole (up to a
    page), so no heading, and no table header, is the last thing on a page."""
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

    for index, flowable in enumerate(story):
        if not getattr(flowable, "_cercle_heading", False):
            continue
        needed = 0.0
        for following in story[index + 1:]:
            if (getattr(following, "_cercle_heading", False) or getattr(following, "_cercle_mark", False)
                    or isinstance(following, Spacer | CondPageBreak)):
                continue
            start = getattr(following, "_cercle_start", None)
            if start is not None:  # a long table's start, or a flowable that sizes itself on the page
                height = start
            elif isinstance(following, Table):
                height = following.wrap(width, UNBOUNDED)[1]
            else:
                height = _height(following, width)
                if isinstance(following, Paragraph):
                    height += following.getSpaceBefore() + following.getSpaceAfter()
            needed += height
            if not isinstance(following, Paragraph) or following.style.name not in ("h1", "h2"):
                break
        flowable.height = min(max(flowable.height, needed), FRAME_HEIGHT * 0.9)


def _widen(widths: list[float], needs: Sequence[float]) -> None:
    """Widen in place each column narrower than it needs, taken from columns with room to spare
    (at most half of the room there is); the total width is unchanged."""
    for index, need in enumerate(needs):
        spare = {i: widths[i] - needs[i] for i in range(len(widths)) if i != index and widths[i] > needs[i]}
        room = sum(spare.values())
        if need <= widths[index] or not room:
            continue
        take = min(need - widths[index], room * 0.5)
        for i, free in spare.items():
            widths[i] -= take * free / room
        widths[index] += take


def _number_widths(body: list[list[Any]], total: list[Any] | None, columns: set[int], size: float,
                   count: int) -> list[float]:
    """The width each column of numbers needs for its widest one, the bold total included (numbers
    are never wrapped, see ``_cell``): "21 377 384,00 MAD" never runs into the next column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    needs = [0.0] * count
    rows = [(row, FONT) for row in body] + ([(total, FONT_BOLD)] if total else [])
    for row, font in rows:
        for column in columns:
            value = row[column] if column < len(row) else None
            if isinstance(value, str) and value:
                needs[column] = max(needs[column], stringWidth(value, font, size) + HEAD_PADDING)
    return needs


def cut_to_height(cell: Any, width: float, height: float = MAX_CELL_HEIGHT) -> Any:
    """``cell`` no taller than ``height`` at ``width``: a text too long for it (written around
    the app's checks) is cut with "…", since a table row cannot continue on the next page."""
    from reportlab.platypus import Paragraph

    if isinstance(cell, list):
        return [cut_to_height(part, width, height / len(cell)) for part in cell] if cell else cell
    if not isinstance(cell, Paragraph) or cell.wrap(width, UNBOUNDED)[1] <= height:
        return cell
    text = cell.getPlainText()

    def cut(length: int) -> Any:
        return para(text[:length].rstrip() + "…", cell.style)

    low, high = 0, len(text)  # the longest beginning that fits, by halves: a dozen measures
    while low < high:
        middle = (low + high + 1) // 2
        if cut(middle).wrap(width, UNBOUNDED)[1] <= height:
            low = middle
        else:
            high = middle - 1
    return cut(low)


def _stack(cells: list[Any]) -> Any:
    return [cell for cell in cells if cell != ""]


_TAG = re.compile(r"<[^>]*>")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")  # markup and text in turn: tags are left as written
# Control characters have no glyph (they would print as boxes), DEL and C1 neither; tab, line feed
# and carriage return print as spaces.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_LINE_BREAKS = re.compile("[\t\n\r]")


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` without the characters no page can print; ``one_line``: tabs and line breaks
    as spaces too, for a line drawn on the canvas (a paragraph reads them as spaces itself)."""
    text = _UNPRINTABLE.sub("", text)
    return _LINE_BREAKS.sub(" ", text) if one_line else text


def para(text: object, style: Any, *, escaped: bool = False, rtl_right: bool = True) -> Any:
    """THE way text reaches a report page as a Paragraph.

    ``text`` is user text (escaped here), or markup already escaped when ``escaped``. Text holding
    a right-to-left letter gets a shaping variant of ``style``: Arabic letters joined, words in
    their visual order, a mixed line laid out by the bidi rules, and the paragraph aligned right
    when it starts with Arabic (a left-aligned style only, and unless not ``rtl_right``). A
    straight apostrophe between two letters prints as the typographic one, the catalogue's and
    the user's alike (:func:`app.formatting.typographic_apostrophes`).
    """
    from reportlab.platypus import Paragraph

    value = "" if text is None else printable(str(text))
    value = "".join(part if part.startswith("<") else typographic_apostrophes(part)
                    for part in _TAG_SPLIT.split(value)) if escaped else typographic_apostrophes(value)
    markup = value if escaped else esc(value)
    plain = unescape(_TAG.sub("", value)) if escaped else value
    if plain and is_rtl(plain):
        style = _shaping_style(style, rtl_right and base_direction(plain) == "RTL")
    return Paragraph(markup, style)


def _shaping_style(style: Any, right_to_left: bool) -> Any:
    """The shaping variant of ``style``, made once and kept on the style itself (so it goes with
    the report's styles, never piling up over a long session)."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    variants: dict[bool, Any] = style.__dict__.setdefault("_cercle_shaped", {})
    made = variants.get(right_to_left)
    if made is None:
        align_right = right_to_left and style.alignment == TA_LEFT
        made = ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1,
                              alignment=TA_RIGHT if align_right else style.alignment)
        variants[right_to_left] = made
    return made


def draw_text(canvas: Any, x: float, y: float, text: str, anchor: str = "start") -> None:
    """One line of text on a canvas (page header, badge) in the canvas's current font,
    ``anchor`` "start", "end" or "middle"; right-to-left and mixed text shaped like :func:`para`."""
    draw = {"start": canvas.drawString, "end": canvas.drawRightString, "middle": canvas.drawCentredString}[anchor]
    text = typographic_apostrophes(printable(text, one_line=True))
    if text and is_rtl(text):
        draw(x, y, text, direction=base_direction(text), shaping=True)
    else:
        draw(x, y, text)


# --------------------------------------------------------------------------- styles

_STYLE_CACHE: dict[str, Any] = {}


def _styles() -> dict[str, Any]:
    if _STYLE_CACHE:
        return _STYLE_CACHE
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4)

    def style(name: str, parent: Any = base, **kwargs: Any) -> Any:
        made = ParagraphStyle(name, parent=parent, **kwargs)
        _STYLE_CACHE[name] = made
        return made

    _STYLE_CACHE["body"] = base
    style("note", fontSize=8.5, leading=11, textColor=MUTED)
    style("h1", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=ACCENT, spaceBefore=8, spaceAfter=5)
    style("h2", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=INK, spaceBefore=6, spaceAfter=3)
    cell = style("cell", fontSize=8.5, leading=10.5, spaceAfter=0)
    style("cell_bold", cell, fontName=FONT_BOLD)
    style("cell_muted", cell, textColor=MUTED)
    style("cell_small", cell, fontSize=7, leading=9, textColor=MUTED)
    style("center", cell, alignment=TA_CENTER)
    style("num", cell, alignment=TA_RIGHT)
    style("num_bold", cell, alignment=TA_RIGHT, fontName=FONT_BOLD)
    style("head", cell, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=ACCENT)
    style("head_right", cell, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=ACCENT, alignment=TA_RIGHT)
    style("arabic", cell, alignment=TA_RIGHT, shaping=1, fontSize=9.5, leading=12)
    style("figure", base, fontName=FONT_BOLD, fontSize=17, leading=20, textColor=ACCENT, spaceAfter=0)
    style("figure_caption", base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0)
    style("title", base, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT)
    return _STYLE_CACHE


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class _PageText:
    """What every page's header and footer print, translated and made printable once."""

    title: str
    alert: str  # in capitals, or ""
    subtitle: str
    club_name: str
    address: str  # on one line, its lines joined by " · "
    printed: str
    page_of: str
    continued: str


def _make_canvas_class(doc: ReportDoc, printed_on: str) -> type:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    logo = ImageReader(io.BytesIO(doc.club.logo_png)) if doc.club.logo_png else None
    text = _PageText(
        title=tr(doc.spec.title), alert=printable(doc.alert, one_line=True).upper(),
        subtitle=printable(doc.subtitle, one_line=True), club_name=printable(doc.club.name, one_line=True),
        address=" · ".join(line.strip() for line in printable(doc.club.address).splitlines() if line.strip()),
        printed=tr(PRINTED_ON).format(date=printed_on), page_of=tr(PAGE_OF), continued=tr(CONTINUED))

    class PageCanvas(Canvas):
        """Draws header and footer once the page count is known ("Page X / Y")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._sections: tuple[str, ...] = ()  # the headings in force, by level
            self._continues: tuple[str, ...] = ()  # the sections this page continues, outermost first

        def mark_section(self, level: int, text: str, y: float) -> None:
            """A heading is drawn at ``y``; at the top of the frame it opens the page itself."""
            if y >= self._pagesize[1] - MARGIN - HEADER_HEIGHT - 1:
                # A sector heading opening the page still continues its antenna.
                self._continues = self._sections[:level - 1]
            self._sections = (*self._sections[:level - 1], text)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._continues = self._sections

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_header(self, text, logo, self._continues)
                _draw_footer(self, text, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PageCanvas


def _draw_header(canvas: Any, text: _PageText, logo: Any, continues: tuple[str, ...]) -> None:
    """The club (logo, name, address) on the left; on the right the report's title (after its
    alert, in red), the subtitle and, on a page that continues a section, "… (suite)"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, height = canvas._pagesize
    top = height - MARGIN
    left, right = MARGIN, width - MARGIN
    text_left = left
    if logo is not None:
        image_width, image_height = logo.getSize()
        box = HEADER_HEIGHT - 4 * MM
        scale = min(box / image_height, 2.2 * box / image_width)
        canvas.drawImage(logo, left, top - image_height * scale, image_width * scale, image_height * scale,
                         mask="auto")
        text_left = left + image_width * scale + 3 * MM
    # The title and period on the right take what they need (up to 60 %), the club the rest.
    block = (right - left) * 0.6
    flag = f"{text.alert} · " if text.alert else ""
    title_size = 13.0
    while title_size > 10.5 and stringWidth(flag + text.title, FONT_BOLD, title_size) > block:
        title_size -= 0.5
    title_line = _fit(text.title, FONT_BOLD, title_size, block - stringWidth(flag, FONT_BOLD, title_size))
    sub_lines = _wrap(text.subtitle, FONT, 8.5, (right - left) * 0.5, 2) if text.subtitle else []
    continued = _continued(text.continued, continues, FONT, 8, (right - left) * 0.5)
    used = max([stringWidth(flag + title_line, FONT_BOLD, title_size), stringWidth(continued, FONT, 8)]
               + [stringWidth(line, FONT, 8.5) for line in sub_lines])
    _draw_club(canvas, text, text_left, top, right - text_left - used - 6 * MM)
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, title_size)
    draw_text(canvas, right, top - 12, title_line, "end")
    if flag:  # in the title's size and line, in red: it cannot be missed
        canvas.setFillColor(ALERT)
        draw_text(canvas, right - stringWidth(title_line, FONT_BOLD, title_size), top - 12, flag, "end")
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 8.5)
    for index, line in enumerate(sub_lines):
        draw_text(canvas, right, top - 25 - index * 10.5, line, "end")
    if continued:
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        draw_text(canvas, right, top - 25 - len(sub_lines) * 10.5, continued, "end")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.line(left, top - HEADER_HEIGHT + 2 * MM, right, top - HEADER_HEIGHT + 2 * MM)


def _draw_club(canvas: Any, text: _PageText, left: float, top: float, width: float) -> None:
    """The club's name, smaller before it takes a second line (a name is cut between lines only
    when even 8.5 points cannot hold it), and its address under it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 10.5
    while size > 8.5 and stringWidth(text.club_name, FONT_BOLD, size) > width:
        size -= 0.5
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, size)
    name_lines = _wrap(text.club_name, FONT_BOLD, size, width, 2) if text.club_name else []
    for index, line in enumerate(name_lines):
        draw_text(canvas, left, top - 10 - index * (size + 2), line)
    if text.address:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        below = top - 10 - len(name_lines) * (size + 2) - 1
        for index, line in enumerate(_wrap(text.address, FONT, 7.5, width, 4 - len(name_lines))):
            draw_text(canvas, left, below - index * 9, line)


def _draw_footer(canvas: Any, text: _PageText, number: int, total: int) -> None:
    width = canvas._pagesize[0]
    left, right, bottom = MARGIN, width - MARGIN, MARGIN
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, bottom + FOOTER_HEIGHT - 3 * MM, right, bottom + FOOTER_HEIGHT - 3 * MM)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(left, bottom, text.printed)
    if text.club_name:
        draw_text(canvas, (left + right) / 2, bottom, _fit(text.club_name, FONT, 7.5, (right - left) * 0.4), "middle")
    canvas.drawRightString(right, bottom, text.page_of.format(page=number, pages=total))


def _continued(pattern: str, sections: tuple[str, ...], font: str, size: float, width: float) -> str:
    """"Oujda · Immobilier (suite)" for the sections a page continues, in ``width``: a text too
    long is cut between words, never the "(suite)" after it; "" when none is continued."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not sections:
        return ""
    room = width - stringWidth(pattern.format(section=""), font, size)
    return pattern.format(section=_fit(" · ".join(sections), font, size, room, words=True))


def _fit(text: str, font: str, size: float, width: float, *, words: bool = False) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (header lines never run off the page);
    ``words``: cut between words, unless its first word alone is too long."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    whole = text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    if words and " " in text and whole[len(text):len(text) + 1] not in (" ", ""):
        text = text.rsplit(" ", 1)[0]
    return text.rstrip(" ·–—(") + "…"


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` on at most ``max_lines`` lines of ``width``, broken between its " — " parts
    first (a date, a place or an antenna's name is not cut over two lines), within a part only
    when it alone is wider than a line; what is left over is cut with "…"."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for part in text.split(" — "):
        joined = f"{lines[-1]} — {part}" if lines else part
        if lines and stringWidth(joined, font, size) <= width:
            lines[-1] = joined
        else:
            if lines and stringWidth(f"{lines[-1]} —", font, size) <= width:
                lines[-1] += " —"  # the dash stays where the parts meet
            lines.extend(simpleSplit(part, font, size, width) or [""])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(lines[-1] + " …", font, size, width)
    return lines


def write_report(
    spec: ReportSpec,
    params: ReportParams,
    club: ClubIdentity,
    out: Path,
    render: Callable[[ReportDoc], None],
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> ReportResult:
    """Fill the story (``render``), lay out the pages and write the PDF to ``out``.

    ``progress`` goes from 10 % (the data is read) to 100 % (the file is written).
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    doc = ReportDoc(spec, params, club, progress=progress)
    render(doc)
    keep_headings(doc.story, doc.width)
    if progress:
        progress(10, 100)
    pagesize = landscape(A4) if doc.landscape else A4
    frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, pagesize[0] - 2 * MARGIN,
                  pagesize[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    total = max(len(doc.story), 1)
    done = [0]

    def after_flowable(_flowable: Any) -> None:
        done[0] += 1  # split tables come back as several flowables: never past 99 %
        if progress and (done[0] % 10 == 0 or done[0] == total):
            progress(10 + 89 * min(done[0], total) // total, 100)

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"{tr(spec.title)} — {doc.club.name}" if doc.club.name else tr(spec.title),
        author=doc.club.name, creator="Cercle", pageTemplates=[PageTemplate("page", [frame])],
    )
    template.afterFlowable = after_flowable  # type: ignore[method-assign]
    canvas_class = _make_canvas_class(doc, format_date_long(today or date.today()))
    template.build(doc.story or [_nothing(doc)], canvasmaker=canvas_class)
    try:
        out.write_bytes(buffer.getvalue())
    except OSError as error:
        raise CercleError(MSG_CANNOT_WRITE, context="Reports", path=str(out),
                          reason=os_reason(error)) from error
    if progress:
        progress(100, 100)
    return ReportResult(out, template.page)


def _nothing(doc: ReportDoc) -> Any:
    return para(tr(NO_ROWS), doc.styles["body"])

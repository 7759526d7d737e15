"""The embedded font of the reports, and right-to-left text for Arabic names.

DejaVu Sans (shipped in ``resources/fonts``) covers French accents, the narrow no-break space of
French numbers (U+202F) and Arabic. Arabic letters take their joined forms through harfbuzz
shaping (reportlab's ``shaping`` extra), which also lays a right-to-left line out from the right:
an Arabic name is given to a shaping paragraph style in its logical order, as typed.
"""

from __future__ import annotations

import unicodedata
from functools import cache

FONT = "CercleSans"
FONT_BOLD = "CercleSans-Bold"

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts with reportlab once; return (regular, bold) names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from resources import resource_path

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT, FONT_BOLD


def shaping_available() -> bool:
    """Whether Arabic will be printed with joined letters (harfbuzz found, font shapable)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return bool(pdfmetrics.getFont(FONT).shapable)


def is_rtl(text: str) -> bool:
    """True if ``text`` holds a right-to-left letter (Arabic, Hebrew...)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def base_direction(text: str) -> str:
    """"RTL" if the first letter with a strong direction is right-to-left, else "LTR"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "RTL"
        if kind == "L":
            return "LTR"
    return "LTR"

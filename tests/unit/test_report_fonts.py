"""The reports' embedded font: French text, French numbers and Arabic names, shaped."""

from __future__ import annotations

import pytest

from app.reports.fonts import FONT, FONT_BOLD, is_rtl, register_fonts, shaping_available
from resources import resource_path

ARABIC_NAME = "محمد العلوي"


@pytest.fixture(scope="module")
def fonts() -> tuple[str, str]:
    return register_fonts()


def test_the_font_and_its_licence_are_shipped() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert resource_path("fonts", name).is_file(), name


@pytest.mark.parametrize("font", [FONT, FONT_BOLD])
def test_the_font_draws_french_text_numbers_and_arabic(fonts: tuple[str, str], font: str) -> None:
    from reportlab.pdfbase import pdfmetrics

    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    for char in "éèêàçùœÉÀ«»\u202f\u00a0€" + ARABIC_NAME.replace(" ", ""):
        assert ord(char) in glyphs, f"U+{ord(char):04X} missing from {font}"


def test_arabic_is_shaped_not_printed_as_isolated_letters(fonts: tuple[str, str]) -> None:
    """Fails if harfbuzz goes missing or the font loses its shaping tables."""
    from reportlab.pdfbase.ttfonts import shapeStr

    assert shaping_available()
    shaped = shapeStr(ARABIC_NAME, FONT, 10)
    word = ARABIC_NAME.split()[0]
    # Joined letters come out as the presentation forms (U+FExx) of the font, not the typed letters.
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in shaped)
    assert word not in shaped
    # Right to left: the first letter typed (meem, initial form U+FEE3) is drawn last of its word.
    first_word = shapeStr(word, FONT, 10)
    assert first_word[-1] == "\ufee3"


def test_right_to_left_text_is_recognised() -> None:
    assert is_rtl(ARABIC_NAME)
    assert is_rtl("Société محمد")
    assert not is_rtl("Tom & Jerry <b>SARL</b> 1 234,50")

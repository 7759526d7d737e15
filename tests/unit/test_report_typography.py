"""French typography on the printed page: elision before a vowel, the typographic apostrophe
in every text a report takes from the catalogue."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.formatting import APOSTROPHE, elides, format_elided, typographic_apostrophes

REPORTS = Path(__file__).parents[2] / "app" / "reports"
FRENCH = Path(__file__).parents[2] / "resources" / "translations" / "cercle_fr.ts"


@pytest.mark.parametrize(("name", "printed"), [
    ("Agadir", "aux réunions d’Agadir"),
    ("Oujda", "aux réunions d’Oujda"),
    ("El Jadida", "aux réunions d’El Jadida"),
    ("Île de Mogador", "aux réunions d’Île de Mogador"),
    ("Hôtel Atlas", "aux réunions d’Hôtel Atlas"),  # a mute h
    ("Casablanca", "aux réunions de Casablanca"),
    ("Fès", "aux réunions de Fès"),
    ("Hay Hassani", "aux réunions de Hay Hassani"),  # an aspirated h
    ("Youssoufia", "aux réunions de Youssoufia"),  # a y before a vowel is a consonant
])
def test_de_before_a_name_is_elided_before_a_vowel_or_a_mute_h(name: str, printed: str) -> None:
    assert format_elided("aux réunions de {chapter}", chapter=name) == printed


def test_elision_keeps_the_template_s_case_and_touches_only_its_own_words() -> None:
    assert format_elided("De {c} à {d}", c="Oujda", d="Agadir") == "D’Oujda à Agadir"
    assert format_elided("Plus {n} qu’avant, que {who}", n="vite", who="Imane") == "Plus vite qu’avant, qu’Imane"
    # a value's own words are left as written, and English is only formatted
    assert format_elided("Tissages de {c}", c="Oujda de Alger") == "Tissages d’Oujda de Alger"
    assert format_elided("Turnout of the meetings of {chapter}", chapter="Oujda") == "Turnout of the meetings of Oujda"
    assert format_elided("Réunions de {chapter}", chapter="") == "Réunions de "
    assert not elides("") and elides("« Atlas »")


def _report_contexts() -> set[str]:
    """The catalogue contexts whose texts a report prints: every context named in app/reports."""
    contexts = set()
    for path in REPORTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("translate", "QT_TRANSLATE_NOOP", "translate_count") and node.args
                    and isinstance(node.args[0], ast.Constant)):
                contexts.add(node.args[0].value)
    return contexts


def test_every_french_text_a_report_prints_has_typographic_apostrophes() -> None:
    contexts = _report_contexts()
    assert {"Reports", "Compliance", "Enums", "Attendance", "Charter"} <= contexts
    straight = []
    for context in ET.parse(FRENCH).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            texts = [message.findtext("translation") or ""] + [n.text or "" for n in message.iter("numerusform")]
            straight += [(context.findtext("name"), t) for t in texts if "'" in t]
    assert not straight, straight[:5]
    assert any(APOSTROPHE in (m.findtext("translation") or "") for m in ET.parse(FRENCH).getroot().iter("message"))


def test_a_straight_apostrophe_between_letters_prints_typographic_but_never_in_an_address() -> None:
    assert typographic_apostrophes("Bd d'Anfa, l'annuaire, aujourd'hui") == "Bd d’Anfa, l’annuaire, aujourd’hui"
    assert typographic_apostrophes("Assur'Conseil") == "Assur’Conseil"
    # a reader copies an address: printed as written, the text around it still typographic
    assert typographic_apostrophes("o'brien@atlas.ma, d'accord") == "o'brien@atlas.ma, d’accord"
    assert typographic_apostrophes("www.l'atlas.ma/l'offre") == "www.l'atlas.ma/l'offre"
    # quotes and feet are not apostrophes
    assert typographic_apostrophes("'Atlas' 12'") == "'Atlas' 12'"

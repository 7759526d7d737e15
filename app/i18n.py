"""Translation for the Qt-free layers.

Messages raised in ``app/`` are written in English and marked with
:func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` collects them into the same
``.ts`` catalogues as the UI. The GUI translates them with Qt; the command line and
the PDF reports, which must not import Qt, look them up here in the French catalogue.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache

DEFAULT_LANGUAGE = "fr"
SUPPORTED_LANGUAGES = ("fr", "en")

_language = os.environ.get("CERCLE_LANG", DEFAULT_LANGUAGE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


def set_language(language: str) -> None:
    """Choose the language used by :func:`translate` (``fr`` or ``en``)."""
    global _language
    _language = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    from resources import resource_path

    path = resource_path("translations", f"cercle_{language}.ts")
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                catalogue[(name, source)] = translation.text
    return catalogue


def translate(context: str, text: str, language: str | None = None) -> str:
    """Translate ``text`` of ``context`` into ``language`` (default: the current one)."""
    language = language or _language
    if language == "en":
        return text
    return _catalogue(language).get((context, text), text)


def translate_count(context: str, one: str, many: str, count: int, language: str | None = None) -> str:
    """The form of a message for ``count`` ("1 page", "2 pages"): French takes the singular for 0
    and 1, English for 1 only. Both forms are marked for translation by the caller."""
    language = language or _language
    singular = count in (0, 1) if language == "fr" else count == 1
    return translate(context, one if singular else many, language)

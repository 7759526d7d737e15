"""Maintain the translation catalogues: ``python -m ui.catalogue update|release|check``.

``update`` collects every marked string of ``app/`` and ``ui/`` into the ``.ts`` files
(French to translate; English is the source language, so its catalogue is the identity),
``release`` compiles them to ``.qm``, and ``check`` lists French strings left untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))


def extract(target: Path) -> None:
    """Write a catalogue of every marked string to ``target`` (no translations kept)."""
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)


def update() -> None:
    for language in LANGUAGES:
        path = TRANSLATIONS / f"cercle_{language}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        "-target-language", "fr_FR" if language == "fr" else "en_GB", "-ts", str(path)],
                       cwd=ROOT, check=True)
    _fill_english(TRANSLATIONS / "cercle_en.ts")
    # Written back in one form (the one hand edits and scripts produce), so that an update
    # that adds nothing leaves the French catalogue unchanged.
    french = TRANSLATIONS / "cercle_fr.ts"
    ET.parse(french).write(french, encoding="utf-8", xml_declaration=True)


def _fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            if translated_text(message) is not None:
                continue  # singular and plural written by hand: keep them
            # Until someone writes them, the source serves for both forms ("(s)"-style).
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for language in LANGUAGES:
        subprocess.run([_tool("lrelease"), str(TRANSLATIONS / f"cercle_{language}.ts"),
                        "-qm", str(TRANSLATIONS / f"cercle_{language}.qm")], check=True)


def translated_text(message: ET.Element) -> str | None:
    """The finished translation of a message (plural forms joined by "|"), or None."""
    translation = message.find("translation")
    if translation is None or translation.get("type"):
        return None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    if message.get("numerus") == "yes":
        return "|".join(forms) if forms and all(form.strip() for form in forms) else None
    return translation.text if (translation.text or "").strip() else None


def untranslated(path: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if translated_text(message) is None:
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    missing = untranslated(TRANSLATIONS / "cercle_fr.ts")
    for context, source in missing:
        print(f"{context}\t{source}")
    return 1 if missing and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

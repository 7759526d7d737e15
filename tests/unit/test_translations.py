"""Every string the user can see has a French translation, and the compiled catalogue is current."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import catalogue

pytestmark = pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="Qt linguist tools missing")


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            result[(name, message.findtext("source", ""))] = catalogue.translated_text(message)
    return result


def test_every_ui_string_has_a_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    catalogue.extract(fresh)
    needed = set(_messages(fresh))
    assert len(needed) > 100
    french = _messages(catalogue.TRANSLATIONS / "cercle_fr.ts")
    missing = sorted(key for key in needed if not french.get(key))
    assert not missing, f"{len(missing)} strings without French translation, e.g. {missing[:10]}"


def test_placeholders_survive_translation() -> None:
    import re

    french = _messages(catalogue.TRANSLATIONS / "cercle_fr.ts")
    for (context, source), translation in french.items():
        if translation:
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), (context, source)


def test_compiled_catalogues_are_up_to_date(tmp_path: Path) -> None:
    for language in catalogue.LANGUAGES:
        out = tmp_path / f"{language}.qm"
        subprocess.run([catalogue._tool("lrelease"), str(catalogue.TRANSLATIONS / f"cercle_{language}.ts"),
                        "-qm", str(out)], check=True, capture_output=True)
        assert out.read_bytes() == (catalogue.TRANSLATIONS / f"cercle_{language}.qm").read_bytes(), (
            f"run: python -m ui.catalogue release ({language})")


def test_english_catalogue_is_complete(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    catalogue.extract(fresh)
    english = _messages(catalogue.TRANSLATIONS / "cercle_en.ts")
    assert all(english.get(key) for key in _messages(fresh))


def test_standard_buttons_are_french(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.i18n import install_translators

    install_translators(qapp, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_cli_messages_use_the_same_catalogue() -> None:
    from app.db.store import MSG_LOCKED
    from app.domain.errors import DatabaseError

    error = DatabaseError(MSG_LOCKED, path="club.db")
    assert error.text("fr") == "club.db est utilisé par un autre programme. Fermez-le et réessayez."
    assert error.text("en") == "club.db is in use by another program. Close it and try again."


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Functions of a module that translate their argument in a fixed context: name -> context.

    lupdate only collects a string written in the call (``tr("…")``, ``QT_TRANSLATE_NOOP``): a
    string handed to such a wrapper is invisible to it unless it is marked where it is written.
    """
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        param = node.args.args[0].arg
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate" and len(call.args) == 2
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == param):
                found.setdefault(node.name, set()).add(call.args[0].value)
    return {name: next(iter(contexts)) for name, contexts in found.items() if len(contexts) == 1}


def test_strings_given_to_translating_wrappers_are_in_the_catalogue() -> None:
    """``_tr("Back up now")`` through ``QCoreApplication.translate("DataSafety", text)`` once
    showed English in the File menu: every literal given to such a wrapper has its translation."""
    french = _messages(catalogue.TRANSLATIONS / "cercle_fr.ts")
    missing = []
    for path in sorted((catalogue.ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _wrappers(tree)
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in wrappers
                    and call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                if not french.get((wrappers[call.func.id], call.args[0].value)):
                    missing.append(f"{path.name}:{call.lineno} {call.args[0].value!r}")
    assert not missing, f"{len(missing)} strings lupdate cannot see, e.g. {missing[:10]}"


def test_every_error_is_raised_in_the_context_its_message_is_marked_in() -> None:
    """A message marked in "Import" but raised as a plain ValidationError is looked up in
    "Validation", found nowhere, and shown in English: the restore and import messages once were."""
    from app.domain import errors

    defaults = {name: cls.context for name, cls in vars(errors).items()
                if isinstance(cls, type) and issubclass(cls, errors.CercleError)}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in (catalogue.ROOT / "app").rglob("*.py")}
    marked: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", "") == "QT_TRANSLATE_NOOP"):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        marked.setdefault(target.id, set()).add(node.value.args[0].value)
    wrong = []
    for path, tree in trees.items():
        for call in ast.walk(tree):
            name = getattr(call, "func", None) and (getattr(call.func, "id", None) or getattr(call.func, "attr", None))
            if not isinstance(call, ast.Call) or name not in defaults:
                continue
            message = call.args[1 if name == "ValidationError" else 0] if len(call.args) > (name == "ValidationError") \
                else None
            if not isinstance(message, ast.Name) or message.id not in marked:
                continue
            context = next((k.value.value for k in call.keywords if k.arg == "context"
                            and isinstance(k.value, ast.Constant)), defaults[name])
            if context not in marked[message.id]:
                wrong.append(f"{path.name}:{call.lineno} {message.id} in {context!r}, marked in {marked[message.id]}")
    assert not wrong, wrong

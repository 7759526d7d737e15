"""``cercle --help`` and every subcommand's help speak the interface's language throughout:
argparse's own words ("usage:", "positional arguments", "show this help message and exit") and its
errors included, French by default and English with ``--lang en``."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from app.cli import build_parser, main
from app.i18n import current_language, set_language

ENGLISH = ("usage:", "positional arguments", "show this help message and exit", "show program's version",
           " the ", " of ", "database", "file", "default")  # option names (--chapter, --meeting) are fixed
FRENCH = ("utilisation", "arguments :", "afficher cette aide", " la ", " le ", " des ", "base de données",
          "fichier", "antenne", "réunion", "rapport")


@pytest.fixture(autouse=True)
def language_restored() -> Iterator[None]:
    before = current_language()
    yield
    set_language(before)  # --lang changes the process-wide language


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every command and subcommand, the bare ``cercle`` first."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                yield from commands(subparser, (*path, name))


def help_of(capsys: pytest.CaptureFixture[str], arguments: list[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*arguments, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


ALL = list(commands(build_parser()))


def test_every_command_is_seen() -> None:
    assert {("import",), ("report",), ("members", "list"), ("meetings", "list"), ()} <= set(ALL)
    assert len(ALL) > 12


@pytest.mark.parametrize("path", ALL, ids=lambda path: " ".join(path) or "cercle")
def test_help_is_french_throughout(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, list(path))
    assert text.startswith("utilisation : cercle") and "afficher cette aide et quitter" in text
    lowered = text.lower()
    assert [word for word in ENGLISH if word in lowered] == []


@pytest.mark.parametrize("path", ALL, ids=lambda path: " ".join(path) or "cercle")
def test_help_is_english_with_lang_en(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, ["--lang", "en", *path])
    assert text.startswith("usage: cercle") and "show this help message and exit" in text
    lowered = text.lower()
    assert [word for word in FRENCH if word in lowered] == []
    assert not re.search("[éèêàçùôî]", text), text


@pytest.mark.parametrize(("language", "required", "choice"), [
    ([], "ces arguments sont obligatoires : FICHIER", "choix inconnu"),
    (["--lang", "en"], "the following arguments are required: FILE", "invalid choice"),
])
def test_usage_errors_speak_the_same_language(language: list[str], required: str, choice: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*language, "import", "members"])
    assert exited.value.code == 2
    assert required in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*language, "export", "nothing", "--out", "x.csv"])
    assert choice in capsys.readouterr().err

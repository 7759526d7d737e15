"""The command line's own usage messages, in the interface's language.

argparse writes its messages ("usage:", "positional arguments", "the following arguments are
required") through the ``gettext`` and ``ngettext`` functions it looks up in its module at each
call. :func:`install` points them to the app's translation (:func:`app.i18n.translate`, context
``Cli``), so that they come from the same French catalogue as the help texts, which the command
modules write in English and translate the same way. The messages a user can meet are listed
here for the catalogue; any other stays in English.
"""

from __future__ import annotations

import argparse

from app.i18n import QT_TRANSLATE_NOOP, translate, translate_count

MESSAGES = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Cli", "can't open '%(filename)s': %(error)s"),
)


def gettext(message: str) -> str:
    """One of argparse's messages in the current language."""
    return translate("Cli", message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of one of argparse's messages for ``count``."""
    return translate_count("Cli", singular, plural, count)


def install() -> None:
    """Route argparse's messages through the app's translation (module-level names it looks up at each call)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]

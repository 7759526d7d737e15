"""The command line's own usage messages in French.

argparse writes its messages ("usage:", "the following arguments are required") through the
``gettext`` function it imported, in English unless a catalogue is installed. The command line's
help texts are French, so its errors are too: this module gives argparse a French ``gettext``
for the handful of messages it prints, keeping the English ones when the language is English.
"""

from __future__ import annotations

import argparse
import gettext

from app.i18n import current_language

FRENCH = {
    "usage: ": "utilisation : ",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "invalid %(type)s value: %(value)r": "valeur incorrecte (%(type)s) : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix inconnu : %(value)r (choisissez parmi %(choices)s)",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "expected one argument": "une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
    "ignored explicit argument %r": "valeur ignorée : %r",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version de Cercle et quitter",
    "positional arguments": "arguments",
    "options": "options",
}


def _french(message: str) -> str:
    return FRENCH.get(message, message) if current_language() == "fr" else gettext.gettext(message)


def install() -> None:
    """Route argparse's messages through :data:`FRENCH` (module-level names it looks up at each call)."""
    argparse._ = _french  # type: ignore[attr-defined]

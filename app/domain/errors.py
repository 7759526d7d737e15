"""Errors the user can cause, carrying the field and a translatable message."""

from __future__ import annotations

from typing import Any

from app.i18n import translate


class CercleError(Exception):
    """A problem the user can fix: bad input, a missing record, a refused file.

    ``message`` is the English source text (marked with ``QT_TRANSLATE_NOOP`` in
    ``context``); ``params`` fill its ``{placeholders}`` after translation.
    """

    context = "Errors"

    def __init__(self, message: str, *, context: str | None = None, **params: Any) -> None:
        self.message = message
        if context is not None:
            self.context = context
        self.params = params
        super().__init__(self.text("en"))

    def text(self, language: str | None = None) -> str:
        """The message translated (French unless told otherwise), placeholders filled."""
        return translate(self.context, self.message, language).format(**self.params)


class ValidationError(CercleError):
    """One field holds a value the rules refuse."""

    context = "Validation"

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class ValidationErrors(CercleError):
    """Several fields are wrong at once; ``errors`` maps field name to its error."""

    context = "Validation"

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = {error.field: error for error in errors}
        first = errors[0]
        super().__init__(first.message, context=first.context, **first.params)


class NotFoundError(CercleError):
    """A record asked for by number or id does not exist."""


class DatabaseError(CercleError):
    """The database file cannot be used: not Cercle's, corrupt, locked, read-only, too new."""

    context = "Database"

"""Errors the user can cause, carrying the field and a translatable message."""

from __future__ import annotations

import errno
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate


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


# Raised by every service asked about a record deleted meanwhile (by another window or user).
MSG_MEMBER_GONE = QT_TRANSLATE_NOOP("Errors", "This member no longer exists.")
MSG_MEETING_GONE = QT_TRANSLATE_NOOP("Errors", "This meeting no longer exists.")
MSG_CONTACT_GONE = QT_TRANSLATE_NOOP("Errors", "This contact no longer exists.")

MSG_OS_NO_FOLDER = QT_TRANSLATE_NOOP("Files", "the folder does not exist")
MSG_OS_DENIED = QT_TRANSLATE_NOOP("Files", "permission denied")
MSG_OS_IS_FOLDER = QT_TRANSLATE_NOOP("Files", "it is a folder, not a file")
MSG_OS_FULL = QT_TRANSLATE_NOOP("Files", "the disk is full")
MSG_OS_READ_ONLY = QT_TRANSLATE_NOOP("Files", "the disk is read-only")
MSG_OS_IN_USE = QT_TRANSLATE_NOOP("Files", "the file is open in another program")
MSG_OS_EXISTS = QT_TRANSLATE_NOOP("Files", "a file of that name is in the way")
_OS_REASONS = {
    errno.ENOENT: MSG_OS_NO_FOLDER, errno.ENOTDIR: MSG_OS_NO_FOLDER, errno.EACCES: MSG_OS_DENIED,
    errno.EPERM: MSG_OS_DENIED, errno.EISDIR: MSG_OS_IS_FOLDER, errno.ENOSPC: MSG_OS_FULL,
    errno.EROFS: MSG_OS_READ_ONLY, errno.EEXIST: MSG_OS_EXISTS, errno.EBUSY: MSG_OS_IN_USE,
    errno.ETXTBSY: MSG_OS_IN_USE,
}


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the user's language (the system's own text,
    ``strerror``, is English whatever the interface)."""
    message = _OS_REASONS.get(error.errno or 0)
    if message is None:
        return error.strerror or str(error)
    return translate("Files", message)

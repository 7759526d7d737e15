"""No lost update: a record saved from a form that loaded an older version of it is refused.

Every editable record carries a version (``version_id``, counted up by SQLAlchemy on each
update). A form remembers the version it loaded and hands it to the service as
``expected_version``; when the stored version differs, the service raises
:class:`ConflictError` with what differs between the stored record and what the user is saving,
so the user can reload it or overwrite it knowingly (saving again with the new version).
Two saves at the very same moment are caught by the version in the UPDATE itself
(SQLAlchemy's ``StaleDataError``), turned into the same error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.domain import attendance, business, enums
from app.domain.errors import CercleError
from app.formatting import format_date, format_datetime, format_money
from app.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MSG_CONFLICT = QT_TRANSLATE_NOOP("Errors", "{record} was changed by someone else since you opened it.")
MSG_CONFLICT_DELETED = QT_TRANSLATE_NOOP("Errors", "{record} was deleted by someone else since you opened it.")
MSG_MEMBER = QT_TRANSLATE_NOOP("Errors", "The member {number} – {name}")
MSG_MEETING = QT_TRANSLATE_NOOP("Errors", "The meeting of {date}")
MSG_REFERRAL = QT_TRANSLATE_NOOP("Errors", "The referral of {date}")
MSG_CONTACT = QT_TRANSLATE_NOOP("Errors", "The contact {name}")
MSG_BUSINESS = QT_TRANSLATE_NOOP("Errors", "The closed business of {date}")
MSG_YES = QT_TRANSLATE_NOOP("Errors", "yes")
MSG_NO = QT_TRANSLATE_NOOP("Errors", "no")


@dataclass(frozen=True)
class FieldChange:
    """One field where the stored record and the user's form disagree, as the user reads them."""

    field: str
    theirs: str  # what is stored now (saved by someone else)
    yours: str  # what the user is about to save


class ConflictError(CercleError):
    """The record changed (or was deleted) since the form loaded it.

    Attributes:
        record: how the user names the record ("Member 1001 – Karim Tazi").
        changes: the fields that differ, stored value against the form's value.
        current_version: the stored version; saving with it overwrites knowingly.
            ``None`` when the record no longer exists.
    """

    def __init__(self, record: RecordLabel | str, changes: tuple[FieldChange, ...],
                 current_version: int | None) -> None:
        self._label = record
        self.record = str(record)
        self.changes = changes
        self.current_version = current_version
        message = MSG_CONFLICT if current_version is not None else MSG_CONFLICT_DELETED
        super().__init__(message, record=self.record)

    def text(self, language: str | None = None) -> str:
        """The message with the record named in the same language."""
        label = self._label.text(language) if isinstance(self._label, RecordLabel) else self._label
        return translate(self.context, self.message, language).format(record=label)


@dataclass(frozen=True)
class RecordLabel:
    """How the user names a record ("le membre 1001 – Karim Tazi"), translated when shown."""

    message: str
    params: tuple[tuple[str, Any], ...]

    def text(self, language: str | None = None) -> str:
        return translate("Errors", self.message, language).format(**dict(self.params))

    def __str__(self) -> str:
        return self.text()


def record_label(message: str, **params: Any) -> RecordLabel:
    """How the user names a record in a conflict message (one of the ``MSG_`` labels above)."""
    shown = {key: format_date(value) if isinstance(value, date) else value for key, value in params.items()}
    return RecordLabel(message, tuple(shown.items()))


def display_value(value: Any, names: Mapping[Any, str] | None = None) -> str:
    """A stored or entered value as the user reads it (dates, labels, yes/no)."""
    if value is None or value == "":
        return ""
    if names is not None and value in names:
        return names[value]
    if isinstance(value, bool):
        return translate("Errors", MSG_YES if value else MSG_NO)
    if isinstance(value, StrEnum):
        return _enum_label(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_money(value)
    return str(value)


def _enum_label(value: StrEnum) -> str:
    if value in enums.LABELS:
        return translate("Enums", enums.LABELS[value])
    if value in business.LABELS:
        return translate("Business", business.LABELS[value])
    table = attendance.LABELS.get(type(value), {})
    if value in table:
        return translate("Attendance", table[value])
    return str(value)


def differences(
    stored: Any,
    yours: Mapping[str, Any],
    names: Mapping[str, Mapping[Any, str]] | None = None,
) -> tuple[FieldChange, ...]:
    """The fields of ``yours`` whose value differs from the same attribute of ``stored``."""
    names = names or {}
    changes = []
    for field, value in yours.items():
        current = getattr(stored, field)
        if isinstance(value, StrEnum) and isinstance(current, str) and not isinstance(current, StrEnum):
            current = type(value)(current)  # stored as its value
        if _same(current, value):
            continue
        changes.append(FieldChange(field, display_value(current, names.get(field)),
                                   display_value(value, names.get(field))))
    return tuple(changes)


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    return bool(a == b)


def check_version(
    stored: Any,
    expected_version: int | None,
    record: RecordLabel | str | Callable[[], RecordLabel | str],
    yours: Mapping[str, Any] | Callable[[], Mapping[str, Any]],
    names: Mapping[str, Mapping[Any, str]] | Callable[[], Mapping[str, Mapping[Any, str]]] | None = None,
) -> None:
    """Raise :class:`ConflictError` when ``stored.version_id`` is not ``expected_version``.

    ``None`` as the expected version means "no form version": scripts and imports that load
    and save in one action never conflict with themselves.
    """
    if expected_version is None or stored.version_id == expected_version:
        return
    label = record() if callable(record) else record
    values = yours() if callable(yours) else yours
    raise ConflictError(label, differences(stored, values, names() if callable(names) else names), stored.version_id)


@contextmanager
def saving(
    session: Session,
    model: type,
    record_id: int,
    record: RecordLabel | str,
    yours: Mapping[str, Any],
    names: Mapping[str, Mapping[Any, str]] | Callable[[], Mapping[str, Mapping[Any, str]]] | None = None,
) -> Iterator[None]:
    """Turn a save that lost the race at the UPDATE itself into :class:`ConflictError`.

    Wrap the ``commit()`` of a service: if another session saved the record between this
    session's read and its write, the version in the UPDATE matches no row; the stored record
    is read again to say what changed.
    """
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except StaleDataError as exc:
        session.rollback()
        stored = session.get(model, record_id, populate_existing=True)
        if stored is None:
            raise ConflictError(record, (), None) from exc
        names = names() if callable(names) else names
        raise ConflictError(record, differences(stored, yours, names), stored.version_id) from exc

"""The managed reference lists: chapters (antennas) and sectors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.db.models import Chapter, Contact, Meeting, Member, Sector
from app.db.uow import UnitOfWork
from app.domain.errors import CercleError, NotFoundError, ValidationError
from app.domain.reference import list_order
from app.domain.text import fold
from app.domain.validation import clean_text
from app.i18n import QT_TRANSLATE_NOOP

MSG_EXISTS = QT_TRANSLATE_NOOP("Validation", "“{name}” is already in the list.")
MSG_IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” is used by {count} record(s) and cannot be deleted; retire it instead."
)
MSG_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")

# Both lists have the same shape (id, name, retired); Any spares a protocol for two classes.
KINDS: dict[str, Any] = {"chapter": Chapter, "sector": Sector}


@dataclass(frozen=True)
class ReferenceItem:
    id: int
    name: str
    retired: bool
    usage: int


def _usage(session, kind: str, item_id: int) -> int:  # type: ignore[no-untyped-def]
    if kind == "chapter":
        return (session.scalar(select(func.count()).where(Member.chapter_id == item_id)) or 0) + (
            session.scalar(select(func.count()).where(Meeting.chapter_id == item_id)) or 0
        )
    return (session.scalar(select(func.count()).where(Member.sector_id == item_id)) or 0) + (
        session.scalar(select(func.count()).where(Contact.sector_id == item_id)) or 0
    )


def list_items(uow: UnitOfWork, kind: str, *, include_retired: bool = True) -> list[ReferenceItem]:
    """Chapters in their set order (Casablanca first), sectors alphabetically."""
    model = KINDS[kind]
    with uow:
        query = select(model)
        if not include_retired:
            query = query.where(model.retired.is_(False))
        items = list(uow.session.scalars(query))
        items.sort(key=list_order(kind))
        return [ReferenceItem(i.id, i.name, i.retired, _usage(uow.session, kind, i.id)) for i in items]


def _clean_unique(session, kind: str, name: str, exclude_id: int | None = None) -> str:  # type: ignore[no-untyped-def]
    model = KINDS[kind]
    clean = clean_text(name, "name", required=True, max_length=80)
    assert clean is not None
    for other in session.scalars(select(model)):
        if other.id != exclude_id and fold(other.name) == fold(clean):
            raise ValidationError("name", MSG_EXISTS, name=other.name)
    return clean


def add_item(uow: UnitOfWork, kind: str, name: str) -> ReferenceItem:
    model = KINDS[kind]
    with uow:
        clean = _clean_unique(uow.session, kind, name)
        item = model(name=clean, retired=False)
        if kind == "chapter":
            item.sort_order = (uow.session.scalar(select(func.max(Chapter.sort_order))) or 0) + 1
        uow.session.add(item)
        uow.commit()
        return ReferenceItem(item.id, item.name, False, 0)


def rename_item(uow: UnitOfWork, kind: str, item_id: int, name: str) -> None:
    with uow:
        item = uow.session.get(KINDS[kind], item_id)
        if item is None:
            raise NotFoundError(MSG_UNKNOWN)
        item.name = _clean_unique(uow.session, kind, name, exclude_id=item_id)
        uow.commit()


def set_retired(uow: UnitOfWork, kind: str, item_id: int, retired: bool) -> None:
    """Retire an entry: kept on the records that use it, no longer offered for new ones."""
    with uow:
        item = uow.session.get(KINDS[kind], item_id)
        if item is None:
            raise NotFoundError(MSG_UNKNOWN)
        item.retired = retired
        uow.commit()


def delete_item(uow: UnitOfWork, kind: str, item_id: int) -> None:
    with uow:
        item = uow.session.get(KINDS[kind], item_id)
        if item is None:
            raise NotFoundError(MSG_UNKNOWN)
        count = _usage(uow.session, kind, item_id)
        if count:
            raise CercleError(MSG_IN_USE, name=item.name, count=count)
        uow.session.delete(item)
        uow.commit()

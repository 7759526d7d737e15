"""Club settings kept in the database (JSON values), each with the date it last changed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Setting
from app.db.uow import UnitOfWork


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: Any
    changed_at: datetime | None


def stored_settings(session: Session, keys: Iterable[str]) -> dict[str, Any]:
    """The stored value of each of ``keys`` that has one, inside an open unit of work; a value
    damaged by hand is left out, so its default applies."""
    stored = {}
    for key, value in session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(list(keys)))):
        try:
            stored[key] = json.loads(value)
        except ValueError:
            continue
    return stored


def get_settings(uow: UnitOfWork, defaults: dict[str, Any]) -> dict[str, Any]:
    """Return the stored value of each key in ``defaults``, or its default."""
    with uow:
        stored = stored_settings(uow.session, defaults)
    return {key: stored.get(key, default) for key, default in defaults.items()}


def setting_history(uow: UnitOfWork, key: str) -> SettingValue | None:
    with uow:
        row = uow.session.get(Setting, key)
        return SettingValue(row.key, json.loads(row.value), row.changed_at) if row else None


def save_settings(uow: UnitOfWork, values: dict[str, Any]) -> None:
    """Store several settings in one transaction; unchanged values keep their date."""
    with uow:
        now = datetime.now()
        for key, value in values.items():
            encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
            row = uow.session.get(Setting, key)
            if row is None:
                uow.session.add(Setting(key=key, value=encoded, changed_at=now))
            elif row.value != encoded:
                row.value = encoded
                row.changed_at = now
        uow.commit()

"""The audit trail of member records (law 09-08): who created, changed or anonymised a record,
when, and which fields. Only field names are stored, never the personal values themselves."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.db.models import MemberAudit
from app.db.uow import UnitOfWork

CREATE, UPDATE, STATUS, IMPORT, EXPORT, ANONYMISE = "create", "update", "status", "import", "export", "anonymise"
ACTOR_MAX = 80


@dataclass(frozen=True)
class AuditRow:
    """One line of a member's audit trail."""

    at: datetime
    actor: str
    action: str
    fields: tuple[str, ...]
    details: dict[str, Any]


def current_actor() -> str:
    """Who is at the keyboard: ``$CERCLE_USER`` if set, else the name the system logged in."""
    name = os.environ.get("CERCLE_USER", "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):  # no user name on this system
            name = "?"
    return name[:ACTOR_MAX] or "?"


def audit_line(member_id: int, action: str, fields: Iterable[str] = (), actor: str | None = None,
               **extra: Any) -> dict[str, Any] | None:
    """The columns of a line of the member's audit trail (None: an update that changed nothing
    leaves no line). ``extra`` holds non-personal details (a status, a number of rows), stored
    with the field names as JSON."""
    names = sorted(set(fields))
    if action == UPDATE and not names:
        return None
    details: dict[str, Any] = {"fields": names}
    details.update(extra)
    return {"member_id": member_id, "actor": (actor or current_actor())[:ACTOR_MAX], "action": action,
            "details": json.dumps(details, ensure_ascii=False, sort_keys=True, default=str), "at": datetime.now()}


def record_audit(session: Session, member_id: int, action: str, fields: Iterable[str] = (),
                 actor: str | None = None, **extra: Any) -> MemberAudit | None:
    """Add a line to the member's audit trail (:func:`audit_line`), in the caller's transaction."""
    line = audit_line(member_id, action, fields, actor, **extra)
    if line is None:
        return None
    row = MemberAudit(**line)
    session.add(row)
    return row


def record_audits(session: Session, lines: list[dict[str, Any]]) -> None:
    """Add many lines of :func:`audit_line` at once (an import), in one bulk insert."""
    if lines:
        session.execute(insert(MemberAudit), lines)


def forget_audit(session: Session, member_id: int) -> None:
    """Drop the trail of a member deleted because they were entered by mistake."""
    session.execute(delete(MemberAudit).where(MemberAudit.member_id == member_id))


def parse_details(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {"fields": value} if isinstance(value, list) else {}


def audit_rows(session: Session, member_id: int) -> list[AuditRow]:
    rows = session.scalars(select(MemberAudit).where(MemberAudit.member_id == member_id)
                           .order_by(MemberAudit.at, MemberAudit.id))
    found = []
    for row in rows:
        details = parse_details(row.details)
        fields = details.get("fields", [])
        found.append(AuditRow(row.at, row.actor, row.action,
                              tuple(str(f) for f in fields) if isinstance(fields, list) else (), details))
    return found


def audit_trail(uow: UnitOfWork, member_id: int) -> list[AuditRow]:
    """The member's audit trail, oldest first."""
    with uow:
        return audit_rows(uow.session, member_id)

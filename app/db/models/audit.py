"""The audit trail of member records: creation, changes and anonymisation (law 09-08)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class MemberAudit(Base):
    __tablename__ = "member_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    actor: Mapped[str] = mapped_column(String(80))
    # create | update | status | consent | import | export | anonymise
    action: Mapped[str] = mapped_column(String(16))
    # JSON: the names of the fields changed (never their personal values once anonymised)
    details: Mapped[str | None] = mapped_column(Text)

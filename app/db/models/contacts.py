"""Non-members: prospects, guests, referral beneficiaries and large principal companies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # prospect | visitor | beneficiary | principal  (see app.domain enums of the issue using it)
    kind: Mapped[str] = mapped_column(String(24), default="prospect")
    first_name: Mapped[str | None] = mapped_column(String(80))
    last_name: Mapped[str | None] = mapped_column(String(80))
    company: Mapped[str | None] = mapped_column(String(160))
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    # to_call | interested | applied | not_interested (recruitment follow-up)
    follow_up: Mapped[str | None] = mapped_column(String(24))
    notes: Mapped[str | None] = mapped_column(Text)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))  # once they joined
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}

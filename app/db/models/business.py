"""Referrals, closed business, one-to-ones and presentations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    giver_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    receiver_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    receiver_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))  # charter 4
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    need: Mapped[str | None] = mapped_column(Text)
    # hot | warm | cold
    temperature: Mapped[str] = mapped_column(String(8), default="warm")
    # passed | contacted | meeting | proposal | won | lost | dropped
    status: Mapped[str] = mapped_column(String(16), default="passed")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class ReferralStep(Base):
    """The date a referral reached one status."""

    __tablename__ = "referral_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[date] = mapped_column(Date)


class ClosedBusiness(Base):
    """Business won thanks to another member (the "merci"), amount in MAD excluding tax."""

    __tablename__ = "closed_business"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    receiver_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    giver_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    is_new: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class OneToOne(Base):
    __tablename__ = "one_to_ones"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    member_a_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    member_b_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class Presentation(Base):
    """A member presenting their activity (charter point 1)."""

    __tablename__ = "presentations"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    # pitch | full
    kind: Mapped[str] = mapped_column(String(8), default="pitch")
    title: Mapped[str | None] = mapped_column(String(200))
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}

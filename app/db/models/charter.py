"""The club's charter, members' signatures, and the board's warnings and decisions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base


class CharterVersion(Base):
    """One adopted version of the charter text."""

    __tablename__ = "charter_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(20), unique=True)
    adopted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class CharterSignature(Base):
    """A member's acceptance of one charter version."""

    __tablename__ = "charter_signatures"
    __table_args__ = (UniqueConstraint("member_id", "charter_version_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    charter_version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id"), index=True)
    signed_on: Mapped[date] = mapped_column(Date)


class Warning(Base):  # noqa: A001 - the glossary's name (avertissement)
    """A breach of the charter recorded by the board, followed by dated decisions."""

    __tablename__ = "warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    charter_point: Mapped[int] = mapped_column(Integer)  # 1..5
    # None, or "brand" for the brand part of point 3 (it caps the light like point 5)
    aspect: Mapped[str | None] = mapped_column(String(16))
    facts: Mapped[str] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    date: Mapped[date] = mapped_column(Date, index=True)  # after closed_on, which names the type
    closing_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    decisions: Mapped[list[WarningDecision]] = relationship(
        order_by=lambda: [WarningDecision.decided_on, WarningDecision.id],
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version_id}


class WarningDecision(Base):
    """One step the board decided on a warning: rappel ... exclusion."""

    __tablename__ = "warning_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    warning_id: Mapped[int] = mapped_column(ForeignKey("warnings.id"), index=True)
    # reminder | first_warning | second_warning | board_hearing | exclusion
    step: Mapped[str] = mapped_column(String(24))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(160))
    notes: Mapped[str | None] = mapped_column(Text)

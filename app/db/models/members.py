"""Members of the club and the reference lists they point to (chapters, sectors)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base
from app.db.types import enum_type
from app.domain.enums import Civility, ClubRole, CompanySize, MemberStatus


def enum_column(enum: type, **kwargs):  # type: ignore[no-untyped-def]
    """A portable enum stored as its string value (see :func:`app.db.types.enum_type`)."""
    return mapped_column(enum_type(enum), **kwargs)


class Chapter(Base):
    """An antenna of the club (Casablanca, Rabat, ...)."""

    __tablename__ = "chapters"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class Sector(Base):
    """A trade (secteur d'activité), from a managed reference list."""

    __tablename__ = "sectors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class Member(Base):
    """A person in the club, with their company."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    civility: Mapped[Civility | None] = enum_column(Civility, nullable=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    arabic_name: Mapped[str | None] = mapped_column(String(120))
    company: Mapped[str] = mapped_column(String(160))
    position: Mapped[str | None] = mapped_column(String(80))
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"), index=True)
    company_size: Mapped[CompanySize | None] = enum_column(CompanySize, nullable=True)
    ice: Mapped[str | None] = mapped_column(String(15))
    city: Mapped[str | None] = mapped_column(String(80))
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id"), index=True)
    mobile: Mapped[str | None] = mapped_column(String(20), index=True)
    office_phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    join_date: Mapped[date] = mapped_column(Date)
    sponsor_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    club_role: Mapped[ClubRole] = enum_column(ClubRole, default=ClubRole.MEMBER)
    status: Mapped[MemberStatus] = enum_column(MemberStatus, default=MemberStatus.ACTIVE)
    notes: Mapped[str | None] = mapped_column(Text)
    # Law 09-08: dated consents; None means not given (or not yet asked). The printed directory
    # lists a member only with a consent to appear in it: that date is the one decision.
    consent_processing_on: Mapped[date | None] = mapped_column(Date)
    consent_directory_on: Mapped[date | None] = mapped_column(Date)
    anonymised_on: Mapped[date | None] = mapped_column(Date)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    chapter: Mapped[Chapter] = relationship(lazy="joined")
    sector: Mapped[Sector | None] = relationship(lazy="joined")
    sponsor: Mapped[Member | None] = relationship(remote_side=[id])
    status_history: Mapped[list[MemberStatusChange]] = relationship(
        back_populates="member",
        order_by=lambda: [MemberStatusChange.effective_date, MemberStatusChange.id],
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version_id}


class MemberStatusChange(Base):
    """One change of a member's status, with its date and reason (kept as history)."""

    __tablename__ = "member_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[MemberStatus] = enum_column(MemberStatus)
    effective_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    member: Mapped[Member] = relationship(back_populates="status_history")

"""Meetings, who was expected, attendance with its audit trail, and guests."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.types import enum_type
from app.domain.attendance import AttendanceStatus, MeetingKind, MeetingState


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    kind: Mapped[MeetingKind] = mapped_column(enum_type(MeetingKind))
    chapter_id: Mapped[int | None] = mapped_column(ForeignKey("chapters.id"), index=True)  # None: club
    place: Mapped[str | None] = mapped_column(String(160))
    title: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    state: Mapped[MeetingState] = mapped_column(enum_type(MeetingState, 16), default=MeetingState.PLANNED)
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class ExtraExpected(Base):
    """A member expected at a meeting outside their chapter, added by hand."""

    __tablename__ = "extra_expected"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))


class Attendance(Base):
    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(enum_type(AttendanceStatus, 16))
    arrival_time: Mapped[time | None] = mapped_column(Time)
    excuse_reason: Mapped[str | None] = mapped_column(String(200))
    substitute_name: Mapped[str | None] = mapped_column(String(160))
    substitute_company: Mapped[str | None] = mapped_column(String(160))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class AttendanceAudit(Base):
    """A change to the attendance of a meeting held more than a week before."""

    __tablename__ = "attendance_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    old_value: Mapped[str | None] = mapped_column(String(200))
    new_value: Mapped[str | None] = mapped_column(String(200))
    changed_by: Mapped[str] = mapped_column(String(80))
    changed_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class GuestVisit(Base):
    """A non-member (a Contact) who came to a meeting, invited by a member."""

    __tablename__ = "guest_visits"
    __table_args__ = (UniqueConstraint("meeting_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)

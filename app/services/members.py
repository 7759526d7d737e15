"""Member registry use cases: list, read, create, update, change status, delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    Attendance,
    AttendanceAudit,
    Chapter,
    ClosedBusiness,
    Contact,
    ExtraExpected,
    GuestVisit,
    Member,
    MemberStatusChange,
    OneToOne,
    Presentation,
    Referral,
    Sector,
)
from app.db.uow import UnitOfWork
from app.domain.enums import MemberStatus
from app.domain.errors import MSG_MEMBER_GONE, CercleError, NotFoundError, ValidationError, ValidationErrors
from app.domain.members import STATUS_CHANGES, MemberInput, changed_fields, input_of, record_values, validate_member
from app.domain.text import fold
from app.domain.validation import clean_text
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP
from app.services import conflicts
from app.services.member_audit import forget_audit, record_audit

# The registry as listed lives apart (read without the models, see member_list); it is part of
# this module's API all the same.
from app.services.member_list import (  # noqa: F401
    FilterChoices,
    MemberRow,
    filter_choices,
    list_members,
    member_row,
)

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No member with number {number}.")
MSG_HAS_HISTORY = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} has a history in the club and cannot be deleted. Change their status to "
    "resigned or excluded instead.",
)
MSG_STATUS_SAME = QT_TRANSLATE_NOOP("Validation", "The member already has this status.")
MSG_STATUS_NOT_ALLOWED = QT_TRANSLATE_NOOP("Validation", "This change of status is not allowed.")
MSG_STATUS_BEFORE_JOIN = QT_TRANSLATE_NOOP("Validation", "The date of the change is before the member joined.")
MSG_STATUS_BEFORE_LAST = QT_TRANSLATE_NOOP("Validation", "The date of the change is before the previous change.")
MSG_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give the reason for this change of status.")
MSG_JOIN_AFTER_HISTORY = QT_TRANSLATE_NOOP(
    "Validation", "The join date cannot be after the member's first change of status ({date})."
)
MSG_SPONSOR_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "The sponsor is not a member of the club.")


@dataclass(frozen=True)
class StatusChangeRow:
    status: MemberStatus
    effective_date: date
    reason: str | None


@dataclass(frozen=True)
class MemberDetails:
    """Everything the member form shows."""

    id: int
    number: int
    data: MemberInput
    status: MemberStatus
    status_history: tuple[StatusChangeRow, ...]
    sponsor_label: str | None
    chapter: str
    sector: str | None
    version: int = 0  # the record's version, handed back on save (no lost update)


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing member who looks like the one being entered, and why."""

    id: int
    number: int
    name: str
    company: str
    reason: str  # email | mobile | name_company


class DuplicateMemberError(CercleError):
    """The member being created looks like one already recorded."""

    context = "Errors"

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        first = matches[0]
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "A member already looks like this one: {name} ({company}), number {number}."),
            name=first.name, company=first.company, number=first.number,
        )


def _row(member: Member) -> MemberRow:
    return member_row(member, member.chapter.name, member.sector.name if member.sector else None)


def _get(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError(MSG_MEMBER_GONE)
    return member


def get_member_by_number(uow: UnitOfWork, number: int) -> MemberRow:
    with uow:
        member = uow.session.scalar(select(Member).where(Member.number == number))
        if member is None:
            raise NotFoundError(MSG_NOT_FOUND, number=number)
        return _row(member)


def _details(member: Member) -> MemberDetails:
    data = input_of(member)
    sponsor = member.sponsor
    return MemberDetails(
        id=member.id,
        number=member.number,
        data=data,
        status=member.status,
        status_history=tuple(
            StatusChangeRow(c.status, c.effective_date, c.reason) for c in member.status_history
        ),
        sponsor_label=f"{sponsor.number} – {sponsor.first_name} {sponsor.last_name}" if sponsor else None,
        chapter=member.chapter.name,
        sector=member.sector.name if member.sector else None,
        version=member.version_id,
    )


def get_member(uow: UnitOfWork, member_id: int) -> MemberDetails:
    with uow:
        return _details(_get(uow.session, member_id))


def _find_duplicates(session: Session, clean: MemberInput, exclude_id: int | None
                     ) -> list[DuplicateMatch]:
    # Names are compared folded (case and accents) in Python: SQLite's lower() folds ASCII only.
    wanted_name = (fold(clean.first_name), fold(clean.last_name), fold(clean.company))
    email = clean.email.lower() if clean.email else None
    query = select(Member.id, Member.number, Member.first_name, Member.last_name, Member.company,
                   Member.email, Member.mobile)
    if exclude_id is not None:
        query = query.where(Member.id != exclude_id)
    matches = []
    for row in session.execute(query):
        if email and row.email and row.email.lower() == email:
            reason = "email"
        elif clean.mobile and row.mobile == clean.mobile:
            reason = "mobile"
        elif (fold(row.last_name), fold(row.company)) == wanted_name[1:] and fold(row.first_name) == wanted_name[0]:
            reason = "name_company"
        else:
            continue
        matches.append(DuplicateMatch(row.id, row.number, f"{row.first_name} {row.last_name}", row.company, reason))
    return matches


def _apply(member: Member, clean: MemberInput) -> None:
    for field, value in record_values(clean).items():
        setattr(member, field, value)


def _check_sponsor(session: Session, sponsor_id: int | None) -> None:
    if sponsor_id is not None and session.get(Member, sponsor_id) is None:
        raise ValidationError("sponsor_id", MSG_SPONSOR_UNKNOWN)


def next_member_number(session: Session) -> int:
    return (session.scalar(select(func.max(Member.number))) or 1000) + 1


def create_member(uow: UnitOfWork, data: MemberInput, *, allow_duplicate: bool = False,
                  today: date | None = None) -> MemberDetails:
    """Record a new, active member and give them the next member number.

    Raises:
        ValidationErrors: a field is wrong.
        DuplicateMemberError: someone alike exists and ``allow_duplicate`` is false.
    """
    clean = validate_member(data, today=today)
    with uow:
        session = uow.session
        _check_sponsor(session, clean.sponsor_id)
        if not allow_duplicate:
            matches = _find_duplicates(session, clean, None)
            if matches:
                raise DuplicateMemberError(matches)
        member = Member(number=next_member_number(session), status=MemberStatus.ACTIVE)
        _apply(member, clean)
        session.add(member)
        session.flush()
        record_audit(session, member.id, "create")
        uow.commit()
        session.refresh(member)
        return _details(member)


def update_member(uow: UnitOfWork, member_id: int, data: MemberInput, *,
                  allow_duplicate: bool = False, today: date | None = None,
                  expected_version: int | None = None) -> MemberDetails:
    """Save the member form.

    Raises:
        ConflictError: the member changed since the form loaded ``expected_version``.
    """
    clean = validate_member(data, member_id=member_id, today=today)
    with uow:
        session = uow.session
        member = _get(session, member_id)
        record = conflicts.record_label(conflicts.MSG_MEMBER, number=member.number,
                                        name=f"{member.first_name} {member.last_name}")
        yours = record_values(clean)
        names = partial(_conflict_names, session)
        conflicts.check_version(member, expected_version, record, yours, names)
        _check_sponsor(session, clean.sponsor_id)
        if member.status_history and clean.join_date and clean.join_date > member.status_history[0].effective_date:
            raise ValidationErrors([ValidationError(
                "join_date", MSG_JOIN_AFTER_HISTORY, date=format_date(member.status_history[0].effective_date))])
        if not allow_duplicate:
            matches = _find_duplicates(session, clean, member_id)
            if matches:
                raise DuplicateMemberError(matches)
        record_audit(session, member.id, "update", changed_fields(input_of(member), clean))
        _apply(member, clean)
        with conflicts.saving(session, Member, member_id, record, yours, names):
            uow.commit()
        session.refresh(member)
        return _details(member)


def _conflict_names(session: Session) -> dict[str, dict[Any, str]]:
    """Names of the referenced records, to show a conflict as the form shows the member."""
    sponsors = {row.id: f"{row.number} – {row.first_name} {row.last_name}"
                for row in session.execute(select(Member.id, Member.number, Member.first_name, Member.last_name))}
    return {
        "chapter_id": {row[0]: row[1] for row in session.execute(select(Chapter.id, Chapter.name))},
        "sector_id": {row[0]: row[1] for row in session.execute(select(Sector.id, Sector.name))},
        "sponsor_id": sponsors,
    }


def change_status(uow: UnitOfWork, member_id: int, status: MemberStatus, effective_date: date,
                  reason: str = "") -> MemberDetails:
    """Move a member to another status, keeping the change, its date and reason as history."""
    with uow:
        session = uow.session
        member = _get(session, member_id)
        if status == member.status:
            raise ValidationError("status", MSG_STATUS_SAME)
        if status not in STATUS_CHANGES[member.status]:
            raise ValidationError("status", MSG_STATUS_NOT_ALLOWED)
        if effective_date < member.join_date:
            raise ValidationError("effective_date", MSG_STATUS_BEFORE_JOIN)
        last = member.status_history[-1].effective_date if member.status_history else None
        if last is not None and effective_date < last:
            raise ValidationError("effective_date", MSG_STATUS_BEFORE_LAST)
        clean_reason = clean_text(reason, "reason", max_length=400, multiline=True)
        if status is not MemberStatus.ACTIVE and not clean_reason:
            raise ValidationError("reason", MSG_REASON_REQUIRED)
        member.status_history.append(
            MemberStatusChange(status=status, effective_date=effective_date, reason=clean_reason)
        )
        member.status = status
        record_audit(session, member.id, "status", ["status"], status=status.value)
        uow.commit()
        session.refresh(member)
        return _details(member)


def has_history(session: Session, member_id: int) -> bool:
    """Whether anything in the club refers to this member (then they are never deleted)."""
    sponsor = aliased(Member)
    checks = [
        select(Attendance.id).where(Attendance.member_id == member_id),
        select(Referral.id).where(or_(Referral.giver_id == member_id,
                                      Referral.receiver_member_id == member_id)),
        select(ClosedBusiness.id).where(or_(ClosedBusiness.receiver_id == member_id,
                                            ClosedBusiness.giver_id == member_id)),
        select(OneToOne.id).where(or_(OneToOne.member_a_id == member_id,
                                      OneToOne.member_b_id == member_id)),
        select(Presentation.id).where(Presentation.member_id == member_id),
        select(GuestVisit.id).where(GuestVisit.invited_by_id == member_id),
        select(MemberStatusChange.id).where(MemberStatusChange.member_id == member_id),
        select(sponsor.id).where(sponsor.sponsor_id == member_id),
        select(ExtraExpected.id).where(ExtraExpected.member_id == member_id),
        select(AttendanceAudit.id).where(AttendanceAudit.member_id == member_id),
        select(Contact.id).where(Contact.member_id == member_id),
    ]
    return any(session.scalar(check.limit(1)) is not None for check in checks)


def delete_member(uow: UnitOfWork, member_id: int) -> None:
    """Delete a member entered by mistake; one with any history must change status instead."""
    with uow:
        session = uow.session
        member = _get(session, member_id)
        if has_history(session, member_id):
            raise CercleError(MSG_HAS_HISTORY, name=f"{member.first_name} {member.last_name}")
        forget_audit(session, member_id)  # a record entered by mistake leaves no trail of its own
        session.delete(member)
        uow.commit()

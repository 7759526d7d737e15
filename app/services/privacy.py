"""Personal data of members (law 09-08): consents, the right of access, anonymisation.

- :func:`privacy_summary`: what the member's privacy tab shows (consents, departure, audit);
- :func:`member_data` / :func:`export_member_data`: everything stored about one member, as JSON
  or as a PDF, in one action (recorded in the audit trail);
- :func:`anonymise_member`: after the retention period, a departed member's identity is removed
  while their attendance, referrals and amounts stay in the club's statistics.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    Attendance,
    CharterSignature,
    CharterVersion,
    ClosedBusiness,
    Contact,
    GuestVisit,
    Meeting,
    Member,
    MemberAudit,
    OneToOne,
    Presentation,
    Referral,
    Setting,
    Warning,
)
from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain import privacy as rules
from app.domain.business import ContactKind, PresentationKind, ReferralStatus
from app.domain.enums import MemberStatus
from app.domain.errors import MSG_MEMBER_GONE, CercleError, NotFoundError, os_reason
from app.domain.members import MemberInput, member_column
from app.domain.privacy import DataSection, Direction, MemberData
from app.i18n import QT_TRANSLATE_NOOP
from app.reports.member_data import write_member_data
from app.services.club import club_identity
from app.services.member_audit import ANONYMISE, EXPORT, AuditRow, audit_rows, record_audit

MSG_FORMAT = QT_TRANSLATE_NOOP("Privacy", "Choose a file name ending in .pdf or .json: {path}")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Privacy", "Cannot write {path}: {reason}")

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class PrivacySummary:
    """The member's privacy tab."""

    member_id: int
    number: int
    name: str
    status: MemberStatus
    consent_processing_on: date | None
    consent_directory_on: date | None  # the one decision of being in the printed directory
    left_on: date | None
    retention_months: int
    anonymisable_from: date | None
    anonymised_on: date | None
    audit: tuple[AuditRow, ...]

    def can_anonymise(self, today: date) -> bool:
        return (self.anonymised_on is None and self.anonymisable_from is not None
                and today >= self.anonymisable_from)


@dataclass(frozen=True)
class AnonymisationResult:
    member_id: int
    number: int
    label: str
    anonymised_on: date


def _enum(kind: type[E], value: str) -> E | str:
    """The enum member of a value stored as a plain string (a referral's status, a presentation's
    or a contact's kind; typed columns arrive as their enum), or the value as stored."""
    try:
        return kind(value)
    except ValueError:
        return value


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError(MSG_MEMBER_GONE)
    return member


def retention_months(session: Session) -> int:
    row = session.get(Setting, rules.SETTING_RETENTION_MONTHS)
    return rules.retention_from_settings(json.loads(row.value) if row else rules.DEFAULT_RETENTION_MONTHS)


def _changes(member: Member) -> list[tuple[MemberStatus, date]]:
    return [(change.status, change.effective_date) for change in member.status_history]


def privacy_summary(uow: UnitOfWork, member_id: int) -> PrivacySummary:
    with uow:
        session = uow.session
        member = _member(session, member_id)
        months = retention_months(session)
        changes = _changes(member)
        return PrivacySummary(
            member_id=member.id, number=member.number, name=f"{member.first_name} {member.last_name}",
            status=member.status, consent_processing_on=member.consent_processing_on,
            consent_directory_on=member.consent_directory_on,
            left_on=rules.departure_date(member.status, changes), retention_months=months,
            anonymisable_from=rules.anonymisable_from(member.status, changes, months),
            anonymised_on=member.anonymised_on, audit=tuple(audit_rows(session, member.id)),
        )


# ------------------------------------------------------------------------- right of access

# The member's own fields: each one the record declares (app.domain.members.MemberInput), by
# the name of its column or of the record it points to, between the number and the record's own
# dates, so a new field is in the member's data export without a line here.
RECORD_LABELS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("Privacy", "Member number")),
    *((member_column(item), item.metadata["access"]) for item in fields(MemberInput)),
    ("status", QT_TRANSLATE_NOOP("Privacy", "Status")),
    ("anonymised_on", QT_TRANSLATE_NOOP("Privacy", "Anonymised on")),
    ("created_at", QT_TRANSLATE_NOOP("Privacy", "Record created on")),
    ("updated_at", QT_TRANSLATE_NOOP("Privacy", "Record last changed on")),
)


def _name(member: Member | None) -> str | None:
    return f"{member.number} – {member.first_name} {member.last_name}" if member else None


def _names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {m.id: f"{m.number} – {m.first_name} {m.last_name}"
            for m in session.scalars(select(Member).where(Member.id.in_(wanted)))}


def _contact_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    found = {}
    for contact in session.scalars(select(Contact).where(Contact.id.in_(wanted))):
        person = " ".join(part for part in (contact.first_name, contact.last_name) if part)
        found[contact.id] = " – ".join(part for part in (person, contact.company) if part)
    return found


def _section(key: str, title: str, columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]) -> DataSection:
    return DataSection(key, title, columns, tuple(rows))


def _record(member: Member) -> dict[str, Any]:
    """The member's own fields, by key of :data:`RECORD_LABELS`: a chapter, sector or sponsor
    by its name."""
    record = {key: getattr(member, key) for key, _label in RECORD_LABELS}
    record["chapter"], record["sponsor"] = member.chapter.name, _name(member.sponsor)
    record["sector"] = member.sector.name if member.sector else None
    return record


def _status_history(session: Session, member: Member) -> DataSection:
    return _section("status_history", QT_TRANSLATE_NOOP("Privacy", "Status history"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("status", QT_TRANSLATE_NOOP("Privacy", "Status")),
        ("reason", QT_TRANSLATE_NOOP("Privacy", "Reason"))),
        [{"date": c.effective_date, "status": c.status, "reason": c.reason} for c in member.status_history])


def _attendance(session: Session, member: Member) -> DataSection:
    attendance = session.execute(
        select(Attendance, Meeting).join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.member_id == member.id).order_by(Meeting.date, Meeting.id)).all()
    return _section("attendance", QT_TRANSLATE_NOOP("Privacy", "Attendance"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("meeting", QT_TRANSLATE_NOOP("Privacy", "Meeting")),
        ("status", QT_TRANSLATE_NOOP("Privacy", "Status")),
        ("arrival", QT_TRANSLATE_NOOP("Privacy", "Arrival")),
        ("excuse_reason", QT_TRANSLATE_NOOP("Privacy", "Reason or substitute"))),
        [{"date": m.date, "meeting": m.title or m.kind,
          "status": a.status, "arrival": a.arrival_time,
          "excuse_reason": a.excuse_reason or " ".join(p for p in (a.substitute_name, a.substitute_company) if p)
          or None} for a, m in attendance])


def _referrals(session: Session, member: Member) -> DataSection:
    mid = member.id
    referrals = list(session.scalars(select(Referral).where(
        or_(Referral.giver_id == mid, Referral.receiver_member_id == mid)).order_by(Referral.date, Referral.id)))
    people = _names(session, chain((r.giver_id for r in referrals), (r.receiver_member_id for r in referrals)))
    contacts = _contact_names(session, chain((r.receiver_contact_id for r in referrals),
                                             (r.prospect_id for r in referrals)))
    return _section("referrals", QT_TRANSLATE_NOOP("Privacy", "Referrals"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("direction", QT_TRANSLATE_NOOP("Privacy", "Given or received")),
        ("other", QT_TRANSLATE_NOOP("Privacy", "With")),
        ("need", QT_TRANSLATE_NOOP("Privacy", "Need")),
        ("status", QT_TRANSLATE_NOOP("Privacy", "Status"))),
        [{"date": r.date, "direction": Direction.GIVEN if r.giver_id == mid else Direction.RECEIVED,
          "other": (people.get(r.receiver_member_id or 0) or contacts.get(r.receiver_contact_id or 0))
          if r.giver_id == mid else people.get(r.giver_id),
          "need": r.need, "status": _enum(ReferralStatus, r.status)} for r in referrals])


def _closed_business(session: Session, member: Member) -> DataSection:
    mid = member.id
    business = list(session.scalars(select(ClosedBusiness).where(
        or_(ClosedBusiness.receiver_id == mid, ClosedBusiness.giver_id == mid))
        .order_by(ClosedBusiness.date, ClosedBusiness.id)))
    people = _names(session, chain((b.giver_id for b in business), (b.receiver_id for b in business)))
    return _section("closed_business", QT_TRANSLATE_NOOP("Privacy", "Closed business"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("direction", QT_TRANSLATE_NOOP("Privacy", "Given or received")),
        ("other", QT_TRANSLATE_NOOP("Privacy", "With")),
        ("amount", QT_TRANSLATE_NOOP("Privacy", "Amount (MAD excl. tax)")),
        ("notes", QT_TRANSLATE_NOOP("Privacy", "Notes"))),
        [{"date": b.date, "direction": Direction.RECEIVED if b.receiver_id == mid else Direction.GIVEN,
          "other": people.get(b.giver_id or 0) if b.receiver_id == mid else people.get(b.receiver_id),
          "amount": b.amount, "notes": b.notes} for b in business])


def _one_to_ones(session: Session, member: Member) -> DataSection:
    mid = member.id
    meetings = list(session.scalars(select(OneToOne).where(
        or_(OneToOne.member_a_id == mid, OneToOne.member_b_id == mid)).order_by(OneToOne.date, OneToOne.id)))
    people = _names(session, chain((o.member_a_id for o in meetings), (o.member_b_id for o in meetings)))
    return _section("one_to_ones", QT_TRANSLATE_NOOP("Privacy", "One-to-ones"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("other", QT_TRANSLATE_NOOP("Privacy", "With")),
        ("notes", QT_TRANSLATE_NOOP("Privacy", "Notes"))),
        [{"date": o.date, "other": people.get(o.member_b_id if o.member_a_id == mid else o.member_a_id),
          "notes": o.notes} for o in meetings])


def _presentations(session: Session, member: Member) -> DataSection:
    return _section("presentations", QT_TRANSLATE_NOOP("Privacy", "Presentations"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("kind", QT_TRANSLATE_NOOP("Privacy", "Kind")),
        ("title", QT_TRANSLATE_NOOP("Privacy", "Title"))),
        [{"date": p.date, "kind": _enum(PresentationKind, p.kind), "title": p.title} for p in session.scalars(
            select(Presentation).where(Presentation.member_id == member.id)
            .order_by(Presentation.date, Presentation.id))])


def _guests_invited(session: Session, member: Member) -> DataSection:
    guests = session.execute(
        select(GuestVisit, Meeting).join(Meeting, Meeting.id == GuestVisit.meeting_id)
        .where(GuestVisit.invited_by_id == member.id).order_by(Meeting.date, GuestVisit.id)).all()
    guest_names = _contact_names(session, (g.contact_id for g, _m in guests))
    return _section("guests_invited", QT_TRANSLATE_NOOP("Privacy", "Guests invited"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")), ("guest", QT_TRANSLATE_NOOP("Privacy", "Guest"))),
        [{"date": m.date, "guest": guest_names.get(g.contact_id)} for g, m in guests])


def _charter_signatures(session: Session, member: Member) -> DataSection:
    signatures = session.execute(
        select(CharterSignature, CharterVersion)
        .join(CharterVersion, CharterVersion.id == CharterSignature.charter_version_id)
        .where(CharterSignature.member_id == member.id).order_by(CharterSignature.signed_on)).all()
    return _section("charter_signatures", QT_TRANSLATE_NOOP("Privacy", "Charter signatures"), (
        ("signed_on", QT_TRANSLATE_NOOP("Privacy", "Signed on")),
        ("version", QT_TRANSLATE_NOOP("Privacy", "Charter version"))),
        [{"signed_on": s.signed_on, "version": v.version} for s, v in signatures])


def _warnings(session: Session, member: Member) -> DataSection:
    warnings = session.scalars(select(Warning).where(Warning.member_id == member.id)
                               .order_by(Warning.date, Warning.id))
    return _section("warnings", QT_TRANSLATE_NOOP("Privacy", "Warnings"), (
        ("date", QT_TRANSLATE_NOOP("Privacy", "Date")),
        ("charter_point", QT_TRANSLATE_NOOP("Privacy", "Charter point")),
        ("facts", QT_TRANSLATE_NOOP("Privacy", "Facts")), ("decisions", QT_TRANSLATE_NOOP("Privacy", "Decisions")),
        ("closed_on", QT_TRANSLATE_NOOP("Privacy", "Closed on"))),
        [{"date": w.date, "charter_point": w.charter_point, "facts": w.facts,
          "decisions": "; ".join(f"{d.decided_on.isoformat()} {d.step}" for d in w.decisions) or None,
          "closed_on": w.closed_on} for w in warnings])


def _contact_records(session: Session, member: Member) -> DataSection:
    linked = session.scalars(select(Contact).where(Contact.member_id == member.id).order_by(Contact.id))
    return _section("contact_records", QT_TRANSLATE_NOOP("Privacy", "Contact records"), (
        ("kind", QT_TRANSLATE_NOOP("Privacy", "Kind")),
        ("name", QT_TRANSLATE_NOOP("Privacy", "Name")),
        ("company", QT_TRANSLATE_NOOP("Privacy", "Company")),
        ("phone", QT_TRANSLATE_NOOP("Privacy", "Phone")),
        ("email", QT_TRANSLATE_NOOP("Privacy", "E-mail")),
        ("notes", QT_TRANSLATE_NOOP("Privacy", "Notes"))),
        [{"kind": _enum(ContactKind, c.kind), "name": " ".join(p for p in (c.first_name, c.last_name) if p) or None,
          "company": c.company, "phone": c.phone, "email": c.email, "notes": c.notes} for c in linked])


def _audit_trail(session: Session, member: Member) -> DataSection:
    return _section("audit_trail", QT_TRANSLATE_NOOP("Privacy", "Audit trail"), (
        ("at", QT_TRANSLATE_NOOP("Privacy", "When")),
        ("actor", QT_TRANSLATE_NOOP("Privacy", "Who")),
        ("action", QT_TRANSLATE_NOOP("Privacy", "Action")),
        ("fields", QT_TRANSLATE_NOOP("Privacy", "Fields"))),
        [{"at": a.at, "actor": a.actor, "action": a.action, "fields": ", ".join(a.fields) or None}
         for a in audit_rows(session, member.id)])


# The sections of the right of access, in the order they are printed: one reading each.
_SECTIONS: tuple[Callable[[Session, Member], DataSection], ...] = (
    _status_history, _attendance, _referrals, _closed_business, _one_to_ones, _presentations,
    _guests_invited, _charter_signatures, _warnings, _contact_records, _audit_trail,
)


def _gather(session: Session, member: Member, now: datetime) -> MemberData:
    record = _record(member)
    return MemberData(
        member_id=member.id, number=member.number, name=f"{member.first_name} {member.last_name}",
        generated_at=now, record=tuple((key, label, record[key]) for key, label in RECORD_LABELS),
        sections=tuple(section(session, member) for section in _SECTIONS))


def member_data(uow: UnitOfWork, member_id: int) -> MemberData:
    """Everything stored about the member, read in one unit of work."""
    with uow:
        return _gather(uow.session, _member(uow.session, member_id), datetime.now())


def export_member_data(uow: UnitOfWork, member_id: int, out: Path, *, actor: str | None = None) -> Path:
    """Write everything stored about the member to ``out`` (``.json`` or ``.pdf``) and record the
    export in the member's audit trail (only once the file is written).

    Raises:
        CercleError: an unknown member, another file type, or a file that cannot be written.
    """
    out = Path(out)
    kind = out.suffix.lower()
    if kind not in (".json", ".pdf"):
        raise CercleError(MSG_FORMAT, context="Privacy", path=str(out))
    with uow:
        joined = JoinedUnitOfWork(uow.session)
        data = member_data(joined, member_id)
        club = club_identity(joined) if kind == ".pdf" else None
    try:
        if club is None:
            out.write_text(json.dumps(data.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            write_member_data(data, club, out)
    except OSError as error:
        raise CercleError(MSG_CANNOT_WRITE, context="Privacy", path=str(out),
                          reason=os_reason(error)) from error
    with uow:
        _member(uow.session, member_id)
        record_audit(uow.session, member_id, EXPORT, (), actor, format=kind.lstrip("."))
        uow.commit()
    return out


# ---------------------------------------------------------------------------- anonymisation


def anonymise_member(uow: UnitOfWork, member_id: int, *, today: date | None = None,
                     actor: str | None = None) -> AnonymisationResult:
    """Remove a departed member's identity once the retention period is over.

    Kept: the member number, chapter, sector, company size, city, dates, status history,
    attendance, referrals, closed business and their amounts (the club's statistics).
    Removed: names, Arabic name, phones, e-mail, address, ICE, position, notes, free-text
    reasons and facts about the person, the identity on their contact records, and any value
    in the audit trail's details. The company becomes "Membre anonymisé n° <number>".

    Raises:
        CercleError: not departed, retention period not over, or already anonymised.
    """
    today = today or date.today()
    with uow:
        session = uow.session
        member = _member(session, member_id)
        rules.check_anonymisable(member.status, _changes(member), retention_months(session), today,
                                 member.anonymised_on)
        label = rules.ANONYMOUS_COMPANY.format(number=member.number)
        member.first_name = rules.ANONYMOUS_FIRST_NAME
        member.last_name = rules.ANONYMOUS_LAST_NAME.format(number=member.number)
        member.company = label
        for field in rules.IDENTITY_FIELDS:
            setattr(member, field, None)
        member.consent_directory_on = None  # never published again
        member.anonymised_on = today
        for change in member.status_history:
            change.reason = None
        for attendance in session.scalars(select(Attendance).where(Attendance.member_id == member_id)):
            attendance.excuse_reason = None
        for warning in session.scalars(select(Warning).where(Warning.member_id == member_id)):
            warning.facts = "—"
            warning.closing_note = None
            for decision in warning.decisions:
                decision.notes = None
        for contact in session.scalars(select(Contact).where(Contact.member_id == member_id)):
            contact.first_name = contact.last_name = contact.phone = contact.email = contact.notes = None
            contact.company = label
        for line in session.scalars(select(MemberAudit).where(MemberAudit.member_id == member_id)):
            line.details = rules.scrub_details(line.details)
        fields = ("first_name", "last_name", "company", *rules.IDENTITY_FIELDS, "consent_directory_on")
        record_audit(session, member_id, ANONYMISE, fields, actor)
        uow.commit()
        return AnonymisationResult(member_id, member.number, label, today)

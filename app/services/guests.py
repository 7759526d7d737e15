"""Guests at meetings: recorded as contacts, recognised at their next visit, followed up."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.models import Contact, GuestVisit, Meeting, Member, Sector
from app.db.uow import UnitOfWork
from app.domain.errors import MSG_CONTACT_GONE, MSG_MEETING_GONE, NotFoundError, ValidationError
from app.domain.guests import VISITOR_KIND, FollowUp, identity_key
from app.domain.validation import clean_name, clean_text, normalize_email, normalize_phone
from app.i18n import QT_TRANSLATE_NOOP

MSG_ALREADY_GUEST = QT_TRANSLATE_NOOP("Validation", "{name} is already recorded as a guest at this meeting.")
MSG_INVITER_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Choose the member who invited this guest from the list.")
MSG_SECTOR_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Choose a sector from the list.")


@dataclass(frozen=True)
class GuestDraft:
    """What the guest form sends."""

    last_name: str
    first_name: str = ""
    company: str = ""
    sector_id: int | None = None
    phone: str = ""
    email: str = ""
    invited_by_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class GuestRow:
    """A guest at one meeting."""

    meeting_id: int
    contact_id: int
    first_name: str | None
    last_name: str | None
    company: str | None
    sector: str | None
    phone: str | None
    email: str | None
    invited_by_id: int | None
    invited_by: str | None
    follow_up: FollowUp | None
    visits: int  # meetings attended as a guest, this one included
    recognised: bool  # the contact was known before this visit
    joined_member_id: int | None  # once the guest became a member

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class VisitorRow:
    """A contact who came as a guest, for the recruitment follow-up."""

    contact_id: int
    first_name: str | None
    last_name: str | None
    company: str | None
    phone: str | None
    email: str | None
    follow_up: FollowUp | None
    visits: int
    first_visit: date
    last_visit: date
    joined_member_id: int | None


def _clean(session: Session, draft: GuestDraft) -> dict[str, object]:
    if draft.invited_by_id is not None and session.get(Member, draft.invited_by_id) is None:
        raise ValidationError("invited_by_id", MSG_INVITER_UNKNOWN)
    if draft.sector_id is not None and session.get(Sector, draft.sector_id) is None:
        raise ValidationError("sector_id", MSG_SECTOR_UNKNOWN)
    return {
        "last_name": clean_name(draft.last_name, "last_name"),
        "first_name": clean_name(draft.first_name, "first_name", required=False),
        "company": clean_text(draft.company, "company", max_length=160),
        "sector_id": draft.sector_id,
        "phone": normalize_phone(draft.phone, "phone"),
        "email": normalize_email(draft.email, "email"),
        "notes": clean_text(draft.notes, "notes", max_length=2000, multiline=True),
    }


def _match(session: Session, values: dict[str, object]) -> Contact | None:
    """The contact this guest already is: same phone, else same e-mail, else same name and company."""
    phone, email = values["phone"], values["email"]
    if phone:
        found = session.scalar(select(Contact).where(Contact.phone == phone).order_by(Contact.id).limit(1))
        if found is not None:
            return found
    if isinstance(email, str):
        # Compared in Python: SQL lower() folds ASCII only on SQLite but all letters on PostgreSQL.
        wanted = email.lower()
        for contact_id, stored in session.execute(
                select(Contact.id, Contact.email).where(Contact.email.is_not(None)).order_by(Contact.id)):
            if stored is not None and stored.lower() == wanted:
                return session.get(Contact, contact_id)
    key = identity_key(values["first_name"], values["last_name"], values["company"])  # type: ignore[arg-type]
    if not key:
        return None
    # Folding (accents, Arabic variants) is done in Python: contacts are a few thousand at most.
    rows = session.execute(select(Contact.id, Contact.first_name, Contact.last_name, Contact.company)
                           .order_by(Contact.id))
    for contact_id, first, last, company in rows:
        if identity_key(first, last, company) == key:
            return session.get(Contact, contact_id)
    return None


def _rows(session: Session, meeting_id: int, contact_ids: list[int] | None = None) -> list[GuestRow]:
    query = (
        select(GuestVisit, Contact, Sector.name)
        .join(Contact, Contact.id == GuestVisit.contact_id)
        .outerjoin(Sector, Sector.id == Contact.sector_id)
        .where(GuestVisit.meeting_id == meeting_id)
        .order_by(Contact.last_name, Contact.first_name)
    )
    if contact_ids is not None:
        query = query.where(GuestVisit.contact_id.in_(contact_ids))
    found = session.execute(query).all()
    ids = [contact.id for _, contact, _ in found]
    meeting_date = session.scalar(select(Meeting.date).where(Meeting.id == meeting_id))
    visits: dict[int, int] = defaultdict(int)
    earlier: set[int] = set()
    for contact_id, day in session.execute(
        select(GuestVisit.contact_id, Meeting.date).join(Meeting, Meeting.id == GuestVisit.meeting_id)
        .where(GuestVisit.contact_id.in_(ids))
    ):
        visits[contact_id] += 1
        if meeting_date is not None and day < meeting_date:
            earlier.add(contact_id)
    inviters = {
        member_id: f"{first} {last}"
        for member_id, first, last in session.execute(
            select(Member.id, Member.first_name, Member.last_name).where(
                Member.id.in_([visit.invited_by_id for visit, _, _ in found if visit.invited_by_id])
            )
        )
    }
    return [
        GuestRow(
            meeting_id=meeting_id, contact_id=contact.id, first_name=contact.first_name,
            last_name=contact.last_name, company=contact.company, sector=sector, phone=contact.phone,
            email=contact.email, invited_by_id=visit.invited_by_id,
            invited_by=inviters.get(visit.invited_by_id) if visit.invited_by_id else None,
            follow_up=FollowUp(contact.follow_up) if contact.follow_up else None,
            visits=visits[contact.id], recognised=contact.id in earlier, joined_member_id=contact.member_id,
        )
        for visit, contact, sector in found
    ]


def list_guests(uow: UnitOfWork, meeting_id: int) -> list[GuestRow]:
    with uow:
        return _rows(uow.session, meeting_id)


def add_guest(uow: UnitOfWork, meeting_id: int, draft: GuestDraft) -> GuestRow:
    """Record a guest at a meeting; a returning guest is the same contact (``recognised``).

    The contact's empty fields are completed from the form; what is already known is kept.

    Raises:
        ValidationError: a bad name, phone or e-mail, or the guest is already recorded there.
    """
    with uow:
        session = uow.session
        if session.get(Meeting, meeting_id) is None:
            raise NotFoundError(MSG_MEETING_GONE)
        values = _clean(session, draft)
        contact = _match(session, values)
        if contact is None:
            contact = Contact(kind=VISITOR_KIND, follow_up=FollowUp.TO_CALL.value)
            session.add(contact)
        for field in ("first_name", "last_name", "company", "sector_id", "phone", "email", "notes"):
            if getattr(contact, field) in (None, "") and values[field] is not None:
                setattr(contact, field, values[field])
        session.flush()
        already = session.scalar(
            select(GuestVisit.id).where(GuestVisit.meeting_id == meeting_id, GuestVisit.contact_id == contact.id)
        )
        if already is not None:
            name = " ".join(part for part in (contact.first_name, contact.last_name) if part)
            raise ValidationError("last_name", MSG_ALREADY_GUEST, name=name)
        session.add(GuestVisit(meeting_id=meeting_id, contact_id=contact.id, invited_by_id=draft.invited_by_id))
        session.flush()
        row = _rows(session, meeting_id, [contact.id])[0]
        uow.commit()
        return row


def remove_guest(uow: UnitOfWork, meeting_id: int, contact_id: int) -> None:
    """Remove a guest recorded by mistake; the contact itself is kept."""
    with uow:
        uow.session.execute(
            delete(GuestVisit).where(GuestVisit.meeting_id == meeting_id, GuestVisit.contact_id == contact_id)
        )
        uow.commit()


def set_follow_up(uow: UnitOfWork, contact_id: int, follow_up: FollowUp | None) -> None:
    with uow:
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError(MSG_CONTACT_GONE)
        contact.follow_up = FollowUp(follow_up).value if follow_up else None
        uow.commit()


def list_visitors(uow: UnitOfWork, start: date | None = None, end: date | None = None) -> list[VisitorRow]:
    """Contacts who came as guests in the period, the most recent visit first."""
    with uow:
        query = (
            select(Contact, func.count(GuestVisit.id), func.min(Meeting.date), func.max(Meeting.date))
            .join(GuestVisit, GuestVisit.contact_id == Contact.id)
            .join(Meeting, Meeting.id == GuestVisit.meeting_id)
            .group_by(Contact.id)
            .order_by(func.max(Meeting.date).desc(), Contact.last_name)
        )
        if start is not None:
            query = query.where(Meeting.date >= start)
        if end is not None:
            query = query.where(Meeting.date <= end)
        return [
            VisitorRow(
                contact_id=c.id, first_name=c.first_name, last_name=c.last_name, company=c.company,
                phone=c.phone, email=c.email, follow_up=FollowUp(c.follow_up) if c.follow_up else None,
                visits=visits, first_visit=first, last_visit=last, joined_member_id=c.member_id,
            )
            for c, visits, first, last in uow.session.execute(query)
        ]

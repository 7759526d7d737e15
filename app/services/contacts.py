"""The directory of non-members: prospects, visitors, beneficiaries and principal companies.

A contact who joins the club stays in the directory, linked to their member record
(``contact.member_id``), so the referrals and visits from before they joined stay theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from app.db.models import Contact, GuestVisit, Meeting, Member, Referral, Sector
from app.db.uow import UnitOfWork
from app.domain.business import ContactKind, ContactRelation, contact_name, member_name
from app.domain.errors import MSG_CONTACT_GONE, CercleError, NotFoundError, ValidationError
from app.domain.guests import FollowUp
from app.domain.members import MemberInput
from app.domain.text import search_key
from app.domain.validation import (
    clean_name,
    clean_text,
    normalize_email,
    normalize_phone,
    phone_search_keys,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services import conflicts

MSG_NAME_OR_COMPANY = QT_TRANSLATE_NOOP("Validation", "Enter the person's last name or the company.")
MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Validation", "Choose a member of the club.")
MSG_UNKNOWN_SECTOR = QT_TRANSLATE_NOOP("Validation", "Choose a sector from the list.")
MSG_ALREADY_LINKED = QT_TRANSLATE_NOOP("Validation", "This contact is already linked to member {number}.")
MSG_IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} appears in {count} referrals or meeting visits and cannot be deleted.",
)


class ContactInUseError(CercleError):
    """The contact has a history; deleting it would lose referrals or visits."""


@dataclass(frozen=True)
class ContactInput:
    kind: ContactKind = ContactKind.PROSPECT
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    sector_id: int | None = None
    phone: str = ""
    email: str = ""
    follow_up: FollowUp | None = None
    notes: str = ""


@dataclass(frozen=True)
class ContactRow:
    """One line of the directory."""

    id: int
    kind: ContactKind
    name: str
    first_name: str | None
    last_name: str | None
    company: str | None
    sector_id: int | None
    sector: str | None
    phone: str | None
    email: str | None
    follow_up: FollowUp | None
    notes: str | None
    member_id: int | None  # set once the contact joined the club
    member_number: int | None
    referrals: int  # as receiver or as the prospect a referral is about
    visits: int
    search_text: str
    version: int = 0  # the record's version, handed back on save (no lost update)


@dataclass(frozen=True)
class ContactLink:
    """A member connected to a contact, and how."""

    member_id: int
    member_number: int
    member_name: str
    relation: ContactRelation
    date: date


@dataclass(frozen=True)
class ContactHistory:
    contact: ContactRow
    links: list[ContactLink]


def _rows(session: Session, *conditions) -> list[ContactRow]:  # type: ignore[no-untyped-def]
    mentions = union_all(
        select(Referral.receiver_contact_id.label("cid")).where(Referral.receiver_contact_id.is_not(None)),
        # A referral whose beneficiary is also its prospect counts once.
        select(Referral.prospect_id.label("cid")).where(
            Referral.prospect_id.is_not(None),
            or_(Referral.receiver_contact_id.is_(None), Referral.receiver_contact_id != Referral.prospect_id)),
    ).subquery()
    referral_counts = select(mentions.c.cid, func.count().label("n")).group_by(mentions.c.cid).subquery()
    visit_counts = (select(GuestVisit.contact_id, func.count().label("n"))
                    .group_by(GuestVisit.contact_id).subquery())
    query = (
        select(Contact, Sector.name, Member.number, referral_counts.c.n, visit_counts.c.n)
        .outerjoin(Sector, Sector.id == Contact.sector_id)
        .outerjoin(Member, Member.id == Contact.member_id)
        .outerjoin(referral_counts, referral_counts.c.cid == Contact.id)
        .outerjoin(visit_counts, visit_counts.c.contact_id == Contact.id)
        .where(*conditions)
        .order_by(func.coalesce(Contact.last_name, Contact.company), Contact.first_name, Contact.id)
    )
    rows = []
    for contact, sector, number, referrals, visits in session.execute(query):
        name = contact_name(contact.first_name, contact.last_name, contact.company)
        rows.append(ContactRow(
            id=contact.id, kind=ContactKind(contact.kind), name=name, first_name=contact.first_name,
            last_name=contact.last_name, company=contact.company, sector_id=contact.sector_id,
            sector=sector, phone=contact.phone, email=contact.email,
            follow_up=FollowUp(contact.follow_up) if contact.follow_up else None, notes=contact.notes,
            member_id=contact.member_id, member_number=number, referrals=referrals or 0,
            visits=visits or 0,
            search_text=search_key(name, sector, contact.email, phone_search_keys(contact.phone)),
            version=contact.version_id,
        ))
    return rows


def list_contacts(uow: UnitOfWork, kind: ContactKind | None = None) -> list[ContactRow]:
    """The directory, by name; only one kind of contact if ``kind`` is given."""
    with uow:
        return _rows(uow.session, *([Contact.kind == kind.value] if kind else []))


def get_contact(uow: UnitOfWork, contact_id: int) -> ContactRow:
    with uow:
        return _get_row(uow.session, contact_id)


def _get_row(session: Session, contact_id: int) -> ContactRow:
    rows = _rows(session, Contact.id == contact_id)
    if not rows:
        raise NotFoundError(MSG_CONTACT_GONE)
    return rows[0]


def _clean(session: Session, data: ContactInput) -> dict[str, object]:
    values: dict[str, object] = {
        "kind": ContactKind(data.kind).value,
        "first_name": clean_name(data.first_name, "first_name", required=False),
        "last_name": clean_name(data.last_name, "last_name", required=False),
        "company": clean_text(data.company, "company", max_length=160),
        "sector_id": data.sector_id,
        "phone": normalize_phone(data.phone, "phone"),
        "email": normalize_email(data.email, "email"),
        "follow_up": FollowUp(data.follow_up).value if data.follow_up else None,
        "notes": clean_text(data.notes, "notes", max_length=4000, multiline=True),
    }
    if not values["last_name"] and not values["company"]:
        raise ValidationError("last_name", MSG_NAME_OR_COMPANY)
    if data.sector_id is not None and session.get(Sector, data.sector_id) is None:
        raise ValidationError("sector_id", MSG_UNKNOWN_SECTOR)
    return values


def create_contact(uow: UnitOfWork, data: ContactInput) -> ContactRow:
    with uow:
        session = uow.session
        contact = Contact(**_clean(session, data))
        session.add(contact)
        uow.commit()
        return _get_row(session, contact.id)


def update_contact(uow: UnitOfWork, contact_id: int, data: ContactInput, *,
                   expected_version: int | None = None) -> ContactRow:
    """Save the contact form.

    Raises:
        ConflictError: the contact changed since the form loaded ``expected_version``.
    """
    with uow:
        session = uow.session
        contact = _get(session, contact_id)
        values = _clean(session, data)
        record = conflicts.record_label(conflicts.MSG_CONTACT,
                                        name=contact_name(contact.first_name, contact.last_name, contact.company))
        names = {"sector_id": {row[0]: row[1] for row in session.execute(select(Sector.id, Sector.name))}}
        conflicts.check_version(contact, expected_version, record, values, names)
        for field, value in values.items():
            setattr(contact, field, value)
        with conflicts.saving(session, Contact, contact_id, record, values, names):
            uow.commit()
        return _get_row(session, contact_id)


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(MSG_CONTACT_GONE)
    return contact


def delete_contact(uow: UnitOfWork, contact_id: int) -> None:
    """Delete a contact entered by mistake; one with referrals or visits is kept."""
    with uow:
        session = uow.session
        contact = _get(session, contact_id)
        row = _get_row(session, contact_id)
        if row.referrals or row.visits:
            raise ContactInUseError(MSG_IN_USE, name=row.name, count=row.referrals + row.visits)
        session.delete(contact)
        uow.commit()


def link_to_member(uow: UnitOfWork, contact_id: int, member_id: int) -> ContactRow:
    """Record that a contact joined the club as ``member_id``; their history stays with them."""
    with uow:
        session = uow.session
        contact = _get(session, contact_id)
        if session.get(Member, member_id) is None:
            raise ValidationError("member_id", MSG_UNKNOWN_MEMBER)
        if contact.member_id is not None and contact.member_id != member_id:
            number = session.scalar(select(Member.number).where(Member.id == contact.member_id))
            raise ValidationError("member_id", MSG_ALREADY_LINKED, number=number)
        contact.member_id = member_id
        uow.commit()
        return _get_row(session, contact_id)


def unlink_member(uow: UnitOfWork, contact_id: int) -> ContactRow:
    """Undo :func:`link_to_member` (linked to the wrong member by mistake)."""
    with uow:
        session = uow.session
        _get(session, contact_id).member_id = None
        uow.commit()
        return _get_row(session, contact_id)


def member_input_from_contact(uow: UnitOfWork, contact_id: int) -> MemberInput:
    """Prefill the new-member form from a contact who is joining (then call link_to_member)."""
    with uow:
        contact = _get(uow.session, contact_id)
        return MemberInput(first_name=contact.first_name or "", last_name=contact.last_name or "",
                           company=contact.company or "", sector_id=contact.sector_id,
                           mobile=contact.phone or "", email=contact.email or "")


def contact_history(uow: UnitOfWork, contact_id: int) -> ContactHistory:
    """The contact and the members linked to them: who referred them, received them, invited them."""
    with uow:
        session = uow.session
        row = _get_row(session, contact_id)
        links: list[ContactLink] = []
        about = or_(Referral.receiver_contact_id == contact_id, Referral.prospect_id == contact_id)
        people = {mid: (number, member_name(first, last)) for mid, number, first, last in session.execute(
            select(Member.id, Member.number, Member.first_name, Member.last_name).where(
                or_(Member.id.in_(select(Referral.giver_id).where(about)),
                    Member.id.in_(select(Referral.receiver_member_id).where(about)),
                    Member.id.in_(select(GuestVisit.invited_by_id).where(
                        GuestVisit.contact_id == contact_id)))))}

        def link(mid: int | None, relation: ContactRelation, day: date) -> None:
            if mid is not None and mid in people:
                links.append(ContactLink(mid, people[mid][0], people[mid][1], relation, day))

        for giver, receiver, day in session.execute(
                select(Referral.giver_id, Referral.receiver_member_id, Referral.date).where(about)):
            link(giver, ContactRelation.REFERRED, day)
            link(receiver, ContactRelation.RECEIVED, day)
        for invited_by, day in session.execute(
                select(GuestVisit.invited_by_id, Meeting.date).join(Meeting, Meeting.id == GuestVisit.meeting_id)
                .where(GuestVisit.contact_id == contact_id)):
            link(invited_by, ContactRelation.INVITED, day)
        links.sort(key=lambda item: (item.date, item.member_number), reverse=True)
        return ContactHistory(row, links)

"""Referral use cases: record, move through statuses, edit, delete, and the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import partial
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, aliased

from app.db.models import Chapter, ClosedBusiness, Contact, Member, Referral, ReferralStep
from app.db.uow import UnitOfWork
from app.domain.business import (
    MSG_STEP_BEFORE_REFERRAL,
    JournalFilter,
    JournalTotals,
    ReferralStatus,
    Scope,
    Temperature,
    check_not_future,
    check_receiver,
    check_transition,
    contact_name,
    journal_totals,
    member_name,
)
from app.domain.errors import CercleError, NotFoundError, ValidationError
from app.domain.text import search_key
from app.domain.validation import clean_text
from app.i18n import QT_TRANSLATE_NOOP
from app.services import conflicts
from app.services.active_members import require_active
from app.services.amounts import from_cents, sum_cents

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This referral no longer exists.")
MSG_UNKNOWN_CONTACT = QT_TRANSLATE_NOOP("Validation", "Choose a contact from the directory.")
MSG_HAS_BUSINESS = QT_TRANSLATE_NOOP(
    "Errors",
    "This referral has {count} closed business linked to it: choose whether to keep it "
    "(detached from the referral) or delete it too.",
)


class LinkedBusiness(StrEnum):
    """What to do with the closed business of a referral being deleted."""

    DETACH = "detach"  # keep the business, without its referral
    DELETE = "delete"


class ReferralHasBusinessError(CercleError):
    """Deleting this referral needs a decision about its closed business."""

    def __init__(self, count: int, amount: Decimal) -> None:
        self.count = count
        self.amount = amount
        super().__init__(MSG_HAS_BUSINESS, count=count)


@dataclass(frozen=True)
class ReferralInput:
    """What the referral form or the quick entry sends."""

    day: date
    giver_id: int | None
    receiver_member_id: int | None = None
    receiver_contact_id: int | None = None
    prospect_id: int | None = None
    need: str = ""
    temperature: Temperature = Temperature.WARM
    status: ReferralStatus = ReferralStatus.PASSED


@dataclass(frozen=True, slots=True)  # slots: the journal filters 50,000 of them per change
class ReferralRow:
    """One line of the referral journal."""

    id: int
    date: date
    giver_id: int
    giver_number: int
    giver_name: str
    giver_chapter_id: int
    giver_chapter: str
    receiver_member_id: int | None
    receiver_number: int | None
    receiver_contact_id: int | None
    receiver_name: str
    prospect_id: int | None
    prospect_name: str
    need: str | None
    temperature: Temperature
    status: ReferralStatus
    closed_amount: Decimal
    search_text: str
    version: int = 0  # the record's version, handed back on save (no lost update)

    @property
    def scope(self) -> Scope:
        return Scope.INTERNAL if self.receiver_member_id is not None else Scope.EXTERNAL


@dataclass(frozen=True)
class Journal:
    rows: list[ReferralRow]
    totals: JournalTotals


@dataclass(frozen=True)
class StepRow:
    status: ReferralStatus
    date: date


# ----------------------------------------------------------------------------- reading


def _journal_query(flt: JournalFilter):  # type: ignore[no-untyped-def]
    giver = aliased(Member)
    receiver = aliased(Member)
    beneficiary = aliased(Contact)
    prospect = aliased(Contact)
    closed = (
        select(ClosedBusiness.referral_id, sum_cents(ClosedBusiness.amount).label("cents"))
        .where(ClosedBusiness.referral_id.is_not(None))
        .group_by(ClosedBusiness.referral_id)
        .subquery()
    )
    query = (
        select(
            Referral.id, Referral.date, Referral.giver_id, giver.number, giver.first_name,
            giver.last_name, giver.chapter_id, Chapter.name,
            Referral.receiver_member_id, receiver.number, receiver.first_name, receiver.last_name,
            Referral.receiver_contact_id, beneficiary.first_name, beneficiary.last_name,
            beneficiary.company, Referral.prospect_id, prospect.first_name, prospect.last_name,
            prospect.company, Referral.need, Referral.temperature, Referral.status, closed.c.cents,
            Referral.version_id,
        )
        .join(giver, giver.id == Referral.giver_id)
        .join(Chapter, Chapter.id == giver.chapter_id)
        .outerjoin(receiver, receiver.id == Referral.receiver_member_id)
        .outerjoin(beneficiary, beneficiary.id == Referral.receiver_contact_id)
        .outerjoin(prospect, prospect.id == Referral.prospect_id)
        .outerjoin(closed, closed.c.referral_id == Referral.id)
        .order_by(Referral.date.desc(), Referral.id.desc())
    )
    if flt.start is not None:
        query = query.where(Referral.date >= flt.start)
    if flt.end is not None:
        query = query.where(Referral.date <= flt.end)
    if flt.chapter_id is not None:
        query = query.where(giver.chapter_id == flt.chapter_id)
    if flt.giver_id is not None:
        query = query.where(Referral.giver_id == flt.giver_id)
    if flt.receiver_member_id is not None:
        query = query.where(Referral.receiver_member_id == flt.receiver_member_id)
    if flt.receiver_contact_id is not None:
        query = query.where(Referral.receiver_contact_id == flt.receiver_contact_id)
    scope = None if flt.scope is None else Scope(flt.scope)
    if scope is Scope.INTERNAL:
        query = query.where(Referral.receiver_member_id.is_not(None))
    elif scope is Scope.EXTERNAL:
        query = query.where(Referral.receiver_member_id.is_(None))
    if flt.status is not None:
        query = query.where(Referral.status == ReferralStatus(flt.status).value)
    return query


_TEMPERATURES = {t.value: t for t in Temperature}
_STATUSES = {s.value: s for s in ReferralStatus}
_NO_AMOUNT = from_cents(0)


def _rows(session: Session, query) -> list[ReferralRow]:  # type: ignore[no-untyped-def]
    rows = []
    # The same members, contacts and needs come back on thousands of rows: name and fold
    # each once (this halves the time to load 50,000 referrals).
    members: dict[int, tuple[str, str]] = {}
    others: dict[tuple[str | None, str | None, str | None], tuple[str, str]] = {}
    needs: dict[str | None, str] = {}
    for (ref_id, day, giver_id, g_number, g_first, g_last, g_chapter_id, g_chapter,
         r_id, r_number, r_first, r_last, c_id, c_first, c_last, c_company,
         p_id, p_first, p_last, p_company, need, temperature, status, cents, version) in session.execute(query):
        giver = members.get(giver_id)
        if giver is None:
            name = member_name(g_first, g_last)
            giver = members[giver_id] = (name, search_key(str(g_number), name))
        if r_id is not None:
            receiver = members.get(r_id)
            if receiver is None:
                name = member_name(r_first, r_last)
                receiver = members[r_id] = (name, search_key(str(r_number), name))
        else:
            receiver = others.get((c_first, c_last, c_company))
            if receiver is None:
                name = contact_name(c_first, c_last, c_company)
                receiver = others[(c_first, c_last, c_company)] = (name, search_key(name))
        prospect = others.get((p_first, p_last, p_company))
        if prospect is None:
            name = contact_name(p_first, p_last, p_company)
            prospect = others[(p_first, p_last, p_company)] = (name, search_key(name))
        need_key = needs.get(need)
        if need_key is None:
            need_key = needs[need] = search_key(need)
        rows.append(ReferralRow(
            id=ref_id, date=day, giver_id=giver_id, giver_number=g_number, giver_name=giver[0],
            giver_chapter_id=g_chapter_id, giver_chapter=g_chapter, receiver_member_id=r_id,
            receiver_number=r_number, receiver_contact_id=c_id, receiver_name=receiver[0],
            prospect_id=p_id, prospect_name=prospect[0], need=need,
            temperature=_TEMPERATURES[temperature], status=_STATUSES[status],
            closed_amount=from_cents(cents) if cents else _NO_AMOUNT,
            search_text=" ".join(key for key in (giver[1], receiver[1], prospect[1], need_key) if key),
            version=version,
        ))
    return rows


def referral_journal(uow: UnitOfWork, flt: JournalFilter | None = None) -> Journal:
    """The referrals matching ``flt``, newest first, with the totals of those rows."""
    with uow:
        rows = _rows(uow.session, _journal_query(flt or JournalFilter()))
    return Journal(rows, journal_totals(rows))


def get_referral(uow: UnitOfWork, referral_id: int) -> ReferralRow:
    with uow:
        return _get_row(uow.session, referral_id)


def _get_row(session: Session, referral_id: int) -> ReferralRow:
    rows = _rows(session, _journal_query(JournalFilter()).where(Referral.id == referral_id))
    if not rows:
        raise NotFoundError(MSG_NOT_FOUND)
    return rows[0]


def referral_steps(uow: UnitOfWork, referral_id: int) -> list[StepRow]:
    """The dated steps of a referral, oldest first."""
    with uow:
        steps = uow.session.execute(
            select(ReferralStep.status, ReferralStep.date)
            .where(ReferralStep.referral_id == referral_id)
            .order_by(ReferralStep.date, ReferralStep.id)
        )
        return [StepRow(ReferralStatus(status), day) for status, day in steps]


# ----------------------------------------------------------------------------- writing


def _check_contact(session: Session, contact_id: int | None, field: str) -> None:
    if contact_id is not None and session.get(Contact, contact_id) is None:
        raise ValidationError(field, MSG_UNKNOWN_CONTACT)


def _validate(session: Session, data: ReferralInput, today: date) -> str | None:
    check_not_future(data.day, today)
    giver = require_active(session, data.giver_id, data.day, "giver")
    check_receiver(giver.id, data.receiver_member_id, data.receiver_contact_id)
    if data.receiver_member_id is not None:
        require_active(session, data.receiver_member_id, data.day, "receiver")
    _check_contact(session, data.receiver_contact_id, "receiver")
    _check_contact(session, data.prospect_id, "prospect")
    Temperature(data.temperature)
    ReferralStatus(data.status)
    return clean_text(data.need, "need", max_length=2000, multiline=True)


def record_referral(uow: UnitOfWork, data: ReferralInput, *, today: date | None = None) -> ReferralRow:
    """Record a referral passed on ``data.day``; its first step is dated that day.

    Raises:
        ValidationError: future date, giver or receiver unknown or not active that day,
            referral to oneself, no receiver. Nothing is saved.
    """
    with uow:
        session = uow.session
        need = _validate(session, data, today or date.today())
        referral = Referral(
            date=data.day, giver_id=data.giver_id, receiver_member_id=data.receiver_member_id,
            receiver_contact_id=data.receiver_contact_id, prospect_id=data.prospect_id, need=need,
            temperature=Temperature(data.temperature).value, status=ReferralStatus(data.status).value,
        )
        session.add(referral)
        session.flush()
        session.add(ReferralStep(referral_id=referral.id, status=ReferralStatus.PASSED.value,
                                 date=data.day))
        if data.status != ReferralStatus.PASSED:
            session.add(ReferralStep(referral_id=referral.id, status=data.status.value, date=data.day))
        uow.commit()
        return _get_row(session, referral.id)


def _get(session: Session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFoundError(MSG_NOT_FOUND)
    return referral


def update_referral(uow: UnitOfWork, referral_id: int, data: ReferralInput, *,
                    confirm_backwards: bool = False, today: date | None = None,
                    expected_version: int | None = None) -> ReferralRow:
    """Correct a referral; a change of status is dated today and logged as a step.

    Raises:
        ConflictError: the referral changed since the form loaded ``expected_version``.
    """
    with uow:
        session = uow.session
        referral = _get(session, referral_id)
        today = today or date.today()
        need = _validate(session, data, today)
        record = conflicts.record_label(conflicts.MSG_REFERRAL, date=referral.date)
        yours = {
            "date": data.day, "giver_id": data.giver_id, "receiver_member_id": data.receiver_member_id,
            "receiver_contact_id": data.receiver_contact_id, "prospect_id": data.prospect_id, "need": need,
            "temperature": Temperature(data.temperature), "status": ReferralStatus(data.status),
        }
        names = partial(_conflict_names, session)
        conflicts.check_version(referral, expected_version, record, yours, names)
        old = ReferralStatus(referral.status)
        check_transition(old, data.status, confirm_backwards=confirm_backwards)
        if data.day != referral.date:
            # The first step ("passed") is the referral's own date: it moves with it.
            first = session.scalar(select(ReferralStep).where(ReferralStep.referral_id == referral.id)
                                   .order_by(ReferralStep.date, ReferralStep.id).limit(1))
            if first is not None and first.date == referral.date:
                first.date = data.day
        referral.date = data.day
        referral.giver_id = data.giver_id  # type: ignore[assignment]
        referral.receiver_member_id = data.receiver_member_id
        referral.receiver_contact_id = data.receiver_contact_id
        referral.prospect_id = data.prospect_id
        referral.need = need
        referral.temperature = Temperature(data.temperature).value
        if data.status != old:
            referral.status = data.status.value
            session.add(ReferralStep(referral_id=referral.id, status=data.status.value,
                                     date=max(today, data.day)))
        with conflicts.saving(session, Referral, referral_id, record, yours, names):
            uow.commit()
        return _get_row(session, referral_id)


def _conflict_names(session: Session) -> dict[str, dict[Any, str]]:
    """Names of the members and contacts a referral points to, to show a conflict readably."""
    members = {row.id: member_name(row.first_name, row.last_name)
               for row in session.execute(select(Member.id, Member.first_name, Member.last_name))}
    contacts = {row.id: contact_name(row.first_name, row.last_name, row.company)
                for row in session.execute(select(Contact.id, Contact.first_name, Contact.last_name, Contact.company))}
    return {"giver_id": members, "receiver_member_id": members,
            "receiver_contact_id": contacts, "prospect_id": contacts}


def set_referral_status(uow: UnitOfWork, referral_id: int, status: ReferralStatus, day: date, *,
                        confirm_backwards: bool = False, today: date | None = None) -> ReferralRow:
    """Move a referral to ``status`` on ``day`` (logged as a step).

    Raises:
        ValidationError: the move goes backwards without ``confirm_backwards``, or the day is
            in the future or before the referral.
    """
    with uow:
        session = uow.session
        referral = _get(session, referral_id)
        status = ReferralStatus(status)
        check_not_future(day, today or date.today())
        if day < referral.date:
            raise ValidationError("date", MSG_STEP_BEFORE_REFERRAL)
        old = ReferralStatus(referral.status)
        if status != old:
            check_transition(old, status, confirm_backwards=confirm_backwards)
            referral.status = status.value
            session.add(ReferralStep(referral_id=referral.id, status=status.value, date=day))
            uow.commit()
        return _get_row(session, referral_id)


def delete_referral(uow: UnitOfWork, referral_id: int, linked: LinkedBusiness | None = None) -> None:
    """Delete a referral entered by mistake, with its steps.

    Raises:
        ReferralHasBusinessError: closed business is linked and ``linked`` does not say what
            to do with it; the UI asks and calls again. Nothing is deleted.
    """
    with uow:
        session = uow.session
        referral = _get(session, referral_id)
        count, cents = session.execute(
            select(func.count(ClosedBusiness.id), sum_cents(ClosedBusiness.amount))
            .where(ClosedBusiness.referral_id == referral_id)
        ).one()
        if count:
            if linked is None:
                raise ReferralHasBusinessError(count, from_cents(cents))
            linked_rows = ClosedBusiness.referral_id == referral_id
            if LinkedBusiness(linked) is LinkedBusiness.DELETE:
                session.execute(delete(ClosedBusiness).where(linked_rows))
            else:
                # A new version: a form still holding the referral is told it changed meanwhile.
                session.execute(update(ClosedBusiness).where(linked_rows).values(
                    referral_id=None, version_id=ClosedBusiness.version_id + 1))
        session.execute(delete(ReferralStep).where(ReferralStep.referral_id == referral_id))
        session.delete(referral)
        uow.commit()

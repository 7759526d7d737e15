"""Closed business (the "merci"), one-to-ones and presentations: record, list, delete."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import Chapter, ClosedBusiness, Meeting, Member, OneToOne, Presentation, Referral, ReferralStep
from app.db.uow import UnitOfWork
from app.domain.business import (
    FINAL_STATUSES,
    MSG_SAME_MEMBER,
    PresentationKind,
    ReferralStatus,
    check_amount,
    check_not_future,
    member_name,
)
from app.domain.errors import NotFoundError, ValidationError
from app.domain.text import search_key
from app.domain.validation import clean_text
from app.i18n import QT_TRANSLATE_NOOP
from app.services import conflicts
from app.services.active_members import require_active

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This record no longer exists.")
MSG_UNKNOWN_REFERRAL = QT_TRANSLATE_NOOP("Validation", "This referral does not exist.")
MSG_REFERRAL_EXTERNAL = QT_TRANSLATE_NOOP(
    "Validation", "This referral went to a non-member, not to a member of the club."
)
MSG_REFERRAL_OTHER_RECEIVER = QT_TRANSLATE_NOOP("Validation", "This referral was passed to another member.")
MSG_REFERRAL_OTHER_GIVER = QT_TRANSLATE_NOOP("Validation", "This referral was given by another member.")
MSG_BEFORE_REFERRAL = QT_TRANSLATE_NOOP("Validation", "The business cannot be closed before the referral was passed.")
MSG_UNKNOWN_MEETING = QT_TRANSLATE_NOOP("Validation", "This meeting does not exist.")
MSG_DATE_OR_MEETING = QT_TRANSLATE_NOOP("Validation", "Enter the date of the presentation or choose its meeting.")
MSG_NOT_MEETING_DATE = QT_TRANSLATE_NOOP("Validation", "The meeting took place on another date.")


# ------------------------------------------------------------------------ closed business


@dataclass(frozen=True)
class ClosedBusinessInput:
    """What the receiver declares: the amount in MAD excluding tax, and where it came from."""

    day: date
    receiver_id: int | None
    amount: Decimal
    giver_id: int | None = None
    referral_id: int | None = None
    is_new: bool = True
    notes: str = ""


@dataclass(frozen=True)
class ClosedBusinessRow:
    """One closed business, with who closed it (the receiver), whom it thanks, and its referral."""

    id: int
    date: date
    receiver_id: int
    receiver_number: int
    receiver_name: str
    receiver_chapter_id: int
    receiver_chapter: str
    giver_id: int | None
    giver_number: int | None
    giver_name: str
    referral_id: int | None
    referral_date: datetime.date | None  # the field ``date`` hides the type in this class
    referral_need: str | None
    amount: Decimal
    is_new: bool
    notes: str | None
    search_text: str  # folded names, need and notes, for the list's search field
    version: int = 0  # the record's version, handed back on save (no lost update)


def _closed_rows(session: Session, *conditions) -> list[ClosedBusinessRow]:  # type: ignore[no-untyped-def]
    receiver = aliased(Member)
    giver = aliased(Member)
    query = (
        select(ClosedBusiness, receiver.number, receiver.first_name, receiver.last_name,
               receiver.chapter_id, Chapter.name, giver.number, giver.first_name, giver.last_name,
               Referral.date, Referral.need)
        .join(receiver, receiver.id == ClosedBusiness.receiver_id)
        .join(Chapter, Chapter.id == receiver.chapter_id)
        .outerjoin(giver, giver.id == ClosedBusiness.giver_id)
        .outerjoin(Referral, Referral.id == ClosedBusiness.referral_id)
        .where(*conditions)
        .order_by(ClosedBusiness.date.desc(), ClosedBusiness.id.desc())
    )
    rows = []
    for (cb, r_number, r_first, r_last, chapter_id, chapter, g_number, g_first, g_last,
         referral_date, need) in session.execute(query):
        receiver_name = member_name(r_first, r_last)
        giver_name = member_name(g_first, g_last) if g_number is not None else ""
        rows.append(ClosedBusinessRow(
            id=cb.id, date=cb.date, receiver_id=cb.receiver_id, receiver_number=r_number,
            receiver_name=receiver_name, receiver_chapter_id=chapter_id, receiver_chapter=chapter,
            giver_id=cb.giver_id, giver_number=g_number, giver_name=giver_name,
            referral_id=cb.referral_id, referral_date=referral_date, referral_need=need,
            amount=Decimal(cb.amount).quantize(Decimal("0.01")), is_new=cb.is_new, notes=cb.notes,
            search_text=search_key(str(r_number), receiver_name, str(g_number or ""), giver_name,
                                   need, cb.notes),
            version=cb.version_id,
        ))
    return rows


def _validate_closed(session: Session, data: ClosedBusinessInput, *, confirm_large: bool,
                     today: date) -> tuple[Decimal, int | None, Referral | None, str | None]:
    check_not_future(data.day, today)
    amount = check_amount(data.amount, confirm_large=confirm_large)
    receiver = require_active(session, data.receiver_id, data.day, "receiver")
    giver_id = data.giver_id
    referral = None
    if data.referral_id is not None:
        referral = session.get(Referral, data.referral_id)
        if referral is None:
            raise ValidationError("referral", MSG_UNKNOWN_REFERRAL)
        if referral.receiver_member_id is None:
            raise ValidationError("referral", MSG_REFERRAL_EXTERNAL)
        if referral.receiver_member_id != receiver.id:
            raise ValidationError("referral", MSG_REFERRAL_OTHER_RECEIVER)
        if giver_id is not None and giver_id != referral.giver_id:
            raise ValidationError("giver", MSG_REFERRAL_OTHER_GIVER)
        if data.day < referral.date:
            raise ValidationError("date", MSG_BEFORE_REFERRAL)
        giver_id = referral.giver_id
    if giver_id is not None:
        if giver_id == receiver.id:
            raise ValidationError("giver", MSG_SAME_MEMBER)
        # The thanks may come after the giver left; what counts is that they were a member
        # when they passed the business (the referral date when there is one).
        require_active(session, giver_id, referral.date if referral else data.day, "giver")
    notes = clean_text(data.notes, "notes", max_length=2000, multiline=True)
    return amount, giver_id, referral, notes


def _win(session: Session, referral: Referral | None, day: date) -> None:
    """A referral still open when business is closed on it becomes won that day."""
    if referral is not None and ReferralStatus(referral.status) not in FINAL_STATUSES:
        referral.status = ReferralStatus.WON.value
        session.add(ReferralStep(referral_id=referral.id, status=ReferralStatus.WON.value, date=day))


def record_closed_business(uow: UnitOfWork, data: ClosedBusinessInput, *, confirm_large: bool = False,
                           today: date | None = None) -> ClosedBusinessRow:
    """Record business won thanks to another member; an open referral it came from becomes won.

    Raises:
        ValidationError: amount not above zero, over 100 million MAD without ``confirm_large``,
            future date, receiver or giver not active, referral not matching. Nothing is saved.
    """
    with uow:
        session = uow.session
        amount, giver_id, referral, notes = _validate_closed(
            session, data, confirm_large=confirm_large, today=today or date.today())
        closed = ClosedBusiness(date=data.day, receiver_id=data.receiver_id, giver_id=giver_id,
                                referral_id=data.referral_id, amount=amount, is_new=data.is_new,
                                notes=notes)
        session.add(closed)
        _win(session, referral, data.day)
        uow.commit()
        return _closed_rows(session, ClosedBusiness.id == closed.id)[0]


def update_closed_business(uow: UnitOfWork, closed_id: int, data: ClosedBusinessInput, *,
                           confirm_large: bool = False, today: date | None = None,
                           expected_version: int | None = None) -> ClosedBusinessRow:
    """Correct closed business; an open referral it is now linked to becomes won, as at recording.

    Raises:
        ValidationError: as :func:`record_closed_business`. Nothing is saved.
        NotFoundError: it was deleted meanwhile.
        ConflictError: it changed since the form loaded ``expected_version``.
    """
    with uow:
        session = uow.session
        closed = session.get(ClosedBusiness, closed_id)
        if closed is None:
            raise NotFoundError(MSG_NOT_FOUND)
        record = conflicts.record_label(conflicts.MSG_BUSINESS, date=closed.date)
        yours = {"date": data.day, "receiver_id": data.receiver_id, "giver_id": data.giver_id,
                 "referral_id": data.referral_id, "amount": data.amount, "is_new": data.is_new,
                 "notes": data.notes}
        def names() -> dict[str, dict[int, str]]:  # read only when there is a conflict to show
            members = {row[0]: member_name(row[1], row[2])
                       for row in session.execute(select(Member.id, Member.first_name, Member.last_name))}
            return {"receiver_id": members, "giver_id": members}

        # Before the checks: a form loaded before a change (its referral deleted meanwhile, say)
        # hears that it changed, rather than a refusal of what it still holds.
        conflicts.check_version(closed, expected_version, record, yours, names)
        amount, giver_id, referral, notes = _validate_closed(
            session, data, confirm_large=confirm_large, today=today or date.today())
        yours |= {"giver_id": giver_id, "amount": amount, "notes": notes}
        closed.date = data.day
        closed.receiver_id = data.receiver_id  # type: ignore[assignment]
        closed.giver_id = giver_id
        closed.referral_id = data.referral_id
        closed.amount = amount
        closed.is_new = data.is_new
        closed.notes = notes
        _win(session, referral, data.day)
        with conflicts.saving(session, ClosedBusiness, closed_id, record, yours, names):
            uow.commit()
        return _closed_rows(session, ClosedBusiness.id == closed_id)[0]


def delete_closed_business(uow: UnitOfWork, closed_id: int) -> None:
    """Delete one closed business (entered by mistake); its referral keeps its status.

    Raises:
        NotFoundError: it was deleted meanwhile.
    """
    with uow:
        closed = uow.session.get(ClosedBusiness, closed_id)
        if closed is None:
            raise NotFoundError(MSG_NOT_FOUND)
        uow.session.delete(closed)
        uow.commit()


def get_closed_business(uow: UnitOfWork, closed_id: int) -> ClosedBusinessRow:
    """One closed business as it is now (the form opens on this, not on a row shown earlier)."""
    with uow:
        rows = _closed_rows(uow.session, ClosedBusiness.id == closed_id)
    if not rows:
        raise NotFoundError(MSG_NOT_FOUND)
    return rows[0]


def list_closed_business(uow: UnitOfWork, start: date | None = None, end: date | None = None,
                         member_id: int | None = None) -> list[ClosedBusinessRow]:
    """Closed business over ``[start, end]``, newest first; ``member_id`` as receiver or giver."""
    conditions = []
    if start is not None:
        conditions.append(ClosedBusiness.date >= start)
    if end is not None:
        conditions.append(ClosedBusiness.date <= end)
    if member_id is not None:
        conditions.append(or_(ClosedBusiness.receiver_id == member_id, ClosedBusiness.giver_id == member_id))
    with uow:
        return _closed_rows(uow.session, *conditions)


def referral_closed_business(uow: UnitOfWork, referral_id: int) -> list[ClosedBusinessRow]:
    with uow:
        return _closed_rows(uow.session, ClosedBusiness.referral_id == referral_id)


# --------------------------------------------------------------------------- one-to-ones


@dataclass(frozen=True)
class OneToOneRow:
    """One one-to-one between two members, with each one's chapter (they may differ)."""

    id: int
    date: date
    member_a_id: int
    member_a_number: int
    member_a_name: str
    member_b_id: int
    member_b_number: int
    member_b_name: str
    notes: str | None
    member_a_chapter: str = ""
    member_b_chapter: str = ""


def _one_to_one_rows(session: Session, *conditions) -> list[OneToOneRow]:  # type: ignore[no-untyped-def]
    a = aliased(Member)
    b = aliased(Member)
    a_chapter = aliased(Chapter)
    b_chapter = aliased(Chapter)
    query = (
        select(OneToOne.id, OneToOne.date, a.id, a.number, a.first_name, a.last_name,
               b.id, b.number, b.first_name, b.last_name, OneToOne.notes, a_chapter.name, b_chapter.name)
        .join(a, a.id == OneToOne.member_a_id)
        .join(b, b.id == OneToOne.member_b_id)
        .join(a_chapter, a_chapter.id == a.chapter_id)
        .join(b_chapter, b_chapter.id == b.chapter_id)
        .where(*conditions)
        .order_by(OneToOne.date.desc(), OneToOne.id.desc())
    )
    return [
        OneToOneRow(oid, day, a_id, a_num, member_name(a_first, a_last), b_id, b_num,
                    member_name(b_first, b_last), notes, a_chap, b_chap)
        for oid, day, a_id, a_num, a_first, a_last, b_id, b_num, b_first, b_last, notes, a_chap, b_chap
        in session.execute(query)
    ]


def record_one_to_one(uow: UnitOfWork, day: date, member_a_id: int | None, member_b_id: int | None,
                      notes: str = "", *, today: date | None = None) -> OneToOneRow:
    """Record a one-to-one between two members active that day."""
    with uow:
        session = uow.session
        check_not_future(day, today or date.today())
        require_active(session, member_a_id, day, "member_a")
        require_active(session, member_b_id, day, "member_b")
        if member_a_id == member_b_id:
            raise ValidationError("member_b", MSG_SAME_MEMBER)
        meeting = OneToOne(date=day, member_a_id=member_a_id, member_b_id=member_b_id,
                           notes=clean_text(notes, "notes", max_length=2000, multiline=True))
        session.add(meeting)
        uow.commit()
        return _one_to_one_rows(session, OneToOne.id == meeting.id)[0]


def delete_one_to_one(uow: UnitOfWork, one_to_one_id: int) -> None:
    """Delete one one-to-one.

    Raises:
        NotFoundError: it was deleted meanwhile.
    """
    with uow:
        row = uow.session.get(OneToOne, one_to_one_id)
        if row is None:
            raise NotFoundError(MSG_NOT_FOUND)
        uow.session.delete(row)
        uow.commit()


def list_one_to_ones(uow: UnitOfWork, start: date | None = None, end: date | None = None,
                     member_id: int | None = None) -> list[OneToOneRow]:
    """One-to-ones over ``[start, end]``, newest first; ``member_id`` as either member."""
    conditions = []
    if start is not None:
        conditions.append(OneToOne.date >= start)
    if end is not None:
        conditions.append(OneToOne.date <= end)
    if member_id is not None:
        conditions.append(or_(OneToOne.member_a_id == member_id, OneToOne.member_b_id == member_id))
    with uow:
        return _one_to_one_rows(uow.session, *conditions)


# ------------------------------------------------------------------------- presentations


@dataclass(frozen=True)
class PresentationRow:
    id: int
    date: date
    member_id: int
    member_number: int
    member_name: str
    meeting_id: int | None
    kind: PresentationKind
    title: str | None


def _presentation_rows(session: Session, *conditions) -> list[PresentationRow]:  # type: ignore[no-untyped-def]
    query = (
        select(Presentation, Member.number, Member.first_name, Member.last_name)
        .join(Member, Member.id == Presentation.member_id)
        .where(*conditions)
        .order_by(Presentation.date.desc(), Presentation.id.desc())
    )
    return [
        PresentationRow(p.id, p.date, p.member_id, number, member_name(first, last), p.meeting_id,
                        PresentationKind(p.kind), p.title)
        for p, number, first, last in session.execute(query)
    ]


def record_presentation(uow: UnitOfWork, member_id: int | None, *, day: date | None = None,
                        meeting_id: int | None = None, kind: PresentationKind = PresentationKind.PITCH,
                        title: str = "", today: date | None = None) -> PresentationRow:
    """Record a member presenting their activity, at a meeting (dated by it) or on a given day."""
    with uow:
        session = uow.session
        if meeting_id is not None:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise ValidationError("meeting", MSG_UNKNOWN_MEETING)
            if day is not None and day != meeting.date:
                raise ValidationError("date", MSG_NOT_MEETING_DATE)
            day = meeting.date
        if day is None:
            raise ValidationError("date", MSG_DATE_OR_MEETING)
        check_not_future(day, today or date.today())
        require_active(session, member_id, day, "member")
        presentation = Presentation(date=day, member_id=member_id, meeting_id=meeting_id,
                                    kind=PresentationKind(kind).value,
                                    title=clean_text(title, "title", max_length=200))
        session.add(presentation)
        uow.commit()
        return _presentation_rows(session, Presentation.id == presentation.id)[0]


def delete_presentation(uow: UnitOfWork, presentation_id: int) -> None:
    with uow:
        row = uow.session.get(Presentation, presentation_id)
        if row is None:
            raise NotFoundError(MSG_NOT_FOUND)
        uow.session.delete(row)
        uow.commit()


def list_presentations(uow: UnitOfWork, start: date | None = None, end: date | None = None,
                       member_id: int | None = None) -> list[PresentationRow]:
    conditions = []
    if start is not None:
        conditions.append(Presentation.date >= start)
    if end is not None:
        conditions.append(Presentation.date <= end)
    if member_id is not None:
        conditions.append(Presentation.member_id == member_id)
    with uow:
        return _presentation_rows(uow.session, *conditions)

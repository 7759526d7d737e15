"""Charter use cases: its versions, members' signatures, warnings and the board's decisions.

The current charter is the version adopted last (latest adoption date). A warning is open
while ``closed_on`` is empty; the compliance evaluation reads open warnings straight from
the ``warnings`` table, so closing a warning is what lifts the cap it puts on a light.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Chapter, CharterSignature, CharterVersion, Member, Warning, WarningDecision
from app.db.uow import JoinedUnitOfWork, UnitOfWork
from app.domain.business import listing_name
from app.domain.charter import (
    DecisionInput,
    VersionInput,
    WarningInput,
    WarningStep,
    validate_closing,
    validate_decision,
    validate_signature,
    validate_version,
    validate_warning,
)
from app.domain.enums import MemberStatus
from app.domain.errors import MSG_MEMBER_GONE, CercleError, NotFoundError, ValidationError, ValidationErrors
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP
from app.services.members import change_status

Day = date  # a field named "date" hides the type inside a class body

MSG_NO_CHARTER = QT_TRANSLATE_NOOP("Errors", "No charter has been adopted yet.")
MSG_VERSION_GONE = QT_TRANSLATE_NOOP("Errors", "This charter version no longer exists.")
MSG_VERSION_EXISTS = QT_TRANSLATE_NOOP("Validation", "A version named {version} already exists.")
MSG_WARNING_GONE = QT_TRANSLATE_NOOP("Errors", "This warning no longer exists.")
MSG_DECISION_GONE = QT_TRANSLATE_NOOP("Errors", "This decision no longer exists.")
MSG_ALREADY_SIGNED = QT_TRANSLATE_NOOP("Validation", "{name} already signed version {version} on {date}.")
MSG_NOT_SIGNED = QT_TRANSLATE_NOOP("Errors", "{name} has not signed version {version}.")
MSG_WARNING_CLOSED = QT_TRANSLATE_NOOP("Errors", "This warning was closed on {date}; reopen it to add a decision.")
MSG_ALREADY_CLOSED = QT_TRANSLATE_NOOP("Errors", "This warning was already closed on {date}.")
MSG_NOT_CLOSED = QT_TRANSLATE_NOOP("Errors", "This warning is open.")
MSG_EXCLUSION_ONLY = QT_TRANSLATE_NOOP(
    "Validation", "Only an exclusion decision changes the member's status to excluded.")
MSG_WARNING_AFTER_DECISION = QT_TRANSLATE_NOOP(
    "Validation", "The warning cannot be dated after its first decision ({date}).")
MSG_WARNING_AFTER_CLOSING = QT_TRANSLATE_NOOP(
    "Validation", "The warning cannot be dated after it was closed ({date}).")


# ------------------------------------------------------------------------------ results


@dataclass(frozen=True)
class CharterVersionRow:
    id: int
    label: str  # the version's name, e.g. "1"
    adopted_on: date
    text: str
    signed_count: int


@dataclass(frozen=True)
class SignatureRow:
    """One member in the signatures overview, for one charter version."""

    member_id: int
    number: int
    name: str
    company: str
    chapter: str
    status: MemberStatus
    signed_on: date | None  # of the version asked for
    last_signed: str | None  # label of the latest version the member signed


@dataclass(frozen=True)
class DecisionRow:
    id: int
    warning_id: int
    step: WarningStep
    decided_on: date
    decided_by: str
    notes: str | None


@dataclass(frozen=True)
class WarningRow:
    id: int
    member_id: int
    member_number: int
    member_name: str
    chapter: str
    charter_point: int
    aspect: str | None
    facts: str
    date: Day
    closed_on: Day | None
    closing_note: str | None
    decisions: tuple[DecisionRow, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def last_decision(self) -> DecisionRow | None:
        return self.decisions[-1] if self.decisions else None


@dataclass(frozen=True)
class MemberCharter:
    """What the member record shows: their signature of the current version and their warnings."""

    current: CharterVersionRow | None
    signed_on: date | None
    signatures: tuple[tuple[str, date], ...]  # (version label, date signed), latest version first
    warnings: tuple[WarningRow, ...]


# ------------------------------------------------------------------------------ versions


def _current(session: Session) -> CharterVersion | None:
    return session.scalar(select(CharterVersion).order_by(CharterVersion.adopted_on.desc(),
                                                          CharterVersion.id.desc()).limit(1))


def _version_row(session: Session, version: CharterVersion) -> CharterVersionRow:
    count = session.scalar(select(func.count(CharterSignature.id))
                           .where(CharterSignature.charter_version_id == version.id)) or 0
    return CharterVersionRow(version.id, version.version, version.adopted_on, version.text, count)


def current_charter(uow: UnitOfWork) -> CharterVersionRow | None:
    """The version adopted last, or None in a database without any charter."""
    with uow:
        version = _current(uow.session)
        return _version_row(uow.session, version) if version is not None else None


def list_versions(uow: UnitOfWork) -> list[CharterVersionRow]:
    """Every version, the current one first."""
    with uow:
        session = uow.session
        counts = dict(session.execute(select(CharterSignature.charter_version_id, func.count(CharterSignature.id))
                                      .group_by(CharterSignature.charter_version_id)).all())
        versions = session.scalars(select(CharterVersion).order_by(CharterVersion.adopted_on.desc(),
                                                                   CharterVersion.id.desc()))
        return [CharterVersionRow(v.id, v.version, v.adopted_on, v.text, counts.get(v.id, 0)) for v in versions]


def adopt_version(uow: UnitOfWork, data: VersionInput, *, today: date | None = None) -> CharterVersionRow:
    """Record a new version of the charter; its name must be new (case ignored).

    Raises:
        ValidationErrors: a field is wrong or the name is taken.
    """
    clean = validate_version(data, today=today)
    with uow:
        session = uow.session
        taken = {name.casefold() for name in session.scalars(select(CharterVersion.version))}
        if clean.version.casefold() in taken:
            raise ValidationErrors([ValidationError("version", MSG_VERSION_EXISTS, version=clean.version)])
        version = CharterVersion(version=clean.version, adopted_on=clean.adopted_on, text=clean.text)
        session.add(version)
        uow.commit()
        return _version_row(session, version)


# ------------------------------------------------------------------------------ signatures


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError(MSG_MEMBER_GONE)
    return member


def _version(session: Session, version_id: int | None) -> CharterVersion:
    version = _current(session) if version_id is None else session.get(CharterVersion, version_id)
    if version is None:
        raise NotFoundError(MSG_NO_CHARTER if version_id is None else MSG_VERSION_GONE)
    return version


def signature_overview(uow: UnitOfWork, version_id: int | None = None) -> list[SignatureRow]:
    """Every member with the date they signed ``version_id`` (default: the current version)."""
    with uow:
        session = uow.session
        version = _current(session) if version_id is None else session.get(CharterVersion, version_id)
        signed: dict[int, date] = {}
        if version is not None:
            signed = dict(session.execute(select(CharterSignature.member_id, CharterSignature.signed_on)
                                          .where(CharterSignature.charter_version_id == version.id)).all())
        # The latest version each member signed: signatures ordered so the latest adoption wins.
        last: dict[int, str] = {}
        for member_id, label in session.execute(
                select(CharterSignature.member_id, CharterVersion.version)
                .join(CharterVersion, CharterVersion.id == CharterSignature.charter_version_id)
                .order_by(CharterVersion.adopted_on, CharterVersion.id)):
            last[member_id] = label
        rows = session.execute(
            select(Member.id, Member.number, Member.first_name, Member.last_name, Member.company,
                   Chapter.name, Member.status)
            .join(Chapter, Chapter.id == Member.chapter_id)
            .order_by(Member.last_name, Member.first_name, Member.number))
        return [SignatureRow(r[0], r[1], listing_name(r[2], r[3]), r[4], r[5], MemberStatus(r[6]), signed.get(r[0]),
                             last.get(r[0])) for r in rows]


def unsigned_member_ids(uow: UnitOfWork) -> set[int]:
    """Active members who have not signed the current version (empty when there is no charter)."""
    with uow:
        session = uow.session
        version = _current(session)
        if version is None:
            return set()
        signed = select(CharterSignature.member_id).where(CharterSignature.charter_version_id == version.id)
        return set(session.scalars(select(Member.id).where(Member.status == MemberStatus.ACTIVE,
                                                           Member.id.not_in(signed))))


def record_signature(uow: UnitOfWork, member_id: int, signed_on: date | None, version_id: int | None = None,
                     *, today: date | None = None) -> None:
    """Record that a member signed a version (default: the current one) on ``signed_on``.

    Raises:
        ValidationErrors: the date is wrong, or the member already signed this version.
        NotFoundError: the member or the version is gone.
    """
    with uow:
        session = uow.session
        member = _member(session, member_id)
        version = _version(session, version_id)
        day = validate_signature(signed_on, version.adopted_on, today=today)
        existing = session.scalar(select(CharterSignature).where(CharterSignature.member_id == member_id,
                                                                 CharterSignature.charter_version_id == version.id))
        if existing is not None:
            raise ValidationErrors([ValidationError(
                "signed_on", MSG_ALREADY_SIGNED, name=f"{member.first_name} {member.last_name}",
                version=version.version, date=format_date(existing.signed_on))])
        session.add(CharterSignature(member_id=member_id, charter_version_id=version.id, signed_on=day))
        uow.commit()


def remove_signature(uow: UnitOfWork, member_id: int, version_id: int | None = None) -> None:
    """Forget a signature recorded by mistake."""
    with uow:
        session = uow.session
        member = _member(session, member_id)
        version = _version(session, version_id)
        existing = session.scalar(select(CharterSignature).where(CharterSignature.member_id == member_id,
                                                                 CharterSignature.charter_version_id == version.id))
        if existing is None:
            raise CercleError(MSG_NOT_SIGNED, name=f"{member.first_name} {member.last_name}",
                              version=version.version)
        session.delete(existing)
        uow.commit()


# ------------------------------------------------------------------------------ warnings


def _decision_row(decision: WarningDecision) -> DecisionRow:
    return DecisionRow(decision.id, decision.warning_id, WarningStep(decision.step), decision.decided_on,
                       decision.decided_by, decision.notes)


def _warning_rows(session: Session, member_id: int | None = None, warning_id: int | None = None
                  ) -> list[WarningRow]:
    query = (select(Warning, Member.number, Member.first_name, Member.last_name, Chapter.name)
             .join(Member, Member.id == Warning.member_id)
             .join(Chapter, Chapter.id == Member.chapter_id)
             .order_by(Warning.date.desc(), Warning.id.desc()))
    decisions = select(WarningDecision).order_by(WarningDecision.decided_on, WarningDecision.id)
    if member_id is not None:
        query = query.where(Warning.member_id == member_id)
        decisions = decisions.join(Warning, Warning.id == WarningDecision.warning_id).where(
            Warning.member_id == member_id)
    if warning_id is not None:
        query = query.where(Warning.id == warning_id)
        decisions = decisions.where(WarningDecision.warning_id == warning_id)
    by_warning: dict[int, list[DecisionRow]] = {}
    for decision in session.scalars(decisions):
        by_warning.setdefault(decision.warning_id, []).append(_decision_row(decision))
    return [WarningRow(w.id, w.member_id, number, f"{first} {last}", chapter, w.charter_point, w.aspect, w.facts,
                       w.date, w.closed_on, w.closing_note, tuple(by_warning.get(w.id, ())))
            for w, number, first, last, chapter in session.execute(query)]


def list_warnings(uow: UnitOfWork, member_id: int | None = None) -> list[WarningRow]:
    """Every warning (or one member's), latest first, each with its decisions in date order."""
    with uow:
        return _warning_rows(uow.session, member_id=member_id)


def _get_warning(session: Session, warning_id: int) -> Warning:
    warning = session.get(Warning, warning_id)
    if warning is None:
        raise NotFoundError(MSG_WARNING_GONE)
    return warning


def record_warning(uow: UnitOfWork, data: WarningInput, *, today: date | None = None) -> WarningRow:
    """Record a breach of the charter by a member; it stays open until closed.

    Raises:
        ValidationErrors: a field is wrong.
        NotFoundError: the member is gone.
    """
    clean = validate_warning(data, today=today)
    with uow:
        session = uow.session
        _member(session, clean.member_id)
        warning = Warning(member_id=clean.member_id, charter_point=clean.charter_point, aspect=clean.aspect,
                          facts=clean.facts, date=clean.date)
        session.add(warning)
        uow.commit()
        return _warning_rows(session, warning_id=warning.id)[0]


def update_warning(uow: UnitOfWork, warning_id: int, data: WarningInput, *, today: date | None = None
                   ) -> WarningRow:
    """Correct a warning's member, point, facts or date; its decisions keep their dates."""
    clean = validate_warning(data, today=today)
    with uow:
        session = uow.session
        warning = _get_warning(session, warning_id)
        _member(session, clean.member_id)
        if warning.decisions and clean.date > warning.decisions[0].decided_on:
            raise ValidationErrors([ValidationError("date", MSG_WARNING_AFTER_DECISION,
                                                    date=format_date(warning.decisions[0].decided_on))])
        if warning.closed_on is not None and clean.date > warning.closed_on:
            raise ValidationErrors([ValidationError("date", MSG_WARNING_AFTER_CLOSING,
                                                    date=format_date(warning.closed_on))])
        warning.member_id = clean.member_id
        warning.charter_point = clean.charter_point
        warning.aspect = clean.aspect
        warning.facts = clean.facts
        warning.date = clean.date
        uow.commit()
        return _warning_rows(session, warning_id=warning_id)[0]


def close_warning(uow: UnitOfWork, warning_id: int, closed_on: date | None, note: str = "", *,
                  today: date | None = None) -> WarningRow:
    """Close a warning (the matter is settled); it no longer weighs on the compliance light."""
    with uow:
        session = uow.session
        warning = _get_warning(session, warning_id)
        if warning.closed_on is not None:
            raise CercleError(MSG_ALREADY_CLOSED, date=format_date(warning.closed_on))
        day, clean_note = validate_closing(closed_on, note, warning.date, today=today)
        warning.closed_on = day
        warning.closing_note = clean_note
        uow.commit()
        return _warning_rows(session, warning_id=warning_id)[0]


def reopen_warning(uow: UnitOfWork, warning_id: int) -> WarningRow:
    """Open again a warning closed by mistake."""
    with uow:
        session = uow.session
        warning = _get_warning(session, warning_id)
        if warning.closed_on is None:
            raise CercleError(MSG_NOT_CLOSED)
        warning.closed_on = None
        warning.closing_note = None
        uow.commit()
        return _warning_rows(session, warning_id=warning_id)[0]


def delete_warning(uow: UnitOfWork, warning_id: int) -> None:
    """Delete a warning recorded by mistake, with its decisions."""
    with uow:
        session = uow.session
        session.delete(_get_warning(session, warning_id))
        uow.commit()


def add_decision(uow: UnitOfWork, warning_id: int, data: DecisionInput, *, exclude_member: bool = False,
                 exclusion_reason: str = "", today: date | None = None) -> WarningRow:
    """Record a step the board decided on an open warning.

    With ``exclude_member`` (an exclusion decision only), the member's status also changes to
    excluded from the decision's date, with ``exclusion_reason``, in the same transaction.

    Raises:
        ValidationErrors: a field is wrong (e.g. dated before the warning).
        ValidationError: the change of status is refused (see the members service).
        CercleError: the warning is closed.
    """
    with uow:
        session = uow.session
        warning = _get_warning(session, warning_id)
        if warning.closed_on is not None:
            raise CercleError(MSG_WARNING_CLOSED, date=format_date(warning.closed_on))
        clean = validate_decision(data, warning.date, today=today)
        if exclude_member and clean.step is not WarningStep.EXCLUSION:
            raise ValidationError("step", MSG_EXCLUSION_ONLY)
        warning.decisions.append(WarningDecision(step=clean.step.value, decided_on=clean.decided_on,
                                                 decided_by=clean.decided_by, notes=clean.notes))
        session.flush()
        if exclude_member:
            change_status(JoinedUnitOfWork(session), warning.member_id, MemberStatus.EXCLUDED,
                          clean.decided_on, exclusion_reason)
        uow.commit()
        return _warning_rows(session, warning_id=warning_id)[0]


def delete_decision(uow: UnitOfWork, decision_id: int) -> WarningRow:
    """Delete a decision recorded by mistake (a change of status it made stays: undo it in the record)."""
    with uow:
        session = uow.session
        decision = session.get(WarningDecision, decision_id)
        if decision is None:
            raise NotFoundError(MSG_DECISION_GONE)
        warning_id = decision.warning_id
        warning = _get_warning(session, warning_id)
        warning.decisions.remove(decision)
        uow.commit()
        return _warning_rows(session, warning_id=warning_id)[0]


# ------------------------------------------------------------------------------ one member


def member_charter(uow: UnitOfWork, member_id: int) -> MemberCharter:
    """A member's signatures (the current version's first) and warnings, for their record."""
    with uow:
        session = uow.session
        _member(session, member_id)
        current = _current(session)
        signatures = session.execute(
            select(CharterVersion.id, CharterVersion.version, CharterSignature.signed_on)
            .join(CharterVersion, CharterVersion.id == CharterSignature.charter_version_id)
            .where(CharterSignature.member_id == member_id)
            .order_by(CharterVersion.adopted_on.desc(), CharterVersion.id.desc())).all()
        signed_on = next((day for vid, _label, day in signatures if current is not None and vid == current.id), None)
        return MemberCharter(
            current=_version_row(session, current) if current is not None else None,
            signed_on=signed_on,
            signatures=tuple((label, day) for _vid, label, day in signatures),
            warnings=tuple(_warning_rows(session, member_id=member_id)),
        )

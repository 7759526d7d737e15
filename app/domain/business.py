"""Rules and arithmetic of the business the club passes: referrals, closed business, contacts.

Pure functions and enums, no I/O. Services check input with them before touching the
database, and the network and club views shape their SQL aggregates with them, so the
same rule gives the same figure in the GUI, the CLI and the reports.

Referral statuses move forward: transmise -> contactée -> rendez-vous -> proposition ->
gagnée / perdue / sans suite. Steps may be skipped (the secretary often hears of a referral
only once it is won); going back, or changing an outcome once reached, needs confirmation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from operator import attrgetter
from typing import Any, Protocol

from app.domain.errors import ValidationError
from app.domain.membership import Period, is_active_on
from app.formatting import format_date, format_number
from app.i18n import QT_TRANSLATE_NOOP, translate

# ------------------------------------------------------------------------- vocabulary


class ReferralStatus(StrEnum):
    PASSED = "passed"
    CONTACTED = "contacted"
    MEETING = "meeting"
    PROPOSAL = "proposal"
    WON = "won"
    LOST = "lost"
    DROPPED = "dropped"


class Temperature(StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"


class PresentationKind(StrEnum):
    PITCH = "pitch"
    FULL = "full"


class ContactKind(StrEnum):
    PROSPECT = "prospect"
    VISITOR = "visitor"
    BENEFICIARY = "beneficiary"
    PRINCIPAL = "principal"  # donneur d'ordre
    # A contact's recruitment follow-up is app.domain.guests.FollowUp (shared with guests).


class ContactRelation(StrEnum):
    """How a member is linked to a contact in the directory."""

    REFERRED = "referred"  # passed a referral to or about them
    RECEIVED = "received"  # received a referral about them
    INVITED = "invited"  # brought them to a meeting as a guest


class Scope(StrEnum):
    """Whether a referral went to a member (internal) or to a non-member (external)."""

    INTERNAL = "internal"
    EXTERNAL = "external"


# The rank of each status: a move to a lower rank is going backwards. The three
# outcomes share the last rank, so switching between them is caught separately.
STATUS_ORDER: dict[ReferralStatus, int] = {
    ReferralStatus.PASSED: 0,
    ReferralStatus.CONTACTED: 1,
    ReferralStatus.MEETING: 2,
    ReferralStatus.PROPOSAL: 3,
    ReferralStatus.WON: 4,
    ReferralStatus.LOST: 4,
    ReferralStatus.DROPPED: 4,
}
FINAL_STATUSES = frozenset({ReferralStatus.WON, ReferralStatus.LOST, ReferralStatus.DROPPED})
OPEN_STATUSES = tuple(s for s in ReferralStatus if s not in FINAL_STATUSES)

LABELS: dict[StrEnum, str] = {
    ReferralStatus.PASSED: QT_TRANSLATE_NOOP("Business", "Passed"),
    ReferralStatus.CONTACTED: QT_TRANSLATE_NOOP("Business", "Contacted"),
    ReferralStatus.MEETING: QT_TRANSLATE_NOOP("Business", "Meeting set"),
    ReferralStatus.PROPOSAL: QT_TRANSLATE_NOOP("Business", "Proposal"),
    ReferralStatus.WON: QT_TRANSLATE_NOOP("Business", "Won"),
    ReferralStatus.LOST: QT_TRANSLATE_NOOP("Business", "Lost"),
    ReferralStatus.DROPPED: QT_TRANSLATE_NOOP("Business", "No follow-up"),
    Temperature.HOT: QT_TRANSLATE_NOOP("Business", "Hot"),
    Temperature.WARM: QT_TRANSLATE_NOOP("Business", "Warm"),
    Temperature.COLD: QT_TRANSLATE_NOOP("Business", "Cold"),
    PresentationKind.PITCH: QT_TRANSLATE_NOOP("Business", "Pitch"),
    PresentationKind.FULL: QT_TRANSLATE_NOOP("Business", "Full presentation"),
    ContactKind.PROSPECT: QT_TRANSLATE_NOOP("Business", "Prospect"),
    ContactKind.VISITOR: QT_TRANSLATE_NOOP("Business", "Visitor"),
    ContactKind.BENEFICIARY: QT_TRANSLATE_NOOP("Business", "Beneficiary"),
    ContactKind.PRINCIPAL: QT_TRANSLATE_NOOP("Business", "Principal company"),
    ContactRelation.REFERRED: QT_TRANSLATE_NOOP("Business", "Referred them"),
    ContactRelation.RECEIVED: QT_TRANSLATE_NOOP("Business", "Received a referral about them"),
    ContactRelation.INVITED: QT_TRANSLATE_NOOP("Business", "Invited them"),
    Scope.INTERNAL: QT_TRANSLATE_NOOP("Business", "Internal"),
    Scope.EXTERNAL: QT_TRANSLATE_NOOP("Business", "External"),
}

# What the export writes in the receiver column of a referral to a non-member.
EXTERNAL_RECEIVER = "externe"


def label(value: StrEnum) -> str:
    """English source label of a business enum value, to be translated in context ``Business``."""
    return LABELS[value]


# ----------------------------------------------------------------------------- rules

MSG_FUTURE = QT_TRANSLATE_NOOP("Validation", "This date is in the future.")
MSG_SELF_REFERRAL = QT_TRANSLATE_NOOP("Validation", "A member cannot pass a referral to themselves.")
MSG_SAME_MEMBER = QT_TRANSLATE_NOOP("Validation", "Choose two different members.")
MSG_NOT_ACTIVE = QT_TRANSLATE_NOOP("Validation", "Member {number} was not active on {date}.")
MSG_RECEIVER_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Choose the member or the non-member who receives the referral."
)
MSG_RECEIVER_BOTH = QT_TRANSLATE_NOOP("Validation", "A referral goes either to a member or to a non-member, not both.")
MSG_BACKWARDS = QT_TRANSLATE_NOOP(
    "Validation",
    "The status goes back from \u201c{old}\u201d to \u201c{new}\u201d: confirm to record it.",
)
MSG_AMOUNT_POSITIVE = QT_TRANSLATE_NOOP("Validation", "The amount must be greater than zero.")
MSG_AMOUNT_DECIMALS = QT_TRANSLATE_NOOP("Validation", "Enter an amount with at most 2 decimals, e.g. 1 234,50.")
MSG_AMOUNT_LARGE = QT_TRANSLATE_NOOP(
    "Validation", "An amount over {limit} MAD is unusual: check it, then confirm to record it."
)
MSG_AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "The amount cannot exceed {limit} MAD.")
MSG_STEP_BEFORE_REFERRAL = QT_TRANSLATE_NOOP("Validation", "A step cannot be dated before the referral itself.")

# Above this an amount is probably a typing slip (extra zeros): ask before saving.
LARGE_AMOUNT = Decimal("100000000")
# The column is NUMERIC(14, 2): nothing above this can be stored at all.
MAX_AMOUNT = Decimal("999999999999.99")
CENT = Decimal("0.01")


def check_not_future(day: date, today: date, field: str = "date") -> date:
    """Refuse a date after ``today``: business is recorded once it happened."""
    if day > today:
        raise ValidationError(field, MSG_FUTURE)
    return day


def check_active(periods: Sequence[Period], day: date, number: int, field: str) -> None:
    """Refuse business by or for a member who was not active that day (not yet joined, suspended, gone)."""
    if not is_active_on(periods, day):
        raise ValidationError(field, MSG_NOT_ACTIVE, number=number, date=format_date(day))


def check_receiver(giver_id: int, receiver_member_id: int | None, receiver_contact_id: int | None) -> None:
    """A referral goes to exactly one receiver, who is not the giver."""
    if receiver_member_id is None and receiver_contact_id is None:
        raise ValidationError("receiver", MSG_RECEIVER_REQUIRED)
    if receiver_member_id is not None and receiver_contact_id is not None:
        raise ValidationError("receiver", MSG_RECEIVER_BOTH)
    if receiver_member_id == giver_id:
        raise ValidationError("receiver", MSG_SELF_REFERRAL)


def is_backwards(old: ReferralStatus, new: ReferralStatus) -> bool:
    """True when moving ``old`` -> ``new`` undoes progress: a lower rank, or a changed outcome."""
    if old == new:
        return False
    if old in FINAL_STATUSES:
        return True  # reopening, or won -> lost: the board's figures change
    return STATUS_ORDER[new] < STATUS_ORDER[old]


def check_transition(old: ReferralStatus, new: ReferralStatus, *, confirm_backwards: bool = False) -> None:
    """Refuse a backwards move unless the user confirmed it."""
    if is_backwards(old, new) and not confirm_backwards:
        raise ValidationError(
            "status", MSG_BACKWARDS, old=_translated(label(old)), new=_translated(label(new))
        )


def _translated(text: str) -> str:
    # The labels go into the message already translated: they are shown as they are.
    return translate("Business", text)


def check_amount(amount: Any, *, confirm_large: bool = False, field: str = "amount") -> Decimal:
    """Return a closed-business amount as a Decimal with two places, or raise.

    Raises:
        TypeError: ``amount`` is a float (amounts are never floats: totals must add up).
        ValidationError: not above zero, more than two decimals, beyond what can be stored,
            or over 100 million MAD without ``confirm_large``.
    """
    if isinstance(amount, float):
        raise TypeError("amounts must be Decimal, not float")
    try:
        value = Decimal(amount)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(field, MSG_AMOUNT_POSITIVE) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(field, MSG_AMOUNT_POSITIVE)
    if value != value.quantize(CENT):
        raise ValidationError(field, MSG_AMOUNT_DECIMALS)
    if value > MAX_AMOUNT:
        raise ValidationError(field, MSG_AMOUNT_TOO_LARGE, limit=_plain_limit(MAX_AMOUNT))
    if value > LARGE_AMOUNT and not confirm_large:
        raise ValidationError(field, MSG_AMOUNT_LARGE, limit=_plain_limit(LARGE_AMOUNT))
    return value.quantize(CENT)


def _plain_limit(limit: Decimal) -> str:
    return format_number(limit)


# ------------------------------------------------------------------------ the journal


class JournalRowLike(Protocol):
    """What :class:`JournalFilter` reads from a journal row (the service's dataclass)."""

    # Read-only properties, so that frozen dataclasses with narrower types (an enum for the
    # status) satisfy the protocol.
    @property
    def date(self) -> date: ...
    @property
    def giver_id(self) -> int: ...
    @property
    def giver_chapter_id(self) -> int | None: ...
    @property
    def receiver_member_id(self) -> int | None: ...
    @property
    def receiver_contact_id(self) -> int | None: ...
    @property
    def status(self) -> str: ...
    @property
    def closed_amount(self) -> Decimal: ...


@dataclass(frozen=True)
class JournalFilter:
    """The criteria of the referral journal; ``None`` means "any".

    The service turns it into SQL; the journal page applies :meth:`accepts` to rows already
    loaded, so that changing a filter does not wait for the database. Both must agree (a test
    checks it).
    """

    start: date | None = None
    end: date | None = None  # included
    chapter_id: int | None = None  # the giver's chapter
    giver_id: int | None = None
    receiver_member_id: int | None = None
    receiver_contact_id: int | None = None
    scope: Scope | None = None
    status: ReferralStatus | None = None

    def accepts(self, row: JournalRowLike) -> bool:
        return self.predicate()(row)

    def predicate(self) -> Callable[[JournalRowLike], bool]:
        """A test of one row that checks only the criteria set.

        The journal page filters 50,000 rows per change: one small closure per criterion
        costs about a third of testing every field on every row.
        """
        checks: list[Callable[[JournalRowLike], bool]] = []
        start, end, chapter, giver = self.start, self.end, self.chapter_id, self.giver_id
        receiver, contact, status = self.receiver_member_id, self.receiver_contact_id, self.status
        if start is not None:
            checks.append(lambda row: row.date >= start)
        if end is not None:
            checks.append(lambda row: row.date <= end)
        if chapter is not None:
            checks.append(lambda row: row.giver_chapter_id == chapter)
        if giver is not None:
            checks.append(lambda row: row.giver_id == giver)
        if receiver is not None:
            checks.append(lambda row: row.receiver_member_id == receiver)
        if contact is not None:
            checks.append(lambda row: row.receiver_contact_id == contact)
        # Scope() also accepts the plain string a QComboBox hands back for an enum value.
        scope = None if self.scope is None else Scope(self.scope)
        if scope is Scope.INTERNAL:
            checks.append(lambda row: row.receiver_member_id is not None)
        elif scope is Scope.EXTERNAL:
            checks.append(lambda row: row.receiver_member_id is None)
        if status is not None:
            checks.append(lambda row: row.status == status)
        if not checks:
            return lambda row: True
        if len(checks) == 1:
            return checks[0]
        return lambda row: all(check(row) for check in checks)


@dataclass(frozen=True)
class JournalTotals:
    count: int
    closed_amount: Decimal
    external: int

    @property
    def external_share(self) -> float | None:
        """Share of external referrals; None when there is no referral (0 % would mislead)."""
        return self.external / self.count if self.count else None


def journal_totals(rows: Iterable[JournalRowLike]) -> JournalTotals:
    rows = rows if isinstance(rows, list) else list(rows)
    # map/filter/count run in C: the journal recomputes this over up to 50,000 rows per
    # filter change, and most referrals have no closed business to add.
    amount = sum(filter(None, map(attrgetter("closed_amount"), rows)), Decimal("0.00"))
    external = list(map(attrgetter("receiver_member_id"), rows)).count(None)
    return JournalTotals(len(rows), amount, external)


# ------------------------------------------------------------- the closed-business list


class ClosedBusinessLike(Protocol):
    """What :class:`ClosedBusinessFilter` reads from a closed-business row."""

    @property
    def giver_id(self) -> int | None: ...
    @property
    def receiver_id(self) -> int: ...
    @property
    def receiver_chapter_id(self) -> int: ...
    @property
    def amount(self) -> Decimal: ...


@dataclass(frozen=True)
class ClosedBusinessFilter:
    """The criteria of the closed-business list beyond its period; ``None`` means "any".

    The chapter is the one of the member who closed the business (the receiver of the
    referral): every closed business has one, whereas the member thanked may be unknown.
    """

    chapter_id: int | None = None
    giver_id: int | None = None
    receiver_id: int | None = None

    def predicate(self) -> Callable[[ClosedBusinessLike], bool]:
        chapter, giver, receiver = self.chapter_id, self.giver_id, self.receiver_id
        return lambda row: ((chapter is None or row.receiver_chapter_id == chapter)
                            and (giver is None or row.giver_id == giver)
                            and (receiver is None or row.receiver_id == receiver))


def closed_total(rows: Iterable[ClosedBusinessLike]) -> Decimal:
    return sum((row.amount for row in rows), Decimal("0.00"))


# --------------------------------------------------------------- network and club views


@dataclass(frozen=True)
class Matrix:
    """Who gives to whom: counts of referrals between the members of a chapter.

    ``members`` orders both rows (givers) and columns (receivers).
    """

    members: tuple[int, ...]
    counts: Mapping[tuple[int, int], int]
    max_count: int

    def count(self, giver_id: int, receiver_id: int) -> int:
        return self.counts.get((giver_id, receiver_id), 0)

    def shade(self, giver_id: int, receiver_id: int) -> float:
        """0 (nothing) to 1 (the busiest pair), for colouring the cell."""
        return self.count(giver_id, receiver_id) / self.max_count if self.max_count else 0.0

    def given(self, giver_id: int) -> int:
        return sum(self.count(giver_id, r) for r in self.members)

    def received(self, receiver_id: int) -> int:
        return sum(self.count(g, receiver_id) for g in self.members)


def giver_receiver_matrix(
    members: Sequence[int], pairs: Iterable[tuple[int, int, int]]
) -> Matrix:
    """Build the matrix from ``(giver_id, receiver_id, count)`` aggregates.

    Pairs involving someone outside ``members`` (another chapter) are left out of the grid.
    """
    inside = set(members)
    counts: dict[tuple[int, int], int] = {}
    for giver, receiver, count in pairs:
        if giver in inside and receiver in inside and count:
            counts[(giver, receiver)] = counts.get((giver, receiver), 0) + count
    return Matrix(tuple(members), counts, max(counts.values(), default=0))


def members_without(members: Iterable[int], with_activity: Iterable[int]) -> list[int]:
    """The members, in their given order, who do not appear in ``with_activity``.

    Used for "gives nothing" (activity = givers) and "receives nothing" (= receivers).
    """
    active = set(with_activity)
    return [member for member in members if member not in active]


def month_start(day: date) -> date:
    return day.replace(day=1)


def months_between(start: date, end: date) -> list[date]:
    """First day of every month from ``start``'s to ``end``'s, both included."""
    months: list[date] = []
    current = month_start(start)
    while current <= end:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def sum_by_month(
    amounts: Iterable[tuple[date, Decimal]], start: date, end: date
) -> list[tuple[date, int, Decimal]]:
    """Closed business per month over ``[start, end]``: ``(month, count, amount)``, empty months kept.

    Keeping empty months matters for a chart: a gap must show as zero, not disappear.
    """
    counts: Counter[date] = Counter()
    totals: dict[date, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for day, amount in amounts:
        key = month_start(day)
        counts[key] += 1
        totals[key] += amount
    return [(month, counts[month], totals.get(month, Decimal("0.00"))) for month in months_between(start, end)]


def top(items: Iterable[tuple[int, int]], limit: int = 10) -> list[tuple[int, int]]:
    """The ``limit`` largest ``(id, value)`` pairs, ties broken by id so the order is stable."""
    return sorted((item for item in items if item[1] > 0), key=lambda item: (-item[1], item[0]))[:limit]


def share(part: int | Decimal, whole: int | Decimal) -> float | None:
    """``part / whole``; None when the whole is zero (undefined, shown as a dash)."""
    return float(part) / float(whole) if whole else None


def contact_name(first_name: str | None, last_name: str | None, company: str | None) -> str:
    """How a non-member is shown: "Person (Company)", or whichever of the two is known."""
    person = " ".join(part for part in (first_name, last_name) if part)
    if person and company:
        return f"{person} ({company})"
    return person or company or ""


def member_name(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}"


def listing_name(first_name: str, last_name: str) -> str:
    """The name as lists print it, sorted by it: "BENNANI Salma"."""
    return f"{last_name.upper()} {first_name}"

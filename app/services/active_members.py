"""Whether members were active on a date, read from their join date and status history.

Shared by every service that records business between members (referrals, closed business,
one-to-ones, presentations) and by the demo generator, so "active" means one thing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member, MemberStatusChange
from app.domain.business import check_active
from app.domain.errors import ValidationError
from app.domain.membership import Period, StatusChange, active_periods, is_active_on
from app.i18n import QT_TRANSLATE_NOOP

MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Validation", "Choose a member of the club.")


@dataclass(frozen=True)
class MemberPeriods:
    id: int
    number: int
    chapter_id: int
    periods: tuple[Period, ...]

    def active_on(self, day: date) -> bool:
        return is_active_on(self.periods, day)


def load_periods(session: Session, member_ids: Iterable[int] | None = None) -> dict[int, MemberPeriods]:
    """Active periods of the given members (all members when ``member_ids`` is None), two queries."""
    members = select(Member.id, Member.number, Member.chapter_id, Member.join_date)
    changes = select(MemberStatusChange.member_id, MemberStatusChange.status,
                     MemberStatusChange.effective_date).order_by(MemberStatusChange.effective_date,
                                                                 MemberStatusChange.id)
    if member_ids is not None:
        ids = list(set(member_ids))
        members = members.where(Member.id.in_(ids))
        changes = changes.where(MemberStatusChange.member_id.in_(ids))
    history: dict[int, list[StatusChange]] = defaultdict(list)
    for member_id, status, effective in session.execute(changes):
        history[member_id].append(StatusChange(status, effective))
    return {
        member_id: MemberPeriods(member_id, number, chapter_id,
                                 tuple(active_periods(join_date, history.get(member_id, ()))))
        for member_id, number, chapter_id, join_date in session.execute(members)
    }


def require_active(session: Session, member_id: int | None, day: date, field: str) -> MemberPeriods:
    """Return the member's periods, or raise if they do not exist or were not active on ``day``."""
    if member_id is None:
        raise ValidationError(field, MSG_UNKNOWN_MEMBER)
    found = load_periods(session, [member_id]).get(member_id)
    if found is None:
        raise ValidationError(field, MSG_UNKNOWN_MEMBER)
    check_active(found.periods, day, found.number, field)
    return found

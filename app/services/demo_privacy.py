"""The demo club's personal-data side: dated consents and the first line of each audit trail."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member, MemberAudit

SEED = 909  # its own sequence: the rest of the demo club does not move when this changes
DEMO_ACTOR = "secretariat"


def add_privacy(session: Session, today: date) -> None:
    """Consents given on the day of joining (a few not asked yet, a few given later), and a
    "create" line in every member's audit trail. A member who agreed to the directory (a few
    did not) gave that consent with the processing one, and only with it."""
    rng = random.Random(SEED)
    for member in session.scalars(select(Member).order_by(Member.number)):
        roll = rng.random()
        if roll < 0.04:  # joined before the forms asked for it, not chased yet
            processing = None
        elif roll < 0.12:
            processing = min(member.join_date + timedelta(days=rng.randrange(30, 400)), today)
        else:
            processing = member.join_date
        member.consent_processing_on = processing
        member.consent_directory_on = processing if member.consent_directory_on and processing else None
        created = datetime.combine(member.join_date, time(9, 0)) + timedelta(minutes=rng.randrange(0, 480))
        session.add(MemberAudit(member_id=member.id, at=created, actor=DEMO_ACTOR, action="create",
                                details=json.dumps({"fields": []})))

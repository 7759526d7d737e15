"""The club's attendance rules as stored in its settings, read inside an open unit of work.

Below both the meeting and the attendance services, which count marks by these rules.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Setting
from app.domain.attendance import SETTINGS_DEFAULTS, AttendanceRules


def load_rules(session: Session) -> AttendanceRules:
    """The club's attendance settings, inside an open unit of work."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(SETTINGS_DEFAULTS)))
    stored = {}
    for key, value in rows:
        try:
            stored[key] = json.loads(value)
        except ValueError:
            continue  # a damaged value falls back to its default
    return AttendanceRules.from_settings(stored)

"""The club's attendance rules as stored in its settings, read inside an open unit of work.

Below both the meeting and the attendance services, which count marks by these rules.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.attendance import SETTINGS_DEFAULTS, AttendanceRules
from app.services.settings import stored_settings


def load_rules(session: Session) -> AttendanceRules:
    """The club's attendance settings, inside an open unit of work."""
    return AttendanceRules.from_settings(stored_settings(session, SETTINGS_DEFAULTS))

"""Reading the club's identity (:class:`app.domain.club.ClubIdentity`) from its settings."""

from __future__ import annotations

from app.db.uow import UnitOfWork
from app.domain.club import CLUB_DEFAULTS, ClubIdentity
from app.services.settings import get_settings


def club_identity(uow: UnitOfWork) -> ClubIdentity:
    return ClubIdentity.from_settings(get_settings(uow, CLUB_DEFAULTS))

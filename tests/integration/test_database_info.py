"""The first run's question, "is anything recorded yet?", on every engine."""

from __future__ import annotations

from datetime import date

from app.services.database_info import database_info, is_empty
from app.services.meetings import MeetingDraft, create_meeting


def test_a_new_database_is_empty_until_a_meeting_is_planned(db) -> None:
    assert is_empty(db.unit_of_work())
    assert database_info(db.unit_of_work()).is_empty
    create_meeting(db.unit_of_work(), MeetingDraft(date=date(2026, 12, 10)), today=date(2026, 12, 7))
    assert not is_empty(db.unit_of_work())
    assert not database_info(db.unit_of_work()).is_empty


def test_the_demo_club_is_not_empty(demo_db) -> None:
    assert not is_empty(demo_db.unit_of_work())

"""No lost update, on both engines: two sessions, two processes, and the antenna limit."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, time

import pytest

from app.db.store import open_database
from app.domain.attendance import AttendanceStatus, MeetingKind
from app.domain.business import ReferralStatus, Temperature
from app.services import attendance, meetings, referrals
from app.services import members as members_service
from app.services.antenna import OutsideChapterError, may_edit
from app.services.attendance import MarkChange
from app.services.conflicts import ConflictError, FieldChange
from app.services.referrals import ReferralInput
from tests.integration.meetings_club import TODAY, Club, make_club


@pytest.fixture
def club(db_target) -> Club:
    club = make_club(db_target)
    yield club
    club.db.close()


@pytest.fixture
def second(club: Club, db_target: str):
    """A second connection to the same database: another secretary's computer."""
    other = open_database(db_target)
    yield other
    other.close()


def test_saving_a_member_changed_elsewhere_shows_what_changed_then_overwrites_knowingly(club, second) -> None:
    mine = members_service.get_member(club.uow(), club.bruno)
    theirs = members_service.get_member(second.unit_of_work(), club.bruno)
    assert mine.version == theirs.version

    saved = members_service.update_member(second.unit_of_work(), club.bruno,
                                          replace(theirs.data, city="Rabat", company="Bennani Frères"),
                                          expected_version=theirs.version, today=TODAY)
    assert saved.version == theirs.version + 1

    with pytest.raises(ConflictError) as caught:
        members_service.update_member(club.uow(), club.bruno, replace(mine.data, city="Tanger"),
                                      expected_version=mine.version, today=TODAY)
    error = caught.value
    assert error.current_version == saved.version
    assert set(error.changes) == {FieldChange("city", "Rabat", "Tanger"),
                                  FieldChange("company", "Bennani Frères", "Bennani SARL")}
    assert error.text("en") == "The member 1002 – Bruno Bennani was changed by someone else since you opened it."
    # Nothing of mine was saved.
    assert members_service.get_member(club.uow(), club.bruno).data.city == "Rabat"

    overwritten = members_service.update_member(club.uow(), club.bruno, replace(mine.data, city="Tanger"),
                                                expected_version=error.current_version, today=TODAY)
    assert overwritten.data.city == "Tanger"
    assert overwritten.data.company == "Bennani SARL"
    assert overwritten.version == saved.version + 1


def test_a_conflict_names_the_chapter_not_its_number(club, second) -> None:
    mine = members_service.get_member(club.uow(), club.bruno)
    members_service.update_member(second.unit_of_work(), club.bruno, replace(mine.data, chapter_id=club.rabat),
                                  expected_version=mine.version, today=TODAY)
    with pytest.raises(ConflictError) as caught:
        members_service.update_member(club.uow(), club.bruno, mine.data, expected_version=mine.version, today=TODAY)
    assert caught.value.changes == (FieldChange("chapter_id", "Rabat", "Casablanca"),)


def test_saving_without_a_form_version_never_conflicts(club, second) -> None:
    """Scripts and imports load and save in one action: no version to compare."""
    data = members_service.get_member(club.uow(), club.alice).data
    members_service.update_member(second.unit_of_work(), club.alice, replace(data, city="Fès"), today=TODAY)
    saved = members_service.update_member(club.uow(), club.alice, replace(data, city="Oujda"), today=TODAY)
    assert saved.data.city == "Oujda"


def test_a_member_deleted_elsewhere_is_reported(club, second) -> None:
    driss = members_service.get_member(club.uow(), club.driss)
    members_service.delete_member(second.unit_of_work(), club.driss)
    with pytest.raises(members_service.NotFoundError):
        members_service.update_member(club.uow(), club.driss, driss.data, expected_version=driss.version,
                                      today=TODAY)


def test_meeting_changed_elsewhere_is_a_conflict(club, second) -> None:
    meeting_id = club.meeting(date(2026, 11, 17))
    mine = meetings.get_meeting(club.uow(), meeting_id)
    draft = meetings.MeetingDraft(date=mine.date, kind=mine.kind, chapter_id=mine.chapter_id,
                                  start_time=mine.start_time, place="Hôtel Hyatt")
    meetings.update_meeting(second.unit_of_work(), meeting_id, replace(draft, place="Sofitel", start_time=time(8)),
                            expected_version=mine.version, today=TODAY)
    with pytest.raises(ConflictError) as caught:
        meetings.update_meeting(club.uow(), meeting_id, draft, expected_version=mine.version, today=TODAY)
    assert set(caught.value.changes) == {FieldChange("start_time", "08:00:00", "07:30:00"),
                                         FieldChange("place", "Sofitel", "Hôtel Hyatt")}
    row = meetings.update_meeting(club.uow(), meeting_id, draft, expected_version=caught.value.current_version,
                                  today=TODAY)
    assert row.place == "Hôtel Hyatt"


def test_referral_changed_elsewhere_is_a_conflict(club, second) -> None:
    data = ReferralInput(day=date(2026, 11, 10), giver_id=club.alice, receiver_member_id=club.bruno,
                         need="Un expert-comptable")
    created = referrals.record_referral(club.uow(), data, today=TODAY)
    referrals.update_referral(second.unit_of_work(), created.id,
                              replace(data, temperature=Temperature.HOT, status=ReferralStatus.CONTACTED),
                              expected_version=created.version, today=TODAY)
    with pytest.raises(ConflictError) as caught:
        referrals.update_referral(club.uow(), created.id, replace(data, need="Un avocat"),
                                  expected_version=created.version, today=TODAY)
    changes = {change.field: change for change in caught.value.changes}
    assert changes["need"] == FieldChange("need", "Un expert-comptable", "Un avocat")
    assert changes["temperature"].theirs == "Chaude"
    assert changes["status"].theirs == "Contact pris"


def test_two_saves_at_the_same_moment_one_is_told(club, db_target) -> None:
    """The version in the UPDATE itself catches a save between another one's read and write."""
    if club.db.path is not None:
        pytest.skip("SQLite serialises the two writers with its file lock (see the two-process test)")
    from app.db.models import Member
    from app.services.conflicts import saving

    other = open_database(db_target)
    try:
        with club.uow() as uow:
            member = uow.session.get(Member, club.bruno)  # read: version 1
            with other.unit_of_work() as theirs:
                theirs.session.get(Member, club.bruno).city = "Oujda"
                theirs.commit()
            member.city = "Agadir"
            with pytest.raises(ConflictError) as caught, saving(uow.session, Member, club.bruno, "Bruno",
                                                                {"city": "Agadir"}):
                uow.commit()
        assert caught.value.changes == (FieldChange("city", "Oujda", "Agadir"),)
    finally:
        other.close()


def test_two_processes_on_one_sqlite_file_do_not_lose_an_update(tmp_path) -> None:
    club = make_club(str(tmp_path / "club.db"))
    try:
        mine = members_service.get_member(club.uow(), club.bruno)
        script = textwrap.dedent(f"""
            from dataclasses import replace
            from app.db.store import open_database
            from app.services import members
            db = open_database({str(club.db.path)!r})
            loaded = members.get_member(db.unit_of_work(), {club.bruno})
            members.update_member(db.unit_of_work(), {club.bruno}, replace(loaded.data, city="Marrakech"),
                                  expected_version=loaded.version)
            db.close()
        """)
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
        with pytest.raises(ConflictError) as caught:
            members_service.update_member(club.uow(), club.bruno, replace(mine.data, city="Tanger"),
                                          expected_version=mine.version, today=TODAY)
        assert caught.value.changes == (FieldChange("city", "Marrakech", "Tanger"),)
    finally:
        club.db.close()


# ----------------------------------------------------------------------------- antenna limit


def test_limited_secretary_edits_only_her_antenna_meetings_and_attendance(club) -> None:
    casa_meeting = club.meeting(date(2026, 11, 17))
    rabat_meeting = club.meeting(date(2026, 11, 18), chapter_id=club.rabat)
    club_wide = club.meeting(date(2026, 11, 19), chapter_id=None, kind=MeetingKind.MONTHLY)
    limit = club.rabat
    club.db.chapter_limit = limit  # the connection's setting: every unit of work carries it

    # She sees every member and every meeting...
    assert len(members_service.list_members(club.uow())) == 6
    assert len(meetings.list_meetings(club.uow())) == 3
    # ...and edits those of Rabat.
    row = attendance.record_attendance(club.uow(), rabat_meeting, [MarkChange(club.chama, AttendanceStatus.PRESENT)],
                                       today=TODAY)
    assert row[0].status is AttendanceStatus.PRESENT
    planned = meetings.create_meeting(club.uow(), meetings.MeetingDraft(date=date(2026, 12, 1), chapter_id=limit),
                                      today=TODAY)

    with pytest.raises(OutsideChapterError) as caught:
        attendance.record_attendance(club.uow(), casa_meeting, [MarkChange(club.alice, AttendanceStatus.ABSENT)],
                                     today=TODAY)
    assert caught.value.text("en") == (
        "This meeting belongs to the chapter Casablanca: this connection may change only what belongs to Rabat.")
    with pytest.raises(OutsideChapterError):
        attendance.check_in(club.uow(), club_wide, "1003")
    with pytest.raises(OutsideChapterError):
        attendance.mark_unmarked(club.uow(), casa_meeting, today=TODAY)
    casa = meetings.get_meeting(club.uow(), casa_meeting)
    draft = meetings.MeetingDraft(date=casa.date, chapter_id=casa.chapter_id, place="Ailleurs")
    with pytest.raises(OutsideChapterError):
        meetings.update_meeting(club.uow(), casa_meeting, draft, today=TODAY)
    with pytest.raises(OutsideChapterError):  # nor move her own meeting to another antenna
        meetings.update_meeting(club.uow(), planned.id, replace(draft, date=date(2026, 12, 1)), today=TODAY)
    with pytest.raises(OutsideChapterError):
        meetings.cancel_meeting(club.uow(), casa_meeting)
    with pytest.raises(OutsideChapterError):
        meetings.delete_meeting(club.uow(), club_wide)
    with pytest.raises(OutsideChapterError):
        meetings.create_meeting(club.uow(), meetings.MeetingDraft(date=date(2026, 12, 2), chapter_id=None),
                                today=TODAY)
    # Nothing was recorded at the refused meeting.
    assert meetings.get_meeting(club.uow(), casa_meeting).absent == 0
    assert may_edit(limit, club.rabat) and not may_edit(limit, None) and may_edit(None, club.casa)


def test_contact_changed_elsewhere_is_a_conflict(club, second) -> None:
    from app.domain.business import ContactKind
    from app.services import contacts
    from app.services.contacts import ContactInput

    data = ContactInput(kind=ContactKind.PROSPECT, company="Atlas Ciment", phone="0522 45 67 89")
    created = contacts.create_contact(club.uow(), data)
    contacts.update_contact(second.unit_of_work(), created.id, replace(data, company="Atlas Ciments SA"),
                            expected_version=created.version)
    with pytest.raises(ConflictError) as caught:
        contacts.update_contact(club.uow(), created.id, replace(data, notes="Rappeler lundi"),
                                expected_version=created.version)
    assert set(caught.value.changes) == {FieldChange("company", "Atlas Ciments SA", "Atlas Ciment"),
                                         FieldChange("notes", "", "Rappeler lundi")}
    assert caught.value.text("en").startswith("The contact Atlas Ciments SA was changed")

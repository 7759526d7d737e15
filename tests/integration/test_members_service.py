"""The member registry and its reference lists, against a real temporary SQLite file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.db.store import Database
from app.domain.enums import ClubRole, CompanySize, MemberStatus
from app.domain.errors import CercleError, NotFoundError, ValidationError, ValidationErrors
from app.domain.members import MemberInput
from app.domain.text import fold, matcher
from app.services import members as service
from app.services import reference
from app.services.members import DuplicateMemberError

TODAY = date(2026, 11, 22)


# ``db`` (a new database in a temporary file) comes from tests/conftest.py.


@pytest.fixture
def db_path(db: Database) -> Path | str:
    """The SQLite file (or server address) behind ``db``, read directly to count what was really saved."""
    return db.path or db.url


def raw_rows(db_path: Path | str, sql: str) -> list[tuple]:
    """Rows read on a connection of their own, outside the services."""
    if isinstance(db_path, str):
        from sqlalchemy import create_engine

        engine = create_engine(db_path)
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.exec_driver_sql(sql)]
        finally:
            engine.dispose()
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def casablanca(db: Database) -> int:
    return next(item.id for item in reference.list_items(db.unit_of_work(), "chapter") if item.name == "Casablanca")


@pytest.fixture
def it_sector(db: Database) -> int:
    items = reference.list_items(db.unit_of_work(), "sector")
    return next(item.id for item in items if item.name == "Informatique et numérique")


@pytest.fixture
def karim(casablanca: int, it_sector: int) -> MemberInput:
    return MemberInput(
        first_name="Karim", last_name="Tazi", company="Atlas Software", chapter_id=casablanca,
        join_date=date(2024, 1, 15), position="Gérant", sector_id=it_sector, company_size=CompanySize.PME,
        city="Casablanca", mobile="06 61 23 45 67", email="karim.tazi@atlas.ma",
    )


def count(db_path: Path | str, table: str) -> int:
    return raw_rows(db_path, f"SELECT count(*) FROM {table}")[0][0]


def create(db: Database, data: MemberInput, **kwargs):  # type: ignore[no-untyped-def]
    return service.create_member(db.unit_of_work(), data, today=TODAY, **kwargs)


def someone_else(casablanca: int, **fields) -> MemberInput:  # type: ignore[no-untyped-def]
    base = dict(first_name="Salma", last_name="Berrada", company="Fiduciaire Berrada", chapter_id=casablanca,
                join_date=date(2023, 5, 2))
    base.update(fields)
    return MemberInput(**base)


# ------------------------------------------------------------------------------ create


def test_new_member_gets_the_first_number_and_is_active(db: Database, db_path: Path, karim: MemberInput) -> None:
    details = create(db, karim)
    assert details.number == 1001
    assert details.status is MemberStatus.ACTIVE
    assert details.status_history == ()
    assert details.chapter == "Casablanca"
    assert details.sector == "Informatique et numérique"
    # Stored normalised: the phone in E.164.
    assert details.data.mobile == "+212661234567"

    second = create(db, someone_else(karim.chapter_id))
    assert second.number == 1002
    rows = service.list_members(db.unit_of_work())
    assert [(row.number, row.last_name) for row in rows] == [(1002, "Berrada"), (1001, "Tazi")]
    assert count(db_path, "members") == 2


def test_bad_phone_is_reported_on_the_mobile_field(db: Database, db_path: Path, karim: MemberInput) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create(db, replace(karim, mobile="06 61 23"))
    assert set(caught.value.errors) == {"mobile"}
    assert caught.value.errors["mobile"].text()  # a message to show next to the field
    assert count(db_path, "members") == 0


def test_every_wrong_field_is_reported_at_once(db: Database, db_path: Path, karim: MemberInput) -> None:
    wrong = replace(karim, first_name="  ", mobile="appelez-moi", office_phone="123", email="karim@",
                    ice="12345", arabic_name="Karim", chapter_id=None)
    with pytest.raises(ValidationErrors) as caught:
        create(db, wrong)
    assert set(caught.value.errors) == {
        "first_name", "mobile", "office_phone", "email", "ice", "arabic_name", "chapter_id",
    }
    assert all(isinstance(error, ValidationError) for error in caught.value.errors.values())
    assert count(db_path, "members") == 0


def test_unknown_sponsor_is_refused_and_nothing_saved(db: Database, db_path: Path, karim: MemberInput) -> None:
    with pytest.raises(ValidationError) as caught:
        create(db, replace(karim, sponsor_id=4242))
    assert caught.value.field == "sponsor_id"
    assert count(db_path, "members") == 0


def test_arabic_name_and_markup_are_stored_literally(db: Database, db_path: Path, karim: MemberInput) -> None:
    details = create(db, replace(karim, arabic_name="كريم التازي", company="<b>Atlas & Fils</b>",
                                 notes="Remise < 10 % & paiement à 30 jours"))
    again = service.get_member(db.unit_of_work(), details.id)
    assert again.data.arabic_name == "كريم التازي"
    assert again.data.company == "<b>Atlas & Fils</b>"
    assert again.data.notes == "Remise < 10 % & paiement à 30 jours"
    stored = raw_rows(db_path, "SELECT arabic_name, company FROM members")[0]
    assert stored == ("كريم التازي", "<b>Atlas & Fils</b>")


# -------------------------------------------------------------------------- duplicates


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (dict(email="KARIM.TAZI@ATLAS.MA"), "email"),
        (dict(email="Karim.Tazi@atlas.ma"), "email"),
        (dict(mobile="+212 661 23 45 67"), "mobile"),
        (dict(mobile="0661234567"), "mobile"),
        (dict(mobile="00212661234567"), "mobile"),
        (dict(first_name="KARIM", last_name="tazi", company="ATLAS SOFTWARE"), "name_company"),
    ],
    ids=["email-upper", "email-mixed", "mobile-international", "mobile-national", "mobile-00", "name-case"],
)
def test_duplicate_is_refused_unless_allowed(
    db: Database, db_path: Path, karim: MemberInput, change: dict, reason: str
) -> None:
    original = create(db, karim)
    # Otherwise a different person, so only the tested field can match.
    other = replace(someone_else(karim.chapter_id), **{"email": "", "mobile": "", **change})

    with pytest.raises(DuplicateMemberError) as caught:
        create(db, other)
    assert [(m.number, m.reason) for m in caught.value.matches] == [(original.number, reason)]
    assert "1001" in caught.value.text()
    assert count(db_path, "members") == 1

    forced = create(db, other, allow_duplicate=True)
    assert forced.number == 1002
    assert count(db_path, "members") == 2




@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("Hélène", "Lefèvre", "Éco-Atlas"), ("Hélène", "Lefèvre", "Éco-Atlas")),
        (("Hélène", "Lefèvre", "Éco-Atlas"), ("HÉLÈNE", "LEFÈVRE", "ÉCO-ATLAS")),
        (("Hélène", "Lefèvre", "Éco-Atlas"), ("hélène", "lefèvre", "éco-atlas")),
        (("Hélène", "Lefèvre", "Éco-Atlas"), ("Helene", "Lefevre", "Eco-Atlas")),
        (("HÉLÈNE", "LEFÈVRE", "ÉCO-ATLAS"), ("Hélène", "Lefèvre", "Éco-Atlas")),
    ],
    ids=["same-spelling", "typed-in-capitals", "typed-in-lower-case", "typed-without-accents",
         "stored-in-capitals"],
)
def test_same_name_and_company_ignoring_accents_and_case(
    db: Database, casablanca: int, stored: tuple[str, str, str], typed: tuple[str, str, str]
) -> None:
    first, last, company = stored
    create(db, someone_else(casablanca, first_name=first, last_name=last, company=company))
    first, last, company = typed
    with pytest.raises(DuplicateMemberError) as caught:
        create(db, someone_else(casablanca, first_name=first, last_name=last, company=company))
    assert [m.reason for m in caught.value.matches] == ["name_company"]


def test_same_name_in_another_company_is_not_a_duplicate(db: Database, karim: MemberInput) -> None:
    create(db, karim)
    other = replace(karim, company="Tazi Immobilier", email="k.tazi@immo.ma", mobile="0662000000")
    assert create(db, other).number == 1002


# ------------------------------------------------------------------------------ update


def test_update_keeps_the_number_and_saves_the_changes(db: Database, karim: MemberInput) -> None:
    details = create(db, karim)
    updated = service.update_member(
        db.unit_of_work(), details.id,
        replace(details.data, company="Atlas Cloud", email="karim@atlascloud.ma", club_role=ClubRole.TREASURER),
        today=TODAY,
    )
    assert updated.number == 1001
    fresh = service.get_member(db.unit_of_work(), details.id)
    assert (fresh.data.company, fresh.data.email, fresh.data.club_role) == (
        "Atlas Cloud", "karim@atlascloud.ma", ClubRole.TREASURER)
    # Saving a record unchanged is not a duplicate of itself.
    service.update_member(db.unit_of_work(), details.id, fresh.data, today=TODAY)


def test_update_to_another_members_email_is_a_duplicate(db: Database, karim: MemberInput) -> None:
    create(db, karim)
    salma = create(db, someone_else(karim.chapter_id, email="salma@berrada.ma"))
    with pytest.raises(DuplicateMemberError):
        service.update_member(db.unit_of_work(), salma.id, replace(salma.data, email="karim.tazi@atlas.ma"),
                              today=TODAY)
    assert service.get_member(db.unit_of_work(), salma.id).data.email == "salma@berrada.ma"


def test_update_with_a_wrong_field_changes_nothing(db: Database, karim: MemberInput) -> None:
    details = create(db, karim)
    with pytest.raises(ValidationErrors) as caught:
        service.update_member(db.unit_of_work(), details.id,
                              replace(details.data, company="Atlas Cloud", email="pas une adresse"), today=TODAY)
    assert set(caught.value.errors) == {"email"}
    assert service.get_member(db.unit_of_work(), details.id).data.company == "Atlas Software"


def test_a_member_cannot_sponsor_themselves(db: Database, karim: MemberInput) -> None:
    details = create(db, karim)
    with pytest.raises(ValidationErrors) as caught:
        service.update_member(db.unit_of_work(), details.id, replace(details.data, sponsor_id=details.id),
                              today=TODAY)
    assert set(caught.value.errors) == {"sponsor_id"}


# ------------------------------------------------------------------------------ status


def test_suspend_then_reinstate_keeps_the_history(db: Database, db_path: Path, karim: MemberInput) -> None:
    details = create(db, karim)
    suspended = service.change_status(db.unit_of_work(), details.id, MemberStatus.SUSPENDED,
                                      date(2025, 3, 1), "Cotisation impayée")
    assert suspended.status is MemberStatus.SUSPENDED
    back = service.change_status(db.unit_of_work(), details.id, MemberStatus.ACTIVE, date(2025, 5, 1))
    assert back.status is MemberStatus.ACTIVE
    history = service.get_member(db.unit_of_work(), details.id).status_history
    assert [(h.status, h.effective_date, h.reason) for h in history] == [
        (MemberStatus.SUSPENDED, date(2025, 3, 1), "Cotisation impayée"),
        (MemberStatus.ACTIVE, date(2025, 5, 1), None),
    ]
    assert count(db_path, "member_status_changes") == 2
    row = service.get_member_by_number(db.unit_of_work(), 1001)
    assert row.status is MemberStatus.ACTIVE


@pytest.mark.parametrize(
    ("status", "when", "reason", "field"),
    [
        (MemberStatus.RESIGNED, date(2025, 3, 1), "   ", "reason"),
        (MemberStatus.EXCLUDED, date(2025, 3, 1), "", "reason"),
        (MemberStatus.SUSPENDED, date(2023, 12, 31), "Absences", "effective_date"),
        (MemberStatus.ACTIVE, date(2025, 3, 1), "", "status"),
    ],
    ids=["resigned-without-reason", "excluded-without-reason", "before-join-date", "same-status"],
)
def test_refused_status_change_records_nothing(
    db: Database, db_path: Path, karim: MemberInput, status: MemberStatus, when: date, reason: str, field: str
) -> None:
    details = create(db, karim)
    with pytest.raises(ValidationError) as caught:
        service.change_status(db.unit_of_work(), details.id, status, when, reason)
    assert caught.value.field == field
    assert service.get_member(db.unit_of_work(), details.id).status is MemberStatus.ACTIVE
    assert count(db_path, "member_status_changes") == 0


def test_status_change_before_the_previous_one_is_refused(db: Database, db_path: Path, karim: MemberInput) -> None:
    details = create(db, karim)
    service.change_status(db.unit_of_work(), details.id, MemberStatus.SUSPENDED, date(2025, 3, 1), "Absences")
    with pytest.raises(ValidationError) as caught:
        service.change_status(db.unit_of_work(), details.id, MemberStatus.ACTIVE, date(2025, 2, 1))
    assert caught.value.field == "effective_date"
    assert count(db_path, "member_status_changes") == 1


# ------------------------------------------------------------------------------ delete


def test_a_member_entered_by_mistake_can_be_deleted(db: Database, db_path: Path, karim: MemberInput) -> None:
    details = create(db, karim)
    service.delete_member(db.unit_of_work(), details.id)
    assert count(db_path, "members") == 0
    with pytest.raises(NotFoundError):
        service.get_member(db.unit_of_work(), details.id)


def test_a_member_with_a_status_history_is_never_deleted(db: Database, db_path: Path, karim: MemberInput) -> None:
    details = create(db, karim)
    service.change_status(db.unit_of_work(), details.id, MemberStatus.RESIGNED, date(2025, 6, 30), "Départ")
    with pytest.raises(CercleError) as caught:
        service.delete_member(db.unit_of_work(), details.id)
    assert "Karim Tazi" in caught.value.text()
    assert count(db_path, "members") == 1
    assert count(db_path, "member_status_changes") == 1


def test_a_sponsor_is_never_deleted_but_their_fresh_recruit_can_be(
    db: Database, db_path: Path, karim: MemberInput
) -> None:
    sponsor = create(db, karim)
    recruit = create(db, someone_else(karim.chapter_id, sponsor_id=sponsor.id))
    assert recruit.sponsor_label == "1001 – Karim Tazi"
    with pytest.raises(CercleError):
        service.delete_member(db.unit_of_work(), sponsor.id)
    assert count(db_path, "members") == 2
    service.delete_member(db.unit_of_work(), recruit.id)
    service.delete_member(db.unit_of_work(), sponsor.id)  # nobody refers to them any more
    assert count(db_path, "members") == 0


# ----------------------------------------------------------------------------- search


def test_search_text_finds_phones_as_typed_and_ignores_accents(db: Database, casablanca: int) -> None:
    create(db, someone_else(casablanca, first_name="Imane", last_name="Sqalli", company="École Al Jabr",
                            mobile="+212 661 23 45 67", arabic_name="إيمان السقلي"))
    create(db, someone_else(casablanca, first_name="Omar", last_name="Haddad", company="Transports Haddad",
                            mobile="0700112233", email="omar@haddad.ma"))
    rows = service.list_members(db.unit_of_work())

    def found(query: str) -> list[str]:
        keep = matcher(query)
        return [row.last_name for row in rows if keep(row.search_text)]

    assert found("0661") == ["Sqalli"]
    assert found("06 61 23") == ["Sqalli"]
    assert found("+212 661") == ["Sqalli"]
    assert found("ecole") == ["Sqalli"]
    assert found("ÉCOLE jabr") == ["Sqalli"]
    assert found("ايمان") == ["Sqalli"]  # Arabic without the hamza
    assert found("haddad.ma") == ["Haddad"]
    assert found("1002") == ["Haddad"]  # the member number
    assert found("informatique") == []
    assert sorted(found("")) == ["Haddad", "Sqalli"]


# -------------------------------------------------------------------- reference lists


def test_sector_list_add_rename_retire_delete(db: Database, karim: MemberInput, it_sector: int) -> None:
    uow = db.unit_of_work
    fishing = reference.add_item(uow(), "sector", "  Pêche   maritime ")
    assert fishing.name == "Pêche maritime"
    names = [item.name for item in reference.list_items(uow(), "sector")]
    assert "Pêche maritime" in names
    assert names == sorted(names, key=fold)  # alphabetical, "Énergie" among the E

    for clash in ("PECHE MARITIME", "pêche maritime", "Informatique et numerique"):
        with pytest.raises(ValidationError) as caught:
            reference.add_item(uow(), "sector", clash)
        assert caught.value.field == "name"

    reference.rename_item(uow(), "sector", fishing.id, "Pêche et aquaculture")
    reference.rename_item(uow(), "sector", fishing.id, "PÊCHE ET AQUACULTURE")  # its own name, recased
    with pytest.raises(ValidationError):
        reference.rename_item(uow(), "sector", fishing.id, "informatique et numérique")

    reference.set_retired(uow(), "sector", fishing.id, True)
    offered = [item.name for item in reference.list_items(uow(), "sector", include_retired=False)]
    assert "PÊCHE ET AQUACULTURE" not in offered
    everything = {item.name: item for item in reference.list_items(uow(), "sector")}
    assert everything["PÊCHE ET AQUACULTURE"].retired

    create(db, karim)  # uses the IT sector
    used = {item.id: item for item in reference.list_items(uow(), "sector")}[it_sector]
    assert used.usage == 1
    with pytest.raises(CercleError) as caught:
        reference.delete_item(uow(), "sector", it_sector)
    assert "Informatique et numérique" in caught.value.text("en")
    assert it_sector in {item.id for item in reference.list_items(uow(), "sector")}

    reference.delete_item(uow(), "sector", fishing.id)  # never used
    assert fishing.id not in {item.id for item in reference.list_items(uow(), "sector")}


def test_chapter_list_keeps_casablanca_first_and_protects_used_chapters(
    db: Database, karim: MemberInput, casablanca: int
) -> None:
    uow = db.unit_of_work
    agadir = reference.add_item(uow(), "chapter", "Agadir")
    reference.add_item(uow(), "chapter", "Anfa")
    assert [item.name for item in reference.list_items(uow(), "chapter")] == ["Casablanca", "Agadir", "Anfa"]
    with pytest.raises(ValidationError):
        reference.add_item(uow(), "chapter", "casablanca")

    create(db, karim)
    with pytest.raises(CercleError) as caught:
        reference.delete_item(uow(), "chapter", casablanca)
    assert "Casablanca" in caught.value.text()
    reference.delete_item(uow(), "chapter", agadir.id)
    assert [item.name for item in reference.list_items(uow(), "chapter")] == ["Casablanca", "Anfa"]


def test_a_later_join_date_cannot_revive_a_member_who_left(db: Database, karim: MemberInput) -> None:
    from app.services.active_members import load_periods

    member = service.create_member(db.unit_of_work(), karim, today=TODAY)
    service.change_status(db.unit_of_work(), member.id, MemberStatus.RESIGNED, date(2024, 3, 10), "Départ")
    with pytest.raises(ValidationErrors) as caught:
        service.update_member(db.unit_of_work(), member.id, replace(karim, join_date=date(2024, 6, 1)), today=TODAY)
    assert "join_date" in caught.value.errors
    assert "10/03/2024" in caught.value.errors["join_date"].text()
    with db.unit_of_work() as uow:
        periods = load_periods(uow.session, [member.id])[member.id]
    assert periods.active_on(date(2024, 2, 1)) and not periods.active_on(date(2024, 7, 1))


def test_deleting_a_member_expected_by_hand_is_refused_politely(db: Database, karim: MemberInput,
                                                                 db_path: Path) -> None:
    from app.services import meetings
    from app.services.meetings import MeetingDraft

    member = service.create_member(db.unit_of_work(), karim, today=TODAY)
    rabat = reference.add_item(db.unit_of_work(), "chapter", "Rabat")
    meeting = meetings.create_meeting(db.unit_of_work(), MeetingDraft(date=date(2026, 11, 17), chapter_id=rabat.id),
                                      today=TODAY)
    meetings.add_expected_member(db.unit_of_work(), meeting.id, member.number)
    with pytest.raises(CercleError) as caught:
        service.delete_member(db.unit_of_work(), member.id)
    assert "historique" in caught.value.text()
    assert count(db_path, "members") == 1


def test_an_unknown_member_id_is_not_reported_as_a_member_number(db: Database) -> None:
    with pytest.raises(NotFoundError) as caught:
        service.get_member(db.unit_of_work(), 987654)
    assert "987654" not in caught.value.text()


def test_the_list_read_without_the_models_is_the_models_own(demo_db: Database) -> None:
    """list_members reads through app.db.lean (start-up): row for row, field for field, the same
    as building each row from the mapped Member, on SQLite and on PostgreSQL."""
    from sqlalchemy import select

    from app.db.models import Member

    listed = service.list_members(demo_db.unit_of_work())
    uow = demo_db.unit_of_work()
    with uow:
        mapped = {m.id: service._row(m) for m in uow.session.scalars(select(Member))}
    assert len(listed) == len(mapped) == 200
    assert listed == [mapped[row.id] for row in listed]
    assert {type(r.status) for r in listed} == {MemberStatus} and {type(r.join_date) for r in listed} == {date}

"""The contacts directory on a real SQLite file: input rules, links, joining the club."""

from __future__ import annotations

from datetime import date

import pytest

from app.db.models import GuestVisit, Meeting
from app.domain.business import ContactKind, ContactRelation
from app.domain.errors import MSG_CONTACT_GONE, NotFoundError, ValidationError
from app.domain.guests import FollowUp
from app.services import contacts, guests, referrals
from app.services.contacts import ContactInput, ContactInUseError
from app.services.referrals import ReferralInput

from .business_club import TODAY, Club, make_club


@pytest.fixture
def club(db_target) -> Club:  # type: ignore[no-untyped-def]
    return make_club(db_target)


def test_create_contact_normalises_input(club: Club) -> None:
    row = contacts.create_contact(club.uow(), ContactInput(
        kind=ContactKind.PRINCIPAL, first_name=" Samir ", last_name="Kettani", company="Renault  Maroc",
        phone="06 61 23 45 67", email="S.Kettani@Renault.MA", follow_up=FollowUp.TO_CALL))
    assert (row.name, row.phone, row.email) == ("Samir Kettani (Renault Maroc)", "+212661234567",
                                                "S.Kettani@renault.ma")
    assert row.kind is ContactKind.PRINCIPAL and row.follow_up is FollowUp.TO_CALL
    assert "0661234567" in row.search_text


@pytest.mark.parametrize(("data", "field"), [
    (ContactInput(first_name="Samir"), "last_name"),
    (ContactInput(last_name="Kettani", phone="12"), "phone"),
    (ContactInput(last_name="Kettani", email="pas-une-adresse"), "email"),
    (ContactInput(last_name="Kettani", sector_id=999), "sector_id"),
])
def test_bad_contacts_are_refused(club: Club, data: ContactInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(club.uow(), data)
    assert caught.value.field == field
    assert len(contacts.list_contacts(club.uow())) == 2


def test_list_by_kind_and_counts(club: Club) -> None:
    referrals.record_referral(club.uow(), ReferralInput(
        day=date(2026, 5, 1), giver_id=club.alice, receiver_contact_id=club.beneficiary,
        prospect_id=club.beneficiary), today=TODAY)
    [beneficiary] = contacts.list_contacts(club.uow(), ContactKind.BENEFICIARY)
    assert beneficiary.referrals == 1  # beneficiary and prospect of the same referral: once
    assert [c.name for c in contacts.list_contacts(club.uow())] == ["OCP Achats", "Yassine Tazi"]


def test_contact_history_lists_linked_members(club: Club) -> None:
    referrals.record_referral(club.uow(), ReferralInput(
        day=date(2026, 5, 1), giver_id=club.alice, receiver_member_id=club.bruno,
        prospect_id=club.prospect), today=TODAY)
    with club.uow() as uow:
        meeting = Meeting(date=date(2026, 6, 2), kind="weekly", chapter_id=club.casa, state="held")
        uow.session.add(meeting)
        uow.session.flush()
        uow.session.add(GuestVisit(meeting_id=meeting.id, contact_id=club.prospect, invited_by_id=club.chama))
        uow.commit()
    history = contacts.contact_history(club.uow(), club.prospect)
    assert [(link.member_number, link.relation) for link in history.links] == [
        (1003, ContactRelation.INVITED), (1002, ContactRelation.RECEIVED), (1001, ContactRelation.REFERRED)]
    assert history.contact.visits == 1
    with pytest.raises(ContactInUseError):
        contacts.delete_contact(club.uow(), club.prospect)


def test_a_contact_becomes_a_member_and_keeps_their_history(club: Club) -> None:
    referrals.record_referral(club.uow(), ReferralInput(
        day=date(2026, 5, 1), giver_id=club.alice, receiver_contact_id=club.beneficiary), today=TODAY)
    prefill = contacts.member_input_from_contact(club.uow(), club.beneficiary)
    assert (prefill.first_name, prefill.last_name) == ("Yassine", "Tazi")
    linked = contacts.link_to_member(club.uow(), club.beneficiary, club.driss)
    assert (linked.member_id, linked.member_number, linked.referrals) == (club.driss, 1004, 1)
    assert contacts.get_contact(club.uow(), club.beneficiary).member_id == club.driss
    assert contacts.contact_history(club.uow(), club.beneficiary).links[0].member_number == 1001
    with pytest.raises(ValidationError):
        contacts.link_to_member(club.uow(), club.beneficiary, club.emma)
    assert contacts.unlink_member(club.uow(), club.beneficiary).member_id is None


def test_update_and_delete(club: Club) -> None:
    row = contacts.create_contact(club.uow(), ContactInput(last_name="Kettani"))
    updated = contacts.update_contact(club.uow(), row.id, ContactInput(
        kind=ContactKind.VISITOR, last_name="Kettani", company="Lydec", notes="Vu au salon"))
    assert (updated.kind, updated.company, updated.notes) == (ContactKind.VISITOR, "Lydec", "Vu au salon")
    contacts.delete_contact(club.uow(), row.id)
    with pytest.raises(NotFoundError):
        contacts.get_contact(club.uow(), row.id)


def test_a_deleted_contact_is_one_message_in_every_service(club: Club) -> None:
    gone = contacts.create_contact(club.uow(), ContactInput(last_name="Kettani")).id
    contacts.delete_contact(club.uow(), gone)
    calls = [
        lambda: contacts.get_contact(club.uow(), gone),
        lambda: contacts.update_contact(club.uow(), gone, ContactInput(last_name="Kettani")),
        lambda: guests.set_follow_up(club.uow(), gone, FollowUp.INTERESTED),
    ]
    for call in calls:
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.message == MSG_CONTACT_GONE
        assert caught.value.text("fr") == "Ce contact n’existe plus."

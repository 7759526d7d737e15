"""Referral services against a real SQLite file: rules, steps, deletion, journal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import ClosedBusiness, Referral, ReferralStep
from app.domain.business import JournalFilter, ReferralStatus, Scope, Temperature
from app.domain.errors import ValidationError
from app.services import business, referrals
from app.services.referrals import LinkedBusiness, ReferralHasBusinessError, ReferralInput

from .business_club import TODAY, Club, make_club


@pytest.fixture
def club(db_target) -> Club:  # type: ignore[no-untyped-def]
    return make_club(db_target)


def count(club: Club, model: type) -> int:
    with club.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def give(club: Club, day: date = date(2026, 5, 4), **kwargs) -> referrals.ReferralRow:  # type: ignore[no-untyped-def]
    data = {"giver_id": club.alice, "receiver_member_id": club.bruno} | kwargs
    return referrals.record_referral(club.uow(), ReferralInput(day=day, **data), today=TODAY)


def test_record_referral_to_a_member(club: Club) -> None:
    row = give(club, prospect_id=club.prospect, need="  Un ERP  pour 40 postes ", temperature=Temperature.HOT)
    assert (row.giver_number, row.receiver_number, row.receiver_name) == (1001, 1002, "Bruno Bennani")
    assert row.prospect_name == "OCP Achats" and row.need == "Un ERP pour 40 postes"
    assert row.status is ReferralStatus.PASSED and row.scope is Scope.INTERNAL
    assert referrals.referral_steps(club.uow(), row.id) == [
        referrals.StepRow(ReferralStatus.PASSED, date(2026, 5, 4))]


def test_record_referral_to_a_non_member(club: Club) -> None:
    row = give(club, receiver_member_id=None, receiver_contact_id=club.beneficiary)
    assert row.scope is Scope.EXTERNAL and row.receiver_name == "Yassine Tazi"
    assert row.receiver_number is None


@pytest.mark.parametrize(("kwargs", "field", "text"), [
    ({"receiver_member_id": "alice"}, "receiver", "A member cannot pass a referral to themselves."),
    ({"day": date(2026, 11, 21)}, "date", "This date is in the future."),
    ({"giver_id": "emma", "day": date(2026, 3, 15)}, "giver", "Member 1005 was not active on 15/03/2026."),
    ({"receiver_member_id": "driss", "day": date(2026, 5, 31)}, "receiver",
     "Member 1004 was not active on 31/05/2026."),
    ({"receiver_member_id": None}, "receiver",
     "Choose the member or the non-member who receives the referral."),
    ({"giver_id": None}, "giver", "Choose a member of the club."),
    ({"giver_id": 999}, "giver", "Choose a member of the club."),
    ({"prospect_id": 999}, "prospect", "Choose a contact from the directory."),
])
def test_bad_referrals_are_refused_and_nothing_is_saved(club: Club, kwargs: dict, field: str,
                                                       text: str) -> None:
    kwargs = {key: getattr(club, value) if isinstance(value, str) else value for key, value in kwargs.items()}
    with pytest.raises(ValidationError) as caught:
        give(club, **kwargs)
    assert caught.value.field == field
    assert caught.value.text("en") == text
    assert count(club, Referral) == 0 and count(club, ReferralStep) == 0


def test_active_again_after_suspension(club: Club) -> None:
    assert give(club, giver_id=club.emma, day=date(2026, 4, 1)).giver_number == 1005


def test_status_moves_forward_with_dated_steps(club: Club) -> None:
    row = give(club)
    referrals.set_referral_status(club.uow(), row.id, ReferralStatus.MEETING, date(2026, 5, 10), today=TODAY)
    done = referrals.set_referral_status(club.uow(), row.id, ReferralStatus.PROPOSAL, date(2026, 6, 1),
                                         today=TODAY)
    assert done.status is ReferralStatus.PROPOSAL
    steps = referrals.referral_steps(club.uow(), row.id)
    assert [(s.status.value, s.date) for s in steps] == [
        ("passed", date(2026, 5, 4)), ("meeting", date(2026, 5, 10)), ("proposal", date(2026, 6, 1))]


def test_status_backwards_needs_confirmation(club: Club) -> None:
    row = give(club)
    referrals.set_referral_status(club.uow(), row.id, ReferralStatus.PROPOSAL, date(2026, 5, 10), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        referrals.set_referral_status(club.uow(), row.id, ReferralStatus.CONTACTED, date(2026, 5, 11),
                                      today=TODAY)
    assert caught.value.field == "status"
    assert referrals.get_referral(club.uow(), row.id).status is ReferralStatus.PROPOSAL
    assert count(club, ReferralStep) == 2
    back = referrals.set_referral_status(club.uow(), row.id, ReferralStatus.CONTACTED, date(2026, 5, 11),
                                         confirm_backwards=True, today=TODAY)
    assert back.status is ReferralStatus.CONTACTED


def test_step_cannot_predate_the_referral_or_be_in_the_future(club: Club) -> None:
    row = give(club)
    for day in (date(2026, 5, 3), date(2026, 11, 21)):
        with pytest.raises(ValidationError):
            referrals.set_referral_status(club.uow(), row.id, ReferralStatus.WON, day, today=TODAY)
    assert referrals.get_referral(club.uow(), row.id).status is ReferralStatus.PASSED


def test_update_referral(club: Club) -> None:
    row = give(club)
    data = ReferralInput(day=date(2026, 5, 5), giver_id=club.alice, receiver_member_id=club.chama,
                         need="Stand salon", status=ReferralStatus.CONTACTED)
    updated = referrals.update_referral(club.uow(), row.id, data, today=TODAY)
    assert (updated.receiver_number, updated.need, updated.status) == (1003, "Stand salon",
                                                                       ReferralStatus.CONTACTED)
    with pytest.raises(ValidationError):
        referrals.update_referral(club.uow(), row.id, ReferralInput(
            day=date(2026, 5, 5), giver_id=club.alice, receiver_member_id=club.chama), today=TODAY)


def _with_business(club: Club) -> int:
    row = give(club)
    business.record_closed_business(club.uow(), business.ClosedBusinessInput(
        day=date(2026, 6, 1), receiver_id=club.bruno, amount=Decimal("5000"), referral_id=row.id),
        today=TODAY)
    return row.id


def test_deleting_a_referral_with_business_asks_what_to_do(club: Club) -> None:
    referral_id = _with_business(club)
    with pytest.raises(ReferralHasBusinessError) as caught:
        referrals.delete_referral(club.uow(), referral_id)
    assert caught.value.count == 1 and caught.value.amount == Decimal("5000.00")
    assert count(club, Referral) == 1 and count(club, ClosedBusiness) == 1


def test_delete_referral_detaching_its_business(club: Club) -> None:
    referral_id = _with_business(club)
    referrals.delete_referral(club.uow(), referral_id, LinkedBusiness.DETACH)
    assert count(club, Referral) == 0 and count(club, ReferralStep) == 0
    [kept] = business.list_closed_business(club.uow())
    assert kept.referral_id is None and kept.giver_id == club.alice and kept.amount == Decimal("5000.00")


def test_delete_referral_with_its_business(club: Club) -> None:
    referral_id = _with_business(club)
    referrals.delete_referral(club.uow(), referral_id, LinkedBusiness.DELETE)
    assert count(club, Referral) == 0 and count(club, ClosedBusiness) == 0


def test_journal_filters_and_totals(club: Club) -> None:
    first = _with_business(club)
    give(club, day=date(2026, 7, 1), receiver_member_id=None, receiver_contact_id=club.beneficiary)
    give(club, day=date(2026, 8, 1), giver_id=club.chama, receiver_member_id=club.alice)
    journal = referrals.referral_journal(club.uow())
    assert [r.date for r in journal.rows] == [date(2026, 8, 1), date(2026, 7, 1), date(2026, 5, 4)]
    assert (journal.totals.count, journal.totals.closed_amount, journal.totals.external) == (
        3, Decimal("5000.00"), 1)
    casa = referrals.referral_journal(club.uow(), JournalFilter(chapter_id=club.casa))
    assert casa.totals.count == 2
    won = referrals.referral_journal(club.uow(), JournalFilter(status=ReferralStatus.WON))
    assert [r.id for r in won.rows] == [first]
    external = referrals.referral_journal(club.uow(), JournalFilter(scope=Scope.EXTERNAL))
    assert [r.receiver_name for r in external.rows] == ["Yassine Tazi"]
    period = referrals.referral_journal(club.uow(), JournalFilter(start=date(2026, 6, 1),
                                                                  end=date(2026, 7, 1)))
    assert period.totals.count == 1


def test_sql_and_in_memory_filters_agree(club: Club) -> None:
    _with_business(club)
    give(club, day=date(2026, 7, 1), receiver_member_id=None, receiver_contact_id=club.beneficiary)
    give(club, day=date(2026, 8, 1), giver_id=club.chama, receiver_member_id=club.alice)
    everything = referrals.referral_journal(club.uow()).rows
    filters = [JournalFilter(chapter_id=club.rabat), JournalFilter(giver_id=club.alice),
               JournalFilter(receiver_member_id=club.alice), JournalFilter(scope=Scope.INTERNAL),
               JournalFilter(receiver_contact_id=club.beneficiary),
               JournalFilter(status=ReferralStatus.PASSED, end=date(2026, 7, 31))]
    for flt in filters:
        assert referrals.referral_journal(club.uow(), flt).rows == [r for r in everything if flt.accepts(r)]

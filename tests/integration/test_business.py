"""Closed business, one-to-ones, presentations and the business figures, on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import ClosedBusiness, Meeting, OneToOne, Presentation
from app.domain.business import PresentationKind, ReferralStatus
from app.domain.errors import NotFoundError, ValidationError
from app.services import business, business_stats, referrals
from app.services.business import ClosedBusinessInput
from app.services.referrals import ReferralInput

from .business_club import TODAY, Club, make_club

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def club(db_target) -> Club:  # type: ignore[no-untyped-def]
    return make_club(db_target)


def count(club: Club, model: type) -> int:
    with club.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def close(club: Club, amount: str = "1000", **kwargs) -> business.ClosedBusinessRow:  # type: ignore[no-untyped-def]
    data = {"day": date(2026, 6, 1), "receiver_id": club.bruno, "giver_id": club.alice,
            "amount": Decimal(amount)} | kwargs
    confirm = data.pop("confirm_large", False)
    return business.record_closed_business(club.uow(), ClosedBusinessInput(**data), confirm_large=confirm,
                                           today=TODAY)


def refer(club: Club, **kwargs) -> referrals.ReferralRow:  # type: ignore[no-untyped-def]
    data = {"day": date(2026, 5, 1), "giver_id": club.alice, "receiver_member_id": club.bruno} | kwargs
    return referrals.record_referral(club.uow(), ReferralInput(**data), today=TODAY)


# ------------------------------------------------------------------------ closed business


def test_closed_business_is_stored_exactly(club: Club) -> None:
    row = close(club, "1234567.89", notes="Contrat annuel")
    assert row.amount == Decimal("1234567.89") and row.giver_name == "Alice Alami"
    assert business.list_closed_business(club.uow()) == [row]


def test_closed_business_on_a_referral_wins_it_and_takes_its_giver(club: Club) -> None:
    ref = refer(club)
    row = close(club, giver_id=None, referral_id=ref.id)
    assert row.giver_id == club.alice
    assert referrals.get_referral(club.uow(), ref.id).status is ReferralStatus.WON
    assert referrals.get_referral(club.uow(), ref.id).closed_amount == Decimal("1000.00")
    assert business.referral_closed_business(club.uow(), ref.id) == [row]


@pytest.mark.parametrize(("kwargs", "field", "text"), [
    ({"amount": "0"}, "amount", "The amount must be greater than zero."),
    ({"amount": "-10"}, "amount", "The amount must be greater than zero."),
    ({"amount": "150000000"}, "amount",
     "An amount over 100,000,000 MAD is unusual: check it, then confirm to record it."),
    ({"day": date(2026, 11, 21)}, "date", "This date is in the future."),
    ({"giver_id": "bruno"}, "giver", "Choose two different members."),
    ({"receiver_id": "driss", "day": date(2026, 5, 1)}, "receiver", "Member 1004 was not active on 01/05/2026."),
    ({"giver_id": "emma", "day": date(2026, 3, 2)}, "giver", "Member 1005 was not active on 02/03/2026."),
])
def test_bad_closed_business_is_refused(club: Club, kwargs: dict, field: str, text: str) -> None:
    from app.i18n import set_language

    set_language("en")  # the thousands separator in the message follows the language
    try:
        kwargs = {k: getattr(club, v) if k.endswith("_id") else v for k, v in kwargs.items()}
        with pytest.raises(ValidationError) as caught:
            close(club, **kwargs)
        assert caught.value.field == field
        assert caught.value.text("en") == text
    finally:
        set_language("fr")
    assert count(club, ClosedBusiness) == 0


def test_large_amount_is_recorded_once_confirmed(club: Club) -> None:
    assert close(club, "150000000", confirm_large=True).amount == Decimal("150000000.00")


def test_closed_business_must_match_its_referral(club: Club) -> None:
    ref = refer(club)
    external = refer(club, receiver_member_id=None, receiver_contact_id=club.beneficiary)
    cases = [({"receiver_id": club.chama, "referral_id": ref.id}, "referral"),
             ({"giver_id": club.chama, "referral_id": ref.id}, "giver"),
             ({"referral_id": external.id}, "referral"),
             ({"referral_id": ref.id, "day": date(2026, 4, 30)}, "date"),
             ({"referral_id": 999}, "referral")]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as caught:
            close(club, **kwargs)
        assert caught.value.field == field
    assert count(club, ClosedBusiness) == 0
    assert referrals.get_referral(club.uow(), ref.id).status is ReferralStatus.PASSED


def test_update_and_delete_closed_business(club: Club) -> None:
    row = close(club)
    updated = business.update_closed_business(club.uow(), row.id, ClosedBusinessInput(
        day=date(2026, 6, 2), receiver_id=club.bruno, giver_id=club.chama, amount=Decimal("99.99"),
        is_new=False), today=TODAY)
    assert (updated.amount, updated.giver_id, updated.is_new) == (Decimal("99.99"), club.chama, False)
    business.delete_closed_business(club.uow(), row.id)
    assert count(club, ClosedBusiness) == 0
    with pytest.raises(NotFoundError):
        business.delete_closed_business(club.uow(), row.id)


# ------------------------------------------------------------------- one-to-ones, talks


def test_one_to_ones(club: Club) -> None:
    row = business.record_one_to_one(club.uow(), date(2026, 6, 1), club.alice, club.chama, "Café",
                                     today=TODAY)
    assert (row.member_a_number, row.member_b_number, row.notes) == (1001, 1003, "Café")
    for a, b, day in [(club.alice, club.alice, date(2026, 6, 1)), (club.alice, club.driss, date(2026, 5, 1)),
                      (club.alice, club.bruno, date(2026, 12, 1))]:
        with pytest.raises(ValidationError):
            business.record_one_to_one(club.uow(), day, a, b, today=TODAY)
    assert count(club, OneToOne) == 1
    assert business.list_one_to_ones(club.uow(), member_id=club.chama) == [row]
    business.delete_one_to_one(club.uow(), row.id)
    assert count(club, OneToOne) == 0


def test_presentations_take_the_meeting_date(club: Club) -> None:
    with club.uow() as uow:
        meeting = Meeting(date=date(2026, 9, 8), kind="weekly", chapter_id=club.casa, state="held")
        uow.session.add(meeting)
        uow.commit()
        meeting_id = meeting.id
    row = business.record_presentation(club.uow(), club.bruno, meeting_id=meeting_id,
                                       kind=PresentationKind.FULL, title="Nos solutions", today=TODAY)
    assert (row.date, row.meeting_id, row.kind) == (date(2026, 9, 8), meeting_id, PresentationKind.FULL)
    with pytest.raises(ValidationError) as caught:
        business.record_presentation(club.uow(), club.bruno, meeting_id=meeting_id, day=date(2026, 9, 9),
                                     today=TODAY)
    assert caught.value.field == "date"
    with pytest.raises(ValidationError) as caught:
        business.record_presentation(club.uow(), club.bruno, today=TODAY)
    assert caught.value.field == "date"
    with pytest.raises(ValidationError) as caught:
        business.record_presentation(club.uow(), club.driss, day=date(2026, 1, 5), today=TODAY)
    assert caught.value.field == "member"
    assert count(club, Presentation) == 1
    assert business.list_presentations(club.uow(), *YEAR, member_id=club.bruno) == [row]


# ------------------------------------------------------------------------------ figures


def _activity(club: Club) -> None:
    ref = refer(club)
    refer(club, receiver_member_id=None, receiver_contact_id=club.beneficiary)
    refer(club, giver_id=club.chama, receiver_member_id=club.bruno)
    refer(club, day=date(2025, 12, 31))  # outside the year
    close(club, "1000.10", giver_id=None, referral_id=ref.id)
    close(club, "0.20", giver_id=club.chama, day=date(2026, 6, 30))
    business.record_one_to_one(club.uow(), date(2026, 6, 1), club.alice, club.bruno, today=TODAY)
    business.record_one_to_one(club.uow(), date(2026, 6, 2), club.bruno, club.chama, today=TODAY)
    business.record_presentation(club.uow(), club.alice, day=date(2026, 2, 1), today=TODAY)


def test_member_totals_over_a_period(club: Club) -> None:
    _activity(club)
    totals = {t.number: t for t in business_stats.member_totals(club.uow(), *YEAR)}
    alice, bruno, chama = totals[1001], totals[1002], totals[1003]
    assert (alice.given_internal, alice.given_external, alice.received) == (1, 1, 0)
    assert (alice.closed_generated_count, alice.closed_generated_amount) == (1, Decimal("1000.10"))
    assert (alice.one_to_ones, alice.presentations) == (1, 1)
    assert (bruno.received, bruno.closed_received_count, bruno.closed_received_amount) == (
        2, 2, Decimal("1000.30"))
    assert bruno.one_to_ones == 2 and bruno.given == 0
    assert chama.closed_generated_amount == Decimal("0.20")
    assert totals[1004].given == 0 and totals[1004].closed_received_amount == Decimal("0.00")
    rabat = business_stats.member_totals(club.uow(), *YEAR, chapter_id=club.rabat)
    assert [t.number for t in rabat] == [1003] and rabat[0].given_internal == 1


def test_member_business_summary_matches_the_totals(club: Club) -> None:
    _activity(club)
    summary = business_stats.member_business_summary(club.uow(), club.bruno, *YEAR)
    assert summary == next(t for t in business_stats.member_totals(club.uow(), *YEAR) if t.number == 1002)
    earlier = business_stats.member_business_summary(club.uow(), club.bruno, date(2025, 1, 1),
                                                     date(2025, 12, 31))
    assert earlier.received == 1 and earlier.closed_received_count == 0
    with pytest.raises(NotFoundError):
        business_stats.member_business_summary(club.uow(), 999, *YEAR)


def test_chapter_network(club: Club) -> None:
    _activity(club)
    network = business_stats.chapter_network(club.uow(), club.casa, *YEAR)
    assert [m.number for m in network.members] == [1001, 1002, 1004, 1005]
    assert network.matrix.count(club.alice, club.bruno) == 1
    assert network.matrix.count(club.chama, club.bruno) == 0  # Rabat is not in the grid
    assert [m.number for m in network.non_givers] == [1002, 1004, 1005]
    # Bruno received from Rabat: he does receive; Alice received nothing.
    assert [m.number for m in network.non_receivers] == [1001, 1004, 1005]


def test_network_leaves_out_members_not_active_in_the_period(club: Club) -> None:
    network = business_stats.chapter_network(club.uow(), club.casa, date(2026, 1, 1), date(2026, 3, 31))
    assert 1004 not in [m.number for m in network.members]


def test_club_business(club: Club) -> None:
    _activity(club)
    view = business_stats.club_business(club.uow(), *YEAR)
    assert len(view.by_month) == 12
    june = view.by_month[5]
    assert (june.month, june.count, june.amount) == (date(2026, 6, 1), 2, Decimal("1000.30"))
    assert view.closed_amount == Decimal("1000.30") and view.closed_count == 2
    assert (view.referrals, view.external_referrals) == (3, 1)
    assert view.external_share == pytest.approx(1 / 3)
    assert [(c.chapter, c.referrals, c.closed_amount) for c in view.by_chapter] == [
        ("Casablanca", 2, Decimal("1000.30")), ("Rabat", 1, Decimal("0.00"))]
    assert [(g.number, g.referrals, g.closed_generated) for g in view.top_givers] == [
        (1001, 2, Decimal("1000.10")), (1003, 1, Decimal("0.20"))]


def test_club_business_of_an_empty_period(club: Club) -> None:
    view = business_stats.club_business(club.uow(), date(2030, 1, 1), date(2030, 1, 31))
    assert view.referrals == 0 and view.external_share is None and view.closed_amount == Decimal("0.00")


def test_closed_business_list_names_its_referral_and_chapter(club: Club) -> None:
    ref = refer(club, need="Audit social")
    row = close(club, referral_id=ref.id)
    assert (row.referral_id, row.referral_date, row.referral_need) == (ref.id, date(2026, 5, 1), "Audit social")
    assert (row.receiver_chapter_id, row.receiver_chapter) == (club.casa, "Casablanca")
    assert business.get_closed_business(club.uow(), row.id) == row
    alone = close(club, giver_id=club.chama, day=date(2026, 6, 3))
    assert (alone.referral_id, alone.referral_date, alone.referral_need) == (None, None, None)
    assert [r.id for r in business.list_closed_business(club.uow(), date(2026, 6, 2), date(2026, 6, 30))] == [alone.id]
    with pytest.raises(NotFoundError):
        business.get_closed_business(club.uow(), 9999)


def test_correcting_closed_business_onto_an_open_referral_wins_it(club: Club) -> None:
    row = close(club)
    ref = refer(club)
    updated = business.update_closed_business(club.uow(), row.id, ClosedBusinessInput(
        day=row.date, receiver_id=club.bruno, giver_id=club.alice, amount=row.amount, referral_id=ref.id),
        today=TODAY, expected_version=row.version)
    assert updated.referral_id == ref.id
    assert referrals.get_referral(club.uow(), ref.id).status is ReferralStatus.WON
    assert [s.status for s in referrals.referral_steps(club.uow(), ref.id)][-1] is ReferralStatus.WON


def test_a_refused_correction_saves_nothing(club: Club) -> None:
    row = close(club, notes="Contrat")
    ref = refer(club)
    other = refer(club, receiver_member_id=club.chama)
    for data in (
        ClosedBusinessInput(day=row.date, receiver_id=club.bruno, amount=Decimal("0"), referral_id=ref.id),
        ClosedBusinessInput(day=row.date, receiver_id=club.bruno, amount=Decimal("5"), referral_id=other.id),
    ):
        with pytest.raises(ValidationError):
            business.update_closed_business(club.uow(), row.id, data, today=TODAY, expected_version=row.version)
    assert business.get_closed_business(club.uow(), row.id) == row
    assert referrals.get_referral(club.uow(), ref.id).status is ReferralStatus.PASSED


def test_closed_business_outlives_its_deleted_referral(club: Club) -> None:
    from app.services.conflicts import ConflictError
    from app.services.referrals import LinkedBusiness

    ref = refer(club, need="Audit social")
    shown = close(club, referral_id=ref.id)
    referrals.delete_referral(club.uow(), ref.id, LinkedBusiness.DETACH)
    now = business.get_closed_business(club.uow(), shown.id)
    assert (now.referral_id, now.referral_need, now.amount) == (None, None, shown.amount)
    # A form still holding the referral is told the business changed, instead of a refusal.
    stale = ClosedBusinessInput(day=shown.date, receiver_id=club.bruno, amount=Decimal("2000"),
                                referral_id=ref.id)
    with pytest.raises(ConflictError):
        business.update_closed_business(club.uow(), shown.id, stale, today=TODAY, expected_version=shown.version)
    corrected = business.update_closed_business(club.uow(), shown.id, replace(stale, referral_id=None),
                                                today=TODAY, expected_version=now.version)
    assert (corrected.amount, corrected.referral_id) == (Decimal("2000.00"), None)

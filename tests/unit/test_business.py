"""Rules and arithmetic of referrals and closed business (app.domain.business)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import business as b
from app.domain.business import JournalFilter, ReferralStatus, Scope
from app.domain.errors import ValidationError
from app.domain.membership import Period

S = ReferralStatus


# ---------------------------------------------------------------------------- vocabulary


def test_every_value_has_a_label() -> None:
    for enum in (b.ReferralStatus, b.Temperature, b.PresentationKind, b.ContactKind, b.Scope,
                 b.ContactRelation):
        for value in enum:
            assert b.label(value)


def test_statuses_are_ordered_as_the_pipeline() -> None:
    pipeline = [S.PASSED, S.CONTACTED, S.MEETING, S.PROPOSAL, S.WON]
    assert [b.STATUS_ORDER[s] for s in pipeline] == sorted(b.STATUS_ORDER[s] for s in pipeline)
    assert b.STATUS_ORDER[S.LOST] == b.STATUS_ORDER[S.DROPPED] == b.STATUS_ORDER[S.WON]
    assert set(b.OPEN_STATUSES) | b.FINAL_STATUSES == set(S)


# ---------------------------------------------------------------------------- transitions


@pytest.mark.parametrize(("old", "new"), [
    (S.PASSED, S.CONTACTED), (S.PASSED, S.PROPOSAL), (S.PASSED, S.WON), (S.MEETING, S.LOST),
    (S.PROPOSAL, S.DROPPED), (S.CONTACTED, S.CONTACTED), (S.WON, S.WON),
])
def test_moving_forward_or_staying_needs_no_confirmation(old: S, new: S) -> None:
    assert not b.is_backwards(old, new)
    b.check_transition(old, new)


@pytest.mark.parametrize(("old", "new"), [
    (S.CONTACTED, S.PASSED), (S.PROPOSAL, S.MEETING), (S.WON, S.PROPOSAL), (S.WON, S.LOST),
    (S.LOST, S.WON), (S.DROPPED, S.PASSED),
])
def test_going_back_or_changing_an_outcome_needs_confirmation(old: S, new: S) -> None:
    assert b.is_backwards(old, new)
    with pytest.raises(ValidationError) as caught:
        b.check_transition(old, new)
    assert caught.value.field == "status"
    assert "confirm" in caught.value.text("en")
    b.check_transition(old, new, confirm_backwards=True)


def test_backwards_message_names_both_statuses_in_the_interface_language() -> None:
    from app.i18n import current_language, set_language

    previous = current_language()
    set_language("en")
    try:
        with pytest.raises(ValidationError) as caught:
            b.check_transition(S.PROPOSAL, S.CONTACTED)
    finally:
        set_language(previous)
    assert caught.value.text("en") == (
        "The status goes back from \u201cProposal\u201d to \u201cContacted\u201d: confirm to record it.")


# ---------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(("raw", "expected"), [
    (Decimal("1"), Decimal("1.00")), (Decimal("1234.5"), Decimal("1234.50")), (15000, Decimal("15000.00")),
    (Decimal("0.01"), Decimal("0.01")), ("2500.75", Decimal("2500.75")),
    (Decimal("100000000"), Decimal("100000000.00")),
])
def test_valid_amounts_come_back_with_two_decimals(raw: object, expected: Decimal) -> None:
    value = b.check_amount(raw)
    assert value == expected and value.as_tuple().exponent == -2


@pytest.mark.parametrize("raw", [Decimal("0"), Decimal("-5"), Decimal("-0.01"), "abc", None,
                                 Decimal("NaN"), Decimal("Infinity")])
def test_amount_must_be_above_zero(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        b.check_amount(raw)
    assert caught.value.field == "amount"
    assert caught.value.message == b.MSG_AMOUNT_POSITIVE


def test_amount_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(ValidationError) as caught:
        b.check_amount(Decimal("10.005"))
    assert caught.value.message == b.MSG_AMOUNT_DECIMALS


def test_float_amounts_are_a_programming_error() -> None:
    with pytest.raises(TypeError):
        b.check_amount(12.5)


def test_over_100_million_needs_confirmation() -> None:
    large = Decimal("100000000.01")
    with pytest.raises(ValidationError) as caught:
        b.check_amount(large)
    assert caught.value.message == b.MSG_AMOUNT_LARGE
    assert "100" in caught.value.text("en")
    assert b.check_amount(large, confirm_large=True) == large


def test_beyond_the_column_is_refused_even_confirmed() -> None:
    with pytest.raises(ValidationError) as caught:
        b.check_amount(Decimal("1000000000000"), confirm_large=True)
    assert caught.value.message == b.MSG_AMOUNT_TOO_LARGE


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000000"), places=2))
def test_any_cent_amount_up_to_the_limit_is_accepted_unchanged(amount: Decimal) -> None:
    assert b.check_amount(amount) == amount


# ---------------------------------------------------------------------------- dates, people


def test_future_dates_are_refused_today_is_fine() -> None:
    today = date(2026, 11, 20)
    assert b.check_not_future(today, today) == today
    with pytest.raises(ValidationError) as caught:
        b.check_not_future(date(2026, 11, 21), today, "day")
    assert caught.value.field == "day"


def test_receiver_rules() -> None:
    b.check_receiver(1, 2, None)
    b.check_receiver(1, None, 7)
    for member, contact, message in [(1, None, b.MSG_SELF_REFERRAL), (None, None, b.MSG_RECEIVER_REQUIRED),
                                     (2, 7, b.MSG_RECEIVER_BOTH)]:
        with pytest.raises(ValidationError) as caught:
            b.check_receiver(1, member, contact)
        assert caught.value.field == "receiver" and caught.value.message == message


def test_member_must_be_active_on_the_day() -> None:
    periods = [Period(date(2025, 1, 1), date(2025, 6, 1)), Period(date(2025, 9, 1), None)]
    b.check_active(periods, date(2025, 1, 1), 1001, "giver")
    b.check_active(periods, date(2026, 1, 1), 1001, "giver")
    for day in (date(2024, 12, 31), date(2025, 6, 1), date(2025, 8, 31)):
        with pytest.raises(ValidationError) as caught:
            b.check_active(periods, day, 1001, "giver")
        assert caught.value.field == "giver"
        assert "1001" in caught.value.text("en")


# ---------------------------------------------------------------------------- journal


@dataclass(frozen=True)
class Row:
    date: date
    giver_id: int
    giver_chapter_id: int | None
    receiver_member_id: int | None
    receiver_contact_id: int | None
    status: str
    closed_amount: Decimal


ROWS = [
    Row(date(2026, 1, 5), 1, 10, 2, None, "won", Decimal("1000.10")),
    Row(date(2026, 2, 5), 1, 10, None, 50, "passed", Decimal("0.00")),
    Row(date(2026, 3, 5), 2, 10, 1, None, "lost", Decimal("0.00")),
    Row(date(2026, 3, 9), 3, 20, 1, None, "won", Decimal("250.20")),
]


@pytest.mark.parametrize(("flt", "expected"), [
    (JournalFilter(), [0, 1, 2, 3]),
    (JournalFilter(start=date(2026, 2, 5)), [1, 2, 3]),
    (JournalFilter(end=date(2026, 3, 5)), [0, 1, 2]),
    (JournalFilter(chapter_id=20), [3]),
    (JournalFilter(giver_id=1), [0, 1]),
    (JournalFilter(receiver_member_id=1), [2, 3]),
    (JournalFilter(receiver_contact_id=50), [1]),
    (JournalFilter(scope=Scope.EXTERNAL), [1]),
    (JournalFilter(scope=Scope.INTERNAL), [0, 2, 3]),
    (JournalFilter(status=S.WON), [0, 3]),
    (JournalFilter(status=S.WON, chapter_id=10), [0]),
    (JournalFilter(scope="external", status="passed"), [1]),  # plain strings, as from a combo box
])
def test_journal_filter(flt: JournalFilter, expected: list[int]) -> None:
    assert [i for i, row in enumerate(ROWS) if flt.accepts(row)] == expected


def test_journal_totals_add_exactly() -> None:
    totals = b.journal_totals(ROWS)
    assert (totals.count, totals.closed_amount, totals.external) == (4, Decimal("1250.30"), 1)
    assert totals.external_share == 0.25
    empty = b.journal_totals([])
    assert (empty.count, empty.closed_amount, empty.external_share) == (0, Decimal("0.00"), None)


# ---------------------------------------------------------------------------- views


def test_matrix_counts_shades_and_margins() -> None:
    matrix = b.giver_receiver_matrix([1, 2, 3], [(1, 2, 4), (2, 1, 1), (1, 3, 2), (1, 9, 5), (9, 1, 3)])
    assert matrix.count(1, 2) == 4 and matrix.count(3, 1) == 0
    assert matrix.count(1, 9) == 0  # outside the chapter: not in the grid
    assert matrix.max_count == 4
    assert matrix.shade(1, 2) == 1.0 and matrix.shade(1, 3) == 0.5 and matrix.shade(2, 3) == 0.0
    assert matrix.given(1) == 6 and matrix.received(1) == 1


def test_empty_matrix_has_no_shade() -> None:
    matrix = b.giver_receiver_matrix([1, 2], [])
    assert matrix.max_count == 0 and matrix.shade(1, 2) == 0.0


def test_members_without_activity_keep_the_given_order() -> None:
    assert b.members_without([5, 3, 1, 4], [3, 4, 99]) == [5, 1]


def test_months_between_crosses_years() -> None:
    assert b.months_between(date(2025, 11, 15), date(2026, 2, 1)) == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


def test_sum_by_month_keeps_empty_months_and_adds_exactly() -> None:
    result = b.sum_by_month(
        [(date(2026, 1, 31), Decimal("0.10")), (date(2026, 1, 2), Decimal("0.20")),
         (date(2026, 3, 1), Decimal("5.00"))],
        date(2026, 1, 1), date(2026, 3, 31))
    assert result == [(date(2026, 1, 1), 2, Decimal("0.30")), (date(2026, 2, 1), 0, Decimal("0.00")),
                      (date(2026, 3, 1), 1, Decimal("5.00"))]


def test_top_breaks_ties_by_id_and_drops_zeros() -> None:
    assert b.top([(3, 5), (1, 5), (2, 9), (4, 0)], limit=2) == [(2, 9), (1, 5)]


def test_share_is_undefined_on_nothing() -> None:
    assert b.share(1, 4) == 0.25
    assert b.share(0, 0) is None


@pytest.mark.parametrize(("first", "last", "company", "expected"), [
    ("Yassine", "Tazi", "OCP", "Yassine Tazi (OCP)"), (None, "Tazi", None, "Tazi"),
    (None, None, "OCP", "OCP"), (None, None, None, ""),
])
def test_contact_name(first: str | None, last: str | None, company: str | None, expected: str) -> None:
    assert b.contact_name(first, last, company) == expected

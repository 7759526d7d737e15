"""Charter versions, signatures, warnings and the board's decisions, on a real database."""

from __future__ import annotations

from datetime import date

import pytest

from app.db.models import Warning
from app.domain.charter import BRAND, DecisionInput, VersionInput, WarningInput, WarningStep
from app.domain.enums import MemberStatus
from app.domain.errors import CercleError, ValidationError, ValidationErrors
from app.services import charter
from app.services import members as member_service
from tests.integration.business_club import TODAY, make_club


@pytest.fixture
def club(tmp_path):
    club = make_club(str(tmp_path / "club.db"))
    yield club
    club.db.close()


def test_the_first_version_is_seeded_and_current(club) -> None:
    current = charter.current_charter(club.uow())
    assert current is not None and current.label == "1" and current.adopted_on == date(2026, 1, 1)
    assert "5. Respecter" in current.text and current.signed_count == 0


def test_adopting_a_version_makes_it_current_and_refuses_a_taken_name(club) -> None:
    text = "Charte 2026 <b>&</b>\nالاحترام"
    adopted = charter.adopt_version(club.uow(), VersionInput("2026-b", date(2026, 11, 1), text), today=TODAY)
    assert charter.current_charter(club.uow()).id == adopted.id
    assert [v.label for v in charter.list_versions(club.uow())] == ["2026-b", "1"]
    assert charter.current_charter(club.uow()).text == text
    with pytest.raises(ValidationErrors) as error:
        charter.adopt_version(club.uow(), VersionInput("2026-B", date(2026, 11, 2), "x"), today=TODAY)
    assert error.value.errors["version"].text("en") == "A version named 2026-B already exists."
    assert len(charter.list_versions(club.uow())) == 2


def test_signatures_and_the_unsigned_active_members(club) -> None:
    everyone = {club.alice, club.bruno, club.chama, club.driss, club.emma}
    assert charter.unsigned_member_ids(club.uow()) == everyone
    charter.record_signature(club.uow(), club.alice, date(2026, 1, 12), today=TODAY)
    charter.record_signature(club.uow(), club.bruno, date(2026, 2, 1), today=TODAY)
    assert charter.unsigned_member_ids(club.uow()) == everyone - {club.alice, club.bruno}
    with pytest.raises(ValidationErrors) as error:
        charter.record_signature(club.uow(), club.alice, date(2026, 3, 1), today=TODAY)
    assert "Alice Alami" in error.value.errors["signed_on"].text("en")
    with pytest.raises(ValidationErrors):  # before the version was adopted
        charter.record_signature(club.uow(), club.chama, date(2025, 12, 31), today=TODAY)
    with pytest.raises(ValidationErrors):  # in the future
        charter.record_signature(club.uow(), club.chama, date(2026, 11, 21), today=date(2026, 11, 20))

    # Only active members are "not signed": a suspended member drops out of the set.
    member_service.change_status(club.uow(), club.chama, MemberStatus.SUSPENDED, date(2026, 11, 1), "cotisation")
    assert club.chama not in charter.unsigned_member_ids(club.uow())

    rows = {r.member_id: r for r in charter.signature_overview(club.uow())}
    assert rows[club.alice].signed_on == date(2026, 1, 12) and rows[club.alice].last_signed == "1"
    assert rows[club.driss].signed_on is None and rows[club.driss].last_signed is None
    assert charter.current_charter(club.uow()).signed_count == 2

    # A new version: everybody active has to sign again; the overview still knows their last one.
    v2 = charter.adopt_version(club.uow(), VersionInput("2", date(2026, 11, 10), "texte"), today=TODAY)
    assert club.alice in charter.unsigned_member_ids(club.uow())
    rows = {r.member_id: r for r in charter.signature_overview(club.uow())}
    assert rows[club.alice].signed_on is None and rows[club.alice].last_signed == "1"
    charter.record_signature(club.uow(), club.alice, date(2026, 11, 12), v2.id, today=TODAY)
    mine = charter.member_charter(club.uow(), club.alice)
    assert mine.signed_on == date(2026, 11, 12)
    assert mine.signatures == (("2", date(2026, 11, 12)), ("1", date(2026, 1, 12)))

    charter.remove_signature(club.uow(), club.alice, v2.id)
    assert charter.member_charter(club.uow(), club.alice).signed_on is None
    with pytest.raises(CercleError):
        charter.remove_signature(club.uow(), club.alice, v2.id)


def test_a_warning_with_decisions_then_closed(club) -> None:
    recorded = charter.record_warning(club.uow(), WarningInput(
        club.bruno, 5, None, "Propos déplacés <b>&</b> envers un invité", date(2026, 10, 1)), today=TODAY)
    assert recorded.is_open and recorded.member_name == "Bruno Bennani" and recorded.chapter == "Casablanca"
    charter.add_decision(club.uow(), recorded.id, DecisionInput(
        WarningStep.REMINDER, date(2026, 10, 5), "Bureau du 05/10/2026 — K. Alaoui"), today=TODAY)
    row = charter.add_decision(club.uow(), recorded.id, DecisionInput(
        WarningStep.BOARD_HEARING, date(2026, 11, 2), "Bureau du 02/11/2026 — K. Alaoui", "convoqué"), today=TODAY)
    assert [d.step for d in row.decisions] == [WarningStep.REMINDER, WarningStep.BOARD_HEARING]
    assert row.last_decision.decided_by == "Bureau du 02/11/2026 — K. Alaoui"
    assert row.facts == "Propos déplacés <b>&</b> envers un invité"

    with pytest.raises(ValidationErrors) as error:  # before the warning
        charter.add_decision(club.uow(), recorded.id, DecisionInput(
            WarningStep.FIRST_WARNING, date(2026, 9, 30), "Bureau"), today=TODAY)
    assert set(error.value.errors) == {"decided_on"}
    with pytest.raises(ValidationErrors):  # the warning cannot move after its first decision
        charter.update_warning(club.uow(), recorded.id, WarningInput(
            club.bruno, 5, None, "x", date(2026, 10, 6)), today=TODAY)

    # The compliance evaluation reads open warnings from the table: closed_on is what counts.
    with club.uow() as uow:
        assert uow.session.get(Warning, recorded.id).closed_on is None
    with pytest.raises(ValidationErrors):
        charter.close_warning(club.uow(), recorded.id, date(2026, 9, 1), "", today=TODAY)
    closed = charter.close_warning(club.uow(), recorded.id, date(2026, 11, 15), "Excuses présentées", today=TODAY)
    assert not closed.is_open and closed.closing_note == "Excuses présentées"
    with pytest.raises(CercleError):  # closed: reopen before adding a decision
        charter.add_decision(club.uow(), recorded.id, DecisionInput(
            WarningStep.FIRST_WARNING, date(2026, 11, 16), "Bureau"), today=TODAY)
    assert charter.reopen_warning(club.uow(), recorded.id).is_open

    row = charter.delete_decision(club.uow(), row.decisions[0].id)
    assert [d.step for d in row.decisions] == [WarningStep.BOARD_HEARING]
    charter.delete_warning(club.uow(), recorded.id)
    assert charter.list_warnings(club.uow()) == []


def test_warnings_by_member_latest_first_and_the_brand_part(club) -> None:
    older = charter.record_warning(club.uow(), WarningInput(club.alice, 2, None, "absences", date(2026, 3, 1)),
                                   today=TODAY)
    brand = charter.record_warning(club.uow(), WarningInput(club.alice, 3, BRAND, "logo", date(2026, 9, 1)),
                                   today=TODAY)
    charter.record_warning(club.uow(), WarningInput(club.bruno, 1, None, "x", date(2026, 9, 2)), today=TODAY)
    assert [w.id for w in charter.list_warnings(club.uow(), club.alice)] == [brand.id, older.id]
    assert charter.list_warnings(club.uow(), club.alice)[0].aspect == BRAND
    assert len(charter.member_charter(club.uow(), club.alice).warnings) == 2
    with pytest.raises(ValidationErrors):
        charter.record_warning(club.uow(), WarningInput(club.alice, 4, BRAND, "x", date(2026, 9, 1)), today=TODAY)


def test_an_exclusion_decision_can_exclude_the_member_in_the_same_transaction(club) -> None:
    warning = charter.record_warning(club.uow(), WarningInput(club.chama, 2, None, "absences", date(2026, 6, 1)),
                                     today=TODAY)
    with pytest.raises(ValidationError):  # only an exclusion decision changes the status
        charter.add_decision(club.uow(), warning.id, DecisionInput(
            WarningStep.REMINDER, date(2026, 6, 2), "Bureau"), exclude_member=True, today=TODAY)
    with pytest.raises(ValidationError) as error:  # the members service refuses: no reason given
        charter.add_decision(club.uow(), warning.id, DecisionInput(
            WarningStep.EXCLUSION, date(2026, 11, 2), "Bureau"), exclude_member=True, today=TODAY)
    assert error.value.field == "reason"
    # Refused as a whole: neither the decision nor the status change was kept.
    assert [w.decisions for w in charter.list_warnings(club.uow(), club.chama)] == [()]
    assert member_service.get_member(club.uow(), club.chama).status is MemberStatus.ACTIVE

    row = charter.add_decision(club.uow(), warning.id, DecisionInput(
        WarningStep.EXCLUSION, date(2026, 11, 2), "Bureau du 02/11/2026 — K. Alaoui"), exclude_member=True,
        exclusion_reason="Exclusion décidée par le bureau", today=TODAY)
    assert row.last_decision.step is WarningStep.EXCLUSION
    details = member_service.get_member(club.uow(), club.chama)
    assert details.status is MemberStatus.EXCLUDED
    assert details.status_history[-1].effective_date == date(2026, 11, 2)
    assert details.status_history[-1].reason == "Exclusion décidée par le bureau"


def test_the_demo_club_has_signatures_and_warnings(demo_db) -> None:
    uow = demo_db.unit_of_work
    unsigned = charter.unsigned_member_ids(uow())
    assert 3 <= len(unsigned) <= 12
    rows = charter.signature_overview(uow())
    assert sum(1 for r in rows if r.signed_on) > 150
    warnings = charter.list_warnings(uow())
    assert 3 <= len(warnings) <= 4
    open_ = [w for w in warnings if w.is_open]
    assert any(w.charter_point == 5 for w in open_)
    assert any(w.charter_point == 3 and w.aspect == BRAND for w in open_)
    assert all(w.decisions and all(d.decided_on >= w.date and d.decided_by for d in w.decisions) for w in warnings)

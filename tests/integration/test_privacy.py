"""Personal data (law 09-08) as the secretary and a departing member see it: dated consents, an
audit trail of who changed what, a complete export of one member's data, and anonymisation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Attendance, ClosedBusiness, Member, MemberAudit, Referral
from app.domain import privacy as rules
from app.domain.enums import MemberStatus
from app.domain.errors import CercleError, ValidationErrors
from app.domain.members import MemberInput
from app.services import members as member_service
from app.services import privacy, reference
from app.services.member_audit import audit_trail
from app.services.settings import save_settings

TODAY = date(2026, 11, 22)


@pytest.fixture
def casablanca(db) -> int:
    return next(i.id for i in reference.list_items(db.unit_of_work(), "chapter") if i.name == "Casablanca")


def _amina(chapter: int, **changes) -> MemberInput:
    data = MemberInput(first_name="Amina", last_name="Berrada", company="Atlas & Fils <SARL>", chapter_id=chapter,
                       join_date=date(2024, 3, 1), arabic_name="أمينة برادة", mobile="06 61 23 45 67",
                       email="amina@atlas.ma", address="12, rue de Fès, Casablanca", notes="Préfère le matin")
    return replace(data, **changes)


def test_creation_change_and_status_are_in_the_audit_trail_without_values(db, casablanca, monkeypatch) -> None:
    monkeypatch.setenv("CERCLE_USER", "secretariat")
    created = member_service.create_member(db.unit_of_work(), _amina(casablanca), today=TODAY)
    member_service.update_member(db.unit_of_work(), created.id, _amina(casablanca), today=TODAY)  # no change
    member_service.update_member(db.unit_of_work(), created.id,
                                 _amina(casablanca, email="a.berrada@atlas.ma", city="Rabat"), today=TODAY)
    member_service.change_status(db.unit_of_work(), created.id, MemberStatus.RESIGNED, date(2026, 1, 10),
                                 "Départ à l'étranger")
    trail = audit_trail(db.unit_of_work(), created.id)
    assert [(row.action, row.fields) for row in trail] == [
        ("create", ()), ("update", ("city", "email")), ("status", ("status",))]
    assert {row.actor for row in trail} == {"secretariat"}
    assert trail[2].details["status"] == "resigned"
    stored = " ".join(row.details for row in db.unit_of_work().__enter__().session.scalars(select(MemberAudit)))
    assert "atlas.ma" not in stored and "Rabat" not in stored


def test_consents_are_saved_with_their_dates_and_checked(db, casablanca) -> None:
    created = member_service.create_member(
        db.unit_of_work(), _amina(casablanca, consent_processing_on=date(2024, 3, 1)), today=TODAY)
    assert created.data.consent_processing_on == date(2024, 3, 1)
    assert created.data.consent_directory_on is None
    updated = member_service.update_member(
        db.unit_of_work(), created.id, replace(created.data, consent_directory_on=date(2026, 11, 20)), today=TODAY)
    assert updated.data.consent_directory_on == date(2026, 11, 20)
    assert updated.data.consent_processing_on == date(2024, 3, 1)  # kept by an edit of another field
    summary = privacy.privacy_summary(db.unit_of_work(), created.id)
    assert (summary.consent_processing_on, summary.consent_directory_on) == (date(2024, 3, 1), date(2026, 11, 20))
    with pytest.raises(ValidationErrors) as refused:
        member_service.update_member(db.unit_of_work(), created.id,
                                     replace(created.data, consent_directory_on=date(2027, 1, 1)), today=TODAY)
    assert "consent_directory_on" in refused.value.errors
    assert audit_trail(db.unit_of_work(), created.id)[-1].fields == ("consent_directory_on",)


def _member_with_history(demo_db) -> Member:
    with demo_db.unit_of_work() as uow:
        counts = (select(Attendance.member_id, func.count().label("n")).group_by(Attendance.member_id)
                  .subquery())
        member = uow.session.scalar(
            select(Member).join(counts, counts.c.member_id == Member.id)
            .join(Referral, Referral.giver_id == Member.id)
            .where(Member.status == MemberStatus.ACTIVE).order_by(counts.c.n.desc()).limit(1))
        assert member is not None
        uow.session.expunge(member)
        return member


def _count(demo_db, query) -> int:
    with demo_db.unit_of_work() as uow:
        return uow.session.scalar(query)


def test_export_holds_everything_stored_about_the_member(demo_db, tmp_path: Path) -> None:
    member = _member_with_history(demo_db)
    out = privacy.export_member_data(demo_db.unit_of_work(), member.id, tmp_path / "données membre.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["member"]["number"] == member.number and data["member"]["email"] == member.email
    assert len(data["attendance"]) == _count(demo_db, select(func.count()).where(Attendance.member_id == member.id))
    given = _count(demo_db, select(func.count()).where(Referral.giver_id == member.id))
    received = _count(demo_db, select(func.count()).where(Referral.receiver_member_id == member.id))
    assert len(data["referrals"]) == given + received
    assert {"status_history", "closed_business", "one_to_ones", "presentations", "guests_invited",
            "charter_signatures", "warnings", "audit_trail"} <= set(data)
    assert audit_trail(demo_db.unit_of_work(), member.id)[-1].action == "export"


def test_export_to_pdf_is_readable(demo_db, tmp_path: Path) -> None:
    from pypdf import PdfReader

    member = _member_with_history(demo_db)
    out = privacy.export_member_data(demo_db.unit_of_work(), member.id, tmp_path / "membre.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert member.last_name in text and str(member.number) in text
    assert "09-08" in text
    # Section titles and column headers in the interface's language, like the record's labels.
    for title in ("Historique du statut", "Présences", "Motif ou remplaçant", "Journal des modifications"):
        assert title in text
    assert "Status history" not in text and "Audit trail" not in text


def test_export_refuses_another_file_type(demo_db, tmp_path: Path) -> None:
    member = _member_with_history(demo_db)
    with pytest.raises(CercleError):
        privacy.export_member_data(demo_db.unit_of_work(), member.id, tmp_path / "membre.docx")
    assert not (tmp_path / "membre.docx").exists()


def _left(db, chapter: int, left_on: date) -> int:
    created = member_service.create_member(db.unit_of_work(), _amina(chapter), today=TODAY, allow_duplicate=True)
    member_service.change_status(db.unit_of_work(), created.id, MemberStatus.RESIGNED, left_on, "Départ")
    return created.id


def test_only_a_departed_member_past_the_retention_period_is_anonymised(db, casablanca) -> None:
    active = member_service.create_member(db.unit_of_work(), _amina(casablanca, email="x@y.ma", mobile=""),
                                          today=TODAY)
    with pytest.raises(CercleError) as refused:
        privacy.anonymise_member(db.unit_of_work(), active.id, today=TODAY)
    assert "resigned or excluded" in refused.value.text("en")
    recent = _left(db, casablanca, date(2025, 1, 15))
    with pytest.raises(CercleError) as refused:
        privacy.anonymise_member(db.unit_of_work(), recent, today=TODAY)
    assert "15/01/2025" in refused.value.text("en") and "15/01/2028" in refused.value.text("en")
    save_settings(db.unit_of_work(), {rules.SETTING_RETENTION_MONTHS: 12})
    privacy.anonymise_member(db.unit_of_work(), recent, today=TODAY)
    with pytest.raises(CercleError) as refused:
        privacy.anonymise_member(db.unit_of_work(), recent, today=TODAY)
    assert "already" in refused.value.text("en")


def test_anonymisation_removes_identity_and_keeps_the_statistics(demo_db) -> None:
    member = _member_with_history(demo_db)
    member_service.change_status(demo_db.unit_of_work(), member.id, MemberStatus.EXCLUDED, date(2026, 11, 1),
                                 "Manquements répétés à la charte")
    member_service.update_member(demo_db.unit_of_work(), member.id, replace(
        member_service.get_member(demo_db.unit_of_work(), member.id).data, notes="Tél. perso 0661000000"),
        allow_duplicate=True)

    def figures() -> tuple:
        return (
            _count(demo_db, select(func.count()).where(Attendance.member_id == member.id)),
            _count(demo_db, select(func.count()).where(Referral.giver_id == member.id)),
            _count(demo_db, select(func.coalesce(func.sum(ClosedBusiness.amount), 0))
                   .where(ClosedBusiness.receiver_id == member.id)),
        )

    before = figures()
    result = privacy.anonymise_member(demo_db.unit_of_work(), member.id, today=date(2030, 1, 1))
    assert result.label == f"Membre anonymisé n° {member.number}"
    assert figures() == before
    details = member_service.get_member(demo_db.unit_of_work(), member.id)
    assert details.number == member.number and details.data.company == result.label
    assert (details.data.first_name, details.data.email, details.data.mobile, details.data.arabic_name,
            details.data.address, details.data.notes, details.data.ice) == ("Membre", "", "", "", "", "", "")
    assert details.data.consent_directory_on is None  # never in the directory again
    assert all(change.reason is None for change in details.status_history)
    rows = member_service.list_members(demo_db.unit_of_work())
    assert not [row for row in rows if member.last_name in row.search_text.split() and row.id == member.id]
    exported = json.dumps(privacy.member_data(demo_db.unit_of_work(), member.id).as_json(), ensure_ascii=False)
    for personal in (f"{member.first_name} {member.last_name}", member.email, "0661000000"):
        assert personal not in exported
    trail = audit_trail(demo_db.unit_of_work(), member.id)
    assert trail[-1].action == "anonymise" and "email" in trail[-1].fields
    summary = privacy.privacy_summary(demo_db.unit_of_work(), member.id)
    assert summary.anonymised_on == date(2030, 1, 1) and not summary.can_anonymise(date(2030, 1, 1))


def test_scrubbed_audit_details_keep_only_field_names_and_counts() -> None:
    dirty = json.dumps({"fields": ["email", "<b>x</b>"], "old": "amina@atlas.ma", "rows": 3, "status": "resigned",
                        "format": "json", "new": {"mobile": "+212661"}})
    assert json.loads(rules.scrub_details(dirty)) == {"fields": ["email"], "rows": 3, "status": "resigned",
                                                      "format": "json"}
    assert json.loads(rules.scrub_details("pas du json")) == {"fields": []}
    assert json.loads(rules.scrub_details(json.dumps(["email", "mobile"]))) == {"fields": ["email", "mobile"]}


def test_months_are_added_like_a_calendar() -> None:
    assert rules.add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert rules.add_months(date(2023, 11, 30), 36) == date(2026, 11, 30)
    assert rules.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)

"""The member record's fields are declared once (app.domain.members.MemberInput): the rules, the
import's columns and the export's follow that declaration, and the places that cannot follow it
by themselves fail here until they name a new field."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from app.db.models import Member
from app.domain.errors import ValidationErrors
from app.domain.importing import MEMBER_FIELDS, auto_mapping
from app.domain.members import MemberInput, input_of, member_column, record_values, validate_member
from app.domain.validation import normalize_phone
from app.services import imports, privacy


def test_every_declared_field_is_a_column_of_the_member_record() -> None:
    columns = set(Member.__table__.columns.keys())
    assert {item.name for item in fields(MemberInput)} <= columns


def test_the_import_and_the_export_take_their_columns_from_the_declaration() -> None:
    declared = [member_column(item) for item in fields(MemberInput) if item.metadata["label"]]
    assert [spec.key for spec in MEMBER_FIELDS] == ["number", *declared]
    assert imports.EXPORT_FIELDS == ("number", *declared)
    # Each field's own label and its French spellings find its column.
    for item in fields(MemberInput):
        if item.metadata["label"]:
            assert auto_mapping([item.metadata["label"]], imports.ImportKind.MEMBERS) == [member_column(item)]


def test_each_field_is_checked_by_the_rule_it_declares() -> None:
    data = MemberInput(first_name="  salma ", last_name="Bennani", company="Atlas", chapter_id=1,
                       join_date=date(2024, 5, 2), mobile="0661234567", city="   ")
    clean = validate_member(data, today=date(2026, 12, 7))
    assert (clean.mobile, clean.city) == (normalize_phone("0661234567"), "")
    assert record_values(clean)["city"] is None and input_of(type("R", (), record_values(clean))).city == ""
    with pytest.raises(ValidationErrors) as refused:
        validate_member(MemberInput(email="pas une adresse", consent_directory_on=date(2030, 1, 1)),
                        today=date(2026, 12, 7))
    assert {"first_name", "last_name", "company", "chapter_id", "join_date", "email",
            "consent_directory_on"} <= refused.value.errors.keys()


def test_the_right_of_access_names_every_field() -> None:
    # Law 09-08: what the club stores about a member is all in their data export.
    named = [key for key, _label in privacy.RECORD_LABELS]
    assert named[1:-4] == [member_column(item) for item in fields(MemberInput)]
    assert len(set(named)) == len(named)


def test_values_a_rule_accepted_are_kept_and_a_refused_one_is_refused_each_time() -> None:
    """An import keeps what the rules accepted (validate_member's ``passed``) and gets the same
    members and the same refusals as a record checked alone."""
    today = date(2026, 11, 22)
    passed: dict = {}
    records = [
        MemberInput(last_name=" Tazi ", first_name="Omar", company="Café  Tazi", chapter_id=1,
                    join_date=date(2024, 1, 5), mobile="06 61 23 45 67", city="Rabat"),
        MemberInput(last_name="Fassi", first_name="Leïla", company="Fès Déco", chapter_id=1,
                    join_date=date(2024, 1, 5), mobile="0661234567", city="Rabat"),
        MemberInput(last_name="Alaoui", first_name="Karim", company="Atlas", chapter_id=1,
                    join_date=date(2031, 1, 5), mobile="06 12", city="Rabat"),
    ]

    def refused(record: MemberInput, **options: dict) -> set[str]:
        with pytest.raises(ValidationErrors) as caught:
            validate_member(record, today=today, **options)
        return set(caught.value.errors)

    for _ in range(2):
        for record in records[:2]:
            assert validate_member(record, today=today, passed=passed) == validate_member(record, today=today)
        assert refused(records[2], passed=passed) == refused(records[2]) == {"join_date", "mobile"}
    assert ("city", str, "Rabat") in passed and ("mobile", str, "06 12") not in passed

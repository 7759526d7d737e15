"""A database address is shown and remembered without its password, in one way."""

from __future__ import annotations

import pytest

from app.db.store import open_database, without_password
from app.domain.errors import CercleError


def test_the_password_is_left_out_not_masked() -> None:
    assert without_password("postgresql+psycopg://clerk:s3cret@db.club.ma:5433/cercle") == (
        "postgresql+psycopg://clerk@db.club.ma:5433/cercle")


def test_an_address_that_cannot_be_read_keeps_only_what_follows_the_credentials() -> None:
    assert without_password("postgres ql://clerk:s3cret@db.club.ma/cercle") == "db.club.ma/cercle"


def test_a_refused_address_is_reported_without_its_password() -> None:
    with pytest.raises(CercleError) as refused:
        open_database("mysql://clerk:s3cret@db.club.ma/cercle")
    assert "s3cret" not in refused.value.text() and "db.club.ma" in refused.value.text()

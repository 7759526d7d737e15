"""Time fields take what the secretary types: digits, a colon, a dot or an "h"."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.validation import MSG_TIME, parse_time_of_day


@pytest.mark.parametrize(("typed", "meant"), [
    ("0730", time(7, 30)), ("730", time(7, 30)), ("7:30", time(7, 30)), ("07:30", time(7, 30)),
    ("7.30", time(7, 30)), ("7h30", time(7, 30)), ("7 h 30", time(7, 30)), ("19h", time(19, 0)),
    ("19H", time(19, 0)), ("19", time(19, 0)), ("7", time(7, 0)), ("1930", time(19, 30)),
    ("0000", time(0, 0)), ("23:59", time(23, 59)), (" 18:45 ", time(18, 45)), ("7:", time(7, 0)),
])
def test_typed_times_are_read_as_meant(typed: str, meant: time) -> None:
    assert parse_time_of_day(typed) == meant


@pytest.mark.parametrize("empty", ["", "  ", None])
def test_an_empty_time_is_none(empty: str | None) -> None:
    assert parse_time_of_day(empty) is None


@pytest.mark.parametrize("typed", ["2400", "24h", "7:60", "775", "abc", "7:3", "12345", "7:30:00", "-7", "h30"])
def test_impossible_times_are_refused_on_their_field(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time_of_day(typed, field="start")
    assert caught.value.field == "start"
    assert caught.value.message == MSG_TIME


@given(st.text(max_size=8))
def test_any_text_is_a_time_or_a_validation_error(text: str) -> None:
    try:
        value = parse_time_of_day(text)
    except ValidationError:
        return
    assert value is None or isinstance(value, time)


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_time_written_with_four_digits_reads_back(hours: int, minutes: int) -> None:
    assert parse_time_of_day(f"{hours:02d}{minutes:02d}") == time(hours, minutes)
    assert parse_time_of_day(f"{hours}:{minutes:02d}") == time(hours, minutes)

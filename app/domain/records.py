"""Values as JSON holds them: what the command line prints and what a member's data export
writes, one rule for both."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any


def json_ready(value: Any) -> Any:
    """The value with enums as their value, dates and times in ISO 8601 and amounts as exact
    decimal text (a float would round centimes), through lists and dicts."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [json_ready(item) for item in value]
    if isinstance(value, dict):
        return {key: json_ready(item) for key, item in value.items()}
    return value

"""Exact sums of money columns in SQL.

SQLite keeps NUMERIC values as binary floating point, so ``SUM(amount)`` can be off by a
cent on long lists. Summing whole cents as integers is exact there and on PostgreSQL alike.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, cast, func
from sqlalchemy.sql.elements import ColumnElement

CENT = Decimal("0.01")


def sum_cents(column: Any) -> ColumnElement[int]:
    """``SUM`` of a money column, in whole cents (an integer, NULL over no row)."""
    return func.sum(cast(func.round(column * 100), Integer))


def from_cents(cents: int | None) -> Decimal:
    """Turn an integer count of cents from :func:`sum_cents` back into MAD."""
    return (Decimal(int(cents or 0)) * CENT).quantize(CENT)

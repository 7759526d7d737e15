"""Column types shared by the mapped models and the start path's lightweight tables."""

from __future__ import annotations

from enum import Enum as PyEnum

from sqlalchemy import Enum


def enum_type(enum: type[PyEnum], length: int = 24) -> Enum:
    """A portable enum stored as its string value (no native type, no CHECK to migrate).

    ``length`` is the width of the stored ``VARCHAR``: a column that held the values as plain
    strings keeps its width, so typing it changes nothing in the database.
    """
    return Enum(enum, native_enum=False, create_constraint=False, length=length,
                values_callable=lambda e: [m.value for m in e])

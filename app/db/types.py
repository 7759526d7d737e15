"""Column types shared by the mapped models and the start path's lightweight tables."""

from __future__ import annotations

from enum import Enum as PyEnum

from sqlalchemy import Enum


def enum_type(enum: type[PyEnum]) -> Enum:
    """A portable enum stored as its string value (no native type, no CHECK to migrate)."""
    return Enum(enum, native_enum=False, create_constraint=False, length=24,
                values_callable=lambda e: [m.value for m in e])

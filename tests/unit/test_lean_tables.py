"""The lightweight tables of the start path (app.db.lean) agree with the mapped models."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum

import app.db.models  # noqa: F401  (every table in Base.metadata)
from app.db import lean
from app.db.base import Base

LEAN_TABLES = [lean.members, lean.chapters, lean.sectors, lean.meetings]


@pytest.mark.parametrize("clause", LEAN_TABLES, ids=lambda clause: clause.name)
def test_every_lean_column_is_the_models_column(clause) -> None:  # type: ignore[no-untyped-def]
    model = Base.metadata.tables[clause.name]
    for column in clause.c:
        assert column.name in model.c, f"{clause.name}.{column.name} is not in the models"
        mapped = model.c[column.name].type
        assert type(column.type) is type(mapped) or isinstance(mapped, type(column.type)), (
            f"{clause.name}.{column.name}: {column.type!r} here, {mapped!r} in the models")
        if isinstance(mapped, Enum):
            assert isinstance(column.type, Enum) and column.type.enum_class is mapped.enum_class
            assert column.type.enums == mapped.enums  # stored as the same values


"""Every table says whom its rows belong to, so that an antenna's connection is held to its own."""

from __future__ import annotations

import app.db.models  # noqa: F401  (every table in the metadata)
from app.db.base import Base
from app.db.scope import LABELS, SCOPES, FirstOf, Parent


def test_every_table_declares_its_scope_and_how_a_refusal_names_it() -> None:
    tables = set(Base.metadata.tables)
    assert tables - SCOPES.keys() == set(), "declare in app.db.scope.SCOPES whom these rows belong to"
    assert SCOPES.keys() - tables == set()
    assert LABELS.keys() == SCOPES.keys()


def test_each_parent_is_a_declared_table_reached_by_a_real_column() -> None:
    for name, scope in SCOPES.items():
        parents = scope.parents if isinstance(scope, FirstOf) else (scope,) if isinstance(scope, Parent) else ()
        for parent in parents:
            assert parent.table in SCOPES
            assert parent.column in Base.metadata.tables[name].c, (name, parent.column)

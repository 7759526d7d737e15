"""Alembic environment: runs on the engine handed over by ``app.db.migrate``.

On SQLite, batch mode rebuilds tables to alter them. Foreign keys are switched off
before the migration's transaction starts (inside a transaction the pragma is ignored,
and a table rebuild would cascade deletes into child rows), then checked with
``PRAGMA foreign_key_check`` before the transaction commits.
"""

from __future__ import annotations

from alembic import context

import app.db.models  # noqa: F401 - registers every table on Base.metadata
from app.db.base import Base

engine = context.config.attributes["engine"]
is_sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if is_sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
            if is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign key check failed after migration: {broken[:5]}")
        connection.commit()
    finally:
        if is_sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")

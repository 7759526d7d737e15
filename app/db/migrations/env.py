"""Alembic environment: runs on the engine handed over by ``app.db.migrate``.

On SQLite, batch mode rebuilds tables to alter them. Foreign keys are switched off
before the migration's transaction starts (inside a transaction the pragma is ignored,
and a table rebuild would cascade deletes into child rows), then checked with
``PRAGMA foreign_key_check`` before the transaction commits.

On PostgreSQL the whole upgrade is one transaction too (its DDL is transactional), holding an
advisory lock: two computers opening a shared database that needs an update at the same moment
run it once; the second waits, then finds the schema already at its revision.
"""

from __future__ import annotations

from alembic import context

import app.db.models  # noqa: F401 - registers every table on Base.metadata
from app.db.base import Base

engine = context.config.attributes["engine"]
is_sqlite = engine.dialect.name == "sqlite"
is_postgresql = engine.dialect.name == "postgresql"
# Any constant shared by every Cercle: the key of the advisory lock taken while upgrading.
UPGRADE_LOCK = 0x43657263  # "Cerc"

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
            if is_postgresql:
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
            context.run_migrations()
            if is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign key check failed after migration: {broken[:5]}")
        connection.commit()
    finally:
        if is_sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")

"""Schema revisions known to this version of the code, without importing Alembic.

Comparing the stored revision with :data:`HEAD_REVISION` keeps Alembic (and its
start-up cost) out of every open where no upgrade is needed. A test checks that this
list matches the migration scripts.
"""

# Oldest first; the last one is the head. Add a revision here when adding a migration.
REVISIONS: tuple[str, ...] = ("0001_foundation", "0002_charter_privacy_versions")
HEAD_REVISION = REVISIONS[-1]

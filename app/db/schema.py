"""Schema revisions (and the head's tables) known to this version of the code, without importing
Alembic or the models.

Comparing the stored revision with :data:`HEAD_REVISION` keeps Alembic (and its
start-up cost) out of every open where no upgrade is needed. A test checks that this
list matches the migration scripts.
"""

# Oldest first; the last one is the head. Add a revision here when adding a migration.
REVISIONS: tuple[str, ...] = ("0001_foundation", "0002_charter_privacy_versions", "0003_directory_consent")
HEAD_REVISION = REVISIONS[-1]
# The tables of the head revision: a file at that revision without one of them was damaged by
# another tool. A test keeps this equal to the models, which the start does not load.
TABLES: frozenset[str] = frozenset({
    "attendance_audit", "attendances", "chapters", "charter_signatures", "charter_versions", "closed_business",
    "contacts", "extra_expected", "guest_visits", "meetings", "member_audit", "member_status_changes", "members",
    "one_to_ones", "presentations", "referral_steps", "referrals", "sectors", "settings", "warning_decisions",
    "warnings",
})

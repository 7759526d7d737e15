"""Schema revisions (and the head's tables and columns) known to this version of the code, without importing
Alembic or the models.

Comparing the stored revision with :data:`HEAD_REVISION` keeps Alembic (and its
start-up cost) out of every open where no upgrade is needed. A test checks that this
list matches the migration scripts.
"""

# Oldest first; the last one is the head. Add a revision here when adding a migration.
REVISIONS: tuple[str, ...] = ("0001_foundation", "0002_charter_privacy_versions", "0003_directory_consent")
HEAD_REVISION = REVISIONS[-1]
# The tables of the head revision and their columns: a file at that revision without one of them
# was damaged by another tool. A test keeps this equal to the models, which the start does not load.
COLUMNS: dict[str, tuple[str, ...]] = {
    "attendance_audit": ("id", "meeting_id", "member_id", "old_value", "new_value", "changed_by", "changed_at"),
    "attendances": (
        "id", "meeting_id", "member_id", "status", "arrival_time", "excuse_reason", "substitute_name",
        "substitute_company", "recorded_at", "version_id"),
    "chapters": ("id", "name", "sort_order", "retired", "version_id"),
    "charter_signatures": ("id", "member_id", "charter_version_id", "signed_on"),
    "charter_versions": ("id", "version", "adopted_on", "text", "version_id"),
    "closed_business": (
        "id", "date", "receiver_id", "giver_id", "referral_id", "amount", "is_new", "notes", "version_id"),
    "contacts": (
        "id", "kind", "first_name", "last_name", "company", "sector_id", "phone", "email", "follow_up", "notes",
        "member_id", "created_at", "version_id"),
    "extra_expected": ("id", "meeting_id", "member_id"),
    "guest_visits": ("id", "meeting_id", "contact_id", "invited_by_id"),
    "meetings": (
        "id", "date", "start_time", "kind", "chapter_id", "place", "title", "notes", "state", "series_id",
        "version_id"),
    "member_audit": ("id", "member_id", "at", "actor", "action", "details"),
    "member_status_changes": ("id", "member_id", "status", "effective_date", "reason", "recorded_at"),
    "members": (
        "id", "number", "civility", "first_name", "last_name", "arabic_name", "company", "position", "sector_id",
        "company_size", "ice", "city", "chapter_id", "mobile", "office_phone", "email", "address", "join_date",
        "sponsor_id", "club_role", "status", "notes", "consent_processing_on", "consent_directory_on",
        "anonymised_on", "version_id", "created_at", "updated_at"),
    "one_to_ones": ("id", "date", "member_a_id", "member_b_id", "notes", "version_id"),
    "presentations": ("id", "date", "member_id", "meeting_id", "kind", "title", "version_id"),
    "referral_steps": ("id", "referral_id", "status", "date"),
    "referrals": (
        "id", "date", "giver_id", "receiver_member_id", "receiver_contact_id", "prospect_id", "need", "temperature",
        "status", "created_at", "version_id"),
    "sectors": ("id", "name", "retired", "version_id"),
    "settings": ("key", "value", "changed_at"),
    "warning_decisions": ("id", "warning_id", "step", "decided_on", "decided_by", "notes"),
    "warnings": (
        "id", "member_id", "charter_point", "aspect", "facts", "closed_on", "date", "closing_note", "created_at",
        "version_id"),
}
TABLES: frozenset[str] = frozenset(COLUMNS)

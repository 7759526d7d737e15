"""Migration scripts, oldest first (listed in app.db.schema.REVISIONS)."""

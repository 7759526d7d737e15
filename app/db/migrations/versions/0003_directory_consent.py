"""The printed directory is one decision: a member appears in it only with a dated consent.

Until now a member carried two things: ``in_directory`` (ticked by default in the form, so set
for nearly everyone) and ``consent_directory_on`` (the day they agreed, often empty). The
directory printed everyone with ``in_directory``, consent or not, which law 09-08 does not
allow. The column ``in_directory`` is dropped; from now on a member is in the directory when,
and only when, ``consent_directory_on`` holds a date.

What this does to existing records, on purpose:
- a member who was "in the directory" without a recorded consent is no longer published: the
  directory counts them on its first page until their consent is recorded with its date;
- a member taken out of the directory while a consent date was recorded stays out: that date
  is cleared (the member's wish to stay out wins), with a line in their audit trail;
- nobody is put into the directory who was not in it.

The downgrade sets ``in_directory`` from the consent (a date: in it), so it keeps the rule.

Revision ID: 0003_directory_consent
Revises: 0002_charter_privacy_versions
Create Date: 2026-12-07 16:50:00
"""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003_directory_consent"
down_revision = "0002_charter_privacy_versions"
branch_labels = None
depends_on = None

ACTOR = "mise à jour de Cercle"  # stored in the audit trail, in the club's language

members = sa.table(
    "members",
    sa.column("id", sa.Integer),
    sa.column("in_directory", sa.Boolean),
    sa.column("consent_directory_on", sa.Date),
)
audit = sa.table(
    "member_audit",
    sa.column("member_id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("details", sa.Text),
)


def upgrade() -> None:
    connection = op.get_bind()
    withdrawn = connection.execute(sa.select(members.c.id).where(
        members.c.in_directory.is_(sa.false()), members.c.consent_directory_on.is_not(None))).scalars().all()
    if withdrawn:
        now = datetime.now().replace(microsecond=0)
        details = json.dumps({"fields": ["consent_directory_on"]})
        op.bulk_insert(audit, [{"member_id": member_id, "at": now, "actor": ACTOR, "action": "consent",
                                "details": details} for member_id in withdrawn])
        op.execute(members.update().where(members.c.id.in_(withdrawn)).values(consent_directory_on=None))
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("in_directory")


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("in_directory", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(members.update().where(members.c.consent_directory_on.is_not(None)).values(in_directory=True))

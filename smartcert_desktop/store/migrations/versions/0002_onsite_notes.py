"""On-site inspection notes (현장실사) per applicant and per indicator.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("score_sheet") as batch:
        batch.add_column(sa.Column("onsite_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("score_entry") as batch:
        batch.add_column(sa.Column("onsite_note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("score_entry") as batch:
        batch.drop_column("onsite_note")
    with op.batch_alter_table("score_sheet") as batch:
        batch.drop_column("onsite_note")

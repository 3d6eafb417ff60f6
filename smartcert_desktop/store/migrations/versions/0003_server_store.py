"""What a program on a PostgreSQL server needs: its key file and evidence documents in the database, and the
staff member on every audit entry.

On SQLite the key file stays in ``keys/`` and the documents in ``documents/`` (the two tables stay empty);
every new audit entry names the operating-system user and host there, the database user and machine on
PostgreSQL. Entries made before keep no staff, and their hashes stay as they were.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_file",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "document_content",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    # A new nullable column: SQLite adds it in place (its append-only triggers stay), PostgreSQL likewise.
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("staff", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("staff")
    op.drop_table("document_content")
    op.drop_table("key_file")

"""Alembic environment: migrations run on the connection the store hands over (never from an ini file)."""

from __future__ import annotations

from alembic import context

from smartcert_desktop.store.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used when a developer runs alembic by hand
    raise RuntimeError("smartcert migrations run through smartcert_desktop.store.db.open_database")

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

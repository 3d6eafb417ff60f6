"""The store: SQLAlchemy 2.0 models of a smartcert workspace.

One schema serves both kinds of workspace. A program workspace (operating agency, chair) holds one program
with its applicants, evaluators, assignments, merged bundles and correction decisions. An evaluator
workspace holds the programs whose assignment packages it imported, and the evaluator's own score sheets.
Score sheets have the same shape on both sides: on the program side they are the content of the latest
accepted bundle of each evaluator.

The schema is created and changed only by the Alembic migrations in ``store/migrations``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Workspace(Base):
    """One row: what this database is (``program`` or ``evaluator``) and whose."""

    __tablename__ = "workspace"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[str] = mapped_column(String(64))  # program id or evaluator id
    owner_name: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_version: Mapped[str] = mapped_column(String(32))
    submit_sequence: Mapped[int] = mapped_column(Integer, default=0)  # evaluator: last bundle sequence


class FrameworkSnapshot(Base):
    __tablename__ = "framework_snapshot"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    framework_id: Mapped[str] = mapped_column(String(128))
    version: Mapped[str] = mapped_column(String(64))
    canonical_json: Mapped[str] = mapped_column(Text)


class Program(Base):
    __tablename__ = "program"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    framework_hash: Mapped[str] = mapped_column(ForeignKey("framework_snapshot.hash"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The program's public keys: its own on the program side, pinned at first import on the evaluator side.
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    package_created_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    package_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    package_serial: Mapped[int | None] = mapped_column(Integer, nullable=True)  # evaluator side

    framework: Mapped[FrameworkSnapshot] = relationship()


class Applicant(Base):
    __tablename__ = "applicant"
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_ko: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    province: Mapped[str] = mapped_column(Text, default="")
    population: Mapped[int] = mapped_column(Integer)


class ReportedValue(Base):
    __tablename__ = "reported_value"
    __table_args__ = (ForeignKeyConstraint(["program_id", "applicant_code"],
                                           ["applicant.program_id", "applicant.code"], ondelete="CASCADE"),)
    program_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    applicant_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    # Evaluator side: the points this value gives, as the program computed them for the package (MINMAX
    # depends on every applicant of the city type, which only the program sees).
    points: Mapped[str | None] = mapped_column(String(32), nullable=True)


class SelfAssessment(Base):
    __tablename__ = "self_assessment"
    __table_args__ = (ForeignKeyConstraint(["program_id", "applicant_code"],
                                           ["applicant.program_id", "applicant.code"], ondelete="CASCADE"),)
    program_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    applicant_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))


class Document(Base):
    """An evidence document (증빙자료, PDF) of an applicant; the bytes live in the workspace's
    ``documents/`` folder under their SHA-256 (in :class:`DocumentContent` on a PostgreSQL server)."""

    __tablename__ = "document"
    __table_args__ = (ForeignKeyConstraint(["program_id", "applicant_code"],
                                           ["applicant.program_id", "applicant.code"], ondelete="CASCADE"),)
    program_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    applicant_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)


class Evaluator(Base):
    __tablename__ = "evaluator"
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)


class Conflict(Base):
    """제척·회피: an applicant an evaluator must never score."""

    __tablename__ = "conflict"
    program_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    evaluator_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    applicant_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    __table_args__ = (
        ForeignKeyConstraint(["program_id", "evaluator_id"], ["evaluator.program_id", "evaluator.id"],
                             ondelete="CASCADE"),
        ForeignKeyConstraint(["program_id", "applicant_code"], ["applicant.program_id", "applicant.code"],
                             ondelete="CASCADE"),
    )


class Assignment(Base):
    __tablename__ = "assignment"
    program_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    evaluator_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    applicant_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    __table_args__ = (
        ForeignKeyConstraint(["program_id", "applicant_code"], ["applicant.program_id", "applicant.code"],
                             ondelete="CASCADE"),
    )


class Bundle(Base):
    """A score bundle received by the program (program side)."""

    __tablename__ = "bundle"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    evaluator_id: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))  # current | superseded
    audit_head: Mapped[str] = mapped_column(String(64), default="")
    app_version: Mapped[str] = mapped_column(String(32), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    __table_args__ = (UniqueConstraint("program_id", "evaluator_id", "sequence"),)


class ScoreSheet(Base):
    __tablename__ = "score_sheet"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    evaluator_id: Mapped[str] = mapped_column(String(32))
    applicant_code: Mapped[str] = mapped_column(String(64))
    recused: Mapped[bool] = mapped_column(Boolean, default=False)
    recusal_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    onsite_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    bundle_id: Mapped[int | None] = mapped_column(ForeignKey("bundle.id", ondelete="SET NULL"), nullable=True)
    submitted_sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)  # evaluator side
    __table_args__ = (UniqueConstraint("program_id", "evaluator_id", "applicant_code"),)

    entries: Mapped[list[ScoreEntry]] = relationship(back_populates="sheet", cascade="all, delete-orphan",
                                                     order_by="ScoreEntry.indicator_code")


class ScoreEntry(Base):
    __tablename__ = "score_entry"
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheet.id", ondelete="CASCADE"), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    verified_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    onsite_note: Mapped[str] = mapped_column(Text, default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)

    sheet: Mapped[ScoreSheet] = relationship(back_populates="entries")


class CorrectionDecision(Base):
    """The chair's decision on evaluators' verified values: ``accepted`` (with the value now in effect)
    or ``dismissed`` (of the listed evaluator's value)."""

    __tablename__ = "correction_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    applicant_code: Mapped[str] = mapped_column(String(64))
    indicator_code: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # accepted | dismissed
    value: Mapped[str] = mapped_column(Text)
    evaluator_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only, hash-chained log: each entry's hash covers the previous hash and its own content.
    Triggers in the migration refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Who made the change: the database user and machine (PostgreSQL) or the system user and host (SQLite);
    # None in entries made before smartcert recorded it. Part of the hash when present.
    staff: Mapped[str | None] = mapped_column(Text, nullable=True)


class KeyFile(Base):
    """The program's encrypted key file, byte for byte, when its store is a PostgreSQL server (a SQLite
    workspace keeps it in ``keys/``). Still encrypted with the program's passphrase."""

    __tablename__ = "key_file"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class DocumentContent(Base):
    """An evidence document's bytes by SHA-256, when the store is a PostgreSQL server (a SQLite workspace keeps
    them in ``documents/``)."""

    __tablename__ = "document_content"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Submission(Base):
    """Evaluator side: every bundle this workspace wrote."""

    __tablename__ = "submission"
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text, default="")
    complete: Mapped[bool] = mapped_column(Boolean, default=True)

"""The register's tables, as SQLAlchemy 2 mapped classes.

One class per thing a certification body keeps: organisations, people,
content-addressed blobs (bundles, attachments, reports), assessments with
their files, evidence checks, overrides, reviews, sign-offs, certificates,
API tokens, and the hash-chained event log that makes every other row
tamper-evident (``chain.py``).

Times are ISO-8601 UTC text and dates ``YYYY-MM-DD`` text, so that a row
reads, hashes and compares the same on SQLite and PostgreSQL. Rows that
several people may change at once (assessments, certificates, people)
carry a ``version`` column used for optimistic concurrency: SQLAlchemy
adds ``WHERE version = :seen`` to every UPDATE and the service turns a
miss into a :class:`~cmm_rules.register.service.ConflictError`.

The schema itself is created and upgraded only by the Alembic migrations
in ``migrations/versions``; these classes must describe the head revision.
"""
from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Roles a person can hold; a provider belongs to one organisation.
ROLES = ("assessor", "reviewer", "admin", "provider")
#: What an assessor found when checking an evidence item (on site or against the original).
CHECK_STATUSES = ("verified", "not_verified", "rejected")
#: Why an assessor overrules a machine finding (the typed reason of an override).
OVERRIDE_REASONS = {
    "evidence_insufficient": "evidence insufficient on inspection",
    "evidence_found_on_site": "evidence found on site",
    "item_misfiled": "item misfiled under another topic",
    "criterion_not_applicable": "criterion does not fit this provider",
    "evidence_rejected": "evidence rejected as not genuine or not current",
}
#: Assessment states: open (being assessed) → submitted (reviewed, awaiting sign-off)
#: → signed_off (final) ; a reviewer may return a submitted one (→ returned, assessable again).
STATES = ("open", "submitted", "returned", "signed_off")
#: Certificate statuses.
CERTIFICATE_STATUSES = ("active", "suspended", "withdrawn")


class Base(DeclarativeBase):
    pass


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    org_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), nullable=True)
    #: Ed25519 public key, raw 32 bytes in base64 (``cmm keys new``).
    public_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: argon2id hash (set by the web application); the event log keeps only its sha256.
    password_hash: Mapped[str | None] = mapped_column(Text, nullable=True, info={"digest_only": True})
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class ApiToken(Base):
    """A bearer token, shown once and stored as its sha256 (tokens are 256 random bits)."""
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Blob(Base):
    """Bytes stored once under their sha256: bundles, attachments, reports."""
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Assessment(Base):
    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    #: The report's own assessment id (from the bundle) and date.
    reference: Mapped[str] = mapped_column(String(200))
    assessment_date: Mapped[str] = mapped_column(String(10))
    decision_id: Mapped[str] = mapped_column(String(64), index=True)
    outcome_sha256: Mapped[str] = mapped_column(String(64))
    catalogue_version: Mapped[str] = mapped_column(String(50))
    catalogue_digest: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(20))
    machine_stars: Mapped[int] = mapped_column(Integer)
    machine_valid: Mapped[bool] = mapped_column(Boolean)
    final_stars: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20))
    report_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    bundle_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    bundle_name: Mapped[str] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class AssessmentFile(Base):
    """An attachment of an assessment's bundle: its path beside the bundle and its blob."""
    __tablename__ = "assessment_files"
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), primary_key=True)
    sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)  # None: missing when added


class EvidenceCheck(Base):
    """An assessor's check of one evidence item: verified, not verified or rejected, with a note."""
    __tablename__ = "evidence_checks"
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), primary_key=True)
    evidence_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[str] = mapped_column(String(32))


class Override(Base):
    """An assessor overruling one machine finding: before → after, typed reason, rationale, who, when."""
    __tablename__ = "overrides"
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), primary_key=True)
    criterion: Mapped[str] = mapped_column(String(100), primary_key=True)
    before: Mapped[str] = mapped_column(String(20))
    after: Mapped[str] = mapped_column(String(20))
    reason_code: Mapped[str] = mapped_column(String(50))
    rationale: Mapped[str] = mapped_column(Text)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[str] = mapped_column(String(32))


class Review(Base):
    """An assessor's signed statement of the final decision, handed to sign-off."""
    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    statement: Mapped[str] = mapped_column(Text)  # canonical JSON
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)  # Ed25519, base64
    at: Mapped[str] = mapped_column(String(32))


class SignOff(Base):
    """A second person's signed approval (or return) of a review: the four-eyes step."""
    __tablename__ = "signoffs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    outcome: Mapped[str] = mapped_column(String(20))  # approved | returned
    statement: Mapped[str] = mapped_column(Text)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[str] = mapped_column(String(32))


class Certificate(Base):
    __tablename__ = "certificates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    stars: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[str] = mapped_column(String(10))
    valid_until: Mapped[str] = mapped_column(String(10))
    surveillance: Mapped[str] = mapped_column(Text)  # JSON list of YYYY-MM-DD
    status: Mapped[str] = mapped_column(String(20))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("assessment_id", name="uq_certificate_assessment"),)


class Event(Base):
    """One entry of the append-only log; ``hash`` covers the entry and the previous entry's hash."""
    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(50))
    actor: Mapped[str | None] = mapped_column(String(200), nullable=True)
    assessment_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


#: The tables whose every row the event log vouches for (``cmm register check`` compares them).
LOGGED = (Organisation, Person, ApiToken, Assessment, AssessmentFile, EvidenceCheck, Override, Review, SignOff,
          Certificate)

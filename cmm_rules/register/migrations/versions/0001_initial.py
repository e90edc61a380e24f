"""The first register schema: organisations, people, blobs, assessments and what assessors add to them,
certificates and the hash-chained event log.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("org_id", sa.String(200), sa.ForeignKey("organisations.id"), nullable=True),
        sa.Column("public_key", sa.Text, nullable=True),
        sa.Column("password_hash", sa.Text, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("org_id", sa.String(200), sa.ForeignKey("organisations.id"), nullable=False, index=True),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("assessment_date", sa.String(10), nullable=False),
        sa.Column("decision_id", sa.String(64), nullable=False, index=True),
        sa.Column("outcome_sha256", sa.String(64), nullable=False),
        sa.Column("catalogue_version", sa.String(50), nullable=False),
        sa.Column("catalogue_digest", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("machine_stars", sa.Integer, nullable=False),
        sa.Column("machine_valid", sa.Boolean, nullable=False),
        sa.Column("final_stars", sa.Integer, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("report_sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("bundle_name", sa.Text, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("people.id"), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "assessment_files",
        sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), primary_key=True),
        sa.Column("path", sa.String(1000), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=True),
    )
    op.create_table(
        "evidence_checks",
        sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), primary_key=True),
        sa.Column("evidence_id", sa.String(200), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "overrides",
        sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), primary_key=True),
        sa.Column("criterion", sa.String(100), primary_key=True),
        sa.Column("before", sa.String(20), nullable=False),
        sa.Column("after", sa.String(20), nullable=False),
        sa.Column("reason_code", sa.String(50), nullable=False),
        sa.Column("rationale", sa.Text, nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), nullable=False, index=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("signature", sa.Text, nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), nullable=False, index=True),
        sa.Column("review_id", sa.Integer, sa.ForeignKey("reviews.id"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("signature", sa.Text, nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), nullable=False, index=True),
        sa.Column("org_id", sa.String(200), sa.ForeignKey("organisations.id"), nullable=False, index=True),
        sa.Column("stars", sa.Integer, nullable=False),
        sa.Column("issued_on", sa.String(10), nullable=False),
        sa.Column("valid_until", sa.String(10), nullable=False),
        sa.Column("surveillance", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.UniqueConstraint("assessment_id", name="uq_certificate_assessment"),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("actor", sa.String(200), nullable=True),
        sa.Column("assessment_id", sa.Integer, nullable=True, index=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )


def downgrade():
    for table in ("events", "certificates", "signoffs", "reviews", "overrides", "evidence_checks",
                  "assessment_files", "assessments", "blobs", "people", "organisations"):
        op.drop_table(table)

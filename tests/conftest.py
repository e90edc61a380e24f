"""Shared fixtures: the reference catalogue, loaded once, and a bundle writer."""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
import yaml

from cmm_rules import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "evidence_samples"


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


def copy_reference_catalogue(folder: Path) -> Path:
    """Copy the reference catalogue's files into ``folder`` (to freeze or to edit them)."""
    for source in sorted((ROOT / "rules").glob("*.yaml")):
        shutil.copy2(source, folder / source.name)
    return folder


@pytest.fixture(scope="session")
def frozen_catalogue(tmp_path_factory) -> Path:
    """A copy of the reference catalogue, taken once: decisions compared in a test cannot drift."""
    return copy_reference_catalogue(tmp_path_factory.mktemp("catalogue"))


def write_report(bundle: Path, folder: Path) -> Path:
    """``bundle``'s JSON report, as `cmm assess --format json` writes it, in ``folder``: what `cmm register add` takes."""
    from cmm_rules import assess
    from cmm_rules.report import to_json

    path = folder / "report.json"
    path.write_text(to_json(assess(bundle)), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample_report(tmp_path_factory) -> Path:
    """The 3-star sample's JSON report, written once for the register tests."""
    return write_report(SAMPLES / "city-service-platform-3star.yaml", tmp_path_factory.mktemp("report"))


@pytest.fixture
def write_bundle(tmp_path):
    """Write a bundle (dict) as YAML, or raw text/bytes, and return its path."""

    def write(content, name: str = "bundle.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return path

    return write


def minimal_bundle(*evidence, date: str = "2026-11-01", exclusions=None, org: str = "ORG-1") -> dict:
    """A valid bundle around the given evidence items."""
    bundle = {
        "organisation": {"id": org, "name": f"Provider {org}", "kind": "market_firm"},
        "assessment": {"id": f"{org}-A1", "date": date},
        "evidence": list(evidence),
    }
    if exclusions:
        bundle["exclusions"] = exclusions
    return bundle


# ------------------------------------------------------------- register databases
#
# Register tests run on SQLite and, when CMM_TEST_POSTGRES_URL names a
# PostgreSQL database, on it too: each test in a fresh schema, dropped after.
# Under CI (CI=true) a missing PostgreSQL URL fails those tests instead of
# leaving PostgreSQL untested.


def _register_engines() -> list[str]:
    engines = ["sqlite"]
    if os.environ.get("CMM_TEST_POSTGRES_URL") or os.environ.get("CI") == "true":
        engines.append("postgresql")
    return engines


@pytest.fixture(params=_register_engines())
def register_url(request, tmp_path):
    """A URL of an empty register database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
        return
    base = os.environ.get("CMM_TEST_POSTGRES_URL")
    if not base:
        pytest.fail("CI=true but CMM_TEST_POSTGRES_URL is not set: the register must be tested on PostgreSQL")
    from sqlalchemy import create_engine, make_url, text

    schema = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

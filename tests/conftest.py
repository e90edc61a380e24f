"""Shared fixtures: the reference catalogue, loaded once, and a bundle writer."""
from __future__ import annotations

from pathlib import Path

import shutil

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

"""`cmm catalogue show`: the table, JSON for tools, and docs/catalogue.md kept fresh."""
from __future__ import annotations

import json

from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import ROOT


def show(*args):
    return CliRunner().invoke(main, ["catalogue", "show", *args], catch_exceptions=False)


def test_text_table_counts_every_domain_and_level(catalogue):
    result = show()
    assert result.exit_code == 0
    assert "criteria    L1    L2    L3    L4    L5    total" in result.output
    for domain in ("ST", "DE", "TR", "OP", "CI"):
        assert f"\n  {domain} " in result.output
    grid = result.output.split("\n\n")[1].splitlines()
    assert grid[-1].split() == ["all"] + [str(sum(c.level == lvl for c in catalogue.criteria)) for lvl in range(1, 6)] \
        + [str(len(catalogue.criteria))]


def test_json_lists_every_criterion_with_its_place(catalogue):
    rows = json.loads(show("--format", "json").output)
    assert len(rows) == len(catalogue.criteria)
    for row in rows:
        assert {"id", "domain", "subdomain", "level", "clause"} <= row.keys()
        assert row["domain"] in {"ST", "DE", "TR", "OP", "CI"}
    assert rows[0]["id"] == catalogue.criteria[0].id


def test_topics_are_listed(catalogue):
    out = show("--topics").output
    assert all(name in out for name in catalogue.topics)


def test_docs_catalogue_md_is_fresh():
    """Regenerate with: cmm catalogue show --format md -o docs/catalogue.md"""
    expected = show("--format", "md").output
    assert (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8") == expected, \
        "docs/catalogue.md is stale: run `cmm catalogue show --format md -o docs/catalogue.md`"

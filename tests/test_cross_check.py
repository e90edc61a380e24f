"""The run-time cross-check: the reference evaluator recomputes every criterion
after durable_rules fires; a disagreement is an error finding and an invalid
decision (exit 5), never a silent result."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cmm_rules import conditions
from cmm_rules.cli import main
from cmm_rules.engine import Engine

from conftest import minimal_bundle
from mini_catalogue import criterion, write_catalogue

PLAN = {"id": "E1", "topic": "plan", "kind": "document", "title": "plan", "attributes": {"years": 3}}


@pytest.fixture
def catalogue_dir(tmp_path):
    return write_catalogue(tmp_path / "cat", [
        criterion("XX-AA-1-01", {"evidence": {"topic": "plan", "where": {"years": {"gte": 3}}}}),
        criterion("XX-AA-1-02", {"evidence": {"topic": "plan"}}),
    ])


def _assess(catalogue_dir, write_bundle):
    result = CliRunner().invoke(main, ["assess", str(write_bundle(minimal_bundle(PLAN))), "--catalogue",
                                       str(catalogue_dir), "--format", "json"], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout[:result.stdout.rindex("}") + 1])


def test_engine_and_reference_agree(catalogue_dir, write_bundle):
    code, report = _assess(catalogue_dir, write_bundle)
    assert code == 0
    assert {f["criterion"]: f["result"] for f in report["findings"]} == {"XX-AA-1-01": "pass", "XX-AA-1-02": "pass"}


def test_a_wrong_compiled_rule_is_an_error_and_an_invalid_decision(catalogue_dir, write_bundle, monkeypatch):
    """Compile `≥ 3` as `> 3`: durable_rules fails the criterion the reference evaluator passes."""
    real = conditions.leaf_expression

    def wrong(leaf):
        return json.loads(json.dumps(real(leaf)).replace('"$gte": {"n_years"', '"$gt": {"n_years"'))

    monkeypatch.setattr(conditions, "leaf_expression", wrong)
    monkeypatch.setattr(Engine, "_cache", {})  # compile afresh, and forget it afterwards
    code, report = _assess(catalogue_dir, write_bundle)
    assert code == 5
    finding = next(f for f in report["findings"] if f["criterion"] == "XX-AA-1-01")
    assert finding["result"] == "error"
    assert finding["engine_result"] == "fail"
    assert "durable_rules decided fail, the reference evaluator pass" in finding["error"]
    assert "durable_rules counted [], the reference evaluator [E1]" in finding["error"]
    assert report["overall"]["valid"] is False
    assert any("XX-AA-1-01" in reason for reason in report["overall"]["invalid_because"])
    assert next(f for f in report["findings"] if f["criterion"] == "XX-AA-1-02")["result"] == "pass"

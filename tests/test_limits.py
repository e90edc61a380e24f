"""Catalogues the schema accepts compile and run, however deep or wide their conditions:
durable_rules refuses expressions nested about 14 deep (error 113) and fails when more than
64 branches of one rule hold at once (error 303), so such groups are counted by rules of
their own (conditions.verdict_plan). Everything through the command line."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import minimal_bundle
from mini_catalogue import criterion, write_catalogue


def cmm(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def deep(depth: int, top: str = "plan") -> dict:
    """``depth`` groups, alternately all and any, each with a leaf of its own beside the next group."""
    node = {"evidence": {"topic": "log"}}
    for level in range(depth):
        kind = "all" if level % 2 == 0 else "any"
        node = {kind: [node, {"evidence": {"topic": top if kind == "all" else "issue"}}]}
    return node


def nested_all(depth: int) -> dict:
    node = {"evidence": {"topic": "plan"}}
    for _ in range(depth):
        node = {"all": [node]}
    return node


def wide_any(width: int) -> dict:
    return {"any": [{"evidence": {"topic": "kpi", "where": {"k": {"gte": i}}}} for i in range(width)]}


def item(eid, topic="plan", **extra):
    return {"id": eid, "topic": topic, "kind": "record", "title": f"{topic} {eid}", **extra}


@pytest.fixture
def limits_catalogue(tmp_path):
    return write_catalogue(tmp_path / "cat", [
        criterion("XX-AA-1-01", deep(20)),
        criterion("XX-AA-1-02", nested_all(20)),
        criterion("XX-AA-1-03", wide_any(100)),
        criterion("XX-AA-1-04", {"not": wide_any(100)}),
        criterion("XX-AA-1-05", {"all": [wide_any(100), deep(17, "tags")]}),
    ])


def _results(folder, bundle_path):
    code, out, err = cmm("assess", bundle_path, "--catalogue", folder, "--format", "json")
    assert "Traceback" not in err
    report = json.loads(out)
    return code, {f["criterion"]: f["result"] for f in report["findings"]}


def test_deep_and_wide_conditions_assess_correctly(limits_catalogue, write_bundle):
    kpi = item("K1", "kpi", attributes={"k": 1000})  # all 100 branches hold at once
    code, results = _results(limits_catalogue, write_bundle(minimal_bundle(item("P1"), item("L1", "log"), kpi,
                                                                             item("T1", "tags"))))
    assert code == 0
    assert results == {"XX-AA-1-01": "pass", "XX-AA-1-02": "pass", "XX-AA-1-03": "pass",
                       "XX-AA-1-04": "fail", "XX-AA-1-05": "pass"}


def test_deep_and_wide_conditions_fail_for_what_is_missing(limits_catalogue, write_bundle):
    code, results = _results(limits_catalogue, write_bundle(minimal_bundle(item("L1", "log"))))
    assert code == 0
    assert results == {"XX-AA-1-01": "fail", "XX-AA-1-02": "fail", "XX-AA-1-03": "fail",
                       "XX-AA-1-04": "pass", "XX-AA-1-05": "fail"}


def test_the_deep_condition_is_decided_branch_by_branch(limits_catalogue, write_bundle):
    """The outermost group is an any whose own leaf is an 'issue'; without it, every level down to
    the innermost all (log and plan) must hold."""
    assert _results(limits_catalogue, write_bundle(minimal_bundle(item("I1", "issue"))))[1]["XX-AA-1-01"] == "pass"
    assert _results(limits_catalogue, write_bundle(minimal_bundle(item("P1"))))[1]["XX-AA-1-01"] == "fail"


def test_lint_and_explain_and_screen_take_them(limits_catalogue, write_bundle, tmp_path):
    code, out, err = cmm("catalogue", "lint", limits_catalogue)
    assert "Traceback" not in err and "can never be met" not in out + err
    code, out, err = cmm("explain", "XX-AA-1-03", "--catalogue", limits_catalogue, "--rules")
    assert code == 0 and "any one of the following:" in out
    bundle = write_bundle(minimal_bundle(item("P1")))
    code, out, err = cmm("screen", bundle, "--catalogue", limits_catalogue, "-o", tmp_path / "rows.jsonl", "-q",
                         "--jobs", "1")
    assert code == 0, out + err
    row = json.loads((tmp_path / "rows.jsonl").read_text().splitlines()[0])
    assert not row.get("error")


def test_one_item_meeting_a_hundred_conditions(tmp_path, write_bundle):
    """One evidence fact matching 100 leaf rules of a domain (durable_rules takes 64 per fact)."""
    folder = write_catalogue(tmp_path / "many", [
        criterion(f"XX-AA-1-{i:02d}", {"evidence": {"topic": "kpi", "where": {"k": {"gte": i}}}}) for i in range(100)])
    code, results = _results(folder, write_bundle(minimal_bundle(item("K1", "kpi", attributes={"k": 1000}))))
    assert code == 0 and set(results.values()) == {"pass"} and len(results) == 100
    code, results = _results(folder, write_bundle(minimal_bundle(item("K1", "kpi", attributes={"k": 49}))))
    assert [cid for cid, result in results.items() if result == "pass"] == [f"XX-AA-1-{i:02d}" for i in range(50)]


def test_a_where_nested_beyond_the_engine_is_refused_naming_criterion_and_limit(tmp_path, write_bundle):
    where = {"k": {"gte": 1}}
    for i in range(20):  # any and all alternately, 20 deep (a not of a not would simply cancel)
        where = {"any" if i % 2 == 0 else "all": [where, {f"a{i}": {"eq": 1}}]}
    deep_where = write_catalogue(tmp_path / "deep", [criterion("XX-AA-1-01", {"evidence": {"topic": "kpi", "where": where}})])
    wide_where = write_catalogue(tmp_path / "wide", [criterion("XX-AA-1-01", {"evidence": {"topic": "kpi", "where": {
        "any": [{"k": {"gte": i}} for i in range(61)]}}})])
    bundle = write_bundle(minimal_bundle(item("K1", "kpi", attributes={"k": 1000})))
    for folder, limit in ((deep_where, "durable_rules takes at most 10"), (wide_where, "durable_rules takes at most 60")):
        for args in (("assess", bundle, "--catalogue", folder), ("catalogue", "lint", folder),
                     ("explain", "XX-AA-1-01", "--catalogue", folder)):
            code, out, err = cmm(*args)
            assert code == 2 and "Traceback" not in err
            assert "criterion XX-AA-1-01: condition evidence" in err and limit in err, err


def test_an_engine_error_at_run_time_is_one_line_not_a_traceback(limits_catalogue, write_bundle, monkeypatch):
    """Should durable_rules still meet a limit while firing (its error codes), the user reads one line."""
    from cmm_rules.engine import _SyncHost

    def fail(self, ruleset, facts, complete=None):
        raise Exception("Could not assert facts, error code: 303")

    monkeypatch.setattr(_SyncHost, "assert_facts", fail)
    code, out, err = cmm("assess", write_bundle(minimal_bundle(item("P1"))), "--catalogue", limits_catalogue)
    assert code == 2 and "Traceback" not in err
    assert err.strip() == "error: durable_rules failed on this bundle: Could not assert facts, error code: 303"

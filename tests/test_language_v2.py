"""Condition language v2 through the whole pipeline: each conformance case of
``tests/conformance/language_v2.yaml`` assessed as a bundle (so the run-time
cross-check runs too) gets its expected result, and the finding says, in
words a reviewer reads, what the case's ``says`` names — the item without a
verification record, the share that fell short, the currency not converted.
(``tests/test_conformance.py`` runs the same cases through durable_rules and
the reference evaluator directly.)
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cmm_rules import assess, load_catalogue

from conftest import minimal_bundle
from mini_catalogue import criterion, write_catalogue

CASES = yaml.safe_load((Path(__file__).parent / "conformance" / "language_v2.yaml").read_text(encoding="utf-8"))["cases"]


def _cid(n: int) -> str:
    return f"XX-AA-1-{n + 1:02d}"


@pytest.fixture(scope="module")
def v2_catalogue(tmp_path_factory):
    """One catalogue holding every case as a criterion (so it compiles once)."""
    folder = tmp_path_factory.mktemp("v2")
    return load_catalogue(write_catalogue(folder, [criterion(_cid(n), case["requires"]) for n, case in enumerate(CASES)]))


def _items(case) -> list[dict]:
    return [{"id": f"E{n + 1}", "topic": "plan", "kind": "document", "title": f"item {n + 1}", **fields}
            for n, fields in enumerate(case["items"])]


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c["name"] for c in CASES])
def test_case_assessed_says_why(n, v2_catalogue, write_bundle):
    case = CASES[n]
    report = assess(write_bundle(minimal_bundle(*_items(case))), v2_catalogue)
    finding = next(f for f in report["findings"] if f["criterion"] == _cid(n))
    assert finding["result"] == case["expected"], f"{finding['result']}: {finding.get('error')} {finding['missing']}"
    if "says" in case:
        texts = finding["missing"] + [w for c in finding["conditions"] for w in c.get("why", []) + [c["requires"]]]
        texts += [c["measure"] for c in finding["conditions"] if "measure" in c]
        assert any(case["says"] in t for t in texts), texts


def test_refers_to_must_name_an_item_of_the_bundle(v2_catalogue, write_bundle):
    from cmm_rules import InputError
    bundle = minimal_bundle({"id": "V1", "topic": "verification", "kind": "record", "title": "check",
                             "refers_to": ["A9"]})
    with pytest.raises(InputError) as caught:
        assess(write_bundle(bundle), v2_catalogue)
    message = str(caught.value)
    assert "$.evidence[0].refers_to[0]" in message and "'A9'" in message and "bundle.yaml" in message


def test_lint_says_what_in_a_v2_condition_cannot_mean_what_it_says(tmp_path):
    from cmm_rules.lint import lint
    bad = [
        criterion("XX-AA-1-01", {"evidence": {"topic": "log", "distinct_by": "channel"}}),
        criterion("XX-AA-1-02", {"evidence": {"topic": "staff", "aggregate": {"share": {"degree": {"eq": True}}, "gte": 120}}}),
        criterion("XX-AA-1-03", {"evidence": {"topic": "kpi", "aggregate": {"rises": "value", "gte": 0}}}),
        criterion("XX-AA-1-04", {"evidence": {"topic": "volume", "aggregate": {"sum": "online", "gte": 5, "unit": "万元"}}}),
        criterion("XX-AA-1-05", {"evidence": {"topic": "revenue", "aggregate": {"sum": "value", "gte": 5, "unit": "%"}}}),
        criterion("XX-AA-1-06", {"evidence": {"topic": "licence", "days_between": {"from": "founded", "to": "founded", "gte": 1}}}),
        criterion("XX-AA-1-07", {"evidence": {"topic": "kpi", "aggregate": {"sum": "value", "gte": 5, "lte": 3}}}),
    ]
    problems, _ = lint(load_catalogue(write_catalogue(tmp_path / "bad", bad)))
    said = "\n".join(problems)
    assert "XX-AA-1-01 evidence: distinct_by channel with at_least 1 changes nothing" in said
    assert "XX-AA-1-02 evidence: a share is a percentage from 0 to 100; ≥ 120 is not" in said
    assert "XX-AA-1-03 evidence: rises ≥ 0 is met by a series that never rose" in said
    assert "XX-AA-1-04 evidence: aggregate unit '万元' applies to a sum, min or max of the metric value" in said
    assert "XX-AA-1-05 evidence: aggregate unit '%' is not a currency" in said
    assert "XX-AA-1-06 evidence: days_between from founded to itself is always 0" in said
    assert "XX-AA-1-07 evidence: (aggregate) can never be both ≥ 5 and ≤ 3" in said


def test_lint_proves_every_v2_conformance_condition_meetable_or_says_why_not(v2_catalogue):
    """The witness builder makes evidence for relations, distinct counts, aggregates, dates and trends:
    lint finds none of the v2 conformance conditions unmeetable."""
    from cmm_rules.lint import lint
    problems, _ = lint(v2_catalogue)
    assert not [p for p in problems if "can never be met" in p], problems


def test_cmm_explain_says_a_v2_condition_and_shows_its_join_rule(v2_catalogue):
    from click.testing import CliRunner

    from cmm_rules.cli import main
    first = next(n for n, c in enumerate(CASES) if c["name"].startswith("every action has"))
    share = next(n for n, c in enumerate(CASES) if c["name"].startswith("share of staff"))
    out = CliRunner().invoke(main, ["explain", _cid(first), "--rules", "--catalogue", v2_catalogue.root]).output
    assert "each referred to by an approved evidence item of topic 'verification'" in out
    assert "that no approved evidence item of topic 'verification' (主题) refers to" in out
    assert '{"r": {"$and": [{"type": "ref"}, {"to": {"x": "id"}}]}}' in out  # the three-fact join
    out = CliRunner().invoke(main, ["explain", _cid(share), "--catalogue", v2_catalogue.root]).output
    assert "of which ≥ 80 % have degree = true, title one of 'mid', 'senior'" in out


def test_a_wrongly_compiled_join_is_an_error_and_an_invalid_decision(v2_catalogue, write_bundle, monkeypatch):
    """The run-time cross-check covers language v2: a join that accepts any referring item is caught."""
    from cmm_rules import relations
    from cmm_rules.engine import Engine

    real = relations.join_rule
    monkeypatch.setattr(relations, "join_rule", lambda item, partner: real(item, {"$and": [{"type": "evidence"}]}))
    monkeypatch.setattr(Engine, "_cache", {})  # compile afresh, and forget it afterwards
    n = next(n for n, c in enumerate(CASES) if c["name"].startswith("the referring item must meet"))
    items = [{"id": "C1", "topic": "issue", "attributes": {"severity": "major"}},
             {"id": "R1", "topic": "log", "refers_to": ["C1"]}]  # a log without the root cause the rule needs
    report = assess(write_bundle(minimal_bundle(*_items({"items": items}))), v2_catalogue)
    finding = next(f for f in report["findings"] if f["criterion"] == _cid(n))
    assert finding["result"] == "error"
    assert "durable_rules decided pass, the reference evaluator fail" in finding["error"]
    assert report["overall"]["valid"] is False


def test_a_join_over_more_facts_than_one_engine_call_takes_finds_every_match(v2_catalogue, write_bundle):
    """durable_rules misses join matches across assert calls; relations get their facts in one call.
    300 actions each verified: every one is found (the cross-check would make a miss an error)."""
    from cmm_rules.engine import BATCH

    n = next(n for n, c in enumerate(CASES) if c["name"].startswith("every action has"))
    items = []
    for i in range(300):
        items.append({"id": f"A{i}", "topic": "action"})
        items.append({"id": f"V{i}", "topic": "verification", "refers_to": [f"A{i}"],
                      "approval": {"by": "Li Wei", "date": "2026-06-01"}})
    assert len(items) > BATCH
    report = assess(write_bundle(minimal_bundle(*_items({"items": items}))), v2_catalogue)
    finding = next(f for f in report["findings"] if f["criterion"] == _cid(n))
    assert finding["result"] == "pass", finding.get("error") or finding["missing"]
    assert finding["conditions"][0]["found"] == 300

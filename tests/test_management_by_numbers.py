"""Management by numbers (star phrase 4.2) through the command line.

A sub-domain is managed by numbers when an approved indicator with a
baseline, a target and an owner is measured over several quarters and every
measurement below target has a deviation analysis with a corrective action.
Whether a measurement meets its target is computed by the engine (topic
``targets:``), never taken as the bundle declares it: these tests assess
bundles with ``cmm assess`` on a catalogue that uses the shared topics of the
reference catalogue (rules/CI.yaml) and the level-4 pattern.
"""
from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from cmm_rules import load_catalogue
from cmm_rules.cli import main

from conftest import ROOT, minimal_bundle
from mini_catalogue import criterion, write_catalogue

SHARED = ("indicator_definition", "indicator_measurement", "deviation_analysis")

PATTERN = {"all": [
    {"evidence": {"topic": "indicator_definition", "approved": True,
                  "where": {"subdomain": {"eq": "op_cr"}, "baseline": {"exists": True}, "target": {"exists": True},
                            "owner": {"exists": True}},
                  "referred_by": {"topic": "indicator_measurement"}}},
    {"evidence": {"topic": "indicator_measurement", "kinds": ["metric"], "max_age_days": 460,
                  "where": {"subdomain": {"eq": "op_cr"}}, "distinct_by": "period.quarter", "at_least": 4}},
    {"not": {"evidence": {"topic": "indicator_measurement",
                          "where": {"subdomain": {"eq": "op_cr"}, "meets_target": {"eq": False}},
                          "lacking": {"topic": "deviation_analysis", "where": {"action": {"exists": True}}}}}},
]}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def shared_topics() -> dict:
    """The management-by-numbers topics as the reference catalogue declares them."""
    topics = load_catalogue(ROOT / "rules").topics
    return {name: topics[name] for name in SHARED}


def pattern_catalogue(folder: Path) -> Path:
    return write_catalogue(folder, [criterion("XX-AA-4-01", PATTERN)], shared_topics())


def definition() -> dict:
    return {"id": "IND-1", "topic": "indicator_definition", "kind": "document", "title": "满意度指标定义",
            "issued": "2025-09-01", "approval": {"by": "主任办公会", "date": "2025-09-05"},
            "attributes": {"subdomain": "OP-CR", "indicator": "客户满意率", "unit": "%", "baseline": 86,
                           "target": 90, "direction": "higher_better", "owner": "客户服务部", "frequency": "quarterly"}}


def measurement(n: int, quarter: str, value: float, **extra) -> dict:
    year, q = quarter.split("-Q")
    issued = {"1": "04-10", "2": "07-10", "3": "10-10", "4": "01-10"}[q]
    issued = f"{int(year) + 1 if q == '4' else year}-{issued}"
    return {"id": f"M{n}", "topic": "indicator_measurement", "kind": "metric", "title": f"客户满意率 {quarter}",
            "issued": issued, "value": value, "unit": "%", "period": {"year": int(year), "quarter": int(q)},
            "refers_to": ["IND-1"],
            "attributes": {"subdomain": "OP-CR", "target": 90, "direction": "higher_better", **extra}}


def four_quarters(**low_extra) -> list[dict]:
    return [definition(), measurement(1, "2025-Q4", 91), measurement(2, "2026-Q1", 88, **low_extra),
            measurement(3, "2026-Q2", 92), measurement(4, "2026-Q3", 93)]


def deviation() -> dict:
    return {"id": "DEV-1", "topic": "deviation_analysis", "kind": "record", "title": "二季度满意度偏差分析",
            "issued": "2026-04-20", "refers_to": ["M2"],
            "attributes": {"subdomain": "OP-CR", "cause": "回访人手不足", "action": "增设回访专员并每周复盘",
                           "action_status": "completed"}}


def assess(tmp_path: Path, evidence: list[dict]) -> tuple[int, dict]:
    bundle = tmp_path / "bundle.yaml"
    bundle.write_text(yaml.safe_dump(minimal_bundle(*evidence), allow_unicode=True), encoding="utf-8")
    out = tmp_path / "report.json"
    result = run("assess", bundle, "--catalogue", pattern_catalogue(tmp_path / "cat"), "--format", "json", "-o", out)
    return result.exit_code, json.loads(out.read_text(encoding="utf-8"))


def finding(report: dict, cid: str = "XX-AA-4-01") -> dict:
    return next(f for f in report["findings"] if f["criterion"] == cid)


def test_four_quarters_with_the_low_one_analysed_and_acted_on_pass(tmp_path):
    code, report = assess(tmp_path, four_quarters() + [deviation()])
    assert finding(report)["result"] == "pass"
    assert report["overall"]["valid"] and code in (0, 1)  # the rules and the reference evaluator agree


def test_the_low_quarter_without_its_deviation_analysis_fails_naming_it(tmp_path):
    _, report = assess(tmp_path, four_quarters())
    f = finding(report)
    assert f["result"] == "fail"
    assert any("M2" in line for line in f["missing"]), f["missing"]


def test_a_declared_meets_target_the_figures_contradict_is_replaced_and_named(tmp_path):
    code, report = assess(tmp_path, four_quarters(meets_target=True))
    assert finding(report)["result"] == "fail"  # M2 is below target whatever it declares
    assert report["overall"]["valid"], "durable_rules and the reference evaluator see the same computed value"
    messages = [c["message"] for c in report["cautions"]]
    assert ("M2 declares meets_target = True, but its value and target give False (88 is not ≥ 90, higher_better):"
            " False is used") in messages


def test_one_good_figure_reported_once_fails(tmp_path):
    _, report = assess(tmp_path, [definition(), measurement(1, "2026-Q3", 95)])
    assert finding(report)["result"] == "fail"


def test_four_measurements_in_one_quarter_fail(tmp_path):
    evidence = [definition()] + [dict(measurement(n, "2026-Q3", 91 + n), title=f"客户满意率 第{n}次")
                                 for n in range(1, 5)]
    _, report = assess(tmp_path, evidence)
    assert finding(report)["result"] == "fail"


def test_a_targets_declaration_on_a_text_attribute_is_refused_when_the_catalogue_loads(tmp_path):
    topics = shared_topics()
    topics["indicator_measurement"] = dict(topics["indicator_measurement"],
                                           targets={"meets_target": {"target": "indicator", "direction": "direction"}})
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-4-01", PATTERN)], topics)
    result = run("catalogue", "lint", folder)
    assert result.exit_code == 2
    assert "topic 'indicator_measurement', targets.meets_target: target 'indicator' must be a number attribute" \
        in result.output


def test_lint_proves_the_pattern_and_a_computed_boolean_meetable(tmp_path):
    most = {"evidence": {"topic": "indicator_measurement", "at_least": 3, "distinct_by": "period.quarter",
                         "where": {"subdomain": {"eq": "op_cr"}, "meets_target": {"eq": True}}}}
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-4-01", PATTERN), criterion("XX-AA-4-02", most)],
                             shared_topics())
    output = run("catalogue", "lint", folder).output
    assert "XX-AA-4-0" in output or "no problems" in output or "skipped level" in output
    assert "can never be met" not in output, output

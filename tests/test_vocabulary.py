"""The typed evidence vocabulary: values are normalised once, when the bundle is
validated, and whatever does not fit its topic is refused with one clear line.

The adversarial bundles of ``tests/adversarial/manifest-vocab.yaml`` go through
the real ``cmm assess``; the rest checks the catalogue side (every topic typed,
criteria consistent with the types), ``cmm screen``'s error rows and the
generated vocabulary document.
"""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from cmm_rules.catalogue import load_catalogue
from cmm_rules.cli import main
from cmm_rules.errors import InputError
from cmm_rules.facts import load_bundle

from conftest import ROOT
from mini_catalogue import HEADER, criterion, write_catalogue

CORPUS = ROOT / "tests" / "adversarial"
CASES = yaml.safe_load((CORPUS / "manifest-vocab.yaml").read_text(encoding="utf-8"))


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("case", CASES, ids=[c["bundle"] for c in CASES])
def test_adversarial_bundle_is_refused_or_caught(case, tmp_path):
    out = tmp_path / "report.json"
    result = run("assess", CORPUS / case["bundle"], "--format", "json", "-o", out)
    expect = case["expect"]
    assert result.exit_code == expect["exit"], f"{case['trick']}: exit {result.exit_code}\n{result.output}"
    said = result.output
    if expect["exit"] == 0:
        report = json.loads(out.read_text(encoding="utf-8"))
        said += json.dumps(report, ensure_ascii=False)
        results = {f["criterion"]: f["result"] for f in report["findings"]}
        for cid, wanted in expect.get("findings", {}).items():
            assert results[cid] == wanted, f"{case['trick']}: {cid} is {results[cid]}"
    else:
        assert "Traceback" not in said and len(said.strip().splitlines()) == 1, said
    for text in expect.get("mentions", []):
        assert text in said, f"{case['trick']}: {text!r} not said in {said}"


def test_refusal_names_file_line_path_topic_and_the_allowed_codes(tmp_path):
    bundle = yaml.safe_load((CORPUS / "vocab-complaint-capital-open.yaml").read_text(encoding="utf-8"))
    bundle["evidence"][-1]["attributes"]["status"] = "maybe"
    path = tmp_path / "bundle.yaml"
    path.write_text(yaml.safe_dump(bundle, allow_unicode=True, sort_keys=False), encoding="utf-8")
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "maybe" in text)
    result = run("assess", path)
    assert result.exit_code == 2
    index = len(bundle["evidence"]) - 1
    assert (f"bundle.yaml:{line} at $.evidence[{index}].attributes.status: 'maybe' is not a code of topic"
            " 'client_complaint' (allowed: open, closed)") in result.output


def test_facts_see_only_canonical_values(catalogue):
    facts = load_bundle(CORPUS / "vocab-nonconformity-chinese.yaml", catalogue)
    item = next(i for i in facts.items if i["id"] == "ADV-1")
    assert item["attributes"] == {"severity": "major", "status": "open", "days_open": 244}
    control = load_bundle(CORPUS / "vocab-unit-chinese-control.yaml", catalogue)
    assert {i["unit"] for i in control.items if i["topic"] == "first_response_median_time"} == {"h"}


def test_screen_lists_a_bundle_with_a_bad_value_as_an_error_row_and_goes_on(tmp_path):
    for name in ("vocab-satisfaction-150.yaml", "vocab-complaint-closed-control.yaml"):
        shutil.copy(CORPUS / name, tmp_path / name)
    out = tmp_path / "screen.csv"
    result = run("screen", tmp_path, "-o", out)
    rows = {Path(row["file"]).name: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert "satisfaction-150.yaml:27 at $.evidence[2].value: value 150 is out of range for topic" \
        " 'complaint_handling_satisfaction' (allowed 0–100 %)" in rows["vocab-satisfaction-150.yaml"]["error"]
    assert rows["vocab-complaint-closed-control.yaml"]["error"] == ""
    assert rows["vocab-complaint-closed-control.yaml"]["valid"] == "True"
    assert "1 in error" in result.output


def test_every_reference_topic_declares_typed_attributes(catalogue):
    for name, topic in catalogue.topics.items():
        assert "attributes" in topic or "unit" in topic, f"{name} is not typed"
        assert catalogue.vocabulary.topics[name].typed
        for attr, spec in topic.get("attributes", {}).items():
            if attr.endswith("_pct"):
                assert (spec.get("unit"), spec.get("min"), spec.get("max")) == ("%", 0, 100), f"{name}.{attr}"
        if topic.get("unit") == "%":
            assert topic["value"] == {"min": 0, "max": 100} or name == "performance_improvement_trend", name
    assert catalogue.topics["client_net_promoter_score"]["value"] == {"min": -100, "max": 100}


def test_a_criterion_testing_a_code_its_topic_does_not_have_is_refused(tmp_path):
    header = dict(HEADER, topics={**HEADER["topics"], "issue": {
        "zh": "问题", "en": "issue", "description": "an issue",
        "attributes": {"status": {"type": "code", "description": "status",
                                  "codes": {"open": {"zh": "未关闭", "en": "open"},
                                            "closed": {"zh": "已关闭", "en": "closed"}}}}}})
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"not": {"evidence": {
        "topic": "issue", "where": {"status": {"eq": "opne"}}}}})])
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match="tests 'status' of topic 'issue' .* against 'opne', which is not one of its codes"):
        load_catalogue(folder)


def test_a_synonym_given_to_two_codes_is_refused(tmp_path):
    header = dict(HEADER, topics={**HEADER["topics"], "issue": {
        "zh": "问题", "en": "issue", "description": "an issue",
        "attributes": {"status": {"type": "code", "description": "status",
                                  "codes": {"open": {"zh": "未关闭", "en": "open", "synonyms": ["pending"]},
                                            "closed": {"zh": "已关闭", "en": "closed", "synonyms": ["Pending"]}}}}}})
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}})])
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match="attribute 'status': 'pending' would mean both 'closed' and 'open'"):
        load_catalogue(folder)


def test_docs_vocabulary_md_is_fresh():
    """Regenerate with: cmm catalogue show --topics --format md -o docs/vocabulary.md"""
    expected = run("catalogue", "show", "--topics", "--format", "md").output
    assert (ROOT / "docs" / "vocabulary.md").read_text(encoding="utf-8") == expected, \
        "docs/vocabulary.md is stale: run `cmm catalogue show --topics --format md -o docs/vocabulary.md`"


def test_topics_json_states_types_and_codes():
    topics = json.loads(run("catalogue", "show", "--topics", "--format", "json").output)
    status = topics["client_complaint"]["attributes"]["status"]
    assert status["type"] == "code" and status["required"] is True
    assert "未整改" in status["codes"]["open"]["synonyms"]


_VALUES = st.one_of(st.integers(-300, 300), st.floats(-200, 200, allow_nan=False), st.booleans(),
                    st.sampled_from(["open", "closed", "major", "2026-02-30", "2026-02-03", "", "x", "297"]),
                    st.lists(st.sampled_from(["review", "approval", "x", "open"]), max_size=3))


@settings(max_examples=300, deadline=None)
@given(topic=st.sampled_from(["client_complaint", "service_change_record", "transition_plan", "service_catalogue",
                              "platform_availability", "client_net_promoter_score", "indicator_measurement"]),
       attributes=st.dictionaries(st.sampled_from(["status", "days_open", "severity", "affects_clients", "go_live_date",
                                                    "fields", "services", "launches", "staus"]), _VALUES, max_size=4),
       value=st.one_of(st.none(), st.floats(-150, 500, allow_nan=False)),
       unit=st.sampled_from([None, "%", "score", "h"]))
def test_the_fast_check_agrees_with_jsonschema(catalogue, topic, attributes, value, unit):
    """fastjsonschema only lets valid items skip jsonschema: the two must agree on every item."""
    checks = catalogue.vocabulary.topics[topic]
    view = {"attributes": attributes}
    if value is not None:
        view["value"] = value
    if unit is not None:
        view["unit"] = unit
    assert checks.valid(view) == (not list(checks.explainer.iter_errors(view)))


def test_text_with_an_invisible_character_and_a_value_on_a_topic_that_is_not_a_metric_are_refused(tmp_path):
    bundle = yaml.safe_load((CORPUS / "vocab-complaint-closed-control.yaml").read_text(encoding="utf-8"))
    bundle["evidence"].append({"id": "T1", "topic": "recurring_problem_analysis", "kind": "record", "title": "RCA",
                               "issued": "2026-05-01", "attributes": {"method": "五问法", "root_cause": "人为\u200b失误"}})
    bundle["evidence"].append({"id": "T2", "topic": "complaint_register", "kind": "record", "title": "台账",
                               "issued": "2026-05-01", "value": 3})
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 2
    assert "attributes.root_cause: '人为\\u200b失误' contains the invisible character U+200B" in result.output
    assert "value: topic 'complaint_register' is not a metric and records no value" in result.output

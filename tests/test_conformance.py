"""Conformance cases, as data (tests/conformance/*.yaml), through both evaluators.

Every case is decided twice: by durable_rules firing the compiled catalogue
and by the Python reference evaluator (cmm_rules/reference.py); both must give
the expected verdict. The operator table must also say what the catalogue
schema says.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cmm_rules import load_catalogue
from cmm_rules.engine import Engine
from cmm_rules.facts import build_facts
from cmm_rules.load import Document
from cmm_rules.operators import LEAF_OPTIONS, WHERE_SCHEMA, attribute_test_schema
from cmm_rules.reference import evaluate
from cmm_rules.validate import bundle_problems

from conftest import ROOT, minimal_bundle
from mini_catalogue import criterion, write_catalogue

HERE = Path(__file__).parent / "conformance"


def _cases() -> tuple[list[dict], dict]:
    """Every case, and the typed topics the files declare (``topics:``) beside the sketch's plain ones."""
    cases, topics = [], {}
    for path in sorted(HERE.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        topics.update(data.get("topics", {}))
        for case in data.get("attribute_cases", []):
            value = case["value"]
            item = {} if value == "absent" else {"attributes": {"x": value}}
            cases.append({"name": f"{path.stem}: x {json.dumps(case['test'])} on {json.dumps(value)}",
                          "requires": {"evidence": {"topic": "plan", "where": {"x": case["test"]}}},
                          "items": [item], "expected": case["expected"]})
        for case in data.get("cases", []):
            cases.append(dict(case, name=f"{path.stem}: {case['name']}"))
    return cases, topics


CASES, TOPICS = _cases()


def _cid(i: int) -> str:
    sub, rest = divmod(i, 500)
    level, number = divmod(rest, 100)
    return f"XX-{'AB'[sub] * 2}-{level + 1}-{number:02d}"


@pytest.fixture(scope="module")
def conformance_catalogue(tmp_path_factory):
    folder = tmp_path_factory.mktemp("conformance")
    return load_catalogue(write_catalogue(folder, [criterion(_cid(i), c["requires"]) for i, c in enumerate(CASES)],
                                          TOPICS))


def _facts(catalogue, case):
    evidence = []
    for n, fields in enumerate(case["items"]):
        item = {"id": f"E{n + 1}", "topic": "plan", "kind": "document", "title": f"item {n + 1}"}
        item.update(fields)
        evidence.append(item)
    doc = Document("<case>", minimal_bundle(*evidence), b"")
    assert not bundle_problems(doc, catalogue), case["name"]
    return build_facts(doc, catalogue)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["name"] for c in CASES])
def test_case_through_durable_rules_and_the_reference_evaluator(index, conformance_catalogue):
    case, cid = CASES[index], _cid(index)
    facts = _facts(conformance_catalogue, case)
    firings = Engine.for_catalogue(conformance_catalogue).run(facts)
    assert firings.verdicts[cid] == [case["expected"]], "durable_rules"
    reference = evaluate(conformance_catalogue, facts.items, facts.excluded)[cid]
    assert reference.result == case["expected"], "reference evaluator"
    assert reference.witnesses == firings.witnesses[cid]
    if "caution" in case:  # what the facts stage tells the reviewer (a computed value replacing a declared one)
        assert any(case["caution"] in c["message"] for c in facts.cautions), facts.cautions


def test_the_operator_table_says_what_the_catalogue_schema_says():
    schema = json.loads((ROOT / "schemas" / "catalogue.schema.json").read_text(encoding="utf-8"))["$defs"]
    assert schema["test"]["properties"] == attribute_test_schema()
    assert schema["where"] == WHERE_SCHEMA
    for name, option in LEAF_OPTIONS.items():
        assert schema["evidence"]["properties"][name] == option.schema, name

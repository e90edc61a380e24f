"""Condition language v2 (relations, distinct_by, aggregates, date differences,
trends, money): every conformance case in ``tests/conformance/language_v2.yaml``
gets its verdict from durable_rules (a full assessment) and, independently,
from the Python reference evaluator — and both must be the one the case expects.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cmm_rules import assess, load_catalogue
from cmm_rules.conditions import parse
from cmm_rules.measures import evaluate_leaf
from cmm_rules.facts import derived_item
from cmm_rules.validate import parse_date

from conftest import minimal_bundle
from mini_catalogue import HEADER, criterion, write_catalogue

CASES = yaml.safe_load((Path(__file__).parent / "conformance" / "language_v2.yaml").read_text(encoding="utf-8"))
DATE = "2026-11-01"


def _cid(n: int) -> str:
    return f"XX-AA-1-{n + 1:02d}"


@pytest.fixture(scope="module")
def v2_catalogue(tmp_path_factory):
    """One catalogue holding every case as a criterion (so it compiles once)."""
    topics = sorted({item["topic"] for case in CASES for item in case["evidence"]}
                    | {spec["topic"] for case in CASES for spec in _specs(case["requires"])})
    header = dict(HEADER, topics={t: {"zh": "主题", "en": t, "description": t} for t in topics})
    folder = tmp_path_factory.mktemp("v2")
    write_catalogue(folder, [criterion(_cid(n), case["requires"]) for n, case in enumerate(CASES)])
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    return load_catalogue(folder)


def _specs(node):
    (op, arg), = node.items()
    if op == "evidence":
        yield arg
        for kind in ("referred_by", "lacking"):
            if kind in arg:
                yield arg[kind]
    elif op == "not":
        yield from _specs(arg)
    else:
        for child in arg:
            yield from _specs(child)


def _items(case) -> list[dict]:
    out = []
    for raw in case["evidence"]:
        item = {"kind": "metric" if "value" in raw else "record", "title": raw["id"], **raw}
        out.append(item)
    return out


def _reference(requires: dict, items: list[dict], date: str) -> str:
    """The verdict of the Python reference evaluator: the tree over :func:`evaluate_leaf`."""
    day = parse_date(date)
    derived = [derived_item(i, day) for i in items]

    def walk(node) -> bool:
        kind, arg = node
        if kind == "leaf":
            return evaluate_leaf(arg, derived, date)
        if kind == "not":
            return not walk(arg)
        results = [walk(child) for child in arg]
        return all(results) if kind == "all" else any(results)

    return "pass" if walk(parse(requires).root) else "fail"


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c["case"] for c in CASES])
def test_case_through_durable_rules_and_the_reference_evaluator(n, v2_catalogue, write_bundle):
    case = CASES[n]
    date = case.get("date", DATE)
    items = _items(case)
    report = assess(write_bundle(minimal_bundle(*items, date=date)), v2_catalogue)
    finding = next(f for f in report["findings"] if f["criterion"] == _cid(n))
    assert finding["result"] == case["expect"], f"durable_rules: {finding['result']}; {finding['missing']}"
    assert _reference(case["requires"], items, date) == case["expect"], "the reference evaluator disagrees"
    if "says" in case:
        texts = finding["missing"] + [w for c in finding["conditions"] for w in c.get("why", []) + [c["requires"]]]
        texts += [c["measure"] for c in finding["conditions"] if "measure" in c]
        assert any(case["says"] in t for t in texts), texts

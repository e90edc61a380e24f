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

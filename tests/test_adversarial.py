"""The adversarial corpus (tests/adversarial/): every trick gets the outcome an auditor expects.

Each entry of each ``tests/adversarial/manifest*.yaml`` names a committed
bundle and what ``cmm assess`` must make of it — refused (exit 2), not valid
(exit 5), at most N stars, a finding's result — and honest controls that must
keep their stars. The bundles go through the real command line.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from cmm_rules.cli import main

HERE = Path(__file__).resolve().parent / "adversarial"
_KEYS = {"exit", "stars", "max_stars", "levels", "max_levels", "findings", "mentions"}


def cases() -> list[dict]:
    out = []
    for manifest in sorted(HERE.glob("manifest*.yaml")):
        for entry in yaml.safe_load(manifest.read_text(encoding="utf-8")) or []:
            out.append(dict(entry, manifest=manifest.name))
    return out


CASES = cases()


def test_the_corpus_holds_at_least_40_bundles_each_with_an_outcome():
    assert len({c["bundle"] for c in CASES}) >= 40
    for case in CASES:
        assert (HERE / case["bundle"]).is_file(), case["bundle"]
        assert case.get("trick") and case.get("expect"), case["bundle"]
        assert set(case["expect"]) <= _KEYS, f"{case['bundle']}: unknown expectation {set(case['expect']) - _KEYS}"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['manifest']}:{c['bundle']}" for c in CASES])
def test_bundle_gets_the_outcome_an_auditor_expects(case, tmp_path):
    out = tmp_path / "report.json"
    args = ["assess", str(HERE / case["bundle"]), "--format", "json", "-o", str(out), *case.get("args", [])]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    expect = case["expect"]
    said = result.output
    if "exit" in expect:
        assert result.exit_code == expect["exit"], f"{case['trick']}: exit {result.exit_code}\n{said}"
    report = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    if report is not None:
        said += json.dumps(report, ensure_ascii=False)
        stars = report["overall"]["stars"]
        levels = {d["code"]: d["level"] for d in report["domains"]}
        results = {f["criterion"]: f["result"] for f in report["findings"]}
        if "stars" in expect:
            assert stars == expect["stars"], f"{case['trick']}: {stars} stars"
        if "max_stars" in expect:
            assert stars <= expect["max_stars"], f"{case['trick']}: {stars} stars"
        for code, level in expect.get("levels", {}).items():
            assert levels[code] == level, f"{case['trick']}: {code} level {levels[code]}"
        for code, level in expect.get("max_levels", {}).items():
            assert levels[code] <= level, f"{case['trick']}: {code} level {levels[code]}"
        for cid, wanted in expect.get("findings", {}).items():
            assert results[cid] == wanted, f"{case['trick']}: {cid} is {results[cid]}"
    else:
        assert not {"stars", "max_stars", "levels", "max_levels", "findings"} & set(expect), \
            f"{case['trick']}: no report was written (exit {result.exit_code}): {said}"
    for text in expect.get("mentions", []):
        assert text in said, f"{case['trick']}: {text!r} not said"

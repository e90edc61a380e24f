"""Numbers reach durable_rules exactly, whatever their magnitude.

durable_rules' JSON reader takes an exponent only after a decimal point and
holds integers in 64 bits; numbers are therefore written for it in a form it
reads exactly (engine.durable_json). Each case runs through `cmm assess`.
"""
from __future__ import annotations

import shutil

import json
import subprocess
import sys

import pytest
import yaml

from cmm_rules.engine import durable_json

from conftest import SAMPLES, minimal_bundle
from mini_catalogue import criterion, write_catalogue


def cmm(*args, cwd=None):
    """`cmm` in a subprocess: a crash in the C engine must fail the test, not the test run."""
    return subprocess.run([sys.executable, "-m", "cmm_rules.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def _sample_with_value(tmp_path, value: str):
    text = (SAMPLES / "city-service-platform-3star.yaml").read_text(encoding="utf-8")
    assert "    value: 71.4\n" in text  # EV-ST-006, a quarter's strategic indicator attainment
    documents = SAMPLES / "city-service-platform-3star-files"  # the sample's attached documents lie beside it
    if not (tmp_path / documents.name).exists():
        shutil.copytree(documents, tmp_path / documents.name)
    path = tmp_path / f"sample-{value}.yaml"
    path.write_text(text.replace("    value: 71.4\n", f"    value: {value}\n", 1), encoding="utf-8")
    return path


def test_a_tiny_metric_rates_exactly_like_a_plain_one(tmp_path):
    reports = {}
    for value in ("1.0e-7", "0.5"):
        result = cmm("assess", _sample_with_value(tmp_path, value), "--format", "json")
        assert result.returncode == 0, result.stderr
        reports[value] = json.loads(result.stdout)
    tiny, plain = reports["1.0e-7"], reports["0.5"]
    assert tiny["overall"]["stars"] == plain["overall"]["stars"] == 3
    assert [(f["criterion"], f["result"]) for f in tiny["findings"]] == \
           [(f["criterion"], f["result"]) for f in plain["findings"]]


@pytest.mark.parametrize("value", [1.0e-7, 1e20, -3e-12, 10 ** 30])
def test_a_one_item_bundle_with_an_extreme_value_is_assessed(tmp_path, value):
    """Any magnitude reaches durable_rules: a topic whose vocabulary sets no range (the sketch catalogue's kpi)."""
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"evidence": {"topic": "kpi", "value": {"gte": 0}}})])
    item = {"id": "EV-1", "topic": "kpi", "kind": "metric", "title": "kpi",
            "issued": "2026-10-01", "value": value, "period": "2026"}
    path = tmp_path / "one.yaml"
    path.write_text(yaml.safe_dump(minimal_bundle(item)), encoding="utf-8")
    result = cmm("assess", path, "--catalogue", folder, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["overall"]["valid"] is True
    assert {f["criterion"]: f["result"] for f in report["findings"]}["XX-AA-1-01"] == ("pass" if value >= 0 else "fail")


@pytest.mark.parametrize("value", [1e20, -3e-12])
def test_an_extreme_value_outside_the_topics_range_is_refused_in_one_line(tmp_path, value):
    item = {"id": "EV-1", "topic": "qualified_staff_ratio", "kind": "metric", "title": "持证人员占比",
            "issued": "2026-10-01", "value": value, "unit": "%", "period": "2026"}
    path = tmp_path / "one.yaml"
    path.write_text(yaml.safe_dump(minimal_bundle(item)), encoding="utf-8")
    result = cmm("assess", path, "--format", "json")
    assert result.returncode == 2, result.stderr
    assert "out of range for topic 'qualified_staff_ratio'" in result.stderr and "Traceback" not in result.stderr


# (threshold, value that meets `gte`, value that does not)
THRESHOLDS = [(1e-9, 2e-9, 5e-10), (1e20, 1.5e20, 9.9e19), (10 ** 30, 10 ** 31, 10 ** 25),
              (-1e-300, 0, -1e-299), (0.5, 0.5, 0.49999)]


def test_thresholds_of_any_magnitude_compile_and_decide(tmp_path):
    criteria = []
    evidence = []
    for i, (threshold, good, bad) in enumerate(THRESHOLDS):
        criteria.append(criterion(f"XX-AA-1-{i:02d}", {"evidence": {"topic": "kpi", "where": {f"x{i}": {"gte": threshold}}}}))
        criteria.append(criterion(f"XX-BB-1-{i:02d}", {"evidence": {"topic": "kpi", "where": {f"y{i}": {"gte": threshold}}}}))
        evidence.append({"id": f"G{i}", "topic": "kpi", "kind": "metric", "title": "kpi",
                         "attributes": {f"x{i}": good, f"y{i}": bad}})
    folder = write_catalogue(tmp_path / "cat", criteria)
    lint = cmm("catalogue", "lint", folder)  # empty cells make it exit 2; the conditions must compile
    assert "Traceback" not in lint.stderr and "error code" not in lint.stdout + lint.stderr
    bundle = tmp_path / "b.yaml"
    bundle.write_text(yaml.safe_dump(minimal_bundle(*evidence)), encoding="utf-8")
    result = cmm("assess", bundle, "--catalogue", folder, "--format", "json")
    assert result.returncode == 0, result.stderr
    results = {f["criterion"]: f["result"] for f in json.loads(result.stdout)["findings"]}
    for i in range(len(THRESHOLDS)):
        assert results[f"XX-AA-1-{i:02d}"] == "pass", THRESHOLDS[i]
        assert results[f"XX-BB-1-{i:02d}"] == "fail", THRESHOLDS[i]


@pytest.mark.parametrize("value, text", [
    (1e-7, "1.0e-07"), (1e20, "1.0e+20"), (0.1, "0.1"), (2 ** 70, "1.1805916207174113e+21"),
    (-(2 ** 64), "-1.8446744073709552e+19"), (2 ** 63 - 1, "9223372036854775807"), (10 ** 400, "1.7976931348623157e+308"),
])
def test_numbers_are_written_as_durable_rules_reads_them(value, text):
    assert durable_json({"v": value, "s": "1e5"}) == '{"v":%s,"s":"1e5"}' % text

"""The `cmm` command line: results, exit codes and bad input, as a user meets them."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from cmm_rules.cli import main
from cmm_rules.validate import validator

from conftest import ROOT, SAMPLES, minimal_bundle
from mini_catalogue import HEADER, criterion, write_catalogue


def run(*args, cwd=None):
    runner = CliRunner()
    if cwd:
        old = os.getcwd()
        os.chdir(cwd)
    try:
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
    finally:
        if cwd:
            os.chdir(old)
    return result


def test_assess_prints_stars_and_findings():
    result = run("assess", SAMPLES / "strategy-all-met.yaml")
    assert result.exit_code == 0
    assert "湖滨省中小企业服务中心" in result.output
    assert "ST  服务战略 Service strategy: level 5" in result.output
    assert "PASS ST-SG-1-01" in result.output


def test_json_report_validates_against_the_report_schema(tmp_path):
    out = tmp_path / "report.json"
    result = run("assess", SAMPLES / "strategy-partial.yaml", "--format", "json", "-o", out)
    assert result.exit_code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert list(validator("report").iter_errors(report)) == []
    assert report["overall"]["stars"] == 0
    st = report["domains"][0]
    assert st["code"] == "ST" and st["level"] == 2


def test_fail_under_exits_1_below_the_threshold():
    assert run("assess", SAMPLES / "strategy-partial.yaml", "--fail-under", "1").exit_code == 1
    assert run("assess", SAMPLES / "strategy-partial.yaml", "--fail-under", "0").exit_code == 0


def test_a_failing_finding_says_what_is_missing():
    result = run("assess", SAMPLES / "strategy-partial.yaml")
    assert "FAIL ST-SG-3-01" in result.output
    assert "expired on 2025-12-31" in result.output


BAD_INPUTS = [
    ("malformed YAML", "bundle.yaml", "organisation: {id: [\n", "malformed YAML", ":2"),
    ("malformed JSON", "bundle.json", '{"organisation": {"id": "A",}}', "malformed JSON", ":1"),
    ("root is a list", "bundle.yaml", "- a\n- b\n", "the top level must be a mapping, found a list", None),
    ("root is a string", "bundle.yaml", "just text\n", "found a string", None),
]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_unparseable_input_exits_2_with_file_and_line(case, tmp_path):
    _, name, text, phrase, line = case
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("assess", path)
    assert result.exit_code == 2
    assert phrase in result.output
    assert str(path) in result.output
    if line:
        assert f"{name}{line}" in result.output
    assert "Traceback" not in result.output


def test_schema_violation_names_the_json_path_and_line(write_bundle):
    bundle = minimal_bundle({"id": "E1", "topic": "budget", "kind": "document", "title": "t", "issued": "2026-02-30"})
    path = write_bundle(bundle)
    result = run("assess", path)
    assert result.exit_code == 2
    assert "at $.evidence[0].issued" in result.output
    assert "'2026-02-30' is not a real calendar date" in result.output
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "2026-02-30" in text)
    assert f"bundle.yaml:{line}" in result.output


def test_unknown_topic_is_refused(write_bundle):
    result = run("assess", write_bundle(minimal_bundle({"id": "E1", "topic": "horoscope", "kind": "document",
                                                         "title": "t"})))
    assert result.exit_code == 2
    assert "at $.evidence[0].topic: unknown topic 'horoscope'" in result.output


def test_duplicate_evidence_id_is_refused(write_bundle):
    e = {"id": "E1", "topic": "budget", "kind": "document", "title": "t"}
    result = run("assess", write_bundle(minimal_bundle(e, dict(e))))
    assert result.exit_code == 2
    assert "at $.evidence[1].id: duplicate evidence id 'E1' (first used at $.evidence[0])" in result.output


def test_missing_file_and_directory_are_refused(tmp_path):
    result = run("assess", tmp_path / "nope.yaml")
    assert result.exit_code == 2 and "nope.yaml: file not found" in result.output
    result = run("assess", tmp_path)
    assert result.exit_code == 2 and "is a directory, not a file" in result.output


def test_unknown_field_is_named(write_bundle):
    bundle = minimal_bundle()
    bundle["organisation"]["colour"] = "blue"
    result = run("assess", write_bundle(bundle))
    assert result.exit_code == 2 and "at $.organisation: unknown field 'colour'" in result.output


def test_validate_lists_every_problem(write_bundle):
    bad = minimal_bundle({"id": "E1", "topic": "nope", "kind": "document", "title": "t"},
                         {"id": "E1", "topic": "budget", "kind": "document", "title": "t"})
    result = run("validate", write_bundle(bad))
    assert result.exit_code == 2
    assert "unknown topic 'nope'" in result.output and "duplicate evidence id 'E1'" in result.output
    assert "2 problems" in result.output
    ok = run("validate", SAMPLES / "strategy-all-met.yaml")
    items = len(yaml.safe_load((SAMPLES / "strategy-all-met.yaml").read_text(encoding="utf-8"))["evidence"])
    assert ok.exit_code == 0 and f"valid ({items} evidence items" in ok.output


def test_explain_shows_a_criterion_in_words():
    result = run("explain", "ST-FR-2-02")
    assert result.exit_code == 0
    assert "none of the following" in result.output
    assert "financial_audit_finding" in result.output
    assert "interpretation" in result.output


def test_explain_unknown_criterion_exits_2():
    result = run("explain", "ST-XX-9-99")
    assert result.exit_code == 2
    assert "unknown criterion 'ST-XX-9-99'" in result.output


def test_usage_errors_exit_2():
    assert run("assess").exit_code == 2
    assert run("assess", "x.yaml", "--format", "pdf").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_another_catalogue_can_be_supplied_as_data(tmp_path, write_bundle):
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}})])
    bundle = write_bundle(minimal_bundle({"id": "P1", "topic": "plan", "kind": "document", "title": "p"}))
    result = run("assess", bundle, "--catalogue", folder, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["findings"][0]["criterion"] == "XX-AA-1-01" and report["findings"][0]["result"] == "pass"
    assert report["provenance"]["catalogue"]["model"] == "TEST-MODEL"


def test_catalogue_lint_finds_problems(tmp_path):
    criteria = [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}}),
                criterion("XX-AA-3-01", {"evidence": {"topic": "plan"}}),
                criterion("XX-AA-2-01", {"evidence": {"topic": "log", "where": {"n": {"gte": 5, "lte": 3}}}})]
    criteria[0]["title"]["zh"] = "no chinese here"
    folder = write_catalogue(tmp_path / "cat", criteria)
    result = run("catalogue", "lint", folder)
    assert result.exit_code == 2
    out = result.output
    assert "skipped level: XX-AA has no level-4" not in out  # 4 and 5 are missing above everything: empty cells
    assert "empty cell: XX-AA has no level-4 criterion" in out
    assert "empty cell: XX-BB has no level-1 criterion" in out
    assert "XX-AA-1-01 title: the zh text has no Chinese" in out
    assert "XX-AA-3-01 repeats the conditions of XX-AA-1-01" in out
    assert "XX-AA-2-01 evidence: n can never be both ≥ 5 and ≤ 3" in out


def test_catalogue_lint_reports_skipped_levels(tmp_path):
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}}),
                                                criterion("XX-AA-3-01", {"evidence": {"topic": "log"}})])
    assert "skipped level: XX-AA has no level-2 criterion" in run("catalogue", "lint", folder).output


@pytest.mark.parametrize("problem, edit, phrase", [
    ("duplicate id", lambda c: c.append(dict(c[0])), "duplicate criterion id 'XX-AA-1-01'"),
    ("unknown topic", lambda c: c[0].update(requires={"evidence": {"topic": "ghost"}}), "unknown topic 'ghost'"),
    ("unknown sub-domain", lambda c: c[0].update(subdomain="ZZ"), "unknown sub-domain 'ZZ'"),
    ("id does not match its cell", lambda c: c[0].update(level=2), "its id must start with XX-AA-2-"),
    ("invented clause", lambda c: c[0].update(clause="5"[:1] + "1"), "clause 51 is not clause 5"),
])
def test_a_broken_catalogue_is_refused_with_its_place(tmp_path, problem, edit, phrase):
    criteria = [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}})]
    edit(criteria)
    folder = write_catalogue(tmp_path / "cat", criteria)
    result = run("catalogue", "lint", folder)
    assert result.exit_code == 2, problem
    assert phrase in result.output
    assert "XX.yaml" in result.output


def test_malformed_catalogue_yaml_is_refused(tmp_path):
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}})])
    (folder / "XX.yaml").write_text("criteria:\n  - id: [unclosed\n", encoding="utf-8")
    result = run("assess", SAMPLES / "strategy-all-met.yaml", "--catalogue", folder)
    assert result.exit_code == 2 and "XX.yaml:" in result.output and "malformed YAML" in result.output


def test_the_installed_wheel_carries_catalogue_and_schemas(tmp_path):
    """`pip install .` (not editable) must find the reference catalogue without the source tree.

    The wheel is built from a copy of the project in ``tmp_path``: a build in
    the checkout leaves ``build/`` behind, and concurrent runs collide there.
    """
    source = tmp_path / "project"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path / "wheel"), str(source)], check=True, capture_output=True)
    wheel = next((tmp_path / "wheel").glob("cmm_rules-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted(ROOT.glob("rules/*.yaml")) + sorted(ROOT.glob("schemas/*.json")):
        assert f"cmm_rules/data/{path.parent.name}/{path.name}" in names
    for module in sorted(ROOT.glob("cmm_rules/*/*.py")):  # every sub-package ships
        assert module.relative_to(ROOT).as_posix() in names


def test_cli_runs_from_outside_the_checkout(tmp_path):
    bundle = tmp_path / "b.yaml"
    bundle.write_text((SAMPLES / "strategy-all-met.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copytree(SAMPLES / "strategy-all-met-files", tmp_path / "strategy-all-met-files")  # its documents lie beside it
    proc = subprocess.run([sys.executable, "-m", "cmm_rules.cli", "assess", "b.yaml", "--format", "json"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["domains"][0]["level"] == 5


def test_undated_evidence_cannot_escape_a_none_of_check(tmp_path, write_bundle):
    """'none of' fails closed: an undated issue counts against "no issue in the last year", so lint
    no longer asks for the topic to be declared dated."""
    requires = {"all": [{"evidence": {"topic": "plan"}},
                        {"not": {"evidence": {"topic": "issue", "max_age_days": 365}}}]}
    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", requires)])
    assert "would escape" not in run("catalogue", "lint", folder).output
    bundle = minimal_bundle({"id": "P1", "topic": "plan", "kind": "document", "title": "plan"},
                            {"id": "I1", "topic": "issue", "kind": "record", "title": "undated issue"})
    report = json.loads(run("assess", write_bundle(bundle), "--catalogue", folder, "--format", "json").output)
    finding = report["findings"][0]
    assert finding["result"] == "fail" and finding["counter_evidence"] == ["I1"]
    assert "because it could not be checked: it has no issue date" in finding["cautions"][0]


def test_undated_evidence_of_a_dated_topic_is_refused(write_bundle):
    complaint = {"id": "C1", "topic": "client_complaint", "kind": "record", "title": "major complaint",
                 "attributes": {"severity": "major"}}
    result = run("assess", write_bundle(minimal_bundle(complaint)))
    assert result.exit_code == 2
    assert "at $.evidence[0]: evidence of topic 'client_complaint' must carry an issued date" in result.output


def test_a_json_bundle_yaml_cannot_read_still_gets_a_one_line_error(write_bundle):
    """JSON that YAML 1.1 reads differently (a surrogate-pair escape) has no line map: the error names the path."""
    bundle = minimal_bundle()
    bundle["organisation"]["kind"] = "bogus"
    text = json.dumps(bundle).replace('"name": "Provider ORG-1"', '"name": "Provider \\ud83d\\ude00"')
    result = run("assess", write_bundle(text, "bundle.json"))
    assert result.exit_code == 2
    assert "bundle.json at $.organisation.kind: 'bogus' is not one of" in result.output
    assert "Traceback" not in result.output

"""Auditable decisions: provenance, determinism, replay, attachments, exclusions.

Every test here drives the ``cmm`` command line (click's CliRunner, or a real
subprocess where the working directory matters) or the library API
``cmm_rules.assess``, and asserts what a certification body relies on: the
digests in the record, identical bytes, the exit code and the line that
names what changed, the message that refuses a path leading out of the
bundle's folder.

The catalogue is a frozen copy taken once per test session, so that the
decisions compared here do not move while catalogue files are edited.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import cmm_rules
from cmm_rules import InputError, assess, load_catalogue
from cmm_rules.cli import main

from conftest import copy_reference_catalogue

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "evidence_samples" / "with-attachments"
PARTIAL = ROOT / "evidence_samples" / "strategy-partial.yaml"
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
EXIT_NOT_REPRODUCED, EXIT_INVALID = 4, 5


# ------------------------------------------------------------------ helpers


@pytest.fixture(scope="session")
def excludable_catalogue(tmp_path_factory) -> Path:
    """The frozen catalogue with every level-1 criterion of ST-SG (and ST-SG-2-01) made excludable."""
    folder = copy_reference_catalogue(tmp_path_factory.mktemp("catalogue-excludable"))
    cat = load_catalogue(folder)
    targets = [c.id for c in cat.criteria_in("ST", "SG", 1)] + ["ST-SG-2-01"]
    text = (folder / "ST.yaml").read_text(encoding="utf-8")
    for cid in targets:
        if not cat.by_id[cid].excludable:
            text, n = re.subn(rf"(\n(\s*)- id: {re.escape(cid)}\n)", r"\1\2  excludable: true\n", text)
            assert n == 1, cid
    (folder / "ST.yaml").write_text(text, encoding="utf-8")
    assert all(load_catalogue(folder).by_id[c].excludable for c in targets)
    return folder


def cmm(*args: str):
    """Run ``cmm ARGS`` in-process; the result has exit_code, stdout, stderr."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def sample(tmp_path) -> Path:
    """A private copy of the with-attachments sample; returns its bundle."""
    shutil.copytree(SAMPLE, tmp_path / "sample")
    return tmp_path / "sample" / "bundle.yaml"


def write_bundle(folder: Path, evidence: list[dict], exclusions: list[dict] | None = None,
                 name: str = "bundle.yaml", date: str = "2026-11-01") -> Path:
    data = {"organisation": {"id": "ORG-A", "name": "Audit Test Provider", "kind": "market_firm"},
            "assessment": {"id": "ORG-A-1", "date": date}, "evidence": evidence}
    if exclusions:
        data["exclusions"] = exclusions
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def plan(**extra) -> dict:
    """An approved annual work plan: passes ST-SG-1-01 in the reference catalogue."""
    item = {"id": "EV-1", "topic": "annual_work_plan", "kind": "document", "title": "2026 annual work plan",
            "issued": "2026-01-08", "approval": {"by": "Director", "date": "2026-01-10"},
            "attributes": {"year": 2026, "services_planned": 14}}
    item.update(extra)
    return item


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def json_report(bundle: Path, catalogue: Path, out: Path) -> dict:
    result = cmm("assess", bundle, "--format", "json", "-o", out, "--catalogue", catalogue)
    assert result.exit_code in (0, EXIT_INVALID), result.output
    return json.loads(out.read_text(encoding="utf-8"))


# --------------------------------------------------------------- provenance


def test_report_carries_the_digest_of_every_input(sample, frozen_catalogue, tmp_path):
    report = json_report(sample, frozen_catalogue, tmp_path / "r.json")
    p = report["provenance"]
    assert p["bundle"] == {"file": "bundle.yaml", "sha256": sha(sample), "bytes": sample.stat().st_size}
    files = {f.name: sha(f) for f in frozen_catalogue.glob("*.yaml")}
    assert {f["name"]: f["sha256"] for f in p["catalogue"]["files"]} == files
    assert p["catalogue"]["digest"] == load_catalogue(frozen_catalogue).digest
    attachments = {a["path"]: a for a in p["attachments"]}
    on_disk = sorted(str(f.relative_to(sample.parent)) for f in (sample.parent / "attachments").iterdir())
    assert sorted(attachments) == on_disk
    for path, entry in attachments.items():
        assert entry["sha256"] == sha(sample.parent / path)
        assert entry["bytes"] == (sample.parent / path).stat().st_size
    assert p["versions"]["durable_rules"] not in ("", "unknown")
    assert p["versions"]["cmm-rules"] not in ("", "unknown")
    assert p["assessment_date"] == "2026-11-01"
    basis = {"catalogue_digest": p["catalogue"]["digest"], "bundle_sha256": p["bundle"]["sha256"],
             "attachments": [[a["path"], a["sha256"]] for a in p["attachments"]],
             "versions": p["versions"], "assessment_date": p["assessment_date"]}
    canonical = json.dumps(basis, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert p["decision_id"] == hashlib.sha256(canonical).hexdigest()
    assert report["integrity"]["status"] == "passed"
    assert report["integrity"]["counts"]["verified"] == report["integrity"]["attachments_checked"] == 6
    assert report["overall"]["valid"] is True
    Draft202012Validator(REPORT_SCHEMA).validate(report)


def test_sample_bundle_declares_the_true_sha256_of_each_attachment():
    data = yaml.safe_load(SAMPLE.joinpath("bundle.yaml").read_text(encoding="utf-8"))
    declared = [a for item in data["evidence"] for a in item.get("attachments", [])]
    assert len(declared) >= 5
    assert any(a["path"].endswith(".pdf") for a in declared)
    for a in declared:
        assert a["sha256"] == sha(SAMPLE / a["path"]), a["path"]
    assert SAMPLE.joinpath("attachments", "budget-approval-2026.pdf").read_bytes().startswith(b"%PDF-")


def test_decision_id_changes_with_an_attachment_and_only_then(sample, frozen_catalogue):
    first = assess(sample, frozen_catalogue)["provenance"]["decision_id"]
    assert assess(sample, frozen_catalogue)["provenance"]["decision_id"] == first
    with open(sample.parent / "attachments" / "service-guide-2026.md", "ab") as handle:
        handle.write(b" ")
    assert assess(sample, frozen_catalogue)["provenance"]["decision_id"] != first


def test_library_report_validates_against_the_report_schema(frozen_catalogue):
    report = cmm_rules.assess(PARTIAL, frozen_catalogue)
    Draft202012Validator(REPORT_SCHEMA).validate(report)
    assert report["provenance"]["attachments"] == []
    assert report["integrity"] == {"status": "passed", "attachments_checked": 0, "problems": [],
                                   "counts": {"verified": 0, "not_declared": 0, "mismatch": 0, "missing": 0,
                                              "unreadable": 0, "empty": 0, "wrong_type": 0, "bundle_itself": 0}}
    cited = {eid for f in report["findings"] for eid in f["evidence"]}
    index = {e["id"]: e for e in report["evidence"]}
    assert cited <= set(index)
    assert index["EV-ST-001"]["title"] == "2026年度中小企业服务工作计划"


# ------------------------------------------------------------- determinism


def test_two_runs_give_identical_bytes(sample, frozen_catalogue, tmp_path):
    outputs = []
    for i in range(2):
        out = tmp_path / f"run{i}.json"
        json_report(sample, frozen_catalogue, out)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    for fmt in ("text", "md", "html", "junit", "oscal"):
        a = cmm("assess", sample, "--format", fmt, "--catalogue", frozen_catalogue).stdout_bytes
        b = cmm("assess", sample, "--format", fmt, "--catalogue", frozen_catalogue).stdout_bytes
        assert a == b, fmt


def test_identical_bytes_from_two_working_directories(sample, frozen_catalogue, tmp_path):
    """Real processes, relative paths, different working directories: the same JSON bytes."""
    elsewhere = tmp_path / "a" / "b"
    elsewhere.mkdir(parents=True)
    env = dict(os.environ, PYTHONHASHSEED="random")
    runs = [
        (sample.parent, "bundle.yaml"),
        (elsewhere, os.path.relpath(sample, elsewhere)),
    ]
    outputs = []
    for cwd, bundle in runs:
        done = subprocess.run([sys.executable, "-m", "cmm_rules.cli", "assess", bundle, "--format", "json",
                               "--catalogue", str(frozen_catalogue)], cwd=cwd, env=env, capture_output=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr.decode()
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert str(tmp_path).encode() not in outputs[0]  # no machine path in the record


def test_stamp_is_opt_in_and_outside_the_decision(sample, frozen_catalogue, tmp_path):
    plain = json_report(sample, frozen_catalogue, tmp_path / "plain.json")
    assert "generated_at" not in plain["provenance"]
    out = tmp_path / "stamped.json"
    assert cmm("assess", sample, "--format", "json", "--stamp", "-o", out, "--catalogue",
               frozen_catalogue).exit_code == 0
    stamped = json.loads(out.read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamped["provenance"]["generated_at"])
    assert stamped["provenance"]["decision_id"] == plain["provenance"]["decision_id"]
    assert stamped["provenance"]["outcome_sha256"] == plain["provenance"]["outcome_sha256"]
    assert cmm("verify", out, sample, "--catalogue", frozen_catalogue).exit_code == 0


# ------------------------------------------------------------------- verify


def test_verify_reproduces_an_untouched_decision(sample, frozen_catalogue, tmp_path):
    report = tmp_path / "r.json"
    json_report(sample, frozen_catalogue, report)
    result = cmm("verify", report, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("reproduced: decision ")
    assert "6 attachments" in result.stdout


def test_one_byte_appended_to_an_attachment_is_named_by_verify(sample, frozen_catalogue, tmp_path):
    report = tmp_path / "r.json"
    json_report(sample, frozen_catalogue, report)
    target = sample.parent / "attachments" / "2026-work-plan.txt"
    before = target.stat().st_size
    with open(target, "ab") as handle:
        handle.write(b"\n")
    result = cmm("verify", report, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_NOT_REPRODUCED
    assert result.stdout.startswith("NOT reproduced")
    assert f"attachment attachments/2026-work-plan.txt changed: sha256 " in result.stdout
    assert f"{before} → {before + 1} bytes" in result.stdout
    assert "finding ST-SG-1-01 pass → error" in result.stdout
    # the other attachments are not named
    assert "service-guide-2026.md" not in result.stdout


def test_verify_names_a_changed_bundle(sample, frozen_catalogue, tmp_path):
    report = tmp_path / "r.json"
    json_report(sample, frozen_catalogue, report)
    text = sample.read_text(encoding="utf-8").replace("staff_reached_pct: 91", "staff_reached_pct: 92")
    sample.write_text(text, encoding="utf-8")
    result = cmm("verify", report, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_NOT_REPRODUCED
    assert "bundle bundle.yaml changed: sha256 " in result.stdout
    assert "the decision itself is unchanged" in result.stdout


def test_verify_names_a_changed_catalogue_file(sample, frozen_catalogue, tmp_path):
    report = tmp_path / "r.json"
    json_report(sample, frozen_catalogue, report)
    edited = tmp_path / "catalogue"
    shutil.copytree(frozen_catalogue, edited)
    with open(edited / "ST.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# a reviewer's note\n")
    result = cmm("verify", report, sample, "--catalogue", edited)
    assert result.exit_code == EXIT_NOT_REPRODUCED
    assert "catalogue file ST.yaml changed: sha256 " in result.stdout
    assert "catalogue.yaml" not in result.stdout


def test_verify_names_a_changed_tool_version(sample, frozen_catalogue, tmp_path, monkeypatch):
    from cmm_rules import report as report_module
    from cmm_rules.verify import verify

    out = tmp_path / "r.json"
    json_report(sample, frozen_catalogue, out)
    real = report_module.tool_versions()
    monkeypatch.setattr(report_module, "tool_versions", lambda: dict(real, durable_rules="9.9.9"))
    result = verify(out, sample, frozen_catalogue)
    assert not result.reproduced
    assert f"tool version changed: durable_rules {real['durable_rules']} → 9.9.9" in result.changes


def test_verify_detects_a_hand_edited_report(sample, frozen_catalogue, tmp_path):
    out = tmp_path / "r.json"
    report = json_report(sample, frozen_catalogue, out)
    report["overall"]["stars"] = 3
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    result = cmm("verify", out, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_NOT_REPRODUCED
    assert "report altered: what it decides no longer matches its outcome seal" in result.stdout
    assert "decision changed: overall stars 3 → 0" in result.stdout


def test_verify_detects_an_edited_digest(sample, frozen_catalogue, tmp_path):
    out = tmp_path / "r.json"
    report = json_report(sample, frozen_catalogue, out)
    report["provenance"]["attachments"][0]["sha256"] = "0" * 64
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    result = cmm("verify", out, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_NOT_REPRODUCED
    assert "report altered: its decision id is not the digest of the provenance it records" in result.stdout


def test_verify_refuses_what_is_not_a_report(sample, frozen_catalogue, tmp_path):
    bad = tmp_path / "r.json"
    bad.write_text('{"overall": {}}', encoding="utf-8")
    result = cmm("verify", bad, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == 2
    assert "not a cmm-rules JSON report" in result.stderr
    assert "Traceback" not in result.output
    html = tmp_path / "r.html"
    html.write_text("<html></html>", encoding="utf-8")
    result = cmm("verify", html, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == 2 and "malformed JSON" in result.stderr
    result = cmm("verify", tmp_path / "none.json", sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == 2 and "file not found" in result.stderr


def test_verify_reports_a_bundle_that_no_longer_loads(sample, frozen_catalogue, tmp_path):
    report = tmp_path / "r.json"
    json_report(sample, frozen_catalogue, report)
    sample.write_text(sample.read_text(encoding="utf-8").replace("topic: budget", "topic: no_such_topic"),
                      encoding="utf-8")
    result = cmm("verify", report, sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_NOT_REPRODUCED
    assert "bundle bundle.yaml changed" in result.stdout
    assert "the replay stops:" in result.stdout and "unknown topic 'no_such_topic'" in result.stdout


# --------------------------------------------------------------- integrity


def test_a_mismatched_attachment_makes_the_citing_findings_errors(sample, frozen_catalogue, tmp_path):
    clean = assess(sample, frozen_catalogue)
    citing = sorted(f["criterion"] for f in clean["findings"] if "EV-ST-001" in f["evidence"])
    assert citing, "the sample's work plan must be cited by some criterion"
    with open(sample.parent / "attachments" / "2026-work-plan.txt", "ab") as handle:
        handle.write(b"x")
    result = cmm("assess", sample, "--format", "json", "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_INVALID
    assert "the decision is not valid: attachment attachments/2026-work-plan.txt of EV-ST-001" in result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"]["status"] == "failed"
    [problem] = report["integrity"]["problems"]
    assert problem["status"] == "mismatch" and problem["path"] == "attachments/2026-work-plan.txt"
    assert problem["declared_sha256"] != problem["sha256"] == sha(sample.parent / "attachments" / "2026-work-plan.txt")
    errors = sorted(f["criterion"] for f in report["findings"] if f["result"] == "error")
    assert errors == citing
    for f in report["findings"]:
        if f["criterion"] in citing:
            assert f["engine_result"] == "pass"
            assert "does not match its declared sha256" in f["error"]
    assert report["overall"]["valid"] is False
    assert any("does not match" in r for r in report["overall"]["invalid_because"])
    sg = next(s for d in report["domains"] if d["code"] == "ST" for s in d["subdomains"] if s["code"] == "SG")
    assert sg["level"] == 0  # a level is never awarded on evidence whose file cannot be trusted
    Draft202012Validator(REPORT_SCHEMA).validate(report)


def test_an_invalid_decision_exits_5_even_with_fail_under(sample, frozen_catalogue, tmp_path):
    (sample.parent / "attachments" / "budget-approval-2026.pdf").write_bytes(b"%PDF-1.4 forged\n")
    out = tmp_path / "r.json"
    result = cmm("assess", sample, "--format", "json", "-o", out, "--fail-under", "3", "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_INVALID
    assert "budget-approval-2026.pdf of EV-ST-030 does not match its declared sha256" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["overall"]["valid"] is False  # the record is written


def test_a_missing_attachment_is_an_integrity_failure_not_a_crash(sample, frozen_catalogue):
    (sample.parent / "attachments" / "market-positioning-2025.txt").unlink()
    result = cmm("assess", sample, "--catalogue", frozen_catalogue)
    assert result.exit_code == EXIT_INVALID
    assert "DECISION NOT VALID" in result.stdout
    assert "attachment attachments/market-positioning-2025.txt of EV-ST-011 is missing" in result.stdout
    report = assess(sample, frozen_catalogue)
    [problem] = report["integrity"]["problems"]
    assert problem["status"] == "missing" and problem["sha256"] is None


def test_an_attachment_without_declared_sha256_is_recorded(tmp_path, frozen_catalogue):
    folder = tmp_path / "b"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "plan.txt").write_text("the plan\n", encoding="utf-8")
    bundle = write_bundle(folder, [plan(attachments=[{"path": "docs/plan.txt"}])])
    result = cmm("assess", bundle, "--format", "json", "--catalogue", frozen_catalogue)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["provenance"]["attachments"] == [
        {"path": "docs/plan.txt", "sha256": sha(folder / "docs" / "plan.txt"), "bytes": 9}]
    assert report["integrity"]["counts"]["not_declared"] == 1 and report["overall"]["valid"]


def test_a_link_that_stays_inside_the_folder_is_followed(tmp_path, frozen_catalogue):
    folder = tmp_path / "b"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "plan.txt").write_text("the plan\n", encoding="utf-8")
    os.symlink("docs/plan.txt", folder / "plan-link.txt")
    bundle = write_bundle(folder, [plan(attachments=[{"path": "plan-link.txt",
                                                      "sha256": sha(folder / "docs" / "plan.txt")}])])
    result = cmm("assess", bundle, "--format", "json", "--catalogue", frozen_catalogue)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["integrity"]["counts"]["verified"] == 1


# ------------------------------------------------- attachments stay inside


OUTSIDE = [
    ("../../../etc/passwd", "leads out of the bundle's folder ('..' is not allowed)"),
    ("docs/../../secret.txt", "leads out of the bundle's folder ('..' is not allowed)"),
    ("/etc/passwd", "is absolute"),
    ("C:/Windows/win.ini", "is absolute"),
    ("..\\..\\etc\\passwd", "uses a backslash"),
]


@pytest.mark.parametrize("path, message", OUTSIDE, ids=[p for p, _ in OUTSIDE])
def test_attachment_paths_leading_out_are_refused(tmp_path, frozen_catalogue, path, message):
    bundle = write_bundle(tmp_path / "deep" / "er", [plan(attachments=[{"path": path}])])
    for command in ("assess", "validate"):
        result = cmm(command, bundle, "--catalogue", frozen_catalogue)
        assert result.exit_code == 2, result.output
        assert message in result.stderr
        assert f"{bundle}:" in result.stderr
        assert "at $.evidence[0].attachments[0].path" in result.stderr
        assert "Traceback" not in result.output
        assert "root:" not in result.output  # nothing of /etc/passwd was read
    with pytest.raises(InputError) as caught:
        assess(bundle, frozen_catalogue)
    assert caught.value.where == "$.evidence[0].attachments[0].path"


def test_a_symlink_leading_out_is_refused(tmp_path, frozen_catalogue):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret\n", encoding="utf-8")
    folder = tmp_path / "bundle"
    folder.mkdir()
    os.symlink(secret, folder / "evidence.txt")
    os.symlink(tmp_path, folder / "up")
    for path in ("evidence.txt", "up/secret.txt"):
        bundle = write_bundle(folder, [plan(attachments=[{"path": path}])])
        result = cmm("assess", bundle, "--format", "json", "--catalogue", frozen_catalogue)
        assert result.exit_code == 2
        assert f"attachment path {path!r} leads out of the bundle's folder through a symbolic link" in result.stderr
        assert "at $.evidence[0].attachments[0].path" in result.stderr
        assert hashlib.sha256(b"top secret\n").hexdigest() not in result.output


def test_special_files_are_refused(tmp_path, frozen_catalogue):
    folder = tmp_path / "bundle"
    (folder / "docs").mkdir(parents=True)
    os.mkfifo(folder / "pipe")
    for path, kind in (("docs", "a directory"), ("pipe", "not a regular file")):
        bundle = write_bundle(folder, [plan(attachments=[{"path": path}])])
        result = cmm("assess", bundle, "--catalogue", frozen_catalogue)
        assert result.exit_code == 2, result.output
        assert f"attachment path {path!r} is {kind}" in result.stderr


def test_validate_lists_every_refused_attachment(tmp_path, frozen_catalogue):
    bundle = write_bundle(tmp_path / "b", [plan(attachments=[{"path": "/etc/shadow"}, {"path": "../x"}])])
    result = cmm("validate", bundle, "--catalogue", frozen_catalogue)
    assert result.exit_code == 2
    assert "$.evidence[0].attachments[0].path" in result.stderr
    assert "$.evidence[0].attachments[1].path" in result.stderr
    assert "2 problems" in result.stderr


# ---------------------------------------------------------------- exclusions


JUSTIFIED = "We deliver no services through partners; see the board decision of 2026-01-05."


def test_excluding_a_criterion_the_catalogue_does_not_allow_is_an_input_error(tmp_path, frozen_catalogue):
    cat = load_catalogue(frozen_catalogue)
    fixed = next(c.id for c in cat.criteria if not c.excludable)
    bundle = write_bundle(tmp_path, [plan()], [{"criterion": fixed, "justification": JUSTIFIED}])
    result = cmm("assess", bundle, "--catalogue", frozen_catalogue)
    assert result.exit_code == 2
    assert f"at $.exclusions[0].criterion: criterion {fixed} may not be excluded" in result.stderr
    assert "Traceback" not in result.output


def test_exclusion_needs_a_real_justification(tmp_path, excludable_catalogue):
    bundle = write_bundle(tmp_path, [plan()], [{"criterion": "ST-SG-2-01", "justification": "n/a"}])
    result = cmm("assess", bundle, "--catalogue", excludable_catalogue)
    assert result.exit_code == 2
    assert "$.exclusions[0].justification" in result.stderr


def test_unknown_and_duplicate_exclusions_are_input_errors(tmp_path, excludable_catalogue):
    bundle = write_bundle(tmp_path, [plan()], [{"criterion": "ST-XX-9-99", "justification": JUSTIFIED},
                                               {"criterion": "ST-SG-2-01", "justification": JUSTIFIED},
                                               {"criterion": "ST-SG-2-01", "justification": JUSTIFIED}])
    result = cmm("validate", bundle, "--catalogue", excludable_catalogue)
    assert result.exit_code == 2
    assert "unknown criterion 'ST-XX-9-99'" in result.stderr
    assert "criterion ST-SG-2-01 is excluded twice (first at $.exclusions[1])" in result.stderr


def test_honoured_exclusion_is_listed_and_makes_the_criterion_not_applicable(tmp_path, excludable_catalogue):
    bundle = write_bundle(tmp_path, [plan()], [{"criterion": "ST-SG-2-01", "justification": JUSTIFIED,
                                                "approved_by": "Lead assessor", "expires": "2026-11-01"}])
    result = cmm("assess", bundle, "--format", "json", "--catalogue", excludable_catalogue)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["exclusions"] == [{"criterion": "ST-SG-2-01", "honoured": True,
                                     "status": "justified, valid until 2026-11-01", "justification": JUSTIFIED,
                                     "expires": "2026-11-01", "approved_by": "Lead assessor"}]
    finding = next(f for f in report["findings"] if f["criterion"] == "ST-SG-2-01")
    assert finding["result"] == "not_applicable"
    assert finding["exclusion"]["justification"] == JUSTIFIED
    text = cmm("assess", bundle, "--catalogue", excludable_catalogue).stdout
    assert f"honoured: ST-SG-2-01 (justified, valid until 2026-11-01) — {JUSTIFIED}" in text
    for fmt in ("md", "html"):
        rendered = cmm("assess", bundle, "--format", fmt, "--catalogue", excludable_catalogue).stdout
        assert "ST-SG-2-01" in rendered and "honoured" in rendered and "board decision of 2026-01-05" in rendered


def test_expired_exclusion_no_longer_applies_and_the_report_says_so(tmp_path, excludable_catalogue):
    bundle = write_bundle(tmp_path, [plan()], [{"criterion": "ST-SG-2-01", "justification": JUSTIFIED,
                                                "expires": "2026-10-31", "approved_by": "Lead assessor"}])
    result = cmm("assess", bundle, "--format", "json", "--catalogue", excludable_catalogue)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    [exclusion] = report["exclusions"]
    assert exclusion["honoured"] is False
    assert exclusion["status"] == "expired on 2026-10-31, before the assessment date 2026-11-01"
    finding = next(f for f in report["findings"] if f["criterion"] == "ST-SG-2-01")
    assert finding["result"] == "fail"  # assessed as usual: the bundle has no service goals
    assert "expired on 2026-10-31" in finding["exclusion_ignored"]
    text = cmm("assess", bundle, "--catalogue", excludable_catalogue).stdout
    assert "NOT honoured: ST-SG-2-01 — expired on 2026-10-31" in text
    html = cmm("assess", bundle, "--format", "html", "--catalogue", excludable_catalogue).stdout
    assert "未采纳 NOT honoured" in html and "expired on 2026-10-31" in html


def test_exclusions_never_raise_a_level(tmp_path, excludable_catalogue):
    cat = load_catalogue(excludable_catalogue)
    level_one = [c.id for c in cat.criteria_in("ST", "SG", 1)]
    goals = {"id": "EV-2", "topic": "service_goals", "kind": "document", "title": "Goals",
             "issued": "2026-01-15", "approval": {"by": "Director", "date": "2026-01-20"},
             "attributes": {"goal_count": 6, "quantified_goals": 4}}
    bundle = write_bundle(tmp_path, [goals], [{"criterion": c, "justification": JUSTIFIED, "approved_by": "Lead assessor",
                                               "expires": "2027-06-30"} for c in level_one])
    report = json.loads(cmm("assess", bundle, "--format", "json", "--catalogue", excludable_catalogue).stdout)
    sg = next(s for d in report["domains"] if d["code"] == "ST" for s in d["subdomains"] if s["code"] == "SG")
    assert next(f for f in report["findings"] if f["criterion"] == "ST-SG-2-01")["result"] == "pass"
    assert sg["level"] == 0
    assert "excluded" in sg["blocked_because"]
    assert sorted(e["criterion"] for e in report["exclusions"] if e["honoured"]) == sorted(level_one)

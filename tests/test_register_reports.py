"""Reports from the register: every format shows machine and final results side by side, and who changed what."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cmm_rules.cli import main
from cmm_rules.register import service as s
from cmm_rules.register.db import open_register
from cmm_rules.report import to_json

from conftest import SAMPLES
from test_output_schemas import junit_xsd, oscal_errors

SAMPLE = SAMPLES / "city-service-platform-3star.yaml"
RATIONALE = "Signed plan <script>alert(1)</script> | seen on site, `page 4`"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A signed-off assessment of the 3-star sample with one level-1 finding overridden to fail (final 0 stars)."""
    from cmm_rules import assess

    folder = tmp_path_factory.mktemp("reviewed")
    report_path = folder / "report.json"
    report_path.write_text(to_json(assess(SAMPLE)), encoding="utf-8")
    url = f"sqlite:///{folder / 'register.db'}"
    with open_register(url) as reg, reg.session() as session:
        a = s.add_assessment_files(session, report_path, SAMPLE)
        alice, bob = s.add_person(session, "alice", "assessor"), s.add_person(session, "bob", "reviewer")
        report = s.machine_report(session, a)
        target = next(f for f in report["findings"] if f["result"] == "pass" and f["level"] == 1)
        s.check_evidence(session, a.id, report["evidence"][0]["id"], "rejected", alice, "copy, not the original")
        s.override_finding(session, a.id, target["criterion"], "fail", "evidence_insufficient", RATIONALE, alice)
        s.submit_review(session, a.id, alice)
        s.sign_off(session, a.id, bob)
    outputs = {}
    for fmt in ("text", "json", "md", "html", "junit", "oscal"):
        result = CliRunner().invoke(main, ["register", "report", str(a.id), "--format", fmt, "--db", url])
        assert result.exit_code == 0, result.output
        outputs[fmt] = result.stdout
    return target["criterion"], report["evidence"][0]["id"], outputs, report_path


def test_json_keeps_its_schema_and_seal_and_says_machine_and_final(reviewed, tmp_path):
    from cmm_rules.report import outcome_digest
    from cmm_rules.verify import load_report

    criterion, _, outputs, machine_path = reviewed
    path = tmp_path / "reviewed.json"
    path.write_text(outputs["json"], encoding="utf-8")
    record = load_report(path)  # validates against schemas/report.schema.json
    review = record["review"]
    assert (review["machine_stars"], review["final_stars"], review["state"]) == (3, 0, "signed_off")
    assert review["overrides"][0] | {"at": None} == {
        "criterion": criterion, "machine": "pass", "final": "fail", "reason_code": "evidence_insufficient",
        "reason": "evidence insufficient on inspection", "rationale": RATIONALE, "by": "alice", "at": None}
    assert outcome_digest(record) == record["provenance"]["outcome_sha256"]  # the machine's seal still holds
    assert json.loads(machine_path.read_text())["findings"] == record["findings"]  # machine results untouched


def test_text_markdown_and_html_show_both_results_and_why(reviewed):
    criterion, evidence_id, outputs, _ = reviewed
    assert "machine 3 stars → final 0 stars" in outputs["text"]
    assert f"{criterion}: machine pass → final fail — evidence insufficient on inspection (alice," in outputs["text"]
    assert f"evidence {evidence_id}: rejected (alice," in outputs["text"]
    assert "Machine ★★★☆☆ 3 / 5 → 最终 Final ☆☆☆☆☆ 0 / 5" in outputs["md"]
    assert f"| `{criterion}` | 通过 Pass | 未通过 Fail | evidence insufficient on inspection |" in outputs["md"]
    assert "<script>" not in outputs["html"] and "&lt;script&gt;alert(1)&lt;/script&gt;" in outputs["html"]
    assert 'id="review"' in outputs["html"] and "不予采信 rejected" in outputs["html"]


def test_junit_and_oscal_stay_valid_for_their_readers_and_carry_the_override(reviewed):
    criterion, _, outputs, _ = reviewed
    junit_xsd().validate(outputs["junit"])
    assert '<property name="final_stars" value="0" />' in outputs["junit"]
    assert "override: machine pass → final fail — evidence insufficient on inspection" in outputs["junit"]
    assert oscal_errors(outputs["oscal"]) == []
    result = json.loads(outputs["oscal"])["assessment-results"]["results"][0]
    assert any(p["name"] == "final-stars" and p["value"] == "0" for p in result["props"])
    finding = next(f for f in result["findings"] if any(p["value"] == "fail" and p["name"] == "final-result"
                                                        for p in f.get("props", [])))
    assert criterion in json.dumps(finding, ensure_ascii=False) and "Machine pass, final fail" in finding["remarks"]

"""The points roll-up through the CLI: a catalogue with its own structure rates with no code of its own.

The example catalogue ``catalogues/service-points`` and its samples are the
subject; its Gherkin scenarios (``catalogues/service-points/features``) run in
test_features.py. Here: every report format shows the score breakdown, band
edges are exact, a points policy that cannot work is refused when the
catalogue loads, and the staged policy stays as it was.
"""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from cmm_rules import assess, load_catalogue
from cmm_rules.cli import main
from cmm_rules.errors import InputError
from cmm_rules.validate import validator

from conftest import ROOT, SAMPLES, minimal_bundle
from mini_catalogue import HEADER, criterion, write_catalogue

POINTS = ROOT / "catalogues" / "service-points"
STEADY = POINTS / "evidence_samples" / "steady-provider.yaml"
VETOED = POINTS / "evidence_samples" / "incident-vetoed.yaml"


def cmm(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_the_example_catalogue_lints_clean():
    result = cmm("catalogue", "lint", POINTS)
    assert result.exit_code == 0, result.output
    assert "11 criteria in 3 domains, no problems" in result.output


def test_text_report_shows_the_breakdown():
    result = cmm("assess", STEADY, "--catalogue", POINTS)
    assert result.exit_code == 0
    out = result.output
    assert "Overall: ★★★☆☆  3 stars" in out
    assert "Score: 76.22 / 100 weighted, in the 3 stars band; rating: 3 stars" in out
    assert "    SV-DL weight 2: 16/20 points, 80\n" in out
    assert "      SV-DL-1-01 pass 6/10 2 per item × 3\n" in out
    assert "      GV-PL-2-01 pass 6/10 assessor's award — awarded by 李评审员 Assessor Li\n" in out


def test_json_report_carries_the_score_and_keeps_to_its_schema(tmp_path):
    out = tmp_path / "report.json"
    result = cmm("assess", VETOED, "--catalogue", POINTS, "--format", "json", "-o", out)
    assert result.exit_code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert list(validator("report").iter_errors(report)) == []
    score = report["score"]
    assert (score["total"], score["band_stars"], score["stars"], score["voided"]) == (95, 5, 0, True)
    assert report["overall"]["stars"] == 0
    assert [(v["criterion"], v["effect"]) for v in score["vetoes"]] == [("GV-CP-1-02", "void")]
    assert cmm("verify", out, VETOED, "--catalogue", POINTS).exit_code == 0  # the score is part of the sealed, replayable decision


def test_markdown_and_html_show_the_breakdown():
    md = cmm("assess", VETOED, "--catalogue", POINTS, "--format", "md").output
    assert "## 积分 Score" in md
    assert "- **加权总分 Weighted total: 95 / 100** — 区间 band: 5 stars; 评级 rating: **voided by a veto: 0 stars**" in md
    assert "- **一票否决 Veto**: GV-CP-1-02 (fail) voids the rating" in md
    assert "| SV ×4 = 100 | SV-DL ×2: 20/20 = 100 | SV-DL-1-01 | pass | 10/10 | 2 per item × 5 |  |" in md
    page = cmm("assess", VETOED, "--catalogue", POINTS, "--format", "html").output
    assert '<section class="card" id="score">' in page
    assert "一票否决 Veto: GV-CP-1-02 (fail) voids the rating" in page
    assert "CMM-RULES/POINTS-EXAMPLE" in page and "T/ZXGJXH" not in page


def test_junit_and_oscal_carry_the_score_breakdown():
    junit = cmm("assess", STEADY, "--catalogue", POINTS, "--format", "junit").output
    assert '<property name="overall_stars" value="3" />' in junit
    assert '<property name="score_total" value="76.22 / 100" />' in junit
    assert '<property name="score_rating" value="3 stars" />' in junit
    assert "points: 6/10 (2 per item × 3)" in junit
    assert "points: 6/10 (assessor's award) — awarded by 李评审员 Assessor Li" in junit
    oscal = json.loads(cmm("assess", STEADY, "--catalogue", POINTS, "--format", "oscal").output)
    result = oscal["assessment-results"]["results"][0]
    props = {p["name"]: p["value"] for p in result["props"]}
    assert (props["overall-stars"], props["score-total"], props["score-rating"]) == ("3", "76.22 / 100", "3 stars")
    points = {f["target"]["target-id"]: next(p["value"] for p in f["props"] if p["name"] == "points")
              for f in result["findings"]}
    assert points["SV-DL-1-01"] == "6/10 (2 per item × 3)"
    vetoed = json.loads(cmm("assess", VETOED, "--catalogue", POINTS, "--format", "oscal").output)
    props = [(p["name"], p["value"]) for p in vetoed["assessment-results"]["results"][0]["props"]]
    assert ("score-veto", "GV-CP-1-02 (fail) voids the rating") in props
    assert '<property name="score_veto" value="GV-CP-1-02 (fail) voids the rating" />' in cmm(
        "assess", VETOED, "--catalogue", POINTS, "--format", "junit").output


# ------------------------------------------------------------- band edges


def _points_catalogue(folder, bands, points=(7, 3)):
    header = dict(HEADER, rollup={"policy": "points", "bands": dict(zip("12345", bands))})
    header["topics"] = {**HEADER["topics"]}
    write_catalogue(folder, [
        dict(criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}}), points=points[0]),
        dict(criterion("XX-AA-1-02", {"evidence": {"topic": "log"}}), points=points[1]),
    ])
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.mark.parametrize("bands, stars", [
    ((10, 30, 70, 80, 90), 3),      # 70 of 100 is exactly the least total of 3 stars
    ((10, 30, 70.01, 80, 90), 2),   # a hundredth more and it is not
    ((10, 30, 69.99, 70, 90), 4),
])
def test_a_total_on_a_band_edge(tmp_path, write_bundle, bands, stars):
    folder = _points_catalogue(tmp_path / "cat", bands)
    plan = {"id": "P1", "topic": "plan", "kind": "document", "title": "plan"}
    report = assess(write_bundle(minimal_bundle(plan)), folder)
    assert report["score"]["total"] == 70
    assert report["overall"]["stars"] == stars


def test_a_total_that_rounds_to_a_band_edge_does_not_reach_it(tmp_path, write_bundle):
    """2 of 3 points is 66.666…: shown as 66.67, and it does not reach a band at 66.67."""
    folder = _points_catalogue(tmp_path / "cat", (10, 30, 66.67, 80, 90), points=(2, 1))
    plan = {"id": "P1", "topic": "plan", "kind": "document", "title": "plan"}
    report = assess(write_bundle(minimal_bundle(plan)), folder)
    assert report["score"]["total"] == 66.67
    assert report["overall"]["stars"] == 2


# ------------------------------------------------- a policy that cannot work


@pytest.mark.parametrize("rollup, message", [
    ({"policy": "points", "bands": {"1": 40, "2": 30, "3": 70, "4": 80, "5": 90}},
     "at $.rollup.bands: the bands must not fall from one star to the next: [40, 30, 70, 80, 90]"),
    ({"policy": "points", "bands": {"1": 40, "2": 55, "3": 70, "4": 80, "5": 90}, "domains": {"ZZ": {"weight": 2}}},
     "at $.rollup.domains.ZZ: unknown domain 'ZZ' (known: XX)"),
    ({"policy": "points", "scale": 10, "bands": {"1": 4, "2": 5, "3": 7, "4": 8, "5": 11}},
     "at $.rollup.bands: 5 stars needs 11, above the scale of 10"),
    ({"policy": "points", "bands": {"1": 40, "2": 55, "3": 70, "4": 80}},
     "at $.rollup.bands: '5' is required"),
])
def test_a_points_policy_that_cannot_work_is_refused_on_load(tmp_path, rollup, message):
    folder = _points_catalogue(tmp_path / "cat", (40, 55, 70, 80, 90))
    header = yaml.safe_load((folder / "catalogue.yaml").read_text(encoding="utf-8"))
    header["rollup"] = rollup
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    result = cmm("catalogue", "lint", folder)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------- the staged default


def test_the_staged_catalogue_reports_no_score(catalogue):
    report = assess(SAMPLES / "city-service-platform-3star.yaml", catalogue)
    assert "score" not in report
    assert report["overall"]["stars"] == 3


def test_an_assessor_award_in_a_staged_assessment_is_refused(write_bundle):
    bundle = minimal_bundle()
    bundle["assessor_points"] = [{"criterion": "ST-SG-1-01", "points": 5, "assessor": "A. Assessor",
                                  "justification": "a good plan, well resourced and approved"}]
    result = cmm("assess", write_bundle(bundle))
    assert result.exit_code == 2
    assert "at $.assessor_points[0].criterion: criterion ST-SG-1-01 is not scored by an assessor" in result.output


def test_an_award_twice_for_one_criterion_is_refused(tmp_path):
    data = yaml.safe_load(STEADY.read_text(encoding="utf-8"))
    data["assessor_points"].append(dict(data["assessor_points"][0]))
    path = tmp_path / "twice.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match=r"criterion GV-PL-2-01 is awarded twice \(first at \$.assessor_points\[0\]\)"):
        assess(path, load_catalogue(POINTS))


def test_explain_says_what_a_criterion_counts_for():
    out = cmm("explain", "GV-CP-1-02", "--catalogue", POINTS).output
    assert "Scoring: 5 points when met; veto: failing it voids the rating (一票否决)" in out
    out = cmm("explain", "OC-RP-2-01", "--catalogue", POINTS).output
    assert "Scoring: up to 10 points awarded by the assessor with a justification, when met" in out

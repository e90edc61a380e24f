"""`cmm catalogue impact OLD NEW BUNDLES…`: who moves when a criterion changes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import ROOT, SAMPLES, copy_reference_catalogue

BUNDLES = ["county-sme-centre-1star.yaml", "district-consulting-firm-2star.yaml", "city-service-platform-3star.yaml",
           "county-startup-station-0star.yaml"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def stricter(tmp_path_factory):
    """The reference catalogue with ST-SG-1-01 asking for a plan of at least 15 services (samples plan fewer)."""
    folder = copy_reference_catalogue(tmp_path_factory.mktemp("stricter"))
    st = folder / "ST.yaml"
    text = st.read_text(encoding="utf-8")
    assert text.count("services_planned: {gte: 3}") == 1
    st.write_text(text.replace("services_planned: {gte: 3}", "services_planned: {gte: 15}"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def record(stricter):
    result = run("catalogue", "impact", ROOT / "rules", stricter, *(SAMPLES / b for b in BUNDLES),
                 "--format", "json", "-j", "2")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_bundles_whose_stars_move_are_named_before_and_after(record):
    moved = {b["file"].rsplit("/", 1)[-1]: (b["stars_before"], b["stars_after"]) for b in record["moved"]}
    assert moved == {"county-sme-centre-1star.yaml": (1, 0), "district-consulting-firm-2star.yaml": (2, 0)}
    assert (record["down"], record["up"], record["unchanged"], record["in_error"]) == (2, 0, 2, 0)
    assert record["transitions"][1][0] == record["transitions"][2][0] == 1
    assert record["transitions"][0][0] == record["transitions"][3][3] == 1


def test_only_the_changed_criterion_changes_its_pass_rate(record):
    changed = [c for c in record["criteria"] if c["rate_before"] != c["rate_after"]]
    assert [c["id"] for c in changed] == ["ST-SG-1-01"]
    (c,) = changed
    assert (c["passed_before"], c["passed_after"], c["applicable_before"]) == (4, 1, 4)


def test_text_and_html_show_the_movers_and_the_chart(stricter, tmp_path):
    bundles = [SAMPLES / b for b in BUNDLES[:2]]
    text = run("catalogue", "impact", ROOT / "rules", stricter, *bundles, "-j", "1").output
    assert "2 move (0 up, 2 down)" in text.splitlines()[0]
    assert any(line.startswith("  1 → 0 ★  ") and "county-sme-centre-1star.yaml" in line for line in text.splitlines())
    assert "ST-SG-1-01" in text
    page = tmp_path / "impact.html"
    result = run("catalogue", "impact", ROOT / "rules", stricter, *bundles, "-j", "1", "--format", "html", "-o", page)
    assert result.exit_code == 0
    body = page.read_text(encoding="utf-8")
    assert body.count("<svg") == 2 and "<script" not in body and "default-src 'none'" in body
    assert "1 → 0 ★" in body and "county-sme-centre-1star.yaml" in body


def test_a_bundle_the_new_catalogue_refuses_is_an_error_row_and_the_run_goes_on(tmp_path, write_bundle):
    (tmp_path / "new").mkdir()
    new = copy_reference_catalogue(tmp_path / "new")
    bad = write_bundle("organisation: [not, a, mapping]\n", name="bad.yaml")
    result = run("catalogue", "impact", ROOT / "rules", new, bad, SAMPLES / BUNDLES[0], "-j", "1", "--format", "json")
    assert result.exit_code == 3
    record = json.loads(result.output)
    assert record["in_error"] == 1 and record["unchanged"] == 1
    (row,) = [b for b in record["results"] if b["error"]]
    assert row["file"].endswith("bad.yaml") and "bad.yaml" in row["error"]


def test_a_moved_criterion_keeps_its_row_under_its_new_id(tmp_path):
    """ST-SG-3-02 moves to level 4 as ST-SG-4-09 (replaces: [ST-SG-3-02]) and asks 95 % of staff reached: one row,
    its 'before' counted from the old id, its 'after' from the new one."""
    (tmp_path / "moved").mkdir()
    moved = copy_reference_catalogue(tmp_path / "moved")
    st = moved / "ST.yaml"
    text = st.read_text(encoding="utf-8")
    old_head = "  - id: ST-SG-3-02\n    domain: ST\n    subdomain: SG\n    level: 3\n"
    assert text.count(old_head) == 1 and text.count("staff_reached_pct: {gte: 80}") == 1
    text = text.replace(old_head, "  - id: ST-SG-4-09\n    domain: ST\n    subdomain: SG\n    level: 4\n"
                                  "    replaces: [ST-SG-3-02]\n")
    st.write_text(text.replace("staff_reached_pct: {gte: 80}", "staff_reached_pct: {gte: 95}"), encoding="utf-8")
    bundles = [SAMPLES / "city-service-platform-3star.yaml", SAMPLES / "national-platform-5star.yaml"]
    result = run("catalogue", "impact", ROOT / "rules", moved, *bundles, "--format", "json", "-j", "1")
    assert result.exit_code == 0, result.output
    rows = {c["id"]: c for c in json.loads(result.output)["criteria"]}
    assert "ST-SG-3-02" not in rows
    row = rows["ST-SG-4-09"]
    assert (row["was"], row["in_old"], row["in_new"]) == ("ST-SG-3-02", True, True)
    assert (row["passed_before"], row["applicable_before"], row["passed_after"], row["applicable_after"]) == (2, 2, 1, 2)
    text = run("catalogue", "impact", ROOT / "rules", moved, *bundles, "-j", "1").output
    assert "ST-SG-4-09 (was ST-SG-3-02)" in text

"""`cmm catalogue diff OLD NEW`: what an editor's change does to the catalogue, in words."""
from __future__ import annotations

import json

from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import ROOT, copy_reference_catalogue


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def edit(folder, name, old, new):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_identical_catalogues_have_no_differences(tmp_path):
    result = run("catalogue", "diff", ROOT / "rules", copy_reference_catalogue(tmp_path))
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "no differences"


def test_a_changed_threshold_is_named_in_words_before_and_after(tmp_path):
    new = copy_reference_catalogue(tmp_path)
    edit(new, "ST.yaml", "staff_reached_pct: {gte: 80}", "staff_reached_pct: {gte: 90}")
    result = run("catalogue", "diff", ROOT / "rules", new)
    lines = result.output.splitlines()
    assert "criteria: 0 added, 0 removed, 0 moved, 1 changed" in lines
    at = next(i for i, line in enumerate(lines) if line.startswith("  ~ ST-SG-3-02"))
    assert lines[at + 1].strip().startswith("condition evidence: at least one record of topic 'strategy_communication'")
    assert lines[at + 1].endswith("staff_reached_pct ≥ 80")
    assert lines[at + 2].strip().startswith("→ ") and lines[at + 2].endswith("staff_reached_pct ≥ 90")

    record = json.loads(run("catalogue", "diff", ROOT / "rules", new, "--format", "json").output)
    (changed,) = record["criteria"]["changed"]
    assert changed["id"] == "ST-SG-3-02"
    assert [c["field"] for c in changed["changes"]] == ["condition evidence"]
    md = run("catalogue", "diff", ROOT / "rules", new, "--format", "md").output
    assert "### ST-SG-3-02" in md and "| condition evidence |" in md


def test_added_removed_and_moved_criteria_topics_and_rollup(tmp_path):
    new = copy_reference_catalogue(tmp_path)
    # move ST-SG-3-02 up one level (its id follows its cell), retitle ST-SG-1-01, drop a roll-up key,
    # rename a topic attribute's description
    edit(new, "ST.yaml", "id: ST-SG-3-02", "id: ST-SG-4-04")
    text = (new / "ST.yaml").read_text(encoding="utf-8")
    at = text.index("id: ST-SG-4-04")
    level = text.index("level: 3", at)
    (new / "ST.yaml").write_text(text[:level] + "level: 4" + text[level + 8:], encoding="utf-8")
    edit(new, "catalogue.yaml", "  level_with_nothing_applicable: not_awarded\n", "")
    edit(new, "ST.yaml", "share of staff reached, in percent", "share of all staff reached, in percent")
    record = json.loads(run("catalogue", "diff", ROOT / "rules", new, "--format", "json").output)
    (moved,) = record["criteria"]["moved"]
    assert (moved["from"]["id"], moved["to"]["id"], moved["from"]["level"], moved["to"]["level"]) == (
        "ST-SG-3-02", "ST-SG-4-04", 3, 4)
    assert record["criteria"]["added"] == record["criteria"]["removed"] == []
    assert record["rollup"] == [{"field": "level_with_nothing_applicable", "before": "not_awarded", "after": None}]
    (topic,) = record["topics"]["changed"]
    assert topic["topic"] == "strategy_communication"
    assert topic["changes"][0]["after"] == "share of all staff reached, in percent"
    text = run("catalogue", "diff", ROOT / "rules", new).output
    assert "  > ST-SG-3-02 → ST-SG-4-04 (level 3 → 4)" in text


def test_a_criterion_removed_from_a_copy_is_listed(tmp_path):
    new = copy_reference_catalogue(tmp_path)
    text = (new / "CI.yaml").read_text(encoding="utf-8")
    starts = [i for i in range(len(text)) if text.startswith("  - id: ", i)]
    last = text[starts[-1]:]
    cid = last.split()[2]
    (new / "CI.yaml").write_text(text[:starts[-1]], encoding="utf-8")
    result = run("catalogue", "diff", ROOT / "rules", new)
    assert "criteria: 0 added, 1 removed, 0 moved, 0 changed" in result.output
    assert f"  - {cid}  " in result.output
    back = run("catalogue", "diff", new, ROOT / "rules")
    assert f"  + {cid}  " in back.output



def test_a_moved_criterion_with_a_new_title_and_conditions_is_one_move_when_it_names_the_id_it_replaces(tmp_path):
    new = copy_reference_catalogue(tmp_path)
    # ST-SG-3-02 goes to level 4 (so a new id) with a new title and a higher threshold: nothing ties it to
    # its old self but the editor's word, `replaces`
    edit(new, "ST.yaml", """  - id: ST-SG-3-02
    domain: ST
    subdomain: SG
    level: 3
""", """  - id: ST-SG-4-09
    domain: ST
    subdomain: SG
    level: 4
""")
    edit(new, "ST.yaml", 'en: "The strategy has been communicated to staff"', 'en: "Every employee knows the strategy"')
    edit(new, "ST.yaml", "staff_reached_pct: {gte: 80}", "staff_reached_pct: {gte: 95}")
    record = json.loads(run("catalogue", "diff", ROOT / "rules", new, "--format", "json").output)["criteria"]
    assert ([c["id"] for c in record["removed"]], [c["id"] for c in record["added"]], record["moved"]) == (
        ["ST-SG-3-02"], ["ST-SG-4-09"], [])

    edit(new, "ST.yaml", "  - id: ST-SG-4-09\n", "  - id: ST-SG-4-09\n    replaces: [ST-SG-3-02]\n")
    record = json.loads(run("catalogue", "diff", ROOT / "rules", new, "--format", "json").output)["criteria"]
    (moved,) = record["moved"]
    assert (moved["from"]["id"], moved["to"]["id"], record["added"], record["removed"]) == (
        "ST-SG-3-02", "ST-SG-4-09", [], [])
    assert any("95" in str(change["after"]) for change in moved["changes"])  # the new threshold is shown

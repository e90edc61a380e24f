"""Star phrases → criteria: the matrix in docs, the `--traceability` view and lint's checks."""
from __future__ import annotations

import copy
import json

import yaml
from click.testing import CliRunner

from cmm_rules.cli import main
from mini_catalogue import HEADER, criterion

from conftest import ROOT


def cmm(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def phrased_catalogue(folder, criteria, phrases=None):
    """The sketch catalogue with phrases on its levels 1 and 2 (or the ones given)."""
    header = copy.deepcopy(HEADER)
    phrases = phrases or {"1": [{"id": "1.1", "zh": "有计划", "en": "has a plan"}],
                          "2": [{"id": "2.1", "zh": "有目标", "en": "has goals"},
                                {"id": "2.2", "zh": "有规则", "en": "has rules"}]}
    for lvl, items in phrases.items():
        header["levels"][lvl]["phrases"] = items
    folder.mkdir(parents=True)
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    (folder / "XX.yaml").write_text(yaml.safe_dump({"criteria": criteria}, allow_unicode=True), encoding="utf-8")
    return str(folder)


def cited(cid, requires, *phrases):
    c = criterion(cid, requires)
    if phrases:
        c["implements"] = list(phrases)
    return c


def test_docs_traceability_md_is_fresh():
    """Regenerate with: cmm catalogue show --traceability --format md -o docs/traceability.md"""
    expected = cmm("catalogue", "show", "--traceability", "--format", "md").output
    assert (ROOT / "docs" / "traceability.md").read_text(encoding="utf-8") == expected, \
        "docs/traceability.md is stale: run `cmm catalogue show --traceability --format md -o docs/traceability.md`"


def test_every_reference_criterion_cites_a_known_phrase_of_its_level_or_lower(catalogue):
    assert len(catalogue.phrases) == 24
    assert [p for p in catalogue.phrases] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5",
                                              "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
                                              "4.1", "4.2", "4.3", "4.4", "4.5", "4.6",
                                              "5.1", "5.2", "5.3", "5.4"]
    for c in catalogue.criteria:
        assert c.implements, c.id
        assert all(catalogue.phrases[p]["level"] <= c.level for p in c.implements), c.id
    assert catalogue.version == "1.1.0"


def test_matrix_json_maps_phrases_to_criteria_and_back(catalogue):
    m = json.loads(cmm("catalogue", "show", "--traceability", "--format", "json").output)
    by_id = {p["id"]: p for p in m["phrases"]}
    assert "ST-SG-5-01" in by_id["5.1"]["at_level"]
    assert "ST-SP-1-01" in by_id["1.1"]["at_level"]
    rows = {c["id"]: c for c in m["criteria"]}
    assert len(rows) == len(catalogue.criteria)
    assert rows["ST-SG-2-01"]["implements"] == ["2.1"]
    for gap in m["gaps"]:
        assert by_id[gap]["at_level"] == []
    covered = {p["id"] for p in m["phrases"] if p["at_level"]}
    assert covered | set(m["gaps"]) == set(by_id)


def test_text_view_names_the_uncovered_phrases(tmp_path):
    folder = phrased_catalogue(tmp_path / "cat", [
        cited("XX-AA-1-01", {"evidence": {"topic": "plan"}}, "1.1"),
        cited("XX-AA-2-01", {"evidence": {"topic": "log"}}, "2.1", "1.1")])
    out = cmm("catalogue", "show", folder, "--traceability").output
    assert "2.2   有规则 / has rules\n      L2: — none (gap)" in out
    assert "1.1   有计划 / has a plan\n      L1: XX-AA-1-01  (carried further by XX-AA-2-01)" in out
    assert out.rstrip().endswith("gaps: 2.2")


def test_lint_requires_every_criterion_to_cite_a_known_phrase_not_above_its_level(tmp_path):
    folder = phrased_catalogue(tmp_path / "cat", [
        cited("XX-AA-1-01", {"evidence": {"topic": "plan"}}),
        cited("XX-AA-2-01", {"evidence": {"topic": "log"}}, "2.1", "2.2", "2.9"),
        cited("XX-BB-1-01", {"evidence": {"topic": "kpi"}}, "2.1"),
        cited("XX-BB-2-01", {"evidence": {"topic": "issue"}}, "1.1")])
    result = cmm("catalogue", "lint", folder)
    assert result.exit_code == 2
    assert "XX-AA-1-01 cites no star phrase" in result.output
    assert "XX-AA-2-01 implements unknown phrase '2.9'" in result.output
    assert "XX-BB-1-01 is a level-1 criterion citing the level-2 phrase 2.1" in result.output
    assert "XX-BB-2-01" not in result.output  # a lower phrase carried further is fine


def test_lint_names_a_phrase_no_criterion_of_its_level_implements(tmp_path):
    folder = phrased_catalogue(tmp_path / "cat", [
        cited("XX-AA-1-01", {"evidence": {"topic": "plan"}}, "1.1"),
        cited("XX-AA-2-01", {"evidence": {"topic": "log"}}, "2.1", "1.1"),
        cited("XX-BB-1-01", {"evidence": {"topic": "kpi"}}, "1.1"),
        cited("XX-BB-2-01", {"evidence": {"topic": "issue"}}, "2.1")])
    out = cmm("catalogue", "lint", folder).output
    assert "phrase 2.2 (has rules) has no level-2 criterion that implements it" in out
    assert "phrase 1.1" not in out and "phrase 2.1" not in out


def test_lint_refuses_a_phrase_filed_under_the_wrong_level(tmp_path):
    folder = phrased_catalogue(tmp_path / "cat", [
        cited("XX-AA-1-01", {"evidence": {"topic": "plan"}}, "1.1")],
        phrases={"1": [{"id": "1.1", "zh": "有计划", "en": "has a plan"}, {"id": "2.1", "zh": "有目标", "en": "goals"}]})
    out = cmm("catalogue", "lint", folder).output
    assert "phrase 2.1 is listed under level 1; its id must start with 1." in out


def test_catalogue_without_phrases_still_loads_and_lints_without_traceability_errors(tmp_path):
    from mini_catalogue import write_catalogue

    folder = write_catalogue(tmp_path / "cat", [criterion("XX-AA-1-01", {"evidence": {"topic": "plan"}})])
    out = cmm("catalogue", "lint", str(folder)).output
    assert "phrase" not in out
    assert "declare no phrases" in cmm("catalogue", "show", str(folder), "--traceability").output
    assert cmm("catalogue", "lint", str(ROOT / "catalogues" / "service-points")).exit_code == 0

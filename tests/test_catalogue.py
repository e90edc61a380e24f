"""The reference catalogue: complete grid, clean lint, every criterion proven by Gherkin."""
from __future__ import annotations

import re
from pathlib import Path

from pytest_bdd.feature import get_features

from cmm_rules.lint import lint

FEATURES = Path(__file__).resolve().parent.parent / "features"
RESULT_STEP = re.compile(r"^criterion (?P<cid>[A-Z]+-[A-Z]+-[1-5]-\d{2}) (?P<outcome>passes|fails)$")


def scenario_outcomes() -> dict[str, set[str]]:
    """criterion id → {'passes', 'fails'} over every (expanded) scenario."""
    seen: dict[str, set[str]] = {}
    for feature in get_features([str(FEATURES)]):
        for template in feature.scenarios.values():
            contexts = [ctx for ex in template.examples for ctx in ex.as_contexts()] or [{}]
            for context in contexts:
                scenario = template.render(context)
                for step in scenario.steps:
                    match = RESULT_STEP.match(step.name)
                    if match and match["cid"] in scenario.name:
                        seen.setdefault(match["cid"], set()).add(match["outcome"])
    return seen


def test_every_cell_of_the_grid_holds_a_criterion(catalogue):
    cells = {c.cell for c in catalogue.criteria}
    empty = [f"{d.code}-{s}-L{lvl}" for d in catalogue.domains for s in d.subdomain_codes
             for lvl in range(1, 6) if (d.code, s, lvl) not in cells]
    assert not empty, f"empty cells: {empty}"
    assert [d.code for d in catalogue.domains] == ["ST", "DE", "TR", "OP", "CI"]


def test_reference_catalogue_has_at_least_110_criteria(catalogue):
    assert len(catalogue.criteria) >= 110


def test_every_criterion_is_marked_as_interpretation_and_cites_only_its_chapter(catalogue):
    clauses = {"ST": "5", "DE": "6", "TR": "7", "OP": "8", "CI": "9"}
    for c in catalogue.criteria:
        assert c.interpretation is True, c.id
        assert c.clause == clauses[c.domain], c.id


def test_reference_catalogue_lints_clean(catalogue):
    problems, _notes = lint(catalogue)
    assert problems == []


def test_every_criterion_has_a_passing_and_a_failing_scenario(catalogue):
    seen = scenario_outcomes()
    lacking = [f"{c.id} ({', '.join(sorted({'passes', 'fails'} - seen.get(c.id, set())))})"
               for c in catalogue.criteria if seen.get(c.id, set()) != {"passes", "fails"}]
    assert not lacking, f"criteria without a passing and a failing scenario: {lacking}"


def test_scenarios_name_only_criteria_that_exist(catalogue):
    unknown = sorted(set(scenario_outcomes()) - set(catalogue.by_id))
    assert not unknown, f"scenarios name unknown criteria: {unknown}"

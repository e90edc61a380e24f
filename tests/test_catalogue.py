"""The reference catalogue: complete grid, clean lint, every criterion proven by Gherkin."""
from __future__ import annotations

from cmm_rules.bdd import collect, match
from cmm_rules.bdd.steps import RESULTS, criterion_result
from cmm_rules.lint import lint

from conftest import ROOT

OUTCOMES = {"pass": "passes", "fail": "fails"}


def scenario_outcomes() -> dict[str, set[str]]:
    """criterion id → {'passes', 'fails'} over every (expanded) scenario, in either language."""
    seen: dict[str, set[str]] = {}
    for scenario in collect([ROOT / "features"]):
        for step in scenario.steps:
            found = match(step.text)
            if found and found[0].func is criterion_result:
                cid, outcome = found[1]["cid"], OUTCOMES.get(RESULTS[found[1]["outcome"]])
                if outcome and cid in scenario.name:
                    seen.setdefault(cid, set()).add(outcome)
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

"""Gherkin scenarios of `features/`, run by the package's step library (cmm_rules.bdd).

This is the same library `cmm features run` uses on any feature files
against any catalogue; docs/gherkin.md lists its steps in English and
Chinese. Add steps to cmm_rules/bdd/steps.py, not here.
"""
from __future__ import annotations

import pytest

from cmm_rules.bdd import collect, run_scenario

from conftest import ROOT

SCENARIOS = collect([ROOT / "features"])


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[f"{s.id} {s.name}" for s in SCENARIOS])
def test_scenario(scenario, catalogue, tmp_path):
    result = run_scenario(scenario, catalogue, tmp_path)
    if not result.passed:
        pytest.fail(result.explain(), pytrace=False)

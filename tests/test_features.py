"""Gherkin scenarios of `features/` and of each example catalogue's `catalogues/<name>/features/`
(run against that catalogue), run by the package's step library (cmm_rules.bdd).

This is the same library `cmm features run` uses on any feature files
against any catalogue; docs/gherkin.md lists its steps in English and
Chinese. Add steps to cmm_rules/bdd/steps.py, not here.
"""
from __future__ import annotations

import pytest

from cmm_rules import load_catalogue
from cmm_rules.bdd import collect, run_scenario

from conftest import ROOT

SCENARIOS = collect([ROOT / "features"])


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[f"{s.id} {s.name}" for s in SCENARIOS])
def test_scenario(scenario, catalogue, tmp_path):
    result = run_scenario(scenario, catalogue, tmp_path)
    if not result.passed:
        pytest.fail(result.explain(), pytrace=False)


# The example catalogues (catalogues/<name>/) prove their own scenarios against themselves.
EXAMPLES = [(folder, s) for folder in sorted((ROOT / "catalogues").iterdir()) if (folder / "features").is_dir()
            for s in collect([folder / "features"])]
_LOADED: dict = {}


@pytest.mark.parametrize("folder, scenario", EXAMPLES,
                         ids=[f"{f.name}/{s.id} {s.name}" for f, s in EXAMPLES])
def test_example_catalogue_scenario(folder, scenario, tmp_path):
    if folder not in _LOADED:
        _LOADED[folder] = load_catalogue(folder)
    result = run_scenario(scenario, _LOADED[folder], tmp_path)
    if not result.passed:
        pytest.fail(result.explain(), pytrace=False)

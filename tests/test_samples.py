"""The rated sample bundles: ``evidence_samples/<name>-<N>star.yaml|json`` rates exactly N stars.

One realistic provider per overall level 0-5 is shipped as curated data. Each
must rate its stars through the public API and through the command line, its
report must validate against ``schemas/report.schema.json``, and no level may
be left without a sample.
"""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from cmm_rules import assess
from cmm_rules.cli import main
from cmm_rules.validate import validator

from conftest import SAMPLES

RATED = re.compile(r"^.+-([0-5])star\.(?:ya?ml|json)$")
LEVELS = range(0, 6)


def rated_samples() -> list[tuple[str, int]]:
    found = []
    for path in sorted(SAMPLES.iterdir()):
        match = RATED.match(path.name)
        if path.is_file() and match:
            found.append((path.name, int(match.group(1))))
    return found


SAMPLE_CASES = rated_samples()
SAMPLE_IDS = [name for name, _ in SAMPLE_CASES]


def test_every_level_0_to_5_has_a_rated_sample():
    levels = {stars for _, stars in SAMPLE_CASES}
    missing = [n for n in LEVELS if n not in levels]
    assert not missing, f"no evidence_samples/*-<N>star.yaml|json for N = {missing}"


@pytest.fixture(scope="module")
def reports(catalogue):
    """Each rated sample assessed once through the public API."""
    return {name: assess(SAMPLES / name, catalogue) for name, _ in SAMPLE_CASES}


@pytest.mark.parametrize(("name", "stars"), SAMPLE_CASES, ids=SAMPLE_IDS)
def test_sample_rates_its_stars_through_the_api(name, stars, reports):
    report = reports[name]
    assert report["overall"]["stars"] == stars, (
        f"{name}: {report['overall']['stars']} stars, limited by {report['overall']['limited_by']}")
    assert report["overall"]["valid"], report["overall"]["invalid_because"]
    assert report["overall"]["counts"]["error"] == 0


@pytest.mark.parametrize(("name", "stars"), SAMPLE_CASES, ids=SAMPLE_IDS)
def test_sample_report_validates_against_the_report_schema(name, stars, reports):
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator("report").iter_errors(reports[name])]
    assert errors == []


@pytest.mark.parametrize(("name", "stars"), SAMPLE_CASES, ids=SAMPLE_IDS)
def test_sample_rates_its_stars_through_the_cli(name, stars):
    result = CliRunner().invoke(main, ["assess", str(SAMPLES / name), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["overall"]["stars"] == stars
    assert list(validator("report").iter_errors(report)) == []


@pytest.mark.parametrize(("name", "stars"), SAMPLE_CASES, ids=SAMPLE_IDS)
def test_sample_is_a_valid_bundle(name, stars):
    result = CliRunner().invoke(main, ["validate", str(SAMPLES / name)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert ": valid (" in result.output


@pytest.mark.parametrize(("name", "stars"), SAMPLE_CASES, ids=SAMPLE_IDS)
def test_sample_meets_every_criterion_up_to_its_level(name, stars, reports):
    """Staged rating: nothing of levels 1..N fails, so the stars are not an accident of the roll-up."""
    failing = [f["criterion"] for f in reports[name]["findings"]
               if f["level"] <= stars and f["result"] not in ("pass", "not_applicable")]
    assert failing == []


@pytest.mark.parametrize(("name", "stars"), [case for case in SAMPLE_CASES if case[1] < 5],
                         ids=[i for i, case in zip(SAMPLE_IDS, SAMPLE_CASES) if case[1] < 5])
def test_sample_shows_partial_progress_at_the_next_level(name, stars, reports):
    """A realistic provider at N stars meets some level-(N+1) criteria and misses at least one."""
    results = [f["result"] for f in reports[name]["findings"] if f["level"] == stars + 1]
    assert "pass" in results, f"{name}: no level-{stars + 1} criterion met"
    assert "fail" in results, f"{name}: every level-{stars + 1} criterion met"

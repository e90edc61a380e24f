"""Roll-up: staged levels, gaps, exclusions — through the library API."""
from __future__ import annotations

import pytest

from cmm_rules import InputError, assess, load_catalogue

from conftest import minimal_bundle
from mini_catalogue import criterion, write_catalogue


def ev(topic, eid=None):
    return {"id": eid or f"E-{topic}", "topic": topic, "kind": "record", "title": topic}


@pytest.fixture(scope="module")
def ladder(tmp_path_factory):
    """Sub-domain AA: one criterion per level, level L needs topic t<L>; BB: level 1 only needs 'log'."""
    topics = {f"t{i}": {"zh": "主题", "en": f"t{i}", "description": "d"} for i in range(1, 6)}
    criteria = [criterion(f"XX-AA-{lvl}-01", {"evidence": {"topic": f"t{lvl}"}}, excludable=lvl in (2, 3))
                for lvl in range(1, 6)]
    criteria += [criterion(f"XX-BB-{lvl}-01", {"evidence": {"topic": "log" if lvl == 1 else f"t{lvl}"}})
                 for lvl in range(1, 6)]
    criteria.append(criterion("XX-AA-3-02", {"evidence": {"topic": "plan"}}, excludable=True))
    folder = write_catalogue(tmp_path_factory.mktemp("ladder"), criteria)
    import yaml
    header = yaml.safe_load((folder / "catalogue.yaml").read_text(encoding="utf-8"))
    header["topics"].update(topics)
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    return load_catalogue(folder)


def rate(ladder, write_bundle, *topics, exclusions=None):
    report = assess(write_bundle(minimal_bundle(*[ev(t) for t in topics], exclusions=exclusions)), ladder)
    subs = {s["code"]: s for s in report["domains"][0]["subdomains"]}
    return report, subs


def test_nothing_met_is_zero_stars(ladder, write_bundle):
    report, subs = rate(ladder, write_bundle)
    assert report["overall"]["stars"] == 0
    assert subs["AA"]["blocked_by"] == ["XX-AA-1-01"]


def test_a_gap_at_a_lower_level_blocks_every_higher_level(ladder, write_bundle):
    report, subs = rate(ladder, write_bundle, "log", "t1", "t3", "plan", "t4", "t5")
    assert subs["AA"]["level"] == 1
    assert subs["AA"]["blocked_by"] == ["XX-AA-2-01"]
    assert subs["BB"]["level"] == 1


def test_domain_is_its_weakest_subdomain_and_overall_its_weakest_domain(ladder, write_bundle):
    report, subs = rate(ladder, write_bundle, "log", "t1", "t2", "t3", "plan", "t4", "t5")
    assert subs["AA"]["level"] == 5 and subs["BB"]["level"] == 5
    report, subs = rate(ladder, write_bundle, "t1", "t2", "t3", "plan", "t4", "t5")
    assert subs["AA"]["level"] == 5 and subs["BB"]["level"] == 0
    assert report["domains"][0]["level"] == 0 and report["overall"]["stars"] == 0


def test_justified_exclusion_lets_the_rest_of_the_level_count(ladder, write_bundle):
    why = "We subcontract no delivery: no partner evidence exists."
    report, subs = rate(ladder, write_bundle, "log", "t1", "t2", "t3", "t4", "t5",
                        exclusions=[{"criterion": "XX-AA-3-02", "justification": why, "approved_by": "Board",
                                     "expires": "2027-06-30"}])
    finding = next(f for f in report["findings"] if f["criterion"] == "XX-AA-3-02")
    assert finding["result"] == "not_applicable" and finding["exclusion"]["justification"] == why
    assert subs["AA"]["level"] == 5
    assert report["exclusions"] == [{"criterion": "XX-AA-3-02", "honoured": True,
                                     "status": "justified, valid until 2027-06-30", "justification": why,
                                     "expires": "2027-06-30", "approved_by": "Board"}]


def test_an_exclusion_never_raises_a_level_on_its_own(ladder, write_bundle):
    """Excluding every criterion of level 2 does not award level 2."""
    why = "This service line is not offered by the provider at all."
    report, subs = rate(ladder, write_bundle, "log", "t1", "t3", "plan",
                        exclusions=[{"criterion": "XX-AA-2-01", "justification": why, "approved_by": "Board",
                                     "expires": "2027-06-30"}])
    assert subs["AA"]["level"] == 1
    assert "never awarded on exclusions alone" in subs["AA"]["blocked_because"]


def test_an_expired_exclusion_no_longer_applies(ladder, write_bundle):
    report, subs = rate(ladder, write_bundle, "log", "t1", "t2", "t3", "t4", "t5",
                        exclusions=[{"criterion": "XX-AA-3-02", "expires": "2026-06-30",
                                     "justification": "Partner programme suspended during the 2026 restructuring."}])
    finding = next(f for f in report["findings"] if f["criterion"] == "XX-AA-3-02")
    assert finding["result"] == "fail"
    assert subs["AA"]["level"] == 2
    assert report["exclusions"][0]["honoured"] is False
    assert "expired on 2026-06-30" in report["exclusions"][0]["status"]


def test_an_exclusion_without_justification_is_refused(ladder, write_bundle):
    with pytest.raises(InputError, match="justification"):
        rate(ladder, write_bundle, "log", exclusions=[{"criterion": "XX-AA-3-02"}])
    with pytest.raises(InputError, match="exclusions\\[0\\].justification"):
        rate(ladder, write_bundle, "log", exclusions=[{"criterion": "XX-AA-3-02", "justification": "n/a"}])


def test_excluding_a_criterion_the_catalogue_does_not_allow_is_refused(ladder, write_bundle):
    with pytest.raises(InputError, match="XX-AA-1-01 may not be excluded"):
        rate(ladder, write_bundle, "log", exclusions=[{"criterion": "XX-AA-1-01",
                                                        "justification": "We would rather not be assessed here."}])


def test_excluding_an_unknown_criterion_is_refused(ladder, write_bundle):
    with pytest.raises(InputError, match="unknown criterion 'XX-ZZ-1-01'"):
        rate(ladder, write_bundle, "log", exclusions=[{"criterion": "XX-ZZ-1-01",
                                                        "justification": "No such criterion exists in the catalogue."}])


def test_capability_profile_uses_iso_33020_bands(ladder, write_bundle):
    report, _ = rate(ladder, write_bundle, "log", "t1", "t2")
    profile = report["domains"][0]["profile"]
    assert profile["1"] == {"passed": 2, "applicable": 2, "rating": "F"}
    assert profile["3"] == {"passed": 0, "applicable": 3, "rating": "N"}

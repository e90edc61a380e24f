"""Gherkin scenarios of `features/`, bound to the public library API.

The step vocabulary is documented for catalogue editors in docs/gherkin.md;
keep the two in step.
"""
from __future__ import annotations

import re

import pytest
import yaml
from pytest_bdd import given, parsers, scenarios, then, when

from cmm_rules import InputError, assess
from cmm_rules.witness import NoWitness, bundle_meeting

from conftest import SAMPLES

scenarios("../features")

DEFAULT_DATE = "2026-11-01"


@pytest.fixture
def world(catalogue):
    return {"date": DEFAULT_DATE, "evidence": [], "exclusions": [], "built_for": {}, "sample": None,
            "report": None, "error": None, "catalogue": catalogue}


# ------------------------------------------------------------------ given


@given(parsers.re(r"an assessment dated (?P<date>\d{4}-\d{2}-\d{2})"))
def assessment_dated(world, date):
    world["date"] = date


def _value(text: str):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [_value(part) for part in text[1:-1].split(",") if part.strip()]
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def _attributes(cell: str) -> dict:
    out = {}
    for pair in filter(None, (p.strip() for p in cell.split(";"))):
        name, _, value = pair.partition("=")
        out[name.strip()] = _value(value)
    return out


@given("the evidence:")
def the_evidence(world, datatable):
    header, *rows = datatable
    for row in rows:
        cells = {k.strip(): v.strip() for k, v in zip(header, row)}
        item = {"id": cells["id"], "topic": cells["topic"], "kind": cells["kind"],
                "title": cells.get("title") or f"{cells['topic']} {cells['id']}"}
        for key in ("issued", "valid_until", "unit", "period"):
            if cells.get(key):
                item[key] = cells[key]
        approved = cells.get("approved", "")
        if approved and approved != "no":
            date = approved if re.fullmatch(r"\d{4}-\d{2}-\d{2}", approved) else (item.get("issued") or world["date"])
            item["approval"] = {"by": "management", "date": date}
        if item["kind"] in ("interview", "observation"):
            item["recorded_by"] = cells.get("recorded_by") or "评价组"
        if cells.get("attributes"):
            item["attributes"] = _attributes(cells["attributes"])
        if cells.get("value"):
            item["value"] = _value(cells["value"])
        world["evidence"].append(item)


def _meet(world, level: int, domain: str | None):
    catalogue = world["catalogue"]
    criteria = [c for c in catalogue.criteria if c.level <= level and (domain is None or c.domain == domain)]
    for criterion in criteria:
        try:
            bundle = bundle_meeting(catalogue, [criterion], date=world["date"])
        except NoWitness as exc:
            pytest.fail(f"cannot build evidence meeting {criterion.id}: {exc}")
        world["built_for"][criterion.id] = [e["id"] for e in bundle["evidence"]]
        world["evidence"].extend(bundle["evidence"])


@given(parsers.re(r"evidence meeting every criterion up to level (?P<level>[0-5])$"))
def meeting_up_to(world, level):
    _meet(world, int(level), None)


@given(parsers.re(r"evidence meeting every criterion up to level (?P<level>[0-5]) in domain (?P<domain>[A-Z]+)"))
def meeting_up_to_in(world, level, domain):
    _meet(world, int(level), domain)


@given(parsers.re(r"without the evidence for criterion (?P<cid>[A-Z0-9-]+)"))
def without(world, cid):
    ids = set(world["built_for"].pop(cid, []))
    assert ids, f"no evidence was built for {cid}"
    world["evidence"] = [e for e in world["evidence"] if e["id"] not in ids]


@given(parsers.re(r'criterion (?P<cid>[A-Z0-9-]+) is excluded because "(?P<why>[^"]+)"(?: until (?P<until>\d{4}-\d{2}-\d{2}))?$'))
def excluded(world, cid, why, until):
    import datetime as dt

    default = (dt.date.fromisoformat(world["date"]) + dt.timedelta(days=365)).isoformat()
    exclusion = {"criterion": cid, "justification": why, "approved_by": "评价组长", "expires": until or default}
    world["exclusions"].append(exclusion)


@given(parsers.re(r'the sample bundle "(?P<name>[^"]+)"'))
def sample_bundle(world, name):
    world["sample"] = SAMPLES / name


# ------------------------------------------------------------------- when


@when("the bundle is assessed")
def assessed(world, tmp_path):
    path = world["sample"]
    if path is None:
        bundle = {
            "organisation": {"id": "BDD-ORG", "name": "Scenario provider", "kind": "other"},
            "assessment": {"id": "BDD-A1", "date": world["date"]},
            "evidence": world["evidence"],
        }
        if world["exclusions"]:
            bundle["exclusions"] = world["exclusions"]
        path = tmp_path / "scenario.yaml"
        path.write_text(yaml.safe_dump(bundle, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        world["report"] = assess(path, world["catalogue"])
    except InputError as exc:
        world["error"] = exc


# ------------------------------------------------------------------- then


def _report(world) -> dict:
    assert world["error"] is None, f"the bundle was refused: {world['error']}"
    return world["report"]


def _finding(world, cid: str) -> dict:
    for finding in _report(world)["findings"]:
        if finding["criterion"] == cid:
            return finding
    raise AssertionError(f"no finding for {cid}: is it in the catalogue?")


_RESULTS = {"passes": "pass", "fails": "fail", "is not applicable": "not_applicable"}


@then(parsers.re(r"criterion (?P<cid>[A-Z0-9-]+) (?P<outcome>passes|fails|is not applicable)$"))
def criterion_result(world, cid, outcome):
    finding = _finding(world, cid)
    expected = _RESULTS[outcome]
    assert finding["result"] == expected, (
        f"{cid}: expected {expected}, got {finding['result']}; missing: {finding['missing']}")


@then(parsers.re(r"criterion (?P<cid>[A-Z0-9-]+) cites (?P<eid>\S+)$"))
def criterion_cites(world, cid, eid):
    finding = _finding(world, cid)
    assert eid in finding["evidence"], f"{cid} cites {finding['evidence']}, not {eid}"


@then(parsers.re(r'the finding for (?P<cid>[A-Z0-9-]+) says "(?P<phrase>[^"]+)"'))
def finding_says(world, cid, phrase):
    finding = _finding(world, cid)
    texts = list(finding["missing"])
    for condition in finding["conditions"]:
        texts.extend(condition.get("why", []))
        texts.append(condition["requires"])
    assert any(phrase in text for text in texts), f"{cid} says: {texts}"


@then(parsers.re(r"the overall rating is (?P<stars>[0-5]) stars?$"))
def overall(world, stars):
    got = _report(world)["overall"]["stars"]
    assert got == int(stars), f"overall {got} stars, expected {stars}"


@then(parsers.re(r"domain (?P<code>[A-Z]+) is at level (?P<level>[0-5])$"))
def domain_level(world, code, level):
    domain = next(d for d in _report(world)["domains"] if d["code"] == code)
    assert domain["level"] == int(level), f"{code} is at level {domain['level']}"


def _subdomain(world, code: str) -> dict:
    domain_code, sub_code = code.split("-")
    domain = next(d for d in _report(world)["domains"] if d["code"] == domain_code)
    return next(s for s in domain["subdomains"] if s["code"] == sub_code)


@then(parsers.re(r"sub-domain (?P<code>[A-Z]+-[A-Z]+) is at level (?P<level>[0-5])$"))
def subdomain_level(world, code, level):
    sub = _subdomain(world, code)
    assert sub["level"] == int(level), f"{code} is at level {sub['level']} ({sub['blocked_because']})"


@then(parsers.re(r"sub-domain (?P<code>[A-Z]+-[A-Z]+) is blocked by (?P<cid>[A-Z0-9-]+)$"))
def subdomain_blocked(world, code, cid):
    sub = _subdomain(world, code)
    assert cid in sub["blocked_by"], f"{code} is blocked by {sub['blocked_by']}"


@then(parsers.re(r'the assessment is refused with "(?P<phrase>[^"]+)"'))
def refused(world, phrase):
    assert world["error"] is not None, "the bundle was accepted"
    assert phrase in str(world["error"]), str(world["error"])

"""Evidence that satisfies a criterion, made from its conditions.

Used to prove a catalogue's conditions can be met at all (``cmm catalogue
lint`` fires each criterion's witness through the engine and expects a
pass), to build roll-up scenarios ("a provider that meets everything up to
level 3") and to generate synthetic bundles for benchmarks. It only
*produces* evidence: whether the evidence passes is always decided by the
rules firing in durable_rules.
"""
from __future__ import annotations

import datetime as dt

from .catalogue import Catalogue, Criterion


class NoWitness(Exception):
    """A condition this generator cannot satisfy (e.g. an arbitrary pattern)."""


def leaf_items(spec: dict, date: dt.date, prefix: str) -> list[dict]:
    """``at_least`` evidence items that each satisfy one evidence condition."""
    kinds = spec.get("kinds") or (["metric"] if "value" in spec else ["document"])
    max_age = spec.get("max_age_days")
    age = 30 if max_age is None else min(30, max_age // 2)
    issued = date - dt.timedelta(days=age)
    items = []
    for n in range(spec.get("at_least", 1)):
        item = {"id": f"{prefix}-{n + 1}", "topic": spec["topic"], "kind": kinds[0],
                "title": f"{spec['topic'].replace('_', ' ')} #{n + 1}", "issued": issued.isoformat()}
        if kinds[0] in ("interview", "observation"):
            item["recorded_by"] = "assessor"
        if spec.get("approved"):
            item["approval"] = {"by": "management board", "date": issued.isoformat()}
        if spec.get("current"):
            item["valid_until"] = (date + dt.timedelta(days=365)).isoformat()
        attributes = {name: _satisfy(name, test) for name, test in sorted(spec.get("where", {}).items())
                      if test.get("exists") is not False}
        if attributes:
            item["attributes"] = attributes
        if "value" in spec:
            value = spec["value"]
            item["value"] = _number(value)
            if "unit" in value:
                item["unit"] = value["unit"]
            item["period"] = str(date.year)
        items.append(item)
    return items


def _number(test: dict):
    low = test.get("gte", test["gt"] + 1 if "gt" in test else None)
    high = test.get("lte", test["lt"] - 1 if "lt" in test else None)
    if low is not None:
        return low
    if high is not None:
        return high
    return 1


def _satisfy(name: str, test: dict):
    if "eq" in test:
        return test["eq"]
    if "in" in test:
        return test["in"][0]
    if "contains" in test:
        return [test["contains"]]
    if "pattern" in test:
        raise NoWitness(f"cannot make a value for {name} matching /{test['pattern']}/")
    if any(op in test for op in ("gte", "gt", "lte", "lt")):
        return _number(test)
    return "recorded"


def criterion_items(criterion: Criterion, date: dt.date) -> list[dict]:
    """Evidence that makes ``criterion`` pass: every positive leaf on the way."""

    def walk(node) -> list[dict]:
        kind, arg = node
        if kind == "leaf":
            return leaf_items(arg.spec, date, f"{criterion.id}-L{arg.index}")
        if kind == "not":
            return []  # nothing to show: the absence satisfies it
        if kind == "any":
            errors = []
            for child in arg:
                try:
                    return walk(child)
                except NoWitness as exc:
                    errors.append(exc)
            raise errors[0]
        return [item for child in arg for item in walk(child)]

    return walk(criterion.tree.root)


def bundle_meeting(catalogue: Catalogue, criteria: list[Criterion], date: str = "2026-11-01",
                   org_id: str = "ORG-W", name: str = "Witness provider") -> dict:
    """A bundle whose evidence is meant to satisfy exactly ``criteria``."""
    day = dt.date.fromisoformat(date)
    evidence = []
    for criterion in criteria:
        evidence.extend(criterion_items(criterion, day))
    from .registers import AGREES, summaries

    for _, register, counts in summaries(evidence, catalogue.topics, date):
        for item in evidence:  # a register states the counts of what the bundle itemises
            if item["topic"] == register["topic"]:
                attributes = {k: v for k, v in item.get("attributes", {}).items() if k != AGREES}
                item["attributes"] = {**attributes, **counts}
    return {
        "organisation": {"id": org_id, "name": name, "kind": "other"},
        "assessment": {"id": f"{org_id}-A", "date": date},
        "evidence": evidence,
    }

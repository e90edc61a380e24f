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


def leaf_items(spec: dict, date: dt.date, prefix: str, catalogue: Catalogue | None = None) -> list[dict]:
    """``at_least`` evidence items that each satisfy one evidence condition.

    With the catalogue, values follow the topic's typed vocabulary: an
    attribute the condition only needs present gets a value of its declared
    type, and required attributes the condition does not test get a value
    no "none of" condition of the catalogue looks for.
    """
    kinds = spec.get("kinds") or (["metric"] if "value" in spec else ["document"])
    max_age = spec.get("max_age_days")
    age = 30 if max_age is None else min(30, max_age // 2)
    issued = date - dt.timedelta(days=age)
    topic = catalogue.topics.get(spec["topic"], {}) if catalogue is not None else {}
    declared = topic.get("attributes") or {}
    where = spec.get("where", {})
    items = []
    for n in range(spec.get("at_least", 1)):
        item = {"id": f"{prefix}-{n + 1}", "topic": spec["topic"], "kind": kinds[0],
                "title": f"{spec['topic'].replace('_', ' ')} #{n + 1}", "issued": issued.isoformat()}
        if spec.get("approved"):
            item["approval"] = {"by": "management board", "date": issued.isoformat()}
        if spec.get("current"):
            item["valid_until"] = (date + dt.timedelta(days=365)).isoformat()
        attributes = {name: _satisfy(name, test, declared.get(name), issued) for name, test in sorted(where.items())
                      if test.get("exists") is not False}
        for name, attribute in sorted(declared.items()):
            if attribute.get("required") and name not in where:
                attributes[name] = harmless_value(catalogue, spec["topic"], name, issued)
        if attributes:
            item["attributes"] = attributes
        if "value" in spec:
            value = spec["value"]
            item["value"] = _number(value)
            if "unit" in value or "unit" in topic:
                item["unit"] = value.get("unit", topic.get("unit"))
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


def _satisfy(name: str, test: dict, attribute: dict | None, issued: dt.date):
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
    return "recorded" if attribute is None else example_value(attribute, issued)


def example_value(attribute: dict, issued: dt.date, avoid: set | frozenset = frozenset()):
    """A value of an attribute's declared type, none of ``avoid``."""
    kind = attribute["type"]
    if kind == "code":
        return next((code for code in attribute["codes"] if code not in avoid), next(iter(attribute["codes"])))
    if kind == "list":
        return [example_value(attribute["items"], issued, avoid)]
    if kind == "boolean":
        return True not in avoid
    if kind in ("integer", "number"):
        return max(attribute.get("min", 0), 0) if attribute.get("max", 1) >= 0 else attribute["max"]
    if kind == "date":
        return issued.isoformat()
    return "recorded"


def harmless_value(catalogue: Catalogue, topic: str, name: str, issued: dt.date):
    """A value for ``name`` that no negated condition of the catalogue tests for."""
    return example_value(catalogue.topics[topic]["attributes"][name], issued, _adverse(catalogue).get((topic, name), set()))


_ADVERSE: dict[int, tuple[Catalogue, dict]] = {}


def _adverse(catalogue: Catalogue) -> dict[tuple[str, str], set]:
    """(topic, attribute) → the values that conditions under a ``not`` look for."""
    cached = _ADVERSE.get(id(catalogue))
    if cached is not None and cached[0] is catalogue:
        return cached[1]
    found: dict[tuple[str, str], set] = {}
    for criterion in catalogue.criteria:
        for leaf in criterion.tree.leaves:
            if leaf.negated:
                for name, test in leaf.spec.get("where", {}).items():
                    values = found.setdefault((leaf.topic, name), set())
                    values.update([test["eq"]] if "eq" in test else test.get("in", []))
    _ADVERSE[id(catalogue)] = (catalogue, found)
    return found


def criterion_items(criterion: Criterion, date: dt.date, catalogue: Catalogue | None = None) -> list[dict]:
    """Evidence that makes ``criterion`` pass: every positive leaf on the way."""

    def walk(node) -> list[dict]:
        kind, arg = node
        if kind == "leaf":
            return leaf_items(arg.spec, date, f"{criterion.id}-L{arg.index}", catalogue)
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
        evidence.extend(criterion_items(criterion, day, catalogue))
    return {
        "organisation": {"id": org_id, "name": name, "kind": "other"},
        "assessment": {"id": f"{org_id}-A", "date": date},
        "evidence": evidence,
    }

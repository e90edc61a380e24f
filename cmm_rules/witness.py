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
from .conditions import leaf_holds
from .facts import derived_item
from .operators import COMPARISONS, LEAF_OPTIONS, NoExample, attribute_counter, counter_number


#: a condition this generator cannot satisfy (e.g. an arbitrary pattern)
NoWitness = NoExample


def leaf_items(spec: dict, date: dt.date, prefix: str) -> list[dict]:
    """``at_least`` evidence items that each satisfy one evidence condition (each option by its
    row of the operator table)."""
    kind = "metric" if "value" in spec else "document"
    items = []
    for n in range(spec.get("at_least", 1)):
        item = {"id": f"{prefix}-{n + 1}", "topic": spec["topic"], "kind": kind,
                "title": f"{spec['topic'].replace('_', ' ')} #{n + 1}",
                "issued": (date - dt.timedelta(days=30)).isoformat()}
        for name, option in LEAF_OPTIONS.items():
            if name in spec:
                option.satisfy(spec[name], item, date)
        items.append(item)
    return items


def _pairs(criterion: Criterion, date: dt.date) -> list[tuple[dict, object]]:
    """(item, the positive leaf it was built for) for every positive leaf on the way to a pass."""

    def walk(node) -> list[tuple[dict, object]]:
        kind, arg = node
        if kind == "leaf":
            return [(item, arg) for item in leaf_items(arg.spec, date, f"{criterion.id}-L{arg.index}")]
        if kind == "not":
            if arg[0] == "not":
                return walk(arg[1])
            return []  # nothing to show: the absence satisfies it
        if kind in ("any", "some"):
            need, children = arg if kind == "some" else (1, arg)
            made, errors = [], []
            for child in children:
                try:
                    made.append(walk(child))
                except NoWitness as exc:
                    errors.append(exc)
                if len(made) == need:
                    return [pair for pairs in made for pair in pairs]
            raise errors[0]
        return [pair for child in arg for pair in walk(child)]

    return walk(criterion.tree.root)


def _keep_clear(pairs: list[tuple[dict, object]], negated: list, date: dt.date, also: list = ()) -> list[dict]:
    """Change each item that a 'none of' condition would count against — it meets it, or lacks
    data it tests (fail closed) — so that it no longer does, while it still meets the leaf it was
    built for: "at least one plan, and none lacking an owner" is met by a plan with an owner.
    The 'none of' conditions in ``also`` (other criteria's) are escaped too, where that can be done."""
    items = []
    for item, built_for in pairs:
        for leaf in [*negated, *also]:
            if leaf.topic != item["topic"] or not leaf_holds(leaf, derived_item(item, date)):
                continue
            for candidate in _spoiled(leaf.spec, item, date):
                view = derived_item(candidate, date)
                if not leaf_holds(leaf, view) and leaf_holds(built_for, view):
                    item = candidate
                    break
            # else: no change escapes it; the item stays as it is, and the rules decide (lint then
            # reports a criterion that can never be met)
        items.append(item)
    return items


def _spoiled(spec: dict, item: dict, date: dt.date):
    """Copies of ``item`` each failing one test of ``spec`` (on data the item then has)."""
    for name, test in sorted(spec.get("where", {}).items()):
        attributes = dict(item.get("attributes", {}))
        if test.get("exists") is True:
            attributes.pop(name, None)
        else:
            value = attribute_counter(name, test)
            if value is None:
                continue
            attributes[name] = value
        yield {**item, "attributes": attributes} if attributes else {k: v for k, v in item.items() if k != "attributes"}
    if "kinds" in spec:
        other = next((k for k in ("document", "record", "metric", "system", "interview", "observation")
                      if k not in spec["kinds"]), None)
        if other:
            yield {**item, "kind": other}
    if "max_age_days" in spec:
        issued = (date - dt.timedelta(days=spec["max_age_days"] + 1)).isoformat()
        yield {**item, "issued": issued, **({"approval": {**item["approval"], "date": issued}} if "approval" in item else {})}
    if "value" in spec:
        value = counter_number({op: v for op, v in spec["value"].items() if op in COMPARISONS})
        if value is not None:
            yield {**item, "value": value}
    if spec.get("current"):
        yield {**item, "valid_until": (date - dt.timedelta(days=1)).isoformat()}
    if spec.get("approved"):
        yield {k: v for k, v in item.items() if k != "approval"}


def criterion_items(criterion: Criterion, date: dt.date) -> list[dict]:
    """Evidence that makes ``criterion`` pass: every positive leaf on the way, clear of its 'none of' checks."""
    return _keep_clear(_pairs(criterion, date), [leaf for leaf in criterion.tree.leaves if leaf.negated], date)


def bundle_meeting(catalogue: Catalogue, criteria: list[Criterion], date: str = "2026-11-01",
                   org_id: str = "ORG-W", name: str = "Witness provider") -> dict:
    """A bundle whose evidence is meant to satisfy exactly ``criteria``.

    Its items also escape, where they can, the 'none of' conditions of the
    catalogue's other criteria, so that bundles made for different criteria
    can be put together without one's items counting against another.
    """
    day = dt.date.fromisoformat(date)
    pairs = [pair for criterion in criteria for pair in _pairs(criterion, day)]
    negated = [leaf for criterion in criteria for leaf in criterion.tree.leaves if leaf.negated]
    chosen = {c.id for c in criteria}
    others = [leaf for c in catalogue.criteria if c.id not in chosen for leaf in c.tree.leaves if leaf.negated]
    return {
        "organisation": {"id": org_id, "name": name, "kind": "other"},
        "assessment": {"id": f"{org_id}-A", "date": date},
        "evidence": _keep_clear(pairs, negated, day, others),
    }

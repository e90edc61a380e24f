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
from .operators import LEAF_OPTIONS, NoExample


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
    return {
        "organisation": {"id": org_id, "name": name, "kind": "other"},
        "assessment": {"id": f"{org_id}-A", "date": date},
        "evidence": evidence,
    }

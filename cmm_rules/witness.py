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
from .operators import COMPARISONS, LEAF_OPTIONS, NoExample, range_example


#: a condition this generator cannot satisfy (e.g. an arbitrary pattern)
NoWitness = NoExample


def leaf_items(spec: dict, date: dt.date, prefix: str) -> list[dict]:
    """Evidence items that together satisfy one evidence condition: ``at_least`` items, each
    meeting the single-item options (by its row of the operator table); for language v2,
    distinct values where ``distinct_by`` counts them, numbers that meet an aggregate (a
    rising series for a trend), and for ``referred_by`` an item referring to each."""
    agg = spec.get("aggregate", {})
    trend = next((k for k in ("rises", "falls") if k in agg), None)
    wanted = spec.get("at_least", 1)
    if trend:
        wanted = max(wanted, int(range_example(_bounds(agg))) + 1)
    items = [_item(spec, date, f"{prefix}-{n + 1}", n) for n in range(wanted)]
    by = spec.get("distinct_by")
    if by:
        for n, item in enumerate(items):
            _distinct(item, spec, by, n, date)
    if agg:
        _aggregate(items, spec, agg, trend, date)
    related = spec.get("referred_by")
    if related:
        partners = []
        for item in items:
            partner = _item(related, date, f"{item['id']}-R", 0)
            partner["refers_to"] = [item["id"]]
            partners.append(partner)
        items += partners
    return items


def _item(spec: dict, date: dt.date, item_id: str, n: int) -> dict:
    """One evidence item meeting a condition's single-item options."""
    item = {"id": item_id, "topic": spec["topic"], "kind": "metric" if "value" in spec else "document",
            "title": f"{spec['topic'].replace('_', ' ')} #{n + 1}",
            "issued": (date - dt.timedelta(days=30)).isoformat()}
    for name, option in LEAF_OPTIONS.items():
        if name in spec:
            option.satisfy(spec[name], item, date)
    if item["kind"] in ("interview", "observation"):
        item["recorded_by"] = "assessor"
    return item


def _bounds(spec: dict) -> dict:
    return {op: v for op, v in spec.items() if op in COMPARISONS}


def _distinct(item: dict, spec: dict, by: str, n: int, date: dt.date) -> None:
    """Give the n-th item its own value of what ``distinct_by`` counts."""
    if by.startswith("period"):
        grain = by.split(".", 1)[1] if "." in by else "year"
        if grain == "year":
            key = str(date.year - 1 - n)
        elif grain == "quarter":
            q = (date.year * 4 + (date.month - 1) // 3) - 1 - n
            key = f"{q // 4}-Q{q % 4 + 1}"
        else:
            m = date.year * 12 + date.month - 2 - n
            key = f"{m // 12}-{m % 12 + 1:02d}"
        if "value" in item:
            item["period"] = key
        else:
            item.setdefault("attributes", {})["period"] = key
        return
    test = spec.get("where", {}).get(by, {})
    options = test.get("in", [])
    if "eq" in test or (options and n >= len(options)):
        raise NoWitness(f"cannot make {spec.get('at_least', 1)} distinct values of {by} that pass its test")
    item.setdefault("attributes", {})[by] = options[n] if options else f"{by}-{n + 1}"


def _aggregate(items: list[dict], spec: dict, agg: dict, trend: str | None, date: dt.date) -> None:
    """Set the numbers an aggregate reads so that it meets its bounds."""
    bounds = _bounds(agg)
    target = range_example(bounds)
    n = len(items)

    def put(item, name, number):
        if name == "value":
            item["value"] = number
            if agg.get("unit"):
                item["unit"] = agg["unit"]
            item.setdefault("period", str(date.year))
        else:
            item.setdefault("attributes", {})[name] = number

    if trend:
        base = range_example(_bounds(spec["value"])) if "value" in spec else 1
        for i, item in enumerate(items):
            put(item, agg[trend], base + (i if trend == "rises" else n - 1 - i))
            item["period"] = str(date.year - n + i)
    elif "share" in agg:
        if all(COMPARISONS[op].holds(100, b) for op, b in bounds.items()):
            for item in items:
                LEAF_OPTIONS["where"].satisfy(agg["share"], item, date)
        elif not all(COMPARISONS[op].holds(0, b) for op, b in bounds.items()):
            raise NoWitness("cannot make a share that is neither 0 % nor 100 % meet its bounds")
    elif "ratio" in agg:
        top, below = agg["ratio"]
        for item in items:
            put(item, below, 100)
            put(item, top, target)
    else:
        name = agg.get("sum") or agg.get("min") or agg.get("max")
        each = target / n if "sum" in agg else target
        for item in items:
            put(item, name, int(each) if float(each).is_integer() else each)


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

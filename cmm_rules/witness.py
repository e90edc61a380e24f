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
    """Evidence items that together satisfy one evidence condition: ``at_least`` items
    (distinct where it counts distinct values, a rising series for a trend), each
    meeting the item tests, the aggregate met over them, and for ``referred_by``
    an item referring to each."""
    agg = spec.get("aggregate", {})
    trend = next((k for k in ("rises", "falls") if k in agg), None)
    wanted = spec.get("at_least", 1)
    if trend:
        wanted = max(wanted, int(_number({k: v for k, v in agg.items() if k in ("gte", "gt")})) + 1)
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
        for n, item in enumerate(items):
            partner = _item(related, date, f"{item['id']}-R", 0)
            partner["refers_to"] = [item["id"]]
            partners.append(partner)
        items += partners
    return items


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
    bounds = {k: v for k, v in agg.items() if k in ("gte", "gt", "lte", "lt")}
    target = _number(bounds)
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
        base = _number(spec.get("value", {})) if "value" in spec else 1
        for i, item in enumerate(items):
            step = i if trend == "rises" else n - 1 - i
            put(item, agg[trend], base + step)
            item["period"] = str(date.year - n + i)
    elif "share" in agg:
        if all(_meets(100, op, b) for op, b in bounds.items()):
            for item in items:
                item.setdefault("attributes", {}).update(
                    {name: _satisfy(name, test) for name, test in sorted(agg["share"].items()) if test.get("exists") is not False})
        elif not all(_meets(0, op, b) for op, b in bounds.items()):
            raise NoWitness("cannot make a share that is neither 0 % nor 100 % meet its bounds")
    elif "ratio" in agg:
        top, below = agg["ratio"]
        for item in items:
            put(item, below, 100)
            put(item, top, target)
    else:
        name = agg.get("sum") or agg.get("min") or agg.get("max")
        share = target / n if "sum" in agg else target
        for item in items:
            put(item, name, int(share) if float(share).is_integer() else share)


def _meets(x, op, bound) -> bool:
    return {"gte": x >= bound, "gt": x > bound, "lte": x <= bound, "lt": x < bound}[op]


def _item(spec: dict, date: dt.date, item_id: str, n: int) -> dict:
    """One evidence item meeting a condition's single-item tests."""
    kinds = spec.get("kinds") or (["metric"] if "value" in spec else ["document"])
    max_age = spec.get("max_age_days")
    age = 30 if max_age is None else min(30, max_age // 2)
    issued = date - dt.timedelta(days=age)
    item = {"id": item_id, "topic": spec["topic"], "kind": kinds[0],
            "title": f"{spec['topic'].replace('_', ' ')} #{n + 1}", "issued": issued.isoformat()}
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
    if "days_between" in spec:
        _days(item, spec["days_between"], date)
    return item


def _days(item: dict, days: dict, date: dt.date) -> None:
    """Dates ``days['from']`` and ``days['to']`` of an item that far apart."""
    gap = int(_number({k: v for k, v in days.items() if k in ("gte", "gt", "lte", "lt")}))
    end_name = days.get("to", "assessment")
    if end_name == "assessment":
        end = date
    elif end_name in ("issued", "valid_until"):
        end = dt.date.fromisoformat(item.get(end_name) or item["issued"])
        item[end_name] = end.isoformat()
    else:
        end = date - dt.timedelta(days=1)
        item.setdefault("attributes", {})[end_name] = end.isoformat()
    start = (end - dt.timedelta(days=gap)).isoformat()
    if days["from"] in ("issued", "valid_until", "approved", "assessment"):
        if days["from"] != "issued":
            raise NoWitness(f"cannot place {days['from']} {gap} days before {end_name}")
        item["issued"] = start
        if "approval" in item:
            item["approval"]["date"] = start
    else:
        item.setdefault("attributes", {})[days["from"]] = start


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
    return {
        "organisation": {"id": org_id, "name": name, "kind": "other"},
        "assessment": {"id": f"{org_id}-A", "date": date},
        "evidence": evidence,
    }

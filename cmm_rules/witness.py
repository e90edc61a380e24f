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
from . import measures, periods, targets
from .conditions import leaf_holds, spec_holds
from .facts import derived_item
from .operators import where_attributes, WHERE_GROUPS, COMPARISONS, LEAF_OPTIONS, NoExample, attribute_counter, counter_number, range_example


#: a condition this generator cannot satisfy (e.g. an arbitrary pattern)
NoWitness = NoExample


def leaf_items(spec: dict, date: dt.date, prefix: str, catalogue: Catalogue | None = None) -> list[dict]:
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
    if catalogue is not None:
        for item in items:
            fit_vocabulary(item, catalogue)
    return items


def fit_vocabulary(item: dict, catalogue: Catalogue) -> None:
    """Make a made-up item well typed for its topic: an attribute a condition
    only needs present gets a value of its declared type, a required attribute
    no condition tested gets a value no "none of" condition looks for, and a
    value gets the topic's unit."""
    topic = catalogue.topics.get(item["topic"], {})
    declared = topic.get("attributes") or {}
    issued = dt.date.fromisoformat(item["issued"])
    attributes = item.get("attributes", {})
    for name, value in attributes.items():
        if value == "recorded" and name in declared:
            attributes[name] = example_value(declared[name], issued)
    for name, attribute in sorted(declared.items()):
        if attribute.get("required") and name not in attributes:
            attributes[name] = harmless_value(catalogue, item["topic"], name, issued)
    if attributes:
        item["attributes"] = attributes
    if "period" in attributes and "period" not in declared and (item["kind"] == "metric" or "value" in topic):
        item["period"] = attributes.pop("period")  # a metric's period is the item's own, and it needs a value
        item.setdefault("value", 1)
        if not attributes:
            item.pop("attributes", None)
    if "value" in item and "unit" not in item and "unit" in topic:
        item["unit"] = topic["unit"]
    settle_targets(item, topic)


def settle_targets(item: dict, topic: dict) -> None:
    """Give a made-up item the value, target and direction from which the engine computes each of the
    topic's ``targets`` as the item states it (the engine never takes a declared ``meets_target``):
    the direction is chosen, then the target moved, so that the computation gives the stated boolean."""
    for name, spec in sorted(topic.get("targets", {}).items()):
        attributes = item.get("attributes", {})
        want = attributes.get(name)
        if not isinstance(want, bool):
            if name in attributes or not ("value" in item or "value" in spec):
                continue
            want = True  # unstated: the figures meet their target, which no 'none of' check holds against
        if "value" in spec:
            value = attributes.setdefault(spec["value"], 1)
        else:
            value = item.setdefault("value", 1)
        if not targets.number(value):
            continue
        target = attributes.get(spec["target"])
        target = target if targets.number(target) else value
        direction = attributes.get(spec["direction"])
        if direction not in targets.DIRECTIONS:  # the direction that already gives what is wanted, if one does
            direction = next((d for d, (_, meets) in targets.DIRECTIONS.items() if meets(value, target) == want),
                             "higher_better")
        if targets.DIRECTIONS[direction][1](value, target) != want:
            target = value if want else (value + 1 if direction == "higher_better" else value - 1)
        attributes[spec["target"]], attributes[spec["direction"]] = target, direction
        item["attributes"] = attributes


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
    avoid = _adverse(catalogue).get((topic, name), set())
    return example_value(catalogue.topics[topic]["attributes"][name], issued, avoid)


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
                for name, test in where_attributes(leaf.spec.get("where", {})):
                    values = found.setdefault((leaf.topic, name), set())
                    values.update([test["eq"]] if "eq" in test else test.get("in", []))
    _ADVERSE[id(catalogue)] = (catalogue, found)
    return found


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
        if "value" in item or item.get("kind") == "metric":  # a metric's period is its own, not an attribute
            item["period"] = key
            item.setdefault("value", 1)
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


def _pairs(criterion: Criterion, date: dt.date, catalogue: Catalogue | None = None) -> list[tuple[dict, object]]:
    """(item, the positive leaf it was built for) for every positive leaf on the way to a pass."""

    def walk(node) -> list[tuple[dict, object]]:
        kind, arg = node
        if kind == "leaf":
            return [(item, arg) for item in leaf_items(arg.spec, date, f"{criterion.id}-L{arg.index}", catalogue)]
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
                if not leaf_holds(leaf, view) and (built_for.topic != item["topic"]
                                                   or (leaf_holds(built_for, view) and _keeps(built_for.spec, item, candidate))):
                    item = candidate
                    break
            # else: no change escapes it; the item stays as it is, and the rules decide (lint then
            # reports a criterion that can never be met)
        items.append(item)
    return items


def _keeps(spec: dict, item: dict, candidate: dict) -> bool:
    """Whether a changed item still gives what the condition counts across items: the number
    its aggregate reads, the value its distinct count counts (the single-item tests are checked
    by ``leaf_holds``)."""
    agg = spec.get("aggregate", {})
    names = [agg[k] for k in ("sum", "min", "max", "rises", "falls") if k in agg] + list(agg.get("ratio", []))
    if any(measures.number(item, name) != measures.number(candidate, name) for name in names):
        return False
    share = {"topic": spec["topic"], "where": agg.get("share")}
    if "share" in agg and spec_holds(share, item) != spec_holds(share, candidate):
        return False
    by = spec.get("distinct_by")
    return not by or measures.distinct_key(item, by) == measures.distinct_key(candidate, by)


def _spoiled(spec: dict, item: dict, date: dt.date):
    """Copies of ``item`` each failing one test of ``spec`` (on data the item then has)."""
    for name, test in sorted(spec.get("where", {}).items()):
        if name in WHERE_GROUPS:  # only plain tests are spoiled here
            continue
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


def criterion_items(criterion: Criterion, date: dt.date, catalogue: Catalogue | None = None) -> list[dict]:
    """Evidence that makes ``criterion`` pass: every positive leaf on the way, clear of its 'none of' checks."""
    items = _keep_clear(_pairs(criterion, date, catalogue), [leaf for leaf in criterion.tree.leaves if leaf.negated], date)
    for item in items if catalogue is not None else ():  # computed booleans as the items state them
        settle_targets(item, catalogue.topics.get(item["topic"], {}))
    _years_begun(items)
    return items


def _years_begun(items: list[dict]) -> None:
    """A figure for 'this year' reported in the last days of the year before is for that year: a period
    cannot begin after the item that measures it was issued."""
    for item in items:
        if isinstance(item.get("period"), str) and item["period"].isdigit() and item.get("issued", "9999") < item["period"]:
            item["period"] = item["issued"][:4]


def fit_registers(evidence: list[dict], catalogue: Catalogue, date: str) -> None:
    """Make every register item state the counts of what ``evidence`` itemises (bundles made for
    several criteria put together, or with some evidence taken out, still have agreeing registers)."""
    from .registers import AGREES, summaries

    for _, register, counts in summaries(evidence, catalogue.topics, date):
        for item in evidence:
            if item["topic"] == register["topic"]:
                attributes = {k: v for k, v in item.get("attributes", {}).items() if k != AGREES}
                item["attributes"] = {**attributes, **counts}


def fit_tallies(evidence: list[dict], catalogue: Catalogue) -> None:
    """Tie made-up measurements to the made-up definition a tally counts them for.

    A definition whose tally a criterion tests (``quarters_measured ≥ 4``) is met only by measurements
    that refer to it, of periods ended since it was issued (or peers that learned a recognised practice,
    dated since it). Built leaf by leaf, the measurements refer to nothing: each one (with a period, for a
    period tally) that refers to no item of the tallied topic now refers to the first such item sharing
    every code attribute both carry (the sub-domain), which is dated no later than the first period it is
    measured in (or the first referring item). The declared tally goes: the engine counts it."""
    for topic, spec in sorted(catalogue.topics.items()):
        for name, tally in sorted(spec.get("tallies", {}).items()):
            owners = [item for item in evidence if item["topic"] == topic]
            owner_ids = {item["id"] for item in owners}
            codes = {a for a, s in spec.get("attributes", {}).items() if s.get("type") == "code"}
            by_period = tally.get("distinct_by", "period").startswith("period")
            for item in evidence:
                if (item["topic"] != tally["referred_by"] or (by_period and "period" not in item)
                        or owner_ids & set(item.get("refers_to", []))):
                    continue
                mine = item.get("attributes", {})
                owner = next((o for o in owners if all(mine[a] == o.get("attributes", {})[a] for a in codes
                                                       if a in mine and a in o.get("attributes", {}))), None)
                if owner is None:
                    continue
                item["refers_to"] = [*item.get("refers_to", []), owner["id"]]
                if by_period:
                    key = periods.period_key(item["period"])
                    start = periods.bounds(key)[0].isoformat() if key else None
                else:  # counted when dated since the owner: the owner is dated no later
                    start = item.get("issued")
                if start and owner.get("issued", start) > start:
                    owner["issued"] = start
                    if "approval" in owner:
                        owner["approval"] = {**owner["approval"], "date": start}
            for owner in owners:
                owner.get("attributes", {}).pop(name, None)


def bundle_meeting(catalogue: Catalogue, criteria: list[Criterion], date: str = "2026-11-01",
                   org_id: str = "ORG-W", name: str = "Witness provider") -> dict:
    """A bundle whose evidence is meant to satisfy exactly ``criteria``.

    Its items also escape, where they can, the 'none of' conditions of the
    catalogue's other criteria, so that bundles made for different criteria
    can be put together without one's items counting against another.
    """
    day = dt.date.fromisoformat(date)
    pairs = [pair for criterion in criteria for pair in _pairs(criterion, day, catalogue)]
    negated = [leaf for criterion in criteria for leaf in criterion.tree.leaves if leaf.negated]
    chosen = {c.id for c in criteria}
    others = [leaf for c in catalogue.criteria if c.id not in chosen for leaf in c.tree.leaves if leaf.negated]
    evidence = _keep_clear(pairs, negated, day, others)
    for item in evidence:  # what escaping a 'none of' changed in a computed boolean, its figures now give
        settle_targets(item, catalogue.topics.get(item["topic"], {}))
    _years_begun(evidence)
    fit_tallies(evidence, catalogue)
    fit_registers(evidence, catalogue, date)
    return {
        "organisation": {"id": org_id, "name": name, "kind": "other"},
        "assessment": {"id": f"{org_id}-A", "date": date},
        "evidence": evidence,
    }

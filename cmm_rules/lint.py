"""``cmm catalogue lint``: what makes a catalogue unfit to rate against.

Loading already refuses what the engine cannot use (schema violations,
duplicate ids, unknown topics, sub-domains or domains). Lint adds what makes
a rating unfair or unreadable: empty domain × sub-domain × level cells and
skipped levels, missing or swapped translations, a criterion repeating
another's conditions, contradictory tests, and conditions that can never be met — checked by
firing each criterion's witness evidence through the engine. It also names (as notes, or as errors
with :data:`STRICT`) a criterion that could pass on self-declared booleans alone, one split over
several items where one item should meet every part, and a star phrase nothing implements.
"""
from __future__ import annotations

import itertools
import json
import re

from . import measures, money, relations
from .catalogue import Catalogue
from .engine import Engine
from .facts import build_facts
from .findings import build_findings
from .load import Document
from .operators import ATTRIBUTE_TESTS, BUILTIN_DATES, COMPARISONS, where_attributes
from .scoring import is_points
from .traceability import uncovered_phrases
from .witness import NoWitness, bundle_meeting

_CJK = re.compile(r"[\u4e00-\u9fff]")

#: When True (the default since reference catalogue 1.1 met it), a criterion that rests only on
#: self-declared booleans, a criterion split over items, and a star phrase no criterion of its level
#: implements are errors (``cmm catalogue lint`` exits 2); a tool bringing an older catalogue up to
#: these checks may set it False to see them as notes.
STRICT = True


def lint(catalogue: Catalogue) -> tuple[list[str], list[str]]:
    """Return (problems, notes). Problems make ``cmm catalogue lint`` exit 2."""
    problems: list[str] = []
    notes: list[str] = []
    _cells(catalogue, problems)
    _traceability(catalogue, problems, notes)
    _translations(catalogue, problems)
    _repeats(catalogue, problems)
    _contradictions(catalogue, problems)
    _across_items(catalogue, problems)
    _self_declared(catalogue, problems if STRICT else notes)
    _split_items(catalogue, problems if STRICT else notes)
    _unmeetable(catalogue, problems, notes)
    return problems, notes


def _cells(catalogue: Catalogue, problems: list[str]) -> None:
    if is_points(catalogue):  # a points catalogue rates by bands on its total: its levels are tiers, cells may be empty
        return
    present = {c.cell for c in catalogue.criteria}
    for d in catalogue.domains:
        for s in d.subdomain_codes:
            levels = [lvl for lvl in range(1, 6) if (d.code, s, lvl) in present]
            for lvl in range(1, 6):
                if lvl not in levels:
                    skipped = any(higher > lvl for higher in levels)
                    what = "skipped level" if skipped else "empty cell"
                    problems.append(f"{what}: {d.code}-{s} has no level-{lvl} criterion")


def _traceability(catalogue: Catalogue, problems: list[str], notes: list[str]) -> None:
    """When a catalogue splits its star descriptions into phrases, every criterion must say which
    phrase it tests and every phrase must be tested at its own level: otherwise a star could be
    awarded without one of the practices its description names. Catalogues without phrases skip this."""
    phrases = catalogue.phrases
    seen: set[str] = set()
    for lvl, text in catalogue.levels.items():
        for p in text.get("phrases", []):
            if p["id"] in seen:
                problems.append(f"phrase {p['id']} is declared twice")
            seen.add(p["id"])
            if p["id"].split(".")[0] != str(lvl):
                problems.append(f"phrase {p['id']} is listed under level {lvl}; its id must start with {lvl}.")
    if not phrases:
        stray = [c.id for c in catalogue.criteria if c.implements]
        if stray:
            problems.append(f"{stray[0]} cites phrases but the catalogue's levels declare none"
                            + (f" (and {len(stray) - 1} more criteria)" if len(stray) > 1 else ""))
        return
    for c in catalogue.criteria:
        if not c.implements:
            problems.append(f"{c.id} cites no star phrase: add implements: [phrase ids]")
        for pid in c.implements:
            if pid not in phrases:
                problems.append(f"{c.id} implements unknown phrase {pid!r} (known: {', '.join(phrases)})")
            elif phrases[pid]["level"] > c.level:
                problems.append(f"{c.id} is a level-{c.level} criterion citing the level-{phrases[pid]['level']}"
                                f" phrase {pid}: a criterion may carry a lower phrase further, not a higher one")
    for pid in uncovered_phrases(catalogue):
        p = phrases[pid]
        (problems if STRICT else notes).append(f"gap: phrase {pid} ({p['en']}) has no level-{p['level']} criterion that implements it")


#: Evidence kinds an assessor records (interview, observation): what they show is not the bundle's say-so.
_ASSESSOR_KINDS = {"interview", "observation"}


def _self_declared(catalogue: Catalogue, out: list[str]) -> None:
    """A criterion that some way of passing meets with items whose only tested content is boolean
    attributes the bundle declares (``measurable: true``): nothing checkable — no count above one,
    no date, no relation, no number, code or text, no metric value, no document, no assessor's
    record — stands behind it. Booleans the engine computes (``meets_target``, ``summary_agrees``)
    are evidence, not declarations."""
    for c in catalogue.criteria:
        if c.requires_document:
            continue
        for path in _passing_paths(c.tree.root):
            if not path or any(_substantive(leaf, catalogue) for leaf in path):
                continue
            declared = [f"{leaf.topic}.{name}" for leaf in path for name in _declared_booleans(leaf, catalogue)]
            if declared:
                out.append(f"self-declared: {c.id} can pass on {', '.join(dict.fromkeys(declared))} alone, booleans"
                           " the bundle declares; add checkable evidence beside them (a count, a date, a relation,"
                           " a ranged attribute, requires_document, an interview or observation)")
                break


def _passing_paths(node, limit: int = 256) -> list[list]:
    """The sets of positive leaves whose items alone can make ``node`` hold (a 'none of' asks for none)."""
    kind, arg = node
    if kind == "leaf":
        return [[] if arg.negated else [arg]]
    if kind == "not":
        return [[]] if arg[0] != "not" else _passing_paths(arg[1], limit)
    if kind == "any":
        return [p for child in arg for p in _passing_paths(child, limit)][:limit]
    if kind == "some":
        need, children = arg
        paths = []
        for group in itertools.combinations(children, need):
            paths += _product([_passing_paths(child, limit) for child in group], limit)
            if len(paths) >= limit:
                break
        return paths[:limit]
    return _product([_passing_paths(child, limit) for child in arg], limit)


def _product(options: list[list[list]], limit: int) -> list[list]:
    paths = [[]]
    for choices in options:
        paths = [p + q for p in paths for q in choices][:limit]
    return paths


def _computed(catalogue: Catalogue, topic: str) -> set[str]:
    from .registers import AGREES
    from .targets import computed_names

    spec = catalogue.topics.get(topic, {})
    registered = any(t.get("register", {}).get("topic") == topic for t in catalogue.topics.values())
    return computed_names(spec) | ({AGREES} if registered else set())


def _is_boolean(catalogue: Catalogue, topic: str, name: str, test: dict) -> bool:
    declared = (catalogue.topics.get(topic, {}).get("attributes") or {}).get(name)
    if declared is not None:
        return declared["type"] == "boolean"
    values = ([test["eq"]] if "eq" in test else []) + list(test.get("in", []))
    return bool(values) and all(isinstance(v, bool) for v in values)


def _declared_booleans(leaf, catalogue: Catalogue) -> list[str]:
    computed = _computed(catalogue, leaf.topic)
    return [name for name, test in where_attributes(leaf.spec.get("where", {}))
            if name not in computed and _is_boolean(catalogue, leaf.topic, name, test)]


def _substantive(leaf, catalogue: Catalogue) -> bool:
    """Whether a positive leaf tests something the bundle cannot simply declare true."""
    spec = leaf.spec
    if leaf.at_least > 1 or any(k in spec for k in ("distinct_by", "max_age_days", "current", "days_between", "value",
                                                    "aggregate", "referred_by", "lacking")):
        return True
    if spec.get("kinds") and set(spec["kinds"]) <= _ASSESSOR_KINDS:
        return True
    computed = _computed(catalogue, leaf.topic)
    return any(name in computed or not _is_boolean(catalogue, leaf.topic, name, test)
               for name, test in where_attributes(spec.get("where", {})))


def _split_items(catalogue: Catalogue, out: list[str]) -> None:
    """Two or more positive leaves on one topic in one ``all`` that different items could meet: "a plan
    with a budget, and a plan with an owner" is met by two half-plans. They belong in one leaf's
    ``where`` — unless they deliberately count distinct things (at_least above one, distinct_by, a
    relation, an aggregate, every item) or cannot be the same item (kinds that do not overlap)."""
    for c in catalogue.criteria:
        for group in _all_groups(c.tree.root):
            by_topic: dict[str, list] = {}
            for leaf in group:
                if not leaf.negated and not _counts_distinct(leaf):
                    by_topic.setdefault(leaf.topic, []).append(leaf)
            for topic, leaves in by_topic.items():
                if len(leaves) > 1 and _kinds_overlap(leaves):
                    out.append(f"split item: {c.id} {', '.join(leaf.path for leaf in leaves)} each ask for an item"
                               f" of topic {topic!r}, which different items can meet; if one item must meet them all,"
                               " merge them into one condition's where")


def _all_groups(node, out: list | None = None) -> list[list]:
    """The leaves directly conjoined by each ``all`` (nested ``all`` flattened into it)."""
    out = [] if out is None else out
    kind, arg = node
    if kind == "all":
        group = []
        stack = list(arg)
        while stack:
            child = stack.pop(0)
            if child[0] == "leaf":
                group.append(child[1])
            elif child[0] == "all":
                stack = list(child[1]) + stack
            else:
                _all_groups(child, out)
        out.append(group)
    elif kind in ("any",):
        for child in arg:
            _all_groups(child, out)
    elif kind == "some":
        for child in arg[1]:
            _all_groups(child, out)
    elif kind == "not":
        _all_groups(arg, out)
    return out


def _counts_distinct(leaf) -> bool:
    spec = leaf.spec
    return leaf.at_least > 1 or spec.get("every") or any(k in spec for k in ("distinct_by", "referred_by", "lacking",
                                                                              "aggregate"))


def _kinds_overlap(leaves: list) -> bool:
    kinds = [set(leaf.spec["kinds"]) for leaf in leaves if leaf.spec.get("kinds")]
    return not kinds or bool(set.intersection(*kinds))


def _translations(catalogue: Catalogue, problems: list[str]) -> None:
    def check(where: str, text: dict) -> None:
        if not _CJK.search(text["zh"]):
            problems.append(f"{where}: the zh text has no Chinese: {text['zh'][:40]!r}")
        if _CJK.search(text["en"]):
            problems.append(f"{where}: the en text contains Chinese: {text['en'][:40]!r}")

    for c in catalogue.criteria:
        check(f"{c.id} title", c.title)
        check(f"{c.id} requirement", c.requirement)
        check(f"{c.id} guidance.acceptable", c.guidance["acceptable"])
        check(f"{c.id} guidance.not_acceptable", c.guidance["not_acceptable"])
    for name, topic in catalogue.topics.items():
        check(f"topic {name}", topic)


def _repeats(catalogue: Catalogue, problems: list[str]) -> None:
    seen: dict[str, str] = {}
    for c in catalogue.criteria:
        key = json.dumps(c.requires, sort_keys=True)
        if key in seen:
            problems.append(f"{c.id} repeats the conditions of {seen[key]}")
        else:
            seen[key] = c.id


def _contradictions(catalogue: Catalogue, problems: list[str]) -> None:
    """Ranges that hold no number, absent-and-tested attributes, arguments a test refuses."""
    for c in catalogue.criteria:
        for leaf in c.tree.leaves:
            for name, test in _tests_of(leaf.spec).items():
                bounds = [(COMPARISONS[op], arg) for op, arg in test.items() if op in COMPARISONS]
                lows = [(arg, cmp.strict) for cmp, arg in bounds if cmp.bound == "low"]
                highs = [(arg, cmp.strict) for cmp, arg in bounds if cmp.bound == "high"]
                if lows and highs:
                    low, high = max(lows), min(highs)
                    if low[0] > high[0] or (low[0] == high[0] and (low[1] or high[1])):
                        problems.append(f"{c.id} {leaf.path}: {name} can never be both ≥ {low[0]} and ≤ {high[0]}")
                if test.get("exists") is False and len(test) > 1:
                    problems.append(f"{c.id} {leaf.path}: {name} must be absent and tested at once")
                for op, arg in test.items():
                    problem = ATTRIBUTE_TESTS[op].check(arg) if op in ATTRIBUTE_TESTS else None
                    if problem:
                        problems.append(f"{c.id} {leaf.path}: {op} for {name} {problem}")


def _tests_of(spec: dict) -> dict[str, dict]:
    """Every set of bounds and attribute tests in a condition, named as lint reports them."""
    tests = dict(where_attributes(spec.get("where", {})))
    if "value" in spec:
        tests["(value)"] = {k: v for k, v in spec["value"].items() if k != "unit"}
    if "days_between" in spec:
        tests["(days_between)"] = {k: v for k, v in spec["days_between"].items() if k in COMPARISONS}
    agg = spec.get("aggregate")
    if agg:
        tests["(aggregate)"] = {k: v for k, v in agg.items() if k in COMPARISONS}
        tests.update({f"{name} (share)": test for name, test in _tests_of({"where": agg["share"]}).items()}
                     if "share" in agg else {})
    related = relations.relation(spec)
    if related:
        tests.update({f"{name} ({related[0]})": test for name, test in _tests_of(related[1]).items()})
    return tests


def _across_items(catalogue: Catalogue, problems: list[str]) -> None:
    """Language v2 written so that it cannot mean what it says: a distinct count of one, a share
    beyond 0–100 %, a trend that always holds, money where there is no currency, a date
    difference of a date with itself, and attributes the topic does not declare."""
    for c in catalogue.criteria:
        for leaf in c.tree.leaves:
            where = f"{c.id} {leaf.path}"
            spec = leaf.spec
            by = spec.get("distinct_by")
            if by and leaf.at_least == 1:
                problems.append(f"{where}: distinct_by {by} with at_least 1 changes nothing; say how many distinct"
                                " values are needed")
            agg = spec.get("aggregate", {})
            kind = next((k for k in measures.AGGREGATES if k in agg), None)
            bounds = {k: v for k, v in agg.items() if k in COMPARISONS}
            if kind in ("share", "ratio") and any(not 0 <= v <= 100 for v in bounds.values()):
                problems.append(f"{where}: a {kind} is a percentage from 0 to 100; {_bounds_text(bounds)} is not")
            if kind in ("rises", "falls") and all(COMPARISONS[op].holds(0, v) for op, v in bounds.items()):
                verb = "rose" if kind == "rises" else "fell"
                problems.append(f"{where}: {kind} {_bounds_text(bounds)} is met by a series that never {verb};"
                                " ask for at least 1")
            if "unit" in agg and (kind not in ("sum", "min", "max") or agg[kind] != "value"):
                problems.append(f"{where}: aggregate unit {agg['unit']!r} applies to a sum, min or max of the"
                                " metric value (attributes carry no unit)")
            elif "unit" in agg and not money.is_money(agg["unit"]):
                problems.append(f"{where}: aggregate unit {agg['unit']!r} is not a currency this catalogue language"
                                f" knows ({', '.join(sorted({code for code, _ in money.UNITS.values()}))})")
            for part in [spec] + ([relations.relation(spec)[1]] if relations.relation(spec) else []):
                days = part.get("days_between")
                if days and days["from"] == days.get("to", "assessment"):
                    problems.append(f"{where}: days_between from {days['from']} to itself is always 0")
            names = set()
            if by and not by.startswith("period"):
                names.add(by)
            names.update(n for n in ([agg.get(kind)] if kind in ("sum", "min", "max", "rises", "falls") else
                                     agg.get("ratio", [])) if n and n != "value")
            if "days_between" in spec:
                names.update(n for n in (spec["days_between"]["from"], spec["days_between"].get("to", "assessment"))
                             if n not in BUILTIN_DATES)
            declared = catalogue.topics[leaf.topic].get("attributes")
            for name in sorted(names - set(declared or names)):
                problems.append(f"{where}: topic '{leaf.topic}' declares no attribute {name!r}"
                                f" (it declares: {', '.join(sorted(declared))})")


def _bounds_text(bounds: dict) -> str:
    return " and ".join(f"{COMPARISONS[op].symbol} {v}" for op, v in bounds.items())


def _unmeetable(catalogue: Catalogue, problems: list[str], notes: list[str]) -> None:
    engine = Engine.for_catalogue(catalogue)
    for c in catalogue.criteria:
        try:
            data = bundle_meeting(catalogue, [c], org_id="LINT")
        except NoWitness as exc:
            notes.append(f"{c.id}: not proven meetable ({exc})")
            continue
        facts = build_facts(Document(f"<witness {c.id}>", data, b""), catalogue)
        finding = build_findings(catalogue, facts, engine.run(facts))
        result = next(f for f in finding if f["criterion"] == c.id)
        if result["result"] != "pass":
            problems.append(f"{c.id}: its conditions can never be met (evidence built to meet them still "
                            f"fails: {'; '.join(result['missing'][:2])})")

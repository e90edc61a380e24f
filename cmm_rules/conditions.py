"""The condition language of criteria, and its translation to durable_rules.

A criterion's ``requires`` is a tree of ``all`` / ``any`` / ``not`` over
*evidence conditions* (leaves). Each leaf says which evidence counts (topic,
kinds, approved, fresh, current, attribute tests, metric value) and how many
such items are needed (``at_least``, default 1).

The engine fires the tree in two steps, both in durable_rules:

1. every leaf becomes one rule over single evidence facts; it fires once for
   each item that satisfies it, and the action records that item as a witness;
2. the tree itself becomes a *verdict* expression over a per-criterion tally
   fact ``{n0: …, n1: …}`` (the witness counts): one rule for pass, its exact
   negation for fail, and one for an honoured exclusion.

This module builds both expressions and says each leaf in words, so that a
failing finding can tell a reviewer exactly what was missing.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

_OPS_TEXT = {"gte": "≥", "lte": "≤", "gt": ">", "lt": "<"}
_DURABLE_CMP = {"gte": "$gte", "lte": "$lte", "gt": "$gt", "lt": "$lt"}


@dataclass
class Leaf:
    """One evidence condition, numbered within its criterion."""

    index: int
    path: str
    spec: dict
    negated: bool = False  # under an odd number of ``not``

    @property
    def topic(self) -> str:
        return self.spec["topic"]

    @property
    def at_least(self) -> int:
        return self.spec.get("at_least", 1)

    @property
    def counter(self) -> str:
        return f"n{self.index}"


@dataclass
class Tree:
    """A parsed ``requires`` tree: its root node and its leaves in order."""

    root: tuple
    leaves: list[Leaf] = field(default_factory=list)


def parse(requires: dict) -> Tree:
    """Number the leaves of a (schema-valid) condition tree."""
    tree = Tree(root=())

    def walk(node: dict, path: str, negated: bool):
        (op, arg), = node.items()
        if op == "evidence":
            leaf = Leaf(len(tree.leaves), path or "evidence", arg, negated)
            tree.leaves.append(leaf)
            return ("leaf", leaf)
        if op == "not":
            return ("not", walk(arg, f"{path}not." if path else "not.", not negated))
        return (op, [walk(child, f"{path}{op}[{i}].", negated) for i, child in enumerate(arg)])

    tree.root = walk(requires, "", False)
    for leaf in tree.leaves:
        leaf.path = leaf.path.rstrip(".") or "evidence"
    return tree


# ------------------------------------------------------------ durable_rules


def leaf_expression(leaf: Leaf) -> dict:
    """The durable_rules condition matching one evidence fact for ``leaf``.

    Equality tests come first so that durable_rules can share and hash the
    alpha nodes for ``type`` and ``topic`` across rules.
    """
    spec = leaf.spec
    terms: list[dict] = [{"type": "evidence"}, {"topic": spec["topic"]}]
    kinds = spec.get("kinds")
    if kinds:
        terms.append({"kind": kinds[0]} if len(kinds) == 1 else {"$or": [{"kind": k} for k in kinds]})
    if spec.get("approved"):
        terms.append({"approved": True})
    if spec.get("current"):
        terms.append({"expired": False})
    if "max_age_days" in spec:
        terms.append({"$gte": {"age_days": 0}})
        terms.append({"$lte": {"age_days": spec["max_age_days"]}})
    for name, test in sorted(spec.get("where", {}).items()):
        terms.extend(_attribute_terms(name, test))
    value = spec.get("value", {})
    if "unit" in value:
        terms.append({"unit": value["unit"]})
    for op in ("gte", "gt", "lte", "lt"):
        if op in value:
            terms.append({_DURABLE_CMP[op]: {"value": value[op]}})
    return {"$and": terms}


def _typed(name: str, value) -> str:
    """The typed fact property an equality test on ``value`` looks at (see facts.typed_attribute)."""
    if isinstance(value, bool):
        return f"b_{name}"
    if isinstance(value, (int, float)):
        return f"n_{name}"
    return f"s_{name}"


def _attribute_terms(name: str, test: dict) -> list[dict]:
    terms = []
    if "exists" in test:
        terms.append({"$ex" if test["exists"] else "$nex": {f"p_{name}": 1}})
    if "eq" in test:
        terms.append({_typed(name, test["eq"]): test["eq"]})
    if "in" in test:
        values = test["in"]
        options = [{_typed(name, v): v} for v in values]
        terms.append(options[0] if len(options) == 1 else {"$or": options})
    for op in ("gte", "gt", "lte", "lt"):
        if op in test:
            terms.append({_DURABLE_CMP[op]: {f"n_{name}": test[op]}})
    if "contains" in test:
        terms.append({"$iany": {f"l_{name}": {"$i": str(test["contains"])}}})
    if "pattern" in test:
        terms.append({pattern_property(name, test["pattern"]): True})
    return terms


def pattern_property(name: str, pattern: str) -> str:
    """The fact property that says whether text attribute ``name`` matches ``pattern``.

    durable_rules' own regular expressions (``$mt``) mis-match: ``.*[Hh]uman.*``
    does not match "Human error at the front desk", and ``(?:ab)c`` is accepted,
    then matches nothing, not even "abc".
    The engine therefore evaluates each catalogue pattern with Python's ``re``
    (full match) when it asserts an evidence fact, under this property name,
    and the rule tests the flag.
    """
    digest = hashlib.sha1(f"{name}\0{pattern}".encode()).hexdigest()[:12]
    return f"m_{digest}"


def leaf_patterns(leaf: Leaf) -> list[tuple[str, str]]:
    """(attribute, pattern) pairs a leaf tests."""
    return [(name, test["pattern"]) for name, test in sorted(leaf.spec.get("where", {}).items()) if "pattern" in test]


def verdict_expression(tree: Tree) -> dict:
    """The tree as a durable_rules expression over a tally fact's counters."""
    return _verdict(tree.root, negate=False)


def negated_verdict_expression(tree: Tree) -> dict:
    """The exact negation of :func:`verdict_expression` (De Morgan)."""
    return _verdict(tree.root, negate=True)


def _verdict(node, negate: bool) -> dict:
    kind, arg = node
    if kind == "leaf":
        op = "$gte" if not negate else "$lt"
        return {op: {arg.counter: arg.at_least}}
    if kind == "not":
        return _verdict(arg, not negate)
    parts = [_verdict(child, negate) for child in arg]
    if len(parts) == 1:
        return parts[0]
    use_and = (kind == "all") != negate
    return {"$and" if use_and else "$or": parts}


# ------------------------------------------------------------------ words


def describe_leaf(leaf: Leaf, topics: dict, assessment_date: str | None = None) -> str:
    """One leaf in words a reviewer understands.

    ``at least 2 approved documents of topic 'service_plan' (服务计划) issued
    within 730 days before 2026-11-01, not expired, with horizon_years ≥ 3``
    """
    spec = leaf.spec
    n = leaf.at_least
    kinds = spec.get("kinds")
    noun = " or ".join(kinds) if kinds else "evidence item"
    plural = n > 1
    if plural:
        noun = " or ".join(k + "s" for k in kinds) if kinds else "evidence items"
    count = "at least one" if n == 1 else f"at least {n}"
    words = [count]
    if spec.get("approved"):
        words.append("approved")
    words.append(noun)
    topic = spec["topic"]
    label = topics.get(topic, {}).get("zh")
    words.append(f"of topic '{topic}'" + (f" ({label})" if label else ""))
    if "max_age_days" in spec:
        when = f"before {assessment_date}" if assessment_date else "before the assessment date"
        words.append(f"issued within {spec['max_age_days']} days {when}")
    if spec.get("current"):
        words.append("not expired" + (f" on {assessment_date}" if assessment_date else ""))
    tests = [describe_test(name, test) for name, test in sorted(spec.get("where", {}).items())]
    value = spec.get("value")
    if value:
        bounds = " and ".join(f"{_OPS_TEXT[op]} {_num(value[op])}" for op in ("gte", "gt", "lte", "lt") if op in value)
        unit = f" {value['unit']}" if "unit" in value else ""
        tests.append(f"a value {bounds}{unit}".rstrip() if bounds else f"a value in {unit.strip()}")
    if tests:
        words.append("with " + ", ".join(tests))
    return " ".join(words)


def describe_test(name: str, test: dict) -> str:
    parts = []
    if test.get("exists") is True:
        parts.append(f"{name} recorded")
    if test.get("exists") is False:
        parts.append(f"no {name}")
    if "eq" in test:
        parts.append(f"{name} = {_val(test['eq'])}")
    if "in" in test:
        parts.append(f"{name} one of {', '.join(_val(v) for v in test['in'])}")
    for op in ("gte", "gt", "lte", "lt"):
        if op in test:
            parts.append(f"{name} {_OPS_TEXT[op]} {_num(test[op])}")
    if "contains" in test:
        parts.append(f"{name} including {_val(test['contains'])}")
    if "pattern" in test:
        parts.append(f"{name} matching /{test['pattern']}/")
    return ", ".join(parts)


def _val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return _num(v) if isinstance(v, (int, float)) else f"'{v}'"


def _num(v) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def describe_tree(tree: Tree, topics: dict, assessment_date: str | None = None) -> str:
    """The whole tree in words, e.g. for ``cmm explain``."""

    def walk(node, depth):
        kind, arg = node
        pad = "  " * depth
        if kind == "leaf":
            return [f"{pad}- {describe_leaf(arg, topics, assessment_date)}"]
        if kind == "not":
            return [f"{pad}- none of the following:"] + walk(arg, depth + 1)
        head = "all of the following:" if kind == "all" else "any one of the following:"
        lines = [f"{pad}- {head}"]
        for child in arg:
            lines += walk(child, depth + 1)
        return lines

    return "\n".join(walk(tree.root, 0))


# ------------------------------------------------------ explaining a miss


def why_not(leaf: Leaf, item: dict, assessment_date: str) -> list[str]:
    """Why one evidence item of the leaf's topic did not count, in words.

    This explains a decision the engine already made; it decides nothing.
    """
    spec = leaf.spec
    reasons = []
    kinds = spec.get("kinds")
    if kinds and item.get("kind") not in kinds:
        reasons.append(f"is a {item.get('kind')}, not a {' or '.join(kinds)}")
    if spec.get("approved") and not item.get("_approved"):
        approval = item.get("approval")
        if approval and approval.get("date", "") > assessment_date:
            reasons.append(f"was approved only on {approval['date']}, after {assessment_date}")
        else:
            reasons.append("is not approved")
    if "max_age_days" in spec:
        if "issued" not in item:
            reasons.append("has no issue date")
        elif item["_age_days"] < 0:
            reasons.append(f"is dated {item['issued']}, after the assessment date")
        elif item["_age_days"] > spec["max_age_days"]:
            reasons.append(f"dates from {item['issued']} ({item['_age_days']} days old, "
                           f"more than {spec['max_age_days']})")
    if spec.get("current") and item.get("_expired"):
        reasons.append(f"expired on {item['valid_until']}")
    attributes = item.get("attributes", {})
    for name, test in sorted(spec.get("where", {}).items()):
        if not _attribute_ok(attributes, name, test):
            shown = _shown(attributes, name, test)
            reasons.append(f"{shown}; needs {describe_test(name, test)}")
    value = spec.get("value", {})
    if value:
        if "value" not in item:
            reasons.append("has no measured value")
        else:
            unit = value.get("unit")
            if unit is not None and item.get("unit") != unit:
                reasons.append(f"is measured in {item.get('unit') or 'no unit'}, not {unit}")
            for op in ("gte", "gt", "lte", "lt"):
                if op in value and not _compare(item["value"], op, value[op]):
                    reasons.append(f"has value {_num(item['value'])}{(' ' + item['unit']) if item.get('unit') else ''}; "
                                   f"needs {_OPS_TEXT[op]} {_num(value[op])}")
    return reasons


def _shown(attributes: dict, name: str, test: dict) -> str:
    if name not in attributes:
        return f"records no {name}"
    value = attributes[name]
    if isinstance(value, list):
        return f"has {name} = [{', '.join(map(str, value))}]"
    shown = f"has {name} = {_val(value)}"
    if "contains" in test:
        shown += " (text, not a list)"
    elif isinstance(value, str) and any(op in test for op in ("gte", "gt", "lte", "lt")):
        shown += " (text, not a number)"
    return shown


def _compare(actual, op, bound) -> bool:
    if isinstance(actual, bool) or not isinstance(actual, (int, float)):
        return False
    return {"gte": actual >= bound, "gt": actual > bound, "lte": actual <= bound, "lt": actual < bound}[op]


def _attribute_ok(attributes: dict, name: str, test: dict) -> bool:
    present = name in attributes
    value = attributes.get(name)
    if "exists" in test and test["exists"] != present:
        return False
    if not present:
        return "exists" in test and test["exists"] is False and len(test) == 1
    if "eq" in test and not _same(value, test["eq"]):
        return False
    if "in" in test and not any(_same(value, v) for v in test["in"]):
        return False
    for op in ("gte", "gt", "lte", "lt"):
        if op in test and not _compare(value, op, test[op]):
            return False
    if "contains" in test and not (isinstance(value, list) and str(test["contains"]) in map(str, value)):
        return False
    if "pattern" in test and not (isinstance(value, str) and re.fullmatch(test["pattern"], value)):
        return False
    return True


def _same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b

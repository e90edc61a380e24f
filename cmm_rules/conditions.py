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

from dataclasses import dataclass, field

from . import measures, relations
from .operators import COMPARISONS, COMPILE_ORDER, LEAF_OPTIONS, attribute_words, pattern_property  # noqa: F401 - re-exported


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

    @property
    def measure(self) -> str:
        """The tally property holding this leaf's aggregate (see :mod:`measures`)."""
        return f"a{self.index}"


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
    alpha nodes for ``type`` and ``topic`` across rules; each option's terms
    come from its row of the operator table.
    """
    return spec_expression(leaf.spec)


def spec_expression(spec: dict) -> dict:
    """The single-item tests of an evidence condition: a leaf's, or those of the item on the
    other side of a relation (``referred_by``, ``lacking``)."""
    terms: list[dict] = [{"type": "evidence"}, {"topic": spec["topic"]}]
    for name in COMPILE_ORDER:
        if name in spec:
            terms.extend(LEAF_OPTIONS[name].compile(spec[name]))
    return {"$and": terms}


def leaf_holds(leaf: Leaf, item: dict) -> bool:
    """Whether one evidence item satisfies the leaf's options, in Python (the reference evaluator's view)."""
    return spec_holds(leaf.spec, item)


def spec_holds(spec: dict, item: dict) -> bool:
    """:func:`leaf_holds` for the conditions of a leaf or of the other side of a relation."""
    return item["topic"] == spec["topic"] and all(
        option.holds(spec[name], item) for name, option in LEAF_OPTIONS.items() if name in spec)


def leaf_patterns(leaf: Leaf) -> list[tuple[str, str]]:
    """(attribute, pattern) pairs a leaf tests."""
    return spec_patterns(leaf.spec)


def spec_patterns(spec: dict) -> list[tuple[str, str]]:
    """(attribute, pattern) pairs tested by a condition, by the other side of its relation, or by its share."""
    where = [spec.get("where", {})]
    related = relations.relation(spec)
    if related:
        where.append(related[1].get("where", {}))
    where.append(spec.get("aggregate", {}).get("share", {}))
    return [(name, test["pattern"]) for w in where for name, test in sorted(w.items()) if "pattern" in test]


def verdict_expression(tree: Tree) -> dict:
    """The tree as a durable_rules expression over a tally fact's counters."""
    return _verdict(tree.root, negate=False)


def negated_verdict_expression(tree: Tree) -> dict:
    """The exact negation of :func:`verdict_expression` (De Morgan)."""
    return _verdict(tree.root, negate=True)


def _verdict(node, negate: bool) -> dict:
    kind, arg = node
    if kind == "leaf":
        return leaf_verdict(arg, negate)
    if kind == "not":
        return _verdict(arg, not negate)
    parts = [_verdict(child, negate) for child in arg]
    if len(parts) == 1:
        return parts[0]
    use_and = (kind == "all") != negate
    return {"$and" if use_and else "$or": parts}


def leaf_verdict(leaf: Leaf, negate: bool) -> dict:
    """A leaf's part of the verdict over the tally, or (``negate``) its exact opposite.

    A leaf holds when its count reaches ``at_least`` and, for an aggregate,
    the aggregate (tally property ``a<i>``, absent when it cannot be
    computed) meets its bounds. Under ``not`` an aggregate that cannot be
    computed counts as found — a 'none of' check fails closed.
    """
    count = {"$gte": {leaf.counter: leaf.at_least}}
    agg = leaf.spec.get("aggregate")
    if not agg:
        return count if not negate else {"$lt": {leaf.counter: leaf.at_least}}
    bounds = [(COMPARISONS[op], bound) for op, bound in measures.bounds_of(agg).items()]
    meets = [{c.durable: {leaf.measure: bound}} for c, bound in bounds]
    misses = [{_NEGATED[c.durable]: {leaf.measure: bound}} for c, bound in bounds]
    unknown = {"$nex": {leaf.measure: 1}}
    if not negate:
        met = meets[0] if len(meets) == 1 else {"$and": meets}
        return {"$and": [count, {"$or": [met, unknown]} if leaf.negated else met]}
    return {"$or": [{"$lt": {leaf.counter: leaf.at_least}}] + misses + ([] if leaf.negated else [unknown])}


_NEGATED = {"$gte": "$lt", "$gt": "$lte", "$lte": "$gt", "$lt": "$gte"}


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
    if n > 1:
        noun = " or ".join(k + "s" for k in kinds) if kinds else "evidence items"
    slots: dict[str, list[str]] = {"adjective": [], "clause": [], "with": []}
    for name, option in LEAF_OPTIONS.items():
        if name in spec:
            slot, text = option.words(spec[name], assessment_date)
            if text:
                slots[slot].append(text)
    words = ["at least one" if n == 1 else f"at least {n}", *slots["adjective"], noun]
    topic = spec["topic"]
    label = topics.get(topic, {}).get("zh")
    words.append(f"of topic '{topic}'" + (f" ({label})" if label else ""))
    words += slots["clause"]
    if slots["with"]:
        words.append("with " + ", ".join(slots["with"]))
    extras = []
    related = relations.relation(spec)
    if related:
        kind, partner = related
        extras.append(relations.describe(kind, describe_leaf(Leaf(0, "", partner), topics, assessment_date)))
    extras.extend(measures.describe(spec))
    return ", ".join([" ".join(words)] + extras)


def describe_test(name: str, test: dict) -> str:
    """The tests on one attribute in words: ``status = 'open'``."""
    return attribute_words(name, test)


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
    return [reason for name, option in LEAF_OPTIONS.items() if name in spec
            for reason in option.why_not(spec[name], item, assessment_date)]


def leaf_missing_data(leaf: Leaf, item: dict) -> bool:
    """Whether ``item`` lacks data one of the leaf's options tests (its issue date, an attribute, its value)."""
    spec = leaf.spec
    return any(option.missing(spec[name], item) for name, option in LEAF_OPTIONS.items() if name in spec)

"""The condition language of criteria, and its translation to durable_rules.

A criterion's ``requires`` is a tree of ``all`` / ``any`` / ``not`` / ``some``
(at least k of n parts) over *evidence conditions* (leaves). Each leaf says which evidence counts (topic,
kinds, approved, fresh, current, attribute tests, metric value) and how many
such items are needed (``at_least``, default 1).

The engine fires the tree in two steps, both in durable_rules:

1. every leaf becomes one rule over single evidence facts; it fires once for
   each item that satisfies it, and the action records that item as a witness;
2. the tree itself becomes a *verdict* expression over a per-criterion tally
   fact ``{n0: …, n1: …}`` (the witness counts): one rule for pass, its exact
   negation for fail, and one for an honoured exclusion. A group too deep or
   too wide for one durable_rules expression, and every ``some``, is counted
   by rules of its own in an earlier *stage* (see :class:`Group`), and the
   verdict compares its count.

This module builds both expressions and says each leaf in words, so that a
failing finding can tell a reviewer exactly what was missing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import measures, relations
from .operators import (COMPARISONS, COMPILE_ORDER, LEAF_OPTIONS, attribute_words, pattern_property,  # noqa: F401
                        where_attributes, where_branches)


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
        if op == "some":
            return ("some", (arg["at_least"], [walk(child, f"{path}some.of[{i}].", negated)
                                               for i, child in enumerate(arg["of"])]))
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

    Under 'none of' (``leaf.negated``) the leaf fails closed: an item of its
    topic that lacks what an option tests (its issue date, a tested attribute,
    its value) matches too, and so counts against the criterion — an open
    complaint without a date must not let "no open complaint this year" pass.
    """
    return spec_expression(leaf.spec, fail_closed=leaf.negated)


def spec_expression(spec: dict, fail_closed: bool = False) -> dict:
    """The single-item tests of an evidence condition: a leaf's, or those of the item on the
    other side of a relation (``referred_by``, ``lacking``)."""
    terms: list[dict] = [{"type": "evidence"}, {"topic": spec["topic"]}]
    for name in COMPILE_ORDER:
        if name in spec:
            terms.extend(LEAF_OPTIONS[name].terms(spec[name], fail_closed))
    return {"$and": terms}


def leaf_rules(leaf: Leaf) -> list[tuple[str, str | None, list[dict]]]:
    """The durable_rules rules of one leaf: (name suffix, what its action records, the facts it
    matches). A plain leaf has one rule over single evidence facts, recording witnesses (role
    None). A relation joins three facts — the item ``x``, a reference ``r`` to it and the
    referring item ``y``; ``lacking`` also finds every item (role "pool") and records those
    referred to ("referred"). ``every`` has one more finding every item of the topic ("topic"), a
    share one finding the items that also pass its tests ("share")."""
    expression = leaf_expression(leaf)
    related = relations.relation(leaf.spec)
    if related is None:
        rules = [("", None, [{"m": expression}])]
    else:
        join = relations.join_rule(expression, spec_expression(related[1]))
        rules = ([("", None, join)] if related[0] == "referred_by"
                 else [("", "pool", [{"m": expression}]), ("/referred", "referred", join)])
    if leaf.spec.get("every"):  # every item of the topic, to compare with those that meet the leaf
        rules.append(("/topic", "topic", [{"m": {"$and": [{"type": "evidence"}, {"topic": leaf.topic}]}}]))
    share = leaf.spec.get("aggregate", {}).get("share")
    if share:
        shared = {"$and": expression["$and"] + LEAF_OPTIONS["where"].compile(share)}
        rules.append(("/share", "share", [{"m": shared}]))
    return rules


def leaf_holds(leaf: Leaf, item: dict) -> bool:
    """Whether one evidence item counts for the leaf, in Python (the reference evaluator's view):
    it satisfies every option; under 'none of', it may also lack the data an option tests."""
    return spec_holds(leaf.spec, item, fail_closed=leaf.negated)


def spec_holds(spec: dict, item: dict, fail_closed: bool = False) -> bool:
    """:func:`leaf_holds` for the conditions of a leaf or of the other side of a relation."""
    return item["topic"] == spec["topic"] and all(
        option.admits(spec[name], item, fail_closed) for name, option in LEAF_OPTIONS.items() if name in spec)


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
    return [(name, test["pattern"]) for w in where for name, test in where_attributes(w) if "pattern" in test]


#: durable_rules refuses expressions nested much deeper (error 113, at about 14 levels with the
#: rule's own wrapping) and fails at run time when more than 64 branches of one rule's ``$or``
#: hold at once (error 303); verdict expressions are kept well inside both.
MAX_DEPTH = 6
MAX_ALTERNATIVES = 16


@dataclass
class Group:
    """A group of the tree that is counted by rules of its own instead of being written inline.

    Each part gets a *part rule* over the criterion's tally fact at ``stage``;
    it fires when the part holds, and its action adds the part to the group's
    count ``h<key>``, which the tally facts of later stages carry. The group
    then holds when that count reaches ``need`` (every part for ``all``, one
    for ``any``, k for ``some``). Deep or wide trees and 'at least k of'
    become a few small rules this way, never one expression durable_rules
    cannot take.
    """

    key: str
    need: int
    parts: list[dict]          # each part's durable_rules expression (over counters of earlier stages)
    stage: int

    @property
    def counter(self) -> str:
        return f"h{self.key}"


@dataclass
class Verdict:
    """How a criterion's tree fires: its groups by stage, and its pass and fail expressions."""

    passes: dict
    fails: dict
    stage: int                 # the tally stage the verdict rules look at (1 when there are no groups)
    groups: list[Group] = field(default_factory=list)


def verdict_plan(tree: Tree) -> Verdict:
    """Compile the tree into pass/fail expressions over tally counters, cutting out groups as needed.

    Leaves are compared with ``at_least`` on their witness counts (``n<i>``)
    and their aggregates (see :func:`leaf_verdict`).
    Nested groups of the same kind are flattened and ``not`` is pushed to the
    leaves (De Morgan). A group is written inline unless that would make an
    expression deeper than :data:`MAX_DEPTH` or give it more than
    :data:`MAX_ALTERNATIVES` simultaneous branches, or it is a 'some' (k of
    n); then it becomes a :class:`Group` counted by part rules.
    """
    groups: list[Group] = []

    def build(node) -> tuple[dict, dict, int]:
        """(expression when the node holds, expression when it does not, stage its counters need)."""
        kind, arg = node
        if kind == "leaf":
            return leaf_verdict(arg, False), leaf_verdict(arg, True), 0
        if kind == "not":
            yes, no, stage = build(arg)
            return no, yes, stage
        if kind == "some":
            need, children = arg
        else:
            children = arg
            need = len(children) if kind == "all" else 1
        built = [build(child) for child in children]
        stage = max(b[2] for b in built)
        if kind != "some":
            yes = _join("$and" if kind == "all" else "$or", [b[0] for b in built])
            no = _join("$or" if kind == "all" else "$and", [b[1] for b in built])
            if max(_depth(yes), _depth(no)) <= MAX_DEPTH and max(_alternatives(yes), _alternatives(no)) <= MAX_ALTERNATIVES:
                return yes, no, stage
        group = Group(f"{len(groups)}", need, [b[0] for b in built], stage + 1)
        groups.append(group)
        return {"$gte": {group.counter: need}}, {"$lt": {group.counter: need}}, group.stage

    passes, fails, stage = build(tree.root)
    return Verdict(passes, fails, stage + 1, groups)


def _join(op: str, parts: list[dict]) -> dict:
    flat = []
    for part in parts:
        flat.extend(part[op] if op in part else [part])
    return flat[0] if len(flat) == 1 else {op: flat}


def _depth(expression: dict) -> int:
    (op, arg), = expression.items()
    return 1 + max(map(_depth, arg)) if op in ("$and", "$or") else 1


def leaf_branches(leaf: Leaf) -> int:
    """How many branches of the leaf's rule one evidence fact can satisfy at once: those of its
    ``where``'s ``any`` groups (its other ``$or`` alternatives — kinds, ``in`` values, a missing
    value under 'none of' — exclude each other on one fact)."""
    return where_branches(leaf.spec.get("where", {}))


#: the deepest leaf expression and the most simultaneous branches of one leaf's rule compiled;
#: a leaf beyond them (``where`` groups nested or alternated without end) is refused at load
MAX_LEAF_DEPTH = 10
MAX_LEAF_BRANCHES = 60


def leaf_limit_problem(leaf: Leaf) -> str | None:
    """Why durable_rules could not take the leaf's rule, in words naming the limit; None if it can."""
    depth = _depth(leaf_expression(leaf))
    if depth > MAX_LEAF_DEPTH:
        return (f"nests its tests {depth} levels deep; durable_rules takes at most {MAX_LEAF_DEPTH}"
                " (flatten the `where` groups)")
    branches = leaf_branches(leaf)
    if branches > MAX_LEAF_BRANCHES:
        return (f"lets {branches} alternatives of its `where` hold at once on one item; durable_rules takes at"
                f" most {MAX_LEAF_BRANCHES} (split it into leaves under an `any`)")
    return None


def branches(expression: dict) -> int:
    """How many branches of a tally expression can hold at once."""
    return _alternatives(expression)


def _alternatives(expression: dict) -> int:
    """How many branches of the expression can hold at once (durable_rules expands ``$or`` inside ``$and``)."""
    (op, arg), = expression.items()
    if op == "$or":
        return sum(map(_alternatives, arg))
    if op == "$and":
        product = 1
        for part in arg:
            product *= _alternatives(part)
        return product
    return 1


def verdict_expression(tree: Tree) -> dict:
    """The tree as a durable_rules expression over a tally fact's counters."""
    return verdict_plan(tree).passes


def negated_verdict_expression(tree: Tree) -> dict:
    """The exact negation of :func:`verdict_expression` (De Morgan)."""
    return verdict_plan(tree).fails


def leaf_verdict(leaf: Leaf, negate: bool) -> dict:
    """A leaf's part of the verdict over the tally, or (``negate``) its exact opposite.

    A leaf holds when its count reaches ``at_least`` and, for an aggregate,
    the aggregate (tally property ``a<i>``, absent when it cannot be
    computed) meets its bounds. Under ``not`` an aggregate that cannot be
    computed counts as found — a 'none of' check fails closed.
    """
    count = {"$gte": {leaf.counter: leaf.at_least}}
    if leaf.spec.get("every"):  # and as many meet it as there are items of the topic (t<i>)
        every = {"$gte": {leaf.counter: {"$m": f"t{leaf.index}"}}}
        if not negate:
            return {"$and": [count, every]}
        return {"$or": [{"$lt": {leaf.counter: leaf.at_least}}, {"$lt": {leaf.counter: {"$m": f"t{leaf.index}"}}}]}
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
    if spec.get("every"):  # "every … (at least 2)"
        noun = " or ".join(kinds) if kinds else "evidence item"
        words = ["every", *slots["adjective"], noun]
    else:
        words = ["at least one" if n == 1 else f"at least {n}", *slots["adjective"], noun]
    topic = spec["topic"]
    label = topics.get(topic, {}).get("zh")
    words.append(f"of topic '{topic}'" + (f" ({label})" if label else ""))
    words += slots["clause"]
    if slots["with"]:
        words.append("with " + ", ".join(slots["with"]))
    if spec.get("every"):
        words.append("(and there is at least one)" if n == 1 else f"(and there are at least {n})")
    related = relations.relation(spec)
    if related:
        kind, partner = related
        words.append(relations.describe(kind, describe_leaf(Leaf(0, "", partner), topics, assessment_date)))
    return ", ".join([" ".join(words)] + measures.describe(spec))


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
        if kind == "some":
            need, children = arg
            head = f"at least {need} of the following {len(children)}:"
        else:
            children = arg
            head = "all of the following:" if kind == "all" else "any one of the following:"
        lines = [f"{pad}- {head}"]
        for child in children:
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

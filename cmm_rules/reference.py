"""The reference evaluator: every criterion's verdict computed in plain Python.

A second opinion on the rules, never a replacement for them. It reads the
same catalogue and the same facts as the engine, but decides from the
operator table's ``holds`` functions on the evidence *items* (the bundle's
values, as Python compares them) instead of the compiled durable_rules
conditions on the evidence *facts*. The engine's results stand; after each
assessment :func:`cross_check` compares them with this evaluator's and turns
any disagreement into an ``error`` finding, so that a bug in either — a
number the C engine reads differently, a mis-compiled condition — is never
silent.

It is also what the conformance cases (``tests/conformance/*.yaml``) run
through, next to durable_rules.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import measures, relations
from .catalogue import Catalogue, Criterion
from .conditions import Leaf, leaf_holds, spec_holds


@dataclass
class Verdict:
    """What the reference evaluator makes of one criterion."""

    result: str                       # pass | fail | not_applicable
    witnesses: dict[int, list[str]]   # leaf index → the items that count for it, in bundle order


def leaf_counts(leaf: Leaf, item: dict) -> bool:
    """Whether ``item`` counts for ``leaf`` (a witness of it)."""
    return item["topic"] == leaf.topic and leaf_holds(leaf, item)


def leaf_result(leaf: Leaf, by_topic: dict[str, list[dict]]) -> tuple[list[str], bool]:
    """A leaf's witnesses (in bundle order) and whether it holds, from the items alone.

    Relations are joined by reading ``refers_to``; ``distinct_by`` and
    aggregates are computed over the witnesses by :mod:`measures` and compared
    here (the engine compares them in its verdict rule).
    """
    found = [item for item in by_topic.get(leaf.topic, ()) if leaf_counts(leaf, item)]
    related = relations.relation(leaf.spec)
    if related:
        kind, partner = related
        referred = {target for item in by_topic.get(partner["topic"], ()) if spec_holds(partner, item)
                    for target in item.get("refers_to", [])}
        found = [item for item in found if (item["id"] in referred) == (kind == "referred_by")]
    holds = measures.count(leaf.spec, found) >= leaf.at_least
    if leaf.spec.get("every"):  # and no item of the topic is left out
        holds = holds and len(found) == len(by_topic.get(leaf.topic, ()))
    agg = leaf.spec.get("aggregate")
    if holds and agg:
        sharing = ({item["id"] for item in found if spec_holds({"topic": leaf.topic, "where": agg["share"]}, item)}
                   if "share" in agg else None)
        measure = measures.aggregate(leaf.spec, found, sharing)
        if measure.value is None:
            holds = leaf.negated  # under 'not', what cannot be computed counts against the criterion
        else:
            holds = measures.meets(measure.value, agg)
    return [item["id"] for item in found], holds


def tree_holds(node, holds: dict[int, bool]) -> bool:
    """A condition tree over whether each leaf holds."""
    kind, arg = node
    if kind == "leaf":
        return holds[arg.index]
    if kind == "not":
        return not tree_holds(arg, holds)
    if kind == "all":
        return all(tree_holds(child, holds) for child in arg)
    if kind == "some":
        need, children = arg
        return sum(tree_holds(child, holds) for child in children) >= need
    return any(tree_holds(child, holds) for child in arg)


def evaluate_criterion(criterion: Criterion, items: list[dict], excluded: bool) -> Verdict:
    """One criterion's verdict and witnesses from the evidence items."""
    by_topic: dict[str, list[dict]] = {}
    for item in items:
        by_topic.setdefault(item["topic"], []).append(item)
    return _evaluate(criterion, by_topic, excluded)


def _evaluate(criterion: Criterion, by_topic: dict[str, list[dict]], excluded: bool) -> Verdict:
    tree = criterion.tree
    results = {leaf.index: leaf_result(leaf, by_topic) for leaf in tree.leaves}
    witnesses = {index: ids for index, (ids, _) in results.items()}
    if excluded:
        return Verdict("not_applicable", witnesses)
    holds = {index: ok for index, (_, ok) in results.items()}
    return Verdict("pass" if tree_holds(tree.root, holds) else "fail", witnesses)


def evaluate(catalogue: Catalogue, items: list[dict], excluded: set[str]) -> dict[str, Verdict]:
    """Every criterion of the catalogue, by id."""
    by_topic: dict[str, list[dict]] = {}
    for item in items:
        by_topic.setdefault(item["topic"], []).append(item)
    return {c.id: _evaluate(c, by_topic, c.id in excluded) for c in catalogue.criteria}


def cross_check(catalogue: Catalogue, facts, firings, findings: list[dict]) -> list[str]:
    """Recompute every criterion with the reference evaluator; a disagreement becomes an error.

    Runs after the rules have fired and the findings are built. For each
    criterion whose verdict — or whose witnesses, the evidence it cites —
    differs between durable_rules and this evaluator, the finding's result
    becomes ``error``, its ``engine_result`` keeps what the rules said, and
    its ``error`` text gives both verdicts. The report then says the decision
    is not valid (``overall.valid`` false), and ``cmm assess`` exits 5.
    Returns the ids of the criteria in disagreement.
    """
    reference = evaluate(catalogue, facts.counted_items, facts.excluded)  # copies count once, as for the rules
    disagreeing = []
    for finding in findings:
        cid = finding["criterion"]
        fired = firings.verdicts.get(cid, [])
        if len(fired) != 1:  # the finding already says the engine misfired
            continue
        mine = reference[cid]
        differences = []
        if mine.result != fired[0]:
            differences.append(f"durable_rules decided {fired[0]}, the reference evaluator {mine.result}")
        engine_witnesses = firings.witnesses.get(cid, {})
        for leaf in catalogue.by_id[cid].tree.leaves:
            theirs, ours = engine_witnesses.get(leaf.index, []), mine.witnesses[leaf.index]
            if theirs != ours:
                differences.append(f"condition {leaf.path}: durable_rules counted "
                                   f"[{', '.join(theirs)}], the reference evaluator [{', '.join(ours)}]")
        if not differences:
            continue
        disagreeing.append(cid)
        finding["engine_result"] = finding["result"]
        finding["result"] = "error"
        finding["missing"] = []
        finding["error"] = ("the rule engine and the reference evaluator disagree, so neither result is trusted: "
                            + "; ".join(differences))
    return disagreeing

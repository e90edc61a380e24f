"""Relations between evidence items: one item ``refers_to`` others.

A verification record refers to the improvement action it verifies; a
root-cause analysis refers to the complaint it analyses. A leaf can ask for

* ``referred_by: {…}`` — count only the items that some item meeting these
  conditions refers to ("at least 3 complaints with a root-cause analysis");
* ``lacking: {…}`` — count the items that *no* such item refers to; under
  ``not`` this says "no improvement action lacks a verification record".

Both are joins that durable_rules performs: every reference in the bundle
becomes a small ``ref`` fact ``{from, to}``, and the relation's rule matches
three facts together — the item (``x``), a reference to it (``r``) and the
referring item (``y``) meeting its own conditions. durable_rules cannot join
on a list member (``$iany`` with a reference to another fact is refused), so
the references are facts of their own.
"""
from __future__ import annotations

RELATIONS = ("referred_by", "lacking")


def relation(spec: dict) -> tuple[str, dict] | None:
    """``(kind, conditions of the referring item)`` of a leaf, or None."""
    for kind in RELATIONS:
        if kind in spec:
            return kind, spec[kind]
    return None


def ref_facts(items: list[dict]) -> list[dict]:
    """One ``ref`` fact per reference in the bundle, in bundle order."""
    out = []
    for item in items:
        for target in item.get("refers_to", []):
            out.append({"type": "ref", "id": f"#ref/{item['id']}/{target}", "from": item["id"], "to": target})
    return out


def join_rule(item_expression: dict, partner_expression: dict) -> list[dict]:
    """The durable_rules ``all`` of a relation: the item, a reference to it, the referring item."""
    partner = dict(partner_expression)
    # the join first: after an $or (a partner of several kinds) durable_rules 2.0.28 loses it and
    # lets any referring item that meets the tests stand for the one the reference names
    partner["$and"] = [{"id": {"r": "from"}}] + list(partner_expression["$and"])
    return [{"x": item_expression},
            {"r": {"$and": [{"type": "ref"}, {"to": {"x": "id"}}]}},
            {"y": partner}]


def describe(kind: str, partner_words: str) -> str:
    """``that an approved record of topic 'x' refers to`` / ``that no … refers to``."""
    partner_words = partner_words.removeprefix("at least one ")
    if kind == "referred_by":
        return f"each referred to by {_article(partner_words)}"
    return f"that no {partner_words} refers to"


def _article(words: str) -> str:
    return ("an " if words[:1] in "aeiou" else "a ") + words


def partners_of(items: list[dict], target: str) -> list[str]:
    """Ids of the items that refer to ``target`` (for words and the reference evaluator)."""
    return [i["id"] for i in items if target in i.get("refers_to", [])]

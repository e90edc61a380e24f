"""Registers: a 'none of' check over a topic needs the register that lists it.

"No complaint open beyond 30 days" is proven by nothing when the bundle
simply leaves complaints out. The catalogue therefore names, for such a
topic, the register that lists every item of it and the counts its summary
states (``register: {topic, summary: {name: where}}``). The register item's
summary is compared with the itemised items: a count that differs — the
register admits what the items leave out, or contradicts them — makes the
register disagree (``summary_agrees`` false, said in a caution), and a
missing one fails the criterion like any missing evidence. The criteria
that look for the absence of such items require an agreeing register
(checked when the catalogue is loaded).
"""
from __future__ import annotations

from .conditions import parse, why_not
from .errors import InputError

AGREES = "summary_agrees"


def check_registers(items: list[dict], topics: dict, date: str, counted: set[str], cautions: list[dict]) -> None:
    """Set ``summary_agrees`` on every register item (in its attributes), saying why where it does not.

    ``counted`` are the ids the rules see (copies left out).
    """
    for topic, register, counts in summaries(items, topics, date, counted):
        for item in items:
            if item["topic"] != register["topic"]:
                continue
            attributes = dict(item.get("attributes", {}))
            wrong = []
            for name, n in counts.items():
                stated = attributes.get(name)
                if stated is None:
                    wrong.append(f"states no {name} (the items of topic '{topic}' give {n})")
                elif stated != n or isinstance(stated, bool):
                    more = "admits what the items leave out" if isinstance(stated, (int, float)) and stated > n \
                        else "contradicts the items"
                    wrong.append(f"states {name} = {stated!r} but the items of topic '{topic}' give {n}: it {more}")
            attributes[AGREES] = not wrong
            item["attributes"] = attributes
            if wrong:
                cautions.append({"evidence": item["id"], "message": f"register {item['id']} "
                                 + "; ".join(wrong)})


def summaries(items: list[dict], topics: dict, date: str, counted: set[str] | None = None):
    """``(topic, register spec, {summary name: count})`` for every registered topic, from the itemised items."""
    out = []
    for topic, spec in sorted(topics.items()):
        register = spec.get("register")
        if not register:
            continue
        listed = [i for i in items if i["topic"] == topic and (counted is None or i["id"] in counted)]
        counts = {}
        for name, where in register["summary"].items():
            leaf = parse({"evidence": {"topic": topic, "where": where}}).leaves[0]
            counts[name] = sum(1 for i in listed if not why_not(leaf, i, date))
        out.append((topic, register, counts))
    return out


def catalogue_problems(catalogue) -> None:
    """Refuse a criterion that checks the absence of a registered topic's items without its agreeing register."""
    for c in catalogue.criteria:
        for leaf in c.tree.leaves:
            register = catalogue.topics.get(leaf.topic, {}).get("register")
            if not leaf.negated or not register:
                continue
            needs = register["topic"]
            if not any(not other.negated and other.topic == needs
                       and other.spec.get("where", {}).get(AGREES) == {"eq": True} for other in c.tree.leaves):
                raise InputError(f"criterion {c.id}: condition {leaf.path} requires that no such item of topic"
                                 f" {leaf.topic!r} exists, which only its register can show: it must also require"
                                 f" evidence of topic {needs!r} with {AGREES}: {{eq: true}}",
                                 file=c.source, line=c.line)
            if needs not in catalogue.topics:
                raise InputError(f"topic {leaf.topic!r}: its register topic {needs!r} is not in the catalogue",
                                 file=c.source)

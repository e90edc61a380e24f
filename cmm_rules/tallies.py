"""Tallies: how often the item that defines something was measured, counted from its measurements.

(Or by how many distinct others it was taken up: ``distinct_by`` may name an attribute of the referring
items, such as the peers that learned a recognised practice after it was recognised.)

"Managed by numbers" means one defined indicator followed over several
periods. Counting the distinct quarters of a sub-domain's measurements alone
lets four indicators measured once each, or figures that refer to no
definition, stand in for that. So a topic declares a tally
(``tallies: {quarters_measured: {referred_by: indicator_measurement,
distinct_by: period.quarter, max_age_days: 460}}``), and the facts stage
computes it on every item of the topic: the number of distinct periods
(of that grain) among the items of the ``referred_by`` topic that refer to
it, are recent enough (their age is that of the period they measure) and
measure a period that ended on or after the day the definition was issued —
a target set after the figures were known manages nothing. A declared value
is replaced, and said in a caution when it differs.
"""
from __future__ import annotations

from . import measures

def computed(items: list[dict], topics: dict, counted: set[str], cautions: list[dict]) -> None:
    """Set every tally attribute on the items of the topics that declare tallies (in their attributes)."""
    tallied = {name: spec["tallies"] for name, spec in topics.items() if spec.get("tallies")}
    if not tallied:
        return
    referring: dict[str, list[dict]] = {}
    for item in items:
        if item["id"] in counted:
            for ref in item.get("refers_to", []):
                referring.setdefault(ref, []).append(item)
    for item in items:
        for name, spec in sorted(tallied.get(item["topic"], {}).items()):
            n = len(_periods(item, referring.get(item["id"], []), spec))
            attributes = dict(item.get("attributes", {}))
            declared = attributes.get(name)
            if declared is not None and declared != n:
                cautions.append({"evidence": item["id"], "message": f"{item['id']} declares {name} = {declared!r},"
                                 f" but the items of topic '{spec['referred_by']}' that refer to it give {n}:"
                                 f" {n} is used"})
            attributes[name] = n
            item["attributes"] = attributes


def _periods(item: dict, referrers: list[dict], spec: dict) -> set[str]:
    """The distinct keys (periods of a grain, or values of an attribute) of the referrers that count."""
    by = spec.get("distinct_by", "period")
    since = item.get("issued")
    keys = set()
    for other in referrers:
        if other["topic"] != spec["referred_by"]:
            continue
        age = other.get("_age_days")
        if "max_age_days" in spec and (age is None or not 0 <= age <= spec["max_age_days"]):
            continue
        if by == "period" or by.startswith("period."):  # a period that ended since this item was issued
            if "_period" not in other or (since is not None and other["_period_end"] < since):
                continue
        elif since is not None and other.get("issued", "") < since:  # an attribute: on items dated since
            continue
        key = measures.distinct_key(other, by)  # what distinct_by counts, as a condition's distinct_by does
        if key is not None:
            keys.add(key)
    return keys


def catalogue_problems(topics: dict) -> list[str]:
    """What makes a ``tallies`` declaration unusable: an undeclared or non-integer attribute, an unknown topic."""
    problems = []
    for name, topic in sorted(topics.items()):
        attributes = topic.get("attributes") or {}
        for tally, spec in sorted(topic.get("tallies", {}).items()):
            where = f"topic {name!r}, tallies.{tally}"
            if attributes.get(tally, {}).get("type") != "integer":
                problems.append(f"{where}: {tally!r} must be declared as an integer attribute")
            if spec["referred_by"] not in topics:
                problems.append(f"{where}: referred_by names unknown topic {spec['referred_by']!r}")
    return problems

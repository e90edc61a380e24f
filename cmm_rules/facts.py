"""Stage 3 — facts: turn a validated bundle into the facts the rules see.

Everything relative to time is computed here, from the *assessment date*
written in the bundle (never from the clock): each evidence fact carries its
age in days, whether it has expired and whether its approval was given by
that date. Rules then compare plain numbers and booleans, which keeps them
single-fact conditions that durable_rules evaluates quickly.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import money, periods, tallies, targets
from .attachments import AttachmentCheck, check_attachments
from .catalogue import Catalogue
from .errors import InputError
from .load import Document, load_file
from .registers import AGREES, check_registers
from .substance import duplicate_groups, is_placeholder, item_placeholders, normalised, repeated_titles
from .validate import bundle_problems, parse_date, raise_first


@dataclass
class Exclusion:
    criterion: str
    justification: str
    expires: str | None
    approved_by: str | None
    honoured: bool
    reason: str  # why it is or is not honoured


@dataclass
class Facts:
    """One bundle, ready for the engine."""

    doc: Document
    organisation: dict
    assessment: dict
    date: str
    items: list[dict]                      # bundle items + derived ``_age_days``, ``_approved``, ``_expired``,
                                           # ``_period`` (canonical key) and ``_period_end`` for metrics with a period
    evidence_facts: list[dict]             # what durable_rules sees
    exclusions: list[Exclusion] = field(default_factory=list)
    attachments: list[AttachmentCheck] = field(default_factory=list)  # every attachment, hashed from disk
    duplicates: list[list[str]] = field(default_factory=list)  # ids of items identical but for their id; first kept
    cautions: list[dict] = field(default_factory=list)        # {evidence, message}: what a reviewer should know

    @property
    def counted_items(self) -> list[dict]:
        """The items the rules see: every item but the copies of another (identical but for the id)."""
        copies = {eid for group in self.duplicates for eid in group[1:]}
        return [item for item in self.items if item["id"] not in copies] if copies else self.items

    @property
    def excluded(self) -> set[str]:
        return {e.criterion for e in self.exclusions if e.honoured}



def load_bundle(path, catalogue: Catalogue, max_bytes: int | None = None, today: dt.date | None = None) -> Facts:
    """Load, validate and turn the bundle at ``path`` into facts.

    ``path`` may also be a bundle already loaded (a :class:`Document`): one
    file is then parsed once and assessed under several catalogues
    (``cmm catalogue impact``). ``today`` bounds the assessment date (the day
    it runs unless given). A bundle that is mostly placeholders is refused
    here, after validation.
    """
    doc = path if isinstance(path, Document) else load_file(path, max_bytes=max_bytes)
    raise_first(bundle_problems(doc, catalogue, today))
    facts = build_facts(doc, catalogue)
    refuse_placeholders(facts, catalogue)
    return facts


def build_facts(doc: Document, catalogue: Catalogue | None = None) -> Facts:
    """Derive the facts of a bundle that has passed :func:`bundle_problems`.

    With the ``catalogue``, durations are computed from the dates items
    record, copies of an item count once, exclusions are weighed against the
    catalogue's policy and the bundle's own evidence, and placeholders are
    noted per item.
    """
    data = doc.data
    date_text = data["assessment"]["date"]
    try:
        date = parse_date(date_text)
    except ValueError:
        raise InputError(f"{date_text!r} is not a real calendar date", file=doc.path, where="$.assessment.date",
                         line=doc.line_of("$.assessment.date")) from None
    topics = catalogue.topics if catalogue is not None else {}
    duplicates = duplicate_groups(data["evidence"])
    copies = {eid for group in duplicates for eid in group[1:]}
    cautions = [{"evidence": eid, "message": f"{eid} is a copy of {group[0]} (identical but for its id): counted once"}
                for group in duplicates for eid in group[1:]]
    items, facts = [], []
    by_id = {raw["id"]: raw for raw in data["evidence"]}
    for raw in data["evidence"]:
        items.append(derived_item(raw, date, topics.get(raw["topic"]), cautions, by_id))
        for place in item_placeholders(raw):
            cautions.append({"evidence": raw["id"], "message": f"{raw['id']} holds a placeholder, not content: {place}"})
    tallies.computed(items, topics, {raw["id"] for raw in data["evidence"]} - copies, cautions)
    for raw, item in zip(data["evidence"], items):
        if raw["id"] in copies:
            continue  # the rules see one of identical items
        fact = {"type": "evidence", "id": raw["id"], "topic": raw["topic"], "kind": raw["kind"],
                "approved": item["_approved"], "expired": item["_expired"]}
        if "_age_days" in item:
            fact["age_days"] = item["_age_days"]
        for key in ("value", "unit"):
            if key in raw:
                fact[key] = raw[key]
        if "_period" in item:
            fact["period_key"] = item["_period"]
            if "_period_end" in item:
                fact["period_end"] = item["_period_end"]
        if "value" in raw:  # money in its currency's base unit: 500 万元 is 5000000 CNY to every rule
            fact["value"], unit = money.canonical(raw["value"], raw.get("unit"))
            if unit is not None:
                fact["unit"] = unit
        for name, value in item.get("attributes", {}).items():
            fact.update(typed_attribute(name, value))
        facts.append(fact)
    if any(spec.get("register") for spec in topics.values()):
        counted = {f["id"] for f in facts}
        check_registers(items, topics, date_text, counted, cautions)
        for fact, item in zip(facts, (i for i in items if i["id"] in counted)):
            fact.update(typed_attribute(AGREES, item["attributes"][AGREES]) if AGREES in item.get("attributes", {}) else {})
    for title, n in repeated_titles(data["evidence"]).items():
        same = [i["id"] for i in data["evidence"] if normalised(i["title"]) == title]
        cautions += [{"evidence": eid, "message": f"{eid} shares its title with {n - 1} other items: one title"
                      " repeated across items says nothing about each"} for eid in same]
    exclusions = [weigh_exclusion(raw, date, items, catalogue) for raw in data.get("exclusions", [])]
    return Facts(doc=doc, organisation=data["organisation"], assessment=data["assessment"], date=date_text,
                 items=items, evidence_facts=facts, exclusions=exclusions, attachments=check_attachments(doc),
                 duplicates=duplicates, cautions=cautions)


def refuse_placeholders(facts: Facts, catalogue: Catalogue) -> None:
    """Refuse a bundle most of whose items are placeholders: there is nothing to assess."""
    flagged = {c["evidence"] for c in facts.cautions if "holds a placeholder" in c["message"]}
    total = len(facts.items)
    if total and len(flagged) / total > catalogue.policy["placeholder_share"]:
        examples = [c["message"].split(": ", 1)[1] for c in facts.cautions if "holds a placeholder" in c["message"]][:3]
        raise InputError(f"{len(flagged)} of {total} evidence items hold placeholders instead of content"
                         f" ({'; '.join(examples)} …): more than {catalogue.policy['placeholder_share']:.0%}"
                         " of the bundle says nothing, so it is not assessed", file=facts.doc.path, where="$.evidence")


def weigh_exclusion(raw: dict, date: dt.date, items: list[dict], catalogue: Catalogue | None) -> Exclusion:
    """Whether an exclusion is honoured, and why.

    It is not when it has expired, when nobody approved it, when it has no
    expiry or one further than the catalogue allows, when its justification
    says nothing (repeated characters, ``n/a``, ``不适用`` alone), or when the
    bundle's own evidence contradicts it: items of the topics the criterion
    relies on are present, so the criterion applies.
    """
    expires = raw.get("expires")
    reasons = []
    if expires and parse_date(expires) < date:
        reasons.append(f"expired on {expires}, before the assessment date {date.isoformat()}")
    if catalogue is not None:
        if not (raw.get("approved_by") or "").strip() or is_placeholder(raw["approved_by"]):
            reasons.append("no approver named (approved_by)")
        limit = catalogue.policy["exclusion_max_days"]
        if not expires:
            reasons.append("no expiry date: an exclusion is granted for a time")
        elif (parse_date(expires) - date).days > limit:
            reasons.append(f"expires on {expires}, more than {limit} days after the assessment date")
        if _says_nothing(raw["justification"]):
            reasons.append(f"the justification {raw['justification'][:40]!r} says nothing")
        criterion = catalogue.by_id.get(raw["criterion"])
        if criterion is not None:
            relied = {leaf.topic for leaf in criterion.tree.leaves if not leaf.negated}
            present = [i["id"] for i in items if i["topic"] in relied]
            if present:
                reasons.append(f"the bundle's own evidence contradicts it: {', '.join(present[:5])}"
                               f"{' …' if len(present) > 5 else ''} {'is' if len(present) == 1 else 'are'} of the"
                               f" topics the criterion relies on")
    if reasons:
        honoured, reason = False, "; ".join(reasons)
    else:
        honoured, reason = True, "justified" + (f", valid until {expires}" if expires else "")
    return Exclusion(raw["criterion"], raw["justification"], expires, raw.get("approved_by"), honoured, reason)


def _says_nothing(text: str) -> bool:
    """A justification of filler: placeholders, or under four distinct characters once trimmed."""
    t = normalised(text)
    stripped = re.sub(r"[\s\W_]+", "", t)
    return is_placeholder(t) or len(set(stripped)) < 4 or all(is_placeholder(w) for w in re.split(r"[\s,;.，。；]+", t) if w)


def derived_item(raw: dict, date: dt.date, topic: dict | None = None, cautions: list | None = None,
                 by_id: dict | None = None) -> dict:
    """An evidence item with what the assessment date makes of it: ``_approved``
    (approval given by that date), ``_age_days`` (when dated), ``_expired``,
    ``_assessment_date`` itself, the period's key and end, and the topic's
    ``durations`` computed from the dates the item records and its
    ``targets`` (whether its value meets its target, held to the definition
    it refers to, found in ``by_id``) — a declared number or boolean is never
    taken as it is."""
    item = dict(raw)
    item["_assessment_date"] = date.isoformat()  # what 'days to the assessment date' counts to
    approval = raw.get("approval")
    item["_approved"] = bool(approval) and parse_date(approval["date"]) <= date
    if "issued" in raw:
        item["_age_days"] = (date - parse_date(raw["issued"])).days
    item["_expired"] = "valid_until" in raw and parse_date(raw["valid_until"]) < date
    key = periods.period_key(raw["period"]) if "period" in raw else None
    if key is not None:  # the canonical key (cmm_rules.periods) and the period's last day
        item["_period"] = key
        end = periods.bounds(key)[1]
        item["_period_end"] = end.isoformat()
        ended = (date - end).days
        if item.get("_age_days", -1) >= 0 and ended > item["_age_days"]:
            item["_age_days"] = ended  # a figure is as old as the period it measures, not its report
    if topic and topic.get("durations"):
        item["attributes"] = _durations(raw, date, topic["durations"], cautions if cautions is not None else [])
    if topic and topic.get("targets"):  # meets_target and the like: computed, never declared
        governing = targets.governing_item(raw, by_id, topic["targets"]) if by_id else None
        item["attributes"] = targets.computed(raw, item.get("attributes", {}), topic["targets"],
                                              cautions if cautions is not None else [], governing)
    return item


def _durations(raw: dict, date: dt.date, durations: dict, cautions: list) -> dict:
    """The item's attributes with each duration computed: days from ``issued`` to the ``until``
    date attribute, or to the assessment date when the item records none (still open)."""
    attributes = dict(raw.get("attributes", {}))
    for name, spec in sorted(durations.items()):
        declared = attributes.pop(name, None)
        if "issued" not in raw:
            if declared is not None:
                cautions.append({"evidence": raw["id"], "message": f"{raw['id']} declares {name} = {declared!r} but"
                                 " records no issue date to compute it from: the number is not used"})
            continue
        end = attributes.get(spec["until"])
        days = ((parse_date(end) if isinstance(end, str) else date) - parse_date(raw["issued"])).days
        attributes[name] = days
        if declared is not None and declared != days:
            cautions.append({"evidence": raw["id"], "message": f"{raw['id']} declares {name} = {declared!r}, but its"
                             f" dates give {days} (from {raw['issued']} to {end or date.isoformat()}): {days} is used"})
    return attributes


def typed_attribute(name: str, value) -> dict:
    """An attribute as typed fact properties.

    durable_rules compares loosely ('9' ≥ 10 holds, as text; 'true' equals
    true), so each attribute is stored under a property named after its type:
    ``n_`` numbers, ``b_`` booleans, ``s_`` text, ``l_`` lists, plus ``p_``
    marking that it is present. A numeric test then only ever sees numbers.
    """
    if isinstance(value, bool):
        kind = "b"
    elif isinstance(value, (int, float)):
        kind = "n"
    elif isinstance(value, list):
        kind, value = "l", [str(v) for v in value]  # list items compare as text, in rules and in words alike
    else:
        kind = "s"
    return {f"p_{name}": True, f"{kind}_{name}": value}

"""Stage 3 — facts: turn a validated bundle into the facts the rules see.

Everything relative to time is computed here, from the *assessment date*
written in the bundle (never from the clock): each evidence fact carries its
age in days, whether it has expired and whether its approval was given by
that date. Rules then compare plain numbers and booleans, which keeps them
single-fact conditions that durable_rules evaluates quickly.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .attachments import AttachmentCheck, check_attachments
from .catalogue import Catalogue
from .errors import InputError
from .load import Document, load_file
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

    @property
    def excluded(self) -> set[str]:
        return {e.criterion for e in self.exclusions if e.honoured}



def load_bundle(path, catalogue: Catalogue, max_bytes: int | None = None) -> Facts:
    """Load, validate and turn the bundle at ``path`` into facts."""
    doc = load_file(path, max_bytes=max_bytes)
    raise_first(bundle_problems(doc, catalogue))
    return build_facts(doc)


def build_facts(doc: Document) -> Facts:
    """Derive the facts of a bundle that has passed :func:`bundle_problems`."""
    data = doc.data
    date_text = data["assessment"]["date"]
    try:
        date = parse_date(date_text)
    except ValueError:
        raise InputError(f"{date_text!r} is not a real calendar date", file=doc.path, where="$.assessment.date",
                         line=doc.line_of("$.assessment.date")) from None
    items, facts = [], []
    for raw in data["evidence"]:
        item = derived_item(raw, date)
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
        for name, value in raw.get("attributes", {}).items():
            fact.update(typed_attribute(name, value))
        items.append(item)
        facts.append(fact)
    exclusions = []
    for raw in data.get("exclusions", []):
        expires = raw.get("expires")
        if expires and parse_date(expires) < date:
            honoured, reason = False, f"expired on {expires}, before the assessment date {date_text}"
        else:
            honoured, reason = True, "justified" + (f", valid until {expires}" if expires else "")
        exclusions.append(Exclusion(raw["criterion"], raw["justification"], expires, raw.get("approved_by"),
                                    honoured, reason))
    return Facts(doc=doc, organisation=data["organisation"], assessment=data["assessment"], date=date_text,
                 items=items, evidence_facts=facts, exclusions=exclusions, attachments=check_attachments(doc))


def derived_item(raw: dict, date: dt.date) -> dict:
    """An evidence item with what the assessment date makes of it: ``_approved``
    (approval given by that date), ``_age_days`` (when dated) and ``_expired``."""
    item = dict(raw)
    approval = raw.get("approval")
    item["_approved"] = bool(approval) and parse_date(approval["date"]) <= date
    if "issued" in raw:
        item["_age_days"] = (date - parse_date(raw["issued"])).days
    item["_expired"] = "valid_until" in raw and parse_date(raw["valid_until"]) < date
    if "period" in raw:
        key, end = period_key(raw["period"])
        item["_period"] = key
        if end is not None:
            item["_period_end"] = end
    return item


def period_key(period) -> tuple[str, str | None]:
    """A metric's period as its canonical key and its last day (ISO), so periods compare and count.

    ``{year: 2025}`` → ``("2025", "2025-12-31")``; ``{year: 2025, quarter: 3}`` →
    ``("2025-Q3", "2025-09-30")``; ``{year: 2025, month: 7}`` → ``("2025-07", "2025-07-31")``;
    ``{start, end}`` → ``("START/END", END)``. Legacy free text is its own key
    (trimmed) and has no known end. The combinations are checked by
    :func:`cmm_rules.validate.period_problem` before this runs.
    """
    if isinstance(period, str):
        return period.strip(), None
    if "start" in period:
        return f"{period['start']}/{period['end']}", period["end"]
    year = period["year"]
    if "quarter" in period:
        last_month = 3 * period["quarter"]
        return f"{year:04d}-Q{period['quarter']}", _month_end(year, last_month)
    if "month" in period:
        return f"{year:04d}-{period['month']:02d}", _month_end(year, period["month"])
    return f"{year:04d}", f"{year:04d}-12-31"


def _month_end(year: int, month: int) -> str:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()


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

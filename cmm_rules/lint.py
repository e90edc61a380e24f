"""``cmm catalogue lint``: what makes a catalogue unfit to rate against.

Loading already refuses what the engine cannot use (schema violations,
duplicate ids, unknown topics, sub-domains or domains). Lint adds what makes
a rating unfair or unreadable: empty domain × sub-domain × level cells and
skipped levels, missing or swapped translations, a criterion repeating
another's conditions, contradictory tests, 'none of' checks that undated
evidence would escape, and conditions that can never be met — checked by
firing each criterion's witness evidence through the engine.
"""
from __future__ import annotations

import json
import re

from .catalogue import Catalogue
from .engine import Engine
from .facts import build_facts
from .findings import build_findings
from .load import Document
from .operators import ATTRIBUTE_TESTS, COMPARISONS
from .scoring import is_points
from .witness import NoWitness, bundle_meeting

_CJK = re.compile(r"[\u4e00-\u9fff]")


def lint(catalogue: Catalogue) -> tuple[list[str], list[str]]:
    """Return (problems, notes). Problems make ``cmm catalogue lint`` exit 2."""
    problems: list[str] = []
    notes: list[str] = []
    _cells(catalogue, problems)
    _translations(catalogue, problems)
    _repeats(catalogue, problems)
    _contradictions(catalogue, problems)
    _undated_escapes(catalogue, problems)
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
            tests = dict(leaf.spec.get("where", {}))
            if "value" in leaf.spec:
                tests["(value)"] = {k: v for k, v in leaf.spec["value"].items() if k != "unit"}
            for name, test in tests.items():
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


def _undated_escapes(catalogue: Catalogue, problems: list[str]) -> None:
    """A 'none of' condition with a freshness limit is blind to undated items: their topic must be dated."""
    for c in catalogue.criteria:
        for leaf in c.tree.leaves:
            if leaf.negated and "max_age_days" in leaf.spec and not catalogue.topics[leaf.topic].get("dated"):
                problems.append(f"{c.id} {leaf.path}: undated evidence of topic '{leaf.topic}' would escape this"
                                f" 'none of' check; declare the topic `dated: true`")


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

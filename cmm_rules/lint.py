"""``cmm catalogue lint``: what makes a catalogue unfit to rate against.

Loading already refuses what the engine cannot use (schema violations,
duplicate ids, unknown topics, sub-domains or domains). Lint adds what makes
a rating unfair or unreadable: empty domain × sub-domain × level cells and
skipped levels, missing or swapped translations, a criterion repeating
another's conditions, contradictory tests, and conditions that can never be met — checked by
firing each criterion's witness evidence through the engine.
"""
from __future__ import annotations

import json
import re

from . import measures, money, relations
from .catalogue import Catalogue
from .engine import Engine
from .facts import build_facts
from .findings import build_findings
from .load import Document
from .operators import ATTRIBUTE_TESTS, BUILTIN_DATES, COMPARISONS, where_attributes
from .scoring import is_points
from .traceability import uncovered_phrases
from .witness import NoWitness, bundle_meeting

_CJK = re.compile(r"[\u4e00-\u9fff]")


def lint(catalogue: Catalogue) -> tuple[list[str], list[str]]:
    """Return (problems, notes). Problems make ``cmm catalogue lint`` exit 2."""
    problems: list[str] = []
    notes: list[str] = []
    _cells(catalogue, problems)
    _traceability(catalogue, problems, notes)
    _translations(catalogue, problems)
    _repeats(catalogue, problems)
    _contradictions(catalogue, problems)
    _across_items(catalogue, problems)
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


def _traceability(catalogue: Catalogue, problems: list[str], notes: list[str]) -> None:
    """When a catalogue splits its star descriptions into phrases, every criterion must say which
    phrase it tests and every phrase must be tested at its own level: otherwise a star could be
    awarded without one of the practices its description names. Catalogues without phrases skip this."""
    phrases = catalogue.phrases
    seen: set[str] = set()
    for lvl, text in catalogue.levels.items():
        for p in text.get("phrases", []):
            if p["id"] in seen:
                problems.append(f"phrase {p['id']} is declared twice")
            seen.add(p["id"])
            if p["id"].split(".")[0] != str(lvl):
                problems.append(f"phrase {p['id']} is listed under level {lvl}; its id must start with {lvl}.")
    if not phrases:
        stray = [c.id for c in catalogue.criteria if c.implements]
        if stray:
            problems.append(f"{stray[0]} cites phrases but the catalogue's levels declare none"
                            + (f" (and {len(stray) - 1} more criteria)" if len(stray) > 1 else ""))
        return
    for c in catalogue.criteria:
        if not c.implements:
            problems.append(f"{c.id} cites no star phrase: add implements: [phrase ids]")
        for pid in c.implements:
            if pid not in phrases:
                problems.append(f"{c.id} implements unknown phrase {pid!r} (known: {', '.join(phrases)})")
            elif phrases[pid]["level"] > c.level:
                problems.append(f"{c.id} is a level-{c.level} criterion citing the level-{phrases[pid]['level']}"
                                f" phrase {pid}: a criterion may carry a lower phrase further, not a higher one")
    for pid in uncovered_phrases(catalogue):
        p = phrases[pid]
        notes.append(f"gap: phrase {pid} ({p['en']}) has no level-{p['level']} criterion that implements it")


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
            for name, test in _tests_of(leaf.spec).items():
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


def _tests_of(spec: dict) -> dict[str, dict]:
    """Every set of bounds and attribute tests in a condition, named as lint reports them."""
    tests = dict(where_attributes(spec.get("where", {})))
    if "value" in spec:
        tests["(value)"] = {k: v for k, v in spec["value"].items() if k != "unit"}
    if "days_between" in spec:
        tests["(days_between)"] = {k: v for k, v in spec["days_between"].items() if k in COMPARISONS}
    agg = spec.get("aggregate")
    if agg:
        tests["(aggregate)"] = {k: v for k, v in agg.items() if k in COMPARISONS}
        tests.update({f"{name} (share)": test for name, test in _tests_of({"where": agg["share"]}).items()}
                     if "share" in agg else {})
    related = relations.relation(spec)
    if related:
        tests.update({f"{name} ({related[0]})": test for name, test in _tests_of(related[1]).items()})
    return tests


def _across_items(catalogue: Catalogue, problems: list[str]) -> None:
    """Language v2 written so that it cannot mean what it says: a distinct count of one, a share
    beyond 0–100 %, a trend that always holds, money where there is no currency, a date
    difference of a date with itself, and attributes the topic does not declare."""
    for c in catalogue.criteria:
        for leaf in c.tree.leaves:
            where = f"{c.id} {leaf.path}"
            spec = leaf.spec
            by = spec.get("distinct_by")
            if by and leaf.at_least == 1:
                problems.append(f"{where}: distinct_by {by} with at_least 1 changes nothing; say how many distinct"
                                " values are needed")
            agg = spec.get("aggregate", {})
            kind = next((k for k in measures.AGGREGATES if k in agg), None)
            bounds = {k: v for k, v in agg.items() if k in COMPARISONS}
            if kind in ("share", "ratio") and any(not 0 <= v <= 100 for v in bounds.values()):
                problems.append(f"{where}: a {kind} is a percentage from 0 to 100; {_bounds_text(bounds)} is not")
            if kind in ("rises", "falls") and all(COMPARISONS[op].holds(0, v) for op, v in bounds.items()):
                verb = "rose" if kind == "rises" else "fell"
                problems.append(f"{where}: {kind} {_bounds_text(bounds)} is met by a series that never {verb};"
                                " ask for at least 1")
            if "unit" in agg and (kind not in ("sum", "min", "max") or agg[kind] != "value"):
                problems.append(f"{where}: aggregate unit {agg['unit']!r} applies to a sum, min or max of the"
                                " metric value (attributes carry no unit)")
            elif "unit" in agg and not money.is_money(agg["unit"]):
                problems.append(f"{where}: aggregate unit {agg['unit']!r} is not a currency this catalogue language"
                                f" knows ({', '.join(sorted({code for code, _ in money.UNITS.values()}))})")
            for part in [spec] + ([relations.relation(spec)[1]] if relations.relation(spec) else []):
                days = part.get("days_between")
                if days and days["from"] == days.get("to", "assessment"):
                    problems.append(f"{where}: days_between from {days['from']} to itself is always 0")
            names = set()
            if by and not by.startswith("period"):
                names.add(by)
            names.update(n for n in ([agg.get(kind)] if kind in ("sum", "min", "max", "rises", "falls") else
                                     agg.get("ratio", [])) if n and n != "value")
            if "days_between" in spec:
                names.update(n for n in (spec["days_between"]["from"], spec["days_between"].get("to", "assessment"))
                             if n not in BUILTIN_DATES)
            declared = catalogue.topics[leaf.topic].get("attributes")
            for name in sorted(names - set(declared or names)):
                problems.append(f"{where}: topic '{leaf.topic}' declares no attribute {name!r}"
                                f" (it declares: {', '.join(sorted(declared))})")


def _bounds_text(bounds: dict) -> str:
    return " and ".join(f"{COMPARISONS[op].symbol} {v}" for op, v in bounds.items())


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

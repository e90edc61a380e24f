"""Stage 5 — findings: what the rules decided, tied to the evidence.

A finding takes its result from the verdict rule that fired for the
criterion and its citations from the leaf rules' witnesses. For every
condition it says what was required, what was found (evidence ids), and —
when the condition is unmet — why, in words, including the items of the
right topic that came close and what disqualified each of them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .catalogue import Catalogue, Criterion
from . import measures, relations
from .conditions import Leaf, describe_leaf, why_not
from .facts import Facts

if TYPE_CHECKING:  # the engine (a C extension) is imported only where rules fire
    from .engine import Firings

def build_findings(catalogue: Catalogue, facts: Facts, firings: Firings) -> list[dict]:
    """One finding per criterion, in catalogue order."""
    by_topic: dict[str, list[dict]] = {}
    facts_by_id = {item["id"]: item for item in facts.items}
    for item in facts.items:
        by_topic.setdefault(item["topic"], []).append(item)
    exclusions = {e.criterion: e for e in facts.exclusions if e.honoured}
    findings = [_finding(c, facts, firings, by_topic, exclusions, catalogue.topics, facts_by_id) for c in catalogue.criteria]
    ignored = {e.criterion: e for e in facts.exclusions if not e.honoured}
    for finding in findings:  # an exclusion that no longer applies is said where the reader looks
        if finding["criterion"] in ignored:
            finding["exclusion_ignored"] = (f"the bundle's exclusion is not honoured: {ignored[finding['criterion']].reason};"
                                            " the criterion is assessed as usual")
    return findings


def _finding(criterion: Criterion, facts: Facts, firings: Firings, by_topic, exclusions, topics, facts_by_id) -> dict:
    fired = firings.verdicts.get(criterion.id, [])
    if len(fired) == 1:
        result, error = fired[0], None
    else:
        result, error = "error", f"the engine fired {len(fired)} verdicts ({', '.join(fired) or 'none'}) instead of one"
    witnesses = firings.witnesses.get(criterion.id, {})
    conditions, cited, against, missing, cautions = [], [], [], [], []
    for leaf in criterion.tree.leaves:
        found = witnesses.get(leaf.index, [])
        counted = measures.count(leaf.spec, [facts_by_id[i] for i in found]) if "distinct_by" in leaf.spec else len(found)
        measure = firings.measures.get((criterion.id, leaf.index))
        unknown = measure is not None and measure.value is None
        measured = measure is None or measures.meets(measure.value, leaf.spec["aggregate"]) or (unknown and leaf.negated)
        enough = counted >= leaf.at_least and measured
        if leaf.spec.get("every"):  # every item of the topic must count
            enough = enough and len(found) == len(by_topic.get(leaf.topic, []))
        met = enough != leaf.negated
        text = _leaf_text(leaf, topics, facts.date)
        entry = {"path": leaf.path, "requires": ("none: " if leaf.negated else "") + text,
                 "required": leaf.at_least, "found": counted, "evidence": found, "met": met}
        if measure is not None:
            entry["measure"] = measures.describe_measure(leaf.spec, measure)
        related = relations.relation(leaf.spec)
        partners = firings.partners.get((criterion.id, leaf.index), {})
        if related and related[0] == "referred_by":
            cited.extend(p for eid in found for p in partners.get(eid, []))
        if leaf.negated:
            against.extend(found)
            unchecked = _unchecked(leaf, by_topic.get(leaf.topic, []), found, facts.date)
            if unchecked:
                entry["unchecked"] = [eid for eid, _ in unchecked]
                cautions.extend(f'{eid} counts against "none: {text}" because it could not be checked: '
                                f'it {"; ".join(reasons)}' for eid, reasons in unchecked)
        else:
            cited.extend(found)
        if not met:
            if leaf.negated and related and related[0] == "lacking":
                partner = _leaf_text(Leaf(0, "", related[1]), topics, facts.date).removeprefix("at least one ")
                entry["why"] = [f"{eid} has no {partner} referring to it" for eid in found]
                missing.extend(entry["why"])
            elif leaf.negated and unknown:
                entry["why"] = [f"{entry['measure']}; a 'none of' check that cannot be evaluated counts against the criterion"]
                missing.append(f"{text}: {entry['why'][0]}")
            elif leaf.negated:
                unsure = dict(unchecked)
                entry["why"] = [f"{eid} counts against it" + (f" (it could not be checked: it {'; '.join(unsure[eid])})"
                                                              if eid in unsure else "") for eid in found]
                missing.append(f"{text}: must not exist, but {', '.join(found)} {'does' if len(found) == 1 else 'do'}")
            elif measure is not None and counted >= leaf.at_least:
                entry["why"] = [entry["measure"]]
                missing.append(f"{text}: {entry['measure']}")
            else:
                near = [(item["id"], why_not(leaf, item, facts.date) or _unrelated(related, topics, facts.date))
                        for item in by_topic.get(leaf.topic, []) if item["id"] not in found]
                entry["why"] = [f"{eid} {'; '.join(reasons)}" for eid, reasons in near if reasons]
                if "distinct_by" in leaf.spec:
                    have = (f"found {counted} distinct {measures.distinct_noun(leaf.spec['distinct_by'], counted)}"
                            + (f" among {', '.join(found)}" if found else ""))
                else:
                    have = f"found {counted}" + (f" ({', '.join(found)})" if found else "")
                missing.append("no " + text.removeprefix("at least one ") if not found and leaf.at_least == 1
                               else f"{text}: {have}")
                for eid, reasons in near:
                    if reasons:
                        missing.append(f"{eid} does not count: it {'; '.join(reasons)}")
        conditions.append(entry)
    finding = {
        "criterion": criterion.id,
        "domain": criterion.domain,
        "subdomain": criterion.subdomain,
        "level": criterion.level,
        "clause": criterion.clause,
        "title": criterion.title,
        "result": result,
        "evidence": _unique(cited) if result != "not_applicable" else [],
        "counter_evidence": _unique(against),
        "conditions": conditions,
        "missing": missing if result == "fail" else [],
        "cautions": cautions,
        "interpretation": criterion.interpretation,
    }
    if result == "not_applicable":
        exclusion = exclusions[criterion.id]
        finding["exclusion"] = {"justification": exclusion.justification, "expires": exclusion.expires,
                                "approved_by": exclusion.approved_by}
        finding["missing"] = []
    if error:
        finding["error"] = error
    return finding


def _unrelated(related, topics: dict, date: str) -> list[str]:
    """Why an item that passes a relation leaf's own tests did not count: nothing refers to it."""
    if not related or related[0] != "referred_by":
        return []
    return [f"is referred to by no {_leaf_text(Leaf(0, '', related[1]), topics, date).removeprefix('at least one ')}"]


_NO_DATA = ("has no issue date", "records no ", "has no measured value")


def _unchecked(leaf, items: list[dict], found: list[str], date: str) -> list[tuple[str, list[str]]]:
    """Items counted against a 'none of' condition because they lack the data it tests.

    An undated open complaint cannot be shown to lie outside "no complaint in
    the last year", so the rules count it against the criterion (fail
    closed); the reviewer is told which items these are and what they lack.
    This only explains; the verdict is the rules'.
    """
    out = []
    for item in items:
        if item["id"] not in found:
            continue
        reasons = why_not(leaf, item, date)
        if reasons and all(r.startswith(_NO_DATA) for r in reasons):
            out.append((item["id"], reasons))
    return out


_DATE = "\x00assessment-date\x00"


def _leaf_text(leaf, topics: dict, date: str) -> str:
    """``describe_leaf(leaf, topics, date)``, from a template kept on the leaf.

    The words of a condition depend on the assessment date only where the
    date is written into them, so each leaf is described once with a
    placeholder and the date is substituted per bundle. The first use checks
    the template against a direct description; a leaf whose words depend on
    the date in any other way is always described directly.
    """
    template = leaf.__dict__.get("_text_template")
    if template is None:
        direct = describe_leaf(leaf, topics, date)
        try:
            template = describe_leaf(leaf, topics, _DATE)
        except Exception:  # noqa: BLE001 - the date is used as a date: no template
            template = False
        if template is not False and template.replace(_DATE, date) != direct:
            template = False
        leaf.__dict__["_text_template"] = template
        return direct
    if template is False or not date:
        return describe_leaf(leaf, topics, date)
    return template.replace(_DATE, date)


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))

"""Claims vs evidence: what each finding rests on, and the two modes.

Every finding states its *basis*:

* ``claimed`` — the bundle says so;
* ``documented`` — each requirement is met by items backed by an attached
  document that passed the checks (present, its declared sha256 matching,
  non-empty, of the type its name says, not the bundle, and not a file
  already counted for another item);
* ``verified`` — each requirement is met by items an assessor confirmed
  (``assess(..., verified={ids})``).

A requirement with ``at_least: N`` has the basis that N of its witnesses
share; ``all`` takes the weakest of its parts, ``any`` the strongest part
that is met, ``some`` (k of n) the basis k of its met parts share, and a
``none of`` part proves an absence and adds nothing.

*Screening* (the default) rates as before and labels the basis. In
*certification* mode a criterion is never awarded on claims alone: a pass
whose basis is ``claimed`` becomes a fail that names what is only claimed. A
criterion the catalogue marks ``requires_document`` is treated so in every
mode. Like an integrity failure, this acts on the rules' verdict afterwards
and keeps it as ``engine_result``.
"""
from __future__ import annotations

from .attachments import VERIFIED as HASH_VERIFIED
from .catalogue import Catalogue

CLAIMED, DOCUMENTED, VERIFIED = "claimed", "documented", "verified"
BASES = (CLAIMED, DOCUMENTED, VERIFIED)
MODES = ("screening", "certification")
_RANK = {b: i for i, b in enumerate(BASES)}


def item_bases(facts, verified: set[str] | frozenset = frozenset()) -> tuple[dict[str, str], list[dict]]:
    """Each evidence id's basis, and cautions for files attached to more than one item.

    One file (by content) documents the first item that carries it, and only
    that one: three training records that attach the same sign-in sheet are one
    documented record and two claims, and minutes attached to a plan and to a
    budget are the plan's. An honest bundle attaches each item its own extract.
    """
    first_use: dict[str, str] = {}  # sha256 → evidence id of its first use
    documented: set[str] = set()
    cautions = []
    for check in facts.attachments:
        if check.status != HASH_VERIFIED:
            continue
        owner = first_use.setdefault(check.sha256, check.evidence)
        if owner != check.evidence:
            cautions.append({"evidence": check.evidence, "message": f"attachment {check.path} of {check.evidence} is"
                             f" the same file as the one attached to {owner}: one document counts for one item,"
                             f" so it documents {owner} only"})
            continue
        documented.add(check.evidence)
    bases = {}
    for item in facts.items:
        eid = item["id"]
        bases[eid] = VERIFIED if eid in verified else DOCUMENTED if eid in documented else CLAIMED
    return bases, cautions


def finding_basis(criterion, finding: dict, bases: dict[str, str]) -> str:
    """The basis of one finding, from the witnesses of each of its conditions."""
    conditions = finding["conditions"]

    def walk(node) -> int | None:
        kind, arg = node
        if kind == "leaf":
            if arg.negated:
                return None
            found = conditions[arg.index]["evidence"]
            ranks = sorted((_RANK[bases.get(eid, CLAIMED)] for eid in found), reverse=True)
            return ranks[arg.at_least - 1] if len(ranks) >= arg.at_least else None
        if kind == "not":
            return None
        if kind == "some":  # at least k of n: the basis k of its met parts share
            need, children = arg
            ranks = sorted((r for r in (walk(child) for child in children) if r is not None), reverse=True)
            return ranks[need - 1] if len(ranks) >= need else (ranks[-1] if ranks else None)
        parts = [r for r in (walk(child) for child in arg) if r is not None]
        if not parts:
            return None
        return min(parts) if kind == "all" else max(parts)

    rank = walk(criterion.tree.root)
    return BASES[rank] if rank is not None else CLAIMED


def apply_basis(catalogue: Catalogue, findings: list[dict], bases: dict[str, str], mode: str) -> None:
    """Label every finding's basis; where claims alone may not pass, turn the pass into a fail that says why."""
    for finding in findings:
        criterion = catalogue.by_id[finding["criterion"]]
        basis = finding_basis(criterion, finding, bases)
        finding["basis"] = basis
        if finding["result"] != "pass" or basis != CLAIMED:
            continue
        if mode == "certification" or criterion.requires_document:
            why = "certification mode awards no criterion on claims alone" if mode == "certification" \
                else "the catalogue requires an attached document for this criterion"
            claimed = [eid for eid in finding["evidence"] if bases.get(eid, CLAIMED) == CLAIMED]
            finding["engine_result"] = "pass"
            finding["result"] = "fail"
            finding["missing"] = [f"only claimed: {', '.join(claimed) or 'nothing'} "
                                  f"{'has' if len(claimed) == 1 else 'have'} no attached document that passed the"
                                  f" checks and no assessor's verification ({why})"]


def basis_section(findings: list[dict], mode: str) -> dict:
    """The report's ``basis``: the mode, how the passing findings rest, and the share of claims."""
    passing = [f for f in findings if f["result"] == "pass"]
    counts = {b: sum(f["basis"] == b for f in passing) for b in BASES}
    claimed = [f["criterion"] for f in findings if f.get("engine_result", f["result"]) == "pass" and f["basis"] == CLAIMED]
    return {"mode": mode, "passing": counts,
            "claimed_share": round(counts[CLAIMED] / len(passing), 4) if passing else 0.0,
            "only_claimed": claimed}

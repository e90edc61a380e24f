"""Stage 6 — roll-up: findings into star levels, staged as CMMI rates (the default policy).

A catalogue may choose the points policy instead (:mod:`cmm_rules.scoring`).

* a sub-domain reaches level L when every applicable criterion at levels
  1..L passes (a fail or an error at any of those levels stops it);
* a level whose criteria are all excluded is not awarded: exclusions never
  raise a level, they only keep an inapplicable criterion from blocking;
* a domain's level is the lowest of its sub-domains, the overall stars the
  lowest of the domains.

Besides the staged levels, each domain gets an ISO/IEC 33020 style profile
(N / P / L / F achievement per level) for a reader who wants to see how far
a provider is from the next step, and each sub-domain names what blocks it.
"""
from __future__ import annotations

from .catalogue import Catalogue

LEVELS = (1, 2, 3, 4, 5)


def achievement(passed: int, applicable: int) -> str | None:
    """ISO/IEC 33020 rating of a share: N ≤15 %, P ≤50 %, L ≤85 %, F above."""
    if applicable == 0:
        return None
    share = passed / applicable
    if share <= 0.15:
        return "N"
    if share <= 0.50:
        return "P"
    if share <= 0.85:
        return "L"
    return "F"


def domain_profile(domain: str, findings: list[dict]) -> dict:
    """The domain's ISO/IEC 33020 achievement at each level: passed / applicable and its rating."""
    profile = {}
    for lvl in LEVELS:
        applicable = [f for f in findings if f["domain"] == domain and f["level"] == lvl
                      and f["result"] != "not_applicable"]
        passed = sum(f["result"] == "pass" for f in applicable)
        profile[str(lvl)] = {"passed": passed, "applicable": len(applicable),
                             "rating": achievement(passed, len(applicable))}
    return profile


def roll_up(catalogue: Catalogue, findings: list[dict]) -> dict:
    """Levels per sub-domain, domain and overall, with what blocks each."""
    by_cell: dict[tuple, list[dict]] = {}
    for f in findings:
        by_cell.setdefault((f["domain"], f["subdomain"], f["level"]), []).append(f)
    domains = []
    for domain in catalogue.domains:
        subdomains = []
        for sub in domain.subdomains:
            level, blockers, reason = 0, [], None
            for lvl in LEVELS:
                cell = by_cell.get((domain.code, sub["code"], lvl), [])
                applicable = [f for f in cell if f["result"] != "not_applicable"]
                not_met = [f["criterion"] for f in applicable if f["result"] != "pass"]
                if not cell:
                    reason = f"the catalogue has no level-{lvl} criterion here"
                elif not applicable:
                    reason = f"every level-{lvl} criterion is excluded; a level is never awarded on exclusions alone"
                elif not_met:
                    blockers = not_met
                    reason = f"{len(not_met)} level-{lvl} criteri{'on' if len(not_met) == 1 else 'a'} not met"
                if reason:
                    break
                level = lvl
            subdomains.append({
                "code": sub["code"], "name": sub["name"], "level": level,
                "next_level": level + 1 if level < 5 else None,
                "blocked_by": blockers, "blocked_because": reason,
            })
        domains.append({
            "code": domain.code, "clause": domain.clause, "name": domain.name,
            "level": min(s["level"] for s in subdomains),
            "subdomains": subdomains, "profile": domain_profile(domain.code, findings),
        })
    overall = min(d["level"] for d in domains) if domains else 0
    limiting = [d["code"] for d in domains if d["level"] == overall] if overall < 5 else []  # nothing limits 5 stars
    counts = {r: sum(f["result"] == r for f in findings) for r in ("pass", "fail", "not_applicable", "error")}
    return {"overall": {"stars": overall, "limited_by": limiting, "counts": counts}, "domains": domains}

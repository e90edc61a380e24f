"""What every report format shares: labels, cleaning untrusted text, and the views derived from a report.

The renderers are pure functions of the report dict that
:func:`cmm_rules.report.build_report` returns; what they have in common
(the bilingual labels, the grid cells, the gap list) is computed here once so
that no two formats can disagree about it.
"""
from __future__ import annotations

import re

from ..scoring import points_text

RESULT_LABEL = {
    "pass": ("通过", "Pass"),
    "fail": ("未通过", "Fail"),
    "not_applicable": ("不适用", "Not applicable"),
    "error": ("错误", "Error"),
}
STATUS_LABEL = {
    "verified": ("已核验", "verified"),
    "not_declared": ("未声明摘要", "no sha256 declared"),
    "mismatch": ("摘要不符", "sha256 mismatch"),
    "missing": ("缺失", "missing"),
    "unreadable": ("无法读取", "unreadable"),
}
LEVELS = (1, 2, 3, 4, 5)
#: The register's evidence-check statuses and review states (``report["review"]``, from ``cmm register report``).
CHECK_LABEL = {
    "verified": ("已核实", "verified"),
    "not_verified": ("未核实", "not verified"),
    "rejected": ("不予采信", "rejected"),
}
STATE_LABEL = {
    "open": ("评审中", "being assessed"),
    "submitted": ("待复核", "awaiting sign-off"),
    "returned": ("已退回", "returned"),
    "signed_off": ("已复核签发", "signed off"),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(value) -> str:
    """Text for output: a string, with control characters (never valid in XML) removed."""
    return _CONTROL.sub("", "" if value is None else str(value))


def cells_by_level(report: dict) -> dict[tuple[str, str, int], list[dict]]:
    """The findings of each grid cell: (domain, sub-domain, level) → findings."""
    out: dict[tuple[str, str, int], list[dict]] = {}
    for f in report["findings"]:
        out.setdefault((f["domain"], f["subdomain"], f["level"]), []).append(f)
    return out


def cell_result(findings: list[dict]) -> str:
    """One colour for a grid cell: error beats fail beats pass; all excluded is n/a; none is empty."""
    results = {f["result"] for f in findings}
    if not results:
        return "empty"
    for result in ("error", "fail", "pass"):
        if result in results:
            return result
    return "not_applicable"


def gaps(report: dict) -> list[dict]:
    """What each sub-domain must show to reach its next level.

    One entry per sub-domain below level 5 naming the criteria that block
    its next level and, for each, what is missing (the findings' ``missing``
    text, or the error). The sub-domains that hold the overall rating down
    (at the overall level, in a limiting domain) come first, flagged; the
    rest follow in catalogue order.
    """
    findings = {f["criterion"]: f for f in report["findings"]}
    out = []
    for d in report["domains"]:
        for s in d["subdomains"]:
            if not s["next_level"]:
                continue
            blockers = []
            for cid in s["blocked_by"]:
                f = findings.get(cid)
                if f is None:
                    continue
                if f["result"] == "error":
                    needs = [f.get("error", "the finding is an error")]
                else:
                    needs = f["missing"] or ["the criterion is not met"]
                blockers.append({"criterion": cid, "title": f["title"], "result": f["result"], "needs": needs})
            out.append({"domain": d["code"], "subdomain": s["code"], "name": s["name"], "level": s["level"],
                        "next_level": s["next_level"], "because": s["blocked_because"], "blockers": blockers,
                        "limits_overall": d["code"] in report["overall"]["limited_by"]
                        and s["level"] == report["overall"]["stars"]})
    return sorted(out, key=lambda g: not g["limits_overall"])  # what raises the overall rating comes first


def evidence_by_id(report: dict) -> dict[str, dict]:
    """The report's evidence entries by id."""
    return {e["id"]: e for e in report.get("evidence", [])}


def score_summary(score: dict) -> dict[str, str]:
    """The lines every format shows about a points score (English; each format adds its Chinese labels)."""
    bands = " · ".join(f"{lvl}★ ≥{points_text(score['bands'][str(lvl)])}" for lvl in LEVELS)
    if score["voided"]:
        outcome = "voided by a veto: 0 stars"
    elif score["stars"] < score["band_stars"]:
        outcome = f"capped by a veto at {score['stars']} star{'s' if score['stars'] != 1 else ''}"
    else:
        outcome = f"{score['stars']} star{'s' if score['stars'] != 1 else ''}"
    return {"total": f"{points_text(score['total'])} / {points_text(score['scale'])}",
            "band": f"{score['band_stars']} star{'s' if score['band_stars'] != 1 else ''}",
            "outcome": outcome, "bands": bands}


def veto_text(veto: dict) -> str:
    effect = "voids the rating" if veto["effect"] == "void" else f"caps the rating at {veto['cap']} stars"
    return f"{veto['criterion']} ({veto['result']}) {effect}"


def score_rows(score: dict) -> list[dict]:
    """One row per scored criterion, with its domain and indicator: what each earned of what it could."""
    rows = []
    for d in score["domains"]:
        for ind in d["indicators"]:
            for c in ind["criteria"]:
                basis = {"criterion": "all or nothing", "assessor": "assessor's award",
                         "per_item": f"{points_text(c.get('per_item'))} per item × {c.get('items')}"}[c["basis"]]
                rows.append({"domain": d["code"], "domain_weight": points_text(d["weight"]),
                             "domain_score": points_text(d["score"]), "indicator": f"{d['code']}-{ind['code']}",
                             "indicator_weight": points_text(ind["weight"]), "indicator_score": points_text(ind["score"]),
                             "indicator_points": f"{points_text(ind['earned'])}/{points_text(ind['possible'])}",
                             "criterion": c["criterion"], "result": c["result"], "basis": basis,
                             "points": f"{points_text(c['earned'])}/{points_text(c['possible'])}", "note": c.get("note", "")})
    return rows


def score_facts(score: dict) -> tuple[list[tuple[str, str]], dict[str, dict], dict[str, str]]:
    """A points score as name/value pairs for machine formats (JUnit properties, OSCAL props):
    the overall ones, each criterion's row of :func:`score_rows`, and each domain's weighted score."""
    summary = score_summary(score)
    overall = [("score_total", summary["total"]), ("score_band", summary["band"]), ("score_rating", summary["outcome"])]
    overall += [("score_veto", veto_text(v)) for v in score["vetoes"]]
    rows = score_rows(score)
    return overall, {r["criterion"]: r for r in rows}, {r["domain"]: r["domain_score"] for r in rows}

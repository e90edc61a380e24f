"""NIST OSCAL assessment-results JSON: observations for the evidence, findings for the criteria."""
from __future__ import annotations

import json
import uuid
from urllib.parse import quote

from .common import clean, evidence_by_id, score_facts

#: The OSCAL release whose assessment-results schema the output is tested against (tests/data).
OSCAL_VERSION = "1.2.1"
_NS = "https://cmm-rules.invalid/ns/oscal"
_UUID_NS = uuid.UUID("6f1c1b1e-5d0c-4f7e-9d55-2c3b7a0f1e00")


def _uuid(*parts) -> str:
    return str(uuid.uuid5(_UUID_NS, "/".join(clean(p) for p in parts)))


def to_oscal(report: dict) -> str:
    """NIST OSCAL assessment-results JSON: one result, observations for the evidence, findings for the criteria.

    UUIDs are name-based (uuid5 over the decision id), times are the
    assessment date at midnight UTC: the same decision exports the same bytes.
    """
    p = report["provenance"]
    did = p["decision_id"]
    when = f"{clean(report['assessment']['date'])}T00:00:00Z"
    evidence = evidence_by_id(report)
    score = report.get("score")
    score_overall, score_of, domain_score = score_facts(score) if score else ([], {}, {})
    review = report.get("review")
    overrides = {o["criterion"]: o for o in review["overrides"]} if review else {}
    observations, obs_of = [], {}
    for eid, e in evidence.items():
        obs_of[eid] = _uuid(did, "observation", eid)
        relevant = [{"href": "#" + quote(clean(a["path"])), "description": clean(
            f"attachment {a['path']} sha256 {a['sha256'] or 'missing'} ({a['status']})")} for a in e["attachments"]]
        obs = {"uuid": obs_of[eid], "title": clean(eid), "description": clean(e.get("title", "")) or clean(eid),
               "props": [{"name": "topic", "ns": _NS, "value": clean(e.get("topic", ""))},
                         {"name": "kind", "ns": _NS, "value": clean(e.get("kind", ""))}],
               "methods": ["EXAMINE"], "collected": when}
        if relevant:
            obs["relevant-evidence"] = relevant
        observations.append(obs)
    findings = []
    for f in report["findings"]:
        state = "satisfied" if f["result"] in ("pass", "not_applicable") else "not-satisfied"
        reason = {"pass": "pass", "fail": "fail"}.get(f["result"], "other")
        remarks = {"fail": "; ".join(f["missing"]), "error": f.get("error", ""),
                   "not_applicable": "not applicable: " + f.get("exclusion", {}).get("justification", "")}.get(
            f["result"], "")
        status = {"state": state, "reason": reason}
        if remarks:
            status["remarks"] = clean(remarks)
        finding = {
            "uuid": _uuid(did, "finding", f["criterion"]),
            "title": clean(f"{f['criterion']} {f['title']['en']}"),
            "description": clean(f"{f['title']['zh']} / {f['title']['en']} (level {f['level']},"
                                 f" clause {f['clause']})"),
            "props": [{"name": "result", "ns": _NS, "value": f["result"]},
                      {"name": "level", "ns": _NS, "value": str(f["level"])}],
            "target": {"type": "objective-id", "target-id": clean(f["criterion"]), "status": status},
        }
        row = score_of.get(f["criterion"])
        if row:  # what the criterion earned under a points roll-up
            finding["props"].append({"name": "points", "ns": _NS, "value": clean(f"{row['points']} ({row['basis']})")})
        o = overrides.get(f["criterion"])
        if o:  # the register's override, beside the machine result the finding states
            finding["props"] = finding.get("props", []) + [
                {"name": "final-result", "ns": _NS, "value": o["final"]},
                {"name": "override-reason", "ns": _NS, "value": o["reason_code"]}]
            finding["remarks"] = clean(f"Machine {o['machine']}, final {o['final']}: {o['reason']}"
                                       f" ({o['by']}, {o['at']}): {o['rationale']}")
        related = [{"observation-uuid": obs_of[e]} for e in f["evidence"] + f.get("counter_evidence", [])
                   if e in obs_of]
        if related:
            finding["related-observations"] = related
        findings.append(finding)
    result = {
        "uuid": _uuid(did, "result"),
        "title": clean(f"{report['organisation']['name']} — {report['overall']['stars']} / 5 stars"),
        "description": clean(f"Assessment {report['assessment']['id']} against {p['catalogue']['model']}"
                             f" (catalogue v{p['catalogue']['version']}); overall {report['overall']['stars']} stars;"
                             f" decision {'valid' if report['overall'].get('valid', True) else 'NOT valid'}."),
        "start": when,
        "props": [{"name": "decision-id", "ns": _NS, "value": did},
                  {"name": "overall-stars", "ns": _NS, "value": str(report["overall"]["stars"])}]
        + ([{"name": "final-stars", "ns": _NS, "value": str(review["final_stars"])},
            {"name": "review-state", "ns": _NS, "value": review["state"]}] if review else [])
        + [{"name": name.replace("_", "-"), "ns": _NS, "value": clean(value)} for name, value in score_overall]
        + [{"name": "domain-score", "ns": _NS, "class": clean(code), "value": clean(value)}
           for code, value in sorted(domain_score.items())],
        "reviewed-controls": {"control-selections": [{"include-all": {}}]},
        "observations": observations,
        "findings": findings,
    }
    if not observations:
        del result["observations"]
    doc = {"assessment-results": {
        "uuid": _uuid(did, "assessment-results"),
        "metadata": {"title": clean(f"cmm-rules assessment {report['assessment']['id']}"),
                     "last-modified": when, "version": clean(p["versions"].get("cmm-rules", "")),
                     "oscal-version": OSCAL_VERSION},
        "import-ap": {"href": "#" + quote(clean(report["assessment"]["id"]))},
        "results": [result],
    }}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

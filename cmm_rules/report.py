"""Stage 7 — report: the decision, its findings and its provenance.

The JSON report is the record of a decision. It is built in a fixed order
and serialised the same way every time (no clock, no machine paths, stable
key order, two-space indent), so that the same catalogue and evidence give
the same bytes, and carries the digests that let anyone replay it.
"""
from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from .catalogue import Catalogue
from .facts import Facts

REPORT_VERSION = "1.0"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def tool_versions() -> dict:
    return {"cmm-rules": _version("cmm-rules"), "durable_rules": _version("durable_rules")}


def canonical(value) -> bytes:
    """Canonical JSON bytes (sorted keys, no spaces) for digests."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def provenance(catalogue: Catalogue, facts: Facts) -> dict:
    versions = tool_versions()
    bundle_sha = hashlib.sha256(facts.doc.raw).hexdigest()
    basis = {
        "catalogue_digest": catalogue.digest,
        "bundle_sha256": bundle_sha,
        "versions": versions,
        "assessment_date": facts.date,
    }
    return {
        "decision_id": hashlib.sha256(canonical(basis)).hexdigest(),
        "assessment_date": facts.date,
        "catalogue": {
            "model": catalogue.model["id"],
            "version": catalogue.version,
            "interpretation": catalogue.model["interpretation"],
            "digest": catalogue.digest,
            "files": [{"name": n, "sha256": catalogue.files[n]} for n in sorted(catalogue.files)],
        },
        "bundle": {"file": Path(facts.doc.path).name, "sha256": bundle_sha},
        "versions": versions,
    }


def build_report(catalogue: Catalogue, facts: Facts, findings: list[dict], rolled: dict) -> dict:
    exclusions = [{"criterion": e.criterion, "honoured": e.honoured, "status": e.reason,
                   "justification": e.justification, "expires": e.expires, "approved_by": e.approved_by}
                  for e in facts.exclusions]
    used = {eid for f in findings for eid in f["evidence"] + f["counter_evidence"]}
    return {
        "report_version": REPORT_VERSION,
        "organisation": facts.organisation,
        "assessment": facts.assessment,
        "overall": rolled["overall"],
        "domains": rolled["domains"],
        "findings": findings,
        "exclusions": exclusions,
        "unused_evidence": [item["id"] for item in facts.items if item["id"] not in used],
        "provenance": provenance(catalogue, facts),
    }


def to_json(report: dict) -> str:
    """The report as the bytes we promise to reproduce."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ text


def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


_MARK = {"pass": "PASS", "fail": "FAIL", "not_applicable": "N/A ", "error": "ERR "}


def to_text(report: dict, verbose: bool = False) -> str:
    """A terminal summary: stars, domain levels, what blocks, then findings."""
    org, overall = report["organisation"], report["overall"]
    c = overall["counts"]
    lines = [
        f"{org['name']} ({org['id']}) — assessment {report['assessment']['id']} on {report['assessment']['date']}",
        f"Overall: {stars(overall['stars'])}  {overall['stars']} star{'s' if overall['stars'] != 1 else ''}"
        f"  (limited by {', '.join(overall['limited_by'])})",
        f"Findings: {c['pass']} pass, {c['fail']} fail, {c['not_applicable']} not applicable, {c['error']} error",
        "",
    ]
    for d in report["domains"]:
        lines.append(f"{d['code']}  {d['name']['zh']} {d['name']['en']}: level {d['level']}")
        for s in d["subdomains"]:
            block = ""
            if s["next_level"]:
                block = f" — level {s['next_level']} blocked: {s['blocked_because']}"
                if s["blocked_by"]:
                    block += f" ({', '.join(s['blocked_by'])})"
            lines.append(f"    {d['code']}-{s['code']}  {s['name']['zh']}: {s['level']}{block}")
    lines.append("")
    lines.append("Findings")
    for f in report["findings"]:
        title = f["title"]["zh"] + " / " + f["title"]["en"]
        cites = f" [{', '.join(f['evidence'])}]" if f["evidence"] else ""
        lines.append(f"  {_MARK[f['result']]} {f['criterion']} L{f['level']} {title}{cites}")
        if f["result"] == "fail" and (verbose or True):
            for miss in f["missing"]:
                lines.append(f"         - {miss}")
        if f["result"] == "not_applicable":
            lines.append(f"         - excluded: {f['exclusion']['justification']}")
        if f["result"] == "error":
            lines.append(f"         - {f.get('error', 'error')}")
    for e in report["exclusions"]:
        if not e["honoured"]:
            lines.append(f"  Exclusion of {e['criterion']} not honoured: {e['status']}")
    p = report["provenance"]
    lines += ["", f"Catalogue {p['catalogue']['model']} v{p['catalogue']['version']} ({p['catalogue']['digest'][:12]}),"
              f" decision {p['decision_id'][:16]}"]
    return "\n".join(lines) + "\n"

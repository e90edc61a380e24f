"""Stage 7 — report: the decision, its findings and its provenance.

The JSON report is the record of a decision. It is built in a fixed order
and serialised the same way every time (no clock, no machine paths, stable
key order, two-space indent), so that the same catalogue and evidence give
the same bytes, and carries the digests that let anyone replay it.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import orjson

from .attachments import AttachmentCheck, integrity_section
from .basis import basis_section
from .catalogue import Catalogue
from .facts import Facts

REPORT_VERSION = "1.0"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=1)
def _versions() -> tuple[tuple[str, str], ...]:
    return (("cmm-rules", _version("cmm-rules")), ("durable_rules", _version("durable_rules")))


def tool_versions() -> dict:
    """Versions recorded in every report; looked up once per process (they cannot change while it runs)."""
    return dict(_versions())


def canonical(value) -> bytes:
    """Canonical JSON bytes (sorted keys, no spaces) for digests."""
    try:  # orjson gives these very bytes about ten times faster
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # integers beyond 64 bits
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def attachment_files(checks: list[AttachmentCheck]) -> list[dict]:
    """Every attachment file once, sorted by path: its sha256 and size as read from disk."""
    files: dict[str, dict] = {}
    for check in checks:
        files.setdefault(check.path, {"path": check.path, "sha256": check.sha256, "bytes": check.bytes})
    return [files[p] for p in sorted(files)]


def decision_basis(catalogue_digest: str, bundle_sha256: str, attachments: list[dict], versions: dict,
                   assessment_date: str, mode: str = "screening", as_of: str | None = None,
                   verified: list[str] | None = None) -> dict:
    """Everything a decision depends on; the decision id is the sha256 of its canonical JSON.

    The mode, the ``--as-of`` day and the assessor-verified ids enter only
    when they differ from the defaults, so that reports made before they
    existed keep their decision ids.
    """
    basis = {
        "catalogue_digest": catalogue_digest,
        "bundle_sha256": bundle_sha256,
        "attachments": [[a["path"], a["sha256"]] for a in attachments],
        "versions": versions,
        "assessment_date": assessment_date,
    }
    if mode != "screening":
        basis["mode"] = mode
    if as_of:
        basis["as_of"] = as_of
    if verified:
        basis["verified"] = verified
    return basis


def outcome_digest(report: dict) -> str:
    """sha256 of everything the report decides (all of it but ``provenance``).

    Stored as ``provenance.outcome_sha256`` it seals the record: ``cmm verify``
    recomputes it to tell a hand-edited report from a changed input. The
    register's ``review`` section (``cmm register report``) is left out too:
    it is what people made of the machine decision afterwards, sealed by
    their signatures and the register's log, not by the machine's seal.
    """
    return _sha256(canonical({k: v for k, v in report.items() if k not in ("provenance", "review")}))


def provenance(catalogue: Catalogue, facts: Facts, mode: str = "screening", as_of: str | None = None,
               verified: list[str] | None = None) -> dict:
    """What the decision rests on: catalogue, bundle and attachment digests, versions, date, mode."""
    versions = tool_versions()
    bundle_sha = _sha256(facts.doc.raw)
    attachments = attachment_files(facts.attachments)
    basis = decision_basis(catalogue.digest, bundle_sha, attachments, versions, facts.date, mode, as_of, verified)
    extra = {"mode": mode}
    if as_of:
        extra["as_of"] = as_of
    if verified:
        extra["verified"] = verified
    return {
        "decision_id": _sha256(canonical(basis)),
        "assessment_date": facts.date,
        **extra,
        "catalogue": {
            "model": catalogue.model["id"],
            "version": catalogue.version,
            "interpretation": catalogue.model["interpretation"],
            "digest": catalogue.digest,
            "files": [{"name": n, "sha256": catalogue.files[n]} for n in sorted(catalogue.files)],
        },
        "bundle": {"file": Path(facts.doc.path).name, "sha256": bundle_sha, "bytes": len(facts.doc.raw)},
        "attachments": attachments,
        "versions": versions,
    }


_EVIDENCE_KEYS = ("id", "topic", "kind", "title", "issued", "valid_until", "approval", "value", "unit", "period")


def evidence_index(facts: Facts) -> list[dict]:
    """The evidence items as the bundle gave them (without free attributes), with their attachments' checks."""
    checks: dict[str, list[dict]] = {}
    for check in facts.attachments:
        checks.setdefault(check.evidence, []).append(
            {"path": check.path, "sha256": check.sha256, "status": check.status})
    out = []
    for item in facts.items:
        entry = {k: item[k] for k in _EVIDENCE_KEYS if k in item}
        entry["attachments"] = checks.get(item["id"], [])
        out.append(entry)
    return out


def build_report(catalogue: Catalogue, facts: Facts, findings: list[dict], rolled: dict, mode: str = "screening",
                 as_of: str | None = None, verified: list[str] | None = None) -> dict:
    """The report of one decision: no clock, no machine path, the same bytes for the same inputs."""
    exclusions = [{"criterion": e.criterion, "honoured": e.honoured, "status": e.reason,
                   "justification": e.justification, "expires": e.expires, "approved_by": e.approved_by}
                  for e in facts.exclusions]
    used = {eid for f in findings for eid in f["evidence"] + f["counter_evidence"]}
    integrity = integrity_section(facts.attachments)
    overall = dict(rolled["overall"])
    invalid = [p["problem"] for p in integrity["problems"]]
    errors = [f["criterion"] for f in findings if f["result"] == "error"]
    if errors:
        invalid.append(f"{len(errors)} finding{'s are' if len(errors) != 1 else ' is an'} error{'s' if len(errors) != 1 else ''}:"
                       f" {', '.join(errors)}")
    overall["valid"] = not invalid
    overall["invalid_because"] = invalid
    report = {
        "report_version": REPORT_VERSION,
        "organisation": facts.organisation,
        "assessment": facts.assessment,
        "overall": overall,
        "domains": rolled["domains"],
        **({"score": rolled["score"]} if "score" in rolled else {}),  # points roll-up only
        "findings": findings,
        "exclusions": exclusions,
        "integrity": integrity,
        "basis": basis_section(findings, mode),
        "cautions": facts.cautions,
        "duplicates": [{"kept": group[0], "copies": group[1:]} for group in facts.duplicates],
        "evidence": evidence_index(facts),
        "unused_evidence": [item["id"] for item in facts.items if item["id"] not in used],
        "provenance": provenance(catalogue, facts, mode, as_of, verified),
    }
    report["provenance"]["outcome_sha256"] = outcome_digest(report)
    return report


def stamp(report: dict, when: str | None = None) -> dict:
    """Add ``provenance.generated_at`` (UTC, to the second) — only when a user asks for it.

    The stamp is outside the decision id and the outcome seal, so a stamped
    report still verifies; it is the one thing that differs between runs.
    """
    if when is None:
        import datetime as dt

        when = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    report["provenance"]["generated_at"] = when
    return report


def to_json(report: dict) -> str:
    """The report as the bytes we promise to reproduce."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ text


def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


_MARK = {"pass": "PASS", "fail": "FAIL", "not_applicable": "N/A ", "error": "ERR "}


def to_text(report: dict) -> str:
    """A terminal summary: stars, domain levels, what blocks, then findings."""
    org, overall = report["organisation"], report["overall"]
    c = overall["counts"]
    lines = [
        f"{org['name']} ({org['id']}) — assessment {report['assessment']['id']} on {report['assessment']['date']}",
        f"Overall: {stars(overall['stars'])}  {overall['stars']} star{'s' if overall['stars'] != 1 else ''}"
        + (f"  (limited by {', '.join(overall['limited_by'])})" if overall["limited_by"] else ""),
        f"Findings: {c['pass']} pass, {c['fail']} fail, {c['not_applicable']} not applicable, {c['error']} error",
    ]
    if not overall.get("valid", True):
        lines.append("DECISION NOT VALID — it must not be relied on until these are resolved:")
        lines += [f"  - {reason}" for reason in overall["invalid_because"]]
    integrity = report.get("integrity")
    if integrity and integrity["attachments_checked"]:
        n = integrity["counts"]
        lines.append(f"Attachments: {integrity['attachments_checked']} checked, {n['verified']} verified,"
                     f" {n['not_declared']} without a declared sha256, {n['mismatch']} mismatched,"
                     f" {n['missing']} missing, {n['unreadable']} unreadable"
                     + "".join(f", {n[k]} {k.replace('_', ' ')}" for k in ("empty", "wrong_type", "bundle_itself")
                               if n.get(k)))
    basis = report.get("basis")
    if basis:
        p = basis["passing"]
        lines.append(f"Basis ({basis['mode']} mode): of the passing findings, {p['claimed']} rest on claims only,"
                     f" {p['documented']} on attached documents, {p['verified']} on an assessor's verification"
                     f" — claims {basis['claimed_share']:.0%}")
    for caution in report.get("cautions", []):
        lines.append(f"  ! {caution['message']}")
    if report.get("score"):
        lines += _score_text(report["score"])
    lines.append("")
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
        basis = f" ({f['basis']})" if f.get("basis") and f["result"] == "pass" else ""
        lines.append(f"  {_MARK[f['result']]} {f['criterion']} L{f['level']} {title}{cites}{basis}")
        for miss in f["missing"]:
            lines.append(f"         - {miss}")
        for caution in f.get("cautions", []):
            lines.append(f"         ! {caution}")
        if f["result"] == "not_applicable":
            lines.append(f"         - excluded: {f['exclusion']['justification']}")
        if f["result"] == "error":
            lines.append(f"         - {f.get('error', 'error')}")
        if f.get("exclusion_ignored"):
            lines.append(f"         - {f['exclusion_ignored']}")
    if report["exclusions"]:
        lines += ["", "Exclusions"]
    for e in report["exclusions"]:
        if e["honoured"]:
            lines.append(f"  honoured: {e['criterion']} ({e['status']}) — {e['justification']}")
        else:
            lines.append(f"  NOT honoured: {e['criterion']} — {e['status']}; the criterion is assessed as usual")
    lines += review_text(report)
    p = report["provenance"]
    lines += ["", f"Catalogue {p['catalogue']['model']} v{p['catalogue']['version']} ({p['catalogue']['digest'][:12]}),"
              f" decision {p['decision_id'][:16]}"]
    return "\n".join(lines) + "\n"


def _score_text(score: dict) -> list[str]:
    """The points breakdown: total, band, vetoes, then domain → indicator → criterion."""
    from .render.common import points_text, score_rows, score_summary, veto_text  # render builds on this module

    summary = score_summary(score)
    lines = [f"Score: {summary['total']} weighted, in the {summary['band']} band; rating: {summary['outcome']}",
             f"  bands: {summary['bands']}"]
    lines += [f"  veto: {veto_text(v)}" for v in score["vetoes"]]
    domain = indicator = None
    for row in score_rows(score):
        if row["domain"] != domain:
            domain = row["domain"]
            lines.append(f"  {domain} weight {row['domain_weight']}: {row['domain_score']}")
        if row["indicator"] != indicator:
            indicator = row["indicator"]
            lines.append(f"    {indicator} weight {row['indicator_weight']}: {row['indicator_points']} points,"
                         f" {row['indicator_score']}")
        lines.append(f"      {row['criterion']} {row['result']} {row['points']} {row['basis']}"
                     + (f" — {row['note']}" if row["note"] else ""))
    for award in score["assessor_points"]:
        if not award["counted"]:
            lines.append(f"  assessor's {points_text(award['points'])} points for {award['criterion']} not counted")
    return lines


def review_text(report: dict) -> list[str]:
    """The register's review, machine and final side by side (nothing when the report has none)."""
    r = report.get("review")
    if not r:
        return []
    lines = ["", f"Assessor review (register {r['register_id']}, {r['state'].replace('_', ' ')}):"
             f" machine {r['machine_stars']} stars → final {r['final_stars']} stars"]
    changed = [d for d in r["domains"] if d["machine"] != d["final"]]
    lines += [f"  domain {d['code']}: machine level {d['machine']} → final {d['final']}" for d in changed]
    for o in r["overrides"]:
        lines.append(f"  {o['criterion']}: machine {o['machine']} → final {o['final']} — {o['reason']}"
                     f" ({o['by']}, {o['at']}): {o['rationale']}")
    for c in r["checks"]:
        lines.append(f"  evidence {c['evidence']}: {c['status'].replace('_', ' ')} ({c['by']}, {c['at']})"
                     + (f": {c['note']}" if c["note"] else ""))
    for x in r["signoffs"]:
        lines.append(f"  sign-off: {x['outcome']} by {x['by']} ({x['at']}), review by {x['reviewed_by']}"
                     + ("" if x["signed"] else " — NOT signed"))
    return lines

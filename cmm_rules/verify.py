"""Replay a recorded decision and say whether it reproduces.

``cmm verify REPORT BUNDLE`` reads a JSON report written by ``cmm assess``,
assesses the bundle again with the same (or the given) catalogue, and
compares, in this order:

1. the report against itself: its decision id must be the digest of the
   provenance it carries, and its outcome seal (``provenance.outcome_sha256``)
   the digest of everything it decides — otherwise the report was edited
   after it was written;
2. the inputs: the bundle's bytes, every attachment file (by path), every
   catalogue file (by name), the versions of cmm-rules and durable_rules, and
   the assessment date;
3. the decision itself: the replayed report must equal the stored one (the
   optional ``generated_at`` stamp aside), and where it does not, the overall
   stars, validity, domain levels and finding results that differ are named.

The decision reproduces when nothing differs. Every difference is one line
that names the file (or the criterion) and the two values.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import Catalogue, catalogue_digest, load_catalogue
from .errors import InputError
from .load import load_bytes, read_bytes
from .report import canonical, decision_basis, outcome_digest
from .validate import raise_first, schema_problems

#: Reports can be larger than bundles: they repeat each finding's conditions.
REPORT_MAX_BYTES = 64 * 1024 * 1024
#: How many differing findings are named one by one before the rest are counted.
MAX_FINDINGS_NAMED = 20


@dataclass
class Verification:
    """The outcome of one replay."""

    report: dict
    replayed: dict | None
    changes: list[str] = field(default_factory=list)
    replay_error: InputError | None = None

    @property
    def reproduced(self) -> bool:
        return not self.changes and self.replay_error is None

    def summary(self) -> str:
        p = self.report["provenance"]
        head = (f"decision {p['decision_id'][:16]} ({self.report['assessment']['id']},"
                f" {self.report['overall']['stars']} stars, assessed {p['assessment_date']})")
        if self.reproduced:
            lines = [f"reproduced: {head}",
                     f"  bundle {p['bundle']['file']}, {len(p['attachments'])} attachment"
                     f"{'s' if len(p['attachments']) != 1 else ''}, {p['catalogue']['model']}"
                     f" catalogue v{p['catalogue']['version']} ({len(p['catalogue']['files'])} files),"
                     f" cmm-rules {p['versions']['cmm-rules']}, durable_rules {p['versions']['durable_rules']}"]
            if not self.report["overall"].get("valid", True):
                lines.append("  note: the decision it records is not valid: "
                             + "; ".join(self.report["overall"].get("invalid_because", [])))
            return "\n".join(lines) + "\n"
        lines = [f"NOT reproduced: {head}"]
        lines += [f"  {change}" for change in self.changes]
        if self.replay_error is not None:
            lines.append(f"  the replay stops: {self.replay_error}")
        return "\n".join(lines) + "\n"


def load_report(path: str | Path) -> dict:
    """A JSON report written by ``cmm assess --format json``, checked against its schema."""
    doc = load_bytes(read_bytes(path, REPORT_MAX_BYTES), str(path), as_json=True)
    if "provenance" not in doc.data or "report_version" not in doc.data:
        raise InputError("not a cmm-rules JSON report (no report_version or provenance);"
                         " verify needs the report written by `cmm assess --format json`", file=str(path))
    raise_first(schema_problems(doc, "report"))
    return doc.data


def verify(report_path: str | Path, bundle: str | Path, catalogue: Catalogue | str | Path | None = None,
           max_bytes: int | None = None) -> Verification:
    """Replay the decision recorded in ``report_path`` on ``bundle``.

    Raises :class:`InputError` for an unreadable report, catalogue or bundle
    when nothing else explains the failure; a replay refused *because* an
    input changed is reported as a difference instead.
    """
    from .assessment import assess

    stored = load_report(report_path)
    altered = _self_check(stored)
    if not isinstance(catalogue, Catalogue):
        catalogue = load_catalogue(catalogue)
    sp = stored["provenance"]
    inputs = _catalogue_changes(sp["catalogue"], catalogue)
    try:
        replayed = assess(bundle, catalogue, max_bytes=max_bytes, mode=sp.get("mode", "screening"),
                          as_of=sp.get("as_of"), verified=set(sp.get("verified", [])))
    except InputError as error:
        inputs += _bundle_bytes_change(sp["bundle"], bundle, max_bytes)
        if not altered and not inputs:
            raise
        return Verification(stored, None, altered + inputs, error)
    rp = replayed["provenance"]
    if rp["bundle"]["sha256"] != sp["bundle"]["sha256"]:
        inputs.append(_bundle_line(sp["bundle"], rp["bundle"]))
    inputs += _attachment_changes(sp["attachments"], rp["attachments"])
    inputs += _version_changes(sp["versions"], rp["versions"])
    if rp["assessment_date"] != sp["assessment_date"]:
        inputs.append(f"assessment date changed: {sp['assessment_date']} → {rp['assessment_date']}")
    decision = _decision_changes(stored, replayed)
    if inputs and not decision:
        decision.append(f"the decision itself is unchanged ({replayed['overall']['stars']} stars, the same findings);"
                        " only its inputs differ")
    if not altered and not inputs and not decision:
        keys = [k for k in sorted(set(sp) | set(rp)) if k not in ("generated_at", "bundle")
                and canonical(sp.get(k)) != canonical(rp.get(k))]
        if keys:
            decision.append(f"provenance differs from the replay: {', '.join(keys)}")
    return Verification(stored, replayed, altered + inputs + decision)


# --------------------------------------------------------------- comparisons


def _short(sha: str | None) -> str:
    return sha[:12] + "…" if sha else "none"


def _self_check(stored: dict) -> list[str]:
    p = stored["provenance"]
    out = []
    if catalogue_digest({f["name"]: f["sha256"] for f in p["catalogue"]["files"]}) != p["catalogue"]["digest"]:
        out.append("report altered: its catalogue digest is not the digest of the catalogue files it lists")
    basis = decision_basis(p["catalogue"]["digest"], p["bundle"]["sha256"], p["attachments"], p["versions"],
                           p["assessment_date"], p.get("mode", "screening"), p.get("as_of"), p.get("verified"))
    if hashlib.sha256(canonical(basis)).hexdigest() != p["decision_id"]:
        out.append("report altered: its decision id is not the digest of the provenance it records")
    if outcome_digest(stored) != p["outcome_sha256"]:
        out.append("report altered: what it decides no longer matches its outcome seal"
                   " (provenance.outcome_sha256); it was edited after it was written")
    return out


def _catalogue_changes(stored: dict, catalogue: Catalogue) -> list[str]:
    old = {f["name"]: f["sha256"] for f in stored["files"]}
    new = catalogue.files
    out = []
    if stored["version"] != catalogue.version:
        out.append(f"catalogue version changed: {stored['version']} → {catalogue.version}")
    for name in sorted(set(old) | set(new)):
        if name not in new:
            out.append(f"catalogue file {name} removed (was sha256 {_short(old[name])})")
        elif name not in old:
            out.append(f"catalogue file {name} added (sha256 {_short(new[name])})")
        elif old[name] != new[name]:
            out.append(f"catalogue file {name} changed: sha256 {_short(old[name])} → {_short(new[name])}")
    return out


def _bundle_line(old: dict, new: dict) -> str:
    size = f", {old['bytes']} → {new['bytes']} bytes" if "bytes" in old and "bytes" in new else ""
    return f"bundle {new['file']} changed: sha256 {_short(old['sha256'])} → {_short(new['sha256'])}{size}"


def _bundle_bytes_change(stored: dict, bundle, max_bytes) -> list[str]:
    try:
        raw = read_bytes(bundle, max_bytes)
    except InputError:
        return []
    sha = hashlib.sha256(raw).hexdigest()
    if sha == stored["sha256"]:
        return []
    return [_bundle_line(stored, {"file": Path(bundle).name, "sha256": sha, "bytes": len(raw)})]


def _attachment_changes(old_list: list[dict], new_list: list[dict]) -> list[str]:
    old = {a["path"]: a for a in old_list}
    new = {a["path"]: a for a in new_list}
    out = []
    for path in sorted(set(old) | set(new)):
        if path not in new:
            out.append(f"attachment {path} is no longer referenced by the bundle")
        elif path not in old:
            out.append(f"attachment {path} added to the bundle (sha256 {_short(new[path]['sha256'])})")
        elif old[path]["sha256"] != new[path]["sha256"]:
            if new[path]["sha256"] is None:
                out.append(f"attachment {path} changed: it is now missing or unreadable"
                           f" (was sha256 {_short(old[path]['sha256'])})")
            elif old[path]["sha256"] is None:
                out.append(f"attachment {path} changed: it was missing when assessed, now sha256"
                           f" {_short(new[path]['sha256'])}")
            else:
                out.append(f"attachment {path} changed: sha256 {_short(old[path]['sha256'])} →"
                           f" {_short(new[path]['sha256'])}, {old[path]['bytes']} → {new[path]['bytes']} bytes")
    return out


def _version_changes(old: dict, new: dict) -> list[str]:
    return [f"tool version changed: {name} {old.get(name)} → {new.get(name)}"
            for name in sorted(set(old) | set(new)) if old.get(name) != new.get(name)]


def _decision_changes(stored: dict, replayed: dict) -> list[str]:
    """What the replayed decision says differently, in words (nothing when only inputs differ)."""
    if outcome_digest(stored) == outcome_digest(replayed):
        return []
    out = []
    so, ro = stored["overall"], replayed["overall"]
    if so["stars"] != ro["stars"]:
        out.append(f"decision changed: overall stars {so['stars']} → {ro['stars']}")
    if so.get("valid") != ro.get("valid"):
        out.append(f"decision changed: validity {_valid(so)} → {_valid(ro)}")
    old_domains = {d["code"]: d for d in stored["domains"]}
    for d in replayed["domains"]:
        o = old_domains.get(d["code"])
        if o is None:
            out.append(f"decision changed: domain {d['code']} is new (level {d['level']})")
        elif o["level"] != d["level"]:
            out.append(f"decision changed: domain {d['code']} level {o['level']} → {d['level']}")
    old_findings = {f["criterion"]: f for f in stored["findings"]}
    new_findings = {f["criterion"]: f for f in replayed["findings"]}
    named = []
    for cid in list(old_findings) + [c for c in new_findings if c not in old_findings]:
        o, n = old_findings.get(cid), new_findings.get(cid)
        if o is None:
            named.append(f"finding {cid} is new ({n['result']})")
        elif n is None:
            named.append(f"finding {cid} is gone (was {o['result']})")
        elif o["result"] != n["result"]:
            named.append(f"finding {cid} {o['result']} → {n['result']}")
        elif canonical(o) != canonical(n):
            named.append(f"finding {cid} cites or explains differently (result {n['result']} unchanged)")
    for line in named[:MAX_FINDINGS_NAMED]:
        out.append(f"decision changed: {line}")
    if len(named) > MAX_FINDINGS_NAMED:
        out.append(f"decision changed: {len(named) - MAX_FINDINGS_NAMED} more findings differ")
    if not out:
        parts = [k for k in sorted(set(stored) | set(replayed)) if k != "provenance"
                 and canonical(stored.get(k)) != canonical(replayed.get(k))]
        if parts:
            out.append(f"decision changed: the report's {', '.join(parts)} differ{'s' if len(parts) == 1 else ''}"
                       " from the replay")
    return out


def _valid(overall: dict) -> str:
    return "valid" if overall.get("valid") else "not valid"

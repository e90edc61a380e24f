"""Decision packages: one zip that carries a decision and everything needed to check it offline.

``cmm register export ID -o FILE.zip`` writes:

* ``report.json`` — the machine report as registered; ``bundle/…`` — the
  bundle and its attachments (so the decision can be replayed);
* ``decision.json`` — the register's record: organisation, state, the
  final decision (machine findings + overrides, rolled up), the evidence
  checks, overrides, reviews and sign-offs with their signed statements and
  signatures, the certificate, and the public keys of everyone who signed;
* ``events.json`` — the log entries of this decision, each with its hash;
* ``manifest.json`` — the sha256 of every other file.

``cmm verify FILE.zip`` (:func:`verify_package`) checks, without the
register: every file against the manifest; the report against its own
decision id and seal; the bundle and attachments against the report's
provenance; the replay of the decision (``cmm verify``); every signature
against the signer's public key, each statement naming this decision, each
sign-off naming the review it approves and made by someone other than its
assessor; the final result recomputed from the report and the overrides;
each log entry's hash, and the reviews and sign-offs against the entries
that recorded them. ``cmm register import`` refuses a package that does not
verify.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import InputError

FORMAT = "cmm-decision-package/1"
#: Limits on what a package may hold (a package is untrusted input).
MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024


@dataclass
class PackageCheck:
    """The outcome of checking one package."""

    path: str
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        head = "package verified" if self.verified else "package NOT verified"
        lines = [f"{head}: {self.path}"]
        lines += [f"  {p}" for p in self.problems]
        lines += [f"  {f}" for f in self.facts]
        return "\n".join(lines) + "\n"


def _dump(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def export_package(session, assessment_id, path: str | Path) -> dict:
    """Write the decision package of an assessment to ``path``; return its manifest."""
    from . import service as s
    from .models import Person

    a = s.get_assessment(session, assessment_id)
    people = {p.id: p for p in session.query(Person)}
    files: dict[str, bytes] = {"report.json": s.get_blob(session, a.report_sha256),
                               f"bundle/{a.bundle_name}": s.get_blob(session, a.bundle_sha256)}
    for f in s.stored_files(session, a):
        if f.sha256 is not None:
            files[f"bundle/{f.path}"] = s.get_blob(session, f.sha256)
    reviews = [{"id": r.id, "statement": json.loads(r.statement), "signature": r.signature, "at": r.at}
               for r in session.query(s.Review).filter_by(assessment_id=a.id).order_by(s.Review.id)]
    signoffs = [{"id": x.id, "review_id": x.review_id, "outcome": x.outcome, "statement": json.loads(x.statement),
                 "signature": x.signature, "at": x.at} for x in s.signoffs(session, a)]
    signers = {r["statement"]["by"] for r in reviews} | {x["statement"]["by"] for x in signoffs}
    cert = s.certificate_for(session, a)
    decision = {
        "format": FORMAT,
        "assessment": {"organisation": a.org_id, "reference": a.reference, "decision_id": a.decision_id,
                       "mode": a.mode, "state": a.state, "catalogue_version": a.catalogue_version,
                       "bundle": a.bundle_name, "register_id": a.id},
        "final": s.final_decision(session, a),
        "reviews": reviews,
        "signoffs": signoffs,
        "certificate": None if cert is None else {
            "stars": cert.stars, "issued_on": cert.issued_on, "valid_until": cert.valid_until,
            "surveillance": json.loads(cert.surveillance), "status": cert.status, "reason": cert.status_reason},
        "people": {p.name: {"role": p.role, "public_key": p.public_key}
                   for p in people.values() if p.name in signers},
    }
    events = [{"seq": e.seq, "at": e.at, "kind": e.kind, "actor": e.actor, "assessment_id": e.assessment_id,
               "payload": e.payload, "prev_hash": e.prev_hash, "hash": e.hash} for e in s.events(session, a.id)]
    files["decision.json"] = _dump(decision)
    files["events.json"] = _dump(events)
    manifest = {"format": FORMAT, "decision_id": a.decision_id,
                "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}}
    path = Path(path)
    try:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name in sorted(files):
                z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), files[name])
            z.writestr(zipfile.ZipInfo("manifest.json", date_time=(1980, 1, 1, 0, 0, 0)), _dump(manifest))
    except OSError as exc:
        raise InputError(f"cannot write the package: {exc.strerror or exc}", file=str(path)) from None
    return manifest


def read_package(path: str | Path) -> dict[str, bytes]:
    """Every file of a package, refusing what a package never holds (links, paths leaving it, bombs)."""
    name = str(path)
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"not a decision package (a zip written by `cmm register export`): {exc}", file=name) from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES:
            raise InputError(f"the package has {len(infos)} entries, over the limit of {MAX_ENTRIES}", file=name)
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise InputError(f"the package unpacks to more than {MAX_TOTAL_BYTES} bytes", file=name)
        out = {}
        for info in infos:
            pure = PurePosixPath(info.filename)
            if pure.is_absolute() or ".." in pure.parts or "\\" in info.filename or info.is_dir():
                raise InputError(f"the package holds an entry outside it: {info.filename!r}", file=name)
            if (info.external_attr >> 16) & 0o170000 not in (0, 0o100000):
                raise InputError(f"the package entry {info.filename!r} is a link or a device", file=name)
            out[info.filename] = z.read(info)
    if "manifest.json" not in out:
        raise InputError("not a decision package: it has no manifest.json", file=name)
    return out


def verify_package(path: str | Path, catalogue=None) -> PackageCheck:
    """Check a decision package offline (see the module docstring); raises InputError if it is unreadable."""
    from ..keys import signature_valid
    from ..report import canonical
    from ..rollup import roll_up
    from ..verify import _self_check, verify
    from . import chain
    from .service import _structure

    check = PackageCheck(str(path))
    problems, facts = check.problems, check.facts
    files = read_package(path)
    try:
        manifest = json.loads(files["manifest.json"])
        listed = manifest["files"]
    except (ValueError, KeyError, TypeError):
        raise InputError("not a decision package: its manifest.json is not the one export writes", file=str(path)) from None
    if manifest.get("format") != FORMAT:
        problems.append(f"package format {manifest.get('format')!r} is not {FORMAT}")
    for name in sorted(set(files) - {"manifest.json"} - set(listed)):
        problems.append(f"file {name} is in the package but not in its manifest")
    for name, sha in sorted(listed.items()):
        if name not in files:
            problems.append(f"file {name} is listed in the manifest but missing")
        elif hashlib.sha256(files[name]).hexdigest() != sha:
            problems.append(f"file {name} was changed: its sha256 is not the manifest's")
    try:
        report = json.loads(files["report.json"])
        decision = json.loads(files["decision.json"])
        events = json.loads(files["events.json"])
        decision_id = report["provenance"]["decision_id"]
    except (KeyError, ValueError, TypeError):
        problems.append("the package lacks a readable report.json, decision.json or events.json")
        return check
    problems += _self_check(report)
    if decision["assessment"]["decision_id"] != decision_id or manifest.get("decision_id") != decision_id:
        problems.append("the package's decision id is not its report's")

    # The replay: cmm verify on the report and the bundle the package carries.
    with tempfile.TemporaryDirectory(prefix="cmm-package-") as folder:
        for name, data in files.items():
            if name.startswith("bundle/") or name == "report.json":
                target = Path(folder) / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        try:
            replay = verify(Path(folder) / "report.json", Path(folder) / "bundle" / decision["assessment"]["bundle"],
                            catalogue)
            if replay.reproduced:
                facts.append(f"replay: the decision reproduces ({report['overall']['stars']} stars by the machine)")
            else:
                problems += [f"replay: {c}" for c in replay.changes]
                if replay.replay_error:
                    problems.append(f"replay: {replay.replay_error}")
        except InputError as exc:
            problems.append(f"replay: {exc}")

    # The final decision: the report's findings with the overrides, rolled up again.
    final = decision["final"]
    overrides = {r["criterion"]: r["override"] for r in final["findings"] if r["override"]}
    machine = {f["criterion"]: f["result"] for f in report["findings"]}
    for criterion, o in overrides.items():
        if machine.get(criterion) != o["before"]:
            problems.append(f"override of {criterion} says it was {o['before']}, the report says {machine.get(criterion)}")
    rolled = roll_up(_structure(report), [dict(f, result=overrides[f["criterion"]]["after"])
                                          if f["criterion"] in overrides else f for f in report["findings"]])
    if rolled["overall"]["stars"] != final["overall"]["stars"]:
        problems.append(f"final decision: the overrides give {rolled['overall']['stars']} stars,"
                        f" the package says {final['overall']['stars']}")

    # Signatures: every review and sign-off, by the key of the person who made it.
    people = decision.get("people", {})
    reviews = {r["id"]: r for r in decision["reviews"]}

    def signed(kind: str, entry: dict) -> bool:
        st, who = entry["statement"], entry["statement"].get("by")
        if st.get("decision_id") != decision_id:
            problems.append(f"{kind} by {who} is about another decision ({str(st.get('decision_id'))[:16]})")
        key = people.get(who, {}).get("public_key")
        if not entry.get("signature"):
            problems.append(f"{kind} by {who} at {entry['at']} is not signed")
        elif not key:
            problems.append(f"{kind} by {who}: the package carries no public key for {who}")
        elif not signature_valid(key, st, entry["signature"]):
            problems.append(f"{kind} by {who} at {entry['at']}: the signature does not match what it states")
        else:
            return True
        return False

    valid = sum(signed("review", r) for r in decision["reviews"])
    for x in decision["signoffs"]:
        valid += signed(f"sign-off ({x['outcome']})", x)
        review = reviews.get(x["review_id"])
        if review is None:
            problems.append(f"sign-off by {x['statement'].get('by')} approves a review the package does not hold")
            continue
        if x["statement"].get("review_sha256") != hashlib.sha256(chain.canonical_text(review["statement"]).encode()).hexdigest():
            problems.append(f"sign-off by {x['statement'].get('by')} does not name the review it is stored with")
        if x["statement"].get("by") == review["statement"].get("by"):
            problems.append(f"four-eyes rule broken: {review['statement'].get('by')} signed off their own review")
    approved = [x for x in decision["signoffs"] if x["outcome"] == "approved"]
    if approved:
        last = approved[-1]["statement"]
        if last.get("final_stars") != final["overall"]["stars"]:
            problems.append(f"the sign-off approves {last.get('final_stars')} stars, the final decision is"
                            f" {final['overall']['stars']}")
        facts.append(f"final: {final['overall']['stars']} stars (machine {report['overall']['stars']}),"
                     f" {len(overrides)} override{'s' if len(overrides) != 1 else ''};"
                     f" signed off by {last.get('by')} after review by {last.get('reviewed_by')}")
    else:
        facts.append(f"not signed off: state {decision['assessment']['state']}")
    facts.append(f"{valid} signature{'s' if valid != 1 else ''} valid")

    # The log entries: each hash, and the signed statements as the log recorded them.
    recorded = {}
    for e in events:
        if chain.event_hash(e["seq"], e["prev_hash"], e["at"], e["kind"], e["actor"], e["assessment_id"],
                            e["payload"]) != e["hash"]:
            problems.append(f"log entry {e['seq']} ({e['kind']}) was edited: it does not match its hash")
            continue
        for row in json.loads(e["payload"]).get("rows", []):
            if "statement" in row["row"]:
                recorded[row["row"]["statement"]] = e["seq"]
    for kind, entry in [("review", r) for r in decision["reviews"]] + [("sign-off", x) for x in decision["signoffs"]]:
        if chain.canonical_text(entry["statement"]) not in recorded:
            problems.append(f"{kind} by {entry['statement'].get('by')} is not the one the register's log recorded")
    facts.append(f"{len(events)} log entries, each matching its hash")
    return check


def import_package(session, path: str | Path, actor=None, catalogue=None):
    """Add a verified package's decision to this register (refusing one that does not verify); return it."""
    from . import chain
    from . import service as s
    from .models import EvidenceCheck, Override, Review, SignOff, Certificate

    check = verify_package(path, catalogue)
    if not check.verified:
        raise s.RegisterError(f"the package does not verify, nothing imported: {check.problems[0]}")
    files = read_package(path)
    report, decision = json.loads(files["report.json"]), json.loads(files["decision.json"])
    info = decision["assessment"]
    attachments = {name.removeprefix("bundle/"): data for name, data in files.items()
                   if name.startswith("bundle/") and name != f"bundle/{info['bundle']}"}
    now = s.utc_now()
    a = s.add_assessment(session, report, files[f"bundle/{info['bundle']}"], info["bundle"], attachments, actor, now)

    def person(name: str, role: str = "assessor"):
        try:
            return s.get_person(session, name)
        except s.NotFound:
            entry = decision["people"].get(name, {})
            p = s.add_person(session, name, entry.get("role", role) if entry.get("role") != "provider" else role,
                             actor=actor, now=now)
            if entry.get("public_key"):
                s.set_public_key(session, p, entry["public_key"], actor, now)
            return p

    rows = []
    for c in decision["final"]["checks"]:
        rows.append(EvidenceCheck(assessment_id=a.id, evidence_id=c["evidence"], status=c["status"], note=c["note"],
                                  person_id=person(c["by"]).id, at=c["at"]))
    for f in decision["final"]["findings"]:
        if f["override"]:
            o = f["override"]
            rows.append(Override(assessment_id=a.id, criterion=f["criterion"], before=o["before"], after=o["after"],
                                 reason_code=o["reason_code"], rationale=o["rationale"], person_id=person(o["by"]).id,
                                 at=o["at"]))
    review_ids = {}
    for r in decision["reviews"]:
        row = Review(assessment_id=a.id, person_id=person(r["statement"]["by"]).id,
                     statement=chain.canonical_text(r["statement"]), signature=r["signature"], at=r["at"])
        session.add(row)
        session.flush()
        review_ids[r["id"]] = row.id
        rows.append(row)
    for x in decision["signoffs"]:
        rows.append(SignOff(assessment_id=a.id, review_id=review_ids[x["review_id"]],
                            person_id=person(x["statement"]["by"], "reviewer").id, outcome=x["outcome"],
                            statement=chain.canonical_text(x["statement"]), signature=x["signature"], at=x["at"]))
    cert = decision.get("certificate")
    if cert:
        rows.append(Certificate(assessment_id=a.id, org_id=a.org_id, stars=cert["stars"], issued_on=cert["issued_on"],
                                valid_until=cert["valid_until"], surveillance=json.dumps(cert["surveillance"]),
                                status=cert["status"], status_reason=cert["reason"], created_at=now, updated_at=now))
    for row in rows:
        session.add(row)
    a.state = info["state"]
    a.final_stars = decision["final"]["overall"]["stars"]
    s._touch(a, now)
    chain.append(session, "package.imported", now, s._name(actor), a.id, rows=rows + [a],
                 details={"decision_id": info["decision_id"], "from_register_id": info.get("register_id")})
    return a


def is_package(path: str | Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


__all__ = ["export_package", "verify_package", "import_package", "read_package", "is_package", "PackageCheck"]

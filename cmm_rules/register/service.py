"""The register's service layer: every change and every question, as plain functions.

Contract (the CLI and the web application both build on it; keep it stable):

* Each function takes an open SQLAlchemy ``Session`` first (from
  ``Register.session()``, one transaction) and keyword arguments after.
  Functions that change something append exactly one event to the
  hash-chained log (``chain.append``) in the same transaction, and take the
  acting :class:`Person` (``actor`` / ``person``) so the log says who did it.
  ``now`` (ISO UTC text) may be passed for reproducible tests; the clock is
  used otherwise.
* Functions that change an assessment accept ``expected_version``: the
  version the caller showed its user. When the assessment has moved on
  since, :class:`ConflictError` is raised and nothing is written; a
  concurrent writer that slips past the check is caught by the row's
  ``version`` column at commit (also :class:`ConflictError`, raised by
  ``Register.session()``).
* Errors a user can cause are :class:`RegisterError` (an ``InputError``:
  one line) — :class:`NotFound`, :class:`NotAllowed` (role, four-eyes,
  another organisation's data), :class:`ConflictError`.
* Roles: ``assessor`` checks evidence, overrides findings and submits the
  review; ``reviewer`` signs off (never an assessment they worked on) and
  issues certificates; ``admin`` may do either (the four-eyes rule still
  holds); ``provider`` belongs to one organisation and may only add and read
  that organisation's assessments (:func:`can_read`).
* The final decision of an assessment (:func:`final_decision`) is the
  machine findings of its stored report with the overrides applied, rolled
  up by :func:`cmm_rules.rollup.roll_up` — the very code that rolled up the
  machine decision.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import json
import secrets
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..errors import InputError
from ..report import canonical
from ..rollup import roll_up
from . import chain
from .errors import ConflictError, NotAllowed, NotFound, RegisterError
from .models import (CERTIFICATE_STATUSES, CHECK_STATUSES, OVERRIDE_REASONS, ROLES, ApiToken, Assessment,
                     AssessmentFile, Blob, Certificate, EvidenceCheck, Event, Organisation, Override, Person, Review,
                     SignOff)

#: A rationale shorter than this says nothing an auditor could check.
MIN_RATIONALE = 20
#: Certificates: validity and surveillance interval when the caller gives none.
DEFAULT_VALIDITY_YEARS = 3
DEFAULT_SURVEILLANCE_MONTHS = 12
ASSESSING_ROLES = ("assessor", "admin")
SIGNING_ROLES = ("reviewer", "admin")


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _today(now: str) -> str:
    return now[:10]


# ------------------------------------------------------------- organisations, people


def ensure_organisation(session: Session, org_id: str, name: str, actor: Person | None = None,
                        now: str | None = None) -> Organisation:
    """The organisation ``org_id``, created (and logged) if the register does not know it yet."""
    org = session.get(Organisation, org_id)
    if org is None:
        now = now or utc_now()
        org = Organisation(id=org_id, name=name, created_at=now)
        session.add(org)
        chain.append(session, "organisation.added", now, _name(actor), rows=[org])
    return org


def get_organisation(session: Session, org_id: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFound(f"no organisation {org_id!r} in the register")
    return org


def add_person(session: Session, name: str, role: str, org_id: str | None = None, actor: Person | None = None,
               now: str | None = None) -> Person:
    """Add a person with one role; a provider must name its organisation (and only a provider may)."""
    if role not in ROLES:
        raise RegisterError(f"unknown role {role!r}; allowed: {', '.join(ROLES)}")
    if role == "provider" and not org_id:
        raise RegisterError("a provider belongs to an organisation: give --org ORG_ID")
    if role != "provider" and org_id:
        raise RegisterError(f"only a provider belongs to an organisation, not {_article(role)} {role}")
    if not name.strip():
        raise RegisterError("a person needs a name")
    if org_id:
        get_organisation(session, org_id)
    if session.scalar(select(Person).where(Person.name == name)) is not None:
        raise RegisterError(f"there is already a person named {name!r}")
    now = now or utc_now()
    person = Person(name=name, role=role, org_id=org_id, active=True, created_at=now)
    session.add(person)
    chain.append(session, "person.added", now, _name(actor), rows=[person])
    return person


def get_person(session: Session, name_or_id: str | int) -> Person:
    """A person by name (or numeric id)."""
    person = session.scalar(select(Person).where(Person.name == str(name_or_id)))
    if person is None and str(name_or_id).isdigit():
        person = session.get(Person, int(name_or_id))
    if person is None:
        raise NotFound(f"no person {name_or_id!r} in the register (add one with `cmm register people add`)")
    return person


def list_people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.id)))


def set_public_key(session: Session, person: Person, public_key: str, actor: Person | None = None,
                   now: str | None = None) -> Person:
    """Record ``person``'s Ed25519 public key (base64 of the raw 32 bytes)."""
    now = now or utc_now()
    person.public_key = public_key
    chain.append(session, "person.key", now, _name(actor) or person.name, rows=[person])
    return person


def set_password_hash(session: Session, person: Person, password_hash: str, actor: Person | None = None,
                      now: str | None = None) -> Person:
    """Store an argon2id hash made by the caller (the web application); the log keeps only its sha256."""
    now = now or utc_now()
    person.password_hash = password_hash
    chain.append(session, "person.password", now, _name(actor) or person.name, rows=[person])
    return person


def new_token(session: Session, person: Person, actor: Person | None = None, now: str | None = None) -> str:
    """Make an API token for ``person``; returned once, stored as its sha256 only."""
    token = "cmm_" + secrets.token_urlsafe(32)
    now = now or utc_now()
    row = ApiToken(person_id=person.id, token_sha256=hashlib.sha256(token.encode()).hexdigest(), created_at=now)
    session.add(row)
    chain.append(session, "token.issued", now, _name(actor) or person.name, rows=[row])
    return token


def person_for_token(session: Session, token: str) -> Person | None:
    """The active person a token belongs to, or None (unknown, revoked, or person deactivated)."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == hashlib.sha256(token.encode()).hexdigest()))
    if row is None or row.revoked_at is not None:
        return None
    person = session.get(Person, row.person_id)
    return person if person is not None and person.active else None


def revoke_tokens(session: Session, person: Person, actor: Person | None = None, now: str | None = None) -> int:
    now = now or utc_now()
    rows = list(session.scalars(select(ApiToken).where(ApiToken.person_id == person.id, ApiToken.revoked_at.is_(None))))
    for row in rows:
        row.revoked_at = now
    if rows:
        chain.append(session, "token.revoked", now, _name(actor), rows=rows)
    return len(rows)


def _name(person: Person | None) -> str | None:
    return person.name if person is not None else None


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _require_role(person: Person, roles: tuple[str, ...], doing: str) -> None:
    if not person.active:
        raise NotAllowed(f"{person.name} is not active")
    if person.role not in roles:
        raise NotAllowed(f"{person.name} is {_article(person.role)} {person.role}; only {' or '.join(roles)} may {doing}")


def can_read(person: Person, assessment: Assessment) -> bool:
    """A provider reads only its own organisation's assessments; every other role reads all."""
    return person.role != "provider" or person.org_id == assessment.org_id


# ------------------------------------------------------------- blobs and assessments


def put_blob(session: Session, content: bytes) -> str:
    """Store bytes once under their sha256 and return it (content-addressed)."""
    sha = hashlib.sha256(content).hexdigest()
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(content), content=content))
        session.flush()  # rows referring to it are inserted after it (the tables have no ORM relationships)
    return sha


def get_blob(session: Session, sha256: str) -> bytes:
    blob = session.get(Blob, sha256)
    if blob is None:
        raise NotFound(f"blob {sha256[:16]}… is not in the register")
    return blob.content


def report_mode(report: dict) -> str:
    """The mode a report was made in (screening unless it says certification)."""
    return (report.get("mode") or report.get("assessment", {}).get("mode")
            or report.get("provenance", {}).get("mode") or "screening")


def add_assessment(session: Session, report: dict, bundle: bytes, bundle_name: str,
                   attachments: dict[str, bytes | None], actor: Person | None = None,
                   now: str | None = None) -> Assessment:
    """Register a machine decision with every input it rests on.

    ``report`` is the JSON report of ``cmm assess`` (checked against its own
    decision id and seal), ``bundle`` the bundle's bytes, ``attachments``
    the bytes of each attachment path the report's provenance lists (None
    for one that was missing when assessed). Each must hash to what the
    report recorded. A provider may only add its own organisation's.
    """
    from ..verify import _self_check

    altered = _self_check(report)
    if altered:
        raise RegisterError(f"the report is not as cmm assess wrote it: {altered[0]}")
    p = report["provenance"]
    if hashlib.sha256(bundle).hexdigest() != p["bundle"]["sha256"]:
        raise RegisterError(f"the bundle {bundle_name} is not the one the report was made from"
                            f" (sha256 {hashlib.sha256(bundle).hexdigest()[:12]}…, report says {p['bundle']['sha256'][:12]}…)")
    org = report["organisation"]
    if actor is not None and actor.role == "provider" and actor.org_id != org["id"]:
        raise NotAllowed(f"{actor.name} is a provider of {actor.org_id}, not of {org['id']}")
    now = now or utc_now()
    ensure_organisation(session, org["id"], org.get("name", org["id"]), actor, now)
    files = []
    for entry in p["attachments"]:
        path = entry["path"]
        pure = PurePosixPath(path)
        if pure.is_absolute() or ".." in pure.parts:
            raise RegisterError(f"attachment path {path!r} leaves the bundle's folder")
        content = attachments.get(path)
        sha = None
        if entry["sha256"] is not None:
            if content is None:
                raise RegisterError(f"attachment {path} is missing; the report was made with it"
                                    f" (sha256 {entry['sha256'][:12]}…)")
            if hashlib.sha256(content).hexdigest() != entry["sha256"]:
                raise RegisterError(f"attachment {path} is not the file the report was made from")
            sha = put_blob(session, content)
        files.append((path, sha))
    report_bytes = canonical(report)
    a = Assessment(org_id=org["id"], reference=report["assessment"]["id"],
                   assessment_date=p["assessment_date"], decision_id=p["decision_id"],
                   outcome_sha256=p["outcome_sha256"], catalogue_version=str(p["catalogue"]["version"]),
                   catalogue_digest=p["catalogue"]["digest"], mode=report_mode(report),
                   machine_stars=report["overall"]["stars"], machine_valid=bool(report["overall"].get("valid", True)),
                   final_stars=report["overall"]["stars"], state="open",
                   report_sha256=put_blob(session, report_bytes), bundle_sha256=put_blob(session, bundle),
                   bundle_name=bundle_name, created_by=actor.id if actor else None, created_at=now, updated_at=now)
    session.add(a)
    session.flush()
    rows = [a]
    for path, sha in files:
        f = AssessmentFile(assessment_id=a.id, path=path, sha256=sha)
        session.add(f)
        rows.append(f)
    chain.append(session, "assessment.added", now, _name(actor), a.id, rows=rows,
                 details={"decision_id": a.decision_id, "organisation": a.org_id, "stars": a.machine_stars})
    return a


def add_assessment_files(session: Session, report_path: str | Path, bundle_path: str | Path,
                         actor: Person | None = None, now: str | None = None) -> Assessment:
    """:func:`add_assessment` from a report file and the bundle file beside its attachments."""
    from ..verify import load_report

    return add_assessment_from(session, load_report(report_path), bundle_path, actor, now)


def add_assessment_from(session: Session, report: dict, bundle_path: str | Path, actor: Person | None = None,
                        now: str | None = None) -> Assessment:
    """:func:`add_assessment` from a report already in hand (the web worker that just made it)
    and the bundle file beside its attachments."""
    from ..load import read_bytes

    bundle_path = Path(bundle_path)
    bundle = read_bytes(bundle_path)
    folder = bundle_path.resolve().parent
    attachments = {}
    for entry in report["provenance"]["attachments"]:
        target = (folder / entry["path"]).resolve()
        if not target.is_relative_to(folder):
            raise RegisterError(f"attachment path {entry['path']!r} leaves the bundle's folder")
        try:
            attachments[entry["path"]] = target.read_bytes() if entry["sha256"] is not None else None
        except OSError:
            attachments[entry["path"]] = None
    return add_assessment(session, report, bundle, bundle_path.name, attachments, actor, now)


def get_assessment(session: Session, assessment_id: int | str, reader: Person | None = None) -> Assessment:
    """An assessment by id; a provider asking for another organisation's gets NotFound, as for a missing one."""
    try:
        key = int(assessment_id)
    except (TypeError, ValueError):
        raise NotFound(f"no assessment {assessment_id!r}: assessment ids are numbers") from None
    a = session.get(Assessment, key)
    if a is None or (reader is not None and not can_read(reader, a)):
        raise NotFound(f"no assessment {assessment_id} in the register")
    return a


def list_assessments(session: Session, org_id: str | None = None, state: str | None = None) -> list[Assessment]:
    q = select(Assessment).order_by(Assessment.id)
    if org_id is not None:
        q = q.where(Assessment.org_id == org_id)
    if state is not None:
        q = q.where(Assessment.state == state)
    return list(session.scalars(q))


def machine_report(session: Session, a: Assessment) -> dict:
    """The JSON report the assessment was registered with, as a dict."""
    return orjson.loads(get_blob(session, a.report_sha256))


def stored_files(session: Session, a: Assessment) -> list[AssessmentFile]:
    return list(session.scalars(select(AssessmentFile).where(AssessmentFile.assessment_id == a.id)
                                .order_by(AssessmentFile.path)))


def materialise(session: Session, a: Assessment, folder: str | Path) -> tuple[Path, Path]:
    """Write the stored report, bundle and attachments into ``folder``; return (report, bundle) paths."""
    folder = Path(folder)
    bundle_path = folder / "bundle" / a.bundle_name
    bundle_path.parent.mkdir(parents=True, exist_ok=True)
    bundle_path.write_bytes(get_blob(session, a.bundle_sha256))
    for f in stored_files(session, a):
        if f.sha256 is None:
            continue
        target = bundle_path.parent / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(get_blob(session, f.sha256))
    report_path = folder / "report.json"
    report_path.write_text(json.dumps(machine_report(session, a), ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    return report_path, bundle_path


def reassess(session: Session, assessment_id: int, person: Person, mode: str = "certification",
             catalogue=None, now: str | None = None) -> Assessment:
    """Assess the stored inputs again in ``mode`` with the assessor-verified items, and register the result.

    The evidence ids this assessment's checks marked *verified* are passed
    to :func:`cmm_rules.assess` as ``verified`` (so its findings rest on
    evidence of basis *verified*), and the checks are carried over to the
    new assessment, whose id is returned.
    """
    import tempfile

    from ..assessment import assess

    _require_role(person, ASSESSING_ROLES, "re-assess")
    if not {"mode", "verified"} <= set(inspect.signature(assess).parameters):
        raise RegisterError(f"this cmm-rules cannot assess in {mode} mode with verified evidence yet"
                            " (cmm_rules.assess has no mode/verified options)")
    a = get_assessment(session, assessment_id)
    ids = verified_ids(session, a)
    with tempfile.TemporaryDirectory(prefix="cmm-reassess-") as folder:
        _, bundle_path = materialise(session, a, folder)
        report = assess(bundle_path, catalogue, mode=mode, verified=ids)
        attachments = {f.path: get_blob(session, f.sha256) if f.sha256 else None for f in stored_files(session, a)}
    now = now or utc_now()
    new = add_assessment(session, report, get_blob(session, a.bundle_sha256), a.bundle_name, attachments, person, now)
    rows = []
    for c in evidence_checks(session, a):
        row = EvidenceCheck(assessment_id=new.id, evidence_id=c.evidence_id, status=c.status, note=c.note,
                            person_id=c.person_id, at=c.at)
        session.add(row)
        rows.append(row)
    if rows:
        chain.append(session, "evidence.carried_over", now, person.name, new.id, rows=rows,
                     details={"from_assessment": a.id})
    return new


# ------------------------------------------------------------- assessor's work


def _touch(row, now: str) -> None:
    """Mark a versioned row changed, so its version moves on even when nothing else in it did."""
    row.updated_at = now
    flag_modified(row, "updated_at")


def _open_for_change(session: Session, assessment_id, expected_version: int | None, doing: str) -> Assessment:
    a = get_assessment(session, assessment_id)
    if expected_version is not None and a.version != expected_version:
        raise ConflictError(f"assessment {a.id} was changed by someone else (version {expected_version} → {a.version});"
                            f" nothing was saved — reload it and try again")
    if a.state not in ("open", "returned"):
        raise NotAllowed(f"assessment {a.id} is {a.state.replace('_', ' ')}; {doing} is only possible while it is open")
    return a


def check_evidence(session: Session, assessment_id: int, evidence_id: str, status: str, person: Person,
                   note: str = "", expected_version: int | None = None, now: str | None = None) -> EvidenceCheck:
    """Record an assessor's check of one evidence item: verified, not_verified or rejected (with a note)."""
    _require_role(person, ASSESSING_ROLES, "check evidence")
    if status not in CHECK_STATUSES:
        raise RegisterError(f"unknown status {status!r}; allowed: {', '.join(CHECK_STATUSES)}")
    if status == "rejected" and not note.strip():
        raise RegisterError("a rejected item needs a note saying why")
    a = _open_for_change(session, assessment_id, expected_version, "checking evidence")
    ids = [e["id"] for e in machine_report(session, a)["evidence"]]
    if evidence_id not in ids:
        raise NotFound(f"assessment {a.id} has no evidence item {evidence_id!r}")
    now = now or utc_now()
    row = session.get(EvidenceCheck, (a.id, evidence_id))
    if row is None:
        row = EvidenceCheck(assessment_id=a.id, evidence_id=evidence_id)
        session.add(row)
    row.status, row.note, row.person_id, row.at = status, note, person.id, now
    _touch(a, now)
    chain.append(session, "evidence.checked", now, person.name, a.id, rows=[row, a])
    return row


def evidence_checks(session: Session, a: Assessment) -> list[EvidenceCheck]:
    return list(session.scalars(select(EvidenceCheck).where(EvidenceCheck.assessment_id == a.id)
                                .order_by(EvidenceCheck.evidence_id)))


def verified_ids(session: Session, a: Assessment) -> set[str]:
    """The evidence ids an assessor verified: what certification mode takes as ``verified``."""
    return {c.evidence_id for c in evidence_checks(session, a) if c.status == "verified"}


def override_finding(session: Session, assessment_id: int, criterion: str, after: str, reason_code: str,
                     rationale: str, person: Person, expected_version: int | None = None,
                     now: str | None = None) -> Override:
    """Overrule the machine finding of ``criterion`` (pass → fail or fail → pass) with a typed reason."""
    _require_role(person, ASSESSING_ROLES, "override findings")
    if reason_code not in OVERRIDE_REASONS:
        raise RegisterError(f"unknown reason {reason_code!r}; allowed: {', '.join(OVERRIDE_REASONS)}")
    if len(rationale.strip()) < MIN_RATIONALE:
        raise RegisterError(f"the rationale must say what was found, in at least {MIN_RATIONALE} characters")
    if after not in ("pass", "fail"):
        raise RegisterError(f"an override sets a finding to pass or fail, not {after!r}")
    a = _open_for_change(session, assessment_id, expected_version, "overriding")
    report = machine_report(session, a)
    if report.get("score"):
        raise NotAllowed(f"assessment {a.id} is scored by points; the register rolls up overrides by staged levels"
                         " only, so its findings cannot be overridden here")
    findings = {f["criterion"]: f for f in report["findings"]}
    if criterion not in findings:
        raise NotFound(f"assessment {a.id} has no finding for criterion {criterion!r}")
    before = findings[criterion]["result"]
    if before not in ("pass", "fail"):
        raise NotAllowed(f"finding {criterion} is {before}; only a pass or a fail can be overridden")
    if before == after:
        raise RegisterError(f"finding {criterion} is already {after}")
    now = now or utc_now()
    row = session.get(Override, (a.id, criterion))
    if row is None:
        row = Override(assessment_id=a.id, criterion=criterion)
        session.add(row)
    row.before, row.after, row.reason_code, row.rationale = before, after, reason_code, rationale.strip()
    row.person_id, row.at = person.id, now
    a.final_stars = final_decision(session, a)["overall"]["stars"]
    _touch(a, now)
    chain.append(session, "finding.overridden", now, person.name, a.id, rows=[row, a])
    return row


def overrides(session: Session, a: Assessment) -> list[Override]:
    return list(session.scalars(select(Override).where(Override.assessment_id == a.id).order_by(Override.criterion)))


def override_counts(session: Session) -> list[dict]:
    """Overrides per criterion across the register, most overruled first: what catalogue editors should read."""
    rows = session.execute(select(Override.criterion, Override.after, func.count())
                           .group_by(Override.criterion, Override.after))
    counts: dict[str, dict] = {}
    for criterion, after, n in rows:
        c = counts.setdefault(criterion, {"criterion": criterion, "overrides": 0, "to_pass": 0, "to_fail": 0})
        c["overrides"] += n
        c["to_pass" if after == "pass" else "to_fail"] += n
    return sorted(counts.values(), key=lambda c: (-c["overrides"], c["criterion"]))


def _structure(report: dict):
    """The domain/sub-domain structure roll_up needs, read from the report itself (no catalogue needed)."""
    return SimpleNamespace(domains=[
        SimpleNamespace(code=d["code"], clause=d["clause"], name=d["name"],
                        subdomains=[{"code": s["code"], "name": s["name"]} for s in d["subdomains"]])
        for d in report["domains"]])


def final_decision(session: Session, a: Assessment) -> dict:
    """Machine findings with the overrides applied, rolled up by the same roll-up code.

    Returns ``{"overall", "domains"}`` as in a report, plus ``findings``: one
    ``{criterion, machine, final, override}`` per criterion (``override`` is
    None or the reason, rationale, person and time), ``checks`` and
    ``machine`` (the machine overall).
    """
    report = machine_report(session, a)
    people = {p.id: p.name for p in session.scalars(select(Person))}
    by_criterion = {o.criterion: o for o in overrides(session, a)}
    final_findings, rows = [], []
    for f in report["findings"]:
        o = by_criterion.get(f["criterion"])
        final_findings.append(dict(f, result=o.after) if o else f)
        rows.append({"criterion": f["criterion"], "machine": f["result"], "final": o.after if o else f["result"],
                     "override": None if o is None else {
                         "before": o.before, "after": o.after, "reason_code": o.reason_code,
                         "reason": OVERRIDE_REASONS.get(o.reason_code, o.reason_code), "rationale": o.rationale,
                         "by": people.get(o.person_id), "at": o.at}})
    rolled = roll_up(_structure(report), final_findings)
    return {"machine": report["overall"], "overall": rolled["overall"], "domains": rolled["domains"],
            "findings": rows,
            "checks": [{"evidence": c.evidence_id, "status": c.status, "note": c.note, "by": people.get(c.person_id),
                        "at": c.at} for c in evidence_checks(session, a)]}


def reviewed_report(session: Session, a: Assessment) -> dict:
    """The machine report with a ``review`` section: machine and final results side by side.

    Every renderer (text, md, html, junit, oscal) shows the section when it
    is there; the JSON still validates against ``report.schema.json`` and
    its outcome seal still holds (the seal leaves ``review`` out).
    """
    report = machine_report(session, a)
    final = final_decision(session, a)
    machine_levels = {d["code"]: d["level"] for d in report["domains"]}
    report["review"] = {
        "register_id": a.id, "state": a.state,
        "machine_stars": report["overall"]["stars"], "final_stars": final["overall"]["stars"],
        "final_limited_by": final["overall"]["limited_by"],
        "domains": [{"code": d["code"], "machine": machine_levels.get(d["code"], 0), "final": d["level"]}
                    for d in final["domains"]],
        "overrides": [{"criterion": r["criterion"], "machine": r["machine"], "final": r["final"],
                       **{k: r["override"][k] for k in ("reason_code", "reason", "rationale", "by", "at")}}
                      for r in final["findings"] if r["override"]],
        "checks": final["checks"],
        "signoffs": [dict({k: st[k] for k in ("outcome", "by", "reviewed_by", "at", "note")},
                          signed=x.signature is not None)
                     for x in signoffs(session, a) for st in [orjson.loads(x.statement)]],
    }
    return report


# ------------------------------------------------------------- review, sign-off, certificate


def review_statement(session: Session, a: Assessment, person: Person, now: str) -> dict:
    """What an assessor states when submitting: the decision, the final result and every change made to it."""
    final = final_decision(session, a)
    return {
        "type": "cmm-register/review", "decision_id": a.decision_id, "outcome_sha256": a.outcome_sha256,
        "organisation": a.org_id, "assessment": a.reference, "catalogue_version": a.catalogue_version,
        "machine_stars": a.machine_stars, "final_stars": final["overall"]["stars"],
        "final_domains": {d["code"]: d["level"] for d in final["domains"]},
        "checks": [{k: c[k] for k in ("evidence", "status", "note", "by")} for c in final["checks"]],
        "overrides": [dict(criterion=r["criterion"], **{k: r["override"][k] for k in
                                                        ("before", "after", "reason_code", "rationale", "by")})
                      for r in final["findings"] if r["override"]],
        "by": person.name, "at": now,
    }


def _signature(person: Person, private_key, statement: dict) -> str | None:
    if private_key is None:
        return None
    from ..keys import public_text, sign

    if person.public_key is None:
        raise NotAllowed(f"{person.name} has no public key in the register (`cmm keys new {person.name}`)")
    if public_text(private_key) != person.public_key:
        raise NotAllowed(f"that key is not {person.name}'s: it does not match the public key in the register")
    return sign(private_key, statement)


def submit_review(session: Session, assessment_id: int, person: Person, private_key=None,
                  expected_version: int | None = None, now: str | None = None) -> Review:
    """The assessor's signed review: states the final decision and hands the assessment to sign-off."""
    _require_role(person, ASSESSING_ROLES, "submit a review")
    a = _open_for_change(session, assessment_id, expected_version, "submitting a review")
    now = now or utc_now()
    statement = review_statement(session, a, person, now)
    review = Review(assessment_id=a.id, person_id=person.id, statement=chain.canonical_text(statement),
                    signature=_signature(person, private_key, statement), at=now)
    session.add(review)
    a.state, a.final_stars = "submitted", statement["final_stars"]
    _touch(a, now)
    chain.append(session, "review.submitted", now, person.name, a.id, rows=[review, a])
    return review


def latest_review(session: Session, a: Assessment) -> Review | None:
    return session.scalar(select(Review).where(Review.assessment_id == a.id).order_by(Review.id.desc()).limit(1))


def involved(session: Session, a: Assessment) -> set[int]:
    """Everyone who assessed this assessment: reviewed, checked evidence or overrode a finding."""
    ids = {r.person_id for r in session.scalars(select(Review).where(Review.assessment_id == a.id))}
    ids |= {c.person_id for c in evidence_checks(session, a)}
    ids |= {o.person_id for o in overrides(session, a)}
    return ids


def sign_off(session: Session, assessment_id: int, person: Person, private_key=None, outcome: str = "approved",
             note: str = "", expected_version: int | None = None, now: str | None = None) -> SignOff:
    """The four-eyes step: a reviewer who did not assess it approves (final) or returns the review."""
    _require_role(person, SIGNING_ROLES, "sign off")
    if outcome not in ("approved", "returned"):
        raise RegisterError(f"a sign-off approves or returns, not {outcome!r}")
    if outcome == "returned" and not note.strip():
        raise RegisterError("returning a review needs a note saying what to look at again")
    a = get_assessment(session, assessment_id)
    if expected_version is not None and a.version != expected_version:
        raise ConflictError(f"assessment {a.id} was changed by someone else (version {expected_version} → {a.version});"
                            " nothing was saved — reload it and try again")
    if a.state != "submitted":
        raise NotAllowed(f"assessment {a.id} is {a.state.replace('_', ' ')}; only a submitted review can be signed off")
    if person.id in involved(session, a):
        raise NotAllowed(f"four-eyes rule: {person.name} worked on assessment {a.id} and cannot sign it off;"
                         " another reviewer must")
    review = latest_review(session, a)
    now = now or utc_now()
    statement = {"type": "cmm-register/signoff", "decision_id": a.decision_id,
                 "review_sha256": hashlib.sha256(review.statement.encode()).hexdigest(),
                 "reviewed_by": orjson.loads(review.statement)["by"], "outcome": outcome,
                 "final_stars": a.final_stars, "note": note, "by": person.name, "at": now}
    row = SignOff(assessment_id=a.id, review_id=review.id, person_id=person.id, outcome=outcome,
                  statement=chain.canonical_text(statement), signature=_signature(person, private_key, statement),
                  at=now)
    session.add(row)
    a.state = "signed_off" if outcome == "approved" else "returned"
    _touch(a, now)
    chain.append(session, f"signoff.{outcome}", now, person.name, a.id, rows=[row, a])
    return row


def signoffs(session: Session, a: Assessment) -> list[SignOff]:
    return list(session.scalars(select(SignOff).where(SignOff.assessment_id == a.id).order_by(SignOff.id)))


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def certify(session: Session, assessment_id: int, person: Person, issued_on: str | None = None,
            validity_years: int = DEFAULT_VALIDITY_YEARS, surveillance_months: int = DEFAULT_SURVEILLANCE_MONTHS,
            now: str | None = None) -> Certificate:
    """Issue the certificate of a signed-off decision: its final stars, validity and surveillance dates."""
    _require_role(person, SIGNING_ROLES, "issue certificates")
    a = get_assessment(session, assessment_id)
    if a.state != "signed_off":
        raise NotAllowed(f"assessment {a.id} is {a.state.replace('_', ' ')}; only a signed-off decision is certified")
    if not a.machine_valid:
        raise NotAllowed(f"assessment {a.id} records a decision that is not valid (attachment integrity or errors)")
    if a.final_stars < 1:
        raise NotAllowed(f"assessment {a.id} reaches 0 stars; there is nothing to certify")
    if session.scalar(select(Certificate).where(Certificate.assessment_id == a.id)) is not None:
        raise RegisterError(f"assessment {a.id} already has a certificate")
    if validity_years < 1 or surveillance_months < 1:
        raise RegisterError("validity and surveillance interval must be positive")
    now = now or utc_now()
    try:
        start = dt.date.fromisoformat(issued_on or _today(now))
    except ValueError:
        raise RegisterError(f"not a date: {issued_on!r} (use YYYY-MM-DD)") from None
    until = _add_months(start, 12 * validity_years)
    surveillance, step = [], surveillance_months
    while _add_months(start, step) < until:
        surveillance.append(_add_months(start, step).isoformat())
        step += surveillance_months
    cert = Certificate(assessment_id=a.id, org_id=a.org_id, stars=a.final_stars, issued_on=start.isoformat(),
                       valid_until=until.isoformat(), surveillance=json.dumps(surveillance), status="active",
                       status_reason="", created_at=now, updated_at=now)
    session.add(cert)
    chain.append(session, "certificate.issued", now, person.name, a.id, rows=[cert])
    return cert


def get_certificate(session: Session, certificate_id: int | str) -> Certificate:
    try:
        cert = session.get(Certificate, int(certificate_id))
    except (TypeError, ValueError):
        cert = None
    if cert is None:
        raise NotFound(f"no certificate {certificate_id!r} in the register")
    return cert


def set_certificate_status(session: Session, certificate_id: int, status: str, reason: str, person: Person,
                           expected_version: int | None = None, now: str | None = None) -> Certificate:
    """Suspend, withdraw or reinstate (active) a certificate, with a reason; a withdrawn one stays withdrawn."""
    _require_role(person, SIGNING_ROLES, "change certificates")
    if status not in CERTIFICATE_STATUSES:
        raise RegisterError(f"unknown status {status!r}; allowed: {', '.join(CERTIFICATE_STATUSES)}")
    if not reason.strip():
        raise RegisterError(f"a certificate is {status} only with a reason")
    cert = get_certificate(session, certificate_id)
    if expected_version is not None and cert.version != expected_version:
        raise ConflictError(f"certificate {cert.id} was changed by someone else; nothing was saved — reload it")
    if cert.status == "withdrawn":
        raise NotAllowed(f"certificate {cert.id} was withdrawn; a withdrawn certificate is not changed again")
    now = now or utc_now()
    cert.status, cert.status_reason = status, reason.strip()
    _touch(cert, now)
    chain.append(session, f"certificate.{status}", now, person.name, cert.assessment_id, rows=[cert])
    return cert


def certificate_for(session: Session, a: Assessment) -> Certificate | None:
    return session.scalar(select(Certificate).where(Certificate.assessment_id == a.id))


def due(session: Session, within_days: int, today: str | None = None) -> list[dict]:
    """Surveillance visits and renewals of active certificates falling due in the next ``within_days`` days
    (overdue ones too), soonest first."""
    start = dt.date.fromisoformat(today or _today(utc_now()))
    horizon = start + dt.timedelta(days=within_days)
    out = []
    for cert in session.scalars(select(Certificate).where(Certificate.status == "active")):
        dates = [("surveillance", d) for d in json.loads(cert.surveillance)] + [("renewal", cert.valid_until)]
        for kind, day in dates:
            when = dt.date.fromisoformat(day)
            if when <= horizon and (kind == "renewal" or when >= start - dt.timedelta(days=within_days)):
                out.append({"certificate": cert.id, "organisation": cert.org_id, "assessment": cert.assessment_id,
                            "stars": cert.stars, "due": kind, "date": day, "overdue": when < start})
    return sorted(out, key=lambda r: (r["date"], r["certificate"], r["due"]))


# ------------------------------------------------------------- history and change


def history(session: Session, org_id: str) -> list[dict]:
    """Every assessment of an organisation, oldest first: stars (machine, final), state, certificate."""
    get_organisation(session, org_id)
    out = []
    for a in list_assessments(session, org_id=org_id):
        cert = certificate_for(session, a)
        out.append({"id": a.id, "assessment": a.reference, "date": a.assessment_date, "decision_id": a.decision_id,
                    "mode": a.mode, "catalogue_version": a.catalogue_version, "machine_stars": a.machine_stars,
                    "final_stars": a.final_stars, "valid": a.machine_valid, "state": a.state,
                    "overrides": len(overrides(session, a)),
                    "certificate": None if cert is None else {
                        "id": cert.id, "stars": cert.stars, "issued_on": cert.issued_on,
                        "valid_until": cert.valid_until, "status": cert.status, "reason": cert.status_reason}})
    return out


def diff(session: Session, first: int, second: int) -> list[str]:
    """What changed between two assessments of one provider, one line each (final results compared)."""
    a, b = get_assessment(session, first), get_assessment(session, second)
    if a.org_id != b.org_id:
        raise RegisterError(f"assessments {a.id} and {b.id} are of different organisations ({a.org_id}, {b.org_id})")
    ra, rb = machine_report(session, a), machine_report(session, b)
    fa, fb = final_decision(session, a), final_decision(session, b)
    lines = []
    if fa["overall"]["stars"] != fb["overall"]["stars"]:
        lines.append(f"stars {fa['overall']['stars']} → {fb['overall']['stars']}")
    levels_a = {d["code"]: d["level"] for d in fa["domains"]}
    for d in fb["domains"]:
        if levels_a.get(d["code"]) != d["level"]:
            lines.append(f"domain {d['code']} level {levels_a.get(d['code'])} → {d['level']}")
    results_a = {f["criterion"]: f["final"] for f in fa["findings"]}
    for f in fb["findings"]:
        old = results_a.get(f["criterion"])
        if old != f["final"]:
            lines.append(f"finding {f['criterion']} {old or 'absent'} → {f['final']}")
    items_a = {e["id"]: e for e in ra["evidence"]}
    items_b = {e["id"]: e for e in rb["evidence"]}
    for eid in sorted(set(items_a) | set(items_b)):
        if eid not in items_a:
            lines.append(f"evidence {eid} added ({items_b[eid].get('topic')})")
        elif eid not in items_b:
            lines.append(f"evidence {eid} removed ({items_a[eid].get('topic')})")
        elif canonical(items_a[eid]) != canonical(items_b[eid]):
            changed = sorted(k for k in set(items_a[eid]) | set(items_b[eid])
                             if canonical(items_a[eid].get(k)) != canonical(items_b[eid].get(k)))
            lines.append(f"evidence {eid} changed: {', '.join(changed)}")
    return lines


def events(session: Session, assessment_id: int | None = None) -> list[Event]:
    q = select(Event).order_by(Event.seq)
    if assessment_id is not None:
        q = q.where(Event.assessment_id == assessment_id)
    return list(session.scalars(q))


__all__ = [name for name in dir() if not name.startswith("_") and name not in (
    "dt", "hashlib", "inspect", "json", "secrets", "orjson", "func", "select", "Path", "PurePosixPath", "SimpleNamespace",
    "annotations", "Session", "flag_modified", "InputError", "canonical", "roll_up", "chain")]

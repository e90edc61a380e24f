"""``cmm register …`` and ``cmm keys …``: the register on the command line.

Each command opens the register (``--db URL``, else ``CMM_DB``, else
``cmm-register.db`` here), runs one service function in one transaction and
prints a short answer. Errors are one line: exit 2 for what the register
refuses or cannot read, 6 for a conflict with a concurrent writer; ``check``
exits 4 when the register was tampered with. Nothing here imports the
server extra before a command runs, so ``cmm`` stays lean without it.
"""
from __future__ import annotations

import json
import re
import sys
from contextlib import contextmanager

import click

from ..errors import InputError

EXIT_INPUT, EXIT_TAMPERED, EXIT_CONFLICT = 2, 4, 6

db_option = click.option("--db", "db_url", envvar="CMM_DB", default=None, metavar="URL",
                         help="Database URL or SQLite file (default: env CMM_DB, else ./cmm-register.db).")
as_option = click.option("--as", "actor", required=True, metavar="NAME", help="The person doing it (in the register).")
key_option = click.option("--key", "key_file", envvar="CMM_KEY", type=click.Path(dir_okay=False), default=None,
                          help="Your Ed25519 private key file (`cmm keys new NAME`); env CMM_KEY.")


def _fail(message, code: int = EXIT_INPUT):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@contextmanager
def _session(db_url):
    """One register transaction; every refusal becomes one line and an exit code, never a traceback."""
    from sqlalchemy.exc import DBAPIError

    from .db import open_register
    from .errors import ConflictError

    try:
        register = open_register(db_url)
    except InputError as exc:
        _fail(exc)
    try:
        with register.session() as session:
            yield session
    except ConflictError as exc:
        _fail(exc, EXIT_CONFLICT)
    except InputError as exc:
        _fail(exc)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        _fail(f"the register could not complete the change (nothing was saved): {reason}")
    finally:
        register.close()


def _person(session, name):
    from .service import get_person

    return get_person(session, name)


def _key(key_file):
    if key_file is None:
        _fail("signing needs your private key: --key FILE (or env CMM_KEY); make one with `cmm keys new NAME`")
    from ..keys import load_private

    try:
        return load_private(key_file)
    except InputError as exc:
        _fail(exc)


def _days(text: str) -> int:
    m = re.fullmatch(r"(\d+)\s*([dwmy]?)", text.strip())
    if not m:
        raise click.BadParameter(f"{text!r}: use a number of days like 60d, 8w, 3m or 1y")
    n, unit = int(m.group(1)), m.group(2) or "d"
    return n * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]


def _require_extra():
    """Before any register command imports it: the server extra, or one line saying how to get it."""
    from . import require_extra

    try:
        require_extra()
    except InputError as exc:
        _fail(exc)


@click.group("register")
def register_group():
    """The certification register: decisions, reviews, sign-offs, certificates, a tamper-evident log."""
    _require_extra()


@register_group.command("add")
@click.argument("report", type=click.Path())
@click.argument("bundle", type=click.Path())
@click.option("--as", "actor", default=None, metavar="NAME", help="The person adding it (optional).")
@db_option
def add(report, bundle, actor, db_url):
    """Register a decision: REPORT.json (from `cmm assess --format json`) and its BUNDLE with attachments.

    Prints the new assessment id.
    """
    from .service import add_assessment_files

    with _session(db_url) as session:
        a = add_assessment_files(session, report, bundle, _person(session, actor) if actor else None)
        click.echo(f"{a.org_id}: {a.machine_stars} stars, decision {a.decision_id[:16]}, registered as", err=True)
        click.echo(a.id)


@register_group.group("people")
def people():
    """People and their roles (assessor, reviewer, admin, provider)."""


@people.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["assessor", "reviewer", "admin", "provider"]), required=True)
@click.option("--org", "org_id", default=None, metavar="ORG_ID", help="A provider's organisation.")
@db_option
def people_add(name, role, org_id, db_url):
    """Add a person NAME with a role; a provider belongs to one organisation (--org)."""
    from .service import add_person

    with _session(db_url) as session:
        person = add_person(session, name, role, org_id)
        click.echo(f"{person.name}: {person.role}" + (f" of {person.org_id}" if person.org_id else "")
                   + f" (person {person.id})")


@people.command("password")
@click.argument("name")
@db_option
def people_password(name, db_url):
    """Set NAME's password for the web application (`cmm serve`); stored as an argon2id hash.

    Asked for twice on a terminal; otherwise read from the first line of standard input.
    """
    from ..web.passwords import hash_password
    from .service import set_password_hash

    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        hashed = hash_password(password)
    except ValueError as exc:
        _fail(str(exc))
    with _session(db_url) as session:
        set_password_hash(session, _person(session, name), hashed)
    click.echo(f"password set for {name}")


@people.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@db_option
def people_list(fmt, db_url):
    """List the people in the register."""
    from .service import list_people

    with _session(db_url) as session:
        rows = [{"id": p.id, "name": p.name, "role": p.role, "org": p.org_id, "active": p.active,
                 "has_key": p.public_key is not None} for p in list_people(session)]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            click.echo(f"{r['id']:>4}  {r['name']}  {r['role']}" + (f" of {r['org']}" if r["org"] else "")
                       + ("  (key)" if r["has_key"] else ""))


@register_group.group("tokens")
def tokens():
    """API tokens for the web application (shown once, stored hashed)."""


@tokens.command("new")
@click.argument("person")
@db_option
def tokens_new(person, db_url):
    """Make an API token for PERSON; the token is the last line printed (keep it: it is not shown again)."""
    from .service import new_token

    with _session(db_url) as session:
        p = _person(session, person)
        token = new_token(session, p)
    click.echo(f"API token for {p.name} ({p.role}{' of ' + p.org_id if p.org_id else ''}); it is shown only once:",
               err=True)
    click.echo(token)


@register_group.command("show")
@click.argument("assessment_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@db_option
def show(assessment_id, fmt, db_url):
    """An assessment: machine and final results side by side, checks, overrides, sign-offs."""
    from . import service as s

    with _session(db_url) as session:
        a = s.get_assessment(session, assessment_id)
        final = s.final_decision(session, a)
        cert = s.certificate_for(session, a)
        record = {"id": a.id, "organisation": a.org_id, "assessment": a.reference, "state": a.state,
                  "version": a.version, "decision_id": a.decision_id, "mode": a.mode, **final,
                  "signoffs": [json.loads(x.statement) for x in s.signoffs(session, a)],
                  "certificate": None if cert is None else {"id": cert.id, "status": cert.status}}
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"assessment {a.id} of {a.org_id} ({a.reference}), {a.state}, version {a.version}")
    click.echo(f"stars: machine {final['machine']['stars']}, final {final['overall']['stars']}")
    for row in final["findings"]:
        if row["override"]:
            o = row["override"]
            click.echo(f"  {row['criterion']}: machine {row['machine']} → final {row['final']}"
                       f" ({o['reason']}; {o['by']} at {o['at']}: {o['rationale']})")
    for c in final["checks"]:
        click.echo(f"  evidence {c['evidence']}: {c['status']} by {c['by']}" + (f" — {c['note']}" if c["note"] else ""))


@register_group.command("report")
@click.argument("assessment_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html", "junit", "oscal"]), default="text",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write the report to FILE.")
@db_option
def report(assessment_id, fmt, output, db_url):
    """The assessment's report in any format, with machine and final results side by side."""
    from pathlib import Path

    from ..render import RENDERERS
    from ..report import to_json, to_text
    from .service import get_assessment, reviewed_report

    with _session(db_url) as session:
        record = reviewed_report(session, get_assessment(session, assessment_id))
    text = RENDERERS[fmt](record) if fmt in RENDERERS else to_json(record) if fmt == "json" else to_text(record)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(InputError(f"cannot write report: {exc.strerror or exc}", file=output))
        r = record["review"]
        click.echo(f"machine {r['machine_stars']} → final {r['final_stars']} stars — report written to {output}",
                   err=True)
    else:
        click.echo(text, nl=False)


@register_group.command("review")
@click.argument("assessment_id")
@click.argument("evidence_ids", nargs=-1)
@click.option("--status", type=click.Choice(["verified", "not_verified", "rejected"]), default="verified",
              show_default=True, help="What the check of EVIDENCE_IDS found.")
@click.option("--note", default="", help="What was seen (required for rejected).")
@click.option("--submit", is_flag=True, help="Submit the signed review for sign-off (needs --key).")
@click.option("--expect-version", type=int, default=None, help="Refuse if the assessment changed since this version.")
@as_option
@key_option
@db_option
def review(assessment_id, evidence_ids, status, note, submit, expect_version, actor, key_file, db_url):
    """Check EVIDENCE_IDS of an assessment (verified / not_verified / rejected), and/or --submit the review."""
    from . import service as s

    if not evidence_ids and not submit:
        _fail("name evidence ids to check, or --submit the review")
    key = _key(key_file) if submit else None
    with _session(db_url) as session:
        person = _person(session, actor)
        for eid in evidence_ids:
            s.check_evidence(session, assessment_id, eid, status, person, note, expect_version)
            expect_version = None  # checked once, before the first change
        if submit:
            r = s.submit_review(session, assessment_id, person, key, expect_version)
            final = json.loads(r.statement)["final_stars"]
    for eid in evidence_ids:
        click.echo(f"evidence {eid}: {status}")
    if submit:
        click.echo(f"review of assessment {assessment_id} submitted and signed by {actor}: {final} stars final")


@register_group.command("reassess")
@click.argument("assessment_id")
@click.option("--mode", type=click.Choice(["certification", "screening"]), default="certification", show_default=True)
@as_option
@db_option
def reassess(assessment_id, mode, actor, db_url):
    """Assess the stored inputs again (certification mode: verified items count as verified); prints the new id."""
    from . import service as s

    with _session(db_url) as session:
        new = s.reassess(session, assessment_id, _person(session, actor), mode)
        click.echo(f"{new.org_id}: {mode} assessment, {new.machine_stars} stars,"
                   f" {len(s.verified_ids(session, new))} verified items, registered as", err=True)
        click.echo(new.id)


@register_group.command("override")
@click.argument("assessment_id")
@click.argument("criterion")
@click.option("--to", "after", type=click.Choice(["pass", "fail"]), required=True)
@click.option("--reason", "reason_code", required=True, metavar="CODE",
              help="evidence_insufficient, evidence_found_on_site, item_misfiled, criterion_not_applicable,"
                   " evidence_rejected")
@click.option("--rationale", required=True, help="What was found, in substance (20 characters at least).")
@click.option("--expect-version", type=int, default=None)
@as_option
@db_option
def override(assessment_id, criterion, after, reason_code, rationale, expect_version, actor, db_url):
    """Overrule the machine finding of CRITERION in an assessment, with a typed reason and a rationale."""
    from . import service as s

    with _session(db_url) as session:
        o = s.override_finding(session, assessment_id, criterion, after, reason_code, rationale,
                               _person(session, actor), expect_version)
        stars = s.get_assessment(session, assessment_id).final_stars
    click.echo(f"{criterion}: {o.before} → {o.after} ({reason_code}); final {stars} stars")


@register_group.command("overrides")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@db_option
def overrides_cmd(fmt, db_url):
    """Overrides counted per criterion across the register (the criteria assessors keep overruling)."""
    from .service import override_counts

    with _session(db_url) as session:
        rows = override_counts(session)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    else:
        for r in rows:
            click.echo(f"{r['criterion']}: {r['overrides']} override{'s' if r['overrides'] != 1 else ''}"
                       f" ({r['to_pass']} to pass, {r['to_fail']} to fail)")


@register_group.command("signoff")
@click.argument("assessment_id")
@click.option("--return", "returned", is_flag=True, help="Return the review to the assessor instead of approving.")
@click.option("--note", default="", help="Why (required with --return).")
@as_option
@key_option
@db_option
def signoff(assessment_id, returned, note, actor, key_file, db_url):
    """Sign off (four eyes: not the assessor) or --return a submitted review."""
    from . import service as s

    key = _key(key_file)
    with _session(db_url) as session:
        row = s.sign_off(session, assessment_id, _person(session, actor), key,
                         "returned" if returned else "approved", note)
        stars = s.get_assessment(session, assessment_id).final_stars
    click.echo(f"assessment {assessment_id} {row.outcome} by {actor}" + ("" if returned else f": {stars} stars, final"))


@register_group.command("certify")
@click.argument("assessment_id")
@click.option("--issued", default=None, metavar="YYYY-MM-DD", help="Issue date (default today).")
@click.option("--validity", "validity_years", type=click.IntRange(1, 10), default=3, show_default=True,
              help="Years the certificate is valid.")
@click.option("--surveillance", "surveillance_months", type=click.IntRange(1, 60), default=12, show_default=True,
              help="Months between surveillance visits.")
@as_option
@db_option
def certify(assessment_id, issued, validity_years, surveillance_months, actor, db_url):
    """Issue the certificate of a signed-off decision."""
    from . import service as s

    with _session(db_url) as session:
        c = s.certify(session, assessment_id, _person(session, actor), issued, validity_years, surveillance_months)
    click.echo(f"certificate {c.id}: {c.org_id} {c.stars} stars, valid {c.issued_on} to {c.valid_until},"
               f" surveillance {', '.join(json.loads(c.surveillance)) or 'none'}")


def _status_command(name: str, status: str, doc: str):
    @register_group.command(name, help=doc)
    @click.argument("certificate_id")
    @click.option("--reason", required=True)
    @as_option
    @db_option
    def command(certificate_id, reason, actor, db_url):
        from . import service as s

        with _session(db_url) as session:
            c = s.set_certificate_status(session, certificate_id, status, reason, _person(session, actor))
        click.echo(f"certificate {c.id}: {c.status} ({c.status_reason})")

    return command


_status_command("suspend", "suspended", "Suspend a certificate, with a reason.")
_status_command("withdraw", "withdrawn", "Withdraw a certificate for good, with a reason.")
_status_command("reinstate", "active", "Reinstate a suspended certificate, with a reason.")


@register_group.command("due")
@click.option("--within", "within", default="60d", show_default=True, help="Horizon: 60d, 8w, 3m, 1y.")
@click.option("--today", default=None, metavar="YYYY-MM-DD", help="Count from this day (default today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@db_option
def due(within, today, fmt, db_url):
    """Surveillance visits and renewals due within the horizon (and overdue ones)."""
    from .service import due as due_list

    days = _days(within)
    with _session(db_url) as session:
        rows = due_list(session, days, today)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['date']}  {r['due']:<12} certificate {r['certificate']}  {r['organisation']}"
                   f"  {r['stars']} stars" + ("  OVERDUE" if r["overdue"] else ""))
    click.echo(f"{len(rows)} due within {days} days", err=True)


@register_group.command("history")
@click.argument("org_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@db_option
def history(org_id, fmt, db_url):
    """Every assessment of ORG_ID: stars (machine and final), state, certificate."""
    from .service import history as org_history

    with _session(db_url) as session:
        rows = org_history(session, org_id)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        cert = r["certificate"]
        click.echo(f"{r['id']:>4}  {r['date']}  {r['assessment']}  machine {r['machine_stars']} → final"
                   f" {r['final_stars']} stars  {r['state']}" + (f"  {r['overrides']} overrides" if r["overrides"] else "")
                   + (f"  certificate {cert['id']} {cert['status']} until {cert['valid_until']}" if cert else ""))


@register_group.command("diff")
@click.argument("first")
@click.argument("second")
@db_option
def diff(first, second, db_url):
    """What changed between two assessments of one provider."""
    from .service import diff as diff_lines

    with _session(db_url) as session:
        lines = diff_lines(session, first, second)
    for line in lines:
        click.echo(line)
    if not lines:
        click.echo("no difference in stars, domain levels, findings or evidence")


@register_group.command("check")
@db_option
def check(db_url):
    """Walk the event chain, every logged row and every blob: exit 0 intact, 4 tampered (naming the event)."""
    from .chain import check as walk

    with _session(db_url) as session:
        walked, problems = walk(session)
    if problems:
        click.echo(f"TAMPERED: {problems[0]}")
        for p in problems[1:]:
            click.echo(f"  also: {p}")
        sys.exit(EXIT_TAMPERED)
    click.echo(f"intact: {walked} events, every row and blob as recorded")


@register_group.command("replay")
@click.argument("assessment_id")
@db_option
def replay(assessment_id, db_url):
    """Replay an assessment from the register alone: `cmm verify` on its stored report, bundle and attachments."""
    import tempfile

    from ..verify import verify
    from .service import get_assessment, materialise

    with tempfile.TemporaryDirectory(prefix="cmm-replay-") as folder:
        with _session(db_url) as session:
            report_path, bundle_path = materialise(session, get_assessment(session, assessment_id), folder)
        try:
            result = verify(report_path, bundle_path)
        except InputError as exc:
            _fail(exc)
    click.echo(result.summary(), nl=False)
    sys.exit(0 if result.reproduced else EXIT_TAMPERED)


@register_group.command("export")
@click.argument("assessment_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The package FILE.zip.")
@db_option
def export(assessment_id, output, db_url):
    """Write an assessment's decision package (report, bundle, attachments, reviews, signatures, keys, log)."""
    from .package import export_package

    with _session(db_url) as session:
        manifest = export_package(session, assessment_id, output)
    click.echo(f"decision {manifest['decision_id'][:16]} exported to {output} ({len(manifest['files'])} files);"
               f" check it with: cmm verify {output}")


@register_group.command("import")
@click.argument("package", type=click.Path())
@click.option("--as", "actor", default=None, metavar="NAME", help="The person importing it (optional).")
@db_option
def import_(package, actor, db_url):
    """Add a decision package to this register; refused unless it verifies. Prints the new assessment id."""
    from .package import import_package

    with _session(db_url) as session:
        a = import_package(session, package, _person(session, actor) if actor else None)
        click.echo(f"{a.org_id}: decision {a.decision_id[:16]} imported ({a.state}), registered as", err=True)
        click.echo(a.id)


@click.group("keys")
def keys_group():
    """Ed25519 signing keys for reviews and sign-offs."""
    _require_extra()


@keys_group.command("new")
@click.argument("name")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Private key file (default NAME.key here); written with mode 0600, never overwritten.")
@db_option
def keys_new(name, output, db_url):
    """Make NAME's key pair: the private key to a file only you can read, the public key into the register."""
    from ..keys import new_key, public_text
    from .service import set_public_key

    path = output or f"{name}.key"
    with _session(db_url) as session:
        person = _person(session, name)
        try:
            key = new_key(path)
        except InputError as exc:
            _fail(exc)
        set_public_key(session, person, public_text(key))
    click.echo(f"private key written to {path} (mode 0600); public key of {name} recorded in the register")

"""Decision packages: export, offline `cmm verify FILE.zip`, and import refusing what does not verify."""
from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from click.testing import CliRunner

from cmm_rules.cli import main
from cmm_rules.register import service as s
from cmm_rules.register.db import open_register
from cmm_rules.keys import new_key, public_text

from conftest import SAMPLES, write_report

SAMPLE = SAMPLES / "with-attachments" / "bundle.yaml"


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    """The JSON report of the sample with attachments, written once."""
    return write_report(SAMPLE, tmp_path_factory.mktemp("report"))


@pytest.fixture
def package(register_url, sample_report, tmp_path):
    """A signed-off, certified decision of the sample with attachments, exported to a zip."""
    keys = {}
    with open_register(register_url) as reg, reg.session() as session:
        a = s.add_assessment_files(session, sample_report, SAMPLE)
        for name, role in (("alice", "assessor"), ("bob", "reviewer")):
            person = s.add_person(session, name, role)
            keys[name] = new_key(tmp_path / f"{name}.key")
            s.set_public_key(session, person, public_text(keys[name]))
        report = s.machine_report(session, a)
        alice, bob = s.get_person(session, "alice"), s.get_person(session, "bob")
        s.check_evidence(session, a.id, report["evidence"][0]["id"], "verified", alice, "original seen")
        fail = next((f for f in report["findings"] if f["result"] == "fail"), None)
        if fail:
            s.override_finding(session, a.id, fail["criterion"], "pass", "evidence_found_on_site",
                               "The signed original was produced on site", alice)
        s.submit_review(session, a.id, alice, keys["alice"])
        s.sign_off(session, a.id, bob, keys["bob"])
        aid = a.id
    out = tmp_path / "decision.zip"
    result = CliRunner().invoke(main, ["register", "export", str(aid), "-o", str(out), "--db", register_url])
    assert result.exit_code == 0, result.output
    return out


def _rewrite(src, dst, change, fix_manifest=True):
    """Copy a package, changing one JSON file (and, if asked, the manifest to match)."""
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    name, edit = change
    doc = json.loads(files[name])
    edit(doc)
    files[name] = json.dumps(doc).encode()
    if fix_manifest:
        manifest = json.loads(files["manifest.json"])
        manifest["files"][name] = hashlib.sha256(files[name]).hexdigest()
        files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dst, "w") as z:
        for n, data in files.items():
            z.writestr(n, data)
    return dst


def test_an_exported_package_verifies_offline_and_imports(package, tmp_path):
    result = CliRunner().invoke(main, ["verify", str(package)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"package verified: {package}")
    assert "2 signatures valid" in result.output and "replay: the decision reproduces" in result.output
    other = f"sqlite:///{tmp_path / 'other.db'}"
    imported = CliRunner().invoke(main, ["register", "import", str(package), "--db", other])
    assert imported.exit_code == 0, imported.output
    assert CliRunner().invoke(main, ["register", "check", "--db", other]).exit_code == 0
    with open_register(other) as reg, reg.session() as session:
        a = s.get_assessment(session, int(imported.stdout.strip().splitlines()[-1]))
        assert a.state == "signed_off" and len(s.signoffs(session, a)) == 1


@pytest.mark.parametrize("change,fix,message", [
    (("decision.json", lambda d: d["final"]["overall"].update(stars=5)), False,
     "file decision.json was changed: its sha256 is not the manifest's"),
    (("decision.json", lambda d: d["signoffs"][0]["statement"].update(note="approved, whatever")), True,
     "sign-off (approved) by bob at"),
    (("decision.json", lambda d: d["signoffs"][0]["statement"].update(by="alice")), True,
     "four-eyes rule broken: alice signed off their own review"),
    (("events.json", lambda d: d[0].update(actor="mallory")), True, "was edited: it does not match its hash"),
])
def test_a_tampered_package_does_not_verify_and_is_not_imported(package, tmp_path, change, fix, message):
    bad = _rewrite(package, tmp_path / "bad.zip", change, fix)
    result = CliRunner().invoke(main, ["verify", str(bad)])
    assert result.exit_code == 4, result.output
    assert result.output.startswith("package NOT verified") and message in result.output
    imported = CliRunner().invoke(main, ["register", "import", str(bad), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert imported.exit_code == 2
    assert imported.stderr.startswith("error: the package does not verify, nothing imported:")


def test_a_package_with_a_path_leaving_it_is_refused(tmp_path):
    bad = tmp_path / "evil.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", "{}")
        z.writestr("../../etc/passwd", "x")
    result = CliRunner().invoke(main, ["verify", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {bad}: the package holds an entry outside it: '../../etc/passwd'\n"

"""The JSON API through an HTTP client: the round trip, errors, and who may reach what."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import MAX_BYTES, RATE_LIMIT, SAMPLES, THREE_STAR, THREE_STAR_STARS, TWO_STAR


def cli_json(bundle) -> str:
    result = CliRunner().invoke(main, ["assess", str(bundle), "--format", "json"])
    assert result.exit_code == 0, result.output
    return result.stdout


def post_bundle(client, path, name: str | None = None, content_type: str = "application/yaml"):
    headers = {"content-type": content_type}
    if name:
        headers["content-disposition"] = f'attachment; filename="{name}"'
    return client.post("/api/v1/assessments", content=path.read_bytes(), headers=headers)


def three_star_id(web) -> int:
    """The 3-star sample submitted once by provider A (the id is shared by the tests that need it)."""
    if "a" not in web.ids:
        with web.api("prov-a") as client:
            answer = post_bundle(client, THREE_STAR, THREE_STAR.name)
        assert answer.status_code == 201, answer.text
        web.ids["a"] = int(answer.headers["x-assessment-id"])
    return web.ids["a"]


def test_health_and_openapi(web):
    with web.api() as client:
        assert client.get("/healthz").status_code == 200
        spec = client.get("/openapi.json").json()
        assert {"/api/v1/assessments", "/api/v1/assessments/{assessment_id}",
                "/api/v1/organisations/{org_id}/assessments"} <= set(spec["paths"])
        docs = client.get("/docs")
        assert docs.status_code == 200 and "swagger-ui" in docs.text
        assert "'sha256-" in docs.headers["content-security-policy"]
        assert "unsafe-inline" not in docs.headers["content-security-policy"].split("style-src")[0]


def test_round_trip_gives_the_cli_report_and_its_id(web):
    with web.api("prov-a") as client:
        answer = post_bundle(client, THREE_STAR, THREE_STAR.name)
        assert answer.status_code == 201, answer.text
        assert answer.content.decode() == cli_json(THREE_STAR)       # the very bytes `cmm assess --format json` prints
        assessment_id = int(answer.headers["x-assessment-id"])
        assert answer.headers["location"] == f"/api/v1/assessments/{assessment_id}"
        assert answer.json()["overall"]["stars"] == THREE_STAR_STARS

        again = client.get(answer.headers["location"])
        assert again.status_code == 200
        assert again.json() == answer.json()
        assert again.headers["x-assessment-state"] == "open"

        history = client.get("/api/v1/organisations/JC-SMEPLAT/assessments")
        assert history.status_code == 200
        row = next(r for r in history.json() if r["id"] == assessment_id)
        assert row["machine_stars"] == THREE_STAR_STARS and row["state"] == "open"


def test_json_bundle_and_unnamed_bundle(web, tmp_path):
    import yaml

    data = yaml.safe_load(THREE_STAR.read_text(encoding="utf-8"))
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with web.api("prov-a") as client:
        answer = post_bundle(client, bundle, content_type="application/json")
    assert answer.status_code == 201, answer.text
    assert answer.content.decode() == cli_json(bundle)     # recorded as bundle.json, like the CLI run on that file


def test_zip_with_attachments(web, tmp_path):
    folder = SAMPLES / "with-attachments"
    archive = shutil.make_archive(str(tmp_path / "upload"), "zip", folder)
    with web.api("ann") as client:
        answer = client.post("/api/v1/assessments", content=open(archive, "rb").read(),
                             headers={"content-type": "application/zip"})
    assert answer.status_code == 201, answer.text
    assert answer.content.decode() == cli_json(folder / "bundle.yaml")
    report = answer.json()
    assert report["overall"]["valid"] is True
    assert {a["path"] for a in report["provenance"]["attachments"]} >= {"attachments/2026-work-plan.txt"}


def test_bad_bundle_gives_the_cli_message(web, tmp_path):
    bad = tmp_path / "bundle.yaml"
    bad.write_text("organisation:\n  id: JC-SMEPLAT\n  name: x\nevidence: 7\n", encoding="utf-8")
    cli = CliRunner().invoke(main, ["assess", str(bad)], catch_exceptions=False)
    assert cli.exit_code == 2
    line = cli.stderr.strip().removeprefix("error: ")
    with web.api("prov-a") as client:
        answer = post_bundle(client, bad)
    assert answer.status_code == 400
    assert answer.json() == {"error": line.replace(str(bad), "bundle.yaml")}
    assert "/" not in answer.json()["error"].split(":")[0]     # no server path in the message


def test_errors_are_json_with_their_status(web):
    with web.api() as client:
        answer = client.post("/api/v1/assessments", content=b"x", headers={"content-type": "application/yaml"})
        assert answer.status_code == 401 and "token" in answer.json()["error"]
    with web.api(token="cmm_not-a-real-token") as client:
        assert client.get("/api/v1/assessments/1").status_code == 401
    with web.api("prov-a") as client:
        answer = client.post("/api/v1/assessments", content=b"%PDF-1.4", headers={"content-type": "application/pdf"})
        assert answer.status_code == 400 and "unsupported media type" in answer.json()["error"]
        big = client.post("/api/v1/assessments", content=b"#" * (MAX_BYTES + 1),
                          headers={"content-type": "application/yaml"})
        assert big.status_code == 413 and "larger than" in big.json()["error"]
        assert client.get("/api/v1/assessments/not-a-number").status_code == 404


def test_a_provider_cannot_read_list_or_guess_another_organisations_assessments(web):
    ours = three_star_id(web)
    with web.api("prov-b") as b:
        own = post_bundle(b, TWO_STAR, TWO_STAR.name)
        assert own.status_code == 201, own.text
        theirs = b.get(f"/api/v1/assessments/{ours}")
        missing = b.get("/api/v1/assessments/999999")
        assert theirs.status_code == missing.status_code == 404
        assert theirs.json()["error"] == missing.json()["error"].replace("999999", str(ours))   # nothing to tell apart
        assert b.get(f"/api/v1/assessments/{ours}/decision").status_code == 404
        listed = b.get("/api/v1/organisations/JC-SMEPLAT/assessments")
        unknown = b.get("/api/v1/organisations/NO-SUCH-ORG/assessments")
        assert listed.status_code == unknown.status_code == 404
        assert listed.json()["error"].replace("JC-SMEPLAT", "X") == unknown.json()["error"].replace("NO-SUCH-ORG", "X")
        # guessing: every id B may read is B's own
        for guess in range(1, ours + 10):
            answer = b.get(f"/api/v1/assessments/{guess}")
            assert answer.status_code in (200, 404)
            if answer.status_code == 200:
                assert answer.json()["organisation"]["id"] == "MH-QHZX"
        own_list = b.get("/api/v1/organisations/MH-QHZX/assessments").json()
        assert own_list and all(r["id"] != ours for r in own_list)


def test_a_provider_cannot_submit_another_organisations_bundle(web):
    with web.api("ann") as assessor:
        before = assessor.get("/api/v1/organisations/JC-SMEPLAT/assessments").json()
    with web.api("prov-b") as b:
        answer = post_bundle(b, THREE_STAR, THREE_STAR.name)
    assert answer.status_code == 403 and "JC-SMEPLAT" in answer.json()["error"]
    with web.api("ann") as assessor:
        assert assessor.get("/api/v1/organisations/JC-SMEPLAT/assessments").json() == before   # nothing registered


def test_roles_through_the_api(web):
    ours = three_star_id(web)
    with web.api("rita") as reviewer:
        answer = post_bundle(reviewer, THREE_STAR)
        assert answer.status_code == 403 and "reviewer" in answer.json()["error"]
        assert reviewer.get(f"/api/v1/assessments/{ours}").status_code == 200    # reviewers read every assessment
    with web.api("ann") as assessor:
        assert assessor.get(f"/api/v1/assessments/{ours}/decision").json()["machine_stars"] == THREE_STAR_STARS


def test_too_many_requests(web):
    codes = []
    with web.api("busy") as client:
        while len(codes) < 2 * RATE_LIMIT and 429 not in codes:
            answer = client.get("/api/v1/assessments/999999")
            codes.append(answer.status_code)
    assert codes[:RATE_LIMIT] == [404] * RATE_LIMIT     # a minute's worth passes …
    assert codes[-1] == 429                             # … and then the token is slowed down
    assert "too many" in answer.json()["error"] and answer.headers["retry-after"] == "60"
    with web.api("ann") as other:                      # another token is not slowed down
        assert other.get("/api/v1/assessments/999999").status_code == 404


def test_security_headers(web):
    with web.api() as client:
        for path in ("/healthz", "/login", "/api/v1/assessments/1"):
            headers = client.get(path).headers
            csp = headers["content-security-policy"]
            assert "script-src 'none'" in csp and "frame-ancestors 'none'" in csp
            assert headers["x-content-type-options"] == "nosniff"

"""The pages through an HTTP client with cookies: log-in, CSRF, sessions, and every role boundary."""
from __future__ import annotations

import re

from conftest import PASSWORD, THREE_STAR, THREE_STAR_TEXT, TWO_STAR, tracebacks


def upload(client, path):
    """A provider's upload through the page's form; returns the assessment id it redirects to."""
    with open(path, "rb") as handle:
        answer = client.post_form("/provider/upload", {}, page="/provider",
                                  files={"bundle": (path.name, handle, "application/octet-stream")})
    assert answer.status_code == 303, answer.text
    found = re.fullmatch(r"/assessments/(\d+)", answer.headers["location"])
    assert found, answer.headers["location"]
    return int(found.group(1))


def test_login_sets_a_safe_cookie_and_logout_ends_the_session(web):
    client = web.browser()
    first = client.get("/login")
    cookie = first.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    anonymous = client.cookies["cmm_session"]
    answer = client.post_form("/login", {"name": "prov-a", "password": PASSWORD})
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    assert client.cookies["cmm_session"] != anonymous            # a fresh session id at log-in
    assert client.get("/provider").status_code == 200
    stolen = client.cookies["cmm_session"]
    assert client.post_form("/logout", {}, page="/provider").status_code == 303
    replay = web.browser()
    replay.cookies.set("cmm_session", stolen)
    assert replay.get("/provider").headers["location"] == "/login"   # the old cookie is dead on the server


def test_wrong_password_and_throttling(web):
    client = web.browser()
    wrong = client.post_form("/login", {"name": "amy", "password": "not her password"})
    assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    unknown = client.post_form("/login", {"name": "nobody-at-all", "password": "whatever it is"})
    assert unknown.status_code == 401 and "Wrong name or password" in unknown.text   # no hint which
    for _ in range(4):
        client.post_form("/login", {"name": "amy", "password": "still not it"})
    blocked = client.post_form("/login", {"name": "amy", "password": PASSWORD})
    assert blocked.status_code == 429 and "Too many failed log-ins" in blocked.text
    assert web.browser("ann").get("/queue").status_code == 200    # someone else still logs in


def test_every_form_needs_its_csrf_token(web):
    client = web.browser("prov-a")
    no_token = client.post("/logout", data={})
    assert no_token.status_code == 403 and "CSRF" in no_token.text
    forged = client.post("/provider/upload", data={"csrf": "forged"},
                         files={"bundle": ("b.yaml", THREE_STAR.read_bytes(), "application/yaml")})
    assert forged.status_code == 403
    other = web.browser()                     # another visitor's token does not fit this session
    token = other.csrf("/login")
    assert client.post("/logout", data={"csrf": token}).status_code == 403
    assert client.get("/provider").status_code == 200     # still logged in


def test_pages_need_a_log_in(web):
    anonymous = web.browser()
    for path in ("/", "/provider", "/queue", "/admin", "/assessments/1"):
        answer = anonymous.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", path


def test_role_boundaries_on_the_pages(web):
    provider_a, provider_b = web.browser("prov-a"), web.browser("prov-b")
    ours = upload(provider_a, THREE_STAR)
    theirs = upload(provider_b, TWO_STAR)
    page = provider_a.get(f"/assessments/{ours}")
    assert page.status_code == 200 and 'id="radar"' in page.text and THREE_STAR_TEXT in page.text
    assert 'id="override-form"' not in page.text and 'id="signoff-form"' not in page.text

    # a provider: only its own organisation, and nothing an assessor or reviewer does
    assert provider_a.get(f"/assessments/{theirs}").status_code == 404
    assert provider_a.get("/assessments/999999").status_code == 404
    assert theirs not in [int(i) for i in re.findall(r'href="/assessments/(\d+)"', provider_a.get("/provider").text)]
    for path in ("/queue", "/admin"):
        assert provider_a.get(path).status_code == 403
    override = {"criterion": "x", "after": "pass", "reason_code": "evidence_found_on_site",
                "rationale": "an attempt by the provider to change its own result"}
    assert provider_a.post_form(f"/assessments/{ours}/override", override, page="/provider").status_code == 403
    assert provider_a.post_form(f"/assessments/{theirs}/override", override, page="/provider").status_code == 404
    assert provider_a.post_form(f"/assessments/{ours}/signoff", {"outcome": "approved"},
                                page="/provider").status_code == 403

    # an assessor assesses but neither signs off nor administers
    assessor = web.browser("ann")
    assert assessor.get("/admin").status_code == 403
    assert assessor.post_form(f"/assessments/{ours}/signoff", {"outcome": "approved"},
                              page=f"/assessments/{ours}").status_code == 403
    # a reviewer signs off but does not assess
    reviewer = web.browser("rita")
    assert reviewer.post_form(f"/assessments/{ours}/override", override,
                              page=f"/assessments/{ours}").status_code == 403
    assert reviewer.post_form(f"/assessments/{ours}/submit", {}, page=f"/assessments/{ours}").status_code == 403
    assert reviewer.get("/admin").status_code == 403
    assert tracebacks(web) == []


def test_four_eyes_an_admin_who_assessed_cannot_sign_off(web):
    provider = web.browser("prov-a")
    assessment = upload(provider, THREE_STAR)
    admin = web.browser("root")
    page = f"/assessments/{assessment}"
    report = admin.get(page).text
    evidence = re.search(r'name="evidence_id" value="([^"]+)"', report).group(1)
    version = re.search(r'name="version" value="(\d+)"', report).group(1)
    checked = admin.post_form(f"{page}/evidence", {"evidence_id": evidence, "status": "verified", "note": "",
                                                   "version": version}, page=page)
    assert checked.status_code == 303
    assert "Evidence check recorded" in admin.get(page).text
    version = re.search(r'name="version" value="(\d+)"', admin.get(page).text).group(1)
    assert admin.post_form(f"{page}/submit", {"version": version}, page=page).status_code == 303
    shown = admin.get(page).text
    assert "Four-eyes rule" in shown and 'id="signoff-form"' not in shown
    refused = admin.post_form(f"{page}/signoff", {"outcome": "approved"}, page=page)
    assert refused.status_code == 403 and "four-eyes" in refused.text
    reviewer = web.browser("rita")
    assert reviewer.post_form(f"{page}/signoff", {"outcome": "approved", "note": "ok"}, page=page).status_code == 303
    assert "已签核 signed off" in provider.get(page).text


def test_stale_form_is_a_conflict_not_a_lost_update(web):
    provider = web.browser("prov-a")
    assessment = upload(provider, THREE_STAR)
    page = f"/assessments/{assessment}"
    ann, amy_like = web.browser("ann"), web.browser("root")
    report = ann.get(page).text
    evidence = re.findall(r'name="evidence_id" value="([^"]+)"', report)
    seen = re.search(r'name="version" value="(\d+)"', report).group(1)
    assert ann.post_form(f"{page}/evidence", {"evidence_id": evidence[0], "status": "verified", "version": seen},
                         page=page).status_code == 303
    stale = amy_like.post_form(f"{page}/evidence", {"evidence_id": evidence[1], "status": "rejected",
                                                    "note": "copy, not the original", "version": seen}, page=page)
    assert stale.status_code == 303
    shown = amy_like.get(page).text
    assert "Not saved" in shown and "changed by someone else" in shown


def test_admin_manages_organisations_people_and_tokens(web):
    admin = web.browser("root")
    assert admin.post_form("/admin/organisations", {"org_id": "NEW-ORG", "name": "新机构"}, page="/admin"
                           ).status_code == 303
    added = admin.post_form("/admin/people", {"name": "prov-new", "role": "provider", "org_id": "NEW-ORG",
                                              "password": "a new long password"}, page="/admin")
    assert added.status_code == 303
    listing = admin.get("/admin").text
    assert "Person added" in listing and "prov-new" in listing and "NEW-ORG" in listing
    short = admin.post_form("/admin/people", {"name": "p2", "role": "assessor", "password": "short"}, page="/admin")
    assert short.status_code == 303 and "at least 10 characters" in admin.get("/admin").text
    person_id = re.search(r'<td>(\d+)</td><td>prov-new</td>', listing).group(1)
    shown = admin.post_form(f"/admin/people/{person_id}/token", {}, page="/admin")
    token = re.search(r'id="token">([^<]+)<', shown.text).group(1)
    assert token not in admin.get("/admin").text                    # shown once
    with web.api(token=token) as api:
        assert api.get("/api/v1/organisations/NEW-ORG/assessments").json() == []
        assert api.get("/api/v1/organisations/JC-SMEPLAT/assessments").status_code == 404
    assert web.browser("prov-new", password="a new long password").get("/provider").status_code == 200

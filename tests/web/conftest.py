"""One ``cmm serve`` for the web tests: a real server process on a free loopback port.

The register behind it is set up through the register's own service layer
(organisations, one person per role, passwords, API tokens); the tests then
talk to the server only over HTTP, as a browser or another system would.
Its log is kept so that a test can show that no request left a traceback.
"""
from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import yaml

from cmm_rules.register import service
from cmm_rules.register.db import open_register
from cmm_rules.web.auth import hash_password
from cmm_rules.web.live import LiveServer

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "evidence_samples"
TWO_STAR = SAMPLES / "district-consulting-firm-2star.yaml"


def _uploaded_alone(sample: Path) -> Path:
    """The sample as a provider uploads its bundle file alone, without the documents folder beside it.

    Its items then declare no attachments (declared ones would be missing: an
    integrity failure, and no stars), so the criteria that require an attached
    document (ST-SG-3-03/3-04, the documented service management system; the
    DE catalogue, SLA and security rules…) fail and the sample rates fewer
    stars (THREE_STAR_STARS); the zip upload with documents is tested with the
    with-attachments sample. Written once, outside the checkout.
    """
    folder = Path(tempfile.mkdtemp(prefix="cmm-web-samples-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    data = yaml.safe_load(sample.read_text(encoding="utf-8"))
    for item in data["evidence"]:
        item.pop("attachments", None)
    path = folder / sample.name
    path.write_text(yaml.dump(data, Dumper=_Indented, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


class _Indented(yaml.SafeDumper):
    """Lists indented under their key, as the samples are written (tests append items to the text)."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


THREE_STAR = _uploaded_alone(SAMPLES / "city-service-platform-3star.yaml")


def _machine_stars(bundle: Path) -> int:
    """The stars `cmm assess` gives the file: the web must show the same. The 3-star sample uploaded
    without its documents gets fewer than 3, since criteria marked requires_document pass only on an
    attached document or an assessor's verification."""
    from cmm_rules import assess
    return assess(bundle)["overall"]["stars"]


THREE_STAR_STARS = _machine_stars(THREE_STAR)
THREE_STAR_TEXT = "★" * THREE_STAR_STARS + "☆" * (5 - THREE_STAR_STARS)
#: Upload limit the test server runs with (the 3-star sample is 50 kB).
MAX_BYTES = 300_000
#: API requests per minute per token on the test server.
RATE_LIMIT = 300
PASSWORD = "correct horse battery"

#: name → (role, organisation)
PEOPLE = {
    "prov-a": ("provider", "JC-SMEPLAT"),     # the 3-star sample's organisation
    "prov-b": ("provider", "MH-QHZX"),        # the 2-star sample's organisation
    "ann": ("assessor", None),
    "amy": ("assessor", None),
    "rita": ("reviewer", None),
    "root": ("admin", None),
    "busy": ("assessor", None),              # only for the rate-limit test
}


@dataclass
class Web:
    url: str
    server: LiveServer
    db_url: str
    tokens: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def api(self, who: str | None = None, token: str | None = None) -> httpx.Client:
        """An HTTP client for the API, with ``who``'s token (or ``token``, or none)."""
        token = token or (self.tokens[who] if who else None)
        headers = {"authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)

    def browser(self, who: str | None = None, password: str = PASSWORD) -> "PageClient":
        """An HTTP client with a cookie jar, logged in as ``who`` through the log-in form."""
        client = PageClient(base_url=self.url, timeout=60, follow_redirects=False)
        if who:
            answer = client.post_form("/login", {"name": who, "password": password}, page="/login")
            assert answer.status_code == 303, answer.text
        return client


class PageClient(httpx.Client):
    """Posts forms the way a browser does: with the CSRF token of the page the form is on."""

    def csrf(self, page: str) -> str:
        answer = self.get(page)
        found = re.search(r'name="csrf" value="([^"]+)"', answer.text)
        assert found, f"no CSRF token on {page} ({answer.status_code})"
        return found.group(1)

    def post_form(self, path: str, data: dict, page: str | None = None, files=None) -> httpx.Response:
        data = dict(data, csrf=self.csrf(page or path))
        return self.post(path, data=data, files=files)


def setup_register(db_url: str) -> dict[str, str]:
    """Organisations, people, passwords and tokens; returns name → API token."""
    register = open_register(db_url)
    tokens = {}
    try:
        with register.session() as db:
            service.ensure_organisation(db, "JC-SMEPLAT", "江澄市企业服务集团有限公司")
            service.ensure_organisation(db, "MH-QHZX", "明湖区企航咨询")
            for name, (role, org) in PEOPLE.items():
                person = service.add_person(db, name, role, org)
                db.flush()
                service.set_password_hash(db, person, hash_password(PASSWORD))
                tokens[name] = service.new_token(db, person)
    finally:
        register.close()
    return tokens


@pytest.fixture(scope="session")
def web(tmp_path_factory) -> Web:
    base = tmp_path_factory.mktemp("serve")
    db_url = f"sqlite:///{base / 'register.db'}"
    tokens = setup_register(db_url)
    server = LiveServer(base / "data", db_url, base / "server.log", "--workers", "2", "--max-bytes", str(MAX_BYTES),
                        "--rate-limit", str(RATE_LIMIT))
    try:
        yield Web(server.url, server, db_url, tokens)
    finally:
        server.stop()


def tracebacks(web: Web) -> list[str]:
    """Lines of the server log that belong to a Python traceback."""
    return [line for line in web.server.text().splitlines() if "Traceback" in line or line.startswith("  File ")]

"""`cmm serve` on a fresh install: the README's one command, the embedded register, a first admin."""
from __future__ import annotations

import os
import subprocess
import sys

import httpx

from cmm_rules.web.live import LiveServer


def cmm(*args: str, cwd, stdin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CMM_DB"}
    return subprocess.run([sys.executable, "-m", "cmm_rules.cli", *args], cwd=cwd, input=stdin, text=True,
                          capture_output=True, env=env, timeout=120)


def test_fresh_install_first_admin_and_embedded_register(tmp_path):
    added = cmm("register", "people", "add", "admin", "--role", "admin", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    short = cmm("register", "people", "password", "admin", cwd=tmp_path, stdin="short\n")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    assert cmm("register", "people", "password", "admin", cwd=tmp_path, stdin="first admin secret\n").returncode == 0
    assert (tmp_path / "cmm-register.db").is_file()
    with LiveServer(tmp_path / "cmm-data", None, tmp_path / "serve.log", "--workers", "1", cwd=tmp_path) as server:
        with httpx.Client(base_url=server.url, follow_redirects=False, timeout=60) as client:
            page = client.get("/login")
            csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            answer = client.post("/login", data={"name": "admin", "password": "first admin secret", "csrf": csrf})
            assert answer.status_code == 303
            admin = client.get("/admin")
            assert admin.status_code == 200 and "管理员 admin" in admin.text
    names = {p.name for p in tmp_path.iterdir()} - {"cmm-register.db-wal", "cmm-register.db-shm"}
    assert names == {"cmm-data", "cmm-register.db", "serve.log"}     # nothing written anywhere else

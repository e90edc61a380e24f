"""The README's register walk-through, run as written, in a fresh folder with the default embedded database."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def walk_through() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- register walk-through -->\n```sh\n(.*?)```", text, re.S)
    assert match, "the README lost its register walk-through"
    return match.group(1)


def test_the_readme_walk_through_runs_as_written(tmp_path):
    (tmp_path / "evidence_samples").symlink_to(ROOT / "evidence_samples")
    env = {k: v for k, v in os.environ.items() if k not in ("CMM_DB", "CMM_KEY")}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", walk_through()], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "\n1\n" in out  # `cmm register add` printed the new assessment id
    assert "ST-SG-4-02: fail → pass (evidence_found_on_site); final 3 stars" in out
    assert "assessment 1 approved by bob: 3 stars, final" in out
    assert "certificate 1: JC-SMEPLAT 3 stars, valid 2026-11-10 to 2029-11-10, surveillance 2027-11-10, 2028-11-10" in out
    assert "2027-11-10  surveillance certificate 1  JC-SMEPLAT  3 stars" in out
    assert "package verified: decision.zip" in out and "2 signatures valid" in out
    assert re.search(r"intact: \d+ events, every row and blob as recorded", out)
    assert (tmp_path / "cmm-register.db").exists()  # the default embedded register, in the current folder
    assert (tmp_path / "alice.key").stat().st_mode & 0o777 == 0o600
    history = subprocess.run([sys.executable, "-m", "cmm_rules.cli", "register", "history", "JC-SMEPLAT",
                              "--format", "json"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert [(h["machine_stars"], h["final_stars"], h["state"], h["overrides"], h["certificate"]["status"])
            for h in json.loads(history.stdout)] == [(3, 3, "signed_off", 1, "active")]

"""The README's register walk-through, run as written, in a fresh folder with the default embedded database.

Each line of the README block is split like a shell would split it and run
through the ``cmm`` command line's own entry (in this process, for speed).
"""
from __future__ import annotations

import json
import re
import shlex

from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import ROOT


def walk_through() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- register walk-through -->\n```sh\n(.*?)```", text, re.S)
    assert match, "the README lost its register walk-through"
    commands = []
    for line in match.group(1).replace("\\\n", " ").splitlines():
        args = shlex.split(line, comments=True)
        if args:
            assert args[0] == "cmm" and "&&" not in args and "|" not in args, f"not one cmm command: {line}"
            commands.append(args[1:])
    return commands


def test_the_readme_walk_through_runs_as_written(tmp_path, monkeypatch):
    (tmp_path / "evidence_samples").symlink_to(ROOT / "evidence_samples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CMM_DB", raising=False)
    monkeypatch.delenv("CMM_KEY", raising=False)
    out = []
    for args in walk_through():
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
        out.append(result.stdout)
    out = "".join(out)
    assert "\n1\n" in out  # `cmm register add` printed the new assessment id
    assert "ST-SG-4-02: fail → pass (evidence_found_on_site); final 3 stars" in out
    assert "assessment 1 approved by bob: 3 stars, final" in out
    assert "certificate 1: JC-SMEPLAT 3 stars, valid 2026-11-10 to 2029-11-10, surveillance 2027-11-10, 2028-11-10" in out
    assert "2027-11-10  surveillance certificate 1  JC-SMEPLAT  3 stars" in out
    assert "package verified: decision.zip" in out and "2 signatures valid" in out
    assert re.search(r"intact: \d+ events, every row and blob as recorded", out)
    assert (tmp_path / "cmm-register.db").exists()  # the default embedded register, in the current folder
    assert (tmp_path / "alice.key").stat().st_mode & 0o777 == 0o600
    history = CliRunner().invoke(main, ["register", "history", "JC-SMEPLAT", "--format", "json"])
    assert [(h["machine_stars"], h["final_stars"], h["state"], h["overrides"], h["certificate"]["status"])
            for h in json.loads(history.stdout)] == [(3, 3, "signed_off", 1, "active")]

"""Hostile input: every case gives a correct result or one clear error, in bounded time and memory.

Each case runs the real command line in a subprocess with a wall-clock
timeout and an address-space limit, so that a hang or a memory blow-up
fails the test instead of the machine. ``cmm assess`` must exit 2 with one
line naming the file (no traceback, nothing executed); ``cmm screen`` must
write an error row for the bundle and go on.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import SAMPLES

TIME_LIMIT = 120          # seconds per command; each case takes well under a second, 10,000 items a few
MEMORY_LIMIT = 3 << 30    # bytes of address space for the child process
FIVE_STARS = SAMPLES / "national-platform-5star.yaml"


def _limit_memory():  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def cmm(*args, cwd=None, env=None, timeout=TIME_LIMIT) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "from cmm_rules.cli import main; main()", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=cwd,
                          env={**os.environ, **(env or {})}, preexec_fn=_limit_memory)


# ----------------------------------------------------------------- the cases


def alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"  # 9^9 = 387,420,489 strings once expanded


def valid_bundle_text() -> str:
    return FIVE_STARS.read_text(encoding="utf-8")


def with_documents(folder: Path) -> Path:
    """Copy the 5-star sample's attached documents into ``folder``, where a copy of the bundle is assessed."""
    documents = FIVE_STARS.with_name(FIVE_STARS.stem + "-files")
    if not (folder / documents.name).exists():
        shutil.copytree(documents, folder / documents.name)
    return folder


def deep_block_yaml(levels: int = 200) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(levels)) + "  " * levels + "leaf\n"


def random_bytes(seed: int, n: int = 4096) -> bytes:
    return random.Random(seed).randbytes(n)


def random_text(seed: int, n: int = 4096) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("{}[]:,-&*!|>'\"#%@` \n\tabcXYZ019.") for _ in range(n))


SHELL_MARKER = "PWNED-by-yaml"

# name, file name, content, phrase the one-line error must contain
CASES = [
    ("alias bomb", "bomb.yaml", alias_bomb(), "alias bomb"),
    ("deep nesting, YAML flow", "deep-flow.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n", "nesting"),
    ("deep nesting, YAML block", "deep-block.yaml", deep_block_yaml(), "nesting deeper than 64"),
    ("deep nesting, JSON", "deep.json", '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "nesting"),
    ("invalid UTF-8", "latin1.yaml", "organisation: {name: Café}\n".encode("latin-1"), "not valid UTF-8"),
    ("JSON NaN", "nan.json", '{"organisation": {"id": "A"}, "x": NaN}', "NaN is not a number JSON allows"),
    ("JSON Infinity", "inf.json", '{"x": Infinity}', "Infinity is not a number JSON allows"),
    ("JSON -Infinity", "neginf.json", '{"x": [1, -Infinity]}', "-Infinity is not a number JSON allows"),
    ("YAML .nan", "nan.yaml", "x: .nan\n", "finite"),
    ("YAML .inf", "inf.yaml", "x: [1, -.inf]\n", "finite"),
    ("YAML duplicate keys", "dup.yaml", "organisation: {id: A}\nassessment: {}\norganisation: {id: B}\n",
     "duplicate key 'organisation'"),
    ("YAML duplicate keys, nested", "dup-nested.yaml", "a:\n  b: 1\n  c: 2\n  b: 3\n", "duplicate key 'b'"),
    ("JSON duplicate keys", "dup.json", '{"a": 1, "a": 2}', "duplicate key 'a'"),
    ("YAML python/object/apply", "apply.yaml",
     f"organisation: !!python/object/apply:os.system ['touch {SHELL_MARKER}']\n", "is not allowed"),
    ("YAML python/object/apply at the root", "apply-root.yaml",
     f"!!python/object/apply:os.system ['touch {SHELL_MARKER}']\n", "is not allowed"),
    ("YAML python/name", "name.yaml", "x: !!python/name:os.system\n", "is not allowed"),
    ("YAML python/object/new", "new.yaml", "x: !!python/object/new:subprocess.Popen [['touch', 'x']]\n",
     "is not allowed"),
    ("YAML custom tag", "custom.yaml", "x: !include /etc/passwd\n", "is not allowed"),
    ("YAML merge key", "merge.yaml", "base: &b {a: 1}\nx:\n  <<: *b\n", "merge keys"),
    ("empty file", "empty.yaml", "", "file is empty"),
    ("only whitespace and comments", "blank.yaml", "  \n# nothing here\n\n", "file is empty"),
    ("empty JSON", "empty.json", "", "file is empty"),
    ("random bytes", "random.yaml", random_bytes(1), ""),
    ("random bytes as JSON", "random.json", random_bytes(2), ""),
    ("random YAML-ish text", "noise.yaml", random_text(3), ""),
    ("a list at the top", "list.yaml", "- 1\n- 2\n", "the top level must be a mapping"),
]


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for _, name, content, _ in CASES:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (folder / "a-directory.yaml").mkdir()
    return folder


def _one_clear_line(result: subprocess.CompletedProcess, phrase: str, name: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and name in lines[0], lines[0]
    assert phrase in lines[0], lines[0]
    assert len(lines[0]) < 400


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_assess_refuses_hostile_input_with_one_line(case, hostile_dir):
    _, name, _, phrase = case
    result = cmm("assess", name, cwd=hostile_dir)
    _one_clear_line(result, phrase, name)
    assert not (hostile_dir / SHELL_MARKER).exists(), "a YAML tag executed a command"


def test_a_directory_given_as_a_bundle(hostile_dir):
    _one_clear_line(cmm("assess", "a-directory.yaml", cwd=hostile_dir), "is a directory", "a-directory.yaml")


def test_a_missing_file(hostile_dir):
    _one_clear_line(cmm("assess", "no-such-bundle.yaml", cwd=hostile_dir), "file not found", "no-such-bundle.yaml")


def test_size_limit_option_and_environment(tmp_path):
    bundle = with_documents(tmp_path) / "bundle.yaml"
    bundle.write_text(valid_bundle_text(), encoding="utf-8")
    size = bundle.stat().st_size
    _one_clear_line(cmm("assess", "--max-bytes", size - 1, "bundle.yaml", cwd=tmp_path), "over the limit", "bundle.yaml")
    _one_clear_line(cmm("assess", "bundle.yaml", cwd=tmp_path, env={"CMM_MAX_BYTES": str(size - 1)}),
                    "over the limit", "bundle.yaml")
    assert cmm("assess", "--max-bytes", size, "bundle.yaml", cwd=tmp_path).returncode == 0


def test_default_size_limit_refuses_before_reading(tmp_path):
    from cmm_rules.load import DEFAULT_MAX_BYTES

    big = tmp_path / "big.yaml"
    with open(big, "wb") as handle:  # sparse: the size is real, the disk is not spent
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    _one_clear_line(cmm("assess", "big.yaml", cwd=tmp_path), "over the limit", "big.yaml")


def test_a_bad_max_bytes_is_a_usage_error(tmp_path):
    result = cmm("assess", "--max-bytes", "0", FIVE_STARS, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


# ------------------------------------------------------- 10,000 evidence items


def many_items_bundle(n: int = 10_000) -> dict:
    """The 5-star sample with its evidence repeated (fresh ids) up to ``n`` items."""
    base = yaml.safe_load(valid_bundle_text())
    items = []
    while len(items) < n:
        start = len(items)
        fresh = {item["id"]: f"EV-{start + k + 1:05d}" for k, item in enumerate(base["evidence"]) if start + k < n}
        for item in base["evidence"]:
            if len(items) == n:
                break
            copy = json.loads(json.dumps(item))
            copy["id"] = fresh[item["id"]]
            if "refers_to" in copy:  # a copy refers to the copies of its round
                copy["refers_to"] = [fresh[ref] for ref in copy["refers_to"] if ref in fresh]
                if not copy["refers_to"]:
                    del copy["refers_to"]
            items.append(copy)
    return {**base, "evidence": items}


@pytest.fixture(scope="module")
def many_items(tmp_path_factory) -> Path:
    folder = with_documents(tmp_path_factory.mktemp("many"))
    (folder / "many.json").write_text(json.dumps(many_items_bundle(), ensure_ascii=False), encoding="utf-8")
    (folder / "many.yaml").write_text(yaml.safe_dump(many_items_bundle(), allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["many.json", "many.yaml"])
def test_ten_thousand_evidence_items_give_the_right_result(name, many_items):
    base = json.loads(cmm("assess", "--format", "json", FIVE_STARS).stdout)
    result = cmm("assess", "--format", "json", name, cwd=many_items)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["overall"]["stars"] == base["overall"]["stars"] == 5
    assert report["overall"]["counts"] == base["overall"]["counts"]
    assert len(report["unused_evidence"]) + len({e for f in report["findings"] for e in f["evidence"]}) <= 10_000


# ----------------------------------------------------------- through screen


def test_screen_turns_every_hostile_bundle_into_an_error_row(hostile_dir, many_items, tmp_path):
    good = with_documents(tmp_path) / "good.yaml"
    good.write_text(valid_bundle_text(), encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    result = cmm("screen", "--jobs", "2", "-o", out, hostile_dir, good, many_items / "many.json", cwd=hostile_dir)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    rows = {Path(r["file"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    for _, name, _, phrase in CASES:
        assert rows[name]["error"] and phrase in rows[name]["error"], (name, rows[name])
        assert rows[name]["stars"] is None
    assert "is a directory" in rows["a-directory.yaml"]["error"]
    assert rows["good.yaml"]["error"] is None and rows["good.yaml"]["stars"] == 5
    assert rows["many.json"]["error"] is None and rows["many.json"]["stars"] == 5
    assert not (hostile_dir / SHELL_MARKER).exists()
    assert f"{len(CASES) + 1} in error" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_or_a_device_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")  # opening it for reading would wait for a writer forever
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")  # endless bytes
    for name in ("pipe.yaml", "zero.yaml"):
        _one_clear_line(cmm("assess", name, cwd=tmp_path, timeout=30), "not a regular file", name)
    out = tmp_path / "rows.jsonl"
    result = cmm("screen", tmp_path, "-o", out, timeout=60)
    assert result.returncode == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {Path(r["file"]).name for r in rows} == {"pipe.yaml", "zero.yaml"}
    assert all("not a regular file" in r["error"] for r in rows)


def test_screen_size_limit_makes_an_error_row(tmp_path):
    bundle = tmp_path / "bundle.yaml"
    bundle.write_text(valid_bundle_text(), encoding="utf-8")
    out = tmp_path / "rows.csv"
    result = cmm("screen", "--max-bytes", 1000, bundle, "-o", out, env={"CMM_MAX_BYTES": ""})
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "over the limit of 1000 bytes" in out.read_text(encoding="utf-8")
    result = cmm("screen", bundle, "-o", out, env={"CMM_MAX_BYTES": "1000"})
    assert result.returncode == 3 and "over the limit of 1000 bytes" in out.read_text(encoding="utf-8")

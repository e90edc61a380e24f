"""Property-based: random mutations of valid bundles never crash the loader or the engine.

Whatever hypothesis does to a valid bundle — deletes or replaces any value,
adds keys, repeats evidence ids, or corrupts the bytes of the file — the
pipeline answers with a report or a clear :class:`InputError`; any other
exception is a bug. The compiled schema check used to skip jsonschema for
valid bundles must agree with jsonschema on every mutated document.
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmm_rules import InputError, assess
from cmm_rules.load import load_bytes
from cmm_rules.validate import fast_check, validator

from conftest import SAMPLES

BASE_FILES = [SAMPLES / "county-sme-centre-1star.yaml", SAMPLES / "city-service-platform-3star.yaml",
              SAMPLES / "strategy-partial.yaml"]
BASES = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in BASE_FILES]
#: examples per property; CMM_PROPERTY_EXAMPLES=2000 for a longer hunt
EXAMPLES = int(os.environ.get("CMM_PROPERTY_EXAMPLES", "40"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# values a bundle author (or an attacker) might put anywhere
SCALARS = (st.none() | st.booleans() | st.integers(-(10 ** 12), 10 ** 12)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40)
           | st.sampled_from(["2026-11-01", "2026-02-30", "1999-01-01", "9999-12-31", "26-1-1", "", " ",
                              "document", "metric", "record", "strategic_plan", "budget", "ST-SG-1-01",
                              "EV-001", "\u0000", "é" * 300, "0x1F", "yes", "null", ".nan"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=8)
KEYS = st.sampled_from(["id", "topic", "kind", "title", "issued", "valid_until", "approval", "attributes",
                        "value", "unit", "period", "attachments", "notes", "criterion", "justification",
                        "expires", "date", "exclusions", "evidence", "schema_version", "extra"]) | st.text(max_size=12)
MUTATIONS = st.lists(st.tuples(st.sampled_from(["delete", "replace", "insert", "repeat"]),
                               st.integers(min_value=0), KEYS, VALUES), min_size=1, max_size=4)


def _places(node, path=()):
    """Every path into a document, the root included."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _places(value, path + (i,))


def _at(doc, path):
    for part in path:
        doc = doc[part]
    return doc


def mutate(doc, mutations):
    for action, pick, key, value in mutations:
        places = list(_places(doc))
        path = places[pick % len(places)]
        if not path:
            if action == "insert" and isinstance(doc, dict):
                doc[key] = value
            continue
        parent, last = _at(doc, path[:-1]), path[-1]
        if action == "delete":
            del parent[last]
        elif action == "replace":
            parent[last] = value
        elif action == "insert":
            target = parent[last]
            if isinstance(target, dict):
                target[key] = value
            elif isinstance(target, list):
                target.append(value)
            else:
                parent[last] = value
        elif action == "repeat" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))  # e.g. an evidence item with the same id
    return doc


def _encode(doc, as_json: bool) -> bytes:
    if as_json:
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False).encode("utf-8")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("properties")


def _assess_or_clear_error(path: Path, catalogue) -> dict | None:
    try:
        report = assess(path, catalogue)
    except InputError as exc:
        text = str(exc)
        assert text and "\n" not in text.strip() and "Traceback" not in text
        return None
    assert 0 <= report["overall"]["stars"] <= 5
    assert sum(report["overall"]["counts"].values()) == len(catalogue.criteria)
    assert {f["result"] for f in report["findings"]} <= {"pass", "fail", "not_applicable", "error"}
    return report


@FAST
@given(base=st.sampled_from(range(len(BASES))), mutations=MUTATIONS, as_json=st.booleans())
def test_mutated_bundles_give_a_report_or_a_clear_error(base, mutations, as_json, workdir, catalogue):
    doc = mutate(copy.deepcopy(BASES[base]), mutations)
    path = workdir / f"mutated.{'json' if as_json else 'yaml'}"
    path.write_bytes(_encode(doc, as_json))
    _assess_or_clear_error(path, catalogue)


@FAST
@given(base=st.sampled_from(range(len(BASES))),
       edits=st.lists(st.tuples(st.sampled_from(["flip", "insert", "delete"]), st.integers(min_value=0),
                                st.binary(min_size=1, max_size=3)), min_size=1, max_size=5),
       as_json=st.booleans())
def test_corrupted_bytes_give_a_report_or_a_clear_error(base, edits, as_json, workdir, catalogue):
    data = bytearray(_encode(BASES[base], as_json))
    for action, at, chunk in edits:
        at %= len(data) + 1
        if action == "flip" and at < len(data):
            data[at] ^= chunk[0] or 0xFF
        elif action == "insert":
            data[at:at] = chunk
        elif action == "delete":
            del data[at:at + len(chunk)]
    path = workdir / f"corrupted.{'json' if as_json else 'yaml'}"
    path.write_bytes(bytes(data))
    try:
        load_bytes(bytes(data), path.name, as_json=as_json)
    except InputError:
        return
    _assess_or_clear_error(path, catalogue)


@settings(max_examples=5 * EXAMPLES, deadline=None)
@given(base=st.sampled_from(range(len(BASES))), mutations=MUTATIONS)
def test_the_fast_schema_check_agrees_with_jsonschema(base, mutations):
    doc = mutate(copy.deepcopy(BASES[base]), mutations)
    assert fast_check("evidence")(doc) == validator("evidence").is_valid(doc)


def test_unmutated_bases_are_valid_and_fast_checked(catalogue):
    for doc in BASES:
        assert fast_check("evidence")(doc) and validator("evidence").is_valid(doc)

"""Benchmark of condition language v2: what joins and aggregates cost per assessment.

    python benchmarks/language.py                 # bundles of 100, 1000 and 4000 items
    python benchmarks/language.py --sizes 200 2000

A catalogue of five criteria, one per construct — "every action has an
approved verification referring to it" (a three-fact join, both ways),
"≥ 80 % of staff hold a degree and a mid-level title" (share), "the online
share of two summed volumes ≥ 60 %" (ratio), "satisfaction rose in each of the
last two years" (trend over distinct periods), "≥ 3 distinct channels"
(distinct_by) — is assessed against synthetic bundles of N items (a quarter
actions, a quarter verifications each referring to one action, the rest
staff, volume, satisfaction and channel records), written as JSON. Each size is assessed
``--repeat`` times in this process after one warm-up (compiling the catalogue
is not timed); the fastest run counts, since other work on a shared machine
only slows a run down.

The last line is machine-readable::

    RESULT ms_per_bundle_100=… ms_per_bundle_1000=… … refs_per_s_…=…
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mini_catalogue import criterion, write_catalogue  # noqa: E402

from cmm_rules import assess, load_catalogue  # noqa: E402

CRITERIA = [
    ("XX-AA-1-01", {"all": [
        {"evidence": {"topic": "action", "referred_by": {"topic": "verification", "approved": True}}},
        {"not": {"evidence": {"topic": "action", "lacking": {"topic": "verification", "approved": True}}}}]}),
    ("XX-AA-1-02", {"evidence": {"topic": "staff",
                                 "aggregate": {"share": {"degree": {"eq": True}, "title": {"in": ["mid", "senior"]}},
                                               "gte": 80}}}),
    ("XX-AA-1-03", {"evidence": {"topic": "volume", "aggregate": {"ratio": ["online", "total"], "gte": 60}}}),
    ("XX-AA-1-04", {"evidence": {"topic": "kpi", "kinds": ["metric"], "aggregate": {"rises": "value", "gte": 2}}}),
    ("XX-AA-1-05", {"evidence": {"topic": "log", "at_least": 3, "distinct_by": "channel"}}),
]


def bundle(n: int) -> dict:
    """N items: a quarter actions, a quarter verifications (each referring to one action), the rest spread."""
    quarter = n // 4
    items = []
    for i in range(quarter):
        items.append({"id": f"A{i}", "topic": "action", "kind": "record", "title": f"action {i}"})
        items.append({"id": f"V{i}", "topic": "verification", "kind": "record", "title": f"verification {i}",
                      "refers_to": [f"A{i}"], "approval": {"by": "Li Wei", "date": "2026-06-01"}})
    rest = n - 2 * quarter
    for i in range(rest):
        kind = i % 4
        if kind == 0:
            items.append({"id": f"S{i}", "topic": "staff", "kind": "record", "title": f"staff {i}",
                          "attributes": {"degree": i % 20 != 0, "title": "mid"}})
        elif kind == 1:
            items.append({"id": f"O{i}", "topic": "volume", "kind": "record", "title": f"volume {i}",
                          "attributes": {"online": 70, "total": 100}})
        elif kind == 2:
            items.append({"id": f"K{i}", "topic": "kpi", "kind": "metric", "title": f"kpi {i}",
                          "value": 80 + (i // 4) % 3, "period": str(2023 + (i // 4) % 3)})
        else:
            items.append({"id": f"L{i}", "topic": "log", "kind": "record", "title": f"log {i}",
                          "attributes": {"channel": f"channel-{i % 5}"}})
    return {"organisation": {"id": "BENCH", "name": "Benchmark provider", "kind": "other"},
            "assessment": {"id": "BENCH-A", "date": "2026-11-01"}, "evidence": items}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 4000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        catalogue = load_catalogue(write_catalogue(folder / "catalogue", [criterion(c, r) for c, r in CRITERIA]))
        results = {}
        for n in args.sizes:
            path = folder / f"bundle-{n}.json"  # JSON: what is measured is the language, not the YAML reader
            path.write_text(json.dumps(bundle(n)), encoding="utf-8")
            report = assess(path, catalogue)  # warm-up: compiles the catalogue once
            results_seen = {f["criterion"]: f["result"] for f in report["findings"]}
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                assess(path, catalogue)
                times.append(time.perf_counter() - start)
            best = min(times)
            results[n] = best
            print(f"{n:>6} items: {best * 1000:8.1f} ms per bundle (fastest of {args.repeat}); "
                  f"{n // 4} references joined; results {results_seen}")
        line = " ".join(f"ms_per_bundle_{n}={t * 1000:.1f}" for n, t in results.items())
        line += " " + " ".join(f"refs_per_s_{n}={(n // 4) / t:.0f}" for n, t in results.items())
        print(f"RESULT {line}")


if __name__ == "__main__":
    main()

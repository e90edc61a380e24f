"""What the run-time cross-check costs: the reference evaluator recomputing every criterion.

    python benchmarks/cross_check.py --bundles 200 --workdir /tmp/cmm-bench

Assesses the same synthetic bundles (``benchmarks/synth.py``) in this process,
alternately with and without :func:`cmm_rules.reference.cross_check`, round
after round, and keeps each variant's fastest round (other work on a shared
machine only ever slows a round down). Prints the time per bundle of each and
the cross-check's own time, then a RESULT line.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import write_bundles  # noqa: E402
from cmm_rules import assessment, load_catalogue, reference  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261101)
    parser.add_argument("--workdir", default=None, help="write the bundles here (default: a temporary folder)")
    args = parser.parse_args(argv)
    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.workdir or tmp) / "cross-check"
        folder.mkdir(parents=True, exist_ok=True)
        files = [str(p) for p in write_bundles(catalogue, folder, args.bundles, seed=args.seed)]
        real = reference.cross_check
        spent = {"check": 0.0}

        def timed(*a, **k):
            started = time.perf_counter()
            try:
                return real(*a, **k)
            finally:
                spent["check"] += time.perf_counter() - started

        best = {"with": float("inf"), "without": float("inf"), "check": float("inf")}
        assessment.assess(files[0], catalogue)  # compile outside the measurement
        for _ in range(args.rounds):
            for variant in ("with", "without"):
                assessment.cross_check = timed if variant == "with" else (lambda *a, **k: [])
                spent["check"] = 0.0
                started = time.perf_counter()
                for file in files:
                    assessment.assess(file, catalogue)
                best[variant] = min(best[variant], time.perf_counter() - started)
                if variant == "with":
                    best["check"] = min(best["check"], spent["check"])
        assessment.cross_check = real
    n = len(files)
    with_ms, without_ms, check_ms = (1000 * best[k] / n for k in ("with", "without", "check"))
    print(f"{n} bundles, best of {args.rounds} rounds: {without_ms:.2f} ms/bundle without the cross-check, "
          f"{with_ms:.2f} ms with it; the cross-check itself {check_ms:.2f} ms")
    print(f"RESULT ms_per_bundle_without={without_ms:.3f} ms_per_bundle_with={with_ms:.3f} "
          f"cross_check_ms={check_ms:.3f} cross_check_share={check_ms / with_ms:.3f} bundles={n} "
          f"criteria={len(catalogue.criteria)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of `cmm catalogue impact` against screening the same bundles once.

    python benchmarks/impact.py                   # 1000 bundles, 2 runs each
    python benchmarks/impact.py --bundles 10000 --workdir /tmp/cmm-bench   # keep (and reuse) the bundles

It generates N synthetic bundles against the reference catalogue
(``benchmarks/synth.py``, as ``benchmarks/screen.py`` does), writes a copy
of the catalogue with one threshold raised (ST-SG-1-01: a work plan of at
least 15 services instead of 1, which moves many bundles), and times on the
same worker pool

1. screening the N bundles once under the reference catalogue
   (``screen.run``, as ``cmm screen``), and
2. rating them under both catalogues (``impact.impact``, as
   ``cmm catalogue impact``) and summarising who moves,

alternately, ``--repeat`` times each; the fastest run of each counts (other
work on a shared machine only ever slows a run down), in wall time and in
CPU time (parent and workers, which a busy machine disturbs less). Target:
impact ≤ 2.2 × screening. The last line is machine-readable::

    RESULT impact_s=… screen_s=… ratio=… cpu_ratio=… bundles=… jobs=… moved=…
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.screen import generate  # noqa: E402
from cmm_rules import impact, load_catalogue, screen  # noqa: E402
from cmm_rules.resources import reference_catalogue_dir  # noqa: E402

TARGET_RATIO = 2.2


def stricter_catalogue(folder: Path) -> Path:
    """A copy of the reference catalogue with one threshold raised."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(reference_catalogue_dir().glob("*.yaml")):
        shutil.copy2(source, folder / source.name)
    st = folder / "ST.yaml"
    st.write_text(st.read_text(encoding="utf-8").replace("services_planned: {gte: 1}", "services_planned: {gte: 15}"),
                  encoding="utf-8")
    return folder


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the workers, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds (parent + workers) and the result of ``run()``."""
    cpu, started = _cpu(), time.perf_counter()
    out = run()
    return time.perf_counter() - started, _cpu() - cpu, out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=20261101)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workdir", default=None, help="keep the generated bundles here and reuse them")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cmm-impact-") as tmp:
        work = Path(args.workdir) if args.workdir else Path(tmp)
        print(f"generating {args.bundles} bundles in {work} …", flush=True)
        files = generate(work / "bundles", args.bundles, args.seed, args.jobs)
        old = load_catalogue()
        new = load_catalogue(stricter_catalogue(Path(tmp) / "stricter"))
        runs = {"screen": [], "impact": []}
        for n in range(max(1, args.repeat)):  # alternated, so that a busy spell slows both alike
            wall, cpu, (rows, _) = timed(lambda: screen.run(files, old, jobs=args.jobs))
            runs["screen"].append((wall, cpu))
            wall, cpu, (record, _) = timed(lambda: impact.impact(files, old, new, jobs=args.jobs))
            runs["impact"].append((wall, cpu))
            print(f"  run {n + 1}: screen {runs['screen'][-1][0]:.2f} s wall / {runs['screen'][-1][1]:.2f} s CPU, "
                  f"impact {wall:.2f} s wall / {cpu:.2f} s CPU", flush=True)
    errors = sum(1 for r in rows if r["error"]) + record["in_error"]
    screen_s, impact_s = min(w for w, _ in runs["screen"]), min(w for w, _ in runs["impact"])
    screen_cpu, impact_cpu = min(c for _, c in runs["screen"]), min(c for _, c in runs["impact"])
    ratio, cpu_ratio = impact_s / screen_s, impact_cpu / screen_cpu
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"impact {impact_s:.2f} s vs screening {screen_s:.2f} s: {ratio:.2f}× wall, {cpu_ratio:.2f}× CPU "
          f"(target ≤ {TARGET_RATIO}×, {verdict}); {record['up'] + record['down']} of {record['bundles']} bundles move")
    print(f"RESULT impact_s={impact_s:.3f} screen_s={screen_s:.3f} ratio={ratio:.3f} cpu_ratio={cpu_ratio:.3f} "
          f"bundles={len(files)} jobs={args.jobs} moved={record['up'] + record['down']} errors={errors}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

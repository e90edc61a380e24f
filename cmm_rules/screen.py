"""Pre-audit screening: assess many bundles at once, in worker processes.

``cmm screen PATH...`` expands files, folders and glob patterns into a sorted
list of bundles and hands them, one at a time, to ``--jobs`` worker
processes. Each worker loads the catalogue and compiles the durable_rules
engine once (:meth:`Engine.for_catalogue`), then assesses bundle after
bundle in that engine, each in a session of its own.

One bad bundle never stops a run:

* bad input (anything :class:`InputError` reports) and any other exception
  in a worker become an *error row* for that bundle;
* a worker that dies while assessing a bundle — a segmentation fault in the
  C engine, the kernel's OOM killer — is noticed through its process
  sentinel; the bundle it held becomes an error row and a new worker takes
  its place;
* a bundle that takes longer than ``--timeout`` seconds has its worker
  killed, and becomes an error row the same way.

Because the parent knows exactly which bundle each worker holds, a crash is
always charged to the right bundle, and rows come out sorted by file
whatever the number of workers (results are buffered until every earlier
file is done, then written).
"""
from __future__ import annotations

import csv
import faulthandler
import gc
import glob
import json
import math
import multiprocessing as mp
import os
import signal
import statistics
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable

from .catalogue import Catalogue
from .errors import InputError

#: Suffixes a folder is searched for.
BUNDLE_SUFFIXES = (".yaml", ".yml", ".json", ".xlsx")
#: Output formats, by the suffix of ``-o FILE``.
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
#: Default time one bundle may take before its worker is killed (seconds).
DEFAULT_TIMEOUT = 300.0
#: A worker collects cyclic garbage after this many bundles (automatic collection is off).
GC_EVERY = 100
_GLOB_CHARS = set("*?[")


class UsageError(Exception):
    """The command line asks for something impossible (exit 2)."""


# ------------------------------------------------------------------ inputs


def expand_paths(patterns: Iterable[str]) -> list[str]:
    """Files, folders (searched recursively for .yaml/.yml/.json) and globs → sorted unique paths.

    A literal path that does not exist is kept: it becomes an error row
    ("file not found"), like any other bundle that cannot be read. A glob that
    matches nothing adds nothing; a run with no bundle at all is a usage error.
    """
    found: dict[str, None] = {}
    for pattern in patterns:
        pattern = str(pattern)
        if any(ch in _GLOB_CHARS for ch in pattern) and not os.path.lexists(pattern):
            for match in sorted(glob.glob(pattern, recursive=True)):
                _add(found, match, from_glob=True)
        else:
            _add(found, pattern, from_glob=False)
    if not found:
        raise UsageError(f"no bundles found in {', '.join(map(str, patterns)) or 'nothing'}")
    return sorted(found)


def _add(found: dict, path: str, from_glob: bool) -> None:
    """A folder is searched; anything else (a file, a missing path, a folder that a
    glob picked for its bundle-like name) is a bundle, and bad ones become error rows."""
    bundle_like = path.lower().endswith(BUNDLE_SUFFIXES)
    if os.path.isdir(path) and not (from_glob and bundle_like):
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files + [d for d in dirs if d.lower().endswith(BUNDLE_SUFFIXES)]:
                if name.lower().endswith(BUNDLE_SUFFIXES) and not name.startswith("."):
                    found[os.path.normpath(os.path.join(root, name))] = None
        return
    found[os.path.normpath(path)] = None


# ------------------------------------------------------------------- rows


def columns(domains: list[str]) -> list[str]:
    """The columns of a CSV row, in order."""
    return (["file", "organisation_id", "organisation_name", "assessment_date", "evidence_items", "stars"]
            + list(domains) + ["pass", "fail", "not_applicable", "error_findings", "valid", "claimed_share", "error"])


def row_from_report(file: str, report: dict) -> dict:
    """The one-line summary of an assessed bundle."""
    counts = report["overall"]["counts"]
    return {
        "file": file,
        "organisation_id": report["organisation"]["id"],
        "organisation_name": report["organisation"]["name"],
        "assessment_date": report["assessment"]["date"],
        "evidence_items": _evidence_count(report),
        "stars": report["overall"]["stars"],
        "domains": {d["code"]: d["level"] for d in report["domains"]},
        "pass": counts["pass"],
        "fail": counts["fail"],
        "not_applicable": counts["not_applicable"],
        "error_findings": counts["error"],
        "valid": report["overall"].get("valid", True),  # False: an attachment failed or a finding is an error
        "claimed_share": report.get("basis", {}).get("claimed_share"),  # passing findings that rest on claims only
        "error": None,
    }


def _evidence_count(report: dict) -> int | None:
    cited = {e for f in report["findings"] for e in f["evidence"] + f["counter_evidence"]}
    return len(cited) + len(report.get("unused_evidence", []))


def error_row(file: str, message: str) -> dict:
    """The row of a bundle that could not be assessed."""
    return {"file": file, "organisation_id": None, "organisation_name": None, "assessment_date": None,
            "evidence_items": None, "stars": None, "domains": {}, "pass": None, "fail": None,
            "not_applicable": None, "error_findings": None, "valid": None, "claimed_share": None,
            "error": " ".join(str(message).split())}


def assess_row(file: str, catalogue: Catalogue, max_bytes: int | None) -> dict:
    """Assess one bundle in this process and return its row (never raises for bad input)."""
    from . import assessment

    return guarded(file, lambda: row_from_report(file, assessment.assess(file, catalogue, max_bytes=max_bytes)))


def guarded(file: str, work: Callable[[], dict]) -> dict:
    """Run one bundle's ``work``; bad input, an engine failure or a bug becomes an error row for that bundle."""
    from .engine import EngineError

    try:
        return work()
    except InputError as exc:
        return error_row(file, str(exc))
    except EngineError as exc:
        return error_row(file, f"{file}: {exc}")
    except RecursionError:
        return error_row(file, f"{file}: nesting is too deep")
    except MemoryError:
        return error_row(file, f"{file}: out of memory while assessing this bundle")
    except Exception as exc:  # noqa: BLE001 - a bug must cost one row, not the run
        return error_row(file, f"{file}: internal error {type(exc).__name__}: {exc}")


class Screening:
    """What a screening worker does: compile one catalogue's engine, then one row per bundle.

    :func:`run` takes any object with these two methods (``cmm catalogue
    impact`` passes one that holds two catalogues).
    """

    def __init__(self, catalogue: Catalogue, max_bytes: int | None = None):
        self.catalogue = catalogue
        self.max_bytes = max_bytes

    def prepare(self) -> None:
        from .engine import Engine

        Engine.for_catalogue(self.catalogue)

    def row(self, file: str) -> dict:
        return assess_row(file, self.catalogue, self.max_bytes)


class RowWriter:
    """Writes rows to a .jsonl or .csv file as they come (already in order)."""

    def __init__(self, path: str, domains: list[str]):
        suffix = Path(path).suffix.lower()
        if suffix not in FORMATS:
            raise UsageError(f"-o {path}: the output must end in .jsonl or .csv")
        self.format = FORMATS[suffix]
        self.domains = domains
        try:
            self.handle = open(path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise UsageError(f"-o {path}: cannot write: {exc.strerror or exc}") from None
        if self.format == "csv":
            self.csv = csv.writer(self.handle)
            self.csv.writerow(columns(domains))

    def write(self, row: dict) -> None:
        if self.format == "jsonl":
            self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            flat = {**row, **{code: row["domains"].get(code) for code in self.domains}}
            self.csv.writerow(["" if flat.get(c) is None else flat[c] for c in columns(self.domains)])

    def close(self) -> None:
        self.handle.close()


# ----------------------------------------------------------------- workers


def _rss_kb() -> int:
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError, AttributeError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_kb() -> int | None:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    except (ImportError, OSError):
        return None


def _worker(conn, work: Screening) -> None:
    """A worker process: compile once (``work.prepare``), then assess what the parent sends until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    faulthandler.disable()  # a crash is reported as the bundle's row, not as a dump on the terminal
    try:
        started = time.perf_counter()
        work.prepare()
        # What lives for the whole run (modules, catalogue, compiled engine) leaves the
        # garbage collector's sight; reference counting frees almost all of a bundle's
        # objects (about 50 are cyclic), so the collector runs every GC_EVERY bundles
        # instead of every few hundred allocations.
        gc.collect()
        gc.freeze()
        gc.disable()
        conn.send(("ready", {"compile_s": time.perf_counter() - started, "rss_kb": _rss_kb()}))
    except BaseException as exc:  # noqa: BLE001 - report, then leave
        conn.send(("init-error", f"{type(exc).__name__}: {exc}"))
        return
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, file = task
        started = time.perf_counter()
        row = work.row(file)
        done += 1
        if done % GC_EVERY == 0:
            gc.collect()
        conn.send(("row", index, row, {"seconds": time.perf_counter() - started, "rss_kb": _rss_kb(),
                                       "peak_kb": _peak_kb()}))


@dataclass
class _Slot:
    process: mp.Process
    conn: object
    pid: int
    ready: bool = False
    task: tuple | None = None   # (index, file) it is assessing
    since: float = 0.0
    done: int = 0
    rss_first: int | None = None  # RSS after its first bundle (kB)
    rss_last: int | None = None
    rss_peak: int | None = None


@dataclass
class Stats:
    """What a run measured, besides its rows."""

    seconds: float = 0.0
    jobs: int = 0
    workers_started: int = 0
    crashes: int = 0
    timeouts: int = 0
    compile_s: list[float] = field(default_factory=list)
    worker_rss: list[dict] = field(default_factory=list)   # per retired worker: pid, done, first, last, peak (kB)


def _describe_death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker process died ({name}) while assessing this bundle"
    return f"the worker process exited (code {exitcode}) while assessing this bundle"


def _context():
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def run(files: list[str], catalogue: Catalogue, jobs: int | None = None, max_bytes: int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT, on_row: Callable[[dict], None] | None = None,
        on_progress: Callable[[int, int, int], None] | None = None,
        work: Screening | None = None) -> tuple[list[dict], Stats]:
    """Assess ``files`` in worker processes; rows come back sorted by file.

    ``work`` is what each worker does with a bundle (by default a
    :class:`Screening` of ``catalogue``: its row of ``cmm screen``).

    ``on_row`` receives each row in order as soon as every earlier file is
    done; ``on_progress(done, total, errors)`` is called after each bundle.
    """
    return _Run(sorted(files), work or Screening(catalogue, max_bytes), jobs, timeout, on_row, on_progress).run()


class _Run:
    """One screening run: the workers, the queue of bundles, the rows in order.

    The loop (:meth:`run`) repeats four steps until every bundle has its row:
    hand bundles to idle workers (:meth:`dispatch`), wait for a message or a
    death (:meth:`receive`), kill the workers past the time limit
    (:meth:`expire`), and replace the dead ones, charging each the bundle it
    held (:meth:`replace`).
    """

    def __init__(self, files: list[str], work: Screening, jobs: int | None,
                 timeout: float | None, on_row: Callable[[dict], None] | None,
                 on_progress: Callable[[int, int, int], None] | None):
        self.files = files
        self.total = len(files)
        self.work = work  # what each worker does with a bundle
        self.timeout = timeout
        self.on_row = on_row
        self.on_progress = on_progress
        self.jobs = max(1, min(jobs or os.cpu_count() or 1, self.total or 1))
        self.stats = Stats(jobs=self.jobs)
        self.ctx = _context()
        self.pending = deque(enumerate(files))
        self.results: dict[int, dict] = {}   # finished rows waiting for an earlier file
        self.rows: list[dict] = []           # rows handed out, in file order
        self.errors = 0
        self.slots: list[_Slot] = []
        self.init_failures = 0

    def run(self) -> tuple[list[dict], Stats]:
        started = time.perf_counter()
        completed = False
        try:
            self.slots = [self.start() for _ in range(self.jobs if self.total else 0)]
            while len(self.rows) < self.total:
                self.dispatch()
                dead = self.receive()
                self.expire(dead)
                self.replace(dead)
            completed = True
        finally:
            self.stop(completed)
            self.stats.seconds = time.perf_counter() - started
        return self.rows, self.stats

    # -- workers

    def start(self) -> _Slot:
        """A new worker process (it compiles the engine, then says it is ready)."""
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker, args=(child, self.work), daemon=True)
        process.start()
        child.close()
        self.stats.workers_started += 1
        return _Slot(process, parent, process.pid)

    def retire(self, slot: _Slot, kill: bool) -> None:
        """End a worker and keep what it measured."""
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=5)
        slot.conn.close()
        self.stats.worker_rss.append({"pid": slot.pid, "done": slot.done, "first_kb": slot.rss_first,
                                      "last_kb": slot.rss_last, "peak_kb": slot.rss_peak})

    def stop(self, completed: bool) -> None:
        """After a complete run, ask the workers to leave; otherwise (or if they linger) kill them."""
        for slot in self.slots:
            if completed:
                try:
                    slot.conn.send(None)
                except (OSError, ValueError):
                    pass
        for slot in self.slots:
            if completed:
                slot.process.join(timeout=2)
            self.retire(slot, kill=True)

    # -- the steps of the loop

    def dispatch(self) -> None:
        """Hand the next bundle to each worker that is ready and idle."""
        for slot in self.slots:
            if slot.ready and slot.task is None and self.pending:
                task = self.pending.popleft()
                try:
                    slot.conn.send(task)
                except OSError:  # the worker died after its last row; receive() notices it
                    self.pending.appendleft(task)
                    continue
                slot.task = task
                slot.since = time.monotonic()

    def receive(self) -> list[_Slot]:
        """Wait (at most a second, or until the earliest time limit) for messages; return the dead workers."""
        waitables = {}
        for slot in self.slots:
            waitables[slot.conn] = slot
            waitables[slot.process.sentinel] = slot
        budget = None
        if self.timeout:
            busy = [s.since for s in self.slots if s.task is not None]
            budget = max(0.0, min(busy) + self.timeout - time.monotonic()) if busy else None
        ready = wait(list(waitables), timeout=budget if budget is None else min(budget, 1.0))
        dead: list[_Slot] = []
        for obj in ready:
            slot = waitables[obj]
            if slot in dead:
                continue
            if obj is slot.conn:
                try:
                    message = slot.conn.recv()
                except (EOFError, OSError):
                    dead.append(slot)
                    continue
                self.handle(slot, message)
            elif not slot.conn.poll():  # sentinel: the process ended, and nothing is left to read
                dead.append(slot)
        return dead

    def handle(self, slot: _Slot, message: tuple) -> None:
        """A worker's message: ready (with its compile time), init-error, or a row (with its memory)."""
        kind = message[0]
        if kind == "ready":
            slot.ready = True
            self.stats.compile_s.append(message[1]["compile_s"])
        elif kind == "init-error":
            raise UsageError(f"the engine could not be prepared: {message[1]}")
        elif kind == "row":
            _, index, row, meta = message
            slot.task = None
            slot.done += 1
            slot.rss_last = meta["rss_kb"]
            slot.rss_peak = meta["peak_kb"]
            if slot.rss_first is None:
                slot.rss_first = meta["rss_kb"]
            self.finish(index, row)

    def expire(self, dead: list[_Slot]) -> None:
        """Kill each worker whose bundle has run past the time limit; the bundle becomes an error row."""
        if not self.timeout:
            return
        now = time.monotonic()
        for slot in self.slots:
            if slot.task is not None and now - slot.since > self.timeout and slot not in dead:
                index, file = slot.task
                self.stats.timeouts += 1
                slot.process.kill()
                slot.task = None
                self.finish(index, error_row(file, f"{file}: not assessed within the {self.timeout:g} s time limit"))
                dead.append(slot)

    def replace(self, dead: list[_Slot]) -> None:
        """Charge each dead worker's bundle with its death, and start a new worker in its place."""
        for slot in dead:
            slot.process.join(timeout=5)
            if slot.task is not None:
                index, file = slot.task
                self.stats.crashes += 1
                slot.task = None
                self.finish(index, error_row(file, f"{file}: {_describe_death(slot.process.exitcode)}"))
            elif not slot.ready:
                self.init_failures += 1
                if self.init_failures > 3:
                    raise UsageError("worker processes die while preparing the engine "
                                     f"(exit code {slot.process.exitcode})")
            self.retire(slot, kill=True)
            self.slots[self.slots.index(slot)] = self.start()

    def finish(self, index: int, row: dict) -> None:
        """Keep a bundle's row; hand out every row whose earlier files are all done."""
        self.results[index] = row
        if row["error"]:
            self.errors += 1
        while len(self.rows) in self.results:
            out = self.results.pop(len(self.rows))
            self.rows.append(out)
            if self.on_row:
                self.on_row(out)
        if self.on_progress:
            self.on_progress(len(self.rows) + len(self.results), self.total, self.errors)


# ----------------------------------------------------------------- summary


def summarise(rows: list[dict], domains: list[str]) -> dict:
    """Distribution of stars, per-domain medians and the bundles in error."""
    assessed = [r for r in rows if not r["error"]]
    distribution = {str(n): sum(r["stars"] == n for r in assessed) for n in range(6)}
    medians = {}
    for code in domains:
        levels = [r["domains"][code] for r in assessed if code in r["domains"]]
        medians[code] = statistics.median(levels) if levels else None
    return {
        "bundles": len(rows),
        "assessed": len(assessed),
        "in_error": len(rows) - len(assessed),
        "stars": distribution,
        "median_stars": statistics.median([r["stars"] for r in assessed]) if assessed else None,
        "domain_medians": medians,
        "error_findings": sum(r["error_findings"] or 0 for r in assessed),
        "not_valid": sum(r.get("valid") is False for r in assessed),
        "errors": [{"file": r["file"], "error": r["error"]} for r in rows if r["error"]],
    }


def _num(value) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def format_summary(summary: dict, stats: Stats | None = None, max_errors: int = 20) -> str:
    """The summary a person reads at the end of a run."""
    lines = []
    head = f"Screened {summary['bundles']} bundle{'s' if summary['bundles'] != 1 else ''}: " \
           f"{summary['assessed']} assessed, {summary['in_error']} in error"
    if stats and stats.seconds > 0:
        head += f" — {stats.seconds:.1f} s, {summary['bundles'] / stats.seconds:.0f} bundles/s, " \
                f"{stats.jobs} worker{'s' if stats.jobs != 1 else ''}"
    lines.append(head)
    if summary["assessed"]:
        lines.append("")
        lines.append("Stars   bundles")
        biggest = max(summary["stars"].values()) or 1
        for n in range(6):
            count = summary["stars"][str(n)]
            bar = "█" * math.ceil(30 * count / biggest) if count else ""
            share = 100 * count / summary["assessed"]
            lines.append(f"  {n} ★  {count:7d}  {share:5.1f}%  {bar}")
        lines.append(f"Median stars: {_num(summary['median_stars'])}")
        lines.append("Median level per domain: "
                     + "  ".join(f"{code} {_num(m)}" for code, m in summary["domain_medians"].items()))
        if summary["not_valid"]:
            lines.append(f"Decisions not valid (an attachment failed or a finding is an error): "
                         f"{summary['not_valid']}, {summary['error_findings']} error findings")
    if summary["errors"]:
        lines.append("")
        lines.append(f"In error ({summary['in_error']}):")
        for entry in summary["errors"][:max_errors]:
            lines.append(f"  {entry['error']}")
        if summary["in_error"] > max_errors:
            lines.append(f"  … and {summary['in_error'] - max_errors} more (every row is in the -o file)")
    if stats and (stats.crashes or stats.timeouts):
        lines.append(f"Workers replaced: {stats.crashes} crashed, {stats.timeouts} timed out")
    return "\n".join(lines) + "\n"


class Progress:
    """A one-line progress bar on a terminal's stderr; silent anywhere else."""

    def __init__(self, stream=None, enabled: bool | None = None, width: int = 28):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.width = width
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int, total: int, errors: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0
        filled = int(self.width * done / total) if total else self.width
        bar = "█" * filled + "·" * (self.width - filled)
        text = f"\r{bar} {done}/{total} {rate:5.0f}/s ETA {eta:4.0f}s" + (f"  {errors} in error" if errors else "")
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()

"""Screening assessments in worker processes, so the server stays responsive.

The durable_rules engine is C code holding the GIL while rules fire; run in
the server's process it would stall every other request. A pool of worker
processes (started with ``forkserver``/``spawn``: the server has threads, so
it is never forked) each loads the catalogue and compiles the engine once, in
its initializer, then assesses bundle after bundle, each in a session of its
own — the approach of ``cmm screen``.

A worker changes into the upload's folder and assesses the bundle by its
file name, exactly as ``cmm assess NAME --format json`` run in that folder:
the report's bytes and any error line are the CLI's, and no server path
appears in either. It then adds the decision to the register itself (its own
connection, opened once): the seal check and the blob hashing are CPU work
too, and the server's process should only move bytes.

A worker that dies (a crash in the C engine, the OOM killer) breaks the pool;
a bundle that takes longer than the time limit has its pool's processes
killed. Either way that request gets a clear error and a fresh pool takes
the next one.
"""
from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

_catalogue = None   # in a worker: the catalogue, loaded once
_register = None    # in a worker: its connection to the register


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back: the report as the CLI writes it and its register id, or the one-line error."""

    report_json: str | None = None
    assessment_id: int | None = None
    input_error: str | None = None   # bad bundle: HTTP 400, the CLI's message
    forbidden: str | None = None     # not this person's organisation: HTTP 403
    failure: str | None = None       # the server could not assess it: HTTP 503


def _init(catalogue_dir: str | None, db_url: str | None) -> None:
    """Worker initializer: load the catalogue, compile the engine, open the register, once."""
    global _catalogue, _register
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the server decides when workers stop
    from ..catalogue import load_catalogue
    from ..engine import Engine

    _catalogue = load_catalogue(catalogue_dir)
    Engine.for_catalogue(_catalogue)
    if db_url is not None:
        from ..register.db import Register

        _register = Register(db_url, migrate=False)   # the server brought the schema up to date


def _assess(folder: str, name: str, max_bytes: int, person_id: int | None = None) -> Outcome:
    """In a worker: assess ``folder/name`` as ``cmm assess name --format json`` run in ``folder``,
    then add the decision to the register as submitted by ``person_id``."""
    from ..assessment import assess
    from ..engine import EngineError
    from ..errors import InputError
    from ..report import to_json

    here = os.getcwd()
    try:
        os.chdir(folder)
        report = assess(name, _catalogue, max_bytes=max_bytes)
        text = to_json(report)
        if person_id is None or _register is None:
            return Outcome(report_json=text)
        return _add(report, text, Path(folder) / name, person_id)
    except InputError as exc:
        return Outcome(input_error=str(exc))
    except EngineError as exc:
        return Outcome(input_error=f"{name}: {exc}")
    except RecursionError:
        return Outcome(input_error=f"{name}: nesting is too deep")
    except MemoryError:
        return Outcome(failure=f"{name}: out of memory while assessing this bundle")
    except Exception as exc:  # noqa: BLE001 - a bug costs one request, never the server
        return Outcome(failure=f"{name}: internal error {type(exc).__name__}")
    finally:
        os.chdir(here)


def _add(report: dict, text: str, bundle: Path, person_id: int) -> Outcome:
    """Register the decision; a provider's bundle of another organisation is refused before anything is written."""
    from ..register import service
    from ..register.models import Person

    with _register.session() as session:
        person = session.get(Person, person_id)
        org = report["organisation"]["id"]
        if person is None or not person.active:
            return Outcome(forbidden="the submitting person is no longer active")
        if person.role == "provider" and org != person.org_id:
            return Outcome(forbidden=f"this bundle is organisation {org}'s; {person.name} may submit only"
                                     f" {person.org_id}'s")
        try:
            assessment = service.add_assessment_from(session, report, bundle, actor=person)
        except service.NotAllowed as exc:
            return Outcome(forbidden=str(exc))
        return Outcome(report_json=text, assessment_id=assessment.id)


def _context():
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


class Assessor:
    """A pool of engine workers; :meth:`assess` awaits one assessment without blocking the server."""

    def __init__(self, workers: int, max_bytes: int, timeout_s: float, catalogue_dir: str | None = None,
                 db_url: str | None = None):
        self.db_url = db_url
        self.workers = workers
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self.catalogue_dir = catalogue_dir
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> "Assessor":
        """Start the workers and wait until each has compiled the engine."""
        pool = self._get()
        for future in [pool.submit(os.getpid) for _ in range(self.workers)]:
            future.result()
        return self

    def _get(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_init,
                                                 initargs=(self.catalogue_dir, self.db_url))
            return self._pool

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Kill a broken or stuck pool's processes; the next request starts a fresh one."""
        with self._lock:
            if self._pool is not broken:
                return
            self._pool = None
        for process in list((broken._processes or {}).values()):
            if process.is_alive():
                process.kill()
        broken.shutdown(wait=False, cancel_futures=True)

    async def assess(self, folder: Path, name: str, person_id: int | None = None) -> Outcome:
        """Assess ``folder/name`` in a worker (and register it for ``person_id`` when given)."""
        pool = self._get()
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(pool, _assess, str(folder), name, self.max_bytes, person_id)
            return await asyncio.wait_for(future, self.timeout_s)
        except asyncio.TimeoutError:
            self._replace(pool)
            return Outcome(failure=f"{name}: not assessed within the {self.timeout_s:g} s time limit")
        except BrokenProcessPool:
            self._replace(pool)
            return Outcome(failure=f"{name}: the worker process died while assessing this bundle")

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

"""The pipeline in one call: load → validate → facts → rules fire → findings (cross-checked by the
reference evaluator) → roll-up → report.

The roll-up is the catalogue's policy: staged levels (:mod:`.rollup`) or points (:mod:`.scoring`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .attachments import apply_integrity
from .basis import MODES, apply_basis, item_bases
from .errors import InputError
from .catalogue import Catalogue, load_catalogue
from .facts import load_bundle
from .findings import build_findings
from .reference import cross_check
from .report import build_report
from .rollup import roll_up
from .scoring import is_points, roll_up_points


def assess(bundle: str | Path, catalogue: Catalogue | str | Path | None = None,
           max_bytes: int | None = None, mode: str = "screening", as_of: str | dt.date | None = None,
           verified: set[str] | frozenset | None = None) -> dict:
    """Assess one evidence bundle and return the report (a plain dict).

    ``bundle`` is a path, or a bundle already loaded by :func:`load.load_file`.
    ``catalogue`` is a loaded :class:`Catalogue`, a catalogue folder, or
    ``None`` for the bundled reference catalogue. ``mode`` is "screening"
    (claims rate, labelled) or "certification" (no criterion on claims
    alone); ``as_of`` the day taken as today (an assessment may not be dated
    later; recorded in the provenance); ``verified`` the evidence ids an
    assessor has confirmed. Bad input raises :class:`cmm_rules.errors.InputError`;
    an interpreter on which durable_rules cannot load raises
    :class:`cmm_rules.errors.EngineUnavailable`.
    """
    from .engine import Engine  # the C extension, loaded where rules fire (EngineUnavailable if it cannot be)

    if mode not in MODES:
        raise InputError(f"unknown mode {mode!r}: one of {', '.join(MODES)}")
    if not isinstance(catalogue, Catalogue):
        catalogue = load_catalogue(catalogue)
    today = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    facts = load_bundle(bundle, catalogue, max_bytes=max_bytes, today=today)
    firings = Engine.for_catalogue(catalogue).run(facts)
    findings = build_findings(catalogue, facts, firings)
    cross_check(catalogue, facts, firings, findings)  # a second opinion: a disagreement is an error, never silent
    apply_integrity(findings, facts.attachments)  # findings citing a failed attachment become errors
    bases, shared = item_bases(facts, frozenset(verified or ()))
    facts.cautions.extend(shared)
    apply_basis(catalogue, findings, bases, mode)  # claims alone never pass in certification mode
    if is_points(catalogue):
        rolled = roll_up_points(catalogue, findings, facts.doc.data.get("assessor_points", []))
    else:
        rolled = roll_up(catalogue, findings)
    return build_report(catalogue, facts, findings, rolled, mode=mode, as_of=today.isoformat() if today else None,
                        verified=sorted(verified) if verified else None)

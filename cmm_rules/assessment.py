"""The pipeline in one call: load → validate → facts → rules fire → findings (cross-checked by the
reference evaluator) → roll-up → report."""
from __future__ import annotations

from pathlib import Path

from .attachments import apply_integrity
from .catalogue import Catalogue, load_catalogue
from .engine import Engine
from .facts import load_bundle
from .findings import build_findings
from .reference import cross_check
from .report import build_report
from .rollup import roll_up


def assess(bundle: str | Path, catalogue: Catalogue | str | Path | None = None,
           max_bytes: int | None = None) -> dict:
    """Assess one evidence bundle and return the report (a plain dict).

    ``bundle`` is a path, or a bundle already loaded by :func:`load.load_file`.
    ``catalogue`` is a loaded :class:`Catalogue`, a catalogue folder, or
    ``None`` for the bundled reference catalogue. Bad input raises
    :class:`cmm_rules.errors.InputError`.
    """
    if not isinstance(catalogue, Catalogue):
        catalogue = load_catalogue(catalogue)
    facts = load_bundle(bundle, catalogue, max_bytes=max_bytes)
    firings = Engine.for_catalogue(catalogue).run(facts)
    findings = build_findings(catalogue, facts, firings)
    cross_check(catalogue, facts, firings, findings)  # a second opinion: a disagreement is an error, never silent
    apply_integrity(findings, facts.attachments)  # findings citing a failed attachment become errors
    return build_report(catalogue, facts, findings, roll_up(catalogue, findings))

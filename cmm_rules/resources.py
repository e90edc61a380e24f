"""Where the reference catalogue and the JSON Schemas live.

An installed package carries copies in ``cmm_rules/data`` (see ``setup.py``);
a source checkout or an editable install uses the top-level ``rules/`` and
``schemas/`` folders directly.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _find(folder: str) -> Path:
    packaged = _PACKAGE / "data" / folder
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / folder


def reference_catalogue_dir() -> Path:
    """The folder of the bundled reference catalogue."""
    return _find("rules")


def schema_path(name: str) -> Path:
    """Path of ``schemas/<name>.schema.json``."""
    return _find("schemas") / f"{name}.schema.json"

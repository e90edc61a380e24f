"""The certification register: decisions, the people who made them, and a tamper-evident log.

Layout, in the order a decision travels:

* ``db.py``      — which database (``--db``/``CMM_DB``/``cmm-register.db``), migrations, transactions;
* ``models.py``  — the tables;
* ``service.py`` — every change and question as a function taking a session (the CLI and the web use it);
* ``chain.py``   — the hash-chained event log and ``cmm register check``;
* ``package.py`` — decision packages: export, offline verification, import.

It needs the ``server`` extra (SQLAlchemy, Alembic, psycopg, argon2-cffi,
cryptography); :func:`require_extra` says so in one line when it is missing.
"""
from __future__ import annotations

from importlib.util import find_spec

from ..errors import InputError

EXTRA_MODULES = ("sqlalchemy", "alembic", "cryptography")


def require_extra() -> None:
    """Raise a one-line InputError when the server extra is not installed."""
    missing = [m for m in EXTRA_MODULES if find_spec(m) is None]
    if missing:
        raise InputError(f"the register needs the server extra ({', '.join(missing)} missing):"
                         " pip install 'cmm-rules[server]'")

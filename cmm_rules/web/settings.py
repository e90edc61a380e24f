"""What the server is started with: database, data dir and every limit it enforces.

Limits live here, in one place, so that the command line, the tests and the
benchmark can set them, and so that a reader sees at once what a client may
send.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ..load import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Limits:
    """What one client may send, and how often."""

    #: Largest request body (a bundle, a .zip, a form): larger is 413.
    max_body_bytes: int = DEFAULT_MAX_BYTES
    #: A .zip may hold at most this many entries (folders included) …
    max_zip_entries: int = 500
    #: … unpacking to at most this many bytes in all …
    max_unzipped_bytes: int = 64 * 1024 * 1024
    #: … and no entry may expand more than this many times (zip bombs).
    max_zip_ratio: int = 100
    #: API requests per minute for one token (or one address without a token): more is 429.
    api_per_minute: int = 120
    #: Failed log-ins for one name or one address within ``login_window_s``: more is 429.
    login_failures: int = 5
    login_window_s: int = 900
    #: Seconds a screening assessment may take before its worker is replaced.
    assess_timeout_s: float = 120.0


@dataclass(frozen=True)
class Settings:
    """Everything ``cmm serve`` is started with."""

    data_dir: Path
    db_url: str | None = None
    workers: int = 0                 # 0: one per CPU
    limits: Limits = field(default_factory=Limits)
    #: Session cookies get ``Secure`` when the request came over TLS (directly or, with
    #: ``--proxy-headers``, through a proxy that says so); ``True`` forces it.
    secure_cookies: bool = False
    session_hours: float = 8.0

    @property
    def uploads(self) -> Path:
        """Where uploaded bundles are unpacked, one fresh folder per upload."""
        return self.data_dir / "uploads"

    @property
    def database_url(self) -> str:
        """``--db``, else ``CMM_DB``, else the register's own default (``cmm-register.db`` here),
        so that ``cmm register people add …`` and ``cmm serve`` meet in the same register."""
        from ..register.db import resolve_url

        return resolve_url(self.db_url)

    def worker_count(self) -> int:
        return self.workers or max(1, min(os.cpu_count() or 1, 8))

    def prepare(self) -> "Settings":
        """Create the data dir (owner-only) and the uploads folder."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.uploads.mkdir(exist_ok=True, mode=0o700)
        return self


def new_secret() -> str:
    """A random token (session ids, CSRF tokens): 256 bits, URL-safe."""
    return secrets.token_urlsafe(32)

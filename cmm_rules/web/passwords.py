"""Passwords: argon2id hashes (argon2-cffi), set by `cmm register people password` or an admin's page.

Kept apart from the web application so the register's command line can set
a password without the web framework installed.
"""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

#: argon2id (argon2-cffi's default type) with its default, RFC 9106 "low memory" costs.
HASHER = PasswordHasher()
#: A password shorter than this is refused when it is set.
MIN_PASSWORD = 10
#: Checked against when a name is unknown, so that both cases take as long.
_DUMMY_HASH = HASHER.hash("not a password of anyone")


def hash_password(password: str) -> str:
    """The argon2id hash of ``password``; ValueError when it is too short."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    return HASHER.hash(password)


def password_matches(stored: str | None, password: str) -> bool:
    """True when ``password`` matches the stored hash; the same work when there is none."""
    try:
        return HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False

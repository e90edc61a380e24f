"""Ed25519 keys and signatures for reviews and sign-offs.

``cmm keys new NAME`` writes NAME's private key to a PEM file only its owner
can read (mode 0600, never overwritten) and records the public key in the
register. A statement is signed over its canonical JSON (sorted keys, no
spaces: :func:`cmm_rules.report.canonical`), so anyone holding the public
key can check it offline, years later, without the register.
"""
from __future__ import annotations

import base64
import os
from pathlib import Path

from .errors import InputError
from .report import canonical


def _crypto():
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError:  # pragma: no cover - depends on the installed extra
        raise InputError("signatures need the server extra: pip install 'cmm-rules[server]'") from None
    return serialization, ed25519


def public_text(private_key) -> str:
    """The raw 32-byte public key in base64: what the register and packages keep."""
    serialization, _ = _crypto()
    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def new_key(path: str | Path):
    """Create a private key at ``path`` (mode 0600, refusing to overwrite); return the key."""
    serialization, ed25519 = _crypto()
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError("a key file already exists there; it is never overwritten", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot write the key: {exc.strerror or exc}", file=str(path)) from None
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return key


def load_private(path: str | Path):
    """Read a private key written by :func:`new_key`."""
    serialization, ed25519 = _crypto()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the key: {exc.strerror or exc}", file=str(path)) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise InputError("not an unencrypted PEM private key (write one with `cmm keys new NAME`)",
                         file=str(path)) from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise InputError("not an Ed25519 key (write one with `cmm keys new NAME`)", file=str(path))
    return key


def sign(private_key, statement: dict) -> str:
    """The base64 Ed25519 signature of the statement's canonical JSON."""
    return base64.b64encode(private_key.sign(canonical(statement))).decode()


def signature_valid(public_b64: str, statement: dict, signature_b64: str) -> bool:
    """Whether ``signature_b64`` is ``public_b64``'s signature of ``statement``."""
    _, ed25519 = _crypto()
    from cryptography.exceptions import InvalidSignature

    try:
        key = ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        key.verify(base64.b64decode(signature_b64, validate=True), canonical(statement))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False

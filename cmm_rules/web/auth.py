"""Who is asking: passwords (argon2id), API tokens and page sessions.

Every request is answered for one :class:`~cmm_rules.register.models.Person`
of the register, or refused. What that person may then see and do is the
register's rule (``service.can_read``, the role checks, the four-eyes rule);
this module only establishes who it is.
"""
from __future__ import annotations

import hashlib

from fastapi import HTTPException, Request

from ..register.models import Person
from ..register.service import NotFound, get_person, person_for_token
from .passwords import MIN_PASSWORD, hash_password, password_matches  # noqa: F401  (the pages set passwords)

#: The name of the session cookie.
COOKIE = "cmm_session"


def check_password(person: Person | None, password: str) -> bool:
    """True when ``password`` is ``person``'s and the person is active; the same work for an unknown name."""
    ok = password_matches(person.password_hash if person is not None else None, password)
    return ok and person is not None and person.active


def person_by_name(session, name: str) -> Person | None:
    try:
        return get_person(session, name) if name and not name.isdigit() else None
    except NotFound:
        return None


def bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def client_key(request: Request) -> str:
    """What the API rate limit counts: the token (hashed) when one is sent, else the address."""
    token = bearer(request)
    if token:
        return "t:" + hashlib.sha256(token.encode()).hexdigest()
    return "a:" + (request.client.host if request.client else "?")


def api_person(session, request: Request) -> Person:
    """The active person whose token came with the request; 401 otherwise."""
    token = bearer(request)
    if token is None:
        raise HTTPException(401, "send an API token: Authorization: Bearer TOKEN",
                            headers={"www-authenticate": "Bearer"})
    person = person_for_token(session, token) if len(token) <= 200 else None
    if person is None:
        raise HTTPException(401, "the API token is not valid (unknown, revoked, or its person is inactive)",
                            headers={"www-authenticate": "Bearer"})
    return person

"""What every request passes through: security headers, the body-size limit,
rate limits, log-in throttling, sessions and CSRF tokens.

The pages use no script at all, so the Content-Security-Policy forbids
scripts outright (``/docs``, the OpenAPI viewer, gets its own, narrower
exception); framing is refused (``frame-ancestors 'none'``) and content
types are never sniffed.

Sessions live in the server's memory, keyed by the sha256 of a random
256-bit cookie value: the cookie is HttpOnly, SameSite=Lax and Secure behind
TLS; logging in issues a fresh id (no session fixation) and logging out
forgets it on the server, so a copied cookie dies with it. Each session
carries its own CSRF token, which every form posts back.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from .settings import new_secret

#: The pages: no script, nothing from elsewhere, no framing. Inline style attributes
#: stay allowed: the HTML report (reused in the pages) carries a few.
CSP = ("default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
       " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
#: /docs (Swagger UI) loads its script and style from its CDN and runs one inline
#: script, allowed by its hash only; still no framing.
DOCS_CSP = ("default-src 'self'; script-src https://cdn.jsdelivr.net '{script_hash}';"
            " style-src https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com;"
            " object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def _json_response(status: int, message: str) -> tuple[dict, dict]:
    body = json.dumps({"error": message}, ensure_ascii=False).encode()
    start = {"type": "http.response.start", "status": status,
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
    return start, {"type": "http.response.body", "body": body}


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in HEADERS if n not in names]
                if b"content-security-policy" not in names:   # /docs sets its own
                    extra.append((b"content-security-policy", CSP.encode()))
                if scope.get("scheme") == "https":
                    extra.append((b"strict-transport-security", b"max-age=31536000"))
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a body over ``limit`` bytes is answered 413 before it is read or as soon as it passes."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = f"the request body is larger than the {self.limit} bytes allowed"
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = False
                if too_big:
                    return await _refuse(send, 413, message)
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return msg

        async def tracking_send(msg):
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send, 413, message)


async def _refuse(send, status: int, message: str) -> None:
    start, body = _json_response(status, message)
    await send(start)
    await send(body)


class RateLimiter:
    """A token bucket per key: ``per_minute`` requests a minute, bursts up to the same number."""

    def __init__(self, per_minute: int):
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens < 1:
                self.buckets[key] = (tokens, now)
                return False
            self.buckets[key] = (tokens - 1, now)
            if len(self.buckets) > 100_000:   # forget idle clients rather than grow without bound
                self.buckets = {k: v for k, v in self.buckets.items() if now - v[1] < 120}
            return True


class LoginThrottle:
    """Failed log-ins counted per name and per address over a sliding window.

    A name is blocked after ``failures`` misses; an address (which many
    people behind one proxy may share) after four times as many.
    """

    ADDRESS_FACTOR = 4

    def __init__(self, failures: int, window_s: int):
        self.failures = failures
        self.window_s = window_s
        self.seen: dict[str, deque] = {}
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque:
        times = self.seen.setdefault(key, deque())
        while times and now - times[0] > self.window_s:
            times.popleft()
        return times

    def blocked(self, name: str, address: str) -> bool:
        now = time.monotonic()
        with self.lock:
            return (len(self._recent("n:" + name.casefold(), now)) >= self.failures
                    or len(self._recent("a:" + address, now)) >= self.failures * self.ADDRESS_FACTOR)

    def failed(self, name: str, address: str) -> None:
        now = time.monotonic()
        with self.lock:
            for key in ("n:" + name.casefold(), "a:" + address):
                self._recent(key, now).append(now)
            if len(self.seen) > 100_000:   # forget quiet keys rather than grow without bound
                self.seen = {k: v for k, v in self.seen.items() if v and now - v[-1] < self.window_s}

    def succeeded(self, name: str) -> None:
        with self.lock:
            self.seen.pop("n:" + name.casefold(), None)


@dataclass
class Session:
    """One browser's session: who is logged in (None: nobody yet) and its CSRF token."""

    person_id: int | None
    csrf: str = field(default_factory=new_secret)
    expires: float = 0.0
    flash: str | None = None


class Sessions:
    """Sessions in memory, keyed by the sha256 of the cookie value (so a memory dump leaks no cookie)."""

    #: Sessions kept at most before the expired ones, then the anonymous ones, are dropped.
    LIMIT = 50_000

    def __init__(self, hours: float):
        self.ttl = hours * 3600
        self.by_key: dict[str, Session] = {}
        self.lock = threading.Lock()

    @staticmethod
    def _key(cookie: str) -> str:
        return hashlib.sha256(cookie.encode()).hexdigest()

    def get(self, cookie: str | None) -> Session | None:
        if not cookie or len(cookie) > 100:
            return None
        now = time.time()
        with self.lock:
            session = self.by_key.get(self._key(cookie))
            if session is None or session.expires < now:
                self.by_key.pop(self._key(cookie), None)
                return None
            return session

    def new(self, person_id: int | None) -> tuple[str, Session]:
        cookie = new_secret()
        session = Session(person_id, expires=time.time() + self.ttl)
        with self.lock:
            if len(self.by_key) > self.LIMIT:   # expired first, then visitors who never logged in
                now = time.time()
                self.by_key = {k: s for k, s in self.by_key.items() if s.expires >= now}
                if len(self.by_key) > self.LIMIT:
                    self.by_key = {k: s for k, s in self.by_key.items() if s.person_id is not None}
            self.by_key[self._key(cookie)] = session
        return cookie, session

    def end(self, cookie: str | None) -> None:
        if cookie:
            with self.lock:
                self.by_key.pop(self._key(cookie), None)


def same_token(a: str | None, b: str | None) -> bool:
    """Compare secrets in constant time."""
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())

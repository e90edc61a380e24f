"""The FastAPI application: settings, middleware, error shapes and the routes.

``create_app(settings)`` builds one application: the security headers and the
body-size limit wrap everything; the JSON API lives under ``/api/v1`` (see
``api.py``) and the pages everywhere else (``pages.py``). Errors under
``/api`` are JSON ``{"error": "..."}`` with their status; the pages show
an error page. No exception ever reaches uvicorn: an unexpected one is
logged in one line and answered 500.
"""
from __future__ import annotations

import base64
import hashlib
import logging
import re
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .security import DOCS_CSP, BodyLimit, LoginThrottle, RateLimiter, SecurityHeaders, Sessions
from .settings import Settings
from .workers import Assessor

HERE = Path(__file__).resolve().parent
log = logging.getLogger("cmm.serve")


class ApiError(HTTPException):
    """An error the API answers as JSON ``{"error": detail}`` (pages show it on an error page)."""


def _docs_page() -> HTMLResponse:
    page = get_swagger_ui_html(openapi_url="/openapi.json", title="cmm-rules API")
    html = page.body.decode()
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode() if scripts else ""
    return HTMLResponse(html, headers={"content-security-policy": DOCS_CSP.format(script_hash=f"sha256-{digest}")})


def create_app(settings: Settings, assessor: Assessor | None = None) -> FastAPI:
    """The application for ``settings``; ``assessor`` (the worker pool) is started with it unless given."""
    from ..register.db import open_register
    from . import api, pages

    settings.prepare()
    own_pool = assessor is None
    register = open_register(settings.database_url)   # creates or upgrades the schema before workers use it
    assessor = assessor or Assessor(settings.worker_count(), settings.limits.max_body_bytes,
                                    settings.limits.assess_timeout_s, db_url=register.url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if own_pool:
            assessor.start()
        log.info("cmm serve: %d assessment workers ready; data in %s", assessor.workers, settings.data_dir)
        try:
            yield
        finally:
            if own_pool:
                assessor.close()
            app.state.register.close()

    app = FastAPI(title="cmm-rules", summary="Screening and certification of SME service providers"
                  " (T/ZXGJXH 002—2023)", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.assessor = assessor
    app.state.register = register
    app.state.sessions = Sessions(settings.session_hours)
    app.state.api_limit = RateLimiter(settings.limits.api_per_minute)
    app.state.logins = LoginThrottle(settings.limits.login_failures, settings.limits.login_window_s)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _is_api(request):
            return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else "invalid request"
        if _is_api(request):
            return JSONResponse({"error": message}, status_code=400)
        return pages.error_page(request, 400, message)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.error("internal error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
        if _is_api(request):
            return JSONResponse({"error": "internal error"}, status_code=500)
        return pages.error_page(request, 500, "internal error")

    @app.get("/healthz", tags=["health"], summary="Liveness: 200 while the server answers")
    async def healthz():
        return {"status": "ok", "workers": assessor.workers}

    @app.get("/docs", include_in_schema=False)
    async def docs():
        return _docs_page()

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, limit=settings.limits.max_body_bytes)
    app.add_middleware(SecurityHeaders)   # added last: outermost, so every response has the headers
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _version() -> str:
    from ..report import tool_versions

    return tool_versions().get("cmm-rules", "0")


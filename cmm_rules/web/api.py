"""The JSON API (``/api/v1``): screening by other systems, with a bearer token.

``POST /api/v1/assessments`` takes a bundle as the request body (YAML, JSON,
or a .zip with the bundle and its attachments), assesses it in a worker, adds
the decision to the register and answers 201 with the JSON report — the very
bytes ``cmm assess BUNDLE --format json`` prints — and its register id in the
``Location`` and ``X-Assessment-Id`` headers. Errors are ``{"error": "..."}``:
400 a bad bundle (the CLI's one-line message), 401 no or bad token, 403 a
role or organisation that may not, 404 an assessment the caller may not see
(as for one that does not exist: ids cannot be probed), 413 too large, 429
too many requests, 503 the bundle could not be assessed in time.
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ..register import service
from ..register.service import NotAllowed, NotFound, RegisterError
from ..report import to_json
from . import uploads
from .auth import api_person, client_key

router = APIRouter(prefix="/api/v1", tags=["assessments"])

#: Roles that may submit bundles through the API (a reviewer signs off; it does not submit).
SUBMITTING_ROLES = ("provider", "assessor", "admin")

_ERROR = {"content": {"application/json": {"example": {"error": "one line saying what is wrong"}}}}
_ERRORS = {400: _ERROR, 401: _ERROR, 403: _ERROR, 404: _ERROR, 413: _ERROR, 429: _ERROR}


def _limit(request: Request) -> None:
    if not request.app.state.api_limit.allow(client_key(request)):
        raise HTTPException(429, "too many requests; slow down and try again in a minute",
                            headers={"retry-after": "60"})


def _who(request: Request):
    """Rate limit first (so tokens cannot be guessed quickly), then the token's person."""
    _limit(request)
    with request.app.state.register.session() as session:
        return api_person(session, request)


def register_error(exc: RegisterError) -> HTTPException:
    """The register's refusal as an HTTP error: not found 404, not allowed 403, conflict 409, else 400."""
    if isinstance(exc, NotFound):
        return HTTPException(404, str(exc))
    if isinstance(exc, NotAllowed):
        return HTTPException(403, str(exc))
    if isinstance(exc, service.ConflictError):
        return HTTPException(409, str(exc))
    return HTTPException(400, str(exc))


async def screen_and_register(request: Request, person, body: bytes, content_type: str | None,
                              filename: str | None) -> tuple[int, str]:
    """Save the upload, assess it in a worker, register the decision; (assessment id, report JSON text).

    Shared by the API and the provider's upload page. Raises HTTPException
    400/403/503 with one line.
    """
    if person.role not in SUBMITTING_ROLES:
        raise HTTPException(403, f"{person.name} is a {person.role}; only a provider, an assessor or an admin"
                                 " submits bundles")
    settings = request.app.state.settings
    try:
        kind = uploads.kind_of(content_type, filename)
        upload = await run_in_threadpool(uploads.save, body, kind, settings.uploads, settings.limits, filename)
    except uploads.UploadError as exc:
        raise HTTPException(400, str(exc)) from None
    try:
        outcome = await request.app.state.assessor.assess(upload.folder, upload.bundle.name, person.id)
    finally:
        await run_in_threadpool(upload.discard)
    if outcome.input_error:
        raise HTTPException(400, outcome.input_error)
    if outcome.forbidden:
        raise HTTPException(403, outcome.forbidden)
    if outcome.failure or outcome.assessment_id is None:
        raise HTTPException(503, outcome.failure or "the decision could not be registered")
    return outcome.assessment_id, outcome.report_json


@router.post("/assessments", status_code=201, responses={
    201: {"description": "The JSON report, as `cmm assess --format json` prints it; its register id is in the"
                         " Location and X-Assessment-Id headers",
          "content": {"application/json": {}}}, **_ERRORS},
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/yaml": {"schema": {"type": "string"}}, "application/json": {"schema": {"type": "object"}},
        "application/zip": {"schema": {"type": "string", "format": "binary"}}}}},
    summary="Screen a bundle and register the decision")
async def create_assessment(request: Request):
    person = await run_in_threadpool(_who, request)
    body = await request.body()
    filename = _filename(request.headers.get("content-disposition"))
    assessment_id, report_json = await screen_and_register(request, person, body,
                                                           request.headers.get("content-type"), filename)
    return Response(report_json.encode(), status_code=201, media_type="application/json",
                    headers={"location": f"/api/v1/assessments/{assessment_id}",
                             "x-assessment-id": str(assessment_id)})


def _filename(disposition: str | None) -> str | None:
    """``filename=`` of a Content-Disposition header (the bundle's name in the report), if any."""
    if not disposition:
        return None
    for part in disposition.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "filename":
            return value.strip().strip('"')
    return None


def _read(request: Request, assessment_id: str, answer):
    """``answer(session, assessment)`` for an assessment the token's person may see; 404 otherwise."""
    person = _who(request)
    with request.app.state.register.session() as session:
        try:
            return answer(session, service.get_assessment(session, assessment_id, reader=person))
        except RegisterError as exc:
            raise register_error(exc) from None


@router.get("/assessments/{assessment_id}", responses={200: {"content": {"application/json": {}}}, **_ERRORS},
            summary="One assessment's report (404 for another organisation's)")
def read_assessment(assessment_id: str, request: Request):
    def report(session, a):
        headers = {"x-assessment-id": str(a.id), "x-assessment-state": a.state, "x-final-stars": str(a.final_stars)}
        return Response(to_json(service.machine_report(session, a)).encode(), media_type="application/json",
                        headers=headers)

    return _read(request, assessment_id, report)


@router.get("/assessments/{assessment_id}/decision", responses=_ERRORS,
            summary="The final decision: machine findings with the assessors' overrides, state and sign-off")
def read_decision(assessment_id: str, request: Request):
    def decision(session, a):
        final = service.final_decision(session, a)
        return JSONResponse({"id": a.id, "organisation": a.org_id, "assessment": a.reference, "state": a.state,
                             "machine_stars": a.machine_stars, "final_stars": final["overall"]["stars"],
                             "final": final})

    return _read(request, assessment_id, decision)


@router.get("/organisations/{org_id}/assessments", responses=_ERRORS,
            summary="An organisation's assessments, oldest first (a provider: its own organisation only)")
def list_assessments(org_id: str, request: Request):
    person = _who(request)
    if person.role == "provider" and person.org_id != org_id:
        raise HTTPException(404, f"no organisation {org_id!r} in the register")
    with request.app.state.register.session() as session:
        try:
            return JSONResponse(service.history(session, org_id))
        except RegisterError as exc:
            raise register_error(exc) from None

"""The pages, server-rendered with Jinja2 (Chinese first, English second; no script).

* ``/login``, ``/logout`` — sessions (see ``security.Sessions``), throttled log-ins;
* ``/provider`` — a provider uploads a bundle and sees its organisation's history;
* ``/assessments/{id}`` — the screening report (the HTML report itself), the
  final decision, and what the viewer's role may do: an assessor checks
  evidence, overrides findings and sends to sign-off; a reviewer signs off or
  returns; a provider reads;
* ``/queue`` — assessors' and reviewers' work list;
* ``/admin`` — people, roles, passwords, API tokens and organisations.

Every form carries the session's CSRF token and every POST checks it. What a
person may see and do is decided by the register's service layer (roles,
organisations, the four-eyes rule); a provider asking for another
organisation's assessment gets 404, as for one that does not exist.
"""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import select

from ..register import service
from ..register.models import CHECK_STATUSES, OVERRIDE_REASONS, ROLES, Organisation, Person
from ..register.service import NotAllowed, NotFound, RegisterError
from ..report import stars
from .auth import COOKIE, MIN_PASSWORD, check_password, hash_password, person_by_name
from .security import Session, same_token

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")

ROLE_LABEL = {"provider": "服务机构 provider", "assessor": "评审员 assessor", "reviewer": "签核人 reviewer",
              "admin": "管理员 admin"}
STATE_LABEL = {"open": "评审中 open", "submitted": "待签核 submitted", "returned": "已退回 returned",
               "signed_off": "已签核 signed off"}
TITLES = {400: "请求有误 Bad request", 401: "请先登录 Not logged in", 403: "无权操作 Not allowed",
          404: "未找到 Not found", 409: "冲突 Conflict", 413: "文件过大 Too large", 429: "请求过多 Too many requests",
          500: "内部错误 Internal error", 503: "暂不可用 Unavailable"}
templates.env.globals.update(stars=stars, role_label=lambda r: ROLE_LABEL.get(r, r),
                             state_label=lambda s: STATE_LABEL.get(s, s))


# ------------------------------------------------------------------ sessions


class Visit:
    """One request's session (created on first sight, so even the log-in form has a CSRF token) and person."""

    def __init__(self, request: Request):
        self.request = request
        sessions = request.app.state.sessions
        self.cookie = request.cookies.get(COOKIE)
        self.session: Session | None = sessions.get(self.cookie)
        self.new_cookie: str | None = None
        if self.session is None:
            self.new_cookie, self.session = sessions.new(None)
        self.person: Person | None = None
        if self.session.person_id is not None:
            with request.app.state.register.session() as db:
                person = db.get(Person, self.session.person_id)
            self.person = person if person is not None and person.active else None

    def login(self, person: Person) -> None:
        """A fresh session id for the logged-in person (the old one, known before log-in, is dropped)."""
        sessions = self.request.app.state.sessions
        sessions.end(self.cookie)
        self.new_cookie, self.session = sessions.new(person.id)
        self.person = person

    def logout(self) -> None:
        self.request.app.state.sessions.end(self.cookie)
        self.new_cookie, self.session = self.request.app.state.sessions.new(None)
        self.person = None

    def finish(self, response: Response) -> Response:
        if self.new_cookie:
            secure = self.request.app.state.settings.secure_cookies or self.request.url.scheme == "https"
            response.set_cookie(COOKIE, self.new_cookie, httponly=True, samesite="lax", secure=secure, path="/",
                                max_age=int(self.request.app.state.sessions.ttl))
        response.headers["cache-control"] = "no-store"
        return response

    def render(self, name: str, status: int = 200, **context) -> Response:
        flash, self.session.flash = self.session.flash, None
        page = templates.TemplateResponse(self.request, name, {"me": self.person, "csrf": self.session.csrf,
                                                               "flash": flash, **context}, status_code=status)
        return self.finish(page)

    def redirect(self, to: str, flash: str | None = None) -> Response:
        if flash:
            self.session.flash = flash
        return self.finish(RedirectResponse(to, status_code=303))

    def require(self, *roles: str) -> Person:
        if self.person is None:
            raise HTTPException(401, "请先登录 Please log in")
        if roles and self.person.role not in roles:
            raise HTTPException(403, f"{self.person.name} is {ROLE_LABEL[self.person.role]}; this page is for"
                                     f" {' / '.join(ROLE_LABEL[r] for r in roles)}")
        return self.person

    def check_csrf(self, form) -> None:
        if not same_token(form.get("csrf"), self.session.csrf):
            raise HTTPException(403, "表单已失效，请刷新页面后重试 The form has expired (CSRF check failed);"
                                     " reload the page and try again")


def error_page(request: Request, status: int, message: str) -> Response:
    """An error as a page (the pages' HTTPException handler); 401 sends the browser to the log-in page."""
    visit = Visit(request)
    if status == 401:
        return visit.redirect("/login")
    return visit.render("error.html", status=status, code=status, title=TITLES.get(status, "Error"),
                        message=message)


async def _form(request: Request, visit: Visit):
    form = await request.form(max_files=1, max_fields=20)
    visit.check_csrf(form)
    return form


def _text(form, name: str, limit: int = 4000) -> str:
    value = form.get(name)
    return value[:limit] if isinstance(value, str) else ""


def _version(form) -> int | None:
    value = _text(form, "version", 20)
    return int(value) if value.isdigit() else None


# ------------------------------------------------------------------ log in / out


@router.get("/")
def home(request: Request):
    visit = Visit(request)
    if visit.person is None:
        return visit.redirect("/login")
    return visit.redirect({"provider": "/provider", "admin": "/admin"}.get(visit.person.role, "/queue"))


@router.get("/login")
def login_form(request: Request):
    visit = Visit(request)
    if visit.person is not None:
        return visit.redirect("/")
    return visit.render("login.html")


@router.post("/login")
async def login(request: Request):
    visit = Visit(request)
    form = await _form(request, visit)
    name, password = _text(form, "name", 200).strip(), _text(form, "password", 1000)
    throttle = request.app.state.logins
    keys = (name, request.client.host if request.client else "?")
    if throttle.blocked(*keys):
        return visit.render("login.html", status=429, error="尝试次数过多，请稍后再试 Too many failed log-ins;"
                                                            " try again in a few minutes")
    person = await run_in_threadpool(_find, request, name)
    if not await run_in_threadpool(check_password, person, password):
        throttle.failed(*keys)
        return visit.render("login.html", status=401, error="用户名或密码错误 Wrong name or password")
    throttle.succeeded(keys[0])
    visit.login(person)
    return visit.redirect("/")


def _find(request: Request, name: str) -> Person | None:
    with request.app.state.register.session() as db:
        return person_by_name(db, name)


@router.post("/logout")
async def logout(request: Request):
    visit = Visit(request)
    await _form(request, visit)
    visit.logout()
    return visit.redirect("/login", flash="已退出 Logged out")


# ------------------------------------------------------------------ provider


@router.get("/provider")
def provider_home(request: Request):
    visit = Visit(request)
    me = visit.require("provider")
    return _provider_page(visit, me)


def _provider_page(visit: Visit, me: Person, status: int = 200, error: str | None = None) -> Response:
    with visit.request.app.state.register.session() as db:
        org = service.get_organisation(db, me.org_id)
        history = list(reversed(service.list_assessments(db, org_id=me.org_id)))
    return visit.render("provider.html", status=status, org=org, assessments=history, error=error)


@router.post("/provider/upload")
async def provider_upload(request: Request):
    from .api import screen_and_register

    visit = Visit(request)
    me = visit.require("provider")
    form = await _form(request, visit)
    upload = form.get("bundle")
    if upload is None or isinstance(upload, str) or not upload.filename:
        return await run_in_threadpool(_provider_page, visit, me, 400, "请选择一个文件 Choose a file to upload")
    body = await upload.read()
    try:
        assessment_id, _ = await screen_and_register(request, me, body, None, upload.filename)
    except HTTPException as exc:
        return await run_in_threadpool(_provider_page, visit, me, exc.status_code, str(exc.detail))
    return visit.redirect(f"/assessments/{assessment_id}", flash="筛查完成 Screening done")


# ------------------------------------------------------------------ assessments


_MAIN = re.compile(r"<main>\n?(.*)\n?</main>", re.S)
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def report_parts(report: dict) -> tuple[Markup, Markup]:
    """The HTML report's style sheet and body, to show inside a page (the report escapes all bundle text)."""
    from ..render import to_html

    page = to_html(report)
    style, main = _STYLE.search(page), _MAIN.search(page)
    return Markup(style.group(1) if style else ""), Markup(main.group(1) if main else page)


@router.get("/assessments/{assessment_id}")
def assessment_page(assessment_id: str, request: Request):
    visit = Visit(request)
    me = visit.require()
    with request.app.state.register.session() as db:
        try:
            a = service.get_assessment(db, assessment_id, reader=me)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None
        report = service.machine_report(db, a)
        final = service.final_decision(db, a)
        involved = service.involved(db, a)
        last = (service.signoffs(db, a) or [None])[-1]
        people = {p.id: p.name for p in db.scalars(select(Person))}
    checks = {c["evidence"]: c for c in final["checks"]}
    titles = {f["criterion"]: f.get("title", {}).get("zh", "") if isinstance(f.get("title"), dict) else ""
              for f in report["findings"]}
    can_assess = me.role in service.ASSESSING_ROLES and a.state in ("open", "returned")
    can_sign = me.role in service.SIGNING_ROLES and a.state == "submitted" and me.id not in involved
    sign_blocked = None
    if me.role in service.SIGNING_ROLES and a.state == "submitted" and me.id in involved:
        sign_blocked = (f"四眼原则：您参与了本评估，须由另一位签核人签核。 Four-eyes rule: {me.name} worked on this"
                        " assessment; another reviewer must sign it off.")
    style, body = report_parts(report)
    signoff = None
    if last is not None:
        import orjson

        signoff = {"by": people.get(last.person_id), "at": last.at, "outcome": last.outcome,
                   "note": orjson.loads(last.statement).get("note", "")}
    return visit.render(
        "assessment.html", a=a, report_css=style, report_html=body,
        overrides=[dict(r["override"], criterion=r["criterion"]) for r in final["findings"] if r["override"]],
        evidence=[{"id": e["id"], "title": e.get("title", ""), "check": checks.get(e["id"])} for e in report["evidence"]],
        findings=[{"criterion": r["criterion"], "result": r["final"], "title": titles.get(r["criterion"], "")}
                  for r in final["findings"] if r["final"] in ("pass", "fail")],
        reasons=OVERRIDE_REASONS, check_statuses=CHECK_STATUSES, can_assess=can_assess, can_sign=can_sign,
        sign_blocked=sign_blocked, signoff=signoff)


async def _act(request: Request, assessment_id: str, roles: tuple[str, ...], action, done: str) -> Response:
    """A POST on an assessment: CSRF, role, visibility (404 for another organisation's), then the register."""
    visit = Visit(request)
    me = visit.require()
    form = await _form(request, visit)

    def run():
        with request.app.state.register.session() as db:
            a = service.get_assessment(db, assessment_id, reader=me)
            if me.role not in roles:
                raise NotAllowed(f"{me.name} is {ROLE_LABEL[me.role]}; only {' / '.join(ROLE_LABEL[r] for r in roles)}"
                                 " may do this")
            action(db, a.id, me, form)

    try:
        await run_in_threadpool(run)
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    except NotAllowed as exc:
        raise HTTPException(403, str(exc)) from None
    except RegisterError as exc:   # a bad value or a conflict: back to the page, saying why
        return visit.redirect(f"/assessments/{assessment_id}", flash=f"未保存 Not saved: {exc}")
    return visit.redirect(f"/assessments/{assessment_id}", flash=done)


@router.post("/assessments/{assessment_id}/evidence")
async def check_evidence(assessment_id: str, request: Request):
    return await _act(request, assessment_id, service.ASSESSING_ROLES, lambda db, aid, me, f: service.check_evidence(
        db, aid, _text(f, "evidence_id", 200), _text(f, "status", 20), me, note=_text(f, "note"),
        expected_version=_version(f)), "已记录核验 Evidence check recorded")


@router.post("/assessments/{assessment_id}/override")
async def override(assessment_id: str, request: Request):
    return await _act(request, assessment_id, service.ASSESSING_ROLES, lambda db, aid, me, f: service.override_finding(
        db, aid, _text(f, "criterion", 100), _text(f, "after", 10), _text(f, "reason_code", 50),
        _text(f, "rationale"), me, expected_version=_version(f)), "已改判 Finding overridden")


@router.post("/assessments/{assessment_id}/submit")
async def submit(assessment_id: str, request: Request):
    return await _act(request, assessment_id, service.ASSESSING_ROLES, lambda db, aid, me, f: service.submit_review(
        db, aid, me, expected_version=_version(f)), "已提交签核 Sent to sign-off")


@router.post("/assessments/{assessment_id}/signoff")
async def signoff(assessment_id: str, request: Request):
    return await _act(request, assessment_id, service.SIGNING_ROLES, lambda db, aid, me, f: service.sign_off(
        db, aid, me, outcome=_text(f, "outcome", 20), note=_text(f, "note"), expected_version=_version(f)),
        "已签核 Signed off")


@router.get("/queue")
def queue(request: Request):
    visit = Visit(request)
    me = visit.require("assessor", "reviewer", "admin")
    first = ("submitted",) if me.role == "reviewer" else ("open", "returned")
    with request.app.state.register.session() as db:
        rows = service.list_assessments(db)
    rows.sort(key=lambda a: (a.state not in first, a.state == "signed_off", -a.id))
    return visit.render("queue.html", assessments=rows)


# ------------------------------------------------------------------ admin


@router.get("/admin")
def admin(request: Request):
    visit = Visit(request)
    visit.require("admin")
    return _admin_page(visit)


def _admin_page(visit: Visit, token: str | None = None) -> Response:
    with visit.request.app.state.register.session() as db:
        people = service.list_people(db)
        organisations = list(db.scalars(select(Organisation).order_by(Organisation.id)))
    return visit.render("admin.html", people=people, organisations=organisations, roles=ROLES, token=token)


async def _admin_act(request: Request, action, done: str) -> Response:
    visit = Visit(request)
    me = visit.require("admin")
    form = await _form(request, visit)

    def run():
        with request.app.state.register.session() as db:
            return action(db, me, form)

    try:
        result = await run_in_threadpool(run)
    except (RegisterError, ValueError) as exc:
        return visit.redirect("/admin", flash=f"未保存 Not saved: {exc}")
    if isinstance(result, str):   # a new API token: shown on this page, once
        return await run_in_threadpool(_admin_page, visit, result)
    return visit.redirect("/admin", flash=done)


def _add_person(db, me, form):
    password = _text(form, "password", 1000)
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    person = service.add_person(db, _text(form, "name", 200).strip(), _text(form, "role", 20),
                                _text(form, "org_id", 200) or None, actor=me)
    db.flush()
    service.set_password_hash(db, person, hash_password(password), actor=me)


def _person(db, person_id: str) -> Person:
    person = db.get(Person, int(person_id)) if person_id.isdigit() else None
    if person is None:
        raise NotFound(f"no person {person_id}")
    return person


@router.post("/admin/people")
async def admin_add_person(request: Request):
    return await _admin_act(request, _add_person, "已添加人员 Person added")


@router.post("/admin/people/{person_id}/password")
async def admin_password(person_id: str, request: Request):
    return await _admin_act(request, lambda db, me, f: service.set_password_hash(
        db, _person(db, person_id), hash_password(_text(f, "password", 1000)), actor=me) and None,
        "已设置密码 Password set")


@router.post("/admin/people/{person_id}/token")
async def admin_token(person_id: str, request: Request):
    return await _admin_act(request, lambda db, me, f: service.new_token(db, _person(db, person_id), actor=me),
                            "")


@router.post("/admin/organisations")
async def admin_add_org(request: Request):
    def add(db, me, form):
        org_id, name = _text(form, "org_id", 200).strip(), _text(form, "name", 500).strip()
        if not org_id or not name:
            raise ValueError("an organisation needs an id and a name")
        if db.get(Organisation, org_id) is not None:
            raise ValueError(f"organisation {org_id} is already in the register")
        service.ensure_organisation(db, org_id, name, actor=me)

    return await _admin_act(request, add, "已添加机构 Organisation added")

"""The review app: Starlette routes over the review database and the published snapshot.

Pages are server-rendered (Jinja2, autoescaped); there is no script at all and the CSP says so.
Sessions are a signed, HttpOnly, SameSite=Strict cookie naming a session row; every
state-changing request carries the session's CSRF token; nothing but ``/login`` and
``/healthz`` answers without a session.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from itsdangerous import BadSignature, URLSafeTimedSerializer
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dfaudit.web.present import (
    NO_REDACTION,
    Redactor,
    highlighted_fields,
    metadata_excerpt,
    redact_evidence,
    signal_version,
    target_names,
)
from dfaudit.web.review import (
    DECISIONS,
    REJECT_REASONS,
    ROLES,
    SESSION_HOURS,
    ReviewDB,
    ReviewError,
    Session,
    review_path,
)
from dfaudit.web.snapshot import STATES, FindingView, QueueFilter, SnapshotMissing, SnapshotReader

SESSION_COOKIE = "dfaudit_session"
LOGIN_COOKIE = "dfaudit_login"
PAGE_SIZE = 50
MAX_FORM_BYTES = 16 * 1024
MAX_FIELD = 4096
LOGIN_WINDOW = 300.0
LOGIN_FAILURES_PER_USER = 5
LOGIN_FAILURES_PER_CLIENT = 20

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#23313f;color:#fff;padding:.5em 1em;display:flex;gap:1.2em;align-items:center}
header a{color:#fff}header form{margin-left:auto}main{padding:1em 1.5em;max-width:1200px}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em}
th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef1f4}td.num{text-align:right}mark{background:#ffe27a}
.flag{font-weight:600;color:#a40000}.muted{color:#666}.box{background:#fff;border:1px solid #ddd;
padding:.8em 1em;margin:.8em 0}pre,.text{white-space:pre-wrap;word-break:break-word}
form.filters label{margin-right:.8em}.error{color:#a40000;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}
"""
CSS = _CSS.strip()
_STYLE_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode()
CSP = (
    "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
    f"style-src 'sha256-{_STYLE_HASH}'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; connect-src 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


class SecurityHeaders:
    """Adds the CSP and friends to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class LoginLimiter:
    """Failed logins per user name and per client in a sliding window (in memory)."""

    def __init__(self, window: float = LOGIN_WINDOW):
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        seen = self._failures.setdefault(key, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        return seen

    def blocked(self, username: str, client: str) -> float:
        """Seconds to wait, or 0 when a login may be tried."""
        now = time.monotonic()
        with self._lock:
            waits = []
            for key, limit in (
                (f"user:{username.lower()}", LOGIN_FAILURES_PER_USER),
                (f"client:{client}", LOGIN_FAILURES_PER_CLIENT),
            ):
                seen = self._recent(key, now)
                if len(seen) >= limit:
                    waits.append(seen[0] + self.window - now)
            return max(waits, default=0.0)

    def failed(self, username: str, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > 100_000:  # bounded memory under a flood of names
                self._failures.clear()
            for key in (f"user:{username.lower()}", f"client:{client}"):
                self._recent(key, now).append(now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username.lower()}", None)


@dataclass(frozen=True)
class HttpError(Exception):
    status: int
    message: str


def finding_url(platform: str, model_id: str) -> str:
    return f"/findings/{quote(platform, safe='')}/{quote(model_id, safe='/')}"


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("dfaudit.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        css=Markup(CSS),
        finding_url=finding_url,
        decisions=DECISIONS,
        reject_reasons=REJECT_REASONS,
        states=STATES,
    )
    env.filters["signal_version"] = signal_version
    env.filters["metadata_excerpt"] = metadata_excerpt
    return env


class ReviewApp:
    """State and handlers of one app instance."""

    def __init__(
        self,
        db_path: str | Path,
        *,
        names_for: Collection[str] = (),
        secure_cookies: bool = False,
    ):
        unknown = set(names_for) - set(ROLES)
        if unknown:
            raise ReviewError(f"unknown role(s) for names: {', '.join(sorted(unknown))}")
        self.review = ReviewDB(review_path(db_path))
        self.snapshot = SnapshotReader(db_path, self.review)
        self.names_for = frozenset(names_for)
        self.secure_cookies = secure_cookies
        self.signer = URLSafeTimedSerializer(self.review.secret_key(), salt="dfaudit-session")
        self.login_signer = URLSafeTimedSerializer(self.review.secret_key(), salt="dfaudit-login")
        self.limiter = LoginLimiter()
        self.env = _environment()

    # -- plumbing ------------------------------------------------------------------------------

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status)

    async def session(self, request: Request) -> tuple[Session, str] | None:
        cookie = request.cookies.get(SESSION_COOKIE)
        if not cookie or len(cookie) > 512:
            return None
        try:
            session_id = self.signer.loads(cookie, max_age=SESSION_HOURS * 3600)
        except BadSignature:
            return None
        if not isinstance(session_id, str):
            return None
        found = await run_in_threadpool(self.review.session, session_id)
        return (found, session_id) if found else None

    @staticmethod
    async def form(request: Request) -> dict[str, str]:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_FORM_BYTES):
            raise HttpError(413, "request too large")
        kind = request.headers.get("content-type", "")
        if kind.startswith("application/json"):
            body = await request.body()
            if len(body) > MAX_FORM_BYTES:
                raise HttpError(413, "request too large")
            try:
                data = json.loads(body or b"{}")
            except ValueError:
                raise HttpError(400, "the body is not valid JSON") from None
            if not isinstance(data, dict):
                raise HttpError(400, "the body must be a JSON object")
            return {str(k): str(v)[:MAX_FIELD] for k, v in data.items() if v is not None}
        form = await request.form(max_files=0, max_fields=20)
        return {k: str(v)[:MAX_FIELD] for k, v in form.items() if isinstance(v, str)}

    @staticmethod
    def client(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def names_allowed(self, session: Session) -> bool:
        return session.user.role in self.names_for

    def _set_cookie(self, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            httponly=True,
            samesite="strict",
            secure=self.secure_cookies,
            path="/",
        )

    # -- wrappers ------------------------------------------------------------------------------

    def page(
        self, handler: Callable[[Request, Session, str], Awaitable[Response]], *, api: bool = False
    ) -> Callable[[Request], Awaitable[Response]]:
        """A handler that needs a session; errors become pages (or JSON under /api/)."""

        async def endpoint(request: Request) -> Response:
            try:
                found = await self.session(request)
                if found is None:
                    if api or request.method != "GET":
                        raise HttpError(401, "log in first")
                    return RedirectResponse("/login", status_code=303)
                session, session_id = found
                return await handler(request, session, session_id)
            except HttpError as exc:
                return self.error(exc.status, exc.message, api)
            except SnapshotMissing as exc:
                return self.error(503, str(exc), api)
            except ReviewError as exc:
                return self.error(400, str(exc), api)

        return endpoint

    def error(self, status: int, message: str, api: bool) -> Response:
        if api:
            return JSONResponse({"error": message}, status_code=status)
        return self.render("error.html.j2", status, code=status, message=message, user=None)

    @staticmethod
    def check_csrf(session: Session, request: Request, form: dict[str, str]) -> None:
        token = form.get("csrf_token") or request.headers.get("x-csrf-token") or ""
        if not token or not hmac.compare_digest(token, session.csrf_token):
            raise HttpError(403, "missing or wrong CSRF token")

    # -- login ---------------------------------------------------------------------------------

    def login_page(self, status: int = 200, error: str | None = None) -> Response:
        token = secrets.token_urlsafe(32)
        response = self.render("login.html.j2", status, csrf_token=token, error=error, user=None)
        self._set_cookie(response, LOGIN_COOKIE, self.login_signer.dumps(token), 3600)
        return response

    async def get_login(self, request: Request) -> Response:
        return self.login_page()

    async def post_login(self, request: Request) -> Response:
        try:
            form = await self.form(request)
        except HttpError as exc:
            return self.error(exc.status, exc.message, False)
        token = form.get("csrf_token", "")
        try:
            expected = self.login_signer.loads(request.cookies.get(LOGIN_COOKIE, ""), max_age=3600)
        except BadSignature:
            expected = None
        if not token or not isinstance(expected, str) or not hmac.compare_digest(token, expected):
            return self.error(403, "missing or wrong CSRF token: reload the login page", False)
        username = form.get("username", "")[:64]
        password = form.get("password", "")[:1024]
        client = self.client(request)
        wait = self.limiter.blocked(username, client)
        if wait > 0:
            response = self.login_page(429, "too many failed logins: try again later")
            response.headers["retry-after"] = str(int(wait) + 1)
            return response
        user = await run_in_threadpool(self.review.authenticate, username, password)
        if user is None:
            self.limiter.failed(username, client)
            await run_in_threadpool(
                self.review.log, "anonymous", "login_failed", username, {"client": client}
            )
            return self.login_page(401, "wrong user name or password")
        self.limiter.succeeded(username)
        session_id = await run_in_threadpool(self.review.start_session, user, client)
        response = RedirectResponse("/queue", status_code=303)
        self._set_cookie(
            response, SESSION_COOKIE, self.signer.dumps(session_id), SESSION_HOURS * 3600
        )
        response.delete_cookie(LOGIN_COOKIE, path="/")
        return response

    async def logout(self, request: Request, session: Session, session_id: str) -> Response:
        self.check_csrf(session, request, await self.form(request))
        await run_in_threadpool(self.review.end_session, session_id, session.user)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # -- queue ---------------------------------------------------------------------------------

    def _queue_items(self, session: Session, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        allowed = self.names_allowed(session)
        out = []
        for item in items:
            item = dict(item)
            if not allowed:
                redactor = Redactor.for_names([item.get("target_name")], item.get("pseudonym"))
                item = redactor.deep(item)
                item.pop("target_name", None)
            item["url"] = finding_url(str(item["platform"]), str(item["model_id"]))
            out.append(item)
        return out

    async def queue(self, request: Request, session: Session, session_id: str) -> Response:
        filters = QueueFilter.from_params(request.query_params)
        page_number = _int(request.query_params.get("page"), 1, 1, 100_000)
        page = await run_in_threadpool(
            self.snapshot.queue, filters, PAGE_SIZE, (page_number - 1) * PAGE_SIZE
        )
        params = filters.query_params()
        pages = max(1, -(-page.total // PAGE_SIZE))
        return self.render(
            "queue.html.j2",
            user=session.user,
            csrf_token=session.csrf_token,
            page=page,
            items=self._queue_items(session, page.items),
            filters=filters,
            page_number=page_number,
            pages=pages,
            prev_url=f"/queue?{urlencode({**params, 'page': page_number - 1})}"
            if page_number > 1
            else None,
            next_url=f"/queue?{urlencode({**params, 'page': page_number + 1})}"
            if page_number < pages
            else None,
            show_names=self.names_allowed(session),
        )

    async def api_queue(self, request: Request, session: Session, session_id: str) -> Response:
        filters = QueueFilter.from_params(request.query_params)
        limit = _int(request.query_params.get("limit"), PAGE_SIZE, 1, 500)
        offset = _int(request.query_params.get("offset"), 0, 0, 50_000_000)
        page = await run_in_threadpool(self.snapshot.queue, filters, limit, offset)
        items = self._queue_items(session, page.items)
        return JSONResponse(
            {
                "total": page.total,
                "limit": page.limit,
                "offset": page.offset,
                "state": filters.state,
                "snapshot_published_at": page.published_at,
                "items": items,
            }
        )

    # -- findings ------------------------------------------------------------------------------

    async def _finding(self, request: Request) -> tuple[str, str, FindingView]:
        platform = str(request.path_params["platform"])[:64]
        model_id = str(request.path_params["model_id"])[:512]
        view = await run_in_threadpool(self.snapshot.finding, platform, model_id)
        if view is None:
            raise HttpError(404, "no such finding in the published snapshot")
        return platform, model_id, view

    def _visible(self, session: Session, view: FindingView) -> dict[str, Any]:
        """The finding as this user may see it."""
        finding = dict(view.finding)
        evidence = view.evidence
        headers = view.headers
        other = view.other_models
        pseudonym = finding.get("pseudonym")
        if not self.names_allowed(session):
            redactor = Redactor.for_names(target_names(finding, evidence), pseudonym)
            finding = redactor.deep(finding)
            finding.pop("target_name", None)
            evidence = redact_evidence(evidence, redactor, pseudonym)
            headers = redactor.deep(headers)
            other = redactor.deep(other)
        else:
            redactor = NO_REDACTION
        return {
            "finding": finding,
            "evidence": evidence,
            "observations": view.observations,
            "reuploads": view.reuploads,
            "headers": headers,
            "other_models": other,
            "rules": view.rules,
            "published_at": view.published_at,
        }

    async def finding_page(self, request: Request, session: Session, session_id: str) -> Response:
        platform, model_id, view = await self._finding(request)
        visible = self._visible(session, view)
        decisions = await run_in_threadpool(self.review.decisions, platform, model_id)
        return self.render(
            "finding.html.j2",
            user=session.user,
            csrf_token=session.csrf_token,
            fields=highlighted_fields(visible["finding"], visible["evidence"]),
            decisions_made=decisions,
            show_names=self.names_allowed(session),
            action=finding_url(platform, model_id) + "/decision",
            **visible,
        )

    async def api_finding(self, request: Request, session: Session, session_id: str) -> Response:
        platform, model_id, view = await self._finding(request)
        visible = self._visible(session, view)
        decisions = await run_in_threadpool(self.review.decisions, platform, model_id)
        decided = decisions[-1].decision if decisions else None
        visible["finding"].pop("decision", None)
        return JSONResponse(
            {
                "platform": platform,
                "model_id": model_id,
                **visible["finding"],
                "evidence": visible["evidence"],
                "observations": visible["observations"],
                "reuploads": visible["reuploads"],
                "headers": visible["headers"],
                "other_models": visible["other_models"],
                "rules": visible["rules"],
                "snapshot_published_at": visible["published_at"],
                "decision": decided,
                "decisions": [d.as_dict() for d in decisions],
            }
        )

    async def _decide(self, request: Request, session: Session) -> tuple[str, str, Any]:
        form = await self.form(request)
        self.check_csrf(session, request, form)
        if not session.user.may_decide():
            raise HttpError(403, f"a {session.user.role} cannot record decisions")
        platform, model_id, view = await self._finding(request)
        finding = view.finding
        decision = await run_in_threadpool(
            lambda: self.review.record_decision(
                platform,
                model_id,
                form.get("decision", ""),
                reviewer=session.user,
                reason=form.get("reason"),
                note=form.get("note"),
                likeness_score=finding.get("likeness_score"),
                detector_version=finding.get("detector_version"),
            )
        )
        return platform, model_id, decision

    async def post_decision(self, request: Request, session: Session, session_id: str) -> Response:
        await self._decide(request, session)
        return RedirectResponse("/queue", status_code=303)

    async def api_decision(self, request: Request, session: Session, session_id: str) -> Response:
        _, _, decision = await self._decide(request, session)
        return JSONResponse(decision.as_dict(), status_code=201)

    async def api_decisions(self, request: Request, session: Session, session_id: str) -> Response:
        """Every standing decision (an export: logged)."""
        if not session.user.may_decide():
            raise HttpError(403, "only reviewers and admins export decisions")
        decisions = await run_in_threadpool(self.review.latest_decisions)
        await run_in_threadpool(
            self.review.log,
            session.user.name,
            "export",
            "decisions",
            {"rows": len(decisions), "client": self.client(request)},
        )
        return JSONResponse(
            {
                "items": [
                    {"platform": d.platform, "model_id": d.model_id, **d.as_dict()}
                    for d in decisions
                ]
            }
        )

    # -- audit log -----------------------------------------------------------------------------

    async def audit_log(self, request: Request, session: Session, session_id: str) -> Response:
        if session.user.role != "admin":
            raise HttpError(403, "the audit log is for admins")
        page_number = _int(request.query_params.get("page"), 1, 1, 1_000_000)
        total, entries = await run_in_threadpool(
            self.review.audit_entries, 100, (page_number - 1) * 100
        )
        verification = await run_in_threadpool(self.review.verify_audit_log)
        return self.render(
            "audit.html.j2",
            user=session.user,
            csrf_token=session.csrf_token,
            entries=entries,
            total=total,
            verification=verification,
            page_number=page_number,
            has_next=page_number * 100 < total,
        )

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "snapshot": self.snapshot.available()})

    async def root(self, request: Request, session: Session, session_id: str) -> Response:
        return RedirectResponse("/queue", status_code=303)

    def routes(self) -> list[Route]:
        finding = "/findings/{platform}/{model_id:path}"
        return [
            Route("/healthz", self.healthz),
            Route("/login", self.get_login, methods=["GET"]),
            Route("/login", self.post_login, methods=["POST"]),
            Route("/logout", self.page(self.logout), methods=["POST"]),
            Route("/", self.page(self.root)),
            Route("/queue", self.page(self.queue)),
            Route(finding + "/decision", self.page(self.post_decision), methods=["POST"]),
            Route(finding, self.page(self.finding_page)),
            Route("/audit-log", self.page(self.audit_log)),
            Route("/api/queue", self.page(self.api_queue, api=True)),
            Route("/api/decisions", self.page(self.api_decisions, api=True)),
            Route(
                "/api" + finding + "/decision",
                self.page(self.api_decision, api=True),
                methods=["POST"],
            ),
            Route("/api" + finding, self.page(self.api_finding, api=True)),
        ]


def _int(value: str | None, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    if not value.isdigit() or len(value) > 12:
        raise HttpError(400, "a number was expected")
    return max(low, min(int(value), high))


def create_app(
    db_path: str | Path, *, names_for: Collection[str] = (), secure_cookies: bool = False
) -> Starlette:
    """The ASGI app serving the review of the store at ``db_path``."""
    state = ReviewApp(db_path, names_for=names_for, secure_cookies=secure_cookies)

    async def not_found(request: Request, exc: Exception) -> Response:
        api = request.url.path.startswith("/api/")
        status = getattr(exc, "status_code", 404)
        return state.error(status, "not found" if status == 404 else "not allowed", api)

    app = Starlette(
        routes=state.routes(),
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={404: not_found, 405: not_found},
    )
    app.state.review_app = state
    return app

"""The review app in a real headless Chromium (Debian's, by path, as the report test does).

A reviewer logs in, works the queue and decides through the form; an admin sees the decision in
the audit log. Hostile strings in every platform field stay inert on every page: no script runs,
no dialog opens, no request leaves the app. A control test proves the harness sees a page that
is not inert. Skips only where no Chromium is installed and CI is not set.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from dfaudit.web.review import ReviewDB, review_path

from .conftest import Served
from .helpers import PASSWORDS, serve_app
from .hostile import HOSTILE, REMOTE, TARGET_NAME, build_hostile_store


@dataclass
class Watched:
    """A page whose every request outside the app is blocked and recorded."""

    page: Any
    origin: str
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)

    def inert(self) -> dict[str, Any]:
        """What the current document did or holds that an inert page must not.

        A page that navigates away (a meta refresh to a blocked origin) can replace its document
        while it is being read; it is read again once the new document has loaded."""
        for _ in range(4):
            try:
                return self._read()
            except Exception as error:  # playwright's Error: the document was replaced meanwhile
                if "context was destroyed" not in str(error):
                    raise
                self.page.wait_for_load_state()
        return self._read()

    def _read(self) -> dict[str, Any]:
        return {
            "console_errors": list(self.console_errors),
            "dialogs": list(self.dialogs),
            "left": list(self.left),
            "scripts": self.page.eval_on_selector_all("script", "n => n.length"),
            "handlers": self.page.evaluate(
                """() => [...document.querySelectorAll('*')].filter(e =>
                    [...e.attributes].some(a => a.name.startsWith('on'))).length"""
            ),
            "frames": self.page.eval_on_selector_all("iframe, object, embed", "n => n.length"),
            "url": self.page.url.startswith(self.origin),
        }


def watch(context: Any, origin: str) -> Watched:
    page = context.new_page()
    watched = Watched(page, origin)
    page.on(
        "console",
        lambda m: watched.console_errors.append(m.text) if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: watched.console_errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(origin + "/"):
            route.continue_()
        else:
            watched.left.append(url)
            route.abort()

    context.route("**/*", route)
    return watched


CLEAN = {"console_errors": [], "dialogs": [], "left": [], "scripts": 0, "handlers": 0,
         "frames": 0, "url": True}  # fmt: skip


def browser_login(watched: Watched, username: str) -> None:
    page = watched.page
    page.goto(watched.origin + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORDS[username][1])
    page.click("#login-form button[type=submit]")
    page.wait_for_url(watched.origin + "/queue")


def queue_keys(page: Any) -> list[tuple[str, str]]:
    rows = page.eval_on_selector_all(
        "tr.queue-item",
        "rows => rows.map(r => [r.dataset.platform, r.dataset.modelId])",
    )
    return [(str(platform), str(model_id)) for platform, model_id in rows]


def test_a_reviewer_works_the_queue_and_an_admin_sees_the_audit_log(
    browser: Any, served: Served
) -> None:
    context = browser.new_context()
    try:
        watched = watch(context, served.url)
        page = watched.page
        browser_login(watched, "rita")
        count_before = int(page.inner_text("#queue-count strong"))
        keys = queue_keys(page)
        assert len(keys) == 50 and count_before > 100
        decided = []
        for decision, reason in (("confirm", None), ("reject", "style")):
            page.click("tr.queue-item >> nth=0 >> a")
            platform, model_id = keys[len(decided)]
            assert page.url == f"{served.url}/findings/{platform}/{quote(model_id, safe='/')}"
            assert page.inner_text("#nsfw-level")  # the NSFW level, never a preview image
            assert page.eval_on_selector_all("img", "n => n.length") == 0
            assert page.eval_on_selector_all("#evidence tr", "n => n.length") > 1
            page.check(f"input[name=decision][value={decision}]")
            if reason:
                page.select_option("select[name=reason]", reason)
            page.fill("textarea[name=note]", f"{decision} by the browser test")
            page.click("#decision-form button[type=submit]")
            page.wait_for_url(served.url + "/queue")
            decided.append((platform, model_id))
            assert watched.inert() == CLEAN
        assert int(page.inner_text("#queue-count strong")) == count_before - 2
        assert not set(decided) & set(queue_keys(page))
        assert queue_keys(page)[:10] == keys[2:12]
        finding = page.request.get(
            f"{served.url}/api/findings/{decided[1][0]}/{quote(decided[1][1], safe='/')}"
        ).json()
        assert [(d["decision"], d["reason"]) for d in finding["decisions"]] == [("reject", "style")]
        page.click("header button[type=submit]")  # log out
        page.wait_for_url(served.url + "/login")
        assert page.goto(served.url + "/audit-log").url == served.url + "/login"

        browser_login(watched, "ada")
        page.click("text=Audit log")
        assert "Chain verified" in page.inner_text("#audit-status")
        rows = page.eval_on_selector_all(
            "tr.audit-entry", "rows => rows.map(r => r.innerText.split('\\t'))"
        )
        decisions = [r for r in rows if r[3] == "decision"]
        assert [r[4] for r in decisions] == [f"{p}/{m}" for p, m in reversed(decided)]
        assert watched.inert() == CLEAN
    finally:
        context.close()
    assert ReviewDB(review_path(served.db)).verify_audit_log().ok


@pytest.mark.parametrize("role", ["ada", "rita"])
def test_hostile_platform_strings_stay_inert_on_every_page(
    browser: Any, tmp_path: Path, review_template: Path, make_served, role: str
) -> None:
    db = tmp_path / "hostile.duckdb"
    platform, model_id = build_hostile_store(db)
    shutil.copyfile(review_template, review_path(db))
    served = make_served(db, names_for=("admin",))
    finding = f"/findings/{platform}/{quote(model_id, safe='/')}"
    context = browser.new_context()
    try:
        watched = watch(context, served.url)
        page = watched.page
        browser_login(watched, role)
        assert watched.inert() == CLEAN
        assert page.eval_on_selector_all("tr.queue-item", "n => n.length") == 2
        page.click("tr.queue-item >> nth=0 >> a")
        assert page.url == served.url + finding
        assert watched.inert() == CLEAN
        text = page.inner_text("main")
        for hostile in HOSTILE:
            assert hostile in text  # shown as text, not dropped and not run
        assert (TARGET_NAME in text) == (role == "ada")
        page.check("input[name=decision][value=escalate]")
        page.fill("textarea[name=note]", "".join(HOSTILE))
        page.click("#decision-form button[type=submit]")
        page.wait_for_url(served.url + "/queue")
        for path in (
            finding,
            "/queue?state=all",
            "/queue?state=escalate",
            "/findings/huggingface/" + quote("owner/<img src=x onerror=alert('other')>", safe="/"),
            "/api/queue",
            "/api" + finding,
            *(["/audit-log"] if role == "ada" else []),
        ):
            page.goto(served.url + path)
            assert watched.inert() == CLEAN, path
        decisions = page.request.get(served.url + "/api" + finding).json()["decisions"]
        assert decisions[0]["note"] == "".join(HOSTILE)
    finally:
        context.close()


def test_the_harness_sees_a_page_that_is_not_inert(browser: Any) -> None:
    """Control: the same checks on a page that renders the hostile strings as HTML must fail."""

    async def unsafe(request: Any) -> HTMLResponse:
        return HTMLResponse("<html><body>" + "".join(HOSTILE) + "</body></html>")

    for url in serve_app(Starlette(routes=[Route("/unsafe", unsafe)])):
        context = browser.new_context()
        try:
            watched = watch(context, url)
            watched.page.goto(url + "/unsafe")
            watched.page.wait_for_timeout(300)
            seen = watched.inert()
        finally:
            context.close()
    assert seen != CLEAN
    assert "script" in seen["dialogs"]
    assert any(u.startswith(REMOTE) for u in seen["left"])
    assert seen["console_errors"], seen

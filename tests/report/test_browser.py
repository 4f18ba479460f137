"""report.html in a real headless Chromium: no console error, no request, no dialog, figures drawn.

Skips only where no Chromium is installed and CI is not set; under CI=true a missing browser
fails the test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dfaudit.report import ReportPaths

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_candidates() -> list[str | None]:
    return ["/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")]


def chromium_path(candidates: list[str | None] | None = None) -> str:
    """The Chromium to drive; skip without one, unless CI is set (then fail)."""
    for candidate in chromium_candidates() if candidates is None else candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail("CI is set but no Chromium is installed (apt-get install chromium)")
    pytest.skip("no Chromium installed (apt-get install chromium); set CI=true to require it")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module (launching it is the slow part)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            launched.close()


def open_in_chromium(browser: object, html_path: Path) -> dict[str, object]:
    """Load the page in a fresh context with every request routed; return what it did."""
    console_errors: list[str] = []
    requests: list[str] = []
    blocked: list[str] = []
    dialogs: list[str] = []
    page_url = html_path.resolve().as_uri()
    context = browser.new_context()  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: console_errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))

        def on_dialog(dialog: object) -> None:
            dialogs.append(dialog.message)  # type: ignore[attr-defined]
            dialog.dismiss()  # type: ignore[attr-defined]

        page.on("dialog", on_dialog)

        def route(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url == page_url or url.startswith("data:"):
                route.continue_()  # type: ignore[attr-defined]
            else:
                blocked.append(url)
                route.abort()  # type: ignore[attr-defined]

        page.route("**/*", route)
        page.goto(page_url, wait_until="load")
        page.wait_for_timeout(200)  # let any late handler fire
        figures = page.eval_on_selector_all(
            "img.figure",
            """imgs => imgs.map(img => ({complete: img.complete,
                natural: img.naturalWidth * img.naturalHeight,
                rendered: img.getBoundingClientRect().width
                          * img.getBoundingClientRect().height}))""",
        )
        scripts = page.eval_on_selector_all("script", "nodes => nodes.length")
    finally:
        context.close()
    return {
        "console_errors": console_errors,
        "requests": [u for u in requests if u != page_url and not u.startswith("data:")],
        "blocked": blocked,
        "dialogs": dialogs,
        "figures": figures,
        "scripts": scripts,
    }


@pytest.mark.parametrize("reveal", [False, True])
def test_report_renders_inert_and_offline_in_chromium(
    browser: object, default_report: ReportPaths, revealed_report: ReportPaths, reveal: bool
) -> None:
    paths = revealed_report if reveal else default_report
    seen = open_in_chromium(browser, paths.html)
    assert seen["console_errors"] == []
    assert seen["requests"] == [] and seen["blocked"] == []
    assert seen["dialogs"] == []
    assert seen["scripts"] == 0
    figures = seen["figures"]
    assert isinstance(figures, list) and len(figures) == len(paths.figures)
    for figure in figures:
        assert figure["complete"] and figure["natural"] > 0 and figure["rendered"] > 0


def test_the_harness_sees_what_a_hostile_page_does(browser: object, tmp_path: Path) -> None:
    """Guard against a harness that cannot fail: an unsanitised page must trip every check."""
    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><body><script>console.error('boom'); alert(1)</script>"
        "<img class='figure' src='https://example.invalid/x.png'></body></html>",
        encoding="utf-8",
    )
    seen = open_in_chromium(browser, page)
    assert seen["dialogs"] == ["1"]
    assert "boom" in seen["console_errors"]
    assert seen["blocked"] == ["https://example.invalid/x.png"]
    assert seen["scripts"] == 1


def test_missing_browser_skips_locally_and_fails_under_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absent = [str(tmp_path / "no-chromium")]
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        chromium_path(absent)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        chromium_path(absent)

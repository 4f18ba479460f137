"""Helpers of the review-app tests: serving the app on loopback, logging in like a browser."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from dfaudit.web.serve import listening_socket

PASSWORDS = {
    "ada": ("admin", "ada-admin-pass"),
    "rita": ("reviewer", "rita-reviewer-pass"),
    "vic": ("viewer", "vic-viewer-pass"),
}
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def serve_app(app: Any) -> Iterator[str]:
    """Run ``app`` under uvicorn in a thread on a free loopback port; yield its URL."""
    import uvicorn

    sock = listening_socket("127.0.0.1", 0)  # as `dfaudit serve` binds it
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", server_header=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review app did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def login(url: str, username: str, password: str | None = None) -> httpx.Client:
    """An HTTP client logged in through the form, as a browser would."""
    client = httpx.Client(base_url=url, timeout=30)
    page = client.get("/login")
    token = csrf_of(page.text)
    answer = client.post(
        "/login",
        data={
            "username": username,
            "password": password if password is not None else PASSWORDS[username][1],
            "csrf_token": token,
        },
    )
    assert answer.status_code == 303, answer.text
    return client


def csrf_of(html: str) -> str:
    match = _TOKEN.search(html)
    assert match, "no csrf_token input on the page"
    return match.group(1)

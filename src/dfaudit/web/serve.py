"""Running the review app under uvicorn."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from dfaudit.web.review import ReviewError

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def parse_roles(value: str) -> tuple[str, ...]:
    """``admin,reviewer`` → ("admin", "reviewer"); empty or ``none`` → ()."""
    from dfaudit.web.review import ROLES

    roles = tuple(r.strip() for r in value.split(",") if r.strip() and r.strip() != "none")
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise ReviewError(f"unknown role {unknown[0]!r}: use {', '.join(ROLES)} or none")
    return roles


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    names_for: Collection[str] = (),
    secure_cookies: bool = False,
) -> None:
    """Serve the review app until interrupted."""
    import uvicorn

    from dfaudit.web.app import create_app

    if not 0 <= port <= 65535:
        raise ReviewError("--port must be between 0 and 65535")
    app = create_app(db_path, names_for=names_for, secure_cookies=secure_cookies)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        proxy_headers=False,
        access_log=True,
    )

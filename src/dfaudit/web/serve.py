"""Running the review app under uvicorn."""

from __future__ import annotations

import socket
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
    config = uvicorn.Config(
        app,
        log_level="info",
        server_header=False,
        proxy_headers=False,
        access_log=True,
    )
    uvicorn.Server(config).run(sockets=[listening_socket(host, port)])


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port``, made with ``IPPROTO_TCP`` on purpose: asyncio sets
    TCP_NODELAY only on connections whose socket says so, and without it every response on a
    kept-alive connection waits ~40 ms for a delayed ACK (headers and body are two writes)."""
    try:
        infos = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP, flags=socket.AI_PASSIVE
        )
    except socket.gaierror as exc:
        raise ReviewError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise ReviewError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return sock

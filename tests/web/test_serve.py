"""How `dfaudit serve` listens: connections without Nagle's delay, clear errors."""

from __future__ import annotations

import asyncio
import socket

import pytest

from dfaudit.web.review import ReviewError
from dfaudit.web.serve import listening_socket, parse_roles


def test_accepted_connections_send_without_delay() -> None:
    """asyncio turns TCP_NODELAY on only for sockets made as TCP; without it each response
    on a kept-alive connection waits for a delayed ACK (~40 ms)."""

    async def accepted_nodelay() -> int:
        seen: list[int] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            sock = writer.get_extra_info("socket")
            seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=listening_socket("127.0.0.1", 0))
        port = server.sockets[0].getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        return seen[0]

    assert asyncio.run(accepted_nodelay()) != 0


def test_listening_errors_and_roles() -> None:
    taken = listening_socket("127.0.0.1", 0)
    taken.listen()
    try:
        with pytest.raises(ReviewError, match="cannot listen"):
            listening_socket("127.0.0.1", taken.getsockname()[1])
    finally:
        taken.close()
    assert parse_roles("admin, reviewer") == ("admin", "reviewer")
    assert parse_roles("none") == ()
    with pytest.raises(ReviewError, match="unknown role"):
        parse_roles("root")

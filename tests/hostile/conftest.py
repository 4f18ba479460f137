"""One hostile loopback server serving every attack on the HTTP side, on two ports (two origins).

It records each request it receives (origin, path, ``Authorization`` header, bytes it sent), so
tests assert on the server side what the client really did: which origin saw a credential, how
much of a body was read.
"""

from __future__ import annotations

import json
import re
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

_RANGE_RE = re.compile(r"bytes=(\d+)-(\d*)")
HUGE_REDIRECT_BODY = 200 << 20  # what a 302 declares and tries to send
MARKUP_ERROR = "[/bold]\x1b[31m[link=https://evil.example]click[/link]\u202e\x00 end"


def safetensors(metadata: dict[str, str], header_padding: int = 0) -> bytes:
    table = {
        "w": {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]},
        "__metadata__": metadata,
    }
    header = json.dumps(table).encode() + b" " * header_padding
    return struct.pack("<Q", len(header)) + header + bytes(4)


def deep_header(depth: int = 100_000) -> bytes:
    header = b'{"__metadata__": {"a": "b"}, "x": ' + b"[" * depth + b"]" * depth + b"}"
    return struct.pack("<Q", len(header)) + header + bytes(4)


def with_prefix(header: bytes) -> bytes:
    return struct.pack("<Q", len(header)) + header + bytes(4)


FILES: dict[str, bytes] = {
    "ok": safetensors({"ss_output_name": "fine"}),
    "len2_63": struct.pack("<Q", 2**63) + b'{"a": 1}' + bytes(100),
    "len2_64": struct.pack("<Q", 2**64 - 1) + b'{"a": 1}' + bytes(100),
    "deep": deep_header(),
    "bad_utf8": with_prefix(b'{"__metadata__": {"a": "\xff\xfe"}}'),
    "big_int": with_prefix(b'{"__metadata__": {"a": "b"}, "n": ' + b"9" * 5000 + b"}"),
}


@dataclass
class Seen:
    origin: str  # "main" | "other"
    method: str
    path: str
    authorization: str | None
    status: int
    bytes_sent: int


@dataclass
class HostileServer:
    url: str = ""
    other_url: str = ""
    drip_seconds: float = 0.3  # one byte every this many seconds on /slow
    seen: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: int = 0  # requests whose handler has not noted them yet

    def requests_to(self, origin: str, settle: float = 5.0) -> list[Seen]:
        """The requests to ``origin``, once every request under way is noted (a handler notes
        a request after its last byte, which the client may have read before that)."""
        until = time.monotonic() + settle
        while self.in_flight and time.monotonic() < until:
            time.sleep(0.005)
        with self.lock:
            return [s for s in self.seen if s.origin == origin]

    def sent_for(self, path_prefix: str, settle: float = 10.0) -> list[Seen]:
        """Requests to ``path_prefix``, once the server has finished (or given up) sending."""
        until = time.monotonic() + settle
        while True:
            with self.lock:
                found = [s for s in self.seen if s.path.startswith(path_prefix)]
            if found or time.monotonic() > until:
                return found
            time.sleep(0.02)


def _handler(state: HostileServer, origin: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def _note(self, status: int, sent: int) -> None:
            with state.lock:
                state.seen.append(
                    Seen(
                        origin,
                        self.command,
                        self.path,
                        self.headers.get("Authorization"),
                        status,
                        sent,
                    )
                )

        def _send(
            self, status: int, body: bytes = b"", headers: tuple[tuple[str, str], ...] = ()
        ) -> None:
            self.send_response(status)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            sent = 0
            try:
                self.wfile.write(body)
                sent = len(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            self._note(status, sent)

        def _json(self, status: int, data: Any, *headers: tuple[str, str]) -> None:
            body = json.dumps(data).encode()
            self._send(status, body, (("Content-Type", "application/json"), *headers))

        def _redirect(self, location: str, status: int = 302) -> None:
            self._send(status, b"", (("Location", location),))

        def _stream(
            self,
            status: int,
            declared: int,
            chunk: bytes,
            pause: float,
            extra: tuple[tuple[str, str], ...] = (),
        ) -> None:
            """Declare ``declared`` bytes and send them ``chunk`` by ``chunk`` until cut off."""
            self.send_response(status)
            for key, value in extra:
                self.send_header(key, value)
            self.send_header("Content-Length", str(declared))
            self.end_headers()
            sent = 0
            try:
                while sent < declared:
                    piece = chunk[: declared - sent]
                    self.wfile.write(piece)
                    self.wfile.flush()
                    sent += len(piece)
                    if pause:
                        time.sleep(pause)
            except (BrokenPipeError, ConnectionResetError, OSError):
                self.close_connection = True
            self._note(status, sent)

        def _chunked_json(self, total: int) -> None:
            """A JSON list of about ``total`` bytes, chunked (no declared length)."""
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()

            def chunk(data: bytes) -> bytes:
                return b"%x\r\n%s\r\n" % (len(data), data)

            sent = 0
            piece = b'"' + b"x" * 65_000 + b'",'
            try:
                self.wfile.write(chunk(b"["))
                while sent < total:
                    self.wfile.write(chunk(piece))
                    sent += len(piece)
                self.wfile.write(chunk(b'"end"]') + b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError, OSError):
                self.close_connection = True
            self._note(200, sent)

        def _file(self, body: bytes) -> None:
            match = _RANGE_RE.fullmatch(self.headers.get("Range") or "")
            if not match:
                self._send(200, body)
                return
            start = int(match.group(1))
            end = min(int(match.group(2) or len(body) - 1), len(body) - 1)
            if start >= len(body):
                self._send(416, b"", (("Content-Range", f"bytes */{len(body)}"),))
                return
            self._send(206, body[start : end + 1], (("Content-Range", f"bytes {start}-{end}/*"),))

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.do_GET()

        def do_GET(self) -> None:
            with state.lock:
                state.in_flight += 1
            try:
                self._get()
            finally:
                with state.lock:
                    state.in_flight -= 1

        def _get(self) -> None:  # noqa: C901 - one table of attacks
            path = self.path.split("?", 1)[0]
            if path.startswith("/st/"):
                self._file(FILES[path.removeprefix("/st/")])
            elif path == "/loop/a":
                self._redirect("/loop/b")
            elif path == "/loop/b":
                self._redirect("/loop/a")
            elif path == "/redirect/huge-body":
                self._stream(302, HUGE_REDIRECT_BODY, b"z" * 65_536, 0.0, (("Location", "/st/ok"),))
            elif path == "/redirect/other-port":
                self._redirect(f"{state.other_url}/st/ok")
            elif path == "/redirect/other-host":
                self._redirect("http://example.invalid/st/ok")
            elif path == "/redirect/ftp":
                self._redirect("ftp://127.0.0.1/st/ok")
            elif path == "/redirect/file":
                self._redirect("file://localhost/st/ok")
            elif path == "/slow":
                self._stream(200, 200, b"\x08", state.drip_seconds)
            elif path == "/api/ok":
                self._json(200, {"items": [], "metadata": {}})
            elif path == "/api/huge":
                self._chunked_json(3 << 20)
            elif path == "/api/huge-declared":
                self._stream(200, 300 << 20, b" " * 65_536, 0.0)
            elif path == "/api/slow":
                self._stream(200, 200, b" ", state.drip_seconds)
            elif path == "/api/deep":
                self._send(200, b"[" * 100_000 + b"]" * 100_000)
            elif path == "/api/loop":
                self._redirect("/api/loop")
            elif path == "/api/redirect-other":
                self._redirect(f"{state.other_url}/api/ok", 307)
            elif path == "/api/redirect-huge":
                self._stream(
                    302, HUGE_REDIRECT_BODY, b"z" * 65_536, 0.0, (("Location", "/api/ok"),)
                )
            elif path == "/api/error-markup":
                self._json(400, {"error": MARKUP_ERROR})
            elif path == "/api/auth-markup":
                self._send(401, MARKUP_ERROR.encode())
            elif path == "/sparql/odd":  # Wikidata rows of every wrong shape, one good
                rows = [1, "x", None, {"personLabel": "flat"}, {"personLabel": {"value": 5}}]
                good = {"personLabel": {"value": "Zelda Quorn"}, "genderLabel": {"value": "female"}}
                self._json(200, {"results": {"bindings": [*rows, good]}})
            elif path == "/sparql/deep":
                self._send(
                    200, b'{"results": {"bindings": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}"
                )
            elif path == "/api/v1/model-versions/by-hash":  # versions of every wrong shape
                good = {
                    "id": 770,
                    "modelId": 77,
                    "model": {"name": "found", "type": "LORA"},
                    "files": [
                        {"id": 7700, "name": "f.safetensors", "hashes": {"SHA256": "AB" * 32}}
                    ],
                }
                odd = [{"modelId": bad, "id": 1} for bad in (None, True, 1.5, [1], {"a": 1}, "")]
                self._json(200, [*odd, "junk", 5, {"modelId": 78, "model": [], "files": 3}, good])
            elif path == "/api/v1/models":  # Civitai: nextPage on another origin
                self._json(
                    200,
                    {
                        "items": [{"id": 1, "name": "first page model"}],
                        "metadata": {"nextPage": f"{state.other_url}/api/v1/models?page=2"},
                    },
                )
            elif path == "/api/models":  # Hugging Face: Link rel=next on another origin
                self._json(
                    200,
                    [{"id": "someone/first", "tags": ["lora"]}],
                    ("Link", f'<{state.other_url}/api/models?cursor=2>; rel="next"'),
                )
            else:
                self._json(404, {"error": "Not Found"})

    return Handler


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    state = HostileServer()
    servers = []
    for origin in ("main", "other"):
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state, origin))
        httpd.daemon_threads = True
        servers.append(httpd)
        threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
    state.url = f"http://127.0.0.1:{servers[0].server_address[1]}"
    state.other_url = f"http://127.0.0.1:{servers[1].server_address[1]}"
    try:
        yield state
    finally:
        for httpd in servers:
            httpd.shutdown()
            httpd.server_close()

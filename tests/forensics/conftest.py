"""A tiny loopback file server for header tests: redirecting download URLs, Range or not.

Every request is logged with the bytes the server actually sent, so tests can assert the
request and byte budget on the server side.
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


@dataclass
class ServedFile:
    """A file on the fake server and how the server treats it."""

    body: bytes
    ignore_range: bool = False
    fail_first: int = 0  # answer 429 (Retry-After: 0) this many times first
    status: int = 200  # e.g. 404 or 403


@dataclass
class LoggedRequest:
    path: str
    range: str | None
    status: int
    bytes_sent: int


@dataclass
class FileServer:
    """State shared with the handler thread."""

    files: dict[str, ServedFile] = field(default_factory=dict)
    log: list[LoggedRequest] = field(default_factory=list)
    base_url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: int = 0  # requests whose handler has not recorded them yet

    def add(self, name: str, body: bytes, **options: object) -> str:
        """Serve ``body`` at ``/files/name`` behind the redirecting ``/download/name``."""
        self.files[name] = ServedFile(body, **options)  # type: ignore[arg-type]
        return f"{self.base_url}/download/{name}"

    def file_requests(self, name: str) -> list[LoggedRequest]:
        """The logged requests for ``name``, once every request under way is recorded: a
        handler records after its last byte, which the client may read before that."""
        deadline = time.monotonic() + 5
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.005)
        with self.lock:
            return [r for r in self.log if r.path == f"/files/{name}"]


def _handler(server: FileServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def _record(self, status: int, sent: int) -> None:
            with server.lock:
                server.log.append(LoggedRequest(self.path, self.headers.get("Range"), status, sent))

        def do_GET(self) -> None:
            with server.lock:
                server.in_flight += 1
            try:
                self._get()
            finally:
                with server.lock:
                    server.in_flight -= 1

        def _get(self) -> None:
            if self.path.startswith("/download/") or "/resolve/main/" in self.path:
                name = self.path.rsplit("/", 1)[-1]
                self.send_response(302)
                self.send_header("Location", f"/files/{name}?sig=abc")
                self.send_header("Content-Length", "0")
                self.end_headers()
                self._record(302, 0)
                return
            self.path = self.path.split("?", 1)[0]
            name = self.path.removeprefix("/files/")
            served = server.files.get(name)
            if served is None or served.status != 200:
                status = 404 if served is None else served.status
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                self._record(status, 0)
                return
            if served.fail_first > 0:
                served.fail_first -= 1
                self.send_response(429)
                self.send_header("Retry-After", "0")
                self.send_header("Content-Length", "0")
                self.end_headers()
                self._record(429, 0)
                return
            self._send_file(served)

        def _send_file(self, served: ServedFile) -> None:
            body = served.body
            match = _RANGE_RE.fullmatch(self.headers.get("Range") or "")
            if match and not served.ignore_range:
                start = int(match.group(1))
                end = min(int(match.group(2) or len(body) - 1), len(body) - 1)
                if start >= len(body):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(body)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    self._record(416, 0)
                    return
                part = body[start : end + 1]
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{end}/{len(body)}")
                status = 206
            else:
                part = body
                self.send_response(200)
                status = 200
            self.send_header("Content-Length", str(len(part)))
            self.end_headers()
            sent = 0
            try:
                for offset in range(0, len(part), 16384):
                    chunk = part[offset : offset + 16384]
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            self._record(status, sent)

    return Handler


@pytest.fixture
def file_server() -> Iterator[FileServer]:
    state = FileServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@dataclass
class ByHashServer:
    """A fake of Civitai's ``POST /api/v1/model-versions/by-hash``: knows some versions."""

    versions: dict[str, dict[str, object]] = field(default_factory=dict)  # lower sha → version
    bodies: list[list[str]] = field(default_factory=list)
    base_url: str = ""


def _by_hash_handler(server: ByHashServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            asked = json.loads(self.rfile.read(length))
            if self.path != "/api/v1/model-versions/by-hash" or len(asked) > 100:
                self.send_response(400)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            server.bodies.append(asked)
            found: list[object] = []
            for sha in asked:
                version = server.versions.get(sha.lower())
                if version is not None and version not in found:
                    found.append(version)
            body = json.dumps(found).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def by_hash_server() -> Iterator[ByHashServer]:
    state = ByHashServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _by_hash_handler(state))
    httpd.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def build_safetensors(
    metadata: dict[str, str] | None, *, weight_bytes: int = 4096, header_padding: int = 0
) -> bytes:
    """A valid safetensors file with one float16 tensor of zeros, for header-reading tests.

    ``header_padding`` adds trailing spaces to the header, as the format allows, to make large
    headers; weights are zeros, so nothing here is a usable model.
    """
    elements = max(1, weight_bytes // 2)
    table: dict[str, Any] = {
        "lora_unet_down.weight": {
            "dtype": "F16",
            "shape": [elements],
            "data_offsets": [0, elements * 2],
        }
    }
    if metadata is not None:
        table["__metadata__"] = metadata
    header = json.dumps(table, ensure_ascii=False).encode("utf-8") + b" " * header_padding
    return struct.pack("<Q", len(header)) + header + bytes(elements * 2)

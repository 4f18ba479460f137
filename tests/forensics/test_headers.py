"""Reading safetensors headers over HTTP within the request and byte budget."""

from __future__ import annotations

import asyncio
import hashlib
import json
import struct

import httpx
import pytest

from dfaudit.forensics.headers import (
    FIRST_RANGE_BYTES,
    FetchPolicy,
    HeaderResult,
    parse_header,
    read_safetensors_header,
)
from dfaudit.sources.http import RetryPolicy, parse_retry_after

from .conftest import FileServer, build_safetensors

NO_WAIT = RetryPolicy(max_attempts=3, backoff_base=0.0)
KOHYA = {
    "ss_output_name": "test_subject",
    "ss_tag_frequency": json.dumps({"10_test subject": {"test subject": 12, "smile": 3}}),
}


def _read(url: str) -> HeaderResult:
    policy = FetchPolicy().with_origins(url)  # the loopback file server, as an operator would

    async def go() -> HeaderResult:
        async with httpx.AsyncClient(timeout=10) as client:
            return await read_safetensors_header(client, url, retry=NO_WAIT, policy=policy)

    return asyncio.run(go())


def _header_bytes(body: bytes) -> bytes:
    length = struct.unpack("<Q", body[:8])[0]
    return body[8 : 8 + length]


def test_small_header_is_one_range_request_through_the_redirect(file_server: FileServer) -> None:
    body = build_safetensors(KOHYA, weight_bytes=400_000)
    result = _read(file_server.add("small.safetensors", body))
    header = _header_bytes(body)
    assert result.status == "ok"
    assert result.metadata == KOHYA
    assert result.header_length == len(header)
    assert result.header_sha256 == hashlib.sha256(header).hexdigest()
    assert result.requests == 2  # the download redirect counts as a request too
    served = file_server.file_requests("small.safetensors")
    assert [r.range for r in served] == ["bytes=0-100000"]
    assert sum(r.bytes_sent for r in served) == FIRST_RANGE_BYTES == result.bytes_read
    assert sum(r.bytes_sent for r in served) <= len(header) + 8 + 100_000


def test_large_header_takes_exactly_one_more_request_for_the_rest(file_server: FileServer) -> None:
    body = build_safetensors(KOHYA, weight_bytes=1_000_000, header_padding=300_000)
    header = _header_bytes(body)
    result = _read(file_server.add("big.safetensors", body))
    assert result.status == "ok"
    assert result.metadata == KOHYA
    assert result.requests == 3  # redirect + first range; the second goes straight to the file
    served = file_server.file_requests("big.safetensors")
    assert [r.range for r in served] == ["bytes=0-100000", f"bytes=100001-{len(header) + 7}"]
    assert sum(r.bytes_sent for r in served) == len(header) + 8 == result.bytes_read
    # The second request goes straight to where the redirect led, not through it again.
    downloads = [r for r in file_server.log if r.path.startswith("/download/")]
    assert len(downloads) == 1


@pytest.mark.parametrize("padding", [0, 300_000])
def test_server_ignoring_range_is_read_only_as_far_as_needed(
    file_server: FileServer, padding: int
) -> None:
    body = build_safetensors(KOHYA, weight_bytes=5_000_000, header_padding=padding)
    header = _header_bytes(body)
    result = _read(file_server.add("norange.safetensors", body, ignore_range=True))
    assert result.status == "ok"
    assert result.metadata == KOHYA
    assert result.requests == 2
    assert result.bytes_read <= len(header) + 8 + 100_000
    assert result.header_sha256 == hashlib.sha256(header).hexdigest()


def test_huge_declared_header_is_refused_without_a_second_request(
    file_server: FileServer,
) -> None:
    body = struct.pack("<Q", 30_000_000) + b'{"__metadata__": {"a": "' + b"x" * 200_000
    result = _read(file_server.add("huge.safetensors", body))
    assert result.status == "too_large"
    assert result.header_length == 30_000_000
    assert result.requests == 2
    assert len(file_server.file_requests("huge.safetensors")) == 1


def test_truncated_file_is_an_error_and_never_overreads(file_server: FileServer) -> None:
    full = build_safetensors(KOHYA, weight_bytes=10, header_padding=200_000)
    body = full[:150_000]
    result = _read(file_server.add("cut.safetensors", body))
    assert result.status == "error"
    assert "truncated" in (result.error or "")
    assert result.requests == 3
    assert sum(r.bytes_sent for r in file_server.file_requests("cut.safetensors")) == 150_000


def test_short_file_with_longer_declared_header_is_an_error_after_one_request(
    file_server: FileServer,
) -> None:
    body = build_safetensors(KOHYA, weight_bytes=10)[:60]
    result = _read(file_server.add("short.safetensors", body))
    assert result.status == "error"
    assert result.requests == 2


@pytest.mark.parametrize(
    "body",
    [b"<!DOCTYPE html><html><body>Please log in</body></html>" * 10, b"PK\x03\x04" + bytes(500)],
)
def test_other_content_is_not_safetensors(file_server: FileServer, body: bytes) -> None:
    result = _read(file_server.add("page.safetensors", body))
    assert result.status == "not_safetensors"
    assert result.requests == 2


def test_header_without_metadata(file_server: FileServer) -> None:
    body = build_safetensors(None)
    result = _read(file_server.add("bare.safetensors", body))
    assert result.status == "no_metadata"
    assert result.metadata == {}
    assert result.header_sha256 == hashlib.sha256(_header_bytes(body)).hexdigest()


def test_rate_limited_answer_is_retried(file_server: FileServer) -> None:
    body = build_safetensors(KOHYA)
    result = _read(file_server.add("busy.safetensors", body, fail_first=1))
    assert result.status == "ok"
    statuses = [r.status for r in file_server.file_requests("busy.safetensors")]
    assert statuses == [429, 206]
    assert result.requests == 4  # each try goes through the redirect


def test_missing_file_is_an_error_with_the_status(file_server: FileServer) -> None:
    result = _read(f"{file_server.base_url}/download/absent.safetensors")
    assert result.status == "error"
    assert "404" in (result.error or "")


def test_parse_header_turns_non_string_values_into_json() -> None:
    status, metadata, error = parse_header(b'{"__metadata__": {"a": "1", "b": {"c": 2}}}')
    assert status == "ok" and error is None
    assert metadata == {"a": "1", "b": '{"c": 2}'}
    assert parse_header(b"[1, 2]")[0] == "not_safetensors"
    assert parse_header(b"{not json")[0] == "not_safetensors"


def test_parse_retry_after() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None

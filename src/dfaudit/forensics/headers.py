"""Remote safetensors header reading: a few kilobytes per file by range request, never weights.

A safetensors file starts with 8 bytes (little-endian unsigned header length N) and N bytes of
JSON. This module owns reading exactly that, within a hard budget: at most two range requests and
at most N + 8 bytes (never more than header + 100 kB) per file, refusing N over 25,000,000, and
stopping early when a server ignores ``Range`` and sends the whole file. It also owns
:func:`collect_headers`, which reads the header of every known safetensors file into the
``headers`` table, one committed row per file, so an interrupted run resumes where it stopped.

A file's URL comes from a platform item, so it is hostile. A :class:`FetchPolicy` decides what
may be fetched: ``https`` on an allow-list of the platforms' download and CDN hosts, plus the
exact origins the operator configured (a mirror, the loopback sample server). Redirects are
followed by hand, each hop checked against the policy and counted as a request, never reading a
redirect's body; each file has a total deadline; one file's failure, whatever it is, is that
file's ``error`` row and never the end of the run. No credentials are ever sent.
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import ipaddress
import json
import struct
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import quote, urlsplit

import httpx
import msgspec
import pyarrow as pa

from dfaudit.sources.http import REDIRECT_STATUSES, RETRY_STATUSES, RetryPolicy, clean_text
from dfaudit.store.db import Store

HeaderStatus = Literal["ok", "no_metadata", "too_large", "not_safetensors", "error"]

FIRST_RANGE_BYTES = 100_001  # ``Range: bytes=0-100000``
MAX_HEADER_BYTES = 25_000_000
LENGTH_PREFIX_BYTES = 8
CIVITAI_ORIGIN = "https://civitai.com"
HF_ORIGIN = "https://huggingface.co"
INT64_MAX = 2**63 - 1
# Where the platforms serve model files (their download endpoints and the CDNs they redirect to).
DEFAULT_HEADER_HOSTS = (
    "civitai.com",
    "*.civitai.com",
    "civitai-delivery-worker-*.r2.cloudflarestorage.com",
    "huggingface.co",
    "*.huggingface.co",
    "hf.co",
    "*.hf.co",
)
DEFAULT_FILE_DEADLINE = 60.0
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """What a header read may fetch, and for how long.

    ``hosts`` are host patterns (``*`` wildcards, e.g. ``*.hf.co``) reached over ``https`` only;
    ``origins`` are exact extra origins (``http://127.0.0.1:8765``) allowed with their own
    scheme, for a mirror or the loopback sample server. With ``loopback`` set, any loopback
    origin is allowed too (a loopback API whose downloads redirect to a loopback file host, as
    the sample server's do); :meth:`with_origins` sets it when a given origin is loopback.
    ``deadline`` bounds one file: every hop, retry and wait included.
    """

    hosts: tuple[str, ...] = DEFAULT_HEADER_HOSTS
    origins: tuple[str, ...] = ()
    deadline: float = DEFAULT_FILE_DEADLINE
    max_redirects: int = MAX_REDIRECTS
    loopback: bool = False

    def refusal(self, url: str | httpx.URL) -> str | None:
        """Why ``url`` may not be fetched, or None when it may."""
        try:
            parsed = httpx.URL(str(url))
        except (httpx.InvalidURL, ValueError, TypeError):
            return "not a valid URL"
        where = _origin_text(parsed)
        if any(where == _normal_origin(o) for o in self.origins):
            return None
        if self.loopback and parsed.scheme in ("http", "https") and _is_loopback(parsed.host):
            return None
        if parsed.scheme != "https":
            return f"{clean_text(parsed.scheme, 20) or 'no'} scheme refused (https only)"
        host = (parsed.host or "").lower().rstrip(".")
        if parsed.port not in (None, 443):
            return f"port {parsed.port} refused (https on 443 only)"
        if not any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in self.hosts):
            return f"host {clean_text(host, 100)} is not on the allow-list"
        return None

    def with_origins(self, *urls: str | None) -> FetchPolicy:
        """This policy plus the exact origins of ``urls`` (loopback ones turn on ``loopback``)."""
        extra = tuple(o for o in (_normal_origin(u) for u in urls if u) if o)
        loopback = self.loopback or any(_is_loopback(httpx.URL(o).host) for o in extra)
        return replace(self, origins=self.origins + extra, loopback=loopback)

    def with_hosts(self, *patterns: str) -> FetchPolicy:
        return replace(self, hosts=self.hosts + tuple(p.strip() for p in patterns if p.strip()))


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _origin_text(url: httpx.URL) -> str:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return f"{url.scheme}://{(url.host or '').lower()}:{url.port or default}"


def _normal_origin(url: str) -> str:
    try:
        return _origin_text(httpx.URL(url))
    except (httpx.InvalidURL, ValueError, TypeError):
        return ""


@dataclass(frozen=True, slots=True)
class HeaderResult:
    """What reading one file's header gave, and what it cost."""

    status: HeaderStatus
    header_length: int | None = None
    header_sha256: str | None = None  # sha256 of the N header bytes
    metadata: dict[str, str] = field(default_factory=dict)
    bytes_read: int = 0
    requests: int = 0
    error: str | None = None


# Header reads are cheap and many: fewer attempts than a crawl's pages get.
DEFAULT_RETRY = RetryPolicy(max_attempts=4)


class _HeaderReadError(Exception):
    """A read failed; carries the bytes and requests spent so far."""


@dataclass(slots=True)
class _Budget:
    """Bytes and requests spent on one file (mutable, local to one read)."""

    bytes_read: int = 0
    requests: int = 0


@dataclass(frozen=True, slots=True)
class _Chunk:
    """What one ranged GET gave: the bytes kept, whether Range was honoured, the final URL."""

    data: bytes
    honoured_range: bool
    final_url: str


async def _read_capped(body: AsyncIterator[bytes], cap: int, budget: _Budget) -> bytes:
    """Read from ``body`` until ``cap`` bytes are in hand (or it ends); never keep more."""
    parts: list[bytes] = []
    held = 0
    async for chunk in body:
        budget.bytes_read += len(chunk)
        parts.append(chunk)
        held += len(chunk)
        if held >= cap:
            break
    return b"".join(parts)[:cap]


async def _read_until_enough(
    body: AsyncIterator[bytes], want: Callable[[bytes], int], budget: _Budget
) -> bytes:
    """Read a whole-file body only until ``want(bytes so far)`` bytes are in hand."""
    buffer = bytearray()
    async for chunk in body:
        budget.bytes_read += len(chunk)
        buffer += chunk
        if len(buffer) > LENGTH_PREFIX_BYTES and len(buffer) >= want(bytes(buffer[:9])):
            break
    return bytes(buffer[: want(bytes(buffer[:9]))]) if len(buffer) > 8 else bytes(buffer)


async def _ranged_get(
    client: httpx.AsyncClient,
    url: str,
    start: int,
    end: int,
    budget: _Budget,
    retry: RetryPolicy,
    want_after_200: Callable[[bytes], int],
    policy: FetchPolicy,
) -> _Chunk:
    """GET ``bytes=start-end`` with retries; if the server answers 200, read only what is needed.

    Redirects are followed by hand: each hop is checked against ``policy``, counted as a
    request, and its body is never read. ``want_after_200`` tells, from the first bytes of a
    full body, how many bytes of it are worth having (at most ``start + header + 100 kB``); the
    stream is closed right after.
    """
    headers = {"Range": f"bytes={start}-{end}", "Accept-Encoding": "identity"}
    attempt = 0
    while True:
        target = httpx.URL(url)
        try:
            for _hop in range(policy.max_redirects + 1):
                refused = policy.refusal(target)
                if refused is not None:
                    raise _HeaderReadError(f"refused {_origin(str(target))}: {refused}")
                budget.requests += 1
                async with client.stream(
                    "GET", target, headers=headers, follow_redirects=False
                ) as resp:
                    location = resp.headers.get("Location")
                    if resp.status_code in REDIRECT_STATUSES and location:
                        try:
                            target = resp.url.join(location)
                        except (httpx.InvalidURL, ValueError):
                            raise _HeaderReadError("redirect to an invalid URL") from None
                        continue  # leaving the block closes it: the body is never read
                    if resp.status_code in RETRY_STATUSES and attempt + 1 < retry.max_attempts:
                        delay = retry.delay(attempt, resp.headers.get("Retry-After"))
                        break
                    return await _take_body(resp, start, end, budget, want_after_200)
            else:
                raise _HeaderReadError(f"more than {policy.max_redirects} redirects")
        except httpx.HTTPError as exc:  # transport, protocol, decoding: all retried
            if attempt + 1 >= retry.max_attempts:
                message = clean_text(f"{type(exc).__name__}: {exc}")
                raise _HeaderReadError(f"network error: {message}") from None
            delay = retry.delay(attempt, None)
        attempt += 1
        await asyncio.sleep(delay)


async def _take_body(
    resp: httpx.Response,
    start: int,
    end: int,
    budget: _Budget,
    want_after_200: Callable[[bytes], int],
) -> _Chunk:
    final_url = str(resp.url)
    wanted = end - start + 1
    if resp.status_code == 206:
        data = await _read_capped(resp.aiter_raw(), wanted, budget)
        return _Chunk(data, True, final_url)
    if resp.status_code == 200:
        # Range ignored: the body is the whole file from byte 0. Read until the length prefix
        # says how much the header needs, then only that far, and close.
        data = await _read_until_enough(resp.aiter_raw(), want_after_200, budget)
        return _Chunk(data[start:], False, final_url)
    if resp.status_code == 416:
        raise _HeaderReadError("range not satisfiable: file shorter than its header says")
    raise _HeaderReadError(f"HTTP {resp.status_code} from {_origin(final_url)}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return clean_text(f"{parts.scheme}://{parts.netloc}", 120)


def _declared_length(prefix: bytes) -> int:
    return int(struct.unpack("<Q", prefix[:LENGTH_PREFIX_BYTES])[0])


def _bytes_needed(first_bytes: bytes) -> int:
    """How much of a whole-file body to read: prefix + header, capped by the first-range budget."""
    if len(first_bytes) < LENGTH_PREFIX_BYTES:
        return len(first_bytes)
    length = _declared_length(first_bytes)
    if length > MAX_HEADER_BYTES or (
        len(first_bytes) > LENGTH_PREFIX_BYTES and first_bytes[8:9] != b"{"
    ):
        return len(first_bytes)
    return LENGTH_PREFIX_BYTES + length


_decode_header = msgspec.json.Decoder().decode


def parse_header(header: bytes) -> tuple[HeaderStatus, dict[str, str], str | None]:
    """The status and ``__metadata__`` of N header bytes (values as strings, as kohya writes).

    Never raises: invalid UTF-8, nesting too deep to decode and numbers out of range make the
    file ``not_safetensors``.
    """
    try:
        table = _decode_header(header)
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:
        return "not_safetensors", {}, f"header is not JSON: {clean_text(str(exc))}"
    except RecursionError:
        return "not_safetensors", {}, "header is not JSON: nested too deeply"
    if not isinstance(table, dict):
        return "not_safetensors", {}, "header is not a JSON object"
    raw_meta = table.get("__metadata__")
    if not isinstance(raw_meta, dict) or not raw_meta:
        return "no_metadata", {}, None
    try:
        metadata = {
            str(key): value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            for key, value in raw_meta.items()
        }
    except (RecursionError, ValueError):
        return "not_safetensors", {}, "header metadata nested too deeply"
    return "ok", metadata, None


def _result_from_header(header: bytes, length: int, budget: _Budget) -> HeaderResult:
    status, metadata, error = parse_header(header)
    return HeaderResult(
        status=status,
        header_length=length,
        header_sha256=hashlib.sha256(header).hexdigest(),
        metadata=metadata,
        bytes_read=budget.bytes_read,
        requests=budget.requests,
        error=error,
    )


def _fail(
    status: HeaderStatus, budget: _Budget, error: str, length: int | None = None
) -> HeaderResult:
    return HeaderResult(
        status=status,
        header_length=length if length is None or length <= INT64_MAX else None,
        bytes_read=budget.bytes_read,
        requests=budget.requests,
        error=error,
    )


async def read_safetensors_header(
    client: httpx.AsyncClient,
    url: str,
    *,
    retry: RetryPolicy = DEFAULT_RETRY,
    policy: FetchPolicy | None = None,
) -> HeaderResult:
    """Read the header of the safetensors file at ``url`` (redirects followed within ``policy``).

    First ``Range: bytes=0-100000``; if the header goes past what came back, one more request
    ``bytes=<received>-(N+7)`` to the URL the first one ended at. A server that ignores Range is
    read only as far as the header and closed. Headers over 25,000,000 bytes are refused without
    a second request. Never raises for a bad file or server: the result says what happened.
    """
    policy = policy or FetchPolicy()
    budget = _Budget()
    try:
        async with asyncio.timeout(policy.deadline):
            return await _read_header(client, url, budget, retry, policy)
    except TimeoutError:
        return _fail("error", budget, f"no complete header within {policy.deadline:g} s")


async def _read_header(
    client: httpx.AsyncClient, url: str, budget: _Budget, retry: RetryPolicy, policy: FetchPolicy
) -> HeaderResult:
    try:
        first = await _ranged_get(
            client, url, 0, FIRST_RANGE_BYTES - 1, budget, retry, _bytes_needed, policy
        )
    except _HeaderReadError as exc:
        return _fail("error", budget, str(exc))
    data = first.data
    if len(data) < LENGTH_PREFIX_BYTES:
        return _fail("not_safetensors", budget, f"only {len(data)} bytes: no length prefix")
    length = _declared_length(data)
    if len(data) > LENGTH_PREFIX_BYTES and data[8:9] != b"{":
        return _fail("not_safetensors", budget, "no JSON header after the length prefix")
    if length > MAX_HEADER_BYTES:
        return _fail("too_large", budget, f"header of {length} bytes refused", length)
    needed = LENGTH_PREFIX_BYTES + length
    if len(data) < needed:
        if not first.honoured_range or len(data) < FIRST_RANGE_BYTES:
            return _fail("error", budget, f"truncated: {len(data)} of {needed} bytes", length)
        try:
            second = await _ranged_get(
                client, first.final_url, len(data), needed - 1, budget, retry, _bytes_needed, policy
            )
        except _HeaderReadError as exc:
            return _fail("error", budget, str(exc), length)
        data = data + second.data
        if len(data) < needed:
            return _fail("error", budget, f"truncated: {len(data)} of {needed} bytes", length)
    return _result_from_header(data[LENGTH_PREFIX_BYTES:needed], length, budget)


# --- collecting headers into the store -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeaderTask:
    """One file whose header is to be read."""

    platform: str
    file_id: str
    url: str


@dataclass(frozen=True, slots=True)
class HeadersSummary:
    """What one ``collect headers`` run did."""

    files: int
    by_status: dict[str, int]
    requests: int
    bytes_read: int
    skipped_done: int

    def line(self) -> str:
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(self.by_status.items())) or "none"
        return (
            f"headers: {self.files} files read ({statuses}); {self.requests} requests, "
            f"{self.bytes_read:,} bytes; {self.skipped_done} already done"
        )


def _rebase(url: str, default_origin: str, override: str | None) -> str:
    """Point a platform URL at ``override`` (e.g. a loopback test server) when one is given."""
    if not override or not (url == default_origin or url.startswith(default_origin + "/")):
        return url
    return override.rstrip("/") + url[len(default_origin) :]


def hf_resolve_url(endpoint: str, repo_id: str, filename: str) -> str:
    """``{endpoint}/{repo_id}/resolve/main/{filename}`` with the path safely quoted."""
    return f"{endpoint.rstrip('/')}/{quote(repo_id, safe='/')}/resolve/main/{quote(filename)}"


def _file_url(
    platform: str,
    model_id: str,
    name: str,
    download_url: str | None,
    civitai_url: str | None,
    hf_endpoint: str | None,
) -> str | None:
    if platform == "huggingface":
        if not download_url:
            return hf_resolve_url(hf_endpoint or HF_ORIGIN, model_id, name)
        return _rebase(download_url, HF_ORIGIN, hf_endpoint)
    if not download_url:
        return None
    return _rebase(download_url, CIVITAI_ORIGIN, civitai_url)


_PENDING_SQL = """
SELECT f.platform, f.file_id, f.model_id, f.name, f.download_url
FROM files f
LEFT JOIN headers h ON h.platform = f.platform AND h.file_id = f.file_id
WHERE (lower(f.name) LIKE '%.safetensors' OR lower(coalesce(f.format, '')) = 'safetensor')
  AND (h.file_id IS NULL OR h.status = 'error')
  {flagged}
ORDER BY f.platform, f.model_id, f.file_id
"""
_FLAGGED_SQL = """
  AND EXISTS (SELECT 1 FROM findings d
              WHERE d.platform = f.platform AND d.model_id = f.model_id AND d.likeness)
"""


def pending_header_tasks(
    store: Store,
    *,
    only_flagged: bool = False,
    max_files: int | None = None,
    civitai_url: str | None = None,
    hf_endpoint: str | None = None,
) -> list[HeaderTask]:
    """Safetensors files without a header row yet (or whose last read failed)."""
    sql = _PENDING_SQL.format(flagged=_FLAGGED_SQL if only_flagged else "")
    if max_files is not None:
        sql += f"LIMIT {int(max_files)}"
    tasks: list[HeaderTask] = []
    for platform, file_id, model_id, name, download_url in store.query(sql):
        url = _file_url(platform, model_id, name or "", download_url, civitai_url, hf_endpoint)
        if url:
            tasks.append(HeaderTask(platform, file_id, url))
    return tasks


def crawled_sites(store: Store) -> list[str]:
    """The site roots this store's crawls were run against (operator-chosen, so trusted)."""
    rows = store.query(
        "SELECT DISTINCT coalesce(params->>'site', params->>'endpoint', params->>'civitai_url') "
        "FROM runs WHERE kind = 'crawl' AND source <> 'headers'"
    )
    return [row[0] for row in rows if isinstance(row[0], str) and row[0]]


WRITE_BATCH_ROWS = 200
WRITE_BATCH_SECONDS = 2.0


def _write_header_rows(store: Store, rows: list[tuple[HeaderTask, HeaderResult]]) -> None:
    """One committed batch of header rows (one row per file, replacing a failed earlier try)."""
    if not rows:
        return
    now = datetime.now(UTC)
    batch = pa.table(
        {
            "platform": [t.platform for t, _ in rows],
            "file_id": [t.file_id for t, _ in rows],
            "url": [t.url for t, _ in rows],
            "fetched_at": pa.array([now] * len(rows), pa.timestamp("us", tz="UTC")),
            "status": [r.status for _, r in rows],
            "header_length": pa.array([r.header_length for _, r in rows], pa.int64()),
            "header_sha256": pa.array([r.header_sha256 for _, r in rows], pa.string()),
            "bytes_read": pa.array([r.bytes_read for _, r in rows], pa.int64()),
            "requests": pa.array([r.requests for _, r in rows], pa.int32()),
            "metadata": pa.array(
                [
                    json.dumps(r.metadata, ensure_ascii=False) if r.metadata else None
                    for _, r in rows
                ],
                pa.string(),
            ),
            "error": pa.array([r.error for _, r in rows], pa.string()),
        }
    )
    with store.transaction():
        store.insert_arrow("headers", batch, on_conflict="OR REPLACE")


def _start_run(store: Store, params: dict[str, Any]) -> int:
    run_id = int(store.scalar("SELECT nextval('run_ids')"))
    store.con.execute(
        "INSERT INTO runs (run_id, source, kind, params_key, params, started_at, status) "
        "VALUES (?, 'headers', 'crawl', ?, ?::JSON, ?, 'running')",
        [run_id, json.dumps(params, sort_keys=True), json.dumps(params), datetime.now(UTC)],
    )
    return run_id


def _finish_run(store: Store, run_id: int, status: str, requests: int, faults: int) -> None:
    store.con.execute(
        "UPDATE runs SET status = ?, finished_at = ?, requests = ?, faults = ? WHERE run_id = ?",
        [status, datetime.now(UTC), requests, faults, run_id],
    )


@contextmanager
def _progress_bar(enabled: bool, total: int) -> Iterator[Callable[[], None]]:
    if not enabled:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("reading safetensors headers", total=total)
        yield lambda: progress.advance(task)


async def _read_one(
    http: httpx.AsyncClient, task: HeaderTask, retry: RetryPolicy, policy: FetchPolicy
) -> HeaderResult:
    """One file's read; whatever goes wrong is that file's ``error`` result, never the run's."""
    try:
        return await read_safetensors_header(http, task.url, retry=retry, policy=policy)
    except Exception as exc:  # a bulkhead per file: any failure is this file's row
        return HeaderResult(status="error", error=clean_text(f"{type(exc).__name__}: {exc}"))


async def _read_all(
    store: Store,
    tasks: list[HeaderTask],
    concurrency: int,
    on_done: Callable[[], None],
    retry: RetryPolicy,
    policy: FetchPolicy,
) -> list[HeaderResult]:
    """Read headers with ``concurrency`` workers; commit results in small batches as they come.

    A killed run loses at most the batch in hand (under ``WRITE_BATCH_SECONDS`` of reads),
    which the next run reads again.
    """
    queue: asyncio.Queue[HeaderTask] = asyncio.Queue()
    for task in tasks:
        queue.put_nowait(task)
    results: list[HeaderResult] = []
    pending_rows: list[tuple[HeaderTask, HeaderResult]] = []
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal last_flush
        _write_header_rows(store, pending_rows)
        pending_rows.clear()
        last_flush = time.monotonic()

    async def worker(http: httpx.AsyncClient) -> None:
        while True:
            try:
                task = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            result = await _read_one(http, task, retry, policy)
            results.append(result)
            pending_rows.append((task, result))
            on_done()
            if (
                len(pending_rows) >= WRITE_BATCH_ROWS
                or time.monotonic() - last_flush >= WRITE_BATCH_SECONDS
            ):
                flush()

    timeout = httpx.Timeout(30.0, connect=10.0)
    limits = httpx.Limits(max_connections=max(1, concurrency))
    try:
        async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
            await asyncio.gather(*(worker(http) for _ in range(max(1, concurrency))))
    finally:
        flush()
    return results


def collect_headers(
    store: Store,
    *,
    only_flagged: bool = False,
    max_files: int | None = None,
    concurrency: int = 4,
    progress: bool = True,
    civitai_url: str | None = None,
    hf_endpoint: str | None = None,
    retry: RetryPolicy = DEFAULT_RETRY,
    policy: FetchPolicy | None = None,
    allow_hosts: tuple[str, ...] = (),
) -> HeadersSummary:
    """Read the header of every known safetensors file into the ``headers`` table.

    Files that already have a row are skipped (rows with status ``error`` are retried), so a
    re-run resumes. ``civitai_url``/``hf_endpoint`` point platform URLs at another server.
    Fetched are only ``https`` URLs on ``policy``'s hosts (the platforms' by default, plus
    ``allow_hosts``) and the origins the operator chose: ``civitai_url``, ``hf_endpoint`` and
    the sites this store's crawls were run against (e.g. the loopback sample server).
    """
    policy = (
        (policy or FetchPolicy())
        .with_hosts(*allow_hosts)
        .with_origins(civitai_url, hf_endpoint, *crawled_sites(store))
    )
    done_before = int(store.scalar("SELECT count(*) FROM headers WHERE status <> 'error'") or 0)
    tasks = pending_header_tasks(
        store,
        only_flagged=only_flagged,
        max_files=max_files,
        civitai_url=civitai_url,
        hf_endpoint=hf_endpoint,
    )
    params = {"only_flagged": only_flagged, "max_files": max_files}
    run_id = _start_run(store, params)
    results: list[HeaderResult] = []
    status = "failed"
    try:
        with _progress_bar(progress, len(tasks)) as advance:
            results = asyncio.run(_read_all(store, tasks, concurrency, advance, retry, policy))
        status = "complete"
    finally:
        requests = sum(r.requests for r in results)
        faults = sum(1 for r in results if r.status == "error")
        _finish_run(store, run_id, status, requests, faults)
    by_status: dict[str, int] = {}
    for result in results:
        by_status[result.status] = by_status.get(result.status, 0) + 1
    return HeadersSummary(
        files=len(results),
        by_status=by_status,
        requests=sum(r.requests for r in results),
        bytes_read=sum(r.bytes_read for r in results),
        skipped_done=done_before,
    )

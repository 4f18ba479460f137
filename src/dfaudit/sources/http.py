"""The one HTTP client every source uses: async httpx, a rate limit per host, retries.

Retries use exponential backoff with jitter on 408/425/429/5xx, network errors, timeouts and
``200`` answers whose body is not valid JSON; ``Retry-After`` (seconds or an HTTP date) is
honoured. 401/403 and 404 raise typed errors at once. Every outcome is counted, so a crawl can say
what it went through.

Every server is hostile: each response has a total deadline (a server dribbling one byte every
few seconds is cut off) and a size cap (checked on the declared length and while reading);
redirects are followed by hand, on the same origin only, without reading a redirect's body; an
``Authorization`` header goes only to the one origin it was configured for; an error body is
read only in part and its text reaches messages without control characters.
"""

from __future__ import annotations

import asyncio
import random
import time
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import msgspec

from dfaudit import __version__
from dfaudit.errors import AuthError, NotFoundError, RetriesExhaustedError, SourceError

USER_AGENT = f"dfaudit/{__version__} (+https://github.com/dfaudit/dfaudit; research audit)"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
_decode_json = msgspec.json.Decoder().decode
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ERROR_BODY_BYTES = 65_536  # of an error answer, only this much is read (for its message)
MESSAGE_CHARS = 200


class ForeignOriginError(SourceError):
    """A server pointed the client at another origin (a next page, a redirect): refused."""


class ResponseTooLargeError(SourceError):
    """An answer larger than the configured cap."""


@dataclass(frozen=True)
class ResponseLimits:
    """Bounds on one answer: total seconds (headers to last byte), bytes, redirect hops."""

    deadline: float = 300.0
    max_bytes: int = 64 << 20
    max_redirects: int = 5


def origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` with the scheme's default port filled in."""
    parts = httpx.URL(str(url))
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.host or "").lower(), parts.port or default


def same_origin(url: str | httpx.URL, other: str | httpx.URL) -> bool:
    try:
        return origin(url) == origin(other)
    except (httpx.InvalidURL, ValueError):
        return False


def clean_text(text: str, limit: int = MESSAGE_CHARS) -> str:
    """Server text fit for a one-line message: control and format characters (ESC, bidi
    overrides, NUL) removed, whitespace collapsed, cut at ``limit`` characters."""
    kept = (
        " " if ch.isspace() else ch
        for ch in text[: limit * 4]
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )
    return " ".join("".join(kept).split())[:limit]


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. Waits grow as ``base * 2**attempt`` up to ``cap``, with jitter."""

    max_attempts: int = 8
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    retry_after_cap: float = 300.0
    jitter: float = 0.5  # each wait is scaled by a random factor in [1 - jitter, 1]

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        wait = min(self.backoff_cap, self.backoff_base * (2**attempt))
        return wait * (1.0 - self.jitter * (rng or random).random())

    def delay(
        self, attempt: int, retry_after: str | None, rng: random.Random | None = None
    ) -> float:
        """The wait before the next attempt: ``Retry-After`` when given (capped), else backoff."""
        asked = parse_retry_after(retry_after)
        if asked is not None:
            return min(asked, self.retry_after_cap)
        return self.backoff(attempt, rng)


@dataclass(frozen=True)
class ApiResponse:
    """A successful answer: what was asked, when, and what came back (body bytes kept)."""

    method: str
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    data: Any
    fetched_at: datetime


@dataclass
class ClientStats:
    """Counters for a crawl's summary."""

    requests: int = 0
    retries: int = 0
    faults: Counter[str] = field(default_factory=Counter)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _server_message(body: bytes, reason: str) -> str:
    """The server's own error message (from at most ``ERROR_BODY_BYTES``), short and clean."""
    try:
        data = _decode_json(body)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        text = body.decode("utf-8", "replace").strip()
        return clean_text(text.splitlines()[0] if text else reason)
    if isinstance(data, Mapping):
        for key in ("error", "message", "detail"):
            value = data.get(key)
            if isinstance(value, Mapping):
                nested = value.get("json")
                value = value.get("message") or (
                    nested.get("message") if isinstance(nested, Mapping) else None
                )
            if isinstance(value, str) and value:
                return clean_text(value)
    return clean_text(reason)


async def _read_body(response: httpx.Response, cap: int, *, truncate: bool = False) -> bytes:
    """At most ``cap`` bytes of a streamed body; over the cap it is an error, or cut."""
    declared = response.headers.get("Content-Length", "")
    if not truncate and declared.isdigit() and int(declared) > cap:
        raise ResponseTooLargeError(
            f"{response.request.method} {response.url} declares {int(declared):,} bytes, "
            f"over the {cap:,}-byte cap"
        )
    parts: list[bytes] = []
    held = 0
    async for chunk in response.aiter_bytes():
        held += len(chunk)
        if held > cap:
            if truncate:
                parts.append(chunk[: cap - (held - len(chunk))])
                break
            raise ResponseTooLargeError(
                f"{response.request.method} {response.url} answered more than the {cap:,}-byte cap"
            )
        parts.append(chunk)
    return b"".join(parts)


class _HostLimiter:
    """At most ``rate`` request starts per second to one host."""

    def __init__(self, rate: float):
        self.interval = 0.0 if rate <= 0 else 1.0 / rate
        self.lock = asyncio.Lock()
        self.next_at = 0.0

    async def wait(self) -> None:
        if not self.interval:
            return
        async with self.lock:
            now = time.monotonic()
            if self.next_at > now:
                await asyncio.sleep(self.next_at - now)
                now = time.monotonic()
            self.next_at = now + self.interval


class ApiClient:
    """Async JSON client with per-host rate limits and retries. Use as an async context manager.

    ``headers`` may carry ``Authorization``; it is then sent only to ``credential_origin``
    (required with it), never to another host a page or a redirect names.
    """

    def __init__(
        self,
        *,
        rate_per_host: float = 2.0,
        retry: RetryPolicy | None = None,
        timeout: float = 60.0,
        headers: Mapping[str, str] | None = None,
        seed: int | None = None,
        limits: ResponseLimits | None = None,
        credential_origin: str | None = None,
    ):
        self.retry = retry or RetryPolicy()
        self.limits = limits or ResponseLimits()
        self.rate_per_host = rate_per_host
        self.stats = ClientStats()
        self._limiters: dict[str, _HostLimiter] = {}
        self._rng = random.Random(seed)
        base_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        self._credentials: dict[str, str] = {}
        for key, value in (headers or {}).items():
            if key.lower() == "authorization":
                self._credentials[key] = value
            else:
                base_headers[key] = value
        if self._credentials and not credential_origin:
            raise ValueError("credentials need the origin they are meant for")
        self.credential_origin = credential_origin
        self.http = httpx.AsyncClient(
            headers=base_headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
            follow_redirects=False,
        )

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.http.aclose()

    def _limiter(self, url: str) -> _HostLimiter:
        host = urlsplit(url).netloc
        if host not in self._limiters:
            self._limiters[host] = _HostLimiter(self.rate_per_host)
        return self._limiters[host]

    def _credentials_for(self, url: httpx.URL) -> dict[str, str]:
        if (
            self._credentials
            and self.credential_origin
            and same_origin(url, self.credential_origin)
        ):
            return dict(self._credentials)
        return {}

    async def get_json(self, url: str, params: Any = None) -> ApiResponse:
        return await self.request_json("GET", url, params=params)

    async def post_json(self, url: str, body: Any) -> ApiResponse:
        return await self.request_json("POST", url, json_body=body)

    async def _exchange(
        self, method: str, url: str, params: Any, json_body: Any
    ) -> tuple[httpx.Response, bytes]:
        """One request and its redirects (same origin only, bodies unread) to a final answer.

        Returns the final response (closed) and its body: whole for a success, the first
        ``ERROR_BODY_BYTES`` otherwise. Every hop counts as a request.
        """
        target = httpx.URL(url)
        if params is not None:
            target = target.copy_merge_params(params)
        start = target
        for hop in range(self.limits.max_redirects + 1):
            if hop:
                self.stats.requests += 1
            request = self.http.build_request(
                method, target, json=json_body, headers=self._credentials_for(target)
            )
            response = await self.http.send(request, stream=True)
            try:
                location = response.headers.get("Location")
                if response.status_code in REDIRECT_STATUSES and location:
                    try:
                        next_target = response.url.join(location)
                    except httpx.InvalidURL:
                        raise SourceError(
                            f"{method} {target} redirected to an invalid URL"
                        ) from None
                    if not same_origin(next_target, start):
                        raise ForeignOriginError(
                            f"{method} {start} redirected to another origin "
                            f"({clean_text(str(next_target.copy_with(query=None)), 120)}): refused"
                        )
                    if response.status_code == 303 or (
                        response.status_code in (301, 302) and method == "POST"
                    ):
                        method, json_body = "GET", None
                    target = next_target
                    continue  # the redirect's body is never read
                if response.status_code >= 400:
                    return response, await _read_body(response, ERROR_BODY_BYTES, truncate=True)
                return response, await _read_body(response, self.limits.max_bytes)
            finally:
                await response.aclose()
        raise SourceError(
            f"{method} {start} redirected more than {self.limits.max_redirects} times"
        )

    async def request_json(
        self, method: str, url: str, *, params: Any = None, json_body: Any = None
    ) -> ApiResponse:
        """One JSON request, retried until it succeeds or the policy gives up."""
        last_problem = "no attempt made"
        for attempt in range(self.retry.max_attempts):
            if attempt:
                self.stats.retries += 1
            await self._limiter(url).wait()
            self.stats.requests += 1
            retry_after: str | None = None
            try:
                async with asyncio.timeout(self.limits.deadline):
                    response, body = await self._exchange(method, url, params, json_body)
            except TimeoutError:
                self.stats.faults["deadline"] += 1
                last_problem = f"no complete answer within {self.limits.deadline:g} s"
            except httpx.TimeoutException as exc:
                self.stats.faults["timeout"] += 1
                last_problem = f"timeout ({type(exc).__name__})"
            except httpx.HTTPError as exc:  # transport, protocol, decoding errors
                self.stats.faults["network"] += 1
                last_problem = f"network error ({type(exc).__name__}: {clean_text(str(exc))})"
            else:
                status = response.status_code
                shown = clean_text(str(response.url), 300)
                if status in (401, 403):
                    raise AuthError(
                        f"{method} {shown} answered {status}: "
                        f"{_server_message(body, response.reason_phrase)} "
                        "(set CIVITAI_API_KEY / HF_TOKEN if needed)"
                    )
                if status == 404:
                    raise NotFoundError(f"{method} {shown} answered 404")
                if status in RETRY_STATUSES:
                    self.stats.faults[f"http_{status}"] += 1
                    last_problem = f"HTTP {status}: {_server_message(body, response.reason_phrase)}"
                    retry_after = response.headers.get("Retry-After")
                elif status >= 400:
                    raise SourceError(
                        f"{method} {shown} answered {status}: "
                        f"{_server_message(body, response.reason_phrase)}"
                    )
                elif status >= 300:
                    raise SourceError(f"{method} {shown} answered {status} without a Location")
                else:
                    try:
                        data = _decode_json(body)
                    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
                        self.stats.faults["bad_json"] += 1
                        last_problem = f"HTTP {status} with a body that is not valid JSON"
                    else:
                        return ApiResponse(
                            method=method,
                            url=str(response.url),
                            status=status,
                            headers=dict(response.headers),
                            body=body,
                            data=data,
                            fetched_at=datetime.now(UTC),
                        )
            if attempt + 1 < self.retry.max_attempts:
                await asyncio.sleep(self.retry.delay(attempt, retry_after, self._rng))
        raise RetriesExhaustedError(
            f"{method} {clean_text(url, 300)} failed {self.retry.max_attempts} times; "
            f"last: {last_problem}"
        )

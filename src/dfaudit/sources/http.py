"""The one HTTP client every source uses: async httpx, a rate limit per host, retries.

Retries use exponential backoff with jitter on 408/425/429/5xx, network errors, timeouts and
``200`` answers whose body is not valid JSON; ``Retry-After`` (seconds or an HTTP date) is
honoured. 401/403 and 404 raise typed errors at once. Every outcome is counted, so a crawl can say
what it went through.
"""

from __future__ import annotations

import asyncio
import random
import time
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


def _server_message(response: httpx.Response) -> str:
    """The server's own error message, short, for a one-line error."""
    try:
        data = response.json()
    except ValueError:
        text = response.text.strip().splitlines()
        return text[0][:200] if text else response.reason_phrase
    if isinstance(data, Mapping):
        for key in ("error", "message", "detail"):
            value = data.get(key)
            if isinstance(value, Mapping):
                value = value.get("message") or value.get("json", {}).get("message")
            if isinstance(value, str) and value:
                return value[:200]
    return response.reason_phrase


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
    """Async JSON client with per-host rate limits and retries. Use as an async context manager."""

    def __init__(
        self,
        *,
        rate_per_host: float = 2.0,
        retry: RetryPolicy | None = None,
        timeout: float = 60.0,
        headers: Mapping[str, str] | None = None,
        seed: int | None = None,
    ):
        self.retry = retry or RetryPolicy()
        self.rate_per_host = rate_per_host
        self.stats = ClientStats()
        self._limiters: dict[str, _HostLimiter] = {}
        self._rng = random.Random(seed)
        base_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        base_headers.update(headers or {})
        self.http = httpx.AsyncClient(
            headers=base_headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
            follow_redirects=True,
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

    async def get_json(self, url: str, params: Any = None) -> ApiResponse:
        return await self.request_json("GET", url, params=params)

    async def post_json(self, url: str, body: Any) -> ApiResponse:
        return await self.request_json("POST", url, json_body=body)

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
                response = await self.http.request(method, url, params=params, json=json_body)
            except httpx.TimeoutException as exc:
                self.stats.faults["timeout"] += 1
                last_problem = f"timeout ({type(exc).__name__})"
            except httpx.TransportError as exc:
                self.stats.faults["network"] += 1
                last_problem = f"network error ({type(exc).__name__}: {exc})"
            else:
                status = response.status_code
                if status in (401, 403):
                    raise AuthError(
                        f"{method} {response.request.url} answered {status}: "
                        f"{_server_message(response)} (set CIVITAI_API_KEY / HF_TOKEN if needed)"
                    )
                if status == 404:
                    raise NotFoundError(f"{method} {response.request.url} answered 404")
                if status in RETRY_STATUSES:
                    self.stats.faults[f"http_{status}"] += 1
                    last_problem = f"HTTP {status}: {_server_message(response)}"
                    retry_after = response.headers.get("Retry-After")
                elif status >= 400:
                    raise SourceError(
                        f"{method} {response.request.url} answered {status}: "
                        f"{_server_message(response)}"
                    )
                else:
                    body = response.content
                    try:
                        data = _decode_json(body)
                    except msgspec.DecodeError:
                        self.stats.faults["bad_json"] += 1
                        last_problem = f"HTTP {status} with a body that is not valid JSON"
                    else:
                        return ApiResponse(
                            method=method,
                            url=str(response.request.url),
                            status=status,
                            headers=dict(response.headers),
                            body=body,
                            data=data,
                            fetched_at=datetime.now(UTC),
                        )
            if attempt + 1 < self.retry.max_attempts:
                await asyncio.sleep(self.retry.delay(attempt, retry_after, self._rng))
        raise RetriesExhaustedError(
            f"{method} {url} failed {self.retry.max_attempts} times; last: {last_problem}"
        )

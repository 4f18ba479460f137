"""The API client against the sample server on loopback: retries, Retry-After, typed errors."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from dfaudit.errors import AuthError, NotFoundError, RetriesExhaustedError
from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.sources.http import ApiClient, RetryPolicy

QUICK = RetryPolicy(max_attempts=5, backoff_base=0.01, backoff_cap=0.02)


def fetch(
    url: str, retry: RetryPolicy = QUICK, rate: float = 0.0
) -> tuple[object, ApiClient, float]:
    async def run() -> tuple[object, ApiClient, float]:
        client = ApiClient(rate_per_host=rate, retry=retry)
        started = time.monotonic()
        try:
            response = await client.get_json(url, params={"limit": "5", "nsfw": "true"})
        finally:
            await client.aclose()
        return response, client, time.monotonic() - started

    return asyncio.run(run())


def test_retry_after_seconds_is_honoured() -> None:
    plan = FaultPlan(rate_429=1.0, retry_after="1", max_consecutive=1)
    with SampleServer(load_sample(), faults=plan) as srv:
        response, client, elapsed = fetch(f"{srv.url}/api/v1/models")
    assert client.stats.faults["http_429"] == 1 and client.stats.retries == 1
    assert elapsed >= 0.95  # waited for Retry-After, not the 10 ms backoff
    assert response.status == 200  # type: ignore[attr-defined]


def test_retry_after_http_date_is_honoured() -> None:
    # three seconds ahead at second resolution: at least two seconds, less the server's start-up
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    plan = FaultPlan(rate_429=1.0, retry_after=when, max_consecutive=1)
    with SampleServer(load_sample(), faults=plan) as srv:
        _, client, elapsed = fetch(f"{srv.url}/api/v1/models")
    assert client.stats.retries == 1
    assert elapsed >= 0.9  # waited for the date, not the 10 ms backoff


@pytest.mark.parametrize(
    ("plan", "fault"),
    [
        (FaultPlan(rate_500=1.0, max_consecutive=2), "http_5"),
        (FaultPlan(rate_truncated=1.0, max_consecutive=2), None),
        (FaultPlan(fail_first_n=3), "http_503"),
    ],
)
def test_server_errors_and_cut_bodies_are_retried(plan: FaultPlan, fault: str | None) -> None:
    with SampleServer(load_sample(), faults=plan) as srv:
        response, client, _ = fetch(f"{srv.url}/api/v1/models")
    assert client.stats.retries >= 2
    if fault:
        assert sum(n for k, n in client.stats.faults.items() if k.startswith(fault)) >= 2
    else:  # a body cut short: either the connection breaks or the JSON does
        assert client.stats.faults["network"] + client.stats.faults["bad_json"] >= 2
    assert len(response.data["items"]) == 5  # type: ignore[attr-defined]


def test_retries_run_out_with_a_clear_error() -> None:
    with (
        SampleServer(load_sample(), faults=FaultPlan(fail_first_n=10)) as srv,
        pytest.raises(RetriesExhaustedError, match="failed 3 times; last: HTTP 503"),
    ):
        fetch(f"{srv.url}/api/v1/models", RetryPolicy(max_attempts=3, backoff_base=0.0))


def test_auth_and_not_found_are_typed_at_once() -> None:
    with (
        SampleServer(load_sample(), faults=FaultPlan(require_auth="k")) as srv,
        pytest.raises(AuthError, match="401"),
    ):
        fetch(f"{srv.url}/api/v1/models")
    with SampleServer(load_sample()) as srv, pytest.raises(NotFoundError):
        fetch(f"{srv.url}/api/v1/models/999999999")


def test_rate_limit_spaces_requests_per_host() -> None:
    async def run(url: str) -> float:
        async with ApiClient(rate_per_host=10.0, retry=QUICK) as client:
            started = time.monotonic()
            await asyncio.gather(*(client.get_json(url) for _ in range(5)))
            return time.monotonic() - started

    with SampleServer(load_sample()) as srv:
        elapsed = asyncio.run(run(f"{srv.url}/api/v1/models?limit=1"))
    assert elapsed >= 0.38  # five starts at 10/s: at least four intervals of 0.1 s

"""Hostile servers against the API client, the crawls and the header reader (one loopback server).

What is asserted is what the server saw: which origin received a credential, how much of a body
went out, how many requests came. A hostile answer must end as a typed one-line error (API) or as
that file's ``error`` row (headers), never a traceback and never the end of a header run.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from dfaudit.collect.crawl import ClientOptions, collect_civitai, collect_huggingface
from dfaudit.errors import AuthError, RetriesExhaustedError, SourceError
from dfaudit.forensics.headers import FetchPolicy, collect_headers, read_safetensors_header
from dfaudit.sources.http import (
    ApiClient,
    ForeignOriginError,
    ResponseLimits,
    ResponseTooLargeError,
    RetryPolicy,
)
from dfaudit.store import Store

from .conftest import HUGE_REDIRECT_BODY, HostileServer

SECRET = "Bearer sk-hostile-test-0000"
ONCE = RetryPolicy(max_attempts=1, backoff_base=0.0)
TWICE = RetryPolicy(max_attempts=2, backoff_base=0.0)
QUICK = ClientOptions(rate_per_host=0.0, max_attempts=2, backoff_base=0.0, backoff_cap=0.0)


def api(
    server: HostileServer,
    path: str,
    *,
    retry: RetryPolicy = ONCE,
    limits: ResponseLimits | None = None,
) -> tuple[Any, ApiClient, float]:
    """GET ``path`` with a credential for the main origin; (response or error, client, seconds)."""

    async def go() -> tuple[Any, ApiClient, float]:
        client = ApiClient(
            rate_per_host=0.0,
            retry=retry,
            limits=limits,
            headers={"Authorization": SECRET},
            credential_origin=server.url,
        )
        started = time.monotonic()
        try:
            outcome: Any = await client.get_json(f"{server.url}{path}")
        except SourceError as exc:
            outcome = exc
        finally:
            await client.aclose()
        return outcome, client, time.monotonic() - started

    return asyncio.run(go())


# -- item 10: credentials only to the configured origin ------------------------------------------


def test_civitai_next_page_on_another_origin_is_refused_and_gets_no_key(
    hostile: HostileServer, store: Store
) -> None:
    with pytest.raises(ForeignOriginError, match="not on"):
        collect_civitai(
            store, site=hostile.url, api_key="sk-hostile", options=QUICK, progress=False
        )
    assert hostile.requests_to("other") == []
    # the key went to the configured origin (once, or again on a retry under load), never elsewhere
    main_auth = {s.authorization for s in hostile.requests_to("main")}
    assert main_auth == {"Bearer sk-hostile"}


def test_huggingface_link_next_on_another_origin_is_refused_and_gets_no_token(
    hostile: HostileServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf-hostile")
    with pytest.raises(ForeignOriginError, match="not on"):
        collect_huggingface(
            store, endpoint=hostile.url, filters=("lora",), options=QUICK, progress=False
        )
    assert hostile.requests_to("other") == []
    assert {s.authorization for s in hostile.requests_to("main")} == {"Bearer hf-hostile"}


def test_api_redirect_to_another_origin_is_refused_and_never_followed(
    hostile: HostileServer,
) -> None:
    outcome, _, _ = api(hostile, "/api/redirect-other")
    assert isinstance(outcome, ForeignOriginError)
    assert hostile.requests_to("other") == []


def test_credentials_need_an_origin() -> None:
    with pytest.raises(ValueError, match="origin"):
        ApiClient(headers={"Authorization": SECRET})


def test_a_request_to_another_origin_carries_no_credential(hostile: HostileServer) -> None:
    async def go() -> None:
        async with ApiClient(
            rate_per_host=0.0,
            retry=ONCE,
            headers={"Authorization": SECRET},
            credential_origin=hostile.url,
        ) as client:
            await client.get_json(f"{hostile.url}/api/ok")
            await client.get_json(f"{hostile.other_url}/api/ok")

    asyncio.run(go())
    assert {s.authorization for s in hostile.requests_to("main")} == {SECRET}
    assert [s.authorization for s in hostile.requests_to("other")] == [None]


# -- item 5 and 11 on the API side: deadlines, size caps, redirects -----------------------------


def test_dribbling_api_answer_is_cut_at_its_deadline(hostile: HostileServer) -> None:
    hostile.drip_seconds = 0.2  # 200 bytes would take 40 s
    outcome, client, seconds = api(
        hostile, "/api/slow", retry=TWICE, limits=ResponseLimits(deadline=0.8)
    )
    assert isinstance(outcome, RetriesExhaustedError)
    assert "no complete answer within 0.8 s" in str(outcome)
    assert client.stats.faults["deadline"] == 2
    assert seconds < 5


@pytest.mark.parametrize("path", ["/api/huge", "/api/huge-declared"])
def test_api_answer_over_the_size_cap_is_refused(hostile: HostileServer, path: str) -> None:
    outcome, _, seconds = api(hostile, path, limits=ResponseLimits(max_bytes=1 << 20))
    assert isinstance(outcome, ResponseTooLargeError)
    assert "1,048,576-byte cap" in str(outcome)
    [seen] = hostile.sent_for(path)
    assert seen.bytes_sent < 64 << 20  # never read whole (300 MB declared, 3 MB chunked)
    assert seconds < 10


def test_api_redirect_body_is_never_read_and_every_hop_counts(hostile: HostileServer) -> None:
    outcome, client, _ = api(hostile, "/api/redirect-huge")
    assert outcome.status == 200 and outcome.url.endswith("/api/ok")
    assert client.stats.requests == 2
    [redirect] = hostile.sent_for("/api/redirect-huge")
    assert redirect.bytes_sent < HUGE_REDIRECT_BODY // 4


def test_api_redirect_loop_is_a_one_line_error(hostile: HostileServer) -> None:
    outcome, client, _ = api(hostile, "/api/loop")
    assert type(outcome) is SourceError
    assert "redirected more than 5 times" in str(outcome)
    assert client.stats.requests == 6


def test_deeply_nested_api_answer_is_bad_json_not_a_crash(hostile: HostileServer) -> None:
    outcome, client, _ = api(hostile, "/api/deep", retry=TWICE)
    assert isinstance(outcome, RetriesExhaustedError)
    assert client.stats.faults["bad_json"] == 2


@pytest.mark.parametrize(
    ("path", "kind"), [("/api/error-markup", SourceError), ("/api/auth-markup", AuthError)]
)
def test_error_bodies_reach_messages_without_control_characters(
    hostile: HostileServer, path: str, kind: type[SourceError]
) -> None:
    outcome, _, _ = api(hostile, path)
    assert isinstance(outcome, kind)
    message = str(outcome)
    assert "click" in message  # the server's words are kept ...
    assert not any(ch in message for ch in "\x1b\u202e\x00\n\r")  # ... without control chars


# -- items 4, 5 and 11 on the header side: one file's failure is that file's row ---------------


def add_file(store: Store, file_id: str, url: str) -> None:
    store.con.execute(
        "INSERT INTO files (platform, model_id, version_id, file_id, name, download_url, format, "
        "is_primary) VALUES ('civitai', ?, NULL, ?, 'f.safetensors', ?, 'SafeTensor', TRUE)",
        [file_id, file_id, url],
    )


HEADER_ATTACKS = {
    "len2_63": "/st/len2_63",
    "len2_64": "/st/len2_64",
    "deep": "/st/deep",
    "bad_utf8": "/st/bad_utf8",
    "big_int": "/st/big_int",
    "loop": "/loop/a",
    "huge_redirect": "/redirect/huge-body",
    "other_host": "/redirect/other-host",
    "ftp": "/redirect/ftp",
    "file": "/redirect/file",
    "slow": "/slow",
    "ok": "/st/ok",
}


def test_every_hostile_file_is_its_own_row_and_the_run_completes(
    hostile: HostileServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVITAI_API_KEY", "sk-never-sent")
    monkeypatch.setenv("HF_TOKEN", "hf-never-sent")
    hostile.drip_seconds = 0.25
    for file_id, path in HEADER_ATTACKS.items():
        add_file(store, file_id, f"{hostile.url}{path}")
    # Named by a platform item, never configured: a cloud metadata address and a private host.
    add_file(store, "metadata", "http://169.254.169.254/latest/meta-data/")
    add_file(store, "private", "https://10.0.0.1/model.safetensors")
    add_file(store, "not_a_url", "javascript:alert(1)")
    started = time.monotonic()
    summary = collect_headers(
        store,
        progress=False,
        civitai_url=hostile.url,
        retry=ONCE,
        policy=FetchPolicy(deadline=1.5),
        concurrency=4,
    )
    assert time.monotonic() - started < 20
    assert summary.files == len(HEADER_ATTACKS) + 3
    assert store.scalar("SELECT status FROM runs WHERE source = 'headers'") == "complete"
    rows = {
        r[0]: r[1:]
        for r in store.query(
            "SELECT file_id, status, header_length, requests, error FROM headers ORDER BY 1"
        )
    }
    assert rows["ok"][0] == "ok"
    assert rows["len2_63"][:2] == ("too_large", None)  # 2^63 does not fit the column
    assert rows["len2_64"][:2] == ("too_large", None)
    assert rows["deep"][0] == "not_safetensors" and "nested too deeply" in rows["deep"][3]
    assert rows["bad_utf8"][0] == "not_safetensors"
    assert rows["big_int"][0] == "not_safetensors"
    assert rows["loop"][0] == "error" and "more than 5 redirects" in rows["loop"][3]
    assert rows["loop"][2] == 6  # every hop counted
    assert rows["huge_redirect"][0] == "ok" and rows["huge_redirect"][2] == 2
    for refused in ("other_host", "ftp", "file", "metadata", "private", "not_a_url"):
        assert rows[refused][0] == "error" and "refused" in rows[refused][3], refused
    assert rows["metadata"][2] == 0 and rows["private"][2] == 0  # never even connected
    assert rows["slow"][0] == "error" and "no complete header within 1.5 s" in rows["slow"][3]
    # Server side: the 302's 200 MB body was not read; no credential was ever sent.
    [redirect] = hostile.sent_for("/redirect/huge-body")
    assert redirect.bytes_sent < HUGE_REDIRECT_BODY // 4
    assert all(s.authorization is None for s in hostile.seen)


def test_redirect_to_another_port_is_refused_without_a_loopback_setup(
    hostile: HostileServer,
) -> None:
    policy = FetchPolicy(origins=(hostile.url,))  # exactly one origin, as for a mirror

    async def go() -> Any:
        async with httpx.AsyncClient(timeout=5) as client:
            return await read_safetensors_header(
                client, f"{hostile.url}/redirect/other-port", retry=ONCE, policy=policy
            )

    result = asyncio.run(go())
    assert result.status == "error" and "refused" in (result.error or "")
    assert result.requests == 1
    assert hostile.requests_to("other") == []


def test_only_https_on_listed_hosts_by_default() -> None:
    policy = FetchPolicy()
    assert policy.refusal("https://civitai.com/api/download/models/1") is None
    assert policy.refusal("https://cdn-lfs.hf.co/repos/x") is None
    assert policy.refusal("https://huggingface.co/a/b/resolve/main/c.safetensors") is None
    assert "scheme" in (policy.refusal("http://civitai.com/api/download/models/1") or "")
    assert "port" in (policy.refusal("https://civitai.com:8443/x") or "")
    assert "allow-list" in (policy.refusal("https://civitai.com.evil.example/x") or "")
    assert "allow-list" in (policy.refusal("https://127.0.0.1/x") or "")
    assert policy.with_hosts("*.mirror.example").refusal("https://a.mirror.example/x") is None


def test_by_hash_answers_of_every_wrong_shape_are_skipped(
    hostile: HostileServer, store: Store
) -> None:
    from dfaudit.forensics.byhash import collect_by_hash

    store.con.execute(
        "INSERT INTO files (platform, model_id, file_id, name, sha256) "
        "VALUES ('huggingface', 'm/r', 'm/r/f.safetensors', 'f.safetensors', ?)",
        ["ab" * 32],
    )
    summary = collect_by_hash(
        store, civitai_url=hostile.url, progress=False, retry=ONCE, rate_per_host=0, api_key="k"
    )
    models = [r[0] for r in store.query("SELECT model_id FROM models WHERE platform = 'civitai'")]
    assert sorted(models) == ["77", "78"]  # 78 has no usable files, but a valid id
    assert summary.files_added == 1
    assert store.scalar("SELECT status FROM runs WHERE source = 'by-hash'") == "complete"
    assert [s.authorization for s in hostile.seen] == ["Bearer k"]

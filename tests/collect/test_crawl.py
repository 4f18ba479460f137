"""Crawls against the sample platform on loopback: paging, faults, resume, removals, errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dfaudit.collect.crawl import (
    ClientOptions,
    collect_bounties,
    collect_civitai,
    collect_huggingface,
)
from dfaudit.errors import AuthError
from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.store import Store, open_store

FAST = ClientOptions(rate_per_host=0.0, max_attempts=12, backoff_base=0.01, backoff_cap=0.05)


@pytest.fixture(scope="module")
def sample():  # type: ignore[no-untyped-def]
    return load_sample()


@pytest.fixture
def server(sample) -> Iterator[SampleServer]:  # type: ignore[no-untyped-def]
    with SampleServer(sample) as srv:
        yield srv


def listed_ids(url: str, *, nsfw: bool) -> list[str]:
    """Every model id the listing shows, walked plainly (the reference a census must match)."""
    ids: list[str] = []
    params: dict[str, str] = {"limit": "100"}
    if nsfw:
        params["nsfw"] = "true"
    with httpx.Client() as client:
        while True:
            data = client.get(f"{url}/api/v1/models", params=params).json()
            ids.extend(str(item["id"]) for item in data["items"])
            cursor = data["metadata"].get("nextCursor")
            if not cursor:
                return ids
            params["cursor"] = cursor


def stored_ids(store: Store, platform: str = "civitai") -> list[str]:
    return [r[0] for r in store.query("SELECT model_id FROM models WHERE platform = ?", [platform])]


def test_census_sees_nsfw_only_models_once(store: Store, server: SampleServer) -> None:
    summary = collect_civitai(store, site=server.url, options=FAST, progress=False)
    everything = listed_ids(server.url, nsfw=True)
    pg_only = listed_ids(server.url, nsfw=False)
    assert len(pg_only) < len(everything)
    assert sorted(stored_ids(store)) == sorted(set(everything))
    assert summary.complete and summary.items == len(everything)
    run_id = summary.run_id
    assert store.scalar("SELECT count(*) FROM observations WHERE run_id = ?", [run_id]) == len(
        set(everything)
    )
    pages = store.query("SELECT seq, status, body_sha256 FROM raw_pages ORDER BY seq")
    assert [p[0] for p in pages] == list(range(len(pages)))
    assert all(p[1] == 200 and len(p[2]) == 64 for p in pages)
    assert any("nsfw=true" in url for (url,) in store.query("SELECT request_url FROM raw_pages"))


def test_faults_are_retried_and_nothing_is_lost(store: Store, sample) -> None:  # type: ignore[no-untyped-def]
    faults = FaultPlan(
        seed=7,
        rate_429=0.15,
        retry_after="0",
        rate_500=0.15,
        rate_truncated=0.15,
        rate_slow=0.1,
        slow_seconds=0.05,
    )
    with SampleServer(sample) as clean:
        expected = set(listed_ids(clean.url, nsfw=True))
    with SampleServer(sample, faults=faults) as srv:
        summary = collect_civitai(store, site=srv.url, options=FAST, progress=False)
    assert sorted(stored_ids(store)) == sorted(expected)
    assert summary.retries > 0
    assert set(summary.faults) & {"http_429", "http_500", "http_503", "network", "bad_json"}
    assert store.scalar("SELECT sum(retries) FROM runs") == summary.retries


def test_max_pages_then_resume_continues_the_same_run(store: Store, server: SampleServer) -> None:
    first = collect_civitai(store, site=server.url, max_pages=2, options=FAST, progress=False)
    assert not first.complete and first.pages == 2
    second = collect_civitai(store, site=server.url, options=FAST, progress=False)
    assert second.resumed and second.run_id == first.run_id and second.complete
    assert sorted(stored_ids(store)) == sorted(set(listed_ids(server.url, nsfw=True)))
    seqs = [r[0] for r in store.query("SELECT seq FROM raw_pages ORDER BY seq")]
    assert seqs == list(range(len(seqs)))
    third = collect_civitai(store, site=server.url, max_pages=1, options=FAST, progress=False)
    assert third.run_id != first.run_id  # a finished census starts afresh


def test_removed_and_taken_down_models_get_removed_at(store: Store, sample) -> None:  # type: ignore[no-untyped-def]
    with SampleServer(sample) as srv:
        collect_civitai(store, site=srv.url, options=FAST, progress=False)
        before = {
            r[0] for r in store.query("SELECT model_id FROM models WHERE removed_at IS NOT NULL")
        }
        ids = sorted(set(stored_ids(store)) - before)
        gone, down = ids[0], ids[1]
        srv.remove_models([int(gone)])
        srv.take_down([int(down)])
        collect_civitai(store, site=srv.url, options=FAST, progress=False)
    after = {r[0] for r in store.query("SELECT model_id FROM models WHERE removed_at IS NOT NULL")}
    assert after - before == {gone, down}
    assert before <= after
    statuses = dict(
        store.query("SELECT model_id, status FROM models WHERE model_id IN (?, ?)", [gone, down])
    )
    assert statuses == {gone: "removed", down: "taken_down"}


def test_auth_errors_are_typed(store: Store, sample, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    with SampleServer(sample, faults=FaultPlan(require_auth="s3cret")) as srv:
        with pytest.raises(AuthError, match="401"):
            collect_civitai(store, site=srv.url, options=FAST, progress=False)
        monkeypatch.setenv("CIVITAI_API_KEY", "s3cret")
        summary = collect_civitai(store, site=srv.url, options=FAST, progress=False)
        assert summary.complete and summary.items > 0
    with (
        SampleServer(sample, faults=FaultPlan(forbidden=True)) as srv,
        pytest.raises(AuthError, match="403"),
    ):
        collect_bounties(store, site=srv.url, options=FAST, progress=False)


def test_bounties_and_huggingface(store: Store, server: SampleServer, sample) -> None:  # type: ignore[no-untyped-def]
    bounties = collect_bounties(store, site=server.url, options=FAST, progress=False)
    assert bounties.complete
    assert store.scalar("SELECT count(*) FROM bounties") == bounties.items > 0
    hf = collect_huggingface(store, endpoint=server.url, options=FAST, progress=False)
    assert hf.complete
    n_hf = store.scalar("SELECT count(*) FROM models WHERE platform = 'huggingface'")
    assert n_hf > 0
    # Details filled the LFS sha256 of every safetensors sibling.
    missing = store.scalar(
        "SELECT count(*) FROM files WHERE platform = 'huggingface' "
        "AND name LIKE '%.safetensors' AND sha256 IS NULL"
    )
    assert missing == 0
    # Link-header paging: every listing page but the last names a next URL.
    streams = {r[0] for r in store.query("SELECT stream FROM raw_pages")}
    assert {"models:text-to-image", "models:lora"} <= streams


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "dfaudit", "--db", str(db), *args]


def test_sigkill_mid_crawl_then_plain_rerun_collects_everything(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kill.duckdb"
    faults = FaultPlan(seed=3, rate_slow=0.6, slow_seconds=0.15, rate_429=0.1, retry_after="0")
    with SampleServer(sample) as clean:
        expected = set(listed_ids(clean.url, nsfw=True))
    with SampleServer(sample, faults=faults) as srv:
        command = _cli(
            db,
            "collect",
            "civitai",
            "--civitai-url",
            srv.url,
            "--no-progress",
            "--backoff",
            "0.01",
            "--rate",
            "0",
        )
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            served = [
                r for r in srv.requests if r.path.startswith("/api/v1/models") and r.status == 200
            ]
            if len(served) >= 2:
                break
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        assert "resumed" in rerun.stdout
    with open_store(db, read_only=True) as store:
        assert sorted(stored_ids(store)) == sorted(expected)
        assert store.scalar("SELECT count(*) FROM runs") == 1
        per_run = store.scalar("SELECT count(*) FROM observations")
        assert per_run == len(expected)
        seqs = [r[0] for r in store.query("SELECT seq FROM raw_pages ORDER BY seq")]
        assert seqs == list(range(len(seqs)))
    export = tmp_path / "models.jsonl"
    done = subprocess.run(
        _cli(db, "export", "models", "--format", "jsonl", "-o", str(export)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert len(export.read_text().splitlines()) == len(expected)


def test_locked_database_is_a_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
            "time.sleep(30)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        result = subprocess.run(
            _cli(db, "ingest", "--platform", "civitai", str(db)), capture_output=True, text=True
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3
    assert "in use by another process" in result.stderr
    assert "Traceback" not in result.stderr


def test_models_found_by_hash_are_not_removed_by_the_next_census(store: Store, sample) -> None:  # type: ignore[no-untyped-def]
    from dfaudit.forensics.byhash import collect_by_hash
    from dfaudit.sources.http import RetryPolicy

    with SampleServer(sample) as srv:
        collect_civitai(store, site=srv.url, options=FAST, progress=False)
        collect_huggingface(store, endpoint=srv.url, options=FAST, progress=False)
        found = collect_by_hash(
            store, civitai_url=srv.url, progress=False, retry=RetryPolicy(backoff_base=0.0)
        )
        assert found.models_added > 0  # originals the listing hides
        second = collect_civitai(store, site=srv.url, options=FAST, progress=False)
    assert second.removed == 0
    assert store.scalar("SELECT count(*) FROM models WHERE removed_at IS NOT NULL") == (
        store.scalar("SELECT count(*) FROM models WHERE status = 'taken_down'")
    )

"""collect_headers: every safetensors file once, resumable, written to the headers table."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from dfaudit.forensics.headers import collect_headers
from dfaudit.sources.http import RetryPolicy
from dfaudit.store.db import Store, open_store

from .conftest import FileServer, build_safetensors

NO_WAIT = RetryPolicy(max_attempts=2, backoff_base=0.0)


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as db:
        yield db


def add_file(
    store: Store,
    platform: str,
    model_id: str,
    file_id: str,
    name: str,
    url: str | None,
    fmt: str | None = "SafeTensor",
) -> None:
    store.con.execute(
        "INSERT INTO files (platform, model_id, version_id, file_id, name, download_url, format, "
        "is_primary) VALUES (?, ?, NULL, ?, ?, ?, ?, TRUE)",
        [platform, model_id, file_id, name, url, fmt],
    )


def test_reads_each_safetensors_file_once_and_resumes(
    store: Store, file_server: FileServer
) -> None:
    meta = {"ss_output_name": "subject_a"}
    url_a = file_server.add("a.safetensors", build_safetensors(meta))
    file_server.add("b.safetensors", build_safetensors(None))
    url_c = file_server.add("c.safetensors", build_safetensors(meta))
    add_file(store, "civitai", "1", "11", "a.safetensors", url_a)
    add_file(store, "civitai", "2", "22", "c.safetensors", url_c.replace("c.", "missing."))
    add_file(store, "civitai", "3", "33", "weights.ckpt", url_a, fmt="PickleTensor")
    # Hugging Face file without a download URL: built from the endpoint, repo and name.
    add_file(
        store, "huggingface", "someone/repo", "someone/repo/b.safetensors", "b.safetensors", None
    )

    first = collect_headers(store, progress=False, hf_endpoint=file_server.base_url, retry=NO_WAIT)
    assert first.files == 3
    assert first.by_status == {"ok": 1, "no_metadata": 1, "error": 1}
    rows = dict(store.query("SELECT file_id, status FROM headers"))
    assert rows == {"11": "ok", "someone/repo/b.safetensors": "no_metadata", "22": "error"}
    stored = store.scalar("SELECT metadata FROM headers WHERE file_id = '11'")
    assert json.loads(stored) == meta
    assert store.scalar("SELECT status FROM runs WHERE source = 'headers'") == "complete"

    # The failed file now exists: a re-run retries only it and skips the rest.
    store.con.execute("UPDATE files SET download_url = ? WHERE file_id = '22'", [url_c])
    before = len(file_server.log)
    second = collect_headers(store, progress=False, hf_endpoint=file_server.base_url, retry=NO_WAIT)
    assert second.files == 1 and second.by_status == {"ok": 1}
    assert second.skipped_done == 2
    assert [r.path for r in file_server.log[before:]] == [
        "/download/c.safetensors",
        "/files/c.safetensors",
    ]
    third = collect_headers(store, progress=False, hf_endpoint=file_server.base_url)
    assert third.files == 0


def test_civitai_url_rebases_download_urls_and_max_files_limits(
    store: Store, file_server: FileServer
) -> None:
    for index in range(3):
        file_server.add(f"m{index}.safetensors", build_safetensors({"ss_epoch": str(index)}))
        add_file(
            store,
            "civitai",
            str(index),
            f"f{index}",
            f"m{index}.safetensors",
            f"https://civitai.com/download/m{index}.safetensors",
        )
    summary = collect_headers(
        store, progress=False, max_files=2, civitai_url=file_server.base_url, concurrency=2
    )
    assert summary.files == 2 and summary.by_status == {"ok": 2}
    assert store.scalar("SELECT count(*) FROM headers") == 2
    assert all(
        u.startswith(file_server.base_url) for (u,) in store.query("SELECT url FROM headers")
    )


def test_only_flagged_reads_files_of_likeness_models(store: Store, file_server: FileServer) -> None:
    for model_id in ("1", "2"):
        url = file_server.add(f"{model_id}.safetensors", build_safetensors({"k": model_id}))
        add_file(store, "civitai", model_id, f"f{model_id}", f"{model_id}.safetensors", url)
    store.con.execute(
        "INSERT INTO findings (platform, model_id, likeness, likeness_score, sexual_intent, "
        "sexual_intent_score, minor_risk, detector_version, input_sha256, processed_at) VALUES "
        "('civitai', '1', TRUE, 0.9, FALSE, 0, FALSE, 't', 'x', now()), "
        "('civitai', '2', FALSE, 0.1, FALSE, 0, FALSE, 't', 'x', now())"
    )
    summary = collect_headers(store, progress=False, only_flagged=True)
    assert summary.files == 1
    assert store.query("SELECT file_id FROM headers") == [("f1",)]

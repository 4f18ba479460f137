"""collect by-hash: unmatched Hugging Face files asked of Civitai in batches of at most 100."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from dfaudit.forensics.byhash import collect_by_hash, unasked_hashes
from dfaudit.forensics.reuploads import link_reuploads
from dfaudit.sources.http import RetryPolicy
from dfaudit.store.db import Store, open_store

from .conftest import ByHashServer

FAST = RetryPolicy(max_attempts=2, backoff_base=0.0, jitter=0.0)


def sha(n: int) -> str:
    return hashlib.sha256(f"file-{n}".encode()).hexdigest()


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as db:
        yield db


def hf_repo(store: Store, repo: str, shas: list[str], names: list[str] | None = None) -> None:
    store.con.execute(
        "INSERT INTO models (platform, model_id, name, created_at) VALUES ('huggingface', ?, ?, ?)",
        [repo, repo, datetime(2025, 7, 1, tzinfo=UTC)],
    )
    for index, digest in enumerate(shas):
        name = names[index] if names else f"part{index}.safetensors"
        store.con.execute(
            "INSERT INTO files (platform, model_id, file_id, name, sha256) "
            "VALUES ('huggingface', ?, ?, ?, ?)",
            [repo, f"{repo}/{name}", name, digest],
        )


def civitai_version(model_id: int, version_id: int, digest: str) -> dict[str, object]:
    return {
        "id": version_id,
        "modelId": model_id,
        "name": "v1",
        "publishedAt": "2024-02-01T00:00:00.000Z",
        "trainedWords": ["dtl3"],
        "model": {"name": "Detail Helper", "type": "LORA", "nsfw": True, "poi": True},
        "files": [
            {
                "id": version_id * 10,
                "name": "helper.safetensors",
                "metadata": {"format": "SafeTensor"},
                "hashes": {"SHA256": digest.upper(), "AutoV2": digest[:10].upper()},
                "downloadUrl": f"https://civitai.com/api/download/models/{version_id}",
                "primary": True,
            }
        ],
    }


def test_asks_unmatched_hashes_in_batches_and_links_what_it_finds(
    store: Store, by_hash_server: ByHashServer
) -> None:
    shas = [sha(n) for n in range(150)]
    hf_repo(store, "mirror/bulk", shas)
    hf_repo(store, "mirror/docs", [sha(999)], names=["README.md"])  # not a model file
    by_hash_server.versions[shas[7]] = civitai_version(900, 9001, shas[7])
    by_hash_server.versions[shas[120]] = civitai_version(901, 9011, shas[120])

    summary = collect_by_hash(
        store, civitai_url=by_hash_server.base_url, progress=False, retry=FAST
    )
    assert [len(b) for b in by_hash_server.bodies] == [100, 50]
    assert sorted(h for b in by_hash_server.bodies for h in b) == sorted(shas)
    assert (summary.hashes_asked, summary.requests) == (150, 2)
    assert (summary.versions_found, summary.models_added, summary.files_added) == (2, 2, 2)
    page = store.scalar(
        "SELECT p.body FROM models m JOIN raw_pages p USING (page_id) WHERE m.model_id = '900'"
    )
    assert json.loads(page)[0]["modelId"] == 900
    assert store.scalar("SELECT poi FROM models WHERE model_id = '900'") is True
    pages = store.query("SELECT request_method, n_items FROM raw_pages ORDER BY seq")
    assert pages == [("POST", 1), ("POST", 1)]
    assert store.scalar("SELECT status FROM runs WHERE source = 'by-hash'") == "complete"
    assert store.scalar("SELECT count(*) FROM hash_queries WHERE found") == 2

    link_reuploads(store)
    links = store.query(
        "SELECT sha256, platform_a, model_id_a, platform_b, model_id_b FROM reuploads ORDER BY 1"
    )
    assert sorted(links) == sorted(
        [
            (shas[7], "civitai", "900", "huggingface", "mirror/bulk"),
            (shas[120], "civitai", "901", "huggingface", "mirror/bulk"),
        ]
    )

    # Nothing left to ask: a re-run sends no request.
    assert unasked_hashes(store) == []
    again = collect_by_hash(
        store, civitai_url=by_hash_server.base_url, progress=False, rate_per_host=0
    )
    assert again.requests == 0 and len(by_hash_server.bodies) == 2


def test_hashes_already_on_civitai_are_not_asked_and_known_models_keep_their_row(
    store: Store, by_hash_server: ByHashServer
) -> None:
    hf_repo(store, "mirror/two", [sha(1), sha(2)])
    store.con.execute(
        "INSERT INTO models (platform, model_id, name) VALUES ('civitai', '5', 'Full')"
    )
    store.con.execute(
        "INSERT INTO files (platform, model_id, file_id, name, sha256) "
        "VALUES ('civitai', '5', '50', 'a.safetensors', ?)",
        [sha(1).upper()],
    )
    by_hash_server.versions[sha(2)] = civitai_version(5, 77, sha(2))  # another version of 5
    summary = collect_by_hash(
        store, civitai_url=by_hash_server.base_url, progress=False, batch_size=500
    )
    assert by_hash_server.bodies == [[sha(2)]]
    assert (summary.models_added, summary.files_added) == (0, 1)
    assert store.scalar("SELECT name FROM models WHERE model_id = '5'") == "Full"
    assert store.scalar("SELECT count(*) FROM files WHERE model_id = '5'") == 2

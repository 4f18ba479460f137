"""Ask Civitai which versions hold the Hugging Face files the census did not match.

Mass re-uploads on Hugging Face copy files whose Civitai original may be hidden from the public
listing (``poi``/``minor`` models since 2025-05-22) and so absent from the census. Civitai's
``POST /api/v1/model-versions/by-hash`` answers for up to 100 SHA256s per call. This module owns
that lookup: every answer is kept as a raw page of a ``by-hash`` run, the versions found become
models and files (so :func:`dfaudit.forensics.reuploads.link_reuploads` links them), and every
hash asked is remembered in ``hash_queries`` so a re-run asks only what it has not asked yet.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from dfaudit.collect.runs import (
    Checkpoint,
    finish_run,
    now_utc,
    open_run,
    save_checkpoint,
    write_page,
)
from dfaudit.errors import NotFoundError
from dfaudit.records import NormalizedModel
from dfaudit.sources.http import ApiClient, ApiResponse, RetryPolicy
from dfaudit.store.db import Store
from dfaudit.store.normalize import (
    CIVITAI_SITE,
    MalformedItemError,
    item_id,
    normalize_civitai_model,
)
from dfaudit.store.write import upsert_models

BATCH_LIMIT = 100  # Civitai's limit per POST
STREAM = "by-hash"
MODEL_FILE_SUFFIXES = (".safetensors", ".ckpt", ".pt", ".pth")

_UNASKED_SQL = """
SELECT DISTINCT lower(f.sha256) AS sha
FROM files f
WHERE f.platform = 'huggingface' AND f.sha256 IS NOT NULL
  AND ({suffixes})
  AND lower(f.sha256) NOT IN (
      SELECT lower(sha256) FROM files WHERE platform = 'civitai' AND sha256 IS NOT NULL)
  AND lower(f.sha256) NOT IN (SELECT sha256 FROM hash_queries)
ORDER BY sha
"""


@dataclass(frozen=True, slots=True)
class ByHashSummary:
    """What one ``collect by-hash`` run asked and found."""

    run_id: int
    hashes_asked: int
    requests: int
    versions_found: int
    models_added: int
    files_added: int

    def line(self) -> str:
        return (
            f"by-hash: {self.hashes_asked} hashes asked in {self.requests} requests; "
            f"{self.versions_found} versions found, {self.models_added} new models, "
            f"{self.files_added} files"
        )


def unasked_hashes(store: Store) -> list[str]:
    """Hugging Face model-file SHA256s with no Civitai match that were never asked about."""
    suffixes = " OR ".join(f"lower(f.name) LIKE '%{s}'" for s in MODEL_FILE_SUFFIXES)
    return [row[0] for row in store.query(_UNASKED_SQL.format(suffixes=suffixes))]


def batches(items: Sequence[str], size: int = BATCH_LIMIT) -> Iterator[list[str]]:
    size = max(1, min(size, BATCH_LIMIT))
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def model_items_from_versions(versions: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Civitai model items built from by-hash versions (grouped by ``modelId``).

    The by-hash answer carries each version with a small ``model`` block (name, type, nsfw,
    poi, mode); the item keeps those fields and the versions as they came. It is only normalised,
    never stored: the answer itself is kept verbatim in ``raw_pages`` and models point at it.
    """
    grouped: dict[str, dict[str, Any]] = {}
    for version in versions:
        model_id = version.get("modelId")
        try:
            key = item_id(model_id, "modelId")
        except MalformedItemError:
            continue  # no model to hang it on: a null, bool, list... is not a model id
        block = version.get("model")
        model: Mapping[str, Any] = block if isinstance(block, Mapping) else {}
        item = grouped.setdefault(
            key,
            {
                "id": model_id,
                "name": model.get("name"),
                "type": model.get("type"),
                "nsfw": model.get("nsfw"),
                "poi": model.get("poi"),
                "minor": model.get("minor"),
                "mode": model.get("mode"),
                "modelVersions": [],
            },
        )
        item["modelVersions"].append({k: v for k, v in version.items() if k != "model"})
    return list(grouped.values())


def _existing_models(store: Store, model_ids: Sequence[str]) -> set[str]:
    if not model_ids:
        return set()
    rows = store.query(
        "SELECT model_id FROM models WHERE platform = 'civitai' AND list_contains(?, model_id)",
        [list(model_ids)],
    )
    return {row[0] for row in rows}


def _normalized(items: Sequence[dict[str, Any]], site: str) -> list[NormalizedModel]:
    """Items built from a by-hash answer, normalised; a malformed one is skipped."""
    out: list[NormalizedModel] = []
    for item in items:
        try:
            out.append(normalize_civitai_model(item, site=site))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return out


def _add_files_only(store: Store, known: Sequence[NormalizedModel]) -> int:
    """Files of versions of models the store already has (their model rows stay as they are)."""
    files = [f for n in known for f in n.files]
    if not files:
        return 0
    store.insert_arrow(
        "files",
        pa.table(
            {
                "platform": [f.platform for f in files],
                "model_id": [f.model_id for f in files],
                "version_id": [f.version_id for f in files],
                "file_id": [f.file_id for f in files],
                "name": [f.name for f in files],
                "size_bytes": pa.array([f.size_bytes for f in files], pa.int64()),
                "sha256": [f.sha256 for f in files],
                "autov2": [f.autov2 for f in files],
                "blake3": [f.blake3 for f in files],
                "download_url": [f.download_url for f in files],
                "format": [f.file_format for f in files],
                "is_primary": [f.primary for f in files],
            }
        ),
        on_conflict="OR IGNORE",
    )
    return len(files)


def _store_answer(
    store: Store,
    run_id: int,
    seq: int,
    asked: Sequence[str],
    response: ApiResponse | None,
    url: str,
    site: str,
) -> tuple[int, int, int]:
    """Page, models, files and the asked hashes of one batch, in one transaction."""
    versions = response.data if response is not None and isinstance(response.data, list) else []
    versions = [v for v in versions if isinstance(v, Mapping)]
    items = model_items_from_versions(versions)
    fetched_at = response.fetched_at if response is not None else now_utc()
    with store.transaction():
        page_id = write_page(
            store,
            run_id=run_id,
            stream=STREAM,
            seq=seq,
            method="POST",
            url=url,
            status=response.status if response is not None else 404,
            body=response.body if response is not None else b"[]",
            fetched_at=fetched_at,
            n_items=len(versions),
        )
        every = _normalized(items, site)
        existing = _existing_models(store, [n.model.model_id for n in every])
        normalized = [n for n in every if n.model.model_id not in existing]
        upsert_models(store, normalized, run_id=run_id, observed_at=fetched_at, page_id=page_id)
        files_added = sum(len(n.files) for n in normalized)
        files_added += _add_files_only(store, [n for n in every if n.model.model_id in existing])
        found = {(f.sha256 or "") for n in every for f in n.files}
        store.con.executemany(
            "INSERT OR REPLACE INTO hash_queries VALUES (?, ?, ?, ?)",
            [[sha, run_id, fetched_at, sha in found] for sha in asked],
        )
        save_checkpoint(
            store,
            run_id,
            Checkpoint(STREAM, None, seq + 1, 0, False),
            requests=1,
        )
    return len(versions), len(normalized), files_added


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[Callable[[int], None]]:
    if not enabled:
        yield lambda _n: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("asking Civitai by hash", total=total)
        yield lambda n: bar.advance(task, n)


def collect_by_hash(
    store: Store,
    *,
    civitai_url: str | None = None,
    batch_size: int = BATCH_LIMIT,
    progress: bool = True,
    retry: RetryPolicy | None = None,
    rate_per_host: float = 2.0,
    api_key: str | None = None,
) -> ByHashSummary:
    """Look up unmatched Hugging Face file hashes on Civitai; store what comes back.

    Resumable: hashes asked are remembered, so an interrupted run asks only the rest.
    """
    base = (civitai_url or CIVITAI_SITE).rstrip("/")
    url = f"{base}/api/v1/model-versions/by-hash"
    hashes = unasked_hashes(store)
    state = open_run(store, STREAM, {"civitai_url": base}, census=False)
    seq = state.checkpoints[STREAM].pages if STREAM in state.checkpoints else 0
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else None
    totals = [0, 0, 0, 0]  # requests, versions, models, files

    async def run() -> None:
        nonlocal seq
        async with ApiClient(
            rate_per_host=rate_per_host, retry=retry, headers=headers, credential_origin=base
        ) as client:
            with _progress(progress, len(hashes)) as advance:
                for batch in batches(hashes, batch_size):
                    try:
                        response: ApiResponse | None = await client.post_json(url, batch)
                    except NotFoundError:
                        response = None  # none of these hashes is known
                    versions, models, files = _store_answer(
                        store, state.run_id, seq, batch, response, url, base
                    )
                    seq += 1
                    totals[0] += 1
                    totals[1] += versions
                    totals[2] += models
                    totals[3] += files
                    advance(len(batch))

    asyncio.run(run())
    finish_run(store, state.run_id)
    return ByHashSummary(
        run_id=state.run_id,
        hashes_asked=len(hashes),
        requests=totals[0],
        versions_found=totals[1],
        models_added=totals[2],
        files_added=totals[3],
    )

"""Detection on worker processes gives exactly the findings of detection in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfaudit import parallel
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect import engine
from dfaudit.detect.engine import process_store
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import open_store

COLUMNS = (
    "platform, model_id, likeness, likeness_score, target_key, target_gender, prominence, "
    "sexual_intent, minor_risk, violations, evidence"
)


def findings_of(tmp_path: Path, name: str, corpus: Path, workers: int) -> list[tuple[object, ...]]:
    with open_store(tmp_path / f"{name}.duckdb") as store:
        ingest_files(store, "civitai", [corpus])
        summary = process_store(store, progress=False, workers=workers)
        assert summary.models_processed == 360
        return store.query(f"SELECT {COLUMNS} FROM findings ORDER BY platform, model_id")


def test_workers_match_inline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus.jsonl"
    items = list(iter_civitai_items(300, seed=5))
    # 60 copies under new ids, some in the same batch as their original, some in later ones:
    # detected once per distinct input, and each copy gets its original's finding
    copies = [{**item, "id": int(item["id"]) + 10_000_000} for item in items[::5]]
    corpus.write_text("".join(json.dumps(item) + "\n" for item in items + copies))
    monkeypatch.setattr(engine, "PARALLEL_MIN_MODELS", 1)
    monkeypatch.setattr(engine, "BATCH_SIZE", 70)  # several batches in flight
    monkeypatch.setattr(engine, "CHUNK_SIZE", 25)
    inline = findings_of(tmp_path, "inline", corpus, workers=1)
    parallel = findings_of(tmp_path, "parallel", corpus, workers=2)
    assert len(inline) == 360
    assert parallel == inline
    by_id = {row[1]: row[2:] for row in inline}
    for item in copies:
        assert by_id[str(item["id"])] == by_id[str(int(item["id"]) - 10_000_000)]
    assert any(row[2] for row in inline) and not all(row[2] for row in inline)


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.WORKERS_ENV, "3")
    assert parallel.worker_count() == 3
    assert parallel.worker_count(1) == 1
    monkeypatch.setenv(parallel.WORKERS_ENV, "lots")
    assert parallel.worker_count() >= 1

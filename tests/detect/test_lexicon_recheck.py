"""A lexicon change re-detects only the models it can change, with the findings a full
re-detection gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import dfaudit.detect.engine as engine
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect.engine import process_store
from dfaudit.detect.lexicon import import_entries, parse_lexicon_text
from dfaudit.sample.content import make_people
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import Store, open_store

COLUMNS = (
    "platform, model_id, likeness, likeness_score, target_key, target_name, target_gender, "
    "prominence, sexual_intent, sexual_intent_score, minor_risk, violations, evidence, "
    "detector_version, input_sha256"
)


def lexicon_of(people: list[str]) -> list:
    return parse_lexicon_text(json.dumps(people), "poi", source="test")


def findings(store: Store) -> list[tuple[object, ...]]:
    return store.query(f"SELECT {COLUMNS} FROM findings ORDER BY platform, model_id")


# (models per batch, kept findings per UPDATE): the defaults, and small ones so that the kept
# hashes are written in several UPDATEs, some in the middle of the batches, one at the end.
@pytest.mark.parametrize(("batch", "update_rows"), [(None, None), (50, 60)])
def test_lexicon_change_rechecks_cheaply_and_matches_full_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int | None, update_rows: int | None
) -> None:
    if batch is not None:
        monkeypatch.setattr(engine, "BATCH_SIZE", batch)
        monkeypatch.setattr(engine, "RECHECK_UPDATE_ROWS", update_rows)
    people = [f"{p.first} {p.last}" for p in make_people(random.Random(2025), 80)[:40]]
    items = list(iter_civitai_items(240, seed=11))
    for n in range(20):  # names from both lexicons, written the way uploaders write them
        items[n * 11]["name"] = f"{people[n * 2].replace(' ', '_').lower()} v{n}"
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(i) + "\n" for i in items))
    first, added = lexicon_of(people[:10]), lexicon_of(people[10:])
    with open_store(tmp_path / "step.duckdb") as store:
        ingest_files(store, "civitai", [corpus])
        import_entries(store, first)
        assert process_store(store, progress=False, workers=1).models_processed == 240
        import_entries(store, added)
        summary = process_store(store, progress=False, workers=1)
        stepwise = findings(store)
        again = process_store(store, progress=False, workers=1)
    assert 0 < summary.models_processed < 240
    assert summary.models_rechecked == 240 - summary.models_processed
    assert "checked and unchanged" in summary.line()
    assert again.models_processed == 0 and again.models_rechecked == 0
    with open_store(tmp_path / "full.duckdb") as store:
        ingest_files(store, "civitai", [corpus])
        import_entries(store, first + added)
        assert process_store(store, progress=False, workers=1).models_processed == 240
        assert findings(store) == stepwise

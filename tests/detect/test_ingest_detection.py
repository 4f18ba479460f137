"""Detection fused into ingest (``dfaudit.pipeline.ingest``) writes the findings table that
ingest-then-process writes, and ``process`` afterwards re-detects exactly what it must."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dfaudit.collect import ingest as ingest_module
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect.engine import process_store
from dfaudit.detect.lexicon import import_entries, parse_lexicon_text
from dfaudit.pipeline import ingest
from dfaudit.sample.content import make_people
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import Store, open_store

COLUMNS = (
    "platform, model_id, likeness, likeness_score, target_key, target_name, target_gender, "
    "prominence, sexual_intent, sexual_intent_score, minor_risk, violations, evidence, "
    "detector_version, input_sha256"
)
COPIES = 10
N = 60 + COPIES  # distinct models


def findings(store: Store) -> list[tuple[object, ...]]:
    return store.query(f"SELECT {COLUMNS} FROM findings ORDER BY platform, model_id")


def corpus(tmp_path: Path) -> tuple[Path, list[str]]:
    people = [f"{p.first} {p.last}" for p in make_people(random.Random(7), 30)[:12]]
    items = list(iter_civitai_items(N - COPIES, seed=5))
    for n in range(12):  # names only a lexicon knows, as uploaders write them
        items[n * 5]["name"] = f"{people[n].replace(' ', '_').lower()} v{n}"
    for n in range(COPIES):  # the same input under new ids, in later chunks: detected once
        items.append(dict(items[n], id=10**6 + n))
    items.append(dict(items[3]))  # a model twice in the file: the last copy is stored
    items[-1]["name"] = "a second copy"
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items))
    return path, people


def add_headers(store: Store, person: str) -> None:
    """Headers naming ``person`` for the first files of five models."""
    files = store.query(
        "SELECT platform, min(file_id) FROM files GROUP BY platform, model_id "
        "ORDER BY platform, model_id LIMIT 5"
    )
    metadata = {"ss_dataset_dirs": json.dumps({f"20_{person.lower()} woman": {"n_repeats": 20}})}
    for platform, file_id in files:
        store.con.execute(
            "INSERT INTO headers (platform, file_id, url, fetched_at, status, header_sha256, "
            "metadata) VALUES (?, ?, 'u', now(), 'ok', ?, ?)",
            [platform, file_id, f"h-{file_id}", json.dumps(metadata)],
        )


@pytest.mark.parametrize("lexicon", [False, True])
def test_ingest_with_detection_equals_ingest_then_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lexicon: bool
) -> None:
    path, people = corpus(tmp_path)
    entries = parse_lexicon_text(json.dumps(people), "poi", source="test") if lexicon else []
    results = {}
    # every variant chunks the file alike, so that files claimed by several models end up with
    # the same owner (and the same models get the headers below)
    monkeypatch.setattr(ingest_module, "CHUNK_LINES", 20)
    for name in ("unfused", "inline", "workers"):
        with open_store(tmp_path / f"{name}.duckdb") as store:
            if entries:
                import_entries(store, entries)
            if name == "unfused":
                ingest_files(store, "civitai", [path], workers=1)
                assert store.scalar("SELECT count(*) FROM findings") == 0
                assert process_store(store, progress=False, workers=1).models_processed == N
            else:
                if name == "workers":  # the real path: a pool of spawned workers detects
                    monkeypatch.setattr(ingest_module, "PARALLEL_MIN_BYTES", 0)
                    ingest(store, "civitai", [path], workers=2)
                else:
                    ingest(store, "civitai", [path], workers=1, detect=True)
                assert store.scalar("SELECT count(*) FROM findings") == N
                assert process_store(store, progress=False, workers=1).models_processed == 0
            before_headers = findings(store)
            add_headers(store, people[0])
            # headers change the input: exactly the five models with them are detected again
            assert process_store(store, progress=False, workers=1).models_processed == 5
            results[name] = (before_headers, findings(store))
    assert len(results["unfused"][0]) == N
    assert results["inline"] == results["unfused"]
    assert results["workers"] == results["unfused"]
    assert results["unfused"][0] != results["unfused"][1]  # the headers did change findings


def test_a_second_import_of_known_models_replaces_their_findings(tmp_path: Path) -> None:
    """Findings of a group whose models are all new are inserted without a conflict check; a
    group holding models stored before (a re-import, changed) replaces their findings, as
    ingest-then-process would leave them."""
    path, _ = corpus(tmp_path)
    items = [json.loads(line) for line in path.read_text().splitlines()]
    again = [dict(item, name=f"Renamed {n}") for n, item in enumerate(items[:5])]
    new = iter_civitai_items(3, seed=99)
    again += [dict(item, id=5 * 10**6 + n) for n, item in enumerate(new)]  # and new ones
    second = tmp_path / "again.jsonl"
    second.write_text("".join(json.dumps(i) + "\n" for i in again))
    results = []
    for name in ("fused", "unfused"):
        with open_store(tmp_path / f"{name}.duckdb") as store:
            for file in (path, second):
                if name == "fused":
                    ingest(store, "civitai", [file], workers=1, detect=True)
                else:
                    ingest_files(store, "civitai", [file], workers=1)
            process_store(store, progress=False, workers=1)
            results.append(findings(store))
    assert results[0] == results[1]
    assert len(results[0]) == N + 3


def test_small_files_are_left_to_process_by_default(tmp_path: Path) -> None:
    path, _ = corpus(tmp_path)
    with open_store(tmp_path / "s.duckdb") as store:
        ingest(store, "civitai", [path], workers=1)
        assert store.scalar("SELECT count(*) FROM findings") == 0
        assert process_store(store, progress=False, workers=1).models_processed == N


SCRIPT = """
import os, sys
from dfaudit.detect.engine import shared_memo
if __name__ == "__main__":
    with shared_memo() as memo:
        memo.put_many([(b"k", (True,))])
        assert memo.get_many([b"k", b"x"]) == [(True,), None]
        print(memo.memo._manager._process.pid, flush=True)
        os._exit(9)  # as a kill -9 would: no shutdown
"""


def test_shared_memo_manager_leaves_with_its_parent(tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    pid = int(done.stdout.split()[0])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.kill(pid, 9)
    pytest.fail("the manager process outlived the process that started it")

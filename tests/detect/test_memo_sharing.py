"""Ingest's workers share detected rows once per chunk, and as they go while another waits."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date
from pathlib import Path

from dfaudit.detect import engine
from dfaudit.detect.engine import Detector, MemoDetector, finding_row
from dfaudit.detect.evalsets import load_labelled
from dfaudit.detect.memo import SharedMemo, SharedMemoClient
from dfaudit.records import ModelRecord

DEVSET = Path(__file__).resolve().parents[1] / "devset"
SNAPSHOT = date(2025, 11, 1)


def civitai_records(n: int) -> list[ModelRecord]:
    items = load_labelled(DEVSET / "devset.jsonl", DEVSET / "labels.jsonl")
    records = [item.record for item in items if item.record.platform == "civitai"]
    distinct = {MemoDetector.key(r, SNAPSHOT): r for r in records}
    return list(distinct.values())[:n]


class CountingMemo(SharedMemo):
    """The shared memo in this process, recording each put and whether a worker waited then."""

    def __init__(self) -> None:
        super().__init__()
        self.puts: list[int] = []
        self.client: SharedMemoClient | None = None
        self.asked_while_waiting: list[bool] = []

    def put_many(self, items: list[tuple[bytes, object]]) -> None:
        self.puts.append(len(items))
        super().put_many(items)

    def get_many(self, digests: list[bytes]) -> list[object]:
        assert self.client is not None
        self.asked_while_waiting.append(self.client.wanted())
        return super().get_many(digests)


def client(memo: CountingMemo) -> SharedMemoClient:
    shared = SharedMemoClient(memo, multiprocessing.get_context("spawn").Value("i", 0))
    memo.client = shared
    engine.init_ingest_detection(None, SNAPSHOT, engine.detector_version(), shared)
    return shared


def test_rows_are_shared_once_per_chunk_when_nobody_waits() -> None:
    records = civitai_records(60)
    memo = CountingMemo()
    client(memo)
    rows = engine._rows_of(records)
    assert rows == [finding_row(Detector().detect(r, SNAPSHOT)) for r in records]
    assert memo.puts == [len(records)]  # one round trip, every row


def test_rows_are_shared_as_they_are_detected_while_a_worker_waits() -> None:
    records = civitai_records(60)
    memo = CountingMemo()
    shared = client(memo)
    with shared.waiting():
        assert shared.wanted()
        engine._rows_of(records)
    assert not shared.wanted()
    every = engine.SHARE_EVERY
    assert memo.puts == [every, every, len(records) - 2 * every]


def test_a_worker_settling_claimed_inputs_is_counted_as_waiting() -> None:
    records = civitai_records(12)
    memo = CountingMemo()
    shared = client(memo)
    digests = [engine._input_digest(MemoDetector.key(r, SNAPSHOT)) for r in records[1:]]
    assert memo.claim_many(digests, os.getpid() + 1) == [None] * 11  # another worker's
    rows = engine._rows_of(records)
    assert rows == [finding_row(Detector().detect(r, SNAPSHOT)) for r in records]
    assert memo.asked_while_waiting and all(memo.asked_while_waiting)
    assert not shared.wanted()

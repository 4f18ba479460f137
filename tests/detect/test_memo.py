"""Detection memoised per distinct input gives exactly the findings of detection per record."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dfaudit.detect import engine
from dfaudit.detect import memo as memo_module
from dfaudit.detect.engine import MEMO_IGNORED, Detector, MemoDetector, finding_row
from dfaudit.detect.evalsets import load_labelled
from dfaudit.detect.memo import CLAIMED, SharedMemo
from dfaudit.records import ModelRecord

DEVSET = Path(__file__).resolve().parents[1] / "devset"
SNAPSHOT = date(2025, 11, 1)


def dev_records() -> list[ModelRecord]:
    items = load_labelled(DEVSET / "devset.jsonl", DEVSET / "labels.jsonl")
    return [item.record for item in items]


def perturbed(record: ModelRecord, n: int) -> ModelRecord:
    """The record with every field detection must not read changed."""
    values = {"model_id": f"9{n}{record.model_id}", "url": f"https://x.test/{n}", "downloads": n}
    return replace(record, **{k: values[k] for k in MEMO_IGNORED[record.platform]})


def test_detection_never_reads_the_memo_s_ignored_fields() -> None:
    """If a signal starts reading an id, URL or download count, this fails: drop the field
    from MEMO_IGNORED (the memo would otherwise give one model another's finding)."""
    detector = Detector()
    records = dev_records()
    assert {r.platform for r in records} == {"civitai", "huggingface"}
    for n, record in enumerate(records):
        expected = finding_row(detector.detect(record, SNAPSHOT))
        assert finding_row(detector.detect(perturbed(record, n + 1), SNAPSHOT)) == expected


def test_memo_gives_each_record_its_own_finding_and_computes_each_input_once() -> None:
    records = dev_records()[:120]
    copies = [perturbed(r, 7) for r in records[:60]]
    changed = [replace(r, name=r.name + " v2") for r in records[:30]]
    stream = records + copies + changed
    plain = Detector()
    memo = MemoDetector(Detector())
    assert [memo.row(r, SNAPSHOT) for r in stream] == [
        finding_row(plain.detect(r, SNAPSHOT)) for r in stream
    ]
    assert memo.hits == 60 and memo.misses == 150
    # another snapshot date is another input (rules depend on it)
    memo.row(records[0], date(2026, 1, 1))
    assert memo.misses == 151


def test_memo_stays_bounded() -> None:
    records = dev_records()[:40]
    memo = MemoDetector(Detector(), max_entries=16)
    for record in records:
        memo.row(record, SNAPSHOT)
    assert 0 < len(memo.memo) <= 16
    assert memo.row(records[-1], SNAPSHOT) == finding_row(Detector().detect(records[-1], SNAPSHOT))


def test_shared_memo_claims_each_input_for_one_worker_until_its_row_comes() -> None:
    shared = SharedMemo()
    assert shared.claim_many([b"a", b"b"], 1) == [None, None]  # worker 1 detects both
    assert shared.claim_many([b"a", b"c"], 2) == [CLAIMED, None]  # worker 2 waits for a
    assert shared.claim_many([b"a"], 1) == [None]  # its own claim
    shared.put_many([(b"a", ("row a",))])
    assert shared.claim_many([b"a", b"b"], 2) == [("row a",), CLAIMED]
    assert shared.claims.keys() == {b"b", b"c"}


def test_a_stale_claim_is_handed_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo_module, "CLAIM_STALE_SECONDS", 0.0)
    shared = SharedMemo()
    assert shared.claim_many([b"a"], 1) == [None]
    assert shared.claim_many([b"a"], 2) == [None]  # worker 1 is gone or far behind


def _ingest_worker(shared: SharedMemo) -> None:
    engine.init_ingest_detection(None, SNAPSHOT, engine.detector_version(), shared)


def _digest(record: ModelRecord) -> bytes:
    key = MemoDetector.key(record, SNAPSHOT)
    assert key is not None
    return engine._input_digest(key)


class _OtherWorkerShares(SharedMemo):
    """A shared memo in which another worker claimed ``digest`` first and shares ``row`` for
    it while this worker detects its own inputs."""

    def __init__(self, digest: bytes, row: object):
        super().__init__()
        self.digest, self.row = digest, row
        assert self.claim_many([digest], os.getpid() + 1) == [None]

    def claim_many(self, digests: list[bytes], worker: int) -> list[object]:
        answers = super().claim_many(digests, worker)
        if worker == os.getpid() and self.digest in digests:
            self.put_many([(self.digest, self.row)])
        return answers


def test_an_input_claimed_by_another_worker_is_taken_from_it_not_detected_again() -> None:
    civitai = [r for r in dev_records() if r.platform == "civitai"][:3]
    marker = finding_row(Detector().detect(civitai[0], SNAPSHOT))  # another record's row
    shared = _OtherWorkerShares(_digest(civitai[1]), marker)
    _ingest_worker(shared)
    rows = engine._rows_of(civitai)
    expected = [finding_row(Detector().detect(r, SNAPSHOT)) for r in civitai]
    assert marker != expected[1]
    # the claimed input's row is the one the other worker shared (here a marker), not detected
    assert rows == [expected[0], marker, expected[2]]
    # this worker's own inputs were shared as soon as detected
    assert shared.get_many([_digest(civitai[0]), _digest(civitai[2])]) == [
        expected[0],
        expected[2],
    ]


def test_inputs_claimed_elsewhere_and_not_shared_yet_are_detected_here() -> None:
    civitai = [r for r in dev_records() if r.platform == "civitai"][:12]
    shared = SharedMemo()
    _ingest_worker(shared)
    assert shared.claim_many([_digest(r) for r in civitai[1:]], os.getpid() + 1) == [None] * 11
    rows = engine._rows_of(civitai)
    assert rows == [finding_row(Detector().detect(r, SNAPSHOT)) for r in civitai]

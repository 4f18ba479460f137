"""Detection memoised per distinct input gives exactly the findings of detection per record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from dfaudit.detect.engine import MEMO_IGNORED, Detector, MemoDetector, finding_row
from dfaudit.detect.evalsets import load_labelled
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

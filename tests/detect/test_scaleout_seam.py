"""The Arrow-batch detect function (the scale-out seam) gives detection's own findings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import msgspec
import pyarrow as pa

from dfaudit.detect.engine import (
    DETECT_BATCH_SCHEMA,
    Detector,
    detect_record_batch,
    finding_row,
)
from dfaudit.detect.evalsets import load_labelled

DEVSET = Path(__file__).resolve().parents[1] / "devset"


def test_detect_record_batch_matches_detector() -> None:
    records = [i.record for i in load_labelled(DEVSET / "devset.jsonl", DEVSET / "labels.jsonl")]
    records = records[:80] + records[:20]  # repeats go through the memo
    encode = msgspec.msgpack.Encoder().encode
    batch = pa.RecordBatch.from_pydict(
        {
            "platform": [r.platform for r in records],
            "model_id": [r.model_id for r in records],
            "record": pa.array([encode(r) for r in records], pa.binary()),
        }
    )
    snapshot = date(2025, 11, 1)
    out = detect_record_batch(batch, snapshot)
    assert out.schema == DETECT_BATCH_SCHEMA and out.num_rows == 100
    detector = Detector()
    expected = [
        {"platform": r.platform, "model_id": r.model_id}
        | dict(
            zip(
                DETECT_BATCH_SCHEMA.names[2:],
                finding_row(detector.detect(r, snapshot))[:-1],  # the last: error hits, no column
                strict=True,
            )
        )
        for r in records
    ]
    assert out.to_pylist() == expected
    assert any(row["likeness"] for row in expected)

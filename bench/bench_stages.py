"""CPU per model of each stage of ingest + process, in one process, on a corpus file.

Run from the repository root (corpus from ``bench/gen_corpus.py``):

  .venv/bin/python bench/bench_stages.py /tmp/real30k.jsonl --limit 5000

For the first ``--limit`` lines it times, one stage after the other: msgspec decode, the
normaliser, the Arrow tables the store writes, the raw page (sha256 + zlib), the msgpack record
round trip detection reads, detection itself (``Detector.detect``: signals, then combiner and
rules, timed apart), the finding row (evidence JSON) and the memo key; then counts the distinct
detection inputs of the whole file (what ``process`` detects with its memo).
"""

from __future__ import annotations

import argparse
import pickle
import time
from dataclasses import replace
from datetime import UTC, datetime
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import msgspec

from dfaudit.collect.prepare import PreparedChunk, unpickle_chunk
from dfaudit.detect.engine import Detector, MemoDetector, finding_row
from dfaudit.detect.findings import combine
from dfaudit.detect.registry import run_signals
from dfaudit.detect.rules import as_date
from dfaudit.records import ModelRecord
from dfaudit.store.normalize import civitai_model_rows, normalize_civitai_model
from dfaudit.store.raw import PageBody
from dfaudit.store.write import model_tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=5000)
    args = parser.parse_args()
    decode = msgspec.json.Decoder().decode
    encode_record = msgspec.msgpack.Encoder().encode
    decode_record = msgspec.msgpack.Decoder(ModelRecord).decode
    with args.corpus.open("rb") as handle:
        lines = [line for _, line in zip(range(args.limit), handle, strict=False)]
    n = len(lines)
    times: dict[str, float] = {}

    def timed(name: str, started: float) -> None:
        times[name] = (time.process_time() - started) / n * 1e6

    t = time.process_time()
    items = [decode(line) for line in lines]
    timed("msgspec decode", t)
    t = time.process_time()
    normalized = [civitai_model_rows(i, raw_bytes=b) for i, b in zip(items, lines, strict=True)]
    timed("normalise (civitai_model_rows, as ingest)", t)
    t = time.process_time()
    tables = model_tables(normalized)
    timed("Arrow tables for the store", t)
    t = time.process_time()
    body = PageBody.of(b"".join(lines))
    timed("raw page: sha256 + zlib level 1 (ISA-L)", t)
    chunk = PreparedChunk(body, replace(tables, records=()), (), n, (), n)
    t = time.process_time()
    pickle.loads(ForkingPickler.dumps(chunk))
    timed("hand-back, the pool's pickle (protocol 4)", t)
    t = time.process_time()
    unpickle_chunk(pickle.loads(ForkingPickler.dumps(pickle.dumps(chunk, protocol=5))))
    timed("hand-back as ingest: protocol 5 in bytes", t)
    records = [n_.model for n_ in normalized]
    t = time.process_time()
    records = [decode_record(encode_record(r)) for r in records]
    timed("record msgpack encode + decode", t)
    detector = Detector()
    snapshot = datetime.now(UTC).date()
    t = time.process_time()
    hits = [run_signals(detector.signals, r) for r in records]
    timed("detection: signals (detect/signals)", t)
    t = time.process_time()
    findings = [
        combine(
            h,
            platform=r.platform,
            likeness_model=detector.likeness_model,
            sexual_model=detector.sexual_model,
            rulebook=detector.rulebook,
            published=as_date(r.created_at),
            snapshot=snapshot,
        )
        for h, r in zip(hits, records, strict=True)
    ]
    timed("detection: combiner + rules", t)
    t = time.process_time()
    for finding in findings:
        finding_row(finding)
    timed("finding row (evidence JSON)", t)
    t = time.process_time()
    for record in records:
        MemoDetector.key(record, snapshot)
    timed("memo key", t)
    print(f"{n} models from {args.corpus.name}, CPU per model:")
    for name, micros in times.items():
        print(f"  {name:40s} {micros:8.0f} us")
    keys: set[object] = set()
    total = 0
    with args.corpus.open("rb") as handle:
        for line in handle:
            record = normalize_civitai_model(decode(line)).model
            keys.add(MemoDetector.key(record, snapshot))
            total += 1
    print(f"distinct detection inputs in the whole file: {len(keys)} of {total}")


if __name__ == "__main__":
    main()

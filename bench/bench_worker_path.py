"""CPU per model of an import worker's work outside detection, in one process, on a corpus file.

Run from the repository root (corpus from ``bench/gen_corpus.py``):

  .venv/bin/python bench/bench_worker_path.py /tmp/real30k.jsonl

Cuts the file into the chunks an import hands its workers, then runs what a worker runs on
each (``prepare_chunk`` with detection fused, then the hand-back pickle) three times: the first
pass detects every distinct input (the memo is empty), the next ones find every input in the
memo, so what they cost is the worker's work outside detection. Then, memo still warm, it
times each step of that work apart (``--rounds`` passes): decode, the normaliser, the Arrow
tables, the raw page, the fused stage with every input a memo hit, the hand-back to the
importing process and freeing what the chunk decoded. One process, no shared memo: the pool's
queues and the memo manager's round trips are not counted (``bench_process.py`` measures the
whole run).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import time
from dataclasses import replace
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from dfaudit.collect.ingest import _line_chunks
from dfaudit.collect.prepare import (
    PreparedChunk,
    decode_json,
    prepare_chunk_pickled,
    unpickle_chunk,
)
from dfaudit.detect.engine import (
    detect_models_table,
    detector_version,
    init_ingest_detection,
    today,
)
from dfaudit.store.normalize import civitai_model_rows
from dfaudit.store.raw import PageBody, items_of
from dfaudit.store.write import model_tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    path = args.corpus
    chunks = list(_line_chunks(path, 0))
    n = sum(len(lines) for lines, _ in chunks)
    init_ingest_detection(None, today(), detector_version(), None)
    for label in ("first pass (detects every distinct input)", "memo-hit pass", "memo-hit pass"):
        started = time.process_time()
        for lines, last in chunks:
            data = prepare_chunk_pickled("civitai", str(path), lines, last, detect_models_table)
            unpickle_chunk(ForkingPickler.loads(ForkingPickler.dumps(data)))
        print(f"{label:44s} {(time.process_time() - started) / n * 1e6:8.1f} us/model")
    times: dict[str, float] = {}

    def timed(name: str, started: float) -> None:
        times[name] = times.get(name, 0.0) + time.process_time() - started

    gc.disable()  # as prepare_chunk does (gc_paused)
    for _ in range(args.rounds):
        for lines, last in chunks:
            t = time.process_time()
            documents = [decode_json(line)[0] for _, line in lines]
            timed("msgspec decode", t)
            t = time.process_time()
            for document in documents:
                items_of(document)
            timed("items_of", t)
            t = time.process_time()
            rows = [
                civitai_model_rows(d, raw_bytes=line)
                for d, (_, line) in zip(documents, lines, strict=True)
            ]
            timed("normalise (civitai_model_rows)", t)
            t = time.process_time()
            tables = model_tables(rows)
            timed("Arrow tables (model_tables)", t)
            t = time.process_time()
            body = PageBody.of(b"".join(line for _, line in lines if isinstance(line, bytes)))
            timed("raw page (sha256 + ISA-L zlib)", t)
            t = time.process_time()
            extra = detect_models_table(tables.models, tables.records)
            timed("fused detection, every input a memo hit", t)
            chunk = PreparedChunk(body, replace(tables, records=()), (), len(rows), (), last, extra)
            t = time.process_time()
            pickle.loads(ForkingPickler.dumps(chunk))
            timed("hand-back, the pool's pickle (protocol 4)", t)
            t = time.process_time()
            unpickle_chunk(pickle.loads(ForkingPickler.dumps(pickle.dumps(chunk, protocol=5))))
            timed("hand-back as ingest does (protocol 5)", t)
            t = time.process_time()
            del documents, rows, tables, chunk, extra, body
            timed("freeing what the chunk decoded", t)
    gc.enable()
    print(f"{n} models from {path.name} in {len(chunks)} chunks, CPU per model:")
    for name, seconds in times.items():
        print(f"  {name:44s} {seconds / args.rounds / n * 1e6:8.1f} us")


if __name__ == "__main__":
    main()

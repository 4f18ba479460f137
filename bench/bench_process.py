"""Ingest + process throughput and peak memory on a generated Civitai corpus.

Run: ``.venv/bin/python bench/bench_process.py 30000`` (or 1000000). Writes the corpus to a
temporary folder, ingests it into a fresh DuckDB file, runs ``process_all`` and prints models/s
and peak RSS. Numbers go into bench/README.md.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from dfaudit.collect.ingest import ingest_files
from dfaudit.pipeline import process_all
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import open_store


def main(n: int, seed: int = 7) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w") as handle:
            for item in iter_civitai_items(n, seed):
                handle.write(json.dumps(item) + "\n")
        with open_store(Path(tmp) / "bench.duckdb") as store:
            started = time.perf_counter()
            ingest_files(store, "civitai", [corpus])
            ingested = time.perf_counter()
            summary = process_all(store, progress=False)
            done = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"models: {n}")
    print(f"ingest: {ingested - started:.1f} s ({n / (ingested - started):,.0f} models/s)")
    print(f"process: {done - ingested:.1f} s ({n / (done - ingested):,.0f} models/s)")
    print(f"ingest+process: {done - started:.1f} s ({n / (done - started):,.0f} models/s)")
    print(f"likeness findings: {summary.detection.likeness}")
    print(f"peak RSS: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30000)

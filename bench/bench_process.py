"""Ingest + process throughput and peak memory on a generated Civitai corpus.

Run: ``.venv/bin/python bench/bench_process.py 30000`` (or 1000000). Writes the corpus to a
temporary folder (or reads ``--corpus FILE`` made by ``bench/gen_corpus.py``), ingests it into a
fresh DuckDB file, runs ``process_all`` and prints models/s and the peak RSS of the main process.
Numbers go into bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from dfaudit.collect.ingest import ingest_files
from dfaudit.pipeline import process_all
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import open_store


def main(n: int, seed: int = 7, corpus_file: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = corpus_file or Path(tmp) / "corpus.jsonl"
        if corpus_file is None:
            with corpus.open("w") as handle:
                for item in iter_civitai_items(n, seed):
                    handle.write(json.dumps(item) + "\n")
        with open_store(Path(tmp) / "bench.duckdb") as store:
            started = time.perf_counter()
            ingested_summary = ingest_files(store, "civitai", [corpus])
            ingested = time.perf_counter()
            summary = process_all(store, progress=False)
            done = time.perf_counter()
    n = ingested_summary.items
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"models: {n}")
    print(f"ingest: {ingested - started:.1f} s ({n / (ingested - started):,.0f} models/s)")
    print(f"process: {done - ingested:.1f} s ({n / (done - ingested):,.0f} models/s)")
    print(f"ingest+process: {done - started:.1f} s ({n / (done - started):,.0f} models/s)")
    print(f"likeness findings: {summary.detection.likeness}")
    # Workers are not counted: a spawned child's ru_maxrss includes the parent pages it shared
    # for an instant before exec, which says nothing about the worker itself.
    print(f"peak RSS: {peak_mb:,.0f} MB (main process)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=30000, help="models to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=None, help="an existing JSONL corpus")
    args = parser.parse_args()
    main(args.n, args.seed, args.corpus)

"""The scale-out seam: the same detect function run by an existing engine over Parquet exports.

Run from the repository root (pyspark is a bench-only install, not a project dependency):

  .venv/bin/pip install pyspark==4.3.0        # needs Java 17+
  .venv/bin/python bench/bench_scaleout.py 20000 --engine spark
  .venv/bin/python bench/bench_scaleout.py 20000 --engine futures   # no Spark: a process pool

It ingests N generated models (or ``--real-shaped``) into a fresh store and runs ``process_all``
(the reference findings), exports the detection inputs (key + msgpack record, headers attached)
to Parquet in row groups, runs :func:`dfaudit.detect.engine.detect_record_batch` over them with
Spark ``mapInArrow`` in local mode (or ``concurrent.futures`` over row groups), writes the
findings as Parquet and checks they equal the store's findings column for column.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dfaudit.collect.ingest import ingest_files
from dfaudit.detect.engine import (
    DETECT_BATCH_SCHEMA,
    detect_record_batch,
    today,
)
from dfaudit.detect.lexicon import Lexicon, load_lexicon
from dfaudit.pipeline import process_all
from dfaudit.records import ModelRecord
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import Store, open_store
from dfaudit.store.load import iter_model_records

INPUT_SCHEMA = pa.schema(
    [("platform", pa.string()), ("model_id", pa.string()), ("record", pa.binary())]
)
ROW_GROUP = 5000
COMPARED = ", ".join(DETECT_BATCH_SCHEMA.names)


def export_inputs(store: Store, path: Path) -> int:
    """Every model's detection input as Parquet (one row group per 5,000 models)."""
    import msgspec

    encode = msgspec.msgpack.Encoder().encode
    count = 0
    with pq.ParquetWriter(path, INPUT_SCHEMA) as writer:
        for batch in iter_model_records(store, batch_size=ROW_GROUP):
            records: list[ModelRecord] = [r for r, _ in batch]
            writer.write_table(
                pa.table(
                    {
                        "platform": [r.platform for r in records],
                        "model_id": [r.model_id for r in records],
                        "record": pa.array([encode(r) for r in records], pa.binary()),
                    },
                    schema=INPUT_SCHEMA,
                )
            )
            count += len(records)
    return count


def _row_group(path: str, index: int, snapshot: date, lexicon: Lexicon) -> pa.Table:
    table = pq.ParquetFile(path).read_row_group(index)
    return pa.Table.from_batches(
        [detect_record_batch(b, snapshot, lexicon) for b in table.to_batches()],
        DETECT_BATCH_SCHEMA,
    )


def run_futures(inputs: Path, output: Path, snapshot: date, lexicon: Lexicon, workers: int) -> None:
    groups = pq.ParquetFile(inputs).num_row_groups
    with ProcessPoolExecutor(workers) as pool, pq.ParquetWriter(output, DETECT_BATCH_SCHEMA) as out:
        futures = [
            pool.submit(_row_group, str(inputs), i, snapshot, lexicon) for i in range(groups)
        ]
        for future in futures:
            out.write_table(future.result())


def run_spark(inputs: Path, output: Path, snapshot: date, lexicon: Lexicon, workers: int) -> None:
    from pyspark.sql import SparkSession  # type: ignore[import-not-found]

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .appName("dfaudit-detect")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "5000")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:

        def detect(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
            for batch in batches:
                yield detect_record_batch(batch, snapshot, lexicon)

        frame = spark.read.parquet(str(inputs)).repartition(workers * 2)
        schema = (
            "platform string, model_id string, likeness boolean, likeness_score double, "
            "target_key string, target_name string, target_gender string, prominence string, "
            "sexual_intent boolean, sexual_intent_score double, minor_risk boolean, "
            "violations array<string>, evidence string"
        )
        frame.mapInArrow(detect, schema).write.mode("overwrite").parquet(str(output))
    finally:
        spark.stop()


def compare(store: Store, output: Path) -> tuple[int, int]:
    """(rows in the engine's output, rows that differ from the store's findings)."""
    source = f"read_parquet('{output}/*.parquet')" if output.is_dir() else f"'{output}'"
    n = int(store.scalar(f"SELECT count(*) FROM {source}") or 0)
    differ = store.scalar(
        f"""
        SELECT count(*) FROM (
            (SELECT {COMPARED} FROM {source}
             EXCEPT ALL
             SELECT {COMPARED.replace("evidence", "evidence::VARCHAR")} FROM findings)
            UNION ALL
            (SELECT {COMPARED.replace("evidence", "evidence::VARCHAR")} FROM findings
             EXCEPT ALL
             SELECT {COMPARED} FROM {source}))
        """
    )
    return n, int(differ or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=20000)
    parser.add_argument("--engine", choices=("spark", "futures"), default="spark")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--real-shaped", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        corpus = tmp / "corpus.jsonl"
        if args.real_shaped:
            from gen_corpus import iter_real_shaped  # type: ignore[import-not-found]

            items: Iterator[dict] = iter_real_shaped(args.n)
        else:
            items = iter_civitai_items(args.n, 7)
        with corpus.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        with open_store(tmp / "s.duckdb") as store:
            ingest_files(store, "civitai", [corpus])
            started = time.perf_counter()
            process_all(store, progress=False)
            reference = time.perf_counter() - started
            snapshot = today()
            lexicon = load_lexicon(store)
            started = time.perf_counter()
            exported = export_inputs(store, tmp / "inputs.parquet")
            export_s = time.perf_counter() - started
            output = tmp / ("findings" if args.engine == "spark" else "findings.parquet")
            started = time.perf_counter()
            runner = run_spark if args.engine == "spark" else run_futures
            runner(tmp / "inputs.parquet", output, snapshot, lexicon, args.workers)
            engine_s = time.perf_counter() - started
            rows, differ = compare(store, output)
    print(f"models: {exported}; process_all (reference) {reference:.1f} s")
    print(f"export of detection inputs to Parquet: {export_s:.1f} s")
    print(f"{args.engine} ({args.workers} workers): {engine_s:.1f} s for {rows} findings")
    print(f"findings differing from the store's: {differ}")
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0 if differ == 0 and rows == exported else 1


if __name__ == "__main__":
    raise SystemExit(main())

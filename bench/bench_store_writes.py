"""Store writes: the cost per model of writing import batches as the store grows.

Run from the repository root:

  .venv/bin/python bench/bench_store_writes.py --models 600000 --group 20000
  .venv/bin/python bench/bench_store_writes.py --models 600000 --group 2000 --checkpoint 16MB

It normalises 2,000 generated models once, then writes copies of them under fresh ids (model
and file ids) with ``write_model_tables`` — ``--group`` models per statement and transaction —
into a fresh store until it holds ``--models``, and prints the wall and CPU time per model for
each fifth of the run, split by statement. ``--checkpoint`` sets DuckDB's checkpoint threshold
(the store's default is 1 GB; DuckDB's own is 16 MB). Ingest writes groups of 20,000.
``--findings`` also writes the models' findings (detected once) in the same transaction, as a
fused ingest does; each line ends with the peak RSS so far (bound DuckDB's memory with
``DFAUDIT_DUCKDB_MEMORY``). ``--as-ingest`` writes as a pooled ``dfaudit ingest`` of one file
of ``--models`` items does: DuckDB on one thread within the import's memory limit, without
dictionary/FSST compression (``collect.ingest._writer_settings``), a ``CHECKPOINT`` each time a
quarter of the models is written and a last one at the end (counted in the last fifth).
"""

from __future__ import annotations

import argparse
import collections
import resource
import tempfile
import time
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from dfaudit.collect.ingest import CHECKPOINTS_PER_FILE, _writer_settings
from dfaudit.detect.engine import (
    detect_models_table,
    detector_version,
    init_ingest_detection,
    today,
    write_ingest_findings,
)
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import open_store
from dfaudit.store.normalize import normalize_civitai_model
from dfaudit.store.write import ModelTables, model_tables, write_model_tables_counted

BASE = 2000


def rekey(table: pa.Table | None, suffix: str) -> pa.Table | None:
    """The table with ``suffix`` added to its model ids (and file ids)."""
    if table is None:
        return None
    for column in ("model_id", "file_id"):
        if column in table.column_names:
            index = table.column_names.index(column)
            fresh = pc.binary_join_element_wise(table[column], pa.scalar(suffix), "")
            table = table.set_column(index, column, fresh)
    return table


class TimedConnection:
    """A DuckDB connection that adds up the time of each kind of statement."""

    def __init__(self, con: Any, totals: collections.Counter[str]):
        self._con = con
        self._totals = totals

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def execute(self, sql: str, *args: Any) -> Any:
        started = time.perf_counter()
        result = self._con.execute(sql, *args)
        words = " ".join(sql.split()).split(" ")
        key = " ".join(w for w in words[:6] if w.isupper() or w.islower())[:32]
        self._totals[key] += time.perf_counter() - started
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=600_000)
    parser.add_argument("--group", type=int, default=20_000, help="models per write")
    parser.add_argument("--checkpoint", default=None, help="DuckDB checkpoint_threshold")
    parser.add_argument("--findings", action="store_true", help="write findings too")
    parser.add_argument("--as-ingest", action="store_true", help="the import's DuckDB settings")
    args = parser.parse_args()
    base = model_tables([normalize_civitai_model(i) for i in iter_civitai_items(BASE, 5)])
    copies = max(1, args.group // BASE)
    findings = None
    if args.findings:
        init_ingest_detection(None, today(), detector_version())
        findings = detect_models_table(base.models, base.records)

    def group_tables(n: int) -> ModelTables:
        parts = [f"-{n}-{k}" for k in range(copies)]
        return ModelTables(
            pa.concat_tables([rekey(base.models, p) for p in parts]),  # type: ignore[misc]
            pa.concat_tables([rekey(base.files, p) for p in parts]),  # type: ignore[misc]
            pa.concat_tables([rekey(base.images, p) for p in parts]),  # type: ignore[misc]
        )

    groups = max(5, args.models // (BASE * copies))
    step = groups // 5
    totals: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "w.duckdb") as store:
        if args.checkpoint:
            store.con.execute(f"SET checkpoint_threshold = '{args.checkpoint}'")
        store.con = TimedConnection(store.con, totals)  # type: ignore[assignment]
        settings = _writer_settings(store) if args.as_ingest else nullcontext()
        checkpoint_every = max(1, groups // CHECKPOINTS_PER_FILE)
        wall, cpu = time.perf_counter(), time.process_time()
        settings.__enter__()
        for n in range(groups):
            tables = group_tables(n)
            with store.transaction():
                _, seen_before = write_model_tables_counted(
                    store, tables, run_id=1, observed_at=datetime.now(UTC)
                )
                if findings is not None:  # as ingest writes them: a plain insert when all new
                    found = [rekey(findings, f"-{n}-{k}") for k in range(copies)]
                    write_ingest_findings(
                        store,
                        pa.concat_tables(found),  # type: ignore[arg-type]
                        not seen_before,
                    )
            if args.as_ingest and (n + 1) % checkpoint_every == 0 and n + 1 < groups:
                store.con.execute("CHECKPOINT")
            if n + 1 == groups:
                settings.__exit__(None, None, None)  # the import's last CHECKPOINT
            if (n + 1) % step == 0:
                done = step * BASE * copies
                now_wall, now_cpu = time.perf_counter(), time.process_time()
                parts = ", ".join(f"{k} {v / done * 1e6:.0f}" for k, v in totals.most_common(4))
                print(
                    f"{(n + 1) * BASE * copies:>9,} models: {(now_wall - wall) / done * 1e6:5.0f} "
                    f"us/model wall, {(now_cpu - cpu) / done * 1e6:4.0f} us CPU  ({parts}), "
                    f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10:,} MB",
                    flush=True,
                )
                wall, cpu = now_wall, now_cpu
                totals.clear()


if __name__ == "__main__":
    main()

"""The import's writes alone: replay a fused import's prepared groups through its writer.

Run from the repository root:

  .venv/bin/python bench/bench_writer_replay.py dump real30k.jsonl DIR   # a fused import, once
  .venv/bin/python bench/bench_writer_replay.py replay DIR [--checkpoints 2,4,6,8] [--sql SQL]

``dump`` runs ``dfaudit.pipeline.ingest`` (detection on the workers) on the corpus and pickles
every group of prepared chunks its writer gets (``collect.ingest._commit_chunks``), in order.
``replay`` writes them again into a fresh store in this process, with the import's DuckDB
settings (``_writer_settings``) and its findings writer, a ``CHECKPOINT`` after the groups named
by ``--checkpoints`` (group numbers from 0; the import's spread checkpoints of a 30,000-model
file fall after groups 2, 4, 6 and 8) and the closing one, and prints the CPU per model (this
thread's and the process's: the closing checkpoint runs on DuckDB's threads) and per statement
kind (``bench_process.TimedConnection``). No worker, no detection: what the main process's
writes cost, repeatable in seconds. ``--sql``: statements run after the settings (``;``-separated,
e.g. ``SET checkpoint_threshold = '1MB'``).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dfaudit.collect.ingest as ingest_module
from dfaudit.collect.runs import Checkpoint, open_run
from dfaudit.detect.engine import write_ingest_findings
from dfaudit.pipeline import ingest
from dfaudit.store.db import open_store

sys.path.insert(0, str(Path(__file__).parent))
from bench_process import TimedConnection  # noqa: E402


def dump(corpus: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    original = ingest_module._commit_chunks
    count = [0]

    def commit_chunks(*args: Any, **kwargs: Any) -> Any:
        with (folder / f"group{count[0]:04d}.pkl").open("wb") as handle:
            pickle.dump(list(args[4]), handle, protocol=5)
        count[0] += 1
        return original(*args, **kwargs)

    ingest_module._commit_chunks = commit_chunks  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "d.duckdb") as store:
            ingest(store, "civitai", [corpus])
    finally:
        ingest_module._commit_chunks = original  # type: ignore[assignment]
    print(f"{count[0]} groups in {folder}")


def replay(folder: Path, checkpoints: set[int], sql: str) -> None:
    groups = [pickle.loads(p.read_bytes()) for p in sorted(folder.glob("group*.pkl"))]
    models = sum(chunk.n_items for group in groups for chunk in group)
    statements: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "r.duckdb") as store:
            store.con = TimedConnection(store.con, statements)  # type: ignore[assignment]
            state = open_run(store, "civitai", {"replay": str(folder)}, kind="import", census=False)
            point = Checkpoint("file:replay", None, 0, 0, False)
            thread0, process0 = time.thread_time(), time.process_time()
            with ingest_module._writer_settings(store):
                for statement in filter(None, (s.strip() for s in sql.split(";"))):
                    store.con.execute(statement)
                for number, chunks in enumerate(groups):
                    point, _ = ingest_module._commit_chunks(
                        store, state.run_id, folder, point, chunks, write_ingest_findings
                    )
                    if number in checkpoints:
                        store.con.execute("CHECKPOINT")
            thread, process = time.thread_time() - thread0, time.process_time() - process0
        size = os.path.getsize(Path(tmp) / "r.duckdb")
    print(
        f"{models} models in {len(groups)} groups: {thread / models * 1e6:.1f} us/model (this "
        f"thread), {process / models * 1e6:.1f} us/model (process), file {size / 1e6:,.0f} MB"
    )
    for kind, (cpu, count) in sorted(statements.items(), key=lambda item: -item[1][0]):
        if cpu >= 0.005:
            print(f"  {kind}: {cpu / models * 1e6:.1f} us/model ({count:.0f})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump")
    dumping.add_argument("corpus", type=Path)
    dumping.add_argument("folder", type=Path)
    replaying = sub.add_parser("replay")
    replaying.add_argument("folder", type=Path)
    replaying.add_argument("--checkpoints", default="2,4,6,8")
    replaying.add_argument("--sql", default="")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.corpus, args.folder)
    else:
        wanted = {int(x) for x in args.checkpoints.split(",") if x.strip()}
        replay(args.folder, wanted, args.sql)

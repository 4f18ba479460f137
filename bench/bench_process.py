"""Ingest + process throughput, CPU time and peak memory on a Civitai corpus.

Run from the repository root:

  .venv/bin/python bench/bench_process.py 30000                 # generated corpus
  .venv/bin/python bench/bench_process.py --real-shaped 30000   # the real catalog, replicated
  .venv/bin/python bench/bench_process.py --corpus FILE         # a JSONL from gen_corpus.py
  .venv/bin/python bench/bench_process.py --corpus FILE --every 100000   # progress lines
  .venv/bin/python bench/bench_process.py --corpus FILE --unfused        # detect in process
  .venv/bin/python bench/bench_process.py --corpus FILE --unfused --ingest-only --every 50000
                                                       # the ingest's memory curve, no detection

Detection runs on ingest's worker processes (``dfaudit.pipeline.ingest``, as ``dfaudit
ingest`` does) unless ``--unfused``; ``process`` then finds those findings current.

It writes the corpus to a temporary folder (unless ``--corpus``), ingests it into a fresh DuckDB
file, runs ``process_all``, then a second ``process_all`` with nothing changed, measures the
msgspec decode floor of the same file (every line decoded, nothing else; best of three fresh
interpreters), and prints wall and
CPU time (user+sys of this process and its workers), models/s, the ratio to the floor, the peak
RSS of the main process and a digest of the findings table (compare it across code versions:
same corpus, same day, same digest). Numbers go into bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

import dfaudit.collect.ingest as ingest_module
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect.engine import shared_memo
from dfaudit.pipeline import detection_stage, process_all
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import Store, open_store

FINDINGS_DIGEST_SQL = """
SELECT count(*), md5(string_agg(md5(concat_ws('|', platform, model_id, likeness,
    round(likeness_score, 9), target_key, target_name, target_gender, prominence, sexual_intent,
    round(sexual_intent_score, 9), minor_risk, violations::VARCHAR, evidence::VARCHAR)), ''
    ORDER BY platform, model_id))
FROM findings
"""


# What ingest stored, independent of when: the models' msgpack records and columns, their files
# and images (compare across code versions: a faster normaliser must store the same rows).
STORE_DIGEST_SQL = """
SELECT (SELECT count(*) FROM models), md5(concat_ws('/',
    (SELECT md5(string_agg(md5(concat_ws('|', platform, model_id, record::VARCHAR, raw_sha256,
        url, name, type, creator, created_at, base_model, tags::VARCHAR, nsfw, nsfw_level, poi,
        minor, downloads, status, description, trained_words::VARCHAR)), ''
        ORDER BY platform, model_id)) FROM models),
    (SELECT md5(string_agg(md5(f::VARCHAR), '' ORDER BY platform, file_id))
        FROM files f),
    (SELECT md5(string_agg(h, '' ORDER BY h)) FROM
        (SELECT md5(i::VARCHAR) AS h FROM images i))))
"""


def cpu_seconds() -> float:
    """User+sys CPU of this process and its finished children (workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def live_children_cpu(fork_server: bool | None = None) -> float:
    """User+sys CPU of this process's children still running — the shared memo's manager and
    the fork server (dfaudit.parallel) — and of the children they reaped (the fork server's
    workers, once they have exited). ``fork_server``: only the fork server (True), only the
    others (False), or all (None)."""
    if not Path("/proc").is_dir():
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != os.getpid():  # ppid
                continue
            command = (stat_file.parent / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if fork_server is not None and (b"forkserver" in command) != fork_server:
            continue
        # utime, stime, cutime, cstime
        total += sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks
    return total


def run_cpu() -> float:
    """CPU of this process, of its children reaped (spawned workers, the memo's manager) and
    of the fork server with the workers it reaped (it lives as long as this process)."""
    return cpu_seconds() + live_children_cpu(fork_server=True)


_FLOOR_PROGRAM = """
import sys, time, msgspec
decode = msgspec.json.Decoder().decode
started = time.perf_counter()
with open(sys.argv[1], "rb") as handle:
    for line in handle:
        if line.strip():
            decode(line)
print(time.perf_counter() - started)
"""


def decode_floor(path: Path, runs: int = 3) -> float:
    """Seconds to decode every line of ``path`` with msgspec (the floor of any ingest): the
    best of ``runs`` decodes, each in a fresh interpreter, so that neither the run's heap nor a
    single slow pass (the floor of one file varied 0.5-0.96 s between runs on a quiet machine)
    moves the ratio."""
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _FLOOR_PROGRAM, str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
        times.append(float(done.stdout.strip()))
    return min(times)


def findings_digest(store: Store) -> tuple[int, str]:
    count, digest = store.query(FINDINGS_DIGEST_SQL)[0]
    return int(count), str(digest)


def store_digest(store: Store) -> tuple[int, str]:
    count, digest = store.query(STORE_DIGEST_SQL)[0]
    return int(count), str(digest)


def write_corpus(path: Path, n: int, seed: int, real_shaped: bool) -> None:
    if real_shaped:
        from gen_corpus import iter_real_shaped  # type: ignore[import-not-found]

        items = iter_real_shaped(n)
    else:
        items = iter_civitai_items(n, seed)
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, separators=(",", ":"), ensure_ascii=False) + "\n")


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set of this process in MB (Linux /proc; else the peak twice)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return peak, peak
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024, peak
    return peak, peak


def duckdb_mb(store: Store) -> str:
    """DuckDB's own account of its memory (buffer pool by tag, and what it spilled), in MB."""
    rows = store.query(
        "SELECT tag, memory_usage_bytes, temporary_storage_bytes FROM duckdb_memory() "
        "WHERE memory_usage_bytes > 16e6 OR temporary_storage_bytes > 16e6 "
        "ORDER BY memory_usage_bytes DESC"
    )
    return ", ".join(f"{tag} {used / 1e6:,.0f}+{spilled / 1e6:,.0f}" for tag, used, spilled in rows)


@contextmanager
def progress_lines(store: Store, every: int) -> Iterator[None]:
    """A progress line every ``every`` models written (0: none), fused or not: written
    models, rate, the main process's CPU per model, its current and peak RSS, DuckDB's memory
    by tag (in use + spilled), Arrow's allocated bytes and the load. The bench wraps the
    ingest's group writer (``_commit_chunks``) to see each group as it is committed."""
    if not every:
        yield
        return
    cpu0, started = os.times(), time.perf_counter()
    state = {"written": 0, "next": every}
    original = ingest_module._commit_chunks

    def commit_chunks(*args: Any, **kwargs: Any) -> Any:
        point, stored = original(*args, **kwargs)
        state["written"] += sum(chunk.n_items for chunk in args[4])
        if state["written"] >= state["next"]:
            state["next"] += every
            wall = time.perf_counter() - started
            # workers' CPU is counted once they exit: this is the main process's share
            own = os.times()
            main_cpu = own.user + own.system - cpu0.user - cpu0.system
            now_mb, peak_mb = rss_mb()
            print(
                f"  {state['written']:,} models: {wall:,.0f} s, "
                f"{state['written'] / wall:,.0f} models/s, main CPU "
                f"{main_cpu / state['written'] * 1e6:,.0f} us/model, RSS {now_mb:,.0f} MB "
                f"(peak {peak_mb:,.0f}), DuckDB [{duckdb_mb(store)}], "
                f"Arrow {pa.total_allocated_bytes() / 1e6:,.0f} MB, "
                f"load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
        return point, stored

    ingest_module._commit_chunks = commit_chunks  # type: ignore[assignment]
    try:
        yield
    finally:
        ingest_module._commit_chunks = original  # type: ignore[assignment]


def main(
    n: int,
    seed: int = 7,
    corpus_file: Path | None = None,
    real_shaped: bool = False,
    fused: bool = True,
    every: int = 0,
    ingest_only: bool = False,
    checkpoint: str | None = None,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = corpus_file or Path(tmp) / "corpus.jsonl"
        if corpus_file is None:
            write_corpus(corpus, n, seed, real_shaped)
        with open_store(Path(tmp) / "bench.duckdb") as store:
            if checkpoint:
                store.con.execute(f"SET checkpoint_threshold = '{checkpoint}'")
            cpu0, started = run_cpu(), time.perf_counter()
            main0 = os.times().user + os.times().system
            with ExitStack() as stack:
                stage = None
                if fused:  # as pipeline.ingest (dfaudit ingest) runs it: one memo for the workers
                    shared = stack.enter_context(shared_memo())
                    stage = detection_stage(store, shared=shared)
                stack.enter_context(progress_lines(store, every))
                ingested_summary = ingest_files(store, "civitai", [corpus], stage=stage)
                manager_cpu = live_children_cpu(fork_server=False)
            cpu1, ingested = run_cpu(), time.perf_counter()
            if ingest_only:
                print(
                    f"ingest only: {ingested - started:.1f} s, CPU {cpu1 - cpu0:.1f} s "
                    f"({(cpu1 - cpu0) / ingested_summary.items * 1e6:,.0f} us/model), "
                    f"peak RSS {rss_mb()[1]:,.0f} MB (main process)"
                )
                return
            summary = process_all(store, progress=False)
            cpu2, done = run_cpu(), time.perf_counter()
            own = os.times()
            main_cpu = own.user + own.system - main0
            likeness = int(store.scalar("SELECT count(*) FROM findings WHERE likeness") or 0)
            again = process_all(store, progress=False)
            cpu3, done_again = run_cpu(), time.perf_counter()
            count, digest = findings_digest(store)
            stored, stored_digest = store_digest(store)
            before_close = run_cpu()
        # the store's last checkpoint (what the run left in the WAL), paid by every command
        close_cpu = run_cpu() - before_close
        # after the run, so that a long run's progress lines start at once (same file, same run)
        floor = decode_floor(corpus)
    n = ingested_summary.items
    total = done - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"models: {n} ({corpus.stat().st_size / 1e6:,.0f} MB of JSON lines)")
    print(f"msgspec decode floor: {floor:.2f} s ({n / floor:,.0f} models/s)")
    print(
        f"ingest: {ingested - started:.1f} s ({n / (ingested - started):,.0f} models/s), "
        f"CPU {cpu1 - cpu0:.1f} s"
    )
    print(
        f"process: {done - ingested:.1f} s ({n / (done - ingested):,.0f} models/s), "
        f"CPU {cpu2 - cpu1:.1f} s; {summary.detection.line()}"
    )
    print(
        f"ingest+process: {total:.1f} s ({n / total:,.0f} models/s, {total / floor:.1f} x floor),"
        f" CPU {cpu2 - cpu0:.1f} s ({(cpu2 - cpu0) / n * 1e6:,.0f} us/model)"
    )
    print(
        f"closing the store (its last checkpoint): CPU {close_cpu:.2f} s; ingest+process+close "
        f"CPU {cpu2 - cpu0 + close_cpu:.1f} s ({(cpu2 - cpu0 + close_cpu) / n * 1e6:,.0f} us/model)"
    )
    print(
        f"main process CPU {main_cpu:.1f} s ({main_cpu / n * 1e6:,.0f} us/model: writes, reading "
        f"lines, process), workers (with the fork server, if any) "
        f"{cpu2 - cpu0 - main_cpu - manager_cpu:.1f} s, "
        f"shared memo manager {manager_cpu:.1f} s"
    )
    print(
        f"second process (nothing changed): {done_again - done:.2f} s "
        f"({(done_again - done) / max(done - started, 1e-9):.1%} of ingest+process), "
        f"CPU {cpu3 - cpu2:.2f} s, {again.detection.models_processed} re-detected"
    )
    print(f"likeness findings: {likeness}")
    print(f"findings digest: {count} rows {digest}")
    print(f"stored models digest (records, files, images): {stored} models {stored_digest}")
    # Workers are not counted: a spawned child's ru_maxrss includes the parent pages it shared
    # for an instant before exec, which says nothing about the worker itself.
    print(f"peak RSS: {peak_mb:,.0f} MB (main process)")
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=30000, help="models to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=None, help="an existing JSONL corpus")
    parser.add_argument(
        "--real-shaped", action="store_true", help="replicate the real catalog (../shared)"
    )
    parser.add_argument(
        "--unfused",
        action="store_true",
        help="ingest without detection, then process (the path before detection was fused)",
    )
    parser.add_argument(
        "--every", type=int, default=0, help="print a progress line every N models written"
    )
    parser.add_argument(
        "--ingest-only",
        action="store_true",
        help="stop after the ingest (with --unfused: no detection at all; for memory curves)",
    )
    parser.add_argument(
        "--checkpoint", default=None, help="DuckDB's checkpoint_threshold (the store's: 1GB)"
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="write a cProfile of each worker into this folder (sets DFAUDIT_PROFILE_DIR)",
    )
    args = parser.parse_args()
    if args.profile is not None:
        os.environ["DFAUDIT_PROFILE_DIR"] = str(args.profile)
    main(
        args.n,
        args.seed,
        args.corpus,
        args.real_shaped,
        not args.unfused,
        args.every,
        args.ingest_only,
        args.checkpoint,
    )

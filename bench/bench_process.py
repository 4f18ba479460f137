"""Ingest + process throughput, CPU time and peak memory on a Civitai corpus.

Run from the repository root:

  .venv/bin/python bench/bench_process.py 30000                 # generated corpus
  .venv/bin/python bench/bench_process.py --real-shaped 30000   # the real catalog, replicated
  .venv/bin/python bench/bench_process.py --corpus FILE         # a JSONL from gen_corpus.py
  .venv/bin/python bench/bench_process.py --corpus FILE --every 100000   # progress lines
  .venv/bin/python bench/bench_process.py --corpus FILE --unfused        # detect in process
  .venv/bin/python bench/bench_process.py --corpus FILE --unfused --ingest-only --every 50000
                                                       # the ingest's memory curve, no detection
  .venv/bin/python bench/bench_process.py --corpus FILE --timeline   # cores busy over time

Detection runs on ingest's worker processes (``dfaudit.pipeline.ingest``, which ``dfaudit
ingest`` runs) unless ``--unfused``; ``process`` then finds those findings current.
``--timeline`` samples the processes' CPU every 50 ms and prints the cores busy per phase of the
run and over time (see :class:`Timeline`).

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
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

import dfaudit.collect.ingest as ingest_module
import dfaudit.detect.engine as engine_module
from dfaudit.collect.ingest import ingest_files
from dfaudit.pipeline import ingest as pipeline_ingest
from dfaudit.pipeline import process_all
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


class Timeline:
    """Cores busy over the run (``--timeline``): every ``interval`` seconds a thread reads the
    CPU (utime+stime, ``/proc/PID/stat``) of this process and of every process below it (found
    through ``/proc/PID/task/TID/children``) — the main process, the fork server with its
    workers ("workers"), the shared memo's manager and the resource tracker ("other"; spawned
    workers, ``DFAUDIT_START_METHOD=spawn``, count there too) — the whole machine's
    (``/proc/stat``: the rest is other sessions') and how many of our threads are runnable
    (state R: what an idle machine would give a core each). ``mark(phase)`` names what the
    import is doing from then on (the bench wraps the ingest's steps to call it; the group
    writer's thread marks its writes); each sample goes to the phase current at its end. A
    process that exits between two samples keeps the CPU it had at its last sample (at most
    one interval of it is lost); the sampler's own CPU is counted as the main process's.

    Under load, wall times and cores busy measure the other sessions as much as the run; the
    load-independent figure is the CPU spent while at most one of our threads could run (the
    serial part: start-up, the writes the workers waited for, the last group, the checkpoint,
    ``process``), from which the wall on two idle cores is at least serial + parallel / 2."""

    BENCH_PHASES = frozenset({"second process, digests", "close (last checkpoint)"})

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.ticks = os.sysconf("SC_CLK_TCK")
        self.pid = os.getpid()
        # t, phase, CPU so far: main, workers, other children, the whole machine; our
        # runnable threads at that instant
        self.samples: list[tuple[float, str, float, float, float, float, float]] = []
        self._own_tid = threading.get_native_id()
        self.phase = "start-up"
        self.phases: list[tuple[float, str]] = []
        self._last: dict[int, float] = {}
        self._kind: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-timeline", daemon=True)
        self.started = time.perf_counter()

    def mark(self, phase: str) -> None:
        self.phase = phase
        self.phases.append((time.perf_counter() - self.started, phase))

    def _children(self, pid: int) -> list[int]:
        found: list[int] = []
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return found
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    found.extend(int(x) for x in handle.read().split())
            except OSError:
                continue
        return found

    def _cpu(self, pid: int) -> float | None:
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / self.ticks

    def _kind_of(self, pid: int, parent_kind: str) -> str:
        """ "workers": the fork server and what it forks; "other": the memo's manager, the
        resource tracker and spawned workers (``DFAUDIT_START_METHOD=spawn``)."""
        if pid not in self._kind:
            kind = parent_kind
            if parent_kind == "main":
                try:
                    command = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    command = b""
                kind = "workers" if b"forkserver" in command else "other"
            self._kind[pid] = kind
        return self._kind[pid]

    def _machine(self) -> float:
        """CPU seconds every process of the machine used so far (``/proc/stat``)."""
        try:
            with open("/proc/stat") as handle:
                fields = handle.readline().split()[1:]
        except OSError:
            return 0.0
        # user nice system idle iowait irq softirq steal: all but idle and iowait
        busy = sum(int(fields[i]) for i in (0, 1, 2, 5, 6, 7) if i < len(fields))
        return busy / self.ticks

    def _runnable(self, pid: int) -> int:
        """Threads of ``pid`` running or waiting for a core (state R), this sampler aside."""
        count = 0
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return 0
        for task in tasks:
            if int(task) == self._own_tid:
                continue
            try:
                with open(f"/proc/{pid}/task/{task}/stat") as handle:
                    state = handle.read().rsplit(")", 1)[1].split(None, 1)[0]
            except (OSError, IndexError):
                continue
            count += state == "R"
        return count

    def sample(self) -> tuple[float, float, float, float, float]:
        """CPU so far of (main, workers, other children) — a dead process's last figure kept —
        of the whole machine, and how many of our threads are runnable now."""
        machine = self._machine()
        seen: dict[int, str] = {self.pid: "main"}
        todo = [self.pid]
        while todo:
            parent = todo.pop()
            for child in self._children(parent):
                if child not in seen:
                    seen[child] = self._kind_of(child, seen[parent])
                    todo.append(child)
        runnable = 0
        for pid in seen:
            cpu = self._cpu(pid)
            if cpu is not None:
                self._last[pid] = cpu
            runnable += self._runnable(pid)
        totals = {"main": 0.0, "workers": 0.0, "other": 0.0}
        for pid, cpu in self._last.items():
            totals["main" if pid == self.pid else self._kind.get(pid, "other")] += cpu
        return totals["main"], totals["workers"], totals["other"], machine, runnable

    def _add(self) -> None:
        now = time.perf_counter() - self.started
        self.samples.append((now, self.phase, *self.sample()))

    def _run(self) -> None:
        self._own_tid = threading.get_native_id()
        while not self._stop.wait(self.interval):
            self._add()

    def __enter__(self) -> Timeline:
        self._kind[self.pid] = "main"
        self.started = time.perf_counter()
        self._add()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._add()

    def report(self, bucket: float = 0.5) -> str:
        """A table of cores busy per phase (ours, and the rest of the machine's: other
        sessions), then a plot over time (one row per ``bucket``)."""
        cores = os.cpu_count() or 1
        per_phase: dict[str, list[float]] = {}
        rows: list[tuple[float, list[float], str]] = []
        serial = parallel = 0.0  # our CPU while at most one / more of our threads could run
        for before, after in zip(self.samples, self.samples[1:], strict=False):
            wall = after[0] - before[0]
            main, workers, other, machine = (
                float(after[i]) - float(before[i]) for i in range(2, 6)
            )
            rest = max(0.0, machine - main - workers - other)
            # cores we could have used: runnable threads (at most a core each), over the wall
            wanted = min(float(cores), float(after[6])) * wall
            figures = [wall, main, workers, other, rest, wanted]
            stats = per_phase.setdefault(str(after[1]), [0.0] * 6)
            for i, value in enumerate(figures):
                stats[i] += value
            rows.append((float(after[0]), figures, str(after[1])))
            if str(after[1]) in self.BENCH_PHASES:
                pass  # the bench's own work after the run, not the run's
            elif float(after[6]) <= 1:
                serial += main + workers + other
            else:
                parallel += main + workers + other
        head = f"{'phase':30s} {'wall s':>6s} {'main':>5s} {'workers':>7s} {'other':>5s}"
        lines = [
            "cores busy per phase (main, workers, other children, ours in all, the rest of the "
            "machine: other sessions), cores our runnable threads wanted (a core each, at most "
            f"{cores}: what an idle machine would have kept busy) and core-seconds nobody used:",
            f"{head} {'ours':>5s} {'rest':>5s} {'wanted':>6s} {'idle core-s':>11s}",
        ]
        total = [0.0] * 6
        for phase, figures in [*per_phase.items(), ("all", total)]:
            if phase != "all":
                total[:] = [a + b for a, b in zip(total, figures, strict=True)]
            wall, main, workers, other, rest, wanted = figures
            ours = main + workers + other
            idle = max(0.0, cores * wall - ours - rest)
            lines.append(
                f"{phase:30s} {wall:6.2f} {main / wall:5.2f} {workers / wall:7.2f} "
                f"{other / wall:5.2f} {ours / wall:5.2f} {rest / wall:5.2f} "
                f"{wanted / wall:6.2f} {idle:11.2f}"
            )
        lines.append(
            f"every {bucket} s from the start: main, workers, rest of the machine, wanted "
            "(m = main, w = workers, . = the rest; 10 characters a core):"
        )
        start, acc, phase = 0.0, [0.0] * 6, ""
        for t, figures, phase_now in rows:
            acc = [a + b for a, b in zip(acc, figures, strict=True)]
            phase = phase_now
            if acc[0] >= bucket:
                m, w, r = acc[1] / acc[0], (acc[2] + acc[3]) / acc[0], acc[4] / acc[0]
                bar = "m" * round(m * 10) + "w" * round(w * 10) + "." * round(r * 10)
                lines.append(
                    f"{start:6.1f} {m:4.2f} {w:4.2f} {r:4.2f} {acc[5] / acc[0]:4.2f} "
                    f"|{bar:<{cores * 10 + 2}s}| {phase}"
                )
                start, acc = t, [0.0] * 6
        run_wall = sum(f[0] for p, f in per_phase.items() if p not in self.BENCH_PHASES)
        lines.append(
            f"ingest+process: our CPU while at most one of our threads could run "
            f"{serial:.2f} s, while more could {parallel:.2f} s; on {cores} idle cores that is "
            f"at least {serial + parallel / cores:.2f} s of wall (it took {run_wall:.2f} s)"
        )
        return "\n".join(lines)


@contextmanager
def timeline_marks(timeline: Timeline | None) -> Iterator[None]:
    """The ingest's steps marked on ``timeline``: the pool's start (fork server, workers),
    reading chunks, the group writes, the last group and the closing checkpoint."""
    if timeline is None:
        yield
        return
    originals = {
        name: getattr(ingest_module, name)
        for name in (
            "spawn_pool",
            "_commit_chunks",
            "_line_chunks",
            "_writer_settings",
            "_checkpoint",
        )
        if hasattr(ingest_module, name)
    }
    state = {"reading": True, "first": True}

    def spawn_pool(*args: Any, **kwargs: Any) -> Any:
        timeline.mark("fork server, workers start")
        return originals["spawn_pool"](*args, **kwargs)

    def line_chunks(*args: Any, **kwargs: Any) -> Any:
        timeline.mark("chunk reading (first chunks)")
        for item in originals["_line_chunks"](*args, **kwargs):
            yield item
            if state["first"]:
                state["first"] = False
                timeline.mark("workers")
        state["reading"] = False
        timeline.mark("workers (file read)")

    def commit_chunks(*args: Any, **kwargs: Any) -> Any:
        last = not state["reading"]
        before = timeline.phase
        timeline.mark("last group(s) write" if last else "main writes a group")
        try:
            return originals["_commit_chunks"](*args, **kwargs)
        finally:
            timeline.mark("workers (file read)" if last else before)

    @contextmanager
    def writer_settings(*args: Any, **kwargs: Any) -> Iterator[None]:
        with originals["_writer_settings"](*args, **kwargs):
            yield
            timeline.mark("closing checkpoint")
        timeline.mark("after the file")

    def checkpoint(*args: Any, **kwargs: Any) -> Any:
        before = timeline.phase
        timeline.mark("checkpoint (file read)")
        try:
            return originals["_checkpoint"](*args, **kwargs)
        finally:
            timeline.mark(before)

    replacements = {
        "_checkpoint": checkpoint,
        "spawn_pool": spawn_pool,
        "_commit_chunks": commit_chunks,
        "_line_chunks": line_chunks,
        "_writer_settings": writer_settings,
    }
    for name in originals:
        setattr(ingest_module, name, replacements[name])
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(ingest_module, name, original)


class MainAccount:
    """Where the main process's CPU goes (``--account``): a thread reads every 0.25 s the CPU of
    each of this process's threads (``/proc/self/task/TID/stat``; the import's group writer, the
    pool's feeder thread that pickles chunks to the workers, its result thread that unpickles
    what they send back, the main thread that reads and cuts lines), and every statement the
    store's connection runs is timed in the thread that runs it (``time.thread_time``, DuckDB
    runs a statement on the caller's thread during an import), by kind: the table an INSERT
    writes, COMMIT, CHECKPOINT, the key semi-joins, the rest. ``phase(name)`` splits the main
    process's CPU into start-up, the import and ``process``."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.ticks = os.sysconf("SC_CLK_TCK")
        self.threads: dict[int, tuple[str, float]] = {}
        self.statements: dict[str, list[float]] = {}
        self.phases: list[tuple[str, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-account", daemon=True)
        self._names: dict[int, str] = {}

    def _sample(self) -> None:
        for thread in threading.enumerate():
            if thread.native_id is not None:
                self._names[thread.native_id] = thread.name
        try:
            tasks = os.listdir("/proc/self/task")
        except OSError:
            return
        for task in tasks:
            try:
                with open(f"/proc/self/task/{task}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            tid = int(task)
            name = self._names.get(tid, "(not Python's: DuckDB, Arrow)")
            self.threads[tid] = (name, (int(fields[11]) + int(fields[12])) / self.ticks)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def phase(self, name: str) -> None:
        own = os.times()
        self.phases.append((name, own.user + own.system))

    def __enter__(self) -> MainAccount:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def timed(self, store: Store) -> TimedConnection:
        return TimedConnection(store.con, self.statements)

    def report(self, models: int) -> str:
        per = 1e6 / models
        lines = ["main process CPU by phase:"]
        for (name, start), (_, end) in zip(self.phases, self.phases[1:], strict=False):
            lines.append(f"  {name}: {end - start:.2f} s ({(end - start) * per:,.0f} us/model)")
        lines.append("main process CPU by thread (whole run, the bench's own threads included):")
        by_name: dict[str, float] = {}
        for name, cpu in self.threads.values():
            key = re.sub(r"\d+", "N", name)
            by_name[key] = by_name.get(key, 0.0) + cpu
        for name, cpu in sorted(by_name.items(), key=lambda item: -item[1]):
            if cpu >= 0.01:
                lines.append(f"  {name}: {cpu:.2f} s ({cpu * per:,.1f} us/model)")
        lines.append("store statements (thread CPU, count):")
        total = 0.0
        for kind, (cpu, count) in sorted(self.statements.items(), key=lambda item: -item[1][0]):
            total += cpu
            if cpu >= 0.005:
                lines.append(f"  {kind}: {cpu:.2f} s ({cpu * per:,.1f} us/model), {count:.0f}")
        lines.append(f"  all statements: {total:.2f} s ({total * per:,.1f} us/model)")
        return "\n".join(lines)


_STATEMENT_KIND = re.compile(
    r"^\s*(?:(INSERT)\b[^(]*?\bINTO\s+(\w+)|(SELECT count\(\*\) FROM _\w+ b WHERE EXISTS)"
    r"|(COMMIT|CHECKPOINT|BEGIN|DELETE FROM \w+|UPDATE \w+|SET|SELECT nextval))",
    re.IGNORECASE,
)


class TimedConnection:
    """A DuckDB connection whose ``execute`` is timed by kind (see :class:`MainAccount`)."""

    def __init__(self, con: Any, statements: dict[str, list[float]]) -> None:
        self._con = con
        self._statements = statements

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def execute(self, sql: str, *args: Any) -> Any:
        found = _STATEMENT_KIND.match(sql)
        if found is None:
            kind = "other"
        elif found.group(1):
            kind = f"INSERT {found.group(2)}"
        elif found.group(3):
            kind = "stored-keys semi-join"
        else:
            kind = found.group(4).split()[0].upper()
            if kind in ("DELETE", "UPDATE"):
                kind = found.group(4)
        started = time.thread_time()
        try:
            return self._con.execute(sql, *args)
        finally:
            entry = self._statements.setdefault(kind, [0.0, 0.0])
            entry[0] += time.thread_time() - started
            entry[1] += 1


@contextmanager
def account_marks(account: MainAccount) -> Iterator[None]:
    """Marks on ``account`` where the import starts reading its file."""
    original = ingest_module._line_chunks

    def line_chunks(*args: Any, **kwargs: Any) -> Any:
        account.phase("ingest (reading, handing out, writing)")
        yield from original(*args, **kwargs)

    ingest_module._line_chunks = line_chunks  # type: ignore[assignment]
    try:
        yield
    finally:
        ingest_module._line_chunks = original  # type: ignore[assignment]


@contextmanager
def memo_manager_cpu() -> Iterator[list[float]]:
    """The shared memo's manager's CPU, read just before ``pipeline.ingest`` stops it (after
    that it is counted with this process's reaped children, the workers' figure)."""
    measured: list[float] = []
    original = engine_module.shared_memo

    @contextmanager
    def shared_memo() -> Iterator[Any]:
        with original() as shared:
            yield shared
            measured.append(live_children_cpu(fork_server=False))

    engine_module.shared_memo = shared_memo
    try:
        yield measured
    finally:
        engine_module.shared_memo = original


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
    timeline: Timeline | None = None,
    account: MainAccount | None = None,
) -> None:
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as timed:
        corpus = corpus_file or Path(tmp) / "corpus.jsonl"
        if corpus_file is None:
            write_corpus(corpus, n, seed, real_shaped)
        with open_store(Path(tmp) / "bench.duckdb") as store:
            if checkpoint:
                store.con.execute(f"SET checkpoint_threshold = '{checkpoint}'")
            if timeline is not None:
                timed.enter_context(timeline)
            if account is not None:
                timed.enter_context(account)
                store.con = account.timed(store)  # type: ignore[assignment]
                timed.enter_context(account_marks(account))
                account.phase("start-up (detector, memo, pool, hashing the file)")
            cpu0, started = run_cpu(), time.perf_counter()
            main0 = os.times().user + os.times().system
            with ExitStack() as stack:
                stack.enter_context(timeline_marks(timeline))
                stack.enter_context(progress_lines(store, every))
                manager = stack.enter_context(memo_manager_cpu())
                if fused:  # dfaudit ingest: detection on the workers, one memo for them
                    ingested_summary = pipeline_ingest(store, "civitai", [corpus])
                else:
                    ingested_summary = ingest_files(store, "civitai", [corpus])
                manager_cpu = manager[0] if manager else live_children_cpu(fork_server=False)
            cpu1, ingested = run_cpu(), time.perf_counter()
            if ingest_only:
                print(
                    f"ingest only: {ingested - started:.1f} s, CPU {cpu1 - cpu0:.1f} s "
                    f"({(cpu1 - cpu0) / ingested_summary.items * 1e6:,.0f} us/model), "
                    f"peak RSS {rss_mb()[1]:,.0f} MB (main process)"
                )
                return
            if timeline is not None:
                timeline.mark("process")
            if account is not None:
                account.phase("process (re-upload links, snapshot)")
            summary = process_all(store, progress=False)
            cpu2, done = run_cpu(), time.perf_counter()
            if account is not None:
                account.phase("end")
            if timeline is not None:
                timeline.mark("second process, digests")
            own = os.times()
            main_cpu = own.user + own.system - main0
            likeness = int(store.scalar("SELECT count(*) FROM findings WHERE likeness") or 0)
            again = process_all(store, progress=False)
            cpu3, done_again = run_cpu(), time.perf_counter()
            count, digest = findings_digest(store)
            stored, stored_digest = store_digest(store)
            before_close = run_cpu()
            if timeline is not None:
                timeline.mark("close (last checkpoint)")
        # the store's last checkpoint (what the run left in the WAL), paid by every command
        close_cpu = run_cpu() - before_close
        if timeline is not None:
            timed.close()
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
    if timeline is not None:
        print(timeline.report())
    if account is not None:
        print(account.report(n))


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
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="sample the processes' CPU every 50 ms: cores busy per phase and over time",
    )
    parser.add_argument(
        "--account",
        action="store_true",
        help="the main process's CPU by phase, by thread and by store statement",
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
        Timeline() if args.timeline else None,
        MainAccount() if args.account else None,
    )

"""Detection on worker processes gives exactly the findings of detection in-process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dfaudit import parallel
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect import engine
from dfaudit.detect.engine import process_store
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.db import open_store

COLUMNS = (
    "platform, model_id, likeness, likeness_score, target_key, target_gender, prominence, "
    "sexual_intent, minor_risk, violations, evidence"
)


def findings_of(tmp_path: Path, name: str, corpus: Path, workers: int) -> list[tuple[object, ...]]:
    with open_store(tmp_path / f"{name}.duckdb") as store:
        ingest_files(store, "civitai", [corpus])
        summary = process_store(store, progress=False, workers=workers)
        assert summary.models_processed == 360
        return store.query(f"SELECT {COLUMNS} FROM findings ORDER BY platform, model_id")


def test_workers_match_inline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus.jsonl"
    items = list(iter_civitai_items(300, seed=5))
    # 60 copies under new ids, some in the same batch as their original, some in later ones:
    # detected once per distinct input, and each copy gets its original's finding
    copies = [{**item, "id": int(item["id"]) + 10_000_000} for item in items[::5]]
    corpus.write_text("".join(json.dumps(item) + "\n" for item in items + copies))
    monkeypatch.setattr(engine, "PARALLEL_MIN_MODELS", 1)
    monkeypatch.setattr(engine, "BATCH_SIZE", 70)  # several batches in flight
    monkeypatch.setattr(engine, "CHUNK_SIZE", 25)
    inline = findings_of(tmp_path, "inline", corpus, workers=1)
    parallel = findings_of(tmp_path, "parallel", corpus, workers=2)
    assert len(inline) == 360
    assert parallel == inline
    by_id = {row[1]: row[2:] for row in inline}
    for item in copies:
        assert by_id[str(item["id"])] == by_id[str(int(item["id"]) - 10_000_000)]
    assert any(row[2] for row in inline) and not all(row[2] for row in inline)


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.WORKERS_ENV, "3")
    assert parallel.worker_count() == 3
    assert parallel.worker_count(1) == 1
    monkeypatch.setenv(parallel.WORKERS_ENV, "lots")
    assert parallel.worker_count() >= 1


ORPHANS = """
import sys, time
from dfaudit.parallel import spawn_pool
if __name__ == "__main__":
    pool = spawn_pool(2)
    futures = [pool.submit(time.sleep, 60) for _ in range(6)]  # more queued than running
    time.sleep(0.5)
    while not all(p.pid for p in pool._processes.values()):
        time.sleep(0.1)
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(120)
"""


def _parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has exited; only its parent-to-be has not reaped it


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to watch the workers")
@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_pool_workers_leave_soon_after_a_kill_9_of_their_parent(
    tmp_path: Path, method: str
) -> None:
    """Spawned workers are the command's children; forked ones are the fork server's, which
    leaves with the command: either way they leave soon after a kill -9 of the command."""
    if method not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    script = tmp_path / "orphans.py"
    script.write_text(ORPHANS)
    env = {**os.environ, parallel.START_METHOD_ENV: method}
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert parent.stdout is not None
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(pids) == 2 and all(_alive(pid) for pid in pids)
        parents = {_parent_of(pid) for pid in pids}
        assert (parents == {parent.pid}) == (method == "spawn")
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
    killed = time.monotonic()
    while any(_alive(pid) for pid in pids) and time.monotonic() - killed < 10:
        time.sleep(0.05)
    left = [pid for pid in pids if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "pool workers outlived their killed parent by 10 s"
    # a loaded machine may delay it; unloaded it is within PARENT_POLL_SECONDS
    assert time.monotonic() - killed < 5


def test_gc_paused_restores_the_collector_as_it_was() -> None:
    import gc

    assert gc.isenabled()
    with parallel.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with parallel.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(KeyError), parallel.gc_paused():
        raise KeyError("x")
    assert gc.isenabled()


WORKER_IMPORTS = """
import sys
import dfaudit.collect.prepare
import dfaudit.detect.engine as engine
import dfaudit.detect.lexicon
engine.init_ingest_detection(None, engine.today(), engine.detector_version())
engine.Detector()
for name in engine.worker_modules():
    __import__(name)
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & {"duckdb", "rich"})))
"""


def test_workers_start_without_duckdb_or_rich() -> None:
    """What an import's and detection's workers import (the preparing side of an import,
    detection, a lexicon) pulls in neither DuckDB nor rich: ~0.15 s of CPU per worker."""
    done = subprocess.run(
        [sys.executable, "-c", WORKER_IMPORTS], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


def test_start_method(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.delenv(parallel.START_METHOD_ENV, raising=False)
    default = parallel.start_method()
    assert default in ("forkserver", "spawn")
    assert (default == "forkserver") == ("forkserver" in multiprocessing.get_all_start_methods())
    monkeypatch.setenv(parallel.START_METHOD_ENV, "spawn")
    assert parallel.start_method() == "spawn"
    monkeypatch.setenv(parallel.START_METHOD_ENV, "fork")  # never: the command holds DuckDB
    assert parallel.start_method() == default

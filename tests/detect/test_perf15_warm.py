"""The fork server loads detection's tables before it forks the workers (perf15): the workers
start with them, and findings are the same as without the warm-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dfaudit.detect import engine
from dfaudit.detect.engine import _table_loader, worker_modules

# A worker forked by the fork server (preloaded with worker_modules()) reports, before it
# detects anything, whether the Korean and pinyin gender tables and the name tables are loaded
# and whether the server froze its objects out of the collector.
PROBE = """
def state():
    import gc
    from dfaudit.detect import east_asian, findings, names
    loaded = [f.cache_info().currsize for f in (findings._korean_rows, findings._pinyin_shares,
              names.first_names, east_asian.tables)]
    return {"loaded": loaded, "frozen": gc.get_freeze_count() > 0}
"""
IN_A_WORKER = """
import json, sys
from dfaudit.detect.engine import worker_modules
from dfaudit.parallel import spawn_pool
from probe import state

if __name__ == "__main__":
    preload = worker_modules() if sys.argv[1] == "yes" else worker_modules()[:-1]
    with spawn_pool(1, preload=preload) as pool:
        print(json.dumps(pool.submit(state).result(timeout=300)))
"""


def _worker_state(folder: Path, warm: str) -> dict[str, object]:
    (folder / "probe.py").write_text(PROBE)
    script = folder / "server.py"
    script.write_text(IN_A_WORKER)
    paths = [str(folder), *os.environ.get("PYTHONPATH", "").split(os.pathsep)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    done = subprocess.run(
        [sys.executable, str(script), warm], capture_output=True, text=True, timeout=600, env=env
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_forked_workers_start_with_the_tables_loaded(tmp_path: Path) -> None:
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return  # spawned workers load their own tables (nothing preloaded)
    assert worker_modules()[-1] == "dfaudit.detect_warm"
    assert _worker_state(tmp_path, "yes") == {"loaded": [1, 1, 1, 1], "frozen": True}
    # the twin: a server preloaded without the warm-up forks workers without the tables
    assert _worker_state(tmp_path, "no") == {"loaded": [0, 0, 0, 0], "frozen": False}


def test_table_loader_takes_cached_functions_of_no_argument_only() -> None:
    from functools import lru_cache

    @lru_cache(maxsize=1)
    def table() -> int:
        return 1

    @lru_cache(maxsize=1)
    def keyed(key: str) -> str:
        return key

    @lru_cache(maxsize=64)
    def many() -> int:
        return 2

    def plain() -> int:
        return 3

    here = __name__
    assert _table_loader(table, here)
    assert not _table_loader(keyed, here)
    assert not _table_loader(many, here)
    assert not _table_loader(plain, here)
    assert not _table_loader(table, "dfaudit.detect.names")  # imported from elsewhere


# Findings of invented records detected in a fresh process, with and without the warm-up first:
# byte-identical rows (the tables are pure functions of the package's data).
ROWS = """
import json, sys
from datetime import date
from dfaudit.detect import engine
from dfaudit.records import ModelRecord
if sys.argv[1] == "yes":
    engine.warm_up()
records = [
    ModelRecord(platform="civitai", model_id="1", url="", name="Tarin Oblesk", model_type="LORA",
                description="The singer Tarin Oblesk, 30 photos.", tags=("woman", "celebrity")),
    ModelRecord(platform="civitai", model_id="2", url="", name="박하윤 LoRA", model_type="LORA",
                description="Korean actress 박하윤 (Hayun Park).", tags=("korean",)),
    ModelRecord(platform="civitai", model_id="3", url="", name="Zhao Lingyue", model_type="LORA",
                description="Chinese actress Zhao Lingyue.", tags=("realistic",)),
    ModelRecord(platform="civitai", model_id="4", url="", name="Rusty Barn", model_type="LORA",
                description="An old barn in the rain, photo style.", tags=("building",)),
]
detector = engine.Detector()
print(json.dumps([list(engine.finding_row(detector.detect(r, date(2025, 11, 1))))
                  for r in records], default=str))
"""


def test_findings_are_the_same_with_and_without_the_warm_up() -> None:
    outputs = []
    for warm in ("yes", "no"):
        done = subprocess.run(
            [sys.executable, "-c", ROWS, warm], capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    rows = json.loads(outputs[0])
    assert rows[0][0] is True and rows[3][0] is False  # a person, and its twin without one


def test_warm_up_loads_every_table_loader_of_the_per_record_modules() -> None:
    import importlib

    from dfaudit import _native

    engine.warm_up()
    loaders = []
    for name in _native.COMPILED:
        if name.startswith("dfaudit.detect."):
            module = importlib.import_module(name)
            loaders += [v for v in vars(module).values() if _table_loader(v, name)]
    assert len(loaders) >= 20
    assert all(loader.cache_info().currsize == 1 for loader in loaders)  # type: ignore[attr-defined]

"""Worker processes for CPU-bound stages (normalising imports, detection).

Workers are always *spawned*, never forked: the parent holds a DuckDB connection and its
threads, which a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

WORKERS_ENV = "DFAUDIT_WORKERS"
MAX_WORKERS = 8


def can_spawn() -> bool:
    """Whether spawned workers can start: they re-import the main script, which must exist
    (it does not when Python reads the program from standard input)."""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


def worker_count(requested: int | None = None) -> int:
    """Worker processes to use: ``requested``, else ``DFAUDIT_WORKERS``, else one per CPU;
    one (work in this process) where workers cannot be spawned."""
    if not can_spawn():
        return 1
    if requested is None:
        env = os.environ.get(WORKERS_ENV, "").strip()
        requested = int(env) if env.isdigit() else (os.cpu_count() or 1)
    return max(1, min(requested, MAX_WORKERS))


def spawn_pool(
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=initializer,
        initargs=initargs,
    )

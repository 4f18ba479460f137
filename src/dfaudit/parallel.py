"""Worker processes for CPU-bound stages (normalising imports, detection).

Workers are never forked from the command itself: it holds a DuckDB connection and its
threads, which a forked child must not inherit. Where the platform has it, they are forked from
a *fork server* (``multiprocessing``'s ``forkserver``): a clean process the command starts once
(on its first pool), which imports the modules the workers need (``preload``) and then forks
each worker, so those imports — pyarrow, the normaliser, detection and its patterns, ~0.6 s of
CPU per process — are paid once per command instead of once per worker. Elsewhere workers are
spawned (a fresh interpreter each). A forked worker has the server's environment, i.e. the
command's as it was when its first pool started (``DFAUDIT_PURE`` set by a stale build's guard
is there: the guard runs when ``dfaudit.detect`` or ``dfaudit.store`` is imported, before any
pool).

A spawned child normally runs the parent's main script again (as ``__mp_main__``) before its
work; for ``dfaudit`` that script imports the whole CLI, about 2.5 s of CPU per child. Every
function a child runs here lives in an importable module, so children are started with the
script hidden (:func:`main_script_hidden`) and import only what their work needs.

``DFAUDIT_PROFILE_DIR``: every pool worker writes a cProfile of itself there
(``worker-PID.prof``) when it exits.

A worker leaves within ``PARENT_POLL_SECONDS`` of its parent's death (a kill -9 of an import):
without that, it went on with the chunks already queued to it, for ~15 s. A forked worker's
parent is the fork server, which leaves as soon as the command is gone (``multiprocessing``
closes its "alive" pipe): the worker then sees its parent change and leaves too.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

WORKERS_ENV = "DFAUDIT_WORKERS"
PROFILE_ENV = "DFAUDIT_PROFILE_DIR"
MAX_WORKERS = 8
PARENT_POLL_SECONDS = 0.25
# "spawn" forces fresh interpreters (for comparisons: bench/README.md, ninth round)
START_METHOD_ENV = "DFAUDIT_START_METHOD"


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


@contextmanager
def main_script_hidden() -> Iterator[None]:
    """While inside, processes spawned do not run the main script again (see above): it is
    hidden from ``multiprocessing`` (``__main__.__file__``), as for an interactive session."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or path is None or getattr(main, "__spec__", None) is not None:
        yield  # no script, or run with -m (a module path, handled by multiprocessing itself)
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


class _Pool(ProcessPoolExecutor):
    def _spawn_process(self) -> None:  # the one place the pool starts a worker
        with main_script_hidden():
            super()._spawn_process()  # type: ignore[misc]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while inside (back to how it was after).

    For a chunk's work on a worker: decoding, normalising and detecting 2,000 models allocate
    hundreds of thousands of containers, and the collections they set off (each full one
    scanning the detector's caches too) cost ~20 % of a worker's CPU on the real-shaped corpus
    (bench/README.md). What the chunk leaves behind is freed by reference counts; the rare
    reference cycle waits for the next collection after the chunk."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def exit_with_parent(parent: int) -> None:
    """In a child process: leave at once (``os._exit``) when the process ``parent`` that
    started it is gone, checked every ``PARENT_POLL_SECONDS`` by a daemon thread.

    ``parent`` is the command; the child's own parent is either the command (spawned) or the
    fork server the command started (forked): the child leaves when its own parent changes (it
    died: the fork server dies with the command) or, in the second case, when the command is
    gone."""
    own = os.getppid()
    if own != parent and not _alive(parent):
        os._exit(0)

    def watch() -> None:
        while os.getppid() == own and (own == parent or _alive(parent)):
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="dfaudit-exit-with-parent", daemon=True).start()


def _worker_started(parent: int, initializer: Callable[..., None] | None, *args: Any) -> None:
    """Worker initialiser: leave with the command, then ``initializer(*args)``."""
    exit_with_parent(parent)
    if initializer is not None:
        initializer(*args)


def _profiled(folder: str, initializer: Callable[..., None] | None, *args: Any) -> None:
    """Worker initialiser: ``initializer(*args)``, then a cProfile of the rest of the worker's
    life, written to ``folder/worker-PID.prof`` as it exits."""
    import cProfile
    from multiprocessing import util

    if initializer is not None:
        initializer(*args)
    profile = cProfile.Profile()
    target = str(Path(folder) / f"worker-{os.getpid()}.prof")
    util.Finalize(None, profile.dump_stats, args=(target,), exitpriority=100)
    profile.enable()


def start_method() -> str:
    """How workers start: ``forkserver`` where the platform has it (unless
    ``DFAUDIT_START_METHOD=spawn``), else ``spawn``."""
    if os.environ.get(START_METHOD_ENV, "").strip() == "spawn":
        return "spawn"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _context(preload: Sequence[str]) -> multiprocessing.context.BaseContext:
    method = start_method()
    context = multiprocessing.get_context(method)
    # Read when the server starts (this process's first pool; it serves every later one): the
    # modules the first pool's workers need. Modules a later pool needs beyond those are
    # imported by its workers themselves, as spawned ones would.
    if method == "forkserver" and preload:
        context.set_forkserver_preload(["dfaudit.parallel", *preload])
    return context


def start_fork_server(preload: Sequence[str] = ()) -> None:
    """Start the fork server now, with ``preload`` (see :func:`spawn_pool`), where workers are
    forked: its imports then run on another core while this process goes on (reading, hashing,
    loading the lexicon), instead of when the first pool forks its first worker, which waits for
    them. Does nothing where workers are spawned, or once the server runs."""
    if start_method() != "forkserver":
        return
    _context(preload)  # the modules to preload, read when the server starts
    from multiprocessing import forkserver

    forkserver.ensure_running()


def spawn_pool(
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    preload: Sequence[str] = (),
) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, forked from the fork server or spawned (see above;
    profiled with ``DFAUDIT_PROFILE_DIR``). The functions it runs must live in importable
    modules: the main script is not run in the workers (:func:`main_script_hidden`).
    ``preload``: modules the workers need, imported once by the fork server."""
    initargs = (os.getpid(), initializer, *initargs)
    initializer = _worker_started
    folder = os.environ.get(PROFILE_ENV, "").strip()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        initargs = (str(Path(folder).resolve()), initializer, *initargs)
        initializer = _profiled
    return _Pool(
        max_workers=workers,
        mp_context=_context(preload),
        initializer=initializer,
        initargs=initargs,
    )

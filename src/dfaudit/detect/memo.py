"""The memo ingest's worker processes share (:func:`shared_memo`), in a process of its own.

Kept apart from :mod:`dfaudit.detect.engine` so that the manager process imports only this
module (a few standard-library modules), not detection, Arrow and DuckDB.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from multiprocessing.managers import BaseManager
from typing import Any

from dfaudit.parallel import exit_with_parent, main_script_hidden

MEMO_MAX_ENTRIES = 50_000
# What :meth:`SharedMemo.claim_many` answers for an input another worker is detecting.
CLAIMED = "claimed"
# A claim older than this is stale (its worker is gone or far behind): it is handed out again.
CLAIM_STALE_SECONDS = 30.0


class SharedMemo:
    """Finding rows by a digest of their detection input, shared by ingest's worker processes
    (it lives in a manager process: :func:`shared_memo`), so that an input one worker detected
    is not detected again by another. Bounded like ``engine.MemoDetector``.

    Workers ask with :meth:`claim_many`: an input nobody knows is claimed by the asking worker,
    which detects it and puts its row; another worker asking meanwhile is told it is claimed
    and waits for the row (``get_many``) instead of detecting it too. Without claims, both
    workers asked before either answered, and an input in two chunks in flight was detected
    twice."""

    def __init__(self, max_entries: int = MEMO_MAX_ENTRIES):
        self.rows: dict[bytes, Any] = {}
        self.claims: dict[bytes, tuple[int, float]] = {}  # digest: (worker, when claimed)
        self.max_entries = max_entries

    def get_many(self, digests: list[bytes]) -> list[Any]:
        return [self.rows.get(d) for d in digests]

    def claim_many(self, digests: list[bytes], worker: int) -> list[Any]:
        """For each digest: its row when known; :data:`CLAIMED` while another worker's fresh
        claim holds it; else None, and the input is now claimed by ``worker``."""
        now = time.monotonic()
        out: list[Any] = []
        for digest in digests:
            row = self.rows.get(digest)
            if row is None:
                claim = self.claims.get(digest)
                if (
                    claim is not None
                    and claim[0] != worker
                    and now - claim[1] < CLAIM_STALE_SECONDS
                ):
                    row = CLAIMED
                else:
                    if len(self.claims) >= self.max_entries:
                        self.claims.clear()
                    self.claims[digest] = (worker, now)
            out.append(row)
        return out

    def put_many(self, items: list[tuple[bytes, Any]]) -> None:
        for digest, row in items:
            if len(self.rows) >= self.max_entries:
                self.rows.clear()
            self.rows[digest] = row
            self.claims.pop(digest, None)

    def wanted(self) -> bool:
        """Whether a worker is waiting for claimed rows now (then rows are shared as they are
        detected, else once per chunk). In one process: always."""
        return True

    def waiting(self) -> AbstractContextManager[None]:
        """Held by a worker while it waits for rows another worker claimed."""
        return nullcontext()


class SharedMemoClient:
    """What ingest's workers hold: the manager's :class:`SharedMemo` (a proxy: each call is a
    round trip to its process) and a count of waiting workers in shared memory, read without a
    round trip. On a corpus of distinct inputs nobody waits, so each worker shares its rows once
    per chunk (one call) instead of every few detections; a worker that waits for claimed rows
    raises the count, and the others share as they detect until it is done."""

    def __init__(self, memo: Any, waiters: Any):
        self.memo = memo
        self.waiters = waiters  # a multiprocessing Value("i"), inherited by spawned workers

    def claim_many(self, digests: list[bytes], worker: int) -> list[Any]:
        return list(self.memo.claim_many(digests, worker))

    def get_many(self, digests: list[bytes]) -> list[Any]:
        return list(self.memo.get_many(digests))

    def put_many(self, items: list[tuple[bytes, Any]]) -> None:
        self.memo.put_many(items)

    def wanted(self) -> bool:
        return bool(self.waiters.value > 0)

    @contextmanager
    def waiting(self) -> Iterator[None]:
        with self.waiters.get_lock():
            self.waiters.value += 1
        try:
            yield
        finally:
            with self.waiters.get_lock():
                self.waiters.value -= 1


class _MemoManager(BaseManager):
    pass


_MemoManager.register("SharedMemo", SharedMemo)


@contextmanager
def shared_memo() -> Iterator[SharedMemoClient]:
    """A :class:`SharedMemo` in a spawned manager process, as a :class:`SharedMemoClient`
    (passed to spawned workers as they start: the waiting count is inherited, not sent)."""
    context = multiprocessing.get_context("spawn")
    manager = _MemoManager(ctx=context)
    with main_script_hidden():
        # the manager leaves when the process that started it is gone (a kill -9 of an
        # import must not leave it behind; the pool's workers do the same)
        manager.start(exit_with_parent, (os.getpid(),))
    try:
        yield SharedMemoClient(manager.SharedMemo(), context.Value("i", 0))  # type: ignore[attr-defined]
    finally:
        manager.shutdown()

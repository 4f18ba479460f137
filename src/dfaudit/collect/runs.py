"""Runs, checkpoints and raw pages: the bookkeeping that makes every crawl resumable and exact.

A page is written together with the checkpoint that follows it and the items it held, in one
transaction: a crawl killed at any moment (SIGKILL included) loses at most the page in flight,
which the next run of the same command fetches again. Nothing is stored twice: observations are
keyed by (model, run) and models by their id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dfaudit.store.db import Store
from dfaudit.store.raw import PageBody


@dataclass(frozen=True)
class Checkpoint:
    stream: str
    next_cursor: str | None
    pages: int
    items: int
    done: bool


@dataclass(frozen=True)
class RunState:
    run_id: int
    resumed: bool
    checkpoints: Mapping[str, Checkpoint]


def params_key(params: Mapping[str, Any]) -> str:
    """Canonical text of the parameters that define what a run collects."""
    return json.dumps(params, sort_keys=True, separators=(",", ":"), default=str)


def now_utc() -> datetime:
    return datetime.now(UTC)


def open_run(
    store: Store, source: str, params: Mapping[str, Any], *, kind: str = "crawl", census: bool
) -> RunState:
    """Resume the unfinished run with these parameters, or start a new one."""
    key = params_key(params)
    row = store.query(
        "SELECT run_id FROM runs WHERE source = ? AND params_key = ? AND status = 'running' "
        "AND kind = ? ORDER BY run_id DESC LIMIT 1",
        [source, key, kind],
    )
    if row:
        run_id = int(row[0][0])
        points = store.query(
            "SELECT stream, next_cursor, pages, items, done FROM checkpoints WHERE run_id = ?",
            [run_id],
        )
        checkpoints = {
            p[0]: Checkpoint(p[0], p[1], int(p[2]), int(p[3]), bool(p[4])) for p in points
        }
        return RunState(run_id, True, checkpoints)
    run_id = int(store.scalar("SELECT nextval('run_ids')"))
    store.con.execute(
        "INSERT INTO runs (run_id, source, kind, params_key, params, started_at, status, census) "
        "VALUES (?, ?, ?, ?, ?, ?, 'running', ?)",
        [run_id, source, kind, key, key, now_utc(), census],
    )
    return RunState(run_id, False, {})


def write_page(
    store: Store,
    *,
    run_id: int,
    stream: str,
    seq: int,
    method: str,
    url: str,
    status: int,
    body: bytes | PageBody,
    fetched_at: datetime,
    n_items: int,
) -> int:
    """Insert one raw page (evidence: request, time, status, sha256 of the body as it came)."""
    stored = body if isinstance(body, PageBody) else PageBody.of(body)
    page_id = int(store.scalar("SELECT nextval('page_ids')"))
    store.con.execute(
        "INSERT INTO raw_pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            page_id,
            run_id,
            stream,
            seq,
            method,
            url,
            fetched_at,
            status,
            stored.sha256,
            stored.data,
            stored.encoding,
            n_items,
        ],
    )
    return page_id


def save_checkpoint(
    store: Store,
    run_id: int,
    checkpoint: Checkpoint,
    *,
    requests: int = 0,
    retries: int = 0,
    faults: int = 0,
) -> None:
    """Record where a stream stands, and add this step's request counters to the run."""
    store.con.execute(
        "INSERT OR REPLACE INTO checkpoints VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            checkpoint.stream,
            checkpoint.next_cursor,
            checkpoint.pages,
            checkpoint.items,
            checkpoint.done,
            now_utc(),
        ],
    )
    if requests or retries or faults:
        store.con.execute(
            "UPDATE runs SET requests = requests + ?, retries = retries + ?, faults = faults + ? "
            "WHERE run_id = ?",
            [requests, retries, faults, run_id],
        )


def finish_run(
    store: Store, run_id: int, *, on_census: Callable[[Store, int, datetime], int] | None = None
) -> int:
    """Mark a run complete; for a census, ``on_census`` marks what it did not see as removed."""
    when = now_utc()
    removed = 0
    with store.transaction():
        census = bool(store.scalar("SELECT census FROM runs WHERE run_id = ?", [run_id]))
        if census and on_census is not None:
            removed = on_census(store, run_id, when)
        store.con.execute(
            "UPDATE runs SET status = 'complete', finished_at = ? WHERE run_id = ?",
            [when, run_id],
        )
    return removed

"""Runs, checkpoints and raw pages: the bookkeeping that makes every crawl resumable and exact.

A page is written together with the checkpoint that follows it and the items it held, in one
transaction: a crawl killed at any moment (SIGKILL included) loses at most the page in flight,
which the next run of the same command fetches again. Nothing is stored twice: observations are
keyed by (model, run) and models by their id.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
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
    """Resume the unfinished run with these parameters, or start a new one.

    Unfinished means ``running`` or ``interrupted`` (a killed or stopped process: see
    ``store.db``); a resumed run is ``running`` again and continues from its checkpoints.
    """
    key = params_key(params)
    row = store.query(
        "SELECT run_id FROM runs WHERE source = ? AND params_key = ? "
        "AND status IN ('running', 'interrupted') AND kind = ? ORDER BY run_id DESC LIMIT 1",
        [source, key, kind],
    )
    if row:
        run_id = int(row[0][0])
        store.con.execute("UPDATE runs SET status = 'running' WHERE run_id = ?", [run_id])
        points = store.query(
            "SELECT stream, next_cursor, pages, items, done FROM checkpoints WHERE run_id = ?",
            [run_id],
        )
        checkpoints = {
            p[0]: Checkpoint(p[0], p[1], int(p[2]), int(p[3]), bool(p[4])) for p in points
        }
        write_progress(store, run_id, source, "running", checkpoints.values())
        return RunState(run_id, True, checkpoints)
    run_id = int(store.scalar("SELECT nextval('run_ids')"))
    store.con.execute(
        "INSERT INTO runs (run_id, source, kind, params_key, params, started_at, status, census) "
        "VALUES (?, ?, ?, ?, ?, ?, 'running', ?)",
        [run_id, source, kind, key, key, now_utc(), census],
    )
    write_progress(store, run_id, source, "running", ())
    return RunState(run_id, False, {})


def progress_path(db_path: Path) -> Path:
    """The small JSON file beside the database where a crawl reports how far it got."""
    return db_path.with_name(db_path.name + ".progress.json")


def write_progress(
    store: Store,
    run_id: int,
    source: str,
    status: str,
    checkpoints: Any,
) -> None:
    """Replace the progress file atomically (``dfaudit status`` reads it while a crawl holds
    the database's lock). In-memory stores have none."""
    if store.path is None:
        return
    target = progress_path(store.path)
    document = {
        "run_id": run_id,
        "source": source,
        "status": status,
        "updated_at": now_utc().isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "streams": [
            {
                "stream": c.stream,
                "pages": c.pages,
                "items": c.items,
                "done": c.done,
            }
            for c in checkpoints
        ],
    }
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream)
        os.replace(name, target)
    except OSError:
        return  # progress is a convenience; never let it stop a crawl


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
    if store.path is not None:
        source = store.scalar("SELECT source FROM runs WHERE run_id = ?", [run_id])
        points = store.query(
            "SELECT stream, next_cursor, pages, items, done FROM checkpoints WHERE run_id = ?",
            [run_id],
        )
        write_progress(
            store,
            run_id,
            str(source),
            "running",
            [Checkpoint(p[0], p[1], int(p[2]), int(p[3]), bool(p[4])) for p in points],
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
    if store.path is not None:
        source = store.scalar("SELECT source FROM runs WHERE run_id = ?", [run_id])
        write_progress(store, run_id, str(source), "complete", ())
    return removed

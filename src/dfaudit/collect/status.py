"""What the store holds, per source: runs, pages, items and checkpoints.

While a crawl holds the database's write lock, nobody else can open it, so the crawl also keeps
a small progress file beside it (``collect.runs.write_progress``) that :func:`read_progress`
reads instead.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dfaudit.collect.runs import progress_path
from dfaudit.store.db import Store


@dataclass(frozen=True)
class SourceStatus:
    source: str
    runs: int
    complete_runs: int
    running_runs: int
    interrupted_runs: int
    pages: int
    items: int
    requests: int
    retries: int
    faults: int
    last_started: str | None
    checkpoints: tuple[str, ...]


@dataclass(frozen=True)
class StoreStatus:
    sources: tuple[SourceStatus, ...]
    models: dict[str, int]
    bounties: int
    findings: int
    headers: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def store_status(store: Store) -> StoreStatus:
    """Runs, pages, items and open checkpoints per source, and table sizes."""
    rows = store.query(
        """
        SELECT r.source,
               count(*),
               count(*) FILTER (WHERE r.status = 'complete'),
               count(*) FILTER (WHERE r.status = 'running'),
               count(*) FILTER (WHERE r.status = 'interrupted'),
               COALESCE(sum(c.pages), 0), COALESCE(sum(c.items), 0),
               sum(r.requests), sum(r.retries), sum(r.faults),
               strftime(max(r.started_at), '%Y-%m-%d %H:%M:%S')
        FROM runs r
        LEFT JOIN (SELECT run_id, sum(pages) AS pages, sum(items) AS items
                   FROM checkpoints GROUP BY run_id) c USING (run_id)
        GROUP BY r.source ORDER BY r.source
        """
    )
    open_points = store.query(
        """
        SELECT r.source, c.stream || ' @ ' || COALESCE(c.next_cursor, 'start')
               || ' (run ' || r.run_id || ', ' || c.pages || ' pages)'
        FROM checkpoints c JOIN runs r USING (run_id)
        WHERE r.status IN ('running', 'interrupted') AND NOT c.done
        ORDER BY r.run_id, c.stream
        """
    )
    points: dict[str, list[str]] = {}
    for source, text in open_points:
        points.setdefault(source, []).append(text)
    sources = tuple(
        SourceStatus(
            source=r[0],
            runs=int(r[1]),
            complete_runs=int(r[2]),
            running_runs=int(r[3]),
            interrupted_runs=int(r[4]),
            pages=int(r[5]),
            items=int(r[6]),
            requests=int(r[7] or 0),
            retries=int(r[8] or 0),
            faults=int(r[9] or 0),
            last_started=r[10],
            checkpoints=tuple(points.get(r[0], [])),
        )
        for r in rows
    )
    models = dict(store.query("SELECT platform, count(*) FROM models GROUP BY 1 ORDER BY 1"))
    return StoreStatus(
        sources=sources,
        models={str(k): int(v) for k, v in models.items()},
        bounties=int(store.scalar("SELECT count(*) FROM bounties") or 0),
        findings=int(store.scalar("SELECT count(*) FROM findings") or 0),
        headers=int(store.scalar("SELECT count(*) FROM headers") or 0),
    )


def read_progress(db_path: Path) -> dict[str, Any] | None:
    """The progress file a running crawl keeps beside ``db_path``, or None when there is none."""
    try:
        value = json.loads(progress_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None

"""What the store holds, per source: runs, pages, items and checkpoints."""

from __future__ import annotations

from dataclasses import dataclass

from dfaudit.store.db import Store


@dataclass(frozen=True)
class SourceStatus:
    source: str
    runs: int
    complete_runs: int
    running_runs: int
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


def store_status(store: Store) -> StoreStatus:
    """Runs, pages, items and open checkpoints per source, and table sizes."""
    rows = store.query(
        """
        SELECT r.source,
               count(*),
               count(*) FILTER (WHERE r.status = 'complete'),
               count(*) FILTER (WHERE r.status = 'running'),
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
        WHERE r.status = 'running' AND NOT c.done ORDER BY r.run_id, c.stream
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
            pages=int(r[4]),
            items=int(r[5]),
            requests=int(r[6] or 0),
            retries=int(r[7] or 0),
            faults=int(r[8] or 0),
            last_started=r[9],
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

"""Removal and re-appearance timelines, per model and per target, from what the runs saw.

Pure reads. A model is *removed* when a complete census of its platform no longer lists it, or
when it is seen with a removal status (``taken_down``, ``disabled``); it *comes back* when a later
run lists it again under the same id, or when a copy of its file (a ``reuploads`` link) appears
elsewhere. ``models.removed_at`` is cleared when a model comes back, so the history is rebuilt
from ``observations`` and census runs; ``models.removed_at`` is the fallback for stores without
observation history.

Removal times are *interval-censored*: a crawl sees a model listed, then a later one finds it
gone, so the removal happened somewhere between the last run that saw it (``removed_after``) and
the first that did not (``removed_at``). Only that interval is reported. A model already gone
(or taken down) when first observed has no observed removal time at all: its publication-to-
first-crawl span says how late the crawl came, not how fast the platform acted.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from dfaudit.store.db import Store

REMOVED_STATUSES = frozenset({"taken_down", "disabled", "removed", "deleted"})
_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class Copy:
    """A re-upload of a model's file elsewhere (the ``b`` side of a link)."""

    platform: str
    model_id: str
    sha256: str
    first_seen: datetime | None
    removed_at: datetime | None
    after_removal: bool  # appeared after the original was removed: it came back there
    days_up: float | None  # from first seen to its removal, or to now while still up


@dataclass(frozen=True, slots=True)
class ModelTimeline:
    """When a model appeared, was removed, came back, and where its copies are."""

    platform: str
    model_id: str
    created_at: datetime | None
    first_seen: datetime | None
    last_seen: datetime | None
    removed_at: datetime | None  # first run that found it gone (upper bound of the removal)
    removed_after: datetime | None  # last run that saw it up before that (lower bound)
    days_to_removal_min: float | None  # removed_after - created: up at least this long
    days_to_removal_max: float | None  # removed_at - created: removed within this long
    removals: tuple[datetime, ...]
    returns: tuple[datetime, ...]  # the same id listed again after a removal
    copies: tuple[Copy, ...]
    still_up: bool
    days_up_since_return: float | None  # since the last return, while still up

    @property
    def removal_observed(self) -> bool:
        """True when a run saw the model up before one found it gone (a bounded interval)."""
        return self.removed_at is not None and self.removed_after is not None

    @property
    def came_back(self) -> bool:
        return bool(self.returns) or any(c.after_removal for c in self.copies)


@dataclass(frozen=True, slots=True)
class TargetTimeline:
    """Removals and comebacks of every likeness model of one target."""

    target_key: str
    models: int
    removed: int
    removal_observed: int  # removed models seen up by an earlier run (a bounded interval)
    median_days_to_removal_min: float | None  # over removal_observed models
    median_days_to_removal_max: float | None
    came_back: int  # removed models that returned (same id or a copy after removal)
    copies: int
    copies_still_up: int


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _days(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / _DAY, 3)


_CANDIDATES_SQL = """
WITH census AS (
    SELECT source AS platform, run_id, coalesce(finished_at, started_at) AS at
    FROM runs WHERE census AND status = 'complete'
),
seen AS (
    SELECT platform, model_id, min(observed_at) AS first_obs, count(DISTINCT run_id) AS runs_seen,
           bool_or(status IN ({removed})) AS any_removed_status
    FROM observations GROUP BY platform, model_id
),
gaps AS (
    SELECT s.platform, s.model_id
    FROM seen s JOIN census c ON c.platform = s.platform AND c.at >= s.first_obs
    LEFT JOIN observations o
      ON o.platform = s.platform AND o.model_id = s.model_id AND o.run_id = c.run_id
    WHERE o.run_id IS NULL
    GROUP BY s.platform, s.model_id
)
SELECT platform, model_id FROM models WHERE removed_at IS NOT NULL OR status IN ({removed})
UNION SELECT platform, model_id FROM seen WHERE any_removed_status
UNION SELECT platform, model_id FROM gaps
UNION SELECT platform_a, model_id_a FROM reuploads
"""


def _candidates(store: Store, likeness_only: bool) -> list[tuple[str, str]]:
    removed = ", ".join(f"'{s}'" for s in sorted(REMOVED_STATUSES))
    sql = _CANDIDATES_SQL.format(removed=removed)
    if likeness_only:
        sql = (
            f"SELECT c.platform, c.model_id FROM ({sql}) c JOIN findings f "
            "ON f.platform = c.platform AND f.model_id = c.model_id WHERE f.likeness"
        )
    return sorted((str(p), str(m)) for p, m in store.query(sql))


def _load_table(store: Store, sql: str, keys: list[tuple[str, str]]) -> list[tuple[Any, ...]]:
    if not keys:
        return []
    # A registered Arrow table, not a temp table: this works on a read-only store too.
    table = pa.table({"platform": [k[0] for k in keys], "model_id": [k[1] for k in keys]})
    store.con.register("_timeline_keys", table)
    try:
        return store.query(sql)
    finally:
        store.con.unregister("_timeline_keys")


def _walk(
    events: list[tuple[datetime, bool]],
) -> tuple[list[datetime], list[datetime], bool, datetime | None]:
    """Removals and returns from time-ordered (when, listed) points, whether it is up now, and
    the last point that saw it listed before the first removal (None: never seen up before)."""
    removals: list[datetime] = []
    returns: list[datetime] = []
    up = True
    last_up: datetime | None = None
    for when, listed in sorted(events, key=lambda e: e[0]):
        if listed and not removals:
            last_up = when
        if up and not listed:
            removals.append(when)
            up = False
        elif not up and listed:
            returns.append(when)
            up = True
    return removals, returns, up, last_up if removals else None


def model_timelines(
    store: Store, *, likeness_only: bool = False, now: datetime | None = None
) -> list[ModelTimeline]:
    """Timelines of every model that was removed, has gaps in its census history, or was copied."""
    now = _utc(now) or datetime.now(UTC)
    keys = _candidates(store, likeness_only)
    models = {
        (r[0], r[1]): r[2:]
        for r in _load_table(
            store,
            "SELECT m.platform, m.model_id, timezone('UTC', m.created_at), "
            "timezone('UTC', m.first_seen), timezone('UTC', m.last_seen), "
            "timezone('UTC', m.removed_at), m.status "
            "FROM models m JOIN _timeline_keys k USING (platform, model_id)",
            keys,
        )
    }
    observations: dict[tuple[str, str], list[tuple[datetime, bool]]] = defaultdict(list)
    for platform, model_id, at, status in _load_table(
        store,
        "SELECT o.platform, o.model_id, timezone('UTC', o.observed_at), o.status "
        "FROM observations o JOIN _timeline_keys k USING (platform, model_id)",
        keys,
    ):
        observations[(platform, model_id)].append(
            (at.replace(tzinfo=UTC), status not in REMOVED_STATUSES)
        )
    census: dict[str, list[tuple[int, datetime]]] = defaultdict(list)
    for platform, run_id, at in store.query(
        "SELECT source, run_id, timezone('UTC', coalesce(finished_at, started_at)) FROM runs "
        "WHERE census AND status = 'complete'"
    ):
        census[platform].append((int(run_id), at.replace(tzinfo=UTC)))
    seen_runs: dict[tuple[str, str], set[int]] = defaultdict(set)
    for platform, model_id, run_id in _load_table(
        store,
        "SELECT o.platform, o.model_id, o.run_id FROM observations o "
        "JOIN _timeline_keys k USING (platform, model_id)",
        keys,
    ):
        seen_runs[(platform, model_id)].add(int(run_id))
    copies = _copies(store, keys, now)
    out: list[ModelTimeline] = []
    for key in keys:
        if key not in models:
            continue
        created, first_seen, last_seen, removed_at, status = models[key]
        created, first_seen, last_seen = _utc(created), _utc(first_seen), _utc(last_seen)
        events = list(observations.get(key, []))
        if events:
            first_obs = min(e[0] for e in events)
            for run_id, at in census.get(key[0], []):
                if at >= first_obs and run_id not in seen_runs[key]:
                    events.append((at, False))
        removals, returns, up, last_up = _walk(events)
        if not removals and removed_at is not None:
            removals, up = [_utc(removed_at)], False  # type: ignore[list-item]
            last_up = None  # no run history: when it went is not bounded from below
        if status in REMOVED_STATUSES:
            up = False
        first_removal = removals[0] if removals else None
        model_copies = tuple(
            Copy(
                c.platform,
                c.model_id,
                c.sha256,
                c.first_seen,
                c.removed_at,
                bool(first_removal and c.first_seen and c.first_seen >= first_removal),
                c.days_up,
            )
            for c in copies.get(key, [])
        )
        out.append(
            ModelTimeline(
                platform=key[0],
                model_id=key[1],
                created_at=created,
                first_seen=first_seen,
                last_seen=last_seen,
                removed_at=first_removal,
                removed_after=last_up,
                days_to_removal_min=_days(created, last_up) if last_up else None,
                days_to_removal_max=_days(created, first_removal) if last_up else None,
                removals=tuple(removals),
                returns=tuple(returns),
                copies=model_copies,
                still_up=up,
                days_up_since_return=_days(returns[-1], now) if returns and up else None,
            )
        )
    return out


def _copies(
    store: Store, keys: list[tuple[str, str]], now: datetime
) -> dict[tuple[str, str], list[Copy]]:
    out: dict[tuple[str, str], list[Copy]] = defaultdict(list)
    for pa_, ma, pb, mb, sha, first_b, removed_b, status_b in _load_table(
        store,
        "SELECT r.platform_a, r.model_id_a, r.platform_b, r.model_id_b, r.sha256, "
        "timezone('UTC', r.first_seen_b), timezone('UTC', m.removed_at), m.status "
        "FROM reuploads r JOIN _timeline_keys k "
        "ON k.platform = r.platform_a AND k.model_id = r.model_id_a "
        "LEFT JOIN models m ON m.platform = r.platform_b AND m.model_id = r.model_id_b "
        "ORDER BY r.first_seen_b, r.platform_b, r.model_id_b",
        keys,
    ):
        first, removed = _utc(first_b), _utc(removed_b)
        if removed is None and status_b in REMOVED_STATUSES:
            removed = now
        out[(pa_, ma)].append(
            Copy(pb, mb, sha, first, removed, False, _days(first, removed or now))
        )
    return out


def target_timelines(store: Store, *, now: datetime | None = None) -> list[TargetTimeline]:
    """Per target (canonical key; never publish it unpseudonymised): removals and comebacks."""
    by_model = {(t.platform, t.model_id): t for t in model_timelines(store, now=now)}
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for platform, model_id, target in store.query(
        "SELECT platform, model_id, target_key FROM findings "
        "WHERE likeness AND target_key IS NOT NULL ORDER BY ALL"
    ):
        groups[str(target)].append((platform, model_id))
    out: list[TargetTimeline] = []
    for target, members in sorted(groups.items()):
        timelines = [by_model[m] for m in members if m in by_model]
        removed = [t for t in timelines if t.removed_at is not None]
        observed = [t for t in removed if t.removal_observed]
        low = [t.days_to_removal_min for t in observed if t.days_to_removal_min is not None]
        high = [t.days_to_removal_max for t in observed if t.days_to_removal_max is not None]
        copies = [c for t in timelines for c in t.copies]
        out.append(
            TargetTimeline(
                target_key=target,
                models=len(members),
                removed=len(removed),
                removal_observed=len(observed),
                median_days_to_removal_min=statistics.median(low) if low else None,
                median_days_to_removal_max=statistics.median(high) if high else None,
                came_back=sum(1 for t in removed if t.came_back),
                copies=len(copies),
                copies_still_up=sum(1 for c in copies if c.removed_at is None),
            )
        )
    return out

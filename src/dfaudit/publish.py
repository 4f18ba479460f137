"""The review snapshot: what ``process`` publishes for the review app, atomically, at its end.

DuckDB allows one writing process per file and a census crawl holds the store for hours, so the
review app (``web/``) never opens the store. At the end of every ``process`` run this module
copies what the queue and the finding pages need — likeness findings with their evidence, the
model's metadata as the platform showed it, the raw page's sha256 and fetch time, observations,
re-uploads, safetensors header metadata and the rules — into a small SQLite file written under a
temporary name and renamed over ``<db>.snapshot.sqlite``. Readers see the old snapshot or the
new one, never half of one.

This module reads the store only; it sits below ``web/`` and imports nothing above ``detect/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dfaudit.store.db import Store

SNAPSHOT_SUFFIX = ".snapshot.sqlite"
SNAPSHOT_VERSION = "1"
BATCH_ROWS = 20_000
# Header metadata can hold megabytes of tag frequencies; the page shows a bounded excerpt.
MAX_HEADER_METADATA = 64 * 1024

SNAPSHOT_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- The queue's columns, one row per likeness finding; rowid = rank, so the queue reads in order.
CREATE TABLE findings (
    rank INTEGER PRIMARY KEY,         -- 1 = reviewed first (risk x reach)
    platform TEXT NOT NULL,
    model_id TEXT NOT NULL,
    name TEXT, type TEXT, creator TEXT, created_at TEXT, downloads INTEGER, nsfw_level INTEGER,
    status TEXT, removed_at TEXT,
    pseudonym TEXT,                   -- the target's stable pseudonym
    target_name TEXT,                 -- shown only to roles the deployment allows
    target_gender TEXT, prominence TEXT,
    sexual_intent INTEGER NOT NULL, minor_risk INTEGER NOT NULL,
    likeness_score REAL NOT NULL,
    violations TEXT                   -- JSON list of rule ids
);
-- Everything else a finding page shows, by rank.
CREATE TABLE details (
    rank INTEGER PRIMARY KEY,
    url TEXT, base_model TEXT,
    tags TEXT,                        -- JSON list, as the platform gave it
    nsfw INTEGER, poi INTEGER, minor INTEGER, description TEXT,
    trained_words TEXT,               -- JSON list
    first_seen TEXT, last_seen TEXT,
    raw_sha256 TEXT,                  -- sha256 of the item's JSON as it came
    page_sha256 TEXT, page_fetched_at TEXT, page_url TEXT,  -- the raw page holding it
    sexual_intent_score REAL,
    evidence TEXT,                    -- JSON list of hits and violations
    detector_version TEXT, processed_at TEXT
);
CREATE TABLE observations (
    platform TEXT NOT NULL, model_id TEXT NOT NULL, observed_at TEXT, downloads INTEGER,
    status TEXT
);
CREATE TABLE reuploads (
    sha256 TEXT, platform_a TEXT, model_id_a TEXT, platform_b TEXT, model_id_b TEXT,
    first_seen_a TEXT, first_seen_b TEXT
);
CREATE TABLE headers (
    platform TEXT NOT NULL, model_id TEXT NOT NULL, file_name TEXT, status TEXT,
    header_sha256 TEXT, metadata TEXT
);
CREATE TABLE rules (
    id TEXT PRIMARY KEY, platform TEXT, effective_from TEXT, effective_to TEXT, severity TEXT,
    text TEXT
);
"""

SNAPSHOT_INDEXES = """
CREATE UNIQUE INDEX findings_key ON findings (platform, model_id);
CREATE INDEX findings_pseudonym ON findings (pseudonym);
-- One index per filter: its entries are in rowid (= rank) order, so a filtered queue page reads
-- only matching rows, already ranked.
CREATE INDEX findings_minor_risk ON findings (minor_risk);
CREATE INDEX findings_sexual_intent ON findings (sexual_intent);
CREATE INDEX findings_prominence ON findings (prominence);
CREATE INDEX findings_platform ON findings (platform);
CREATE INDEX findings_type ON findings (type);
-- Narrow and covering: counts under any filter read this, not the rows.
CREATE INDEX findings_facets ON findings (minor_risk, sexual_intent, prominence, platform, type,
                                          pseudonym);
CREATE INDEX observations_model ON observations (platform, model_id, observed_at);
CREATE INDEX reuploads_a ON reuploads (platform_a, model_id_a);
CREATE INDEX reuploads_b ON reuploads (platform_b, model_id_b);
CREATE INDEX headers_model ON headers (platform, model_id);
"""

# Risk x reach: minor risk first, then sexual intent, private/unknown targets, downloads, recency.
RANK_ORDER = (
    "f.minor_risk DESC, f.sexual_intent DESC, "
    "(f.prominence IS NULL OR f.prominence = 'private_or_unknown') DESC, "
    "m.downloads DESC NULLS LAST, m.created_at DESC NULLS LAST, f.platform, f.model_id"
)


def _ts(column: str) -> str:
    """A TIMESTAMPTZ as ISO 8601 text in UTC, made by DuckDB (converting in Python is slow)."""
    return f"strftime(timezone('UTC', {column}), '%Y-%m-%dT%H:%M:%S+00:00')"


# The queue's order is worked out over narrow columns first (a window over every likeness
# finding's wide row — descriptions, evidence — held 1.9 GB at a million models and ran out of
# DuckDB's memory); the wide rows are then read one range of ranks at a time.
_RANK_TABLE = "publish_rank"
_RANK_SQL = f"""
CREATE OR REPLACE TEMP TABLE {_RANK_TABLE} AS
SELECT f.platform, f.model_id, row_number() OVER (ORDER BY {RANK_ORDER}) AS rank
FROM findings f
LEFT JOIN models m USING (platform, model_id)
WHERE f.likeness
"""
RANK_CHUNK = 100_000  # likeness findings read per query
_FINDINGS_SQL = f"""
SELECT r.rank, f.platform, f.model_id,
       m.name, m.type, m.creator, {_ts("m.created_at")}, m.downloads, m.nsfw_level, m.status,
       {_ts("m.removed_at")}, f.target_key, f.target_name, f.target_gender, f.prominence,
       f.sexual_intent::INTEGER, f.minor_risk::INTEGER, f.likeness_score,
       coalesce(to_json(f.violations), '[]')::VARCHAR,
       m.url, m.base_model, coalesce(to_json(m.tags), '[]')::VARCHAR, m.nsfw::INTEGER,
       m.poi::INTEGER, m.minor::INTEGER, m.description,
       coalesce(to_json(m.trained_words), '[]')::VARCHAR, {_ts("m.first_seen")},
       {_ts("m.last_seen")}, m.raw_sha256, p.body_sha256, {_ts("p.fetched_at")}, p.request_url,
       f.sexual_intent_score, CAST(f.evidence AS VARCHAR), f.detector_version,
       {_ts("f.processed_at")}
FROM {_RANK_TABLE} r
JOIN findings f USING (platform, model_id)
LEFT JOIN models m USING (platform, model_id)
LEFT JOIN raw_pages p ON p.page_id = m.page_id
WHERE r.rank > ? AND r.rank <= ?
ORDER BY r.rank
"""
QUEUE_WIDTH = 19  # the first 19 columns go to ``findings``, the rank and the rest to ``details``

_LIKENESS_KEYS = "(SELECT platform, model_id FROM findings WHERE likeness)"

# What the snapshot is made of, summed up cheaply: when nothing here changed since the last
# publish, ``process`` keeps the snapshot instead of rewriting it (minutes at census scale).
_FINGERPRINT_SQL = """
SELECT (SELECT count(*) || '|' || coalesce(max(processed_at)::VARCHAR, '') || '|'
               || coalesce(sum(hash(input_sha256)), 0) FROM findings WHERE likeness),
       (SELECT count(*) || '|' || coalesce(max(last_seen)::VARCHAR, '') || '|'
               || coalesce(sum(hash(raw_sha256)), 0) FROM models),
       (SELECT count(*) || '|' || coalesce(max(observed_at)::VARCHAR, '') FROM observations),
       (SELECT count(*) FROM reuploads),
       (SELECT count(*) || '|' || coalesce(max(fetched_at)::VARCHAR, '') FROM headers),
       (SELECT count(*) FROM raw_pages)
"""


@dataclass(frozen=True)
class PublishSummary:
    """What one publish wrote."""

    path: Path
    findings: int
    seconds: float
    unchanged: bool = False

    def line(self) -> str:
        if self.unchanged:
            return f"review snapshot: {self.path.name} is up to date ({self.findings} findings)"
        return (
            f"review snapshot: {self.findings} likeness findings published to {self.path.name} "
            f"in {self.seconds:.1f} s"
        )


def snapshot_path(db_path: str | Path) -> Path:
    """The snapshot published beside the store: ``<db>.snapshot.sqlite``."""
    db = Path(db_path)
    return db.with_name(db.name + SNAPSHOT_SUFFIX)


def publish_snapshot(store: Store, target: Path | None = None) -> PublishSummary | None:
    """Write the review snapshot of ``store`` and rename it into place (None for a store in
    memory, which has no place beside it)."""
    if target is None:
        if store.path is None:
            return None
        target = snapshot_path(store.path)
    started = time.perf_counter()
    from dfaudit.detect.pseudonym import pseudonym_key, render

    key = pseudonym_key(store)
    fingerprint = "|".join(
        [SNAPSHOT_VERSION, hashlib.sha256(key).hexdigest()[:16]]
        + [str(v) for v in store.query(_FINGERPRINT_SQL)[0]]
    )
    existing = published_meta(target)
    if existing.get("fingerprint") == fingerprint:
        return PublishSummary(
            target, int(existing.get("findings", 0)), time.perf_counter() - started, True
        )
    temporary = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    con = sqlite3.connect(temporary)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(SNAPSHOT_SCHEMA)
        count = 0
        pseudonyms: dict[str, str] = {}
        for rows in _ranked_findings(store):
            queue, details = [], []
            for row in rows:
                target_key = row[11]
                if target_key is not None and target_key not in pseudonyms:
                    pseudonyms[target_key] = render(key, target_key)
                pseudonym = pseudonyms.get(target_key) if target_key is not None else None
                queue.append((*row[:11], pseudonym, *row[12:QUEUE_WIDTH]))
                details.append((row[0], *row[QUEUE_WIDTH:]))
            con.executemany(f"INSERT INTO findings VALUES ({_marks(QUEUE_WIDTH)})", queue)
            con.executemany(f"INSERT INTO details VALUES ({_marks(len(details[0]))})", details)
            count += len(queue)
        _copy(
            store,
            con,
            "observations",
            f"SELECT platform, model_id, {_ts('observed_at')}, downloads, status "
            f"FROM observations WHERE (platform, model_id) IN {_LIKENESS_KEYS}",
        )
        _copy(
            store,
            con,
            "reuploads",
            "SELECT sha256, platform_a, model_id_a, platform_b, model_id_b, "
            f"{_ts('first_seen_a')}, {_ts('first_seen_b')} "
            f"FROM reuploads WHERE (platform_a, model_id_a) IN {_LIKENESS_KEYS} "
            f"OR (platform_b, model_id_b) IN {_LIKENESS_KEYS}",
        )
        _copy(
            store,
            con,
            "headers",
            "SELECT fl.platform, fl.model_id, fl.name, h.status, h.header_sha256, "
            f"CASE WHEN length(CAST(h.metadata AS VARCHAR)) <= {MAX_HEADER_METADATA} "
            "THEN CAST(h.metadata AS VARCHAR) END "
            "FROM headers h JOIN files fl ON fl.platform = h.platform AND fl.file_id = h.file_id "
            f"WHERE (fl.platform, fl.model_id) IN {_LIKENESS_KEYS}",
        )
        con.executemany(f"INSERT INTO rules VALUES ({_marks(6)})", _rules())
        meta = {
            "snapshot_version": SNAPSHOT_VERSION,
            "published_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "store": store.path.name if store.path else "",
            "findings": str(count),
            "fingerprint": fingerprint,
            "types": json.dumps(
                [r[0] for r in con.execute("SELECT DISTINCT type FROM findings ORDER BY 1") if r[0]]
            ),
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executescript(SNAPSHOT_INDEXES)
        con.commit()
        con.execute("ANALYZE")
    except BaseException:
        con.close()
        temporary.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(temporary, target)
    return PublishSummary(target, count, time.perf_counter() - started)


def published_meta(path: Path) -> dict[str, str]:
    """The meta table of the snapshot at ``path`` (empty when there is none or it is unreadable)."""
    if not path.is_file():
        return {}
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM meta")}
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def _ranked_findings(store: Store) -> Iterator[list[tuple[Any, ...]]]:
    """The likeness findings' rows in the queue's order, in batches (see :data:`_RANK_SQL`)."""
    cursor = store.con.cursor()
    try:
        cursor.execute(_RANK_SQL)
        row = cursor.execute(f"SELECT count(*) FROM {_RANK_TABLE}").fetchone()
        total = int(row[0]) if row else 0
        for low in range(0, total, RANK_CHUNK):
            # the same cursor: a temporary table is seen by its own connection only
            result = cursor.execute(_FINDINGS_SQL, [low, low + RANK_CHUNK])
            while rows := result.fetchmany(BATCH_ROWS):
                yield rows
    finally:
        cursor.execute(f"DROP TABLE IF EXISTS {_RANK_TABLE}")
        cursor.close()


def _batches(store: Store, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = store.con.cursor()
    try:
        result = cursor.execute(sql)
        while True:
            rows = result.fetchmany(BATCH_ROWS)
            if not rows:
                return
            yield rows
    finally:
        cursor.close()


def _copy(store: Store, con: sqlite3.Connection, table: str, sql: str) -> None:
    """Rows of ``sql`` into ``table``; timestamps come as text (:func:`_ts`), so only booleans
    and any other value SQLite cannot take are converted, in the rare rows that hold one."""
    for rows in _batches(store, sql):
        width = len(rows[0])
        con.executemany(
            f"INSERT INTO {table} VALUES ({_marks(width)})",
            [
                row
                if all(type(v) in _SQLITE_TYPES for v in row)
                else tuple(_sqlite_value(v) for v in row)
                for row in rows
            ],
        )


_SQLITE_TYPES = frozenset({str, int, float, type(None), bytes})


def _rules() -> list[tuple[str | None, ...]]:
    from dfaudit.detect.rules import default_rulebook

    return [
        (
            rule.id,
            rule.platform,
            rule.effective_from.isoformat() if rule.effective_from else None,
            rule.effective_to.isoformat() if rule.effective_to else None,
            rule.severity,
            rule.text,
        )
        for rule in default_rulebook().rules
    ]


def _marks(count: int) -> str:
    return ", ".join(["?"] * count)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, bool):
        return int(value)
    return value

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

import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dfaudit.store.db import Store

SNAPSHOT_SUFFIX = ".snapshot.sqlite"
SNAPSHOT_VERSION = "1"
BATCH_ROWS = 20_000
# Header metadata can hold megabytes of tag frequencies; the page shows a bounded excerpt.
MAX_HEADER_METADATA = 64 * 1024

SNAPSHOT_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE findings (
    platform TEXT NOT NULL,
    model_id TEXT NOT NULL,
    rank INTEGER NOT NULL,            -- 1 = reviewed first (risk x reach)
    url TEXT, name TEXT, type TEXT, creator TEXT, created_at TEXT, base_model TEXT,
    tags TEXT,                        -- JSON list, as the platform gave it
    nsfw INTEGER, nsfw_level INTEGER, poi INTEGER, minor INTEGER, downloads INTEGER,
    status TEXT, description TEXT,
    trained_words TEXT,               -- JSON list
    first_seen TEXT, last_seen TEXT, removed_at TEXT,
    raw_sha256 TEXT,                  -- sha256 of the item's JSON as it came
    page_sha256 TEXT, page_fetched_at TEXT, page_url TEXT,  -- the raw page holding it
    likeness_score REAL NOT NULL,
    pseudonym TEXT,                   -- the target's stable pseudonym
    target_name TEXT,                 -- shown only to roles the deployment allows
    target_gender TEXT, prominence TEXT,
    private_target INTEGER NOT NULL,  -- prominence private_or_unknown or undecided
    sexual_intent INTEGER NOT NULL, sexual_intent_score REAL NOT NULL,
    minor_risk INTEGER NOT NULL,
    violations TEXT,                  -- JSON list of rule ids
    evidence TEXT,                    -- JSON list of hits and violations
    detector_version TEXT, processed_at TEXT,
    PRIMARY KEY (platform, model_id)
) WITHOUT ROWID;
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
CREATE UNIQUE INDEX findings_rank ON findings (rank);
CREATE INDEX findings_pseudonym ON findings (pseudonym, rank);
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

_FINDINGS_SQL = f"""
SELECT f.platform, f.model_id, row_number() OVER (ORDER BY {RANK_ORDER}) AS rank,
       m.url, m.name, m.type, m.creator, m.created_at, m.base_model, m.tags, m.nsfw,
       m.nsfw_level, m.poi, m.minor, m.downloads, m.status, m.description, m.trained_words,
       m.first_seen, m.last_seen, m.removed_at, m.raw_sha256,
       p.body_sha256, p.fetched_at, p.request_url,
       f.likeness_score, f.target_key, f.target_name, f.target_gender, f.prominence,
       (f.prominence IS NULL OR f.prominence = 'private_or_unknown') AS private_target,
       f.sexual_intent, f.sexual_intent_score, f.minor_risk, f.violations,
       CAST(f.evidence AS VARCHAR), f.detector_version, f.processed_at
FROM findings f
LEFT JOIN models m USING (platform, model_id)
LEFT JOIN raw_pages p ON p.page_id = m.page_id
WHERE f.likeness
"""

_LIKENESS_KEYS = "(SELECT platform, model_id FROM findings WHERE likeness)"


@dataclass(frozen=True)
class PublishSummary:
    """What one publish wrote."""

    path: Path
    findings: int
    seconds: float

    def line(self) -> str:
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
    temporary = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    con = sqlite3.connect(temporary)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(SNAPSHOT_SCHEMA)
        count = 0
        for rows in _batches(store, _FINDINGS_SQL):
            out = []
            for row in rows:
                values = list(row)
                values[9] = _json_list(values[9])  # tags
                values[17] = _json_list(values[17])  # trained_words
                target_key = values[26]
                values[26] = render(key, target_key) if target_key else None
                values[34] = _json_list(values[34])  # violations
                out.append(tuple(_sqlite_value(v) for v in values))
            con.executemany(f"INSERT INTO findings VALUES ({_marks(38)})", out)
            count += len(out)
        _copy(
            store,
            con,
            "observations",
            "SELECT platform, model_id, observed_at, downloads, status FROM observations "
            f"WHERE (platform, model_id) IN {_LIKENESS_KEYS}",
        )
        _copy(
            store,
            con,
            "reuploads",
            "SELECT sha256, platform_a, model_id_a, platform_b, model_id_b, first_seen_a, "
            f"first_seen_b FROM reuploads WHERE (platform_a, model_id_a) IN {_LIKENESS_KEYS} "
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
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executescript(SNAPSHOT_INDEXES)
        con.commit()
    except BaseException:
        con.close()
        temporary.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(temporary, target)
    return PublishSummary(target, count, time.perf_counter() - started)


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
    for rows in _batches(store, sql):
        width = len(rows[0])
        con.executemany(
            f"INSERT INTO {table} VALUES ({_marks(width)})",
            [tuple(_sqlite_value(v) for v in row) for row in rows],
        )


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


def _json_list(value: Sequence[Any] | None) -> str:
    return json.dumps(list(value or ()), ensure_ascii=False)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, bool):
        return int(value)
    return value

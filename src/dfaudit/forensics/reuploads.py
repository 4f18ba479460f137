"""Re-upload links by file hash, within and across platforms, and inheritance of findings.

This module owns the ``reuploads`` table. Two models are linked when they share a file:
full SHA256 (Civitai ``SHA256`` = Hugging Face LFS ``sha256``), else AutoV2 (the first 10 hex of
a SHA256) against a full SHA256 when one side has no full hash, else BLAKE3 against BLAKE3 when
one side has no full SHA256. Two files that both carry a full SHA256 are linked by it alone, so a
10-hex AutoV2 collision can never make a false link. All hashes are compared lower-cased.

The side seen first (platform creation time or first crawl sighting, whichever is earlier) is
``a``, the original; the other is ``b``, the re-upload. A re-upload of a likeness model inherits
the original's finding with a ``reupload@1`` hit naming the link.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from dfaudit.store.db import Store

REUPLOAD_SIGNAL = "reupload@1"
MAX_INHERIT_ROUNDS = 8  # chains a → b → c through different files settle in a few rounds

_LINK_SQL = """
WITH seen AS (
    SELECT platform, model_id,
           CASE WHEN created_at IS NULL THEN first_seen
                WHEN first_seen IS NULL THEN created_at
                ELSE LEAST(created_at, first_seen) END AS seen
    FROM models
),
ordered AS (
    SELECT platform, model_id, seen,
           row_number() OVER (ORDER BY seen NULLS LAST, platform, model_id) AS rank
    FROM seen
),
hashed AS (
    SELECT f.platform, f.model_id,
           nullif(lower(trim(f.sha256)), '') AS sha,
           nullif(lower(trim(f.autov2)), '') AS autov2,
           nullif(lower(trim(f.blake3)), '') AS blake3
    FROM files f
),
keys AS (
    SELECT platform, model_id, sha, 's:' || sha AS k FROM hashed WHERE sha IS NOT NULL
    UNION ALL
    SELECT platform, model_id, sha, 'a:' || left(sha, 10) FROM hashed WHERE sha IS NOT NULL
    UNION ALL
    SELECT platform, model_id, sha, 'a:' || autov2 FROM hashed
        WHERE sha IS NULL AND autov2 IS NOT NULL
    UNION ALL
    SELECT platform, model_id, sha, 'b:' || blake3 FROM hashed WHERE blake3 IS NOT NULL
),
pairs AS (
    SELECT x.k, x.sha AS sha_x, y.sha AS sha_y,
           x.platform AS px, x.model_id AS mx, y.platform AS py, y.model_id AS my
    FROM keys x JOIN keys y
      ON x.k = y.k AND (x.platform <> y.platform OR x.model_id <> y.model_id)
    WHERE x.k LIKE 's:%'
       -- AutoV2 links only a file without a full hash to one with it.
       OR (x.k LIKE 'a:%' AND ((x.sha IS NULL) <> (y.sha IS NULL)))
       -- BLAKE3 links only where the full hashes cannot decide.
       OR (x.k LIKE 'b:%' AND (x.sha IS NULL OR y.sha IS NULL))
)
SELECT DISTINCT
    coalesce(p.sha_x, p.sha_y,
             CASE WHEN p.k LIKE 'b:%' THEN 'blake3:' || substr(p.k, 3) ELSE substr(p.k, 3) END)
        AS sha256,
    oa.platform AS platform_a, oa.model_id AS model_id_a,
    ob.platform AS platform_b, ob.model_id AS model_id_b,
    oa.seen AS first_seen_a, ob.seen AS first_seen_b
FROM pairs p
JOIN ordered ox ON ox.platform = p.px AND ox.model_id = p.mx
JOIN ordered oy ON oy.platform = p.py AND oy.model_id = p.my
JOIN ordered oa ON oa.rank = LEAST(ox.rank, oy.rank)
JOIN ordered ob ON ob.rank = GREATEST(ox.rank, oy.rank)
"""

_INHERIT_SQL = """
SELECT r.sha256, r.platform_a, r.model_id_a, r.platform_b, r.model_id_b,
       fa.likeness_score, fa.target_key, fa.target_name, fa.target_gender, fa.prominence,
       fa.detector_version, fb.model_id IS NOT NULL AS b_has_finding, fb.evidence
FROM reuploads r
JOIN findings fa ON fa.platform = r.platform_a AND fa.model_id = r.model_id_a AND fa.likeness
LEFT JOIN findings fb ON fb.platform = r.platform_b AND fb.model_id = r.model_id_b
WHERE fb.model_id IS NULL OR NOT fb.likeness
QUALIFY row_number() OVER (
    PARTITION BY r.platform_b, r.model_id_b
    ORDER BY r.first_seen_a NULLS LAST, fa.likeness_score DESC, r.platform_a, r.model_id_a
) = 1
"""


@dataclass(frozen=True, slots=True)
class Inheritance:
    """One re-upload taking over its original's likeness finding."""

    sha256: str
    platform_a: str
    model_id_a: str
    platform_b: str
    model_id_b: str


def reupload_hit(sha256: str, platform_a: str, model_id_a: str) -> dict[str, Any]:
    """The evidence entry a re-upload gets: the shared hash and the original it copies."""
    return {  # the shape detect.engine gives every hit in a finding's evidence
        "signal": REUPLOAD_SIGNAL,
        "aspect": "likeness",
        "score": 1.0,
        "field": "files.sha256",
        "text": f"{sha256} = {platform_a}:{model_id_a}",
        "note": "same file as a likeness model seen earlier",
    }


def rebuild_links(store: Store) -> int:
    """Recompute the ``reuploads`` table from ``files`` and ``models``; returns the link count."""
    with store.transaction() as con:
        con.execute("DELETE FROM reuploads")
        con.execute(f"INSERT OR IGNORE INTO reuploads {_LINK_SQL}")
    return int(store.scalar("SELECT count(*) FROM reuploads") or 0)


def _evidence_list(evidence: Any) -> list[Any]:
    if evidence is None:
        return []
    value = json.loads(evidence) if isinstance(evidence, str) else evidence
    return list(value) if isinstance(value, list) else [value]


_UPDATE_SQL = """
UPDATE findings SET likeness = TRUE,
    likeness_score = GREATEST(findings.likeness_score, i.score),
    target_key = i.target_key, target_name = i.target_name, target_gender = i.gender,
    prominence = i.prominence, evidence = i.evidence::JSON
FROM _inherit i
WHERE findings.platform = i.platform AND findings.model_id = i.model_id AND i.has_finding
"""
_INSERT_SQL = """
INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, target_name,
    target_gender, prominence, sexual_intent, sexual_intent_score, minor_risk, violations,
    evidence, detector_version, input_sha256, processed_at)
SELECT platform, model_id, TRUE, score, target_key, target_name, gender, prominence, FALSE, 0,
    FALSE, [], evidence::JSON, detector_version, '', processed_at
FROM _inherit WHERE NOT has_finding
"""


def _inherit_once(store: Store) -> list[Inheritance]:
    """One round: every link whose original is a likeness model and whose copy is not yet."""
    rows = store.query(_INHERIT_SQL)
    if not rows:
        return []
    now = datetime.now(UTC)
    columns: dict[str, list[Any]] = {
        name: []
        for name in (
            "platform",
            "model_id",
            "score",
            "target_key",
            "target_name",
            "gender",
            "prominence",
            "evidence",
            "has_finding",
            "detector_version",
        )
    }
    done: list[Inheritance] = []
    for (
        sha256,
        platform_a,
        model_id_a,
        platform_b,
        model_id_b,
        score,
        target_key,
        target_name,
        gender,
        prominence,
        detector_version,
        b_has_finding,
        evidence,
    ) in rows:
        hit = reupload_hit(sha256, platform_a, model_id_a)
        # A copy not processed yet (e.g. found by by-hash after detection) gets its own finding.
        merged = [e for e in _evidence_list(evidence) if e != hit] + [hit]
        for name, value in (
            ("platform", platform_b),
            ("model_id", model_id_b),
            ("score", score),
            ("target_key", target_key),
            ("target_name", target_name),
            ("gender", gender),
            ("prominence", prominence),
            ("evidence", json.dumps(merged)),
            ("has_finding", bool(b_has_finding)),
            ("detector_version", f"{detector_version}+{REUPLOAD_SIGNAL}"),
        ):
            columns[name].append(value)
        done.append(Inheritance(sha256, platform_a, model_id_a, platform_b, model_id_b))
    batch = pa.table(
        {**columns, "processed_at": pa.array([now] * len(done), pa.timestamp("us", tz="UTC"))}
    )
    store.con.register("_inherit", batch)
    try:
        store.con.execute(_UPDATE_SQL)
        store.con.execute(_INSERT_SQL)
    finally:
        store.con.unregister("_inherit")
    return done


def inherit_findings(store: Store) -> list[Inheritance]:
    """Give every re-upload of a likeness model that model's finding (until nothing changes)."""
    inherited: list[Inheritance] = []
    for _ in range(MAX_INHERIT_ROUNDS):
        with store.transaction():
            round_done = _inherit_once(store)
        if not round_done:
            break
        inherited.extend(round_done)
    return inherited


def link_reuploads(store: Store) -> int:
    """Rebuild the re-upload links and let re-uploads inherit findings; idempotent.

    Returns the number of links. Works before any detection has run (nothing is inherited).
    """
    links = rebuild_links(store)
    inherit_findings(store)
    return links


REUPLOADS_EXPORT_SQL = """
SELECT sha256, platform_a, model_id_a, platform_b, model_id_b, first_seen_a, first_seen_b
FROM reuploads ORDER BY first_seen_b NULLS LAST, platform_b, model_id_b, sha256
"""


def export_reuploads(store: Store, fmt: str, output: str | Path) -> int:
    """Write the re-upload links as JSONL, CSV or Parquet; returns the row count."""
    from dfaudit.store.export import export_query

    return export_query(store, REUPLOADS_EXPORT_SQL, fmt, output)

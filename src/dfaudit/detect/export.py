"""Exporting findings (one row per model or bounty) as JSONL, CSV or Parquet.

Targets are pseudonyms; the name itself is exported only with ``reveal_names``.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from dfaudit.detect.pseudonym import pseudonym_key
from dfaudit.store.db import Store
from dfaudit.store.export import check_format, export_query

_EVIDENCE = (
    "(SELECT coalesce(list({'signal': e->>'signal', 'field': e->>'field', 'text': e->>'text', "
    "'score': TRY_CAST(e->>'score' AS DOUBLE)}), []) "
    "FROM (SELECT unnest(CAST(f.evidence AS JSON[])) AS e) "
    "WHERE e->>'aspect' IS DISTINCT FROM 'violation')"
)


def _register_pseudonyms(store: Store, table: str) -> None:
    """A temp table of target_key → pseudonym (the keyed hash is computed in Python)."""
    key = pseudonym_key(store)
    from dfaudit.detect.pseudonym import render

    keys = [
        r[0]
        for r in store.query(
            f"SELECT DISTINCT target_key FROM {table} WHERE target_key IS NOT NULL"
        )
    ]
    mapping = pa.table({"target_key": keys, "pseudonym": [render(key, k) for k in keys]})
    store.con.register("_pseudonyms", mapping)


def export_findings(store: Store, fmt: str, path: Path, *, reveal_names: bool = False) -> int:
    """``dfaudit export findings``: one row per model; returns the rows written."""
    fmt = check_format(fmt)
    _register_pseudonyms(store, "findings")
    name = "f.target_name" if reveal_names else "CAST(NULL AS VARCHAR)"
    sql = f"""
        SELECT f.platform, f.model_id, m.url, m.name, f.likeness, f.likeness_score,
               p.pseudonym AS target, {name} AS target_name, f.target_gender, f.prominence,
               f.sexual_intent, f.sexual_intent_score, f.minor_risk,
               coalesce(f.violations, []) AS violations, {_EVIDENCE} AS evidence,
               f.detector_version
        FROM findings f
        LEFT JOIN models m ON m.platform = f.platform AND m.model_id = f.model_id
        LEFT JOIN _pseudonyms p ON p.target_key = f.target_key
        ORDER BY f.platform, f.model_id
    """
    try:
        return export_query(store, sql, fmt, path, json_columns=("evidence", "violations"))
    finally:
        store.con.unregister("_pseudonyms")


def export_bounty_findings(
    store: Store, fmt: str, path: Path, *, reveal_names: bool = False
) -> int:
    """``dfaudit export bounty-findings``: one row per bounty."""
    fmt = check_format(fmt)
    _register_pseudonyms(store, "bounty_findings")
    name = "f.target_name" if reveal_names else "CAST(NULL AS VARCHAR)"
    sql = f"""
        SELECT 'civitai' AS platform, f.bounty_id, b.url, b.name, f.likeness, f.likeness_score,
               p.pseudonym AS target, {name} AS target_name, f.target_gender, f.prominence,
               f.sexual_intent, f.sexual_intent_score, f.minor_risk,
               coalesce(f.violations, []) AS violations, {_EVIDENCE} AS evidence,
               f.detector_version
        FROM bounty_findings f
        LEFT JOIN bounties b ON b.bounty_id = f.bounty_id
        LEFT JOIN _pseudonyms p ON p.target_key = f.target_key
        ORDER BY f.bounty_id
    """
    try:
        return export_query(store, sql, fmt, path, json_columns=("evidence", "violations"))
    finally:
        store.con.unregister("_pseudonyms")

"""Exporting findings (one row per model or bounty) as JSONL, CSV or Parquet.

Targets are pseudonyms; the name itself is exported only with ``reveal_names``. As in the
report, the fields of a likeness row that usually carry the targeted person's name are withheld
by default: the model or bounty name, the evidence ``text``, and a Hugging Face repo id (its
``model_id`` becomes a stable keyed pseudonym ``M-…`` and its ``url`` is withheld). The same
holds for a row the detector did not flag whose name or id carries a targeted person's name
(two adjacent words of a target's name, in any order): a missed copy must not publish the name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa

from dfaudit.detect.pseudonym import SETTING, pseudonym_key
from dfaudit.errors import InputError
from dfaudit.store.db import Store
from dfaudit.store.export import check_format, export_query

_EVIDENCE = (
    "(SELECT coalesce(list({{'signal': e->>'signal', 'field': e->>'field', 'text': {text}, "
    "'score': TRY_CAST(e->>'score' AS DOUBLE)}}), []) "
    "FROM (SELECT unnest(CAST(f.evidence AS JSON[])) AS e) "
    "WHERE e->>'aspect' IS DISTINCT FROM 'violation')"
)


# A row whose name-bearing fields are withheld: a likeness row, or one that names a target.
_NAMED = "(f.likeness OR nr.model_id IS NOT NULL)"
_WORD = re.compile(r"[^\W\d_]+")


def _evidence(reveal_names: bool, named: str = _NAMED) -> str:
    text = "e->>'text'" if reveal_names else f"CASE WHEN {named} THEN NULL ELSE e->>'text' END"
    return _EVIDENCE.format(text=text)


def _withheld(column: str, reveal_names: bool, named: str = _NAMED) -> str:
    """``column``, or NULL on rows that name a target unless names are revealed."""
    return column if reveal_names else f"CASE WHEN {named} THEN NULL ELSE {column} END"


def _word_pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent pairs of folded words of ``text``, each pair in sorted order."""
    from dfaudit.detect.text import fold

    words = _WORD.findall(fold(text[:1000]))
    return {(a, b) if a <= b else (b, a) for a, b in zip(words, words[1:], strict=False)}


def _register_named_rows(store: Store) -> None:
    """A temp table of the rows not flagged whose name or id carries a target's name."""
    pairs: set[tuple[str, str]] = set()
    for (target_name,) in store.query(
        "SELECT DISTINCT target_name FROM findings WHERE likeness AND target_name IS NOT NULL"
    ):
        pairs |= _word_pairs(str(target_name))
    named: list[tuple[str, str]] = []
    if pairs:
        rows = store.query(
            "SELECT f.platform, f.model_id, m.name FROM findings f LEFT JOIN models m "
            "ON m.platform = f.platform AND m.model_id = f.model_id WHERE NOT f.likeness"
        )
        for platform, model_id, name in rows:
            text = f"{name or ''} {model_id if platform != 'civitai' else ''}"
            if not pairs.isdisjoint(_word_pairs(text)):
                named.append((platform, model_id))
    store.con.register(
        "_named_rows",
        pa.table(
            {
                "platform": pa.array([r[0] for r in named], pa.string()),
                "model_id": pa.array([r[1] for r in named], pa.string()),
            }
        ),
    )


def _register_model_pseudonyms(store: Store) -> None:
    """A temp table of (platform, model_id) → stand-in id for withheld rows with named ids."""
    from dfaudit.detect.pseudonym import render_model

    rows = store.query(
        "SELECT platform, model_id FROM findings WHERE platform <> 'civitai' AND (likeness "
        "OR (platform, model_id) IN (SELECT (platform, model_id) FROM _named_rows))"
    )
    key = _stable_key(store) if rows else b""
    mapping = pa.table(
        {
            "platform": pa.array([r[0] for r in rows], pa.string()),
            "model_id": pa.array([r[1] for r in rows], pa.string()),
            "stand_in": pa.array([render_model(key, r[0], r[1]) for r in rows], pa.string()),
        }
    )
    store.con.register("_model_pseudonyms", mapping)


def _stable_key(store: Store) -> bytes:
    """The store's pseudonym key; a read-only store without one cannot give stable pseudonyms."""
    if store.read_only and store.get_setting(SETTING) is None:
        raise InputError("this database has no pseudonym key: run `dfaudit process` on it first")
    return pseudonym_key(store)


def _register_pseudonyms(store: Store, table: str) -> None:
    """A temp table of target_key → pseudonym (the keyed hash is computed in Python)."""
    has_rows = store.scalar(f"SELECT count(*) FROM {table}")
    key = _stable_key(store) if has_rows else pseudonym_key(store)
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
    _register_named_rows(store)
    _register_model_pseudonyms(store)
    name = "f.target_name" if reveal_names else "CAST(NULL AS VARCHAR)"
    model_id = "f.model_id" if reveal_names else "coalesce(mp.stand_in, f.model_id)"
    url = "m.url" if reveal_names else "CASE WHEN mp.stand_in IS NULL THEN m.url END"
    sql = f"""
        SELECT f.platform, {model_id} AS model_id, {url} AS url,
               {_withheld("m.name", reveal_names)} AS name, f.likeness, f.likeness_score,
               p.pseudonym AS target, {name} AS target_name, f.target_gender, f.prominence,
               f.sexual_intent, f.sexual_intent_score, f.minor_risk,
               coalesce(f.violations, []) AS violations, {_evidence(reveal_names)} AS evidence,
               f.detector_version
        FROM findings f
        LEFT JOIN models m ON m.platform = f.platform AND m.model_id = f.model_id
        LEFT JOIN _pseudonyms p ON p.target_key = f.target_key
        LEFT JOIN _model_pseudonyms mp ON mp.platform = f.platform AND mp.model_id = f.model_id
        LEFT JOIN _named_rows nr ON nr.platform = f.platform AND nr.model_id = f.model_id
        ORDER BY f.platform, f.model_id
    """
    try:
        return export_query(store, sql, fmt, path, json_columns=("evidence", "violations"))
    finally:
        store.con.unregister("_pseudonyms")
        store.con.unregister("_named_rows")
        store.con.unregister("_model_pseudonyms")


def export_bounty_findings(
    store: Store, fmt: str, path: Path, *, reveal_names: bool = False
) -> int:
    """``dfaudit export bounty-findings``: one row per bounty."""
    fmt = check_format(fmt)
    _register_pseudonyms(store, "bounty_findings")
    name = "f.target_name" if reveal_names else "CAST(NULL AS VARCHAR)"
    sql = f"""
        SELECT 'civitai' AS platform, f.bounty_id, b.url,
               {_withheld("b.name", reveal_names, "f.likeness")} AS name, f.likeness,
               f.likeness_score, p.pseudonym AS target, {name} AS target_name, f.target_gender,
               f.prominence, f.sexual_intent, f.sexual_intent_score, f.minor_risk,
               coalesce(f.violations, []) AS violations,
               {_evidence(reveal_names, "f.likeness")} AS evidence, f.detector_version
        FROM bounty_findings f
        LEFT JOIN bounties b ON b.bounty_id = f.bounty_id
        LEFT JOIN _pseudonyms p ON p.target_key = f.target_key
        ORDER BY f.bounty_id
    """
    try:
        return export_query(store, sql, fmt, path, json_columns=("evidence", "violations"))
    finally:
        store.con.unregister("_pseudonyms")

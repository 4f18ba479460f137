"""Reading normalised records back out of the store, in bounded batches.

Detection reads models through :func:`iter_model_records`: each stored raw item is normalised
again (the normaliser is the one definition of a record) and the parsed safetensors metadata of
its files is attached from the ``headers`` table.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import msgspec
import pyarrow as pa

from dfaudit.errors import InputError
from dfaudit.records import BountyRecord, ModelRecord
from dfaudit.store.db import Store
from dfaudit.store.normalize import (
    NORMALIZER_VERSION,
    MalformedItemError,
    normalize_bounty,
    normalize_civitai_model,
    normalize_hf_model,
)
from dfaudit.store.raw import raw_model_item

_decode = msgspec.json.Decoder().decode
_decode_record = msgspec.msgpack.Decoder(ModelRecord).decode


def model_from_raw(platform: str, raw: Any) -> ModelRecord:
    """The normalised record of one stored raw item."""
    if platform == "huggingface":
        return normalize_hf_model(raw).model
    return normalize_civitai_model(raw).model


def _record(
    store: Store, platform: str, model_id: str, blob: bytes | None, version: Any
) -> ModelRecord:
    """The cached record when the normaliser that wrote it is current, else rebuilt from raw."""
    if blob is not None and version == NORMALIZER_VERSION:
        return _decode_record(blob)
    raw = raw_model_item(store, platform, model_id)
    if raw is None:
        raise InputError(f"{platform}:{model_id}: its raw item is missing from raw_pages")
    return model_from_raw(platform, raw)


def _header_metadata(store: Store, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], list]:
    """``__metadata__`` dicts of the models' files that have a parsed header."""
    if not keys:
        return {}
    key_table = pa.table(
        {
            "platform": pa.array([k[0] for k in keys], pa.string()),
            "model_id": pa.array([k[1] for k in keys], pa.string()),
        }
    )
    store.con.register("_load_keys", key_table)
    try:
        rows = store.query(
            """
        SELECT f.platform, f.model_id, h.metadata
        FROM _load_keys k
        JOIN files f ON f.platform = k.platform AND f.model_id = k.model_id
        JOIN headers h ON h.platform = f.platform AND h.file_id = f.file_id
        WHERE h.metadata IS NOT NULL
        ORDER BY f.platform, f.model_id, f.file_id
        """
        )
    finally:
        store.con.unregister("_load_keys")
    found: dict[tuple[str, str], list] = {}
    for platform, model_id, metadata in rows:
        parsed = json.loads(metadata) if isinstance(metadata, str) else metadata
        if isinstance(parsed, dict) and parsed:
            found.setdefault((platform, model_id), []).append(
                {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in parsed.items()}
            )
    return found


def iter_model_records(
    store: Store,
    where_sql: str = "",
    params: Sequence[Any] = (),
    batch_size: int = 5000,
) -> Iterator[list[tuple[ModelRecord, str]]]:
    """Batches of ``(record, raw_sha256)`` for models matching ``where_sql`` (on alias ``m``).

    ``record.training_metadata`` holds the ``__metadata__`` of every header read for the model.
    Memory stays bounded by ``batch_size``.
    """
    has_headers = bool(store.scalar("SELECT count(*) FROM headers WHERE metadata IS NOT NULL"))
    sql = "SELECT m.platform, m.model_id, m.record, m.record_version, m.raw_sha256 FROM models m"
    for rows in _row_batches(store, sql, where_sql, "m.platform, m.model_id", params, batch_size):
        metadata = _header_metadata(store, [(r[0], r[1]) for r in rows]) if has_headers else {}
        batch: list[tuple[ModelRecord, str]] = []
        for platform, model_id, blob, version, sha in rows:
            try:
                record = _record(store, platform, model_id, blob, version)
            except MalformedItemError:
                continue  # stored before ids were checked (an id of null, true, ...): skipped
            extra = metadata.get((platform, model_id))
            if extra:
                record = replace(record, training_metadata=tuple(extra))
            batch.append((record, sha))
        yield batch


def iter_bounty_records(
    store: Store,
    where_sql: str = "",
    params: Sequence[Any] = (),
    batch_size: int = 5000,
) -> Iterator[list[tuple[BountyRecord, str]]]:
    """Batches of ``(bounty record, raw_sha256)`` for bounties matching ``where_sql`` (alias b)."""
    sql = "SELECT b.raw, b.raw_sha256 FROM bounties b"
    for rows in _row_batches(store, sql, where_sql, "b.bounty_id", params, batch_size):
        batch: list[tuple[BountyRecord, str]] = []
        for raw, sha in rows:
            try:
                batch.append((normalize_bounty(_decode(raw)), sha))
            except MalformedItemError:
                continue  # stored before ids were checked (an id of null, true, ...): skipped
        yield batch


def _row_batches(
    store: Store,
    sql: str,
    where_sql: str,
    order_by: str,
    params: Sequence[Any],
    batch_size: int,
) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``sql`` (filtered, ordered) in batches, from a cursor of their own."""
    if where_sql:
        sql += f" WHERE {where_sql}"
    sql += f" ORDER BY {order_by}"
    cursor = store.con.cursor()
    try:
        cursor.execute(sql, list(params))
        while rows := cursor.fetchmany(batch_size):
            yield rows
    finally:
        cursor.close()

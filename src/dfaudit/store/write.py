"""Batch writes of normalised items into the store (models, files, images, observations, bounties).

Writers take whole batches and insert them through Arrow, so a page of 100 items or an import of
a million costs a handful of statements, not one per row. Callers decide the transaction.

Each statement against a large table has a cost that grows with the table (DuckDB's
primary-key checks and the images join are not free per statement), so bulk imports gather
several chunks into one batch (:func:`concat_model_tables`) and write it with one statement per
table: the per-model cost then stays flat as the store grows (see bench/README.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import msgspec
import pyarrow as pa
import pyarrow.compute as pc

from dfaudit.records import BountyRecord, FileRecord, ImageRecord, ModelRecord, NormalizedModel
from dfaudit.store.normalize import NORMALIZER_VERSION, ModelRows, raw_sha256

if TYPE_CHECKING:  # workers import this module without DuckDB
    from dfaudit.store.db import Store

_TS = pa.timestamp("us", tz="UTC")
_STR_LIST = pa.list_(pa.string())
_encode = msgspec.json.Encoder().encode
_encode_record = msgspec.msgpack.Encoder().encode


def _json_text(item: Any) -> str:
    return _encode(item).decode("utf-8")


_FILE_COLUMNS = pa.schema(
    [
        ("platform", pa.string()),
        ("model_id", pa.string()),
        ("version_id", pa.string()),
        ("file_id", pa.string()),
        ("name", pa.string()),
        ("size_bytes", pa.int64()),
        ("sha256", pa.string()),
        ("autov2", pa.string()),
        ("blake3", pa.string()),
        ("download_url", pa.string()),
        ("format", pa.string()),
        ("is_primary", pa.bool_()),
        ("file_type", pa.string()),
    ]
)  # FileRecord's fields, in order, under the table's column names
_IMAGE_COLUMNS = pa.schema(
    [
        ("platform", pa.string()),
        ("model_id", pa.string()),
        ("version_id", pa.string()),
        ("url", pa.string()),
        ("nsfw_level", pa.int32()),
        ("width", pa.int32()),
        ("height", pa.int32()),
        ("poi", pa.bool_()),
        ("minor", pa.bool_()),
    ]
)  # ImageRecord's fields, in order
_file_row = attrgetter(*(f.name for f in fields(FileRecord)))
_image_row = attrgetter(*(f.name for f in fields(ImageRecord)))


def _rows_table(rows: Sequence[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    """A table of rows whose values are in the schema's column order: Arrow reads the tuples
    as structs, in C (half the CPU of transposing them in Python first: ~8 us per real-shaped
    model's ten images and two files)."""
    return pa.Table.from_struct_array(pa.array(rows, pa.struct(list(schema))))


def _file_rows(item: NormalizedModel | ModelRows) -> Sequence[tuple[Any, ...]]:
    if isinstance(item, ModelRows):
        return item.files
    return [_file_row(f) for f in item.files]


def _image_rows(item: NormalizedModel | ModelRows) -> Sequence[tuple[Any, ...]]:
    if isinstance(item, ModelRows):
        return item.images
    return [_image_row(i) for i in item.images]


@dataclass(frozen=True)
class ModelTables:
    """A batch of models ready to write: Arrow tables for models, files and images.

    Building them is pure (worker processes can do it); :func:`write_model_tables` stores them.
    """

    models: pa.Table
    files: pa.Table | None
    images: pa.Table | None
    # Rows for ``observations`` when ``models`` was deduplicated across batches (the first copy
    # of a model in a run is the one observed); None: the rows of ``models``.
    observations: pa.Table | None = None
    # The records of ``models``' rows, in order, while the batch is being prepared (a fused
    # stage reads them instead of decoding the msgpack column); () once it is not needed.
    records: tuple[ModelRecord, ...] = ()

    @property
    def count(self) -> int:
        return int(self.models.num_rows)


def model_tables(
    items: Sequence[NormalizedModel | ModelRows], page_ids: Sequence[int | None] | None = None
) -> ModelTables:
    """Arrow tables for a batch (the last copy of a model wins); ``page_ids`` one per item."""
    pages = list(page_ids) if page_ids is not None else [None] * len(items)
    latest: dict[tuple[str, str], tuple[NormalizedModel | ModelRows, int | None]] = {}
    for normalized, page in zip(items, pages, strict=True):
        key = (normalized.model.platform, normalized.model.model_id)
        # in the order of each model's last copy: a file id claimed by several models then goes
        # to the last claimant in the batch, as writing the items one by one would leave it
        latest.pop(key, None)
        latest[key] = (normalized, page)
    rows = [n for n, _ in latest.values()]
    models = [n.model for n in rows]
    batch = pa.table(
        {
            "platform": pa.array([m.platform for m in models], pa.string()),
            "model_id": pa.array([m.model_id for m in models], pa.string()),
            "url": pa.array([m.url for m in models], pa.string()),
            "name": pa.array([m.name for m in models], pa.string()),
            "type": pa.array([m.model_type for m in models], pa.string()),
            "creator": pa.array([m.creator for m in models], pa.string()),
            "created_at": pa.array([m.created_at for m in models], _TS),
            "base_model": pa.array([m.base_model for m in models], pa.string()),
            "tags": pa.array([list(m.tags) for m in models], _STR_LIST),
            "nsfw": pa.array([m.nsfw for m in models], pa.bool_()),
            "nsfw_level": pa.array([m.nsfw_level for m in models], pa.int32()),
            "poi": pa.array([m.poi for m in models], pa.bool_()),
            "minor": pa.array([m.minor for m in models], pa.bool_()),
            "downloads": pa.array([m.downloads for m in models], pa.int64()),
            "status": pa.array([m.status for m in models], pa.string()),
            "description": pa.array([m.description for m in models], pa.string()),
            "trained_words": pa.array([list(m.trained_words) for m in models], _STR_LIST),
            "raw_sha256": pa.array([n.raw_sha256 for n in rows], pa.string()),
            "page_id": pa.array([page for _, page in latest.values()], pa.int64()),
            "record": pa.array([_encode_record(m) for m in models], pa.binary()),
        }
    )
    # one file id twice in a batch (two models claiming it): the last wins, as for models
    # (one statement would otherwise keep whichever row DuckDB's threads see first)
    # rows: (platform, model_id, version_id, file_id, ...) and (platform, model_id, ...)
    files = list({(f[0], f[3]): f for n in rows for f in _file_rows(n)}.values())
    images = [i for n in rows for i in _image_rows(n)]
    return ModelTables(
        batch,
        _rows_table(files, _FILE_COLUMNS) if files else None,
        _rows_table(images, _IMAGE_COLUMNS) if images else None,
        records=tuple(models),
    )


def _with_page(table: pa.Table, page_id: int | None) -> pa.Table:
    index = table.column_names.index("page_id")
    return table.set_column(index, "page_id", pa.array([page_id] * table.num_rows, pa.int64()))


def concat_model_tables(parts: Sequence[tuple[ModelTables, int | None]]) -> ModelTables:
    """Batches built by :func:`model_tables`, in order, as one batch that writes the same rows
    as writing each in turn would: each batch's rows get its page id, a later copy of a model
    replaces an earlier one (its images too; files by file id), and the first copy of a model is
    the one observed."""
    kept = [(tables, page) for tables, page in parts if tables.count]
    if not kept:
        return parts[0][0] if parts else model_tables([])
    if len(kept) == 1:
        tables, page = kept[0]
        return replace(tables, models=_with_page(tables.models, page))
    models = pa.concat_tables([_with_page(t.models, page) for t, page in kept])
    file_parts = [(n, t.files) for n, (t, _) in enumerate(kept) if t.files is not None]
    image_parts = [(n, t.images) for n, (t, _) in enumerate(kept) if t.images is not None]
    files = pa.concat_tables([f for _, f in file_parts]) if file_parts else None
    images = pa.concat_tables([i for _, i in image_parts]) if image_parts else None
    keys = pc.binary_join_element_wise(models["platform"], models["model_id"], "\x00")
    file_keys = (
        pc.binary_join_element_wise(files["platform"], files["file_id"], "\x00")
        if files is not None
        else None
    )
    models_unique = pc.count_distinct(keys).as_py() == models.num_rows
    files_unique = file_keys is None or pc.count_distinct(file_keys).as_py() == len(file_keys)
    if models_unique and files_unique:
        return ModelTables(models, files, images)
    # Duplicates across batches (rare: a model twice in one file): pick rows in Python.
    batch_of_model = [n for n, (t, _) in enumerate(kept) for _ in range(t.count)]
    last_batch: dict[str, int] = {}
    last_row: dict[str, int] = {}
    first_row: dict[str, int] = {}
    for row, key in enumerate(keys.to_pylist()):
        last_batch[key] = batch_of_model[row]
        last_row[key] = row
        first_row.setdefault(key, row)
    observations = None if models_unique else models.take(sorted(first_row.values()))
    if not models_unique:
        models = models.take(sorted(last_row.values()))
    if files is not None and file_keys is not None and not files_unique:
        last_file = {key: row for row, key in enumerate(file_keys.to_pylist())}
        files = files.take(sorted(last_file.values()))
    if images is not None and not models_unique:
        image_keys = pc.binary_join_element_wise(images["platform"], images["model_id"], "\x00")
        batches = [n for n, i in image_parts for _ in range(i.num_rows)]
        mask = [
            last_batch.get(key) == batches[row] for row, key in enumerate(image_keys.to_pylist())
        ]
        images = images.filter(pa.array(mask, pa.bool_()))
    return ModelTables(models, files, images, observations)


def upsert_models(
    store: Store,
    items: Sequence[NormalizedModel],
    *,
    run_id: int,
    observed_at: datetime,
    page_id: int | Sequence[int | None] | None = None,
) -> int:
    """Insert or update models (keeping ``first_seen``), their files, images and observations.

    ``page_id`` names the raw page holding the items as they came (one for all, or one each).
    A model seen again after a removal loses its ``removed_at`` (the history stays in
    ``observations``); one seen with status ``taken_down`` gets ``removed_at`` once.
    Returns the number of distinct models written.
    """
    if isinstance(page_id, int):
        tables = model_tables(items)
        return write_model_tables(
            store, tables, run_id=run_id, observed_at=observed_at, page_id=page_id
        )
    return write_model_tables(
        store, model_tables(items, page_id), run_id=run_id, observed_at=observed_at
    )


def write_model_tables(
    store: Store,
    tables: ModelTables,
    *,
    run_id: int,
    observed_at: datetime,
    page_id: int | None = None,
) -> int:
    """Store a batch built by :func:`model_tables`; ``page_id`` overrides the items' own."""
    return write_model_tables_counted(
        store, tables, run_id=run_id, observed_at=observed_at, page_id=page_id
    )[0]


def write_model_tables_counted(
    store: Store,
    tables: ModelTables,
    *,
    run_id: int,
    observed_at: datetime,
    page_id: int | None = None,
) -> tuple[int, int]:
    """:func:`write_model_tables`, returning (models written, how many of them were in the
    store before)."""
    if not tables.count:
        return 0, 0
    con = store.con
    con.register("_models_batch", tables.models)
    try:
        # Models seen before may carry images that are about to be replaced. A fresh import has
        # none, and then the images table (several rows per model) is never scanned. How many
        # of the batch's (distinct) keys are stored already: a semi-join that reads only the
        # key columns (~1 us per batch row at 3 M models). When none is, the models are added
        # by a plain INSERT: the upsert's conflict handling costs ~6 times as much per row.
        seen_before = _stored_keys(con, "_models_batch", "models", "model_id")
        con.execute(
            _INSERT_MODELS if not seen_before else _INSERT_MODELS + _ON_MODEL_CONFLICT,
            {"seen": observed_at, "run": run_id, "page": page_id, "version": NORMALIZER_VERSION},
        )
        observed = "_models_batch"
        if tables.observations is not None:
            con.register("_observed_batch", tables.observations)
            observed = "_observed_batch"
        # the first copy of a model in a run is the one observed (equal keys never reach one
        # statement: which of them DuckDB would keep is not defined); a model new to the store
        # has no observation yet (models and observations are never deleted): plain inserts
        ignore = "OR IGNORE" if seen_before else ""
        con.execute(
            f"""
            INSERT {ignore} INTO observations
            SELECT platform, model_id, $run, $seen, downloads, status, raw_sha256
            FROM {observed}
            """,
            {"seen": observed_at, "run": run_id},
        )
        con.execute(
            f"""
            INSERT {ignore} INTO observation_pages
            SELECT platform, model_id, $run, COALESCE($page, page_id) FROM {observed}
            WHERE COALESCE($page, page_id) IS NOT NULL
            """,
            {"run": run_id, "page": page_id},
        )
        if tables.observations is not None:
            con.unregister("_observed_batch")
        if seen_before:
            con.execute(
                "DELETE FROM images WHERE (platform, model_id) IN "
                "(SELECT (platform, model_id) FROM _models_batch)"
            )
    finally:
        con.unregister("_models_batch")
    if tables.files is not None:
        _insert_files(store, tables.files)
    if tables.images is not None:
        store.insert_arrow("images", tables.images)
    return tables.count, seen_before


def _insert_files(store: Store, files: pa.Table) -> None:
    """Files of a batch (distinct file keys), replacing stored rows of the same keys: a plain
    INSERT when none is stored (a semi-join over the key columns tells), as for models."""
    con = store.con
    con.register("_files_batch", files)
    try:
        stored = _stored_keys(con, "_files_batch", "files", "file_id")
    finally:
        con.unregister("_files_batch")
    store.insert_arrow("files", files, on_conflict="OR REPLACE" if stored else "")


def _stored_keys(con: Any, batch: str, table: str, id_column: str) -> int:
    """How many keys (``platform``, ``id_column``) of the registered ``batch`` ``table`` holds
    already: a semi-join that reads only the key columns."""
    return int(
        con.execute(
            f"SELECT count(*) FROM {batch} b WHERE EXISTS (SELECT 1 FROM {table} t "
            f"WHERE t.platform = b.platform AND t.{id_column} = b.{id_column})"
        ).fetchall()[0][0]
    )


_INSERT_MODELS = """
            INSERT INTO models AS m (platform, model_id, url, name, type, creator, created_at,
                base_model, tags, nsfw, nsfw_level, poi, minor, downloads, status, description,
                trained_words, first_seen, last_seen, removed_at, last_run_id, raw_sha256,
                page_id, record, record_version)
            SELECT platform, model_id, url, name, type, creator, created_at, base_model, tags,
                nsfw, nsfw_level, poi, minor, downloads, status, description, trained_words,
                $seen, $seen, CASE WHEN status = 'taken_down' THEN $seen END, $run,
                raw_sha256, COALESCE($page, page_id), record, $version
            FROM _models_batch
"""
_ON_MODEL_CONFLICT = """
            ON CONFLICT (platform, model_id) DO UPDATE SET
                url = excluded.url, name = excluded.name, type = excluded.type,
                creator = excluded.creator, created_at = excluded.created_at,
                base_model = excluded.base_model, tags = excluded.tags, nsfw = excluded.nsfw,
                nsfw_level = excluded.nsfw_level, poi = excluded.poi, minor = excluded.minor,
                downloads = excluded.downloads, status = excluded.status,
                description = excluded.description, trained_words = excluded.trained_words,
                first_seen = LEAST(m.first_seen, excluded.first_seen),
                last_seen = GREATEST(m.last_seen, excluded.last_seen),
                removed_at = CASE
                    WHEN excluded.status = 'taken_down'
                        THEN COALESCE(m.removed_at, excluded.last_seen)
                    ELSE NULL END,
                last_run_id = excluded.last_run_id, raw_sha256 = excluded.raw_sha256,
                page_id = excluded.page_id, record = excluded.record,
                record_version = excluded.record_version
"""


def upsert_bounties(
    store: Store,
    items: Sequence[tuple[Any, BountyRecord]],
    *,
    run_id: int,
    observed_at: datetime,
) -> int:
    """Insert or update bounties, keeping ``first_seen``. Returns the number written."""
    latest = {record.bounty_id: (raw, record) for raw, record in items}
    if not latest:
        return 0
    rows = list(latest.values())
    bounties = [b for _, b in rows]

    batch = pa.table(
        {
            "bounty_id": pa.array([b.bounty_id for b in bounties], pa.string()),
            "url": pa.array([b.url for b in bounties], pa.string()),
            "name": pa.array([b.name for b in bounties], pa.string()),
            "description": pa.array([b.description for b in bounties], pa.string()),
            "type": pa.array([b.bounty_type for b in bounties], pa.string()),
            "mode": pa.array([b.mode for b in bounties], pa.string()),
            "nsfw": pa.array([b.nsfw for b in bounties], pa.bool_()),
            "nsfw_level": pa.array([b.nsfw_level for b in bounties], pa.int32()),
            "poi": pa.array([b.poi for b in bounties], pa.bool_()),
            "tags": pa.array([list(b.tags) for b in bounties], _STR_LIST),
            "base_model": pa.array([b.base_model for b in bounties], pa.string()),
            "requester": pa.array([b.requester for b in bounties], pa.string()),
            "starts_at": pa.array([b.starts_at for b in bounties], _TS),
            "expires_at": pa.array([b.expires_at for b in bounties], _TS),
            "complete": pa.array([b.complete for b in bounties], pa.bool_()),
            "unit_amount": pa.array([b.unit_amount for b in bounties], pa.int64()),
            "entry_count": pa.array([b.entry_count for b in bounties], pa.int64()),
            "benefactor_count": pa.array([b.benefactor_count for b in bounties], pa.int64()),
            "seen_at": pa.array([observed_at] * len(bounties), _TS),
            "run_id": pa.array([run_id] * len(bounties), pa.int64()),
            "raw_sha256": pa.array([raw_sha256(raw) for raw, _ in rows], pa.string()),
            "raw": pa.array([_json_text(raw) for raw, _ in rows], pa.string()),
        }
    )
    con = store.con
    con.register("_bounty_batch", batch)
    try:
        con.execute(
            """
            INSERT INTO bounties AS b
            SELECT bounty_id, url, name, description, type, mode, nsfw, nsfw_level, poi, tags,
                base_model, requester, starts_at, expires_at, complete, unit_amount, entry_count,
                benefactor_count, seen_at, seen_at, run_id, raw_sha256, raw::JSON
            FROM _bounty_batch
            ON CONFLICT (bounty_id) DO UPDATE SET
                url = excluded.url, name = excluded.name, description = excluded.description,
                type = excluded.type, mode = excluded.mode, nsfw = excluded.nsfw,
                nsfw_level = excluded.nsfw_level, poi = excluded.poi, tags = excluded.tags,
                base_model = excluded.base_model, requester = excluded.requester,
                starts_at = excluded.starts_at, expires_at = excluded.expires_at,
                complete = excluded.complete, unit_amount = excluded.unit_amount,
                entry_count = excluded.entry_count, benefactor_count = excluded.benefactor_count,
                first_seen = LEAST(b.first_seen, excluded.first_seen),
                last_seen = GREATEST(b.last_seen, excluded.last_seen),
                last_run_id = excluded.last_run_id, raw_sha256 = excluded.raw_sha256,
                raw = excluded.raw
            """
        )
    finally:
        con.unregister("_bounty_batch")
    return len(rows)


def mark_absent_removed(store: Store, platform: str, run_id: int, when: datetime) -> int:
    """After a complete census: models of ``platform`` the run did not see get ``removed_at``.

    Models last seen through a by-hash lookup are left alone: the listing hides them (Civitai's
    ``poi``/``minor`` models since 2025-05), so a census not seeing them says nothing.
    """
    absent = (
        "platform = ? AND last_run_id <> ? AND removed_at IS NULL "
        "AND last_run_id NOT IN (SELECT run_id FROM runs WHERE source = 'by-hash')"
    )
    count = store.scalar(f"SELECT count(*) FROM models WHERE {absent}", [platform, run_id])
    store.con.execute(
        f"UPDATE models SET removed_at = ?, status = 'removed' WHERE {absent}",
        [when, platform, run_id],
    )
    return int(count or 0)

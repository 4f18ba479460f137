"""Lines of an imported file turned into what the store needs: the worker side of an import.

:func:`prepare_chunk` runs on the import's worker processes (``collect/ingest.py`` reads the file,
hands out chunks of lines and writes what comes back). This module imports no store writer and
no DuckDB, so a worker starts without them (what it needs of ``store/`` is the normaliser, the
Arrow tables of :func:`~dfaudit.store.write.model_tables` and the raw page's body).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import msgspec
import pyarrow as pa

from dfaudit.parallel import gc_paused
from dfaudit.records import BountyRecord
from dfaudit.store.normalize import civitai_model_rows, normalize_bounty, normalize_hf_model
from dfaudit.store.raw import PageBody, items_of
from dfaudit.store.write import ModelTables, model_tables

if TYPE_CHECKING:
    from dfaudit.store.db import Store

_decode = msgspec.json.Decoder().decode


@dataclass(frozen=True)
class ChunkStage:
    """Work a later stage does on each chunk of models while it is prepared, and its writer.

    The ingest stays ignorant of what the work is (``pipeline`` fuses detection in here, so a
    lower stage never imports a higher one). ``run`` takes a chunk's models table (the rows
    :func:`~dfaudit.store.write.model_tables` built, deduplicated within the chunk) and its
    records (the row's :class:`~dfaudit.records.ModelRecord`, in order), and returns
    an Arrow table keyed by ``platform`` and ``model_id``; it runs where the chunk is prepared
    (a worker, after ``init(*init_args)``; both must be picklable top-level functions).
    ``write`` stores the group's results, in order, inside the group's transaction, after its
    models: a later row of a key replaces an earlier one, as for the models themselves; its
    third argument is True when none of the group's models was in the store before (so no
    earlier result of theirs can be there either).
    ``inline``: also run it on files prepared in this process (small files); otherwise those
    are left to the later stage. ``preload``: the modules ``init`` and ``run`` need, which the
    fork server imports once for all the workers it forks (see
    :func:`~dfaudit.parallel.spawn_pool`; spawned workers import them as they go).
    """

    run: Callable[[pa.Table, Sequence[Any]], pa.Table]
    write: Callable[[Store, pa.Table, bool], None]
    init: Callable[..., None] | None = None
    init_args: tuple[Any, ...] = ()
    inline: bool = False
    preload: tuple[str, ...] = ()


def _run_stage(
    run: Callable[[pa.Table, Sequence[Any]], pa.Table] | None, chunk: PreparedChunk
) -> PreparedChunk:
    models = chunk.models
    if models is None or not models.count:
        return chunk
    extra = run(models.models, models.records) if run is not None else None
    # the records stay here: the models table holds them (as msgpack) for the store
    return replace(chunk, models=replace(models, records=()), extra=extra)


@dataclass(frozen=True)
class LineProblem:
    """Stands in a file's line stream where a line could not be read (too long, file cut)."""

    reason: str


Line = bytes | LineProblem


def decode_json(data: bytes) -> tuple[Any, str | None]:
    """Decode one JSON value; (value, None), or (None, why it is not valid JSON).

    Invalid UTF-8 (msgspec raises ``UnicodeDecodeError``) and nesting too deep to decode
    (``RecursionError``) are malformed input like any other, never a crash.
    """
    try:
        return _decode(data), None
    except msgspec.DecodeError as exc:
        return None, str(exc)
    except UnicodeDecodeError as exc:
        return None, f"invalid UTF-8 at byte {exc.start}"
    except RecursionError:
        return None, "nested too deeply"


@dataclass(frozen=True)
class BadLine:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def _normalizer(platform: str) -> Callable[[Any, bytes | None], Any]:
    """A function of (item, its own bytes or None) giving the item's stored form."""
    if platform == "civitai":
        return lambda item, own: civitai_model_rows(item, raw_bytes=own)
    if platform == "huggingface":
        return lambda item, own: normalize_hf_model(item, raw_bytes=own)
    return lambda item, own: normalize_bounty(item)


@dataclass(frozen=True)
class PreparedChunk:
    """Lines of a file turned into what the store needs: built by a worker or in-process."""

    body: PageBody  # the lines that held items, as they came: the chunk's raw page
    models: ModelTables | None
    bounties: tuple[tuple[Any, BountyRecord], ...]
    n_items: int
    bad: tuple[BadLine, ...]
    last_line: int
    extra: pa.Table | None = None  # what a fused later stage made of the models (ChunkStage)


def prepare_chunk(
    platform: str,
    path_text: str,
    lines: list[tuple[int, Line]],
    last_line: int,
    run: Callable[[pa.Table, Sequence[Any]], pa.Table] | None = None,
) -> PreparedChunk:
    """Decode, check and normalise numbered lines, then ``run`` a fused stage on the models
    (pure: runs in worker processes; with the garbage collector paused, see
    :func:`~dfaudit.parallel.gc_paused`)."""
    with gc_paused():
        return _prepare_chunk(platform, path_text, lines, last_line, run)


def prepare_chunk_pickled(
    platform: str,
    path_text: str,
    lines: list[tuple[int, Line]],
    last_line: int,
    run: Callable[[pa.Table, Sequence[Any]], pa.Table] | None = None,
) -> bytes:
    """:func:`prepare_chunk` for a pool worker: the chunk pickled here, with protocol 5, and
    handed back as bytes (:func:`unpickle_chunk` in the importing process).

    The pool pickles what a worker returns with protocol 4, which copies every Arrow buffer
    of the chunk's tables (~7 kB per real-shaped model) into a Python ``bytes`` and then into
    the pickle; protocol 5 writes them from the buffers themselves, and the pool then pickles
    one ``bytes`` object: ~10 us of a worker's CPU per real-shaped model less (bench/README.md,
    nineteenth round). What is stored is the same: the same chunk comes out."""
    chunk = prepare_chunk(platform, path_text, lines, last_line, run)
    return pickle.dumps(chunk, protocol=5)


def unpickle_chunk(data: bytes) -> PreparedChunk:
    """The chunk :func:`prepare_chunk_pickled` made."""
    chunk = pickle.loads(data)
    assert isinstance(chunk, PreparedChunk)
    return chunk


def _prepare_chunk(
    platform: str,
    path_text: str,
    lines: list[tuple[int, Line]],
    last_line: int,
    run: Callable[[pa.Table, Sequence[Any]], pa.Table] | None,
) -> PreparedChunk:
    normalize = _normalizer(platform)
    bad: list[BadLine] = []
    kept: list[bytes] = []
    normalized: list[Any] = []
    for number, line in lines:
        if isinstance(line, LineProblem):
            bad.append(BadLine(path_text, number, line.reason))
            continue
        document, problem = decode_json(line)
        if problem is not None:
            bad.append(BadLine(path_text, number, f"not valid JSON ({problem})"))
            continue
        items = items_of(document)
        if items is None:
            bad.append(BadLine(path_text, number, "not a JSON object or list"))
            continue
        good = missing_id = 0
        own_bytes = line if len(items) == 1 and items[0] is document else None
        for item in items:
            if not isinstance(item, dict) or "id" not in item:
                missing_id += 1
                continue
            try:
                normalized.append((item, normalize(item, own_bytes)))
                good += 1
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                bad.append(BadLine(path_text, number, f"not a {platform} item ({exc!r})"))
        if missing_id:
            what = "an item" if missing_id == 1 else f"{missing_id} items"
            bad.append(BadLine(path_text, number, f"{what} without an 'id'"))
        if good:
            kept.append(line if line.endswith(b"\n") else line + b"\n")
    if platform == "civitai-bounties":
        models, bounties = None, tuple(normalized)
    else:
        models, bounties = model_tables([n for _, n in normalized]), ()
    prepared = PreparedChunk(
        body=PageBody.of(b"".join(kept)),
        models=models,
        bounties=bounties,
        n_items=len(normalized),
        bad=tuple(bad),
        last_line=last_line,
    )
    return _run_stage(run, prepared)

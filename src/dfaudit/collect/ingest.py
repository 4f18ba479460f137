"""Importing raw API items from files, the way third-party dumps come.

A file holds one JSON object per line — an item, or a whole API page (``{"items": [...]}``, a
tRPC answer, a JSON list) — or is one JSON document of either kind; ``.gz`` files are read as
such. Each file becomes part of one import run whose raw pages are the file's own lines, stored
exactly as a crawl would store its pages. Malformed lines are reported with their numbers and
the good ones kept.
"""

from __future__ import annotations

import gzip
import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import msgspec
from rich.console import Console
from rich.progress import Progress

from dfaudit.collect.runs import Checkpoint, finish_run, now_utc, open_run, save_checkpoint
from dfaudit.collect.runs import write_page as write_raw_page
from dfaudit.errors import InputError
from dfaudit.parallel import spawn_pool, worker_count
from dfaudit.records import BountyRecord
from dfaudit.store.db import Store
from dfaudit.store.normalize import normalize_bounty, normalize_civitai_model, normalize_hf_model
from dfaudit.store.raw import PageBody, items_of
from dfaudit.store.write import (
    ModelTables,
    concat_model_tables,
    model_tables,
    upsert_bounties,
    write_model_tables,
)

INGEST_PLATFORMS = ("civitai", "huggingface", "civitai-bounties")
CHUNK_LINES = 2000
CHUNK_BYTES = 16 << 20
PARALLEL_MIN_BYTES = 8 << 20
# Chunks are written in groups of at least this many items (one statement per table, one
# transaction and checkpoint per group): per-statement costs grow with the store's size.
WRITE_ITEMS = 20_000
WRITE_CHUNKS = 64
_decode = msgspec.json.Decoder().decode


@dataclass(frozen=True)
class BadLine:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class IngestSummary:
    platform: str
    run_id: int
    files: int
    items: int
    written: int
    bad_lines: tuple[BadLine, ...] = field(default_factory=tuple)
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.items / self.seconds if self.seconds else 0.0
        return (
            f"ingest {self.platform}: run {self.run_id} — {self.files} files, {self.items} items "
            f"({self.written} distinct stored), {len(self.bad_lines)} malformed lines, "
            f"{self.seconds:.1f} s ({rate:,.0f} items/s)"
        )


def _open_binary(path: Path) -> BinaryIO:
    try:
        handle: BinaryIO = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    head = handle.peek(2)[:2] if hasattr(handle, "peek") else b""
    if head == b"\x1f\x8b" or path.suffix == ".gz":
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    return handle


def _whole_document(path: Path) -> bytes | None:
    """The file's bytes when it is one multi-line JSON document rather than JSON lines."""
    with _open_binary(path) as handle:
        start = handle.read(1 << 16).lstrip()
    if not start or start[:1] not in (b"{", b"["):
        return None
    first_line = start.split(b"\n", 1)[0]
    try:
        _decode(first_line)
        return None  # the first line is a complete value: JSON lines
    except msgspec.DecodeError:
        pass
    with _open_binary(path) as handle:
        data = handle.read()
    try:
        _decode(data)
    except msgspec.DecodeError:
        return None
    return data


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a file (a whole multi-line document counts as line 1)."""
    try:
        whole = _whole_document(path)
        if whole is not None:
            yield 1, whole
            return
        with _open_binary(path) as handle:
            yield from enumerate(handle, start=1)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None


def _normalizer(platform: str) -> Callable[[Any, bytes | None], Any]:
    """A function of (item, its own bytes or None) giving the item's stored form."""
    if platform == "civitai":
        return lambda item, own: normalize_civitai_model(item, raw_bytes=own)
    if platform == "huggingface":
        return lambda item, own: normalize_hf_model(item, raw_bytes=own)
    return lambda item, own: normalize_bounty(item)


def ingest_files(
    store: Store,
    platform: str,
    paths: Sequence[str | Path],
    *,
    progress: bool = False,
    workers: int | None = None,
) -> IngestSummary:
    """Import raw items of ``platform`` from ``paths`` as one import run.

    Files of at least ``PARALLEL_MIN_BYTES`` are decoded and normalised on ``workers``
    processes (default: one per CPU, or ``DFAUDIT_WORKERS``).
    """
    workers_requested = workers
    if platform not in INGEST_PLATFORMS:
        raise InputError(
            f"unknown platform {platform!r}; expected one of: {', '.join(INGEST_PLATFORMS)}"
        )
    files = [Path(p) for p in paths]
    if not files:
        raise InputError("no input files given")
    for path in files:
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
    started = time.monotonic()
    source = platform
    params = {
        "files": [str(p.resolve()) for p in files],
        "sha256": [_file_digest(p) for p in files],
    }
    state = open_run(store, source, params, kind="import", census=False)
    bad: list[BadLine] = []
    total_items = written = 0
    with Progress(console=Console(stderr=True), disable=not progress) as bar:
        task = bar.add_task(f"ingest {platform}", total=len(files))
        for path in files:
            size = path.stat().st_size
            pool = worker_count(workers_requested) if size >= PARALLEL_MIN_BYTES else 1
            items, stored = _ingest_file(
                store, state.run_id, state.checkpoints, platform, path, bad, pool
            )
            total_items += items
            written += stored
            bar.advance(task)
    finish_run(store, state.run_id)
    return IngestSummary(
        platform=platform,
        run_id=state.run_id,
        files=len(files),
        items=total_items,
        written=written,
        bad_lines=tuple(bad),
        seconds=time.monotonic() - started,
    )


@dataclass(frozen=True)
class PreparedChunk:
    """Lines of a file turned into what the store needs: built by a worker or in-process."""

    body: PageBody  # the lines that held items, as they came: the chunk's raw page
    models: ModelTables | None
    bounties: tuple[tuple[Any, BountyRecord], ...]
    n_items: int
    bad: tuple[BadLine, ...]
    last_line: int


def prepare_chunk(
    platform: str, path_text: str, lines: list[tuple[int, bytes]], last_line: int
) -> PreparedChunk:
    """Decode, check and normalise numbered lines (pure: runs in worker processes)."""
    normalize = _normalizer(platform)
    bad: list[BadLine] = []
    kept: list[bytes] = []
    normalized: list[Any] = []
    for number, line in lines:
        try:
            document = _decode(line)
        except msgspec.DecodeError as exc:
            bad.append(BadLine(path_text, number, f"not valid JSON ({exc})"))
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
    return PreparedChunk(
        body=PageBody.of(b"".join(kept)),
        models=models,
        bounties=bounties,
        n_items=len(normalized),
        bad=tuple(bad),
        last_line=last_line,
    )


def _commit_chunks(
    store: Store, run_id: int, path: Path, point: Checkpoint, chunks: Sequence[PreparedChunk]
) -> tuple[Checkpoint, int]:
    """Store chunks, each as a raw page, with their items (one write per table for all of them)
    and the checkpoint after the last, in one transaction."""
    written = 0
    with store.transaction():
        fetched = now_utc()
        models: list[tuple[ModelTables, int | None]] = []
        for chunk in chunks:
            if not chunk.n_items:
                point = Checkpoint(
                    point.stream, str(chunk.last_line), point.pages, point.items, False
                )
                continue
            page_id = write_raw_page(
                store,
                run_id=run_id,
                stream=point.stream,
                seq=point.pages,
                method="FILE",
                url=path.resolve().as_uri(),
                status=200,
                body=chunk.body,
                fetched_at=fetched,
                n_items=chunk.n_items,
            )
            if chunk.models is not None:
                models.append((chunk.models, page_id))
            else:
                written += upsert_bounties(
                    store, chunk.bounties, run_id=run_id, observed_at=fetched
                )
            point = Checkpoint(
                point.stream,
                str(chunk.last_line),
                point.pages + 1,
                point.items + chunk.n_items,
                False,
            )
        if models:
            written += write_model_tables(
                store, concat_model_tables(models), run_id=run_id, observed_at=fetched
            )
        save_checkpoint(store, run_id, point)
    return point, written


def _line_chunks(path: Path, skip_to: int) -> Iterator[tuple[list[tuple[int, bytes]], int]]:
    """Numbered non-blank lines after ``skip_to``, in chunks of a bounded count and size."""
    lines: list[tuple[int, bytes]] = []
    size = 0
    number = skip_to
    for number, line in _lines(path):
        if number <= skip_to or not line.strip():
            continue
        lines.append((number, line))
        size += len(line)
        if len(lines) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield lines, number
            lines, size = [], 0
    if lines or number > skip_to:
        yield lines, number


def _ingest_file(
    store: Store,
    run_id: int,
    checkpoints: Mapping[str, Checkpoint],
    platform: str,
    path: Path,
    bad: list[BadLine],
    workers: int,
) -> tuple[int, int]:
    """One file, resumable by line number. Returns (items read, distinct items stored).

    With ``workers`` > 1, chunks are prepared on worker processes, a few ahead of the one
    being committed; commits stay in file order.
    """
    stream = f"file:{path.name}"
    point = checkpoints.get(stream) or Checkpoint(stream, None, 0, 0, False)
    if point.done:
        return 0, 0
    skip_to = int(point.next_cursor or 0)
    items_read = written = 0

    group: list[PreparedChunk] = []
    group_items = 0

    def commit(chunk: PreparedChunk | None) -> None:
        """Add a chunk to the group; write the group once it is large (or at the end: None)."""
        nonlocal point, items_read, written, group_items
        if chunk is not None:
            bad.extend(chunk.bad)
            group.append(chunk)
            group_items += chunk.n_items
            if group_items < WRITE_ITEMS and len(group) < WRITE_CHUNKS:
                return
        if not group:
            return
        point, stored = _commit_chunks(store, run_id, path, point, group)
        items_read += group_items
        written += stored
        group.clear()
        group_items = 0

    chunks = _line_chunks(path, skip_to)
    if workers <= 1:
        for lines, last in chunks:
            commit(prepare_chunk(platform, str(path), lines, last))
    else:
        with spawn_pool(workers) as pool:
            pending: deque[Future[PreparedChunk]] = deque()
            for lines, last in chunks:
                pending.append(pool.submit(prepare_chunk, platform, str(path), lines, last))
                if len(pending) > workers:
                    commit(pending.popleft().result())
            while pending:
                commit(pending.popleft().result())
    commit(None)
    with store.transaction():
        save_checkpoint(store, run_id, Checkpoint(stream, None, point.pages, point.items, True))
    return items_read, written


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return digest.hexdigest()

"""Importing raw API items from files, the way third-party dumps come.

A file holds one JSON object per line — an item, or a whole API page (``{"items": [...]}``, a
tRPC answer, a JSON list) — or is one JSON document of either kind; ``.gz`` files are read as
such. Each file becomes part of one import run whose raw pages are the file's own lines, stored
exactly as a crawl would store its pages. Malformed lines are reported with their numbers and
the good ones kept.

Every input is hostile: only regular files (and ``-``, standard input) are read, never devices
or FIFOs; a line over ``MAX_LINE_BYTES`` is skipped unread; invalid UTF-8, nesting too deep to
decode and items with ids of the wrong type are malformed lines; a ``.gz`` cut short keeps every
complete line before the cut and says where it stopped.
"""

from __future__ import annotations

import hashlib
import os
import queue
import shutil
import stat
import sys
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from rich.console import Console
from rich.progress import Progress

from dfaudit.collect.prepare import (  # the worker side (re-exported: tests, callers)
    BadLine,
    ChunkStage,
    Line,
    LineProblem,
    PreparedChunk,
    decode_json,
    prepare_chunk,
    prepare_chunk_pickled,
    unpickle_chunk,
)
from dfaudit.collect.runs import Checkpoint, finish_run, now_utc, open_run, save_checkpoint
from dfaudit.collect.runs import write_page as write_raw_page
from dfaudit.errors import InputError
from dfaudit.parallel import spawn_pool, start_fork_server, worker_count
from dfaudit.store.db import Store, ingest_memory_limit, memory_limit, sql_string
from dfaudit.store.raw import items_of
from dfaudit.store.write import (
    ModelTables,
    concat_model_tables,
    upsert_bounties,
    write_model_tables_counted,
)

__all__ = [
    "BadLine",
    "ChunkStage",
    "IngestSummary",
    "Line",
    "LineProblem",
    "PreparedChunk",
    "check_regular_file",
    "decode_json",
    "ingest_files",
    "items_of",
    "prepare_chunk",
]

_WORKER_MODULE = "dfaudit.collect.prepare"  # what the import's workers run (prepare_chunk)
INGEST_PLATFORMS = ("civitai", "huggingface", "civitai-bounties")
CHUNK_LINES = 2000
CHUNK_BYTES = 16 << 20
PARALLEL_MIN_BYTES = 8 << 20
READ_BYTES = 1 << 20  # raw and decompressed blocks
MAX_LINE_BYTES = 64 << 20  # a longer line is skipped without being held in memory
MAX_DOCUMENT_BYTES = 256 << 20  # a whole (multi-line) JSON document
STDIN = "-"
# Chunks are written in groups of at least this many items (one statement per table, one
# transaction and checkpoint per group): per-statement costs grow with the store's size.
WRITE_ITEMS = 20_000
WRITE_CHUNKS = 64
# The chunks of a file grow from ``TAPER_MIN_BYTES`` (doubling) and its end is read in smaller
# and smaller ones (each at most the rest of the file over ``TAPER_DIVISOR``, down to
# ``TAPER_MIN_BYTES`` again): the first chunks come back soon, so the writes start early
# (the first 2,000 real-shaped models took a worker ~4 s: every one is new to detection's memo),
# and the workers finish together (with whole chunks to the end, one of them went on alone
# with the last, ~0.5 s of a core idle).
TAPER_DIVISOR = 4
TAPER_MIN_BYTES = 1 << 20
# Chunks handed to the workers beyond the one each is preparing: what keeps them busy while
# this process reads or waits (the group writes run on a thread of their own, see _GroupWriter)
CHUNKS_AHEAD_PER_WORKER = 2
# A pooled import also writes a group once it holds this share of the file's bytes: a file of
# fewer than ~8 x WRITE_ITEMS items is written in ~8 groups, not one or two large ones that the
# writer's thread took on late (the last of them, and its checkpoint, once the workers were done).
GROUPS_PER_FILE = 8
# ... and checkpoints what it wrote each time that reaches this share of the file (and once the
# file is read): on the writer's thread while the workers go on, instead of all of it at the end
# when nothing else is left to do (~1 s of one core for 30,000 real-shaped models).
CHECKPOINTS_PER_FILE = 4
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class IngestSummary:
    platform: str
    run_id: int
    files: int
    items: int
    written: int
    bad_lines: tuple[BadLine, ...] = field(default_factory=tuple)
    seconds: float = 0.0
    # what detection fused into the import counted of failing signals (dfaudit.pipeline.ingest
    # fills it: a detect.signal_errors.SignalErrors), None without detection
    signal_errors: Any = None

    def line(self) -> str:
        rate = self.items / self.seconds if self.seconds else 0.0
        return (
            f"ingest {self.platform}: run {self.run_id} — {self.files} files, {self.items} items "
            f"({self.written} distinct stored), {len(self.bad_lines)} malformed lines, "
            f"{self.seconds:.1f} s ({rate:,.0f} items/s)"
        )


def check_regular_file(path: Path) -> None:
    """Refuse anything but an existing regular file (``/dev/zero``, a FIFO, a directory...)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise InputError(
            f"{path}: not a regular file (devices, FIFOs and sockets are refused; "
            "use - to read standard input)"
        )


def _open_binary(path: Path) -> BinaryIO:
    """Open a regular file for reading; never blocks on a FIFO swapped in after the check."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        check_regular_file(path)  # says what it is
        raise InputError(f"{path}: not a regular file")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _raw_blocks(handle: BinaryIO) -> Iterator[bytes]:
    while block := handle.read(READ_BYTES):
        yield block


class _CutShort(Exception):
    """A compressed stream ended before its end marker, or is corrupt from some point on."""


class _NotGzip(Exception):
    """A ``.gz`` file whose very first bytes do not inflate: there is nothing to keep."""


def _gunzip(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """Decompressed blocks (at most ``READ_BYTES`` each) of one or more gzip members.

    Output is bounded per step, so a small bomb never expands at once. Raises
    :class:`_CutShort` once everything before the cut has been yielded.
    """
    inflater = zlib.decompressobj(wbits=31)
    started = False
    taken = produced = 0
    for block in blocks:
        taken += len(block)
        data = block
        while True:
            started = started or bool(data)
            try:
                out = inflater.decompress(data, READ_BYTES)
            except zlib.error as exc:
                if not produced:
                    raise _NotGzip(str(exc)) from None
                raise _CutShort(
                    f"corrupt gzip data within the first {taken:,} bytes ({exc})"
                ) from None
            if out:
                produced += len(out)
                yield out
            if inflater.eof:
                data = inflater.unused_data
                inflater, started = zlib.decompressobj(wbits=31), False
                if not data.strip(b"\0"):  # the end, or zero padding as gzip allows
                    break
                continue  # another member follows
            data = inflater.unconsumed_tail
            if not data and len(out) < READ_BYTES:
                break
    if started:
        raise _CutShort(f"the gzip stream ends before its end marker, after {taken:,} bytes")


def _decompressed(handle: BinaryIO, path: Path) -> Iterator[bytes]:
    head = handle.read(2)
    blocks = _raw_blocks(handle)
    first = head + next(blocks, b"")

    def chained() -> Iterator[bytes]:
        if first:
            yield first
        yield from blocks

    if head == _GZIP_MAGIC or path.suffix == ".gz":
        return _gunzip(chained())
    return chained()


def _split_lines(blocks: Iterable[bytes], max_line: int) -> Iterator[Line]:
    """Lines of a block stream (newline kept); a line over ``max_line`` becomes a problem.

    The last line is yielded even without a newline, unless the stream was cut short: then the
    incomplete line is dropped and a :class:`LineProblem` says where the stream stopped.
    """
    pending = bytearray()
    too_long = False
    try:
        for block in blocks:
            start = 0
            while True:
                end = block.find(b"\n", start)
                if end >= 0 and not pending and not too_long:
                    # a whole line inside the block (nearly every line): one copy, no buffer
                    if end - start >= max_line:
                        yield LineProblem(f"line longer than {max_line:,} bytes, skipped unread")
                    else:
                        yield block[start : end + 1]
                    start = end + 1
                    continue
                piece = block[start:] if end < 0 else block[start : end + 1]
                if not too_long:
                    pending += piece
                    if len(pending) > max_line:
                        too_long = True
                        pending.clear()
                if end < 0:
                    break
                if too_long:
                    yield LineProblem(f"line longer than {max_line:,} bytes, skipped unread")
                    too_long = False
                else:
                    yield bytes(pending)
                    pending.clear()
                start = end + 1
    except _CutShort as exc:
        kept = "the incomplete line here was dropped; " if pending or too_long else ""
        yield LineProblem(f"file cut short: {exc}; {kept}every complete line before it was kept")
        return
    if too_long:
        yield LineProblem(f"line longer than {max_line:,} bytes, skipped unread")
    elif pending:
        yield bytes(pending)


def _whole_document(path: Path) -> bytes | LineProblem | None:
    """The file's bytes when it is one multi-line JSON document rather than JSON lines."""
    with _open_binary(path) as handle:
        blocks = _decompressed(handle, path)
        buffer = bytearray()
        try:
            for block in blocks:
                buffer += block
                if len(buffer) >= 1 << 16:
                    break
            start = bytes(buffer).lstrip()
            if not start or start[:1] not in (b"{", b"["):
                return None
            first_line = start.split(b"\n", 1)[0]
            if decode_json(first_line)[1] is None:
                return None  # the first line is a complete value: JSON lines
            for block in blocks:
                buffer += block
                if len(buffer) > MAX_DOCUMENT_BYTES:
                    return LineProblem(
                        f"one JSON document over {MAX_DOCUMENT_BYTES:,} bytes: "
                        "split it into JSON lines"
                    )
        except _CutShort:
            return None  # read as lines, which keeps what came before the cut
    data = bytes(buffer)
    return data if decode_json(data)[1] is None else None


def _lines(path: Path) -> Iterator[tuple[int, Line]]:
    """Numbered lines of a file (a whole multi-line document counts as line 1)."""
    try:
        whole = _whole_document(path)
        if whole is not None:
            yield 1, whole
            return
        with _open_binary(path) as handle:
            yield from enumerate(_split_lines(_decompressed(handle, path), MAX_LINE_BYTES), 1)
    except _NotGzip as exc:
        raise InputError(f"{path}: cannot read (not gzip data: {exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None


def ingest_files(
    store: Store,
    platform: str,
    paths: Sequence[str | Path],
    *,
    progress: bool = False,
    workers: int | None = None,
    stage: ChunkStage | None = None,
) -> IngestSummary:
    """Import raw items of ``platform`` from ``paths`` as one import run.

    Files of at least ``PARALLEL_MIN_BYTES`` are decoded and normalised on ``workers``
    processes (default: one per CPU, or ``DFAUDIT_WORKERS``). Only regular files are read;
    ``-`` reads standard input (copied to a temporary file first, so it is hashed and chunked
    like any file). ``stage``: work of a later stage fused into the preparation of model chunks
    (see :class:`ChunkStage`).
    """
    if platform not in INGEST_PLATFORMS:
        raise InputError(
            f"unknown platform {platform!r}; expected one of: {', '.join(INGEST_PLATFORMS)}"
        )
    if not paths:
        raise InputError("no input files given")
    if sum(1 for p in paths if str(p) == STDIN) > 1:
        raise InputError("standard input (-) can be given only once")
    for given in paths:
        if str(given) != STDIN:
            check_regular_file(Path(given))
    with ExitStack() as stack:
        files = [_spool_stdin(stack) if str(given) == STDIN else Path(given) for given in paths]
        labels = [STDIN if str(given) == STDIN else str(given) for given in paths]
        return _ingest_paths(store, platform, files, labels, progress, workers, stage)


def _spool_stdin(stack: ExitStack) -> Path:
    """Standard input copied to a temporary regular file (removed when the import ends)."""
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="dfaudit-stdin-")))
    target = folder / "stdin"
    with target.open("wb") as handle:
        shutil.copyfileobj(sys.stdin.buffer, handle, READ_BYTES)
    return target


def _ingest_paths(
    store: Store,
    platform: str,
    files: list[Path],
    labels: list[str],
    progress: bool,
    workers_requested: int | None,
    stage: ChunkStage | None = None,
) -> IngestSummary:
    started = time.monotonic()
    pooled = any(p.stat().st_size >= PARALLEL_MIN_BYTES for p in files)
    if pooled and worker_count(workers_requested) > 1:
        start_fork_server(worker_preload(stage))  # its imports run while the files are hashed
    source = platform
    params = {
        "files": [
            STDIN if label == STDIN else str(path.resolve())
            for path, label in zip(files, labels, strict=True)
        ],
        "sha256": [_file_digest(p) for p in files],
    }
    state = open_run(store, source, params, kind="import", census=False)
    bad: list[BadLine] = []
    total_items = written = 0
    with Progress(console=Console(stderr=True), disable=not progress) as bar:
        task = bar.add_task(f"ingest {platform}", total=len(files))
        for path, label in zip(files, labels, strict=True):
            size = path.stat().st_size
            pool = worker_count(workers_requested) if size >= PARALLEL_MIN_BYTES else 1
            seen_bad = len(bad)
            items, stored = _ingest_file(
                store, state.run_id, state.checkpoints, platform, path, bad, pool, stage
            )
            bad[seen_bad:] = [BadLine(label, b.line, b.reason) for b in bad[seen_bad:]]
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


def _last_per_key(table: pa.Table) -> pa.Table:
    """Rows of ``table`` with the last row of each (platform, model_id) kept, in order."""
    keys = pc.binary_join_element_wise(table["platform"], table["model_id"], "\x00")
    if pc.count_distinct(keys).as_py() == table.num_rows:
        return table
    last = {key: row for row, key in enumerate(keys.to_pylist())}
    return table.take(sorted(last.values()))


def _commit_chunks(
    store: Store,
    run_id: int,
    path: Path,
    point: Checkpoint,
    chunks: Sequence[PreparedChunk],
    write_extra: Callable[[Store, pa.Table, bool], None] | None = None,
) -> tuple[Checkpoint, int]:
    """Store chunks, each as a raw page, with their items (one write per table for all of them),
    what a fused stage made of them, and the checkpoint after the last, in one transaction."""
    written = seen_before = 0
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
            stored, seen_before = write_model_tables_counted(
                store, concat_model_tables(models), run_id=run_id, observed_at=fetched
            )
            written += stored
        extras = [c.extra for c in chunks if c.extra is not None and c.extra.num_rows]
        if write_extra is not None and extras:
            write_extra(store, _last_per_key(pa.concat_tables(extras)), not seen_before)
        save_checkpoint(store, run_id, point)
    return point, written


def _is_gzip(path: Path) -> bool:
    with _open_binary(path) as handle:
        return handle.read(2) == _GZIP_MAGIC or path.suffix == ".gz"


def _line_chunks(path: Path, skip_to: int) -> Iterator[tuple[list[tuple[int, Line]], int]]:
    """Numbered non-blank lines after ``skip_to``, in chunks of a bounded count and size, the
    first ones smaller and growing, the last ones of a file smaller and smaller (see
    ``TAPER_DIVISOR``; the end not in a compressed file, whose decompressed size is not
    known). The chunks depend on the file only, not on the workers."""
    total = None if _is_gzip(path) else path.stat().st_size
    lines: list[tuple[int, Line]] = []
    size = 0
    number = skip_to
    read = 0  # bytes of the file before the current line (an uncompressed file's lines)
    limit = first = TAPER_MIN_BYTES
    for number, line in _lines(path):
        length = len(line) if isinstance(line, bytes) else 0
        read += length
        if number <= skip_to or (
            isinstance(line, bytes) and (not line or line[:1].isspace()) and not line.strip()
        ):
            continue
        if not lines:  # a chunk starts: how large may it be
            limit = min(CHUNK_BYTES, first)
            if total is not None:
                limit = min(limit, max(TAPER_MIN_BYTES, (total - read + length) // TAPER_DIVISOR))
        lines.append((number, line))
        size += length
        if len(lines) >= CHUNK_LINES or size >= limit:
            yield lines, number
            lines, size = [], 0
            first *= 2
    if lines or number > skip_to:
        yield lines, number


# DuckDB's dictionary+FSST string compression, off for what an import writes: choosing and
# applying it was ~80 % of the checkpoint that stores an import (49 of 63 us of CPU per
# real-shaped model, as much as all of the import's writes before it), for a file ~40 % smaller
# (bench/README.md, fifth round). Raw pages are compressed before they reach DuckDB anyway.
IMPORT_DISABLED_COMPRESSION = "dict_fsst"


@contextmanager
def _writer_settings(store: Store) -> Iterator[None]:
    """DuckDB as the writer of a pooled import: on one thread while worker processes prepare
    chunks (they keep the cores busy, and the writes' own threads only competed with them:
    about a fifth more CPU per write); within :func:`~dfaudit.store.db.ingest_memory_limit`
    (the data written since the last checkpoint is spilled beyond it, not held: the process
    stays bounded as the store grows); without :data:`IMPORT_DISABLED_COMPRESSION`, and
    checkpointed at the end, so that everything the import wrote is stored that way."""
    con = store.con
    threads = store.scalar("SELECT current_setting('threads')")
    disabled = store.scalar("SELECT current_setting('disabled_compression_methods')")
    con.execute("SET threads = 1")
    # (should more than that be held and not be spillable now: write within the old limit)
    with suppress(duckdb.Error):
        con.execute(f"SET memory_limit = '{ingest_memory_limit()}'")
    con.execute(f"SET disabled_compression_methods = '{IMPORT_DISABLED_COMPRESSION}'")
    try:
        yield
        con.execute(f"SET threads = {int(threads)}")
        con.execute("CHECKPOINT")
    finally:
        con.execute(f"SET threads = {int(threads)}")
        con.execute(f"SET disabled_compression_methods = '{sql_string(str(disabled or ''))}'")
        con.execute(f"SET memory_limit = '{memory_limit()}'")


def worker_preload(stage: ChunkStage | None) -> tuple[str, ...]:
    """The modules an import's workers run (see :func:`~dfaudit.parallel.spawn_pool`)."""
    return (_WORKER_MODULE, *(stage.preload if stage is not None else ()))


def _checkpoint(store: Store) -> None:
    """DuckDB's checkpoint of what the import wrote so far (with the writer's settings)."""
    store.con.execute("CHECKPOINT")


_READ = object()  # the file is read: every chunk still to come is in the workers' hands
_STOP = object()


class _GroupWriter:
    """The group writes of a pooled import, on a thread of their own, so that this process
    goes on reading the file and handing chunks to the workers while DuckDB writes (it lets go
    of the GIL as it works): before, the workers ran dry during each group's write and waited.

    Chunks come in file order (``put``). ``commit(chunk)`` adds one to the group and writes the
    group once it is large; ``commit(None)`` writes it now. Once the file is read
    (:meth:`read`) the group so far is written and checkpointed while the workers prepare the
    last chunks, and each later chunk is written as soon as nothing else waits, so that little
    is left to write, and to checkpoint, once the workers are done. A failed write stops the
    writes (the chunks after it are dropped, as a failure drops them without the thread) and
    is raised in the caller's thread at its next ``put`` or at the end."""

    def __init__(
        self,
        commit: Callable[[PreparedChunk | None, int], None],
        checkpoint: Callable[[], None],
        depth: int,
    ) -> None:
        self._commit = commit
        self._checkpoint = checkpoint
        self._queue: queue.Queue[object] = queue.Queue(depth)
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="dfaudit-ingest-writer", daemon=True)

    def _run(self) -> None:
        read = False
        while (item := self._queue.get()) is not _STOP:
            if self._error is not None or self._abandoned:
                continue
            try:
                if item is _READ:
                    read = True
                    self._commit(None, 0)
                    self._checkpoint()
                    continue
                assert isinstance(item, tuple)
                self._commit(*item)
                if read and self._queue.empty():
                    self._commit(None, 0)
            except BaseException as exc:  # raised again in the caller's thread
                self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, chunk: PreparedChunk, size: int) -> None:
        """The next chunk, prepared from ``size`` bytes of the file."""
        self._raise()
        self._queue.put((chunk, size))

    def read(self) -> None:
        self._raise()
        self._queue.put(_READ)

    def __enter__(self) -> _GroupWriter:
        self._thread.start()
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is not None:
            self._abandoned = True  # stop after the write under way
        self._queue.put(_STOP)
        self._thread.join()
        if kind is None:
            self._raise()
            self._commit(None, 0)  # the last group (nothing, unless the file had no _READ)


def _ingest_file(
    store: Store,
    run_id: int,
    checkpoints: Mapping[str, Checkpoint],
    platform: str,
    path: Path,
    bad: list[BadLine],
    workers: int,
    stage: ChunkStage | None = None,
) -> tuple[int, int]:
    """One file, resumable by line number. Returns (items read, distinct items stored).

    With ``workers`` > 1, chunks are prepared on worker processes, a few ahead of the one
    being committed, and written by a thread of their own (:class:`_GroupWriter`); commits
    stay in file order.
    """
    stream = f"file:{path.name}"
    point = checkpoints.get(stream) or Checkpoint(stream, None, 0, 0, False)
    if point.done:
        return 0, 0
    skip_to = int(point.next_cursor or 0)
    items_read = written = 0

    group: list[PreparedChunk] = []
    group_items = group_bytes = unchecked_bytes = 0
    file_bytes = path.stat().st_size if workers > 1 else 0
    bytes_limit = file_bytes // GROUPS_PER_FILE

    def commit(chunk: PreparedChunk | None, size: int = 0) -> None:
        """Add a chunk (of ``size`` bytes of the file) to the group; write the group once it
        is large (or now: None)."""
        nonlocal point, items_read, written, group_items, group_bytes, unchecked_bytes
        if chunk is not None:
            bad.extend(chunk.bad)
            group.append(chunk)
            group_items += chunk.n_items
            group_bytes += size
            if (
                group_items < WRITE_ITEMS
                and len(group) < WRITE_CHUNKS
                and (not bytes_limit or group_bytes < bytes_limit)
            ):
                return
        if not group:
            return
        point, stored = _commit_chunks(
            store, run_id, path, point, group, stage.write if stage is not None else None
        )
        items_read += group_items
        written += stored
        unchecked_bytes += group_bytes
        group.clear()
        group_items = group_bytes = 0
        if file_bytes and unchecked_bytes >= file_bytes // CHECKPOINTS_PER_FILE:
            checkpoint()

    def checkpoint() -> None:
        """Checkpoint what the groups wrote since the last time (pooled imports)."""
        nonlocal unchecked_bytes
        if unchecked_bytes:
            _checkpoint(store)
            unchecked_bytes = 0

    chunks = _line_chunks(path, skip_to)
    if workers <= 1:
        run = None
        if stage is not None and stage.inline:
            if stage.init is not None:
                stage.init(*stage.init_args)
            run = stage.run
        for lines, last in chunks:
            commit(prepare_chunk(platform, str(path), lines, last, run))
        commit(None)
    else:
        init, init_args = (stage.init, stage.init_args) if stage is not None else (None, ())
        run = stage.run if stage is not None else None
        ahead = workers * (1 + CHUNKS_AHEAD_PER_WORKER)
        with (
            spawn_pool(workers, init, init_args, preload=worker_preload(stage)) as pool,
            _writer_settings(store),
            _GroupWriter(commit, checkpoint, depth=workers + 1) as writer,
        ):
            pending: deque[tuple[Future[bytes], int]] = deque()
            for lines, last in chunks:
                size = sum(len(line) for _, line in lines if isinstance(line, bytes))
                future = pool.submit(prepare_chunk_pickled, platform, str(path), lines, last, run)
                pending.append((future, size))
                while len(pending) > ahead or (pending and pending[0][0].done()):
                    future, size = pending.popleft()
                    writer.put(unpickle_chunk(future.result()), size)
            writer.read()
            while pending:
                future, size = pending.popleft()
                writer.put(unpickle_chunk(future.result()), size)
    with store.transaction():
        save_checkpoint(store, run_id, Checkpoint(stream, None, point.pages, point.items, True))
    return items_read, written


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with _open_binary(path) as handle:
            for block in _raw_blocks(handle):
                digest.update(block)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return digest.hexdigest()

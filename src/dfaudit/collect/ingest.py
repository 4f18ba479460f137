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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from dfaudit.collect.runs import Checkpoint, finish_run, now_utc, open_run, save_checkpoint
from dfaudit.collect.runs import write_page as write_raw_page
from dfaudit.errors import InputError
from dfaudit.store.db import Store
from dfaudit.store.normalize import normalize_bounty, normalize_civitai_model, normalize_hf_model
from dfaudit.store.raw import items_of
from dfaudit.store.write import upsert_bounties, upsert_models

INGEST_PLATFORMS = ("civitai", "huggingface", "civitai-bounties")
CHUNK_LINES = 5000
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
) -> IngestSummary:
    """Import raw items of ``platform`` from ``paths`` as one import run."""
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
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), disable=not progress) as bar:
        task = bar.add_task(f"ingest {platform}", total=len(files))
        for path in files:
            items, stored = _ingest_file(
                store, state.run_id, state.checkpoints, platform, path, bad
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


@dataclass
class _Chunk:
    """Lines and items waiting to be committed as one raw page."""

    lines: list[bytes] = field(default_factory=list)
    items: list[tuple[Any, Any]] = field(default_factory=list)


def _commit_chunk(
    store: Store,
    run_id: int,
    platform: str,
    path: Path,
    point: Checkpoint,
    chunk: _Chunk,
    last_line: int,
) -> tuple[Checkpoint, int]:
    """Store a chunk as a raw page with its items and the checkpoint after it."""
    body = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in chunk.lines)
    fetched = now_utc()
    with store.transaction():
        page_id = write_raw_page(
            store,
            run_id=run_id,
            stream=point.stream,
            seq=point.pages,
            method="FILE",
            url=path.resolve().as_uri(),
            status=200,
            body=body,
            fetched_at=fetched,
            n_items=len(chunk.items),
        )
        if platform == "civitai-bounties":
            written = upsert_bounties(store, chunk.items, run_id=run_id, observed_at=fetched)
        else:
            written = upsert_models(
                store,
                [normalized for _, normalized in chunk.items],
                run_id=run_id,
                observed_at=fetched,
                page_id=page_id,
            )
        point = Checkpoint(
            point.stream, str(last_line), point.pages + 1, point.items + len(chunk.items), False
        )
        save_checkpoint(store, run_id, point)
    return point, written


def _ingest_file(
    store: Store,
    run_id: int,
    checkpoints: Mapping[str, Checkpoint],
    platform: str,
    path: Path,
    bad: list[BadLine],
) -> tuple[int, int]:
    """One file, resumable by line number. Returns (items read, distinct items stored)."""
    normalize = _normalizer(platform)
    stream = f"file:{path.name}"
    point = checkpoints.get(stream) or Checkpoint(stream, None, 0, 0, False)
    if point.done:
        return 0, 0
    skip_to = int(point.next_cursor or 0)
    chunk = _Chunk()
    items_read = written = 0
    last_line = skip_to
    for number, line in _lines(path):
        if number <= skip_to:
            continue
        last_line = number
        if not line.strip():
            continue
        try:
            document = _decode(line)
        except msgspec.DecodeError as exc:
            bad.append(BadLine(str(path), number, f"not valid JSON ({exc})"))
            continue
        items = items_of(document)
        if items is None:
            bad.append(BadLine(str(path), number, "not a JSON object or list"))
            continue
        good = missing_id = 0
        own_bytes = line if len(items) == 1 and items[0] is document else None
        for item in items:
            if not isinstance(item, dict) or "id" not in item:
                missing_id += 1
                continue
            try:
                chunk.items.append((item, normalize(item, own_bytes)))
                good += 1
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                bad.append(BadLine(str(path), number, f"not a {platform} item ({exc!r})"))
        if missing_id:
            what = "an item" if missing_id == 1 else f"{missing_id} items"
            bad.append(BadLine(str(path), number, f"{what} without an 'id'"))
        if good:
            chunk.lines.append(line)
        if len(chunk.items) >= CHUNK_LINES:
            items_read += len(chunk.items)
            point, stored = _commit_chunk(store, run_id, platform, path, point, chunk, number)
            written += stored
            chunk = _Chunk()
    if chunk.items:
        items_read += len(chunk.items)
        point, stored = _commit_chunk(store, run_id, platform, path, point, chunk, last_line)
        written += stored
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

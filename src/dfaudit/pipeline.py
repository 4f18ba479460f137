"""The processing pipeline after collection: detection, then forensics on its output.

``dfaudit process`` and ``dfaudit audit`` both call :func:`process_all`, so the two cannot
drift apart. Both steps are incremental: detection reads only models whose input changed, and
the re-upload links are rebuilt only when what they are computed from changed (the models'
dates, their files' hashes, the findings), so a second run with nothing new costs a few
queries, not a census-sized join.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dfaudit.store.db import Store

if TYPE_CHECKING:
    from dfaudit.collect.ingest import ChunkStage, IngestSummary
    from dfaudit.detect.signal_errors import SignalErrorTally

REUPLOAD_INPUTS_KEY = "reuploads.inputs"
# Everything the links and the inherited findings are computed from changes one of these:
# models and files are only written with a new last_seen, findings with a new processed_at.
_REUPLOAD_INPUTS_SQL = """
SELECT concat_ws('|',
    (SELECT count(*) FROM models), (SELECT max(last_seen) FROM models),
    (SELECT max(first_seen) FROM models), (SELECT count(*) FROM files),
    (SELECT count(*) FROM findings), (SELECT max(processed_at) FROM findings),
    (SELECT count(*) FROM reuploads))
"""


@dataclass(frozen=True)
class PipelineSummary:
    detection: Any
    reuploads: int
    reuploads_unchanged: bool = False  # nothing they depend on changed: not rebuilt


def reupload_inputs(store: Store) -> str:
    """A stamp of what the re-upload links depend on."""
    return str(store.scalar(_REUPLOAD_INPUTS_SQL))


def process_all(store: Store, *, progress: bool = True) -> PipelineSummary:
    """Normalise and detect (incrementally), then link re-uploads and let them inherit findings
    (skipped when nothing they depend on changed since the last time)."""
    from dfaudit.detect.engine import process_store
    from dfaudit.detect.pseudonym import pseudonym_key
    from dfaudit.forensics.reuploads import link_reuploads
    from dfaudit.publish import publish_snapshot

    pseudonym_key(store)  # made here, so a read-only report has stable pseudonyms to print
    detection = process_store(store, progress=progress)
    if store.get_setting(REUPLOAD_INPUTS_KEY) == reupload_inputs(store):
        links = int(store.scalar("SELECT count(*) FROM reuploads") or 0)
        publish_snapshot(store)  # keeps the published file when nothing it holds changed
        return PipelineSummary(detection=detection, reuploads=links, reuploads_unchanged=True)
    links = link_reuploads(store)
    store.set_setting(REUPLOAD_INPUTS_KEY, reupload_inputs(store))
    publish_snapshot(store)  # the review app reads this, never the store (see publish.py)
    return PipelineSummary(detection=detection, reuploads=links)


def detection_stage(
    store: Store,
    *,
    inline: bool = False,
    shared: Any = None,
    errors: SignalErrorTally | None = None,
) -> ChunkStage:
    """Detection fused into ingest: each chunk of models is detected where it is normalised
    (the ingest's worker processes), with the store's lexicon, today's date and this detector;
    the main process writes the findings in the chunk's transaction. ``process`` afterwards
    finds them current (same input hash and detector) and skips them; models with safetensors
    headers stay stale and are detected there, with their headers. ``shared``: a
    :func:`~dfaudit.detect.engine.shared_memo` through which the workers detect each distinct
    input once between them. ``errors``: adds up the error hits of the findings written."""
    from dfaudit.collect.ingest import ChunkStage
    from dfaudit.detect.engine import (
        detect_models_table,
        detector_version,
        init_ingest_detection,
        today,
        worker_modules,
        write_ingest_findings,
    )
    from dfaudit.detect.lexicon import load_lexicon

    lexicon = load_lexicon(store)
    write = partial(write_ingest_findings, errors=errors)
    return ChunkStage(
        run=detect_models_table,
        write=write,
        init=init_ingest_detection,
        init_args=(lexicon, today(), detector_version(), shared),
        inline=inline,
        preload=worker_modules(),
    )


def ingest(
    store: Store,
    platform: str,
    paths: Sequence[str | Path],
    *,
    progress: bool = False,
    workers: int | None = None,
    detect: bool | None = None,
) -> IngestSummary:
    """``dfaudit ingest``: import files, detecting models on the way (see
    :func:`detection_stage`). ``detect``: None detects on the worker processes of large files
    only (small files are left to ``process``), True everywhere, False never."""
    from dfaudit.collect.ingest import PARALLEL_MIN_BYTES, STDIN, ingest_files, worker_preload
    from dfaudit.detect.engine import shared_memo, worker_modules
    from dfaudit.detect.signal_errors import SignalErrorTally
    from dfaudit.parallel import start_fork_server, worker_count

    if detect is False or platform not in ("civitai", "huggingface"):
        return ingest_files(store, platform, paths, progress=progress, workers=workers)
    pooled = worker_count(workers) > 1 and any(
        str(p) == STDIN or Path(p).is_file() and Path(p).stat().st_size >= PARALLEL_MIN_BYTES
        for p in paths
    )
    if pooled:
        # the fork server's imports run while this process loads the detector and the memo's
        # manager starts, not when the first worker is forked (which then waits for them)
        start_fork_server((*worker_preload(None), *worker_modules()))
    errors = SignalErrorTally()
    with ExitStack() as stack:
        shared = stack.enter_context(shared_memo()) if pooled else None
        stage = detection_stage(store, inline=bool(detect), shared=shared, errors=errors)
        summary = ingest_files(
            store, platform, paths, progress=progress, workers=workers, stage=stage
        )
    return replace(summary, signal_errors=errors.result())

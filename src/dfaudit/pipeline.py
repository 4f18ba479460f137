"""The processing pipeline after collection: detection, then forensics on its output.

``dfaudit process`` and ``dfaudit audit`` both call :func:`process_all`, so the two cannot
drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dfaudit.store.db import Store


@dataclass(frozen=True)
class PipelineSummary:
    detection: Any
    reuploads: int


def process_all(store: Store, *, progress: bool = True) -> PipelineSummary:
    """Normalise and detect (incrementally), then link re-uploads and let them inherit findings."""
    from dfaudit.detect.engine import process_store
    from dfaudit.detect.pseudonym import pseudonym_key
    from dfaudit.forensics.reuploads import link_reuploads
    from dfaudit.publish import publish_snapshot

    pseudonym_key(store)  # made here, so a read-only report has stable pseudonyms to print
    detection = process_store(store, progress=progress)
    links = link_reuploads(store)
    publish_snapshot(store)  # the review app reads this, never the store (see publish.py)
    return PipelineSummary(detection=detection, reuploads=links)

"""Forensics against the sample platforms on loopback: headers, by-hash and re-upload links.

The sample server hides ``poi``/``minor`` models from the listing (as Civitai does since
2025-05-22), so some Hugging Face re-uploads have originals the census cannot see: only
``collect by-hash`` finds them.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest

from dfaudit.collect.crawl import ClientOptions, collect_civitai, collect_huggingface
from dfaudit.forensics.byhash import collect_by_hash
from dfaudit.forensics.headers import FIRST_RANGE_BYTES, collect_headers
from dfaudit.forensics.reuploads import link_reuploads
from dfaudit.sample.generate import Sample, load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.store.db import Store, open_store

FAST = ClientOptions(rate_per_host=0.0, max_attempts=12, backoff_base=0.01, backoff_cap=0.05)


@pytest.fixture(scope="module")
def sample() -> Sample:
    return load_sample()


@pytest.fixture(scope="module")
def crawled(sample: Sample) -> Iterator[tuple[Store, SampleServer]]:
    with SampleServer(sample) as server, open_store(":memory:") as store:
        collect_civitai(store, site=server.url, options=FAST, progress=False)
        collect_huggingface(store, endpoint=server.url, options=FAST, progress=False)
        yield store, server


def test_every_header_within_two_range_requests_and_header_plus_100k(
    crawled: tuple[Store, SampleServer], sample: Sample
) -> None:
    store, server = crawled
    before = len(server.requests)
    summary = collect_headers(store, progress=False, civitai_url=server.url, hf_endpoint=server.url)
    assert summary.files > 0
    assert summary.by_status.get("error", 0) == 0, summary.by_status
    rows = store.query("SELECT url, header_length, requests, bytes_read FROM headers")
    # Two range requests at most, plus the download redirect (every hop is counted).
    assert all(requests <= 3 for _, _, requests, _ in rows)
    assert all(read <= length + 8 + 100_000 for _, length, _, read in rows if length)
    # Server side: ranged reads of files only, each within its budget.
    file_reads = [r for r in server.requests[before:] if r.range is not None]
    assert file_reads and all(r.range.startswith("bytes=") for r in file_reads)
    assert max(r.bytes_sent for r in file_reads) <= max(
        FIRST_RANGE_BYTES, *(struct.unpack("<Q", f.data[:8])[0] + 8 for f in sample.files.values())
    )


def test_every_huggingface_reupload_links_to_its_original_and_no_false_link(
    crawled: tuple[Store, SampleServer], sample: Sample
) -> None:
    store, server = crawled
    collect_by_hash(store, civitai_url=server.url, progress=False, rate_per_host=0)
    link_reuploads(store)
    expected = {
        (label.reupload_of, (label.platform, label.model_id))
        for label in sample.labels
        if label.reupload_of and label.platform == "huggingface"
    }
    assert expected
    links = {
        ((pa, ma), (pb, mb))
        for pa, ma, pb, mb in store.query(
            "SELECT platform_a, model_id_a, platform_b, model_id_b FROM reuploads"
        )
    }
    assert expected <= links
    known_reuploads = {
        (label.reupload_of, (label.platform, label.model_id))
        for label in sample.labels
        if label.reupload_of
    }
    false_links = links - known_reuploads
    assert not false_links, sorted(false_links)[:5]

"""The main job: collect every source, read headers, process, report.

``run_audit`` is what ``dfaudit audit`` calls. With ``sample=True`` it starts the bundled sample
platform on loopback and points the very same crawlers at it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dfaudit.collect.crawl import (
    ClientOptions,
    CrawlSummary,
    collect_bounties,
    collect_civitai,
    collect_huggingface,
)
from dfaudit.sources.civitai import CIVITAI_URL
from dfaudit.sources.huggingface import HF_ENDPOINT
from dfaudit.store.db import Store

# Loopback needs no politeness: no rate limit, quick retries.
SAMPLE_CLIENT = ClientOptions(rate_per_host=0.0, max_attempts=6, backoff_base=0.05, backoff_cap=1.0)


@dataclass(frozen=True)
class AuditSummary:
    crawls: tuple[CrawlSummary, ...]
    by_hash: Any
    headers: Any
    pipeline: Any
    report: Any
    sample_url: str | None
    alerts: tuple[Any, ...] = ()


@contextmanager
def _platform_roots(sample: bool, civitai_url: str, hf_endpoint: str) -> Iterator[tuple[str, str]]:
    if not sample:
        yield civitai_url, hf_endpoint
        return
    from dfaudit.sample.generate import load_sample
    from dfaudit.sample.server import SampleServer

    with SampleServer(load_sample()) as server:
        yield server.url, server.url


def run_audit(
    store: Store,
    out_dir: Path,
    *,
    sample: bool = False,
    civitai_url: str = CIVITAI_URL,
    hf_endpoint: str = HF_ENDPOINT,
    reveal_names: bool = False,
    max_pages: int | None = None,
    options: ClientOptions | None = None,
    progress: bool = True,
    say: Callable[[str], None] = lambda line: None,
) -> AuditSummary:
    """Collect → headers → process → report; ``say`` receives one line per finished step."""
    from dfaudit.forensics.byhash import collect_by_hash
    from dfaudit.forensics.headers import collect_headers
    from dfaudit.pipeline import process_all
    from dfaudit.report.build import write_report

    client = options or (SAMPLE_CLIENT if sample else ClientOptions())
    if sample:
        from dfaudit.report.build import SYNTHETIC_SETTING

        store.set_setting(SYNTHETIC_SETTING, "true")  # every output says it is synthetic
    with _platform_roots(sample, civitai_url, hf_endpoint) as (civitai_root, hf_root):
        crawls = (
            collect_civitai(
                store, site=civitai_root, max_pages=max_pages, options=client, progress=progress
            ),
            collect_bounties(
                store, site=civitai_root, max_pages=max_pages, options=client, progress=progress
            ),
            collect_huggingface(
                store, endpoint=hf_root, max_pages=max_pages, options=client, progress=progress
            ),
        )
        for crawl in crawls:
            say(crawl.line())
        by_hash = collect_by_hash(
            store,
            civitai_url=civitai_root,
            progress=progress,
            retry=client.retry_policy(),
            rate_per_host=client.rate_per_host,
        )
        say(by_hash.line())
        headers = collect_headers(
            store,
            progress=progress,
            civitai_url=civitai_root if sample else None,
            hf_endpoint=hf_root if sample else None,
        )
        say(headers.line())
    pipeline = process_all(store, progress=progress)
    say(f"{pipeline.detection.line()}; re-upload links: {pipeline.reuploads}")
    report = write_report(store, out_dir, reveal_names=reveal_names, progress=progress)
    from dfaudit.act.alerts import raise_alerts

    alerts = tuple(raise_alerts(store))
    say(f"alerts: {len(alerts)} new (`dfaudit alerts --webhook URL` delivers them)")
    return AuditSummary(
        crawls=crawls,
        by_hash=by_hash,
        headers=headers,
        pipeline=pipeline,
        report=report,
        sample_url=civitai_root if sample else None,
        alerts=alerts,
    )

"""The crawl loop and the three platform crawls built on it.

One loop serves every paged source: ask the paginator for the request after the committed
cursor, fetch it through the retrying client, and commit page, items and the next checkpoint
together. Running the same command again resumes an unfinished run; a finished census starts a
fresh run, and what it no longer sees is marked removed.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dfaudit.collect.runs import Checkpoint, finish_run, open_run, save_checkpoint, write_page
from dfaudit.errors import AuthError, NotFoundError, SourceError
from dfaudit.records import NormalizedModel
from dfaudit.sources.bounties import BountiesPaginator
from dfaudit.sources.civitai import CIVITAI_URL, CivitaiModelsPaginator
from dfaudit.sources.http import ApiClient, ApiResponse, ResponseLimits, RetryPolicy
from dfaudit.sources.huggingface import (
    DEFAULT_FILTERS,
    HF_ENDPOINT,
    HfModelsPaginator,
    details_url,
    needs_blobs,
)
from dfaudit.sources.paging import Paginator
from dfaudit.store.db import Store
from dfaudit.store.normalize import normalize_bounty, normalize_civitai_model, normalize_hf_model
from dfaudit.store.write import mark_absent_removed, upsert_bounties, upsert_models

ItemWriter = Callable[[Store, list[Any], int, datetime, list[int]], int]
Enricher = Callable[[ApiClient, list[Any]], Awaitable[tuple[list[Any], list[ApiResponse]]]]


@dataclass(frozen=True)
class ClientOptions:
    """Politeness and persistence of the HTTP client (defaults suit the live platforms)."""

    rate_per_host: float = 2.0
    max_attempts: int = 8
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    timeout: float = 60.0
    concurrency: int = 4
    deadline: float = 300.0  # one answer, headers to last byte (a dribbling server is cut off)
    max_response_bytes: int = 64 << 20

    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(
            max_attempts=self.max_attempts,
            backoff_base=self.backoff_base,
            backoff_cap=self.backoff_cap,
        )

    def client(self, headers: dict[str, str] | None = None, origin: str | None = None) -> ApiClient:
        """A client; credentials in ``headers`` go to ``origin`` (the configured site) only."""
        return ApiClient(
            rate_per_host=self.rate_per_host,
            retry=self.retry_policy(),
            timeout=self.timeout,
            headers=headers,
            limits=ResponseLimits(deadline=self.deadline, max_bytes=self.max_response_bytes),
            credential_origin=origin,
        )


@dataclass(frozen=True)
class CrawlSummary:
    """What one invocation did."""

    source: str
    run_id: int
    resumed: bool
    complete: bool
    pages: int
    items: int
    requests: int
    retries: int
    faults: dict[str, int] = field(default_factory=dict)
    removed: int = 0
    skipped_items: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        faults = ", ".join(f"{k} {v}" for k, v in sorted(self.faults.items())) or "none"
        state = "complete" if self.complete else "unfinished (run again to resume)"
        resumed = ", resumed" if self.resumed else ""
        return (
            f"{self.source}: run {self.run_id}{resumed} {state} — {self.pages} pages, "
            f"{self.items} items, {self.requests} requests, {self.retries} retries, "
            f"faults: {faults}, {self.removed} marked removed, {self.seconds:.1f} s"
            + (f", {self.skipped_items} malformed items skipped" if self.skipped_items else "")
        )


def _progress(enabled: bool, description: str) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} items"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=False,
    )


SAMPLE_HEADER = "x-dfaudit-sample"  # the bundled sample server's mark on every answer


def _from_sample(responses: Iterable[ApiResponse]) -> bool:
    return any(
        name.lower() == SAMPLE_HEADER and value.strip().lower() == "synthetic"
        for response in responses
        for name, value in response.headers.items()
    )


def _mark_synthetic(store: Store, run_id: int, params: dict[str, Any]) -> None:
    """Record in the run's params that its data came from the synthetic sample server."""
    marked = {**params, "synthetic": True}
    store.con.execute(
        "UPDATE runs SET params = ? WHERE run_id = ?",
        [json.dumps(marked, sort_keys=True, default=str), run_id],
    )


async def crawl_streams(
    store: Store,
    client: ApiClient,
    paginators: Sequence[Paginator],
    *,
    source: str,
    params: dict[str, Any],
    census: bool,
    writer: ItemWriter,
    max_pages: int | None = None,
    enrich: Enricher | None = None,
    on_census: Callable[[Store, int, datetime], int] | None = None,
    progress: bool = True,
) -> CrawlSummary:
    """Crawl every stream to its end (or ``max_pages`` pages), committing page by page."""
    started = time.monotonic()
    state = open_run(store, source, params, census=census)
    pages = items = skipped = 0
    seen_requests, seen_retries, seen_faults = 0, 0, 0
    faults_before = Counter(client.stats.faults)
    stopped_early = False
    synthetic = False
    with _progress(progress, source) as bar:
        task = bar.add_task(source, total=None)
        for paginator in paginators:
            point = state.checkpoints.get(paginator.stream) or Checkpoint(
                paginator.stream, None, 0, 0, False
            )
            bar.update(task, completed=items + point.items)
            while not point.done:
                if max_pages is not None and pages >= max_pages:
                    stopped_early = True
                    break
                request = paginator.request(point.next_cursor)
                response = await client.request_json(
                    request.method, request.url, params=request.params, json_body=request.json_body
                )
                page = paginator.parse(response)
                page_items = page.items
                extra: list[ApiResponse] = []
                if enrich is not None and page_items:
                    page_items, extra = await enrich(client, page_items)
                next_cursor = page.next_cursor
                done = next_cursor is None or next_cursor == point.next_cursor
                stats = client.stats
                total_faults = sum(stats.faults.values())
                with store.transaction():
                    page_id = write_page(
                        store,
                        run_id=state.run_id,
                        stream=paginator.stream,
                        seq=point.pages,
                        method=response.method,
                        url=response.url,
                        status=response.status,
                        body=response.body,
                        fetched_at=response.fetched_at,
                        n_items=len(page.items),
                    )
                    item_pages = [page_id] * len(page_items)
                    for detail in extra:
                        detail_page = write_page(
                            store,
                            run_id=state.run_id,
                            stream=f"{paginator.stream}:details",
                            seq=point.pages,
                            method=detail.method,
                            url=detail.url,
                            status=detail.status,
                            body=detail.body,
                            fetched_at=detail.fetched_at,
                            n_items=1,
                        )
                        for index, item in enumerate(page_items):
                            if item is detail.data:
                                item_pages[index] = detail_page
                    if not synthetic and _from_sample([response, *extra]):
                        _mark_synthetic(store, state.run_id, params)
                        synthetic = True
                    written = writer(
                        store, page_items, state.run_id, response.fetched_at, item_pages
                    )
                    point = Checkpoint(
                        paginator.stream,
                        None if done else next_cursor,
                        point.pages + 1,
                        point.items + len(page_items),
                        done,
                    )
                    save_checkpoint(
                        store,
                        state.run_id,
                        point,
                        requests=stats.requests - seen_requests,
                        retries=stats.retries - seen_retries,
                        faults=total_faults - seen_faults,
                    )
                seen_requests, seen_retries, seen_faults = (
                    stats.requests,
                    stats.retries,
                    total_faults,
                )
                skipped += len(page_items) - written
                pages += 1
                items += len(page_items)
                bar.update(task, advance=len(page_items))
            if stopped_early:
                break
    removed = 0
    complete = not stopped_early
    if complete:
        removed = finish_run(store, state.run_id, on_census=on_census)
    faults = Counter(client.stats.faults)
    faults.subtract(faults_before)
    return CrawlSummary(
        source=source,
        run_id=state.run_id,
        resumed=state.resumed,
        complete=complete,
        pages=pages,
        items=items,
        requests=client.stats.requests,
        retries=client.stats.retries,
        faults={k: v for k, v in faults.items() if v},
        removed=removed,
        skipped_items=skipped,
        seconds=time.monotonic() - started,
    )


def _model_writer(normalize: Callable[[Any], NormalizedModel]) -> ItemWriter:
    """Normalise a page's items (skipping any that are not model items) and upsert them."""

    def write(store: Store, items: list[Any], run_id: int, seen: datetime, pages: list[int]) -> int:
        kept: list[NormalizedModel] = []
        kept_pages: list[int | None] = []
        for raw, page in zip(items, pages, strict=True):
            try:
                kept.append(normalize(raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
            kept_pages.append(page)
        return upsert_models(store, kept, run_id=run_id, observed_at=seen, page_id=kept_pages)

    return write


def _bounty_writer(site: str) -> ItemWriter:
    """Normalise a page's bounties (URLs on ``site``: a mirror's or test server's, if used)."""

    def write(store: Store, items: list[Any], run_id: int, seen: datetime, pages: list[int]) -> int:
        pairs = []
        for raw in items:
            try:
                pairs.append((raw, normalize_bounty(raw, site=site)))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        return upsert_bounties(store, pairs, run_id=run_id, observed_at=seen)

    return write


def _census_removals(platform: str) -> Callable[[Store, int, datetime], int]:
    def mark(store: Store, run_id: int, when: datetime) -> int:
        return mark_absent_removed(store, platform, run_id, when)

    return mark


def _bearer(env: str, explicit: str | None) -> dict[str, str]:
    key = explicit or os.environ.get(env)
    return {"Authorization": f"Bearer {key}"} if key else {}


def collect_civitai(
    store: Store,
    *,
    site: str = CIVITAI_URL,
    types: Sequence[str] = (),
    max_pages: int | None = None,
    api_key: str | None = None,
    options: ClientOptions | None = None,
    progress: bool = True,
) -> CrawlSummary:
    """The census of ``/api/v1/models`` (``nsfw=true``, every type unless ``types`` narrows it).

    Only an unfiltered census marks models it no longer sees as removed.
    """
    options = options or ClientOptions()
    paginator = CivitaiModelsPaginator(site=site, types=tuple(types))
    params = {"site": site.rstrip("/"), "types": sorted(types), "nsfw": True}

    async def run() -> CrawlSummary:
        async with options.client(_bearer("CIVITAI_API_KEY", api_key), site) as client:
            return await crawl_streams(
                store,
                client,
                [paginator],
                source="civitai",
                params=params,
                census=not types,
                writer=_model_writer(partial(normalize_civitai_model, site=site.rstrip("/"))),
                max_pages=max_pages,
                on_census=_census_removals("civitai"),
                progress=progress,
            )

    return asyncio.run(run())


def collect_bounties(
    store: Store,
    *,
    site: str = CIVITAI_URL,
    max_pages: int | None = None,
    api_key: str | None = None,
    options: ClientOptions | None = None,
    progress: bool = True,
) -> CrawlSummary:
    """Every bounty through tRPC ``bounty.getInfinite``."""
    options = options or ClientOptions()

    async def run() -> CrawlSummary:
        async with options.client(_bearer("CIVITAI_API_KEY", api_key), site) as client:
            return await crawl_streams(
                store,
                client,
                [BountiesPaginator(site=site)],
                source="civitai-bounties",
                params={"site": site.rstrip("/")},
                census=False,
                writer=_bounty_writer(site.rstrip("/")),
                max_pages=max_pages,
                progress=progress,
            )

    return asyncio.run(run())


def _hf_enricher(endpoint: str, concurrency: int) -> Enricher:
    """Fetch ``?blobs=true`` details for listed models whose safetensors lack an LFS sha256."""

    async def enrich(client: ApiClient, items: list[Any]) -> tuple[list[Any], list[ApiResponse]]:
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(item: Any) -> tuple[Any, ApiResponse | None]:
            if not needs_blobs(item):
                return item, None
            async with gate:
                try:
                    detail = await client.get_json(
                        details_url(endpoint, item["id"]), params={"blobs": "true"}
                    )
                except AuthError:
                    raise
                except (NotFoundError, SourceError):
                    # Gone since it was listed, or details refused: keep what the listing said.
                    return item, None
            if isinstance(detail.data, dict) and detail.data.get("id") == item["id"]:
                return detail.data, detail
            return item, None

        results = await asyncio.gather(*(one(item) for item in items))
        return [r[0] for r in results], [r[1] for r in results if r[1] is not None]

    return enrich


def collect_huggingface(
    store: Store,
    *,
    endpoint: str = HF_ENDPOINT,
    filters: Sequence[str] = DEFAULT_FILTERS,
    max_pages: int | None = None,
    token: str | None = None,
    details: bool = True,
    options: ClientOptions | None = None,
    progress: bool = True,
) -> CrawlSummary:
    """Hugging Face models for each tag filter (a union), with siblings and card data.

    The default filters (text-to-image, lora) make a census, so models it no longer sees are
    marked removed.
    """
    options = options or ClientOptions()
    tags = tuple(dict.fromkeys(filters)) or DEFAULT_FILTERS
    paginators = [HfModelsPaginator(endpoint=endpoint, tag=tag) for tag in tags]

    async def run() -> CrawlSummary:
        async with options.client(_bearer("HF_TOKEN", token), endpoint) as client:
            return await crawl_streams(
                store,
                client,
                paginators,
                source="huggingface",
                params={"endpoint": endpoint.rstrip("/"), "filters": list(tags)},
                census=set(tags) == set(DEFAULT_FILTERS),
                writer=_model_writer(partial(normalize_hf_model, endpoint=endpoint)),
                max_pages=max_pages,
                enrich=_hf_enricher(endpoint, options.concurrency) if details else None,
                on_census=_census_removals("huggingface"),
                progress=progress,
            )

    return asyncio.run(run())

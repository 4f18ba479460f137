"""CLI: ``dfaudit collect civitai|bounties|huggingface`` (headers and by-hash live in forensics)."""

from __future__ import annotations

from typing import Annotated

import typer

from dfaudit.cli.app import collect_app, db_path, say
from dfaudit.collect.crawl import (
    ClientOptions,
    CrawlSummary,
    collect_bounties,
    collect_civitai,
    collect_huggingface,
)
from dfaudit.sources.civitai import CIVITAI_URL, check_types
from dfaudit.sources.huggingface import DEFAULT_FILTERS, HF_ENDPOINT
from dfaudit.store import open_store

# Options every crawl shares, declared once.
CivitaiUrl = Annotated[str, typer.Option("--civitai-url", help="Civitai site root.")]
MaxPages = Annotated[int | None, typer.Option("--max-pages", min=1, help="Stop after N pages.")]
Rate = Annotated[
    float, typer.Option("--rate", help="Requests per second per host (0 = no limit; be polite).")
]
MaxRetries = Annotated[int, typer.Option("--max-retries", min=0, help="Retries per request.")]
Backoff = Annotated[float, typer.Option("--backoff", help="First retry wait in seconds.")]
ShowProgress = Annotated[bool, typer.Option("--progress/--no-progress")]


def client_options(rate: float, max_retries: int, backoff: float) -> ClientOptions:
    return ClientOptions(rate_per_host=rate, max_attempts=max_retries + 1, backoff_base=backoff)


def _report(summary: CrawlSummary) -> None:
    say(summary.line())


@collect_app.command("civitai")
def civitai(
    ctx: typer.Context,
    civitai_url: CivitaiUrl = CIVITAI_URL,
    types: str = typer.Option("", "--types", help="Comma-separated model types (default: all)."),
    max_pages: MaxPages = None,
    rate: Rate = 2.0,
    max_retries: MaxRetries = 7,
    backoff: Backoff = 1.0,
    progress: ShowProgress = True,
) -> None:
    """Census of Civitai's `/api/v1/models` with `nsfw=true`, every type, cursor paging.

    Resumable: run the same command again after an interruption. The API key comes from
    `CIVITAI_API_KEY` when set.

    Example: `dfaudit collect civitai --types LORA,TextualInversion --max-pages 5`
    """
    with open_store(db_path(ctx)) as store:
        summary = collect_civitai(
            store,
            site=civitai_url,
            types=check_types([types]) if types else (),
            max_pages=max_pages,
            options=client_options(rate, max_retries, backoff),
            progress=progress,
        )
    _report(summary)


@collect_app.command("bounties")
def bounties(
    ctx: typer.Context,
    civitai_url: CivitaiUrl = CIVITAI_URL,
    max_pages: MaxPages = None,
    rate: Rate = 2.0,
    max_retries: MaxRetries = 7,
    backoff: Backoff = 1.0,
    progress: ShowProgress = True,
) -> None:
    """Every Civitai bounty through tRPC `bounty.getInfinite` (resumable).

    Example: `dfaudit collect bounties --civitai-url http://127.0.0.1:8765`
    """
    with open_store(db_path(ctx)) as store:
        summary = collect_bounties(
            store,
            site=civitai_url,
            max_pages=max_pages,
            options=client_options(rate, max_retries, backoff),
            progress=progress,
        )
    _report(summary)


@collect_app.command("huggingface")
def huggingface(
    ctx: typer.Context,
    hf_endpoint: str = typer.Option(
        HF_ENDPOINT, "--hf-endpoint", envvar="HF_ENDPOINT", help="Hugging Face Hub endpoint."
    ),
    filters: list[str] = typer.Option(
        list(DEFAULT_FILTERS), "--filter", help="Tag filter; repeat for a union of listings."
    ),
    max_pages: MaxPages = None,
    details: bool = typer.Option(
        True, "--details/--no-details", help="Fetch LFS sha256 of safetensors files."
    ),
    rate: Rate = 5.0,
    max_retries: MaxRetries = 7,
    backoff: Backoff = 1.0,
    progress: ShowProgress = True,
) -> None:
    """Hugging Face text-to-image and LoRA models, with siblings (LFS sha256) and card data.

    Follows the `Link` header; honours 429 and `Retry-After`. A token comes from `HF_TOKEN`.

    Example: `dfaudit collect huggingface --filter lora --filter text-to-image`
    """
    with open_store(db_path(ctx)) as store:
        summary = collect_huggingface(
            store,
            endpoint=hf_endpoint,
            filters=filters,
            max_pages=max_pages,
            details=details,
            options=client_options(rate, max_retries, backoff),
            progress=progress,
        )
    _report(summary)

"""CLI: ``dfaudit ingest``."""

from __future__ import annotations

from pathlib import Path

import typer

from dfaudit.cli.app import app, db_path, say, say_signal_errors
from dfaudit.pipeline import ingest as ingest_files
from dfaudit.store import open_store

MAX_BAD_SHOWN = 20


@app.command("ingest")
def ingest(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="JSONL or JSON files (.gz too)."),
    platform: str = typer.Option(
        ..., "--platform", help="civitai | huggingface | civitai-bounties"
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Import raw API items from files: one JSON object per line, or whole API pages.

    Stored as an import run, exactly as a crawl stores its pages. Malformed lines are reported
    with their line numbers; the good lines are kept.

    Example: `dfaudit ingest --platform civitai dump-2023.jsonl.gz`
    """
    with open_store(db_path(ctx)) as store:
        summary = ingest_files(store, platform, files, progress=progress)
    for bad in summary.bad_lines[:MAX_BAD_SHOWN]:
        say(f"skipped {bad}", err=True, style="yellow")
    if len(summary.bad_lines) > MAX_BAD_SHOWN:
        say(f"… and {len(summary.bad_lines) - MAX_BAD_SHOWN} more", err=True, style="yellow")
    say(summary.line())
    say_signal_errors(summary.signal_errors)

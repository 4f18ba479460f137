"""CLI: ``dfaudit audit`` — the main job."""

from __future__ import annotations

from pathlib import Path

import typer

from dfaudit.audit import run_audit
from dfaudit.cli.app import app, db_path, say, say_signal_errors
from dfaudit.sources.civitai import CIVITAI_URL
from dfaudit.sources.huggingface import HF_ENDPOINT
from dfaudit.store import open_store


@app.command("audit")
def audit(
    ctx: typer.Context,
    sample: bool = typer.Option(
        False, "--sample", help="Audit the bundled synthetic sample platform, served on loopback."
    ),
    output: Path = typer.Option(Path("dfaudit-report"), "-o", "--output", help="Report folder."),
    civitai_url: str = typer.Option(CIVITAI_URL, "--civitai-url", help="Civitai site root."),
    hf_endpoint: str = typer.Option(
        HF_ENDPOINT, "--hf-endpoint", envvar="HF_ENDPOINT", help="Hugging Face Hub endpoint."
    ),
    max_pages: int | None = typer.Option(
        None, "--max-pages", min=1, help="Stop each crawl after N pages (a partial audit)."
    ),
    reveal_names: bool = typer.Option(
        False, "--reveal-names", help="Name targeted people in the report (not for publication)."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Collect every source, read safetensors headers, detect, and write the report.

    Without `--sample` this crawls the live platforms (Civitai models and bounties, Hugging Face);
    an interrupted audit resumes where it stopped when run again.

    Example: `dfaudit audit --sample -o audit-report`
    """
    with open_store(db_path(ctx)) as store:
        summary = run_audit(
            store,
            output,
            sample=sample,
            civitai_url=civitai_url,
            hf_endpoint=hf_endpoint,
            reveal_names=reveal_names,
            max_pages=max_pages,
            progress=progress,
            say=say,
        )
    say(f"report written to {summary.report.html}")
    say_signal_errors(summary.pipeline.detection.signal_errors)

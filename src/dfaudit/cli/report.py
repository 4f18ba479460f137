"""CLI commands: report."""

from __future__ import annotations

from pathlib import Path

import typer

from dfaudit.cli.app import app, existing_db_path, say
from dfaudit.report import write_report
from dfaudit.store.db import open_store


@app.command("report")
def report_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", help="Directory to write the report to."),
    reveal_names: bool = typer.Option(
        False, "--reveal-names", help="Name targeted people (default: stable pseudonyms)."
    ),
    platform: str | None = typer.Option(
        None, "--platform", help="Only this platform: civitai or huggingface."
    ),
    since: str | None = typer.Option(
        None, "--since", help="Only models created on or after this date (YYYY-MM-DD)."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show progress bars."),
) -> None:
    """Write report.html, report.md, summary.json and one CSV per table from the store.

    Targeted people appear as pseudonyms unless `--reveal-names`; platform text is escaped.

    Example: `dfaudit --db audit.duckdb report -o report --platform civitai --since 2024-01-01`
    """
    with open_store(existing_db_path(ctx), read_only=True) as store:
        paths = write_report(
            store,
            output,
            reveal_names=reveal_names,
            platform=platform,
            since=since,
            progress=progress,
        )
    say(f"report: {paths.html}")
    say(f"markdown: {paths.md}")
    say(f"summary: {paths.summary}")
    say(f"tables: {len(paths.csv)} CSV files in {paths.html.parent / 'tables'}")

"""CLI: ``dfaudit status``."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from dfaudit.cli.app import app, existing_db_path, out, say
from dfaudit.collect.status import StoreStatus, read_progress, store_status
from dfaudit.errors import DatabaseLockedError
from dfaudit.store import open_store
from dfaudit.store.text import terminal_text


def _text(value: Any) -> Text:
    """A table cell that may hold server text: never markup, no control characters."""
    return Text(terminal_text(str(value)))


def print_status(status: StoreStatus) -> None:
    """Render a store status as a table plus one line of table sizes."""
    table = Table(title="dfaudit store")
    for column in (
        "source",
        "runs",
        "complete",
        "running",
        "interrupted",
        "pages",
        "items",
        "requests",
        "retries",
        "faults",
        "open checkpoints",
    ):
        table.add_column(
            column, justify="left" if column in ("source", "open checkpoints") else "right"
        )
    for s in status.sources:
        table.add_row(
            _text(s.source),
            str(s.runs),
            str(s.complete_runs),
            str(s.running_runs),
            str(s.interrupted_runs),
            str(s.pages),
            str(s.items),
            str(s.requests),
            str(s.retries),
            str(s.faults),
            _text("\n".join(s.checkpoints) or "-"),
        )
    out.print(table)
    models = ", ".join(f"{k} {v}" for k, v in status.models.items()) or "none"
    say(
        f"models: {models}; bounties {status.bounties}; findings {status.findings}; "
        f"headers {status.headers}"
    )


def _print_progress(progress: dict[str, Any] | None, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({"locked": True, "progress": progress}, default=str))
        return
    say("the database is in use by another process (a crawl holds its lock)")
    if progress is None:
        say("no progress file beside it; run `dfaudit status` again when it has finished")
        return
    streams = progress.get("streams")
    parts = (
        [
            f"{s.get('stream')}: {s.get('pages')} pages, {s.get('items')} items"
            + (" (done)" if s.get("done") else "")
            for s in streams
            if isinstance(s, dict)
        ]
        if isinstance(streams, list)
        else []
    )
    say(
        f"run {progress.get('run_id')} ({progress.get('source')}) {progress.get('status')}, "
        f"updated {progress.get('updated_at')}: " + ("; ".join(parts) or "no page yet")
    )


@app.command("status")
def status(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Runs, pages, items and checkpoints per source.

    While a crawl holds the database, this shows the crawl's progress file instead.

    Example: `dfaudit --db audit.duckdb status --json`
    """
    path = existing_db_path(ctx)
    try:
        with open_store(path, read_only=True) as store:
            result = store_status(store)
    except DatabaseLockedError:
        _print_progress(read_progress(path), as_json)
        return
    if as_json:
        typer.echo(json.dumps({"locked": False, **result.as_dict()}, default=str))
    else:
        print_status(result)

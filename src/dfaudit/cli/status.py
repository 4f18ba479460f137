"""CLI: ``dfaudit status``."""

from __future__ import annotations

import typer
from rich.table import Table

from dfaudit.cli.app import app, db_path, out
from dfaudit.collect.status import StoreStatus, store_status
from dfaudit.store import open_store


def print_status(status: StoreStatus) -> None:
    """Render a store status as a table plus one line of table sizes."""
    table = Table(title="dfaudit store")
    for column in (
        "source",
        "runs",
        "complete",
        "running",
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
            s.source,
            str(s.runs),
            str(s.complete_runs),
            str(s.running_runs),
            str(s.pages),
            str(s.items),
            str(s.requests),
            str(s.retries),
            str(s.faults),
            "\n".join(s.checkpoints) or "-",
        )
    out.print(table)
    models = ", ".join(f"{k} {v}" for k, v in status.models.items()) or "none"
    out.print(
        f"models: {models}; bounties {status.bounties}; findings {status.findings}; "
        f"headers {status.headers}"
    )


@app.command("status")
def status(ctx: typer.Context) -> None:
    """Runs, pages, items and checkpoints per source.

    Example: `dfaudit --db audit.duckdb status`
    """
    with open_store(db_path(ctx), read_only=True) as store:
        print_status(store_status(store))

"""CLI: ``dfaudit export models`` (other exports register on the same group elsewhere)."""

from __future__ import annotations

from pathlib import Path

import typer

from dfaudit.cli.app import existing_db_path, export_app, say
from dfaudit.store import open_store
from dfaudit.store.export import export_query, export_sqlite

MODELS_SQL = """
SELECT platform, model_id, url, name, type, creator, created_at, base_model, tags, nsfw,
       nsfw_level, poi, minor, downloads, status, first_seen, last_seen, removed_at
FROM models ORDER BY platform, model_id
"""


def export_models(store_path: Path, fmt: str, output: Path) -> int:
    """Write one row per model; returns the row count."""
    with open_store(store_path, read_only=True) as store:
        return export_query(store, MODELS_SQL, fmt, output)


@export_app.command("models")
def models(
    ctx: typer.Context,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet"),
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
) -> None:
    """One row per model: platform, ids, names, type, creator, dates, flags, downloads, status.

    Example: `dfaudit export models --format parquet -o models.parquet`
    """
    count = export_models(existing_db_path(ctx), fmt, output)
    say(f"wrote {count} models to {output}")


@export_app.command("sqlite")
def sqlite(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", help="SQLite file to write."),
) -> None:
    """The whole store as one SQLite file for analysts (Datasette, sqlite3, any SQL tool).

    Every table (without raw page bodies), the views `models_with_findings` and
    `likeness_with_targets`, and a `_docs` table describing every table and column. Like the
    database itself it holds targeted people's names: it is not for publication.

    Example: `dfaudit export sqlite -o store.sqlite && datasette store.sqlite`
    """
    with open_store(existing_db_path(ctx), read_only=True) as store:
        counts = export_sqlite(store, output)
    say(f"wrote {len(counts)} tables ({sum(counts.values()):,} rows) to {output}")

"""The Typer application, its command groups, and the mapping of errors to exit codes.

Command modules register themselves on these objects; each command parses its options, calls
one library function and prints the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
import typer.core
from rich.console import Console

from dfaudit.errors import DfauditError
from dfaudit.store.db import DB_ENV, DEFAULT_DB

console = Console(stderr=True)
out = Console()


class _ErrorMappingGroup(typer.core.TyperGroup):
    """Turns every DfauditError into one line on stderr and its exit code, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DfauditError as exc:
            console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            console.print("[bold red]interrupted[/]: progress so far is saved; run again to resume")
            raise typer.Exit(130) from None


def _typer(**kwargs: Any) -> typer.Typer:
    return typer.Typer(
        cls=_ErrorMappingGroup,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode="markdown",
        **kwargs,
    )


app = _typer(
    help=(
        "Audit AI-model-sharing platforms for deepfake model variants of real people.\n\n"
        "Example: `dfaudit audit --sample -o audit-report`"
    ),
)
collect_app = _typer(help="Crawl a platform's public API into the store (resumable).")
export_app = _typer(help="Export tables from the store as JSONL, CSV or Parquet.")
lexicon_app = _typer(help="Manage name lexicons (real people, watchlists, characters).")
app.add_typer(collect_app, name="collect")
app.add_typer(export_app, name="export")
app.add_typer(lexicon_app, name="lexicon")


@app.callback()
def _root(
    ctx: typer.Context,
    db: Path = typer.Option(
        Path(DEFAULT_DB), "--db", envvar=DB_ENV, help="DuckDB file to use.", show_default=True
    ),
) -> None:
    ctx.obj = {"db": db}


def db_path(ctx: typer.Context) -> Path:
    """The ``--db`` given to the root command."""
    root = ctx.find_root()
    obj = root.obj or {}
    path = obj.get("db")
    return Path(path) if path is not None else Path(DEFAULT_DB)

"""The Typer application, its command groups, and the mapping of errors to exit codes.

Command modules register themselves on these objects; each command parses its options, calls
one library function and prints the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
import typer.core
from rich.console import Console
from rich.text import Text

from dfaudit import __version__
from dfaudit.errors import DfauditError
from dfaudit.store.db import DB_ENV, DEFAULT_DB, require_database
from dfaudit.store.text import terminal_text

if TYPE_CHECKING:
    from dfaudit.detect.signal_errors import SignalErrors

console = Console(stderr=True)
out = Console()
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def say(line: str, *, err: bool = False, style: str | None = None) -> None:
    """Print one line that may hold platform, file or server text: never markup, no controls."""
    target = console if err else out
    target.print(Text(terminal_text(line), style=style or ""), highlight=False, soft_wrap=True)


SIGNAL_ERROR_ROWS = 10  # (signal, exception type) rows shown after a run


def say_signal_errors(errors: SignalErrors | None) -> None:
    """After a run that detected: nothing when no signal raised; else ``signal errors: N in M
    models`` and a table of the top signals and exception types, one note each. The note is an
    exception's message, which may quote a record: plain text, never markup, no controls."""
    if errors is None or not errors.total:
        return
    from rich.table import Table

    say(errors.line(), style="bold yellow")
    table = Table("signal", "exception", "errors", "note", show_edge=False)
    table.columns[2].justify = "right"
    for signal, kind, count, note in errors.rows[:SIGNAL_ERROR_ROWS]:
        table.add_row(
            Text(terminal_text(signal)),
            Text(terminal_text(kind)),
            f"{count:,}",
            Text(" ".join(terminal_text(note).split())),
        )
    out.print(table, highlight=False)
    if len(errors.rows) > SIGNAL_ERROR_ROWS:
        say(f"… and {len(errors.rows) - SIGNAL_ERROR_ROWS} more (signal, exception) pairs")


def say_error(message: str) -> None:
    """``error: message`` on stderr; the message is plain text (it may quote a server)."""
    text = Text("error:", style="bold red")
    text.append(" " + " ".join(terminal_text(message).split()))
    console.print(text, highlight=False, soft_wrap=True)


class _ErrorMappingGroup(typer.core.TyperGroup):
    """Turns every DfauditError into one line on stderr and its exit code, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DfauditError as exc:
            say_error(str(exc))
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
        context_settings=CONTEXT_SETTINGS,
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


def _print_version(value: bool) -> None:
    if value:
        from dfaudit import _native

        out.print(f"dfaudit {__version__}", highlight=False)
        out.print(_native.summary(), highlight=False, markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: Path = typer.Option(
        Path(DEFAULT_DB), "--db", envvar=DB_ENV, help="DuckDB file to use.", show_default=True
    ),
    version: bool = typer.Option(
        False,
        "--version",
        callback=_print_version,
        is_eager=True,
        help="Print the version, and whether detection runs compiled, and exit.",
    ),
) -> None:
    ctx.obj = {"db": db}


def db_path(ctx: typer.Context) -> Path:
    """The ``--db`` given to the root command."""
    root = ctx.find_root()
    obj = root.obj or {}
    path = obj.get("db")
    return Path(path) if path is not None else Path(DEFAULT_DB)


def existing_db_path(ctx: typer.Context) -> Path:
    """The ``--db`` of a command that only reads: one line, and nothing created, when absent."""
    return require_database(db_path(ctx))

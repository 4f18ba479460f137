"""cli/ — the command line: a thin layer over library functions, one module per command group."""

from __future__ import annotations

from dfaudit.cli import (  # noqa: F401  (modules register their commands on import)
    act,
    audit,
    collect,
    detect,
    export,
    forensics,
    ingest,
    lexicon,
    report,
    sample,
    status,
    web,
)
from dfaudit.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app(prog_name="dfaudit")


__all__ = ["app", "main"]

"""CLI commands: ``lexicon import``, ``lexicon list``, ``lexicon update``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dfaudit.cli.app import db_path, existing_db_path, lexicon_app, out, say
from dfaudit.detect.lexicon import import_lexicon_file, lexicon_counts
from dfaudit.detect.lexicon_update import CIVITAI_POI_URL, WIKIDATA_SPARQL_URL, update_lexicons
from dfaudit.store.db import open_store


@lexicon_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="JSON list of names, or CSV with name[,gender]."),
    kind: str = typer.Option("poi", "--kind", help="poi | watchlist | characters"),
) -> None:
    """Import names (real people, a watchlist, or fictional characters) into the store.

    Matching is accent-, case- and separator-insensitive; a lone first name never matches.
    The next `dfaudit process` re-runs detection on every model.

    Example: `dfaudit lexicon import --kind poi ../shared/lexicons/civitai/words-poi.json`
    """
    with open_store(db_path(ctx)) as store:
        count = import_lexicon_file(store, file, kind)
    say(f"imported {count} {kind} names from {file}")


@lexicon_app.command("list")
def list_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the imported lexicons: kind, source and number of names (never the names).

    Example: `dfaudit lexicon list --json`
    """
    with open_store(existing_db_path(ctx), read_only=True) as store:
        rows = lexicon_counts(store)
    if as_json:
        typer.echo(json.dumps([{"kind": k, "source": s, "names": int(n)} for k, s, n in rows]))
        return
    if not rows:
        out.print("no lexicons imported (dfaudit works without them)")
    for kind, source, count in rows:
        say(f"{kind:12} {source:40} {count:8d}")


@lexicon_app.command("update")
def update_command(
    ctx: typer.Context,
    civitai_url: str = typer.Option(CIVITAI_POI_URL, "--civitai-url", help="Civitai POI list."),
    wikidata_url: str = typer.Option(
        WIKIDATA_SPARQL_URL, "--wikidata-url", help="Wikidata SPARQL endpoint."
    ),
    skip_wikidata: bool = typer.Option(False, "--skip-wikidata", help="Only Civitai's list."),
) -> None:
    """Download Civitai's public POI list and notable humans from Wikidata into the lexicon.

    Example: `dfaudit lexicon update --skip-wikidata`
    """
    with open_store(db_path(ctx)) as store:
        summary = update_lexicons(
            store, civitai_url=civitai_url, wikidata_url=None if skip_wikidata else wikidata_url
        )
    say(summary.line())

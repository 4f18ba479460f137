"""CLI: ``collect headers``, ``collect by-hash``, ``export reuploads`` and ``timeline``."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from dfaudit.cli.app import app, collect_app, db_path, existing_db_path, export_app, out, say
from dfaudit.store import open_store
from dfaudit.store.export import atomic_output, check_output_file
from dfaudit.store.text import terminal_text

CIVITAI_HELP = "Civitai site root (e.g. a loopback test server)."


@collect_app.command("headers")
def headers(
    ctx: typer.Context,
    only_flagged: bool = typer.Option(
        False, "--only-flagged", help="Only files of models whose finding says likeness."
    ),
    max_files: int | None = typer.Option(None, "--max-files", min=1, help="Stop after N files."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, help="Files read at once."),
    civitai_url: str | None = typer.Option(None, "--civitai-url", help=CIVITAI_HELP),
    hf_endpoint: str | None = typer.Option(
        None, "--hf-endpoint", envvar="HF_ENDPOINT", help="Hugging Face endpoint."
    ),
    allow_host: list[str] = typer.Option(
        [],
        "--allow-host",
        help="Also fetch files from this https host pattern (e.g. '*.mirror.example'); repeatable.",
    ),
    deadline: float = typer.Option(
        60.0, "--deadline", min=1.0, help="Seconds allowed per file, every request included."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Read the safetensors header of every known model file (never the weights).

    At most two range requests and header + 100 kB per file; headers over 25 MB are refused.
    Only https URLs on the platforms' download and CDN hosts are fetched (plus --allow-host
    patterns and the sites this database was crawled from); every redirect hop is checked and
    counted. Resumable: files already read are skipped, failed ones are retried.

    Example: `dfaudit collect headers --only-flagged --max-files 500`
    """
    from dfaudit.forensics.headers import FetchPolicy, collect_headers

    with open_store(db_path(ctx)) as store:
        why_none = _why_nothing_flagged(store) if only_flagged else None
        summary = collect_headers(
            store,
            policy=FetchPolicy(deadline=deadline),
            allow_hosts=tuple(allow_host),
            only_flagged=only_flagged,
            max_files=max_files,
            concurrency=concurrency,
            progress=progress,
            civitai_url=civitai_url,
            hf_endpoint=hf_endpoint,
        )
    say(summary.line())
    if why_none is not None and summary.files == 0:
        say(why_none, err=True, style="yellow")


def _why_nothing_flagged(store: Any) -> str | None:
    """Why ``--only-flagged`` will find no file, when the reason is that nothing is flagged."""
    findings, likeness = store.query(
        "SELECT count(*), count(*) FILTER (WHERE likeness) FROM findings"
    )[0]
    if not findings:
        return (
            "--only-flagged reads files of models that `dfaudit process` flagged, and nothing "
            "has been processed yet: run `dfaudit process` first, then this command again"
        )
    if not likeness:
        return f"--only-flagged: none of the {findings:,} processed models is a likeness model"
    return None


@collect_app.command("by-hash")
def by_hash(
    ctx: typer.Context,
    civitai_url: str | None = typer.Option(None, "--civitai-url", help=CIVITAI_HELP),
    batch_size: int = typer.Option(100, "--batch-size", min=1, max=100, help="Hashes per call."),
    rate: float = typer.Option(2.0, "--rate", help="Requests per second."),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Ask Civitai which versions hold Hugging Face files no Civitai file matched yet.

    POSTs batches of up to 100 SHA256s to `/api/v1/model-versions/by-hash`, keeps each answer
    as a raw page and adds the versions found as models and files; `dfaudit process` then links
    them. Resumable: hashes already asked are not asked again. Uses `CIVITAI_API_KEY` if set.

    Example: `dfaudit collect by-hash --civitai-url http://127.0.0.1:8765`
    """
    from dfaudit.forensics.byhash import collect_by_hash

    with open_store(db_path(ctx)) as store:
        summary = collect_by_hash(
            store,
            civitai_url=civitai_url,
            batch_size=batch_size,
            progress=progress,
            rate_per_host=rate,
            api_key=os.environ.get("CIVITAI_API_KEY") or None,
        )
    say(summary.line())


@export_app.command("reuploads")
def reuploads(
    ctx: typer.Context,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet"),
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
) -> None:
    """One row per re-upload link: `sha256, platform_a, model_id_a, platform_b, model_id_b,
    first_seen_a, first_seen_b` (a = the original, seen first).

    Links are rebuilt by `dfaudit process`; this only writes them out.

    Example: `dfaudit export reuploads --format csv -o reuploads.csv`
    """
    from dfaudit.forensics.reuploads import export_reuploads

    with open_store(existing_db_path(ctx), read_only=True) as store:
        count = export_reuploads(store, fmt, output)
    say(f"wrote {count} re-upload links to {output}")


def _date(value: datetime | None) -> str:
    return value.date().isoformat() if value else ""


def _days(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _id_withholder(store: Any, reveal_names: bool) -> Any:
    """``(platform, model_id, likeness) -> shown id``: as in the report, a Hugging Face repo id
    of a likeness model (or of a copy of one) carries the person's name, so by default it is
    shown as its keyed pseudonym ``M-…``; Civitai's numeric ids are kept."""
    if reveal_names:
        return lambda platform, model_id, likeness: model_id
    from dfaudit.detect.pseudonym import SETTING, render_model
    from dfaudit.errors import InputError

    value = store.get_setting(SETTING)

    def shown(platform: str, model_id: str, likeness: bool) -> str:
        if not likeness or (platform == "civitai" and model_id.isdigit()):
            return model_id
        if value is None:
            raise InputError("this database has no pseudonym key: run `dfaudit process` first")
        return render_model(bytes.fromhex(value), platform, model_id)

    return shown


def _model_rows(store: Any, likeness_only: bool, reveal_names: bool) -> list[dict[str, Any]]:
    from dfaudit.forensics.timelines import model_timelines

    likeness = {
        (str(p), str(m))
        for p, m in store.query("SELECT platform, model_id FROM findings WHERE likeness")
    }
    shown = _id_withholder(store, reveal_names)
    rows = []
    for t in model_timelines(store, likeness_only=likeness_only):
        named = (t.platform, t.model_id) in likeness
        rows.append(
            {
                "platform": t.platform,
                "model_id": shown(t.platform, t.model_id, named),
                "created_at": _date(t.created_at),
                "removed_after": _date(t.removed_after),
                "removed_by": _date(t.removed_at),
                "days_to_removal_min": t.days_to_removal_min,
                "days_to_removal_max": t.days_to_removal_max,
                "returns": [_date(r) for r in t.returns],
                "copies": [
                    f"{c.platform}:{shown(c.platform, c.model_id, named)}" for c in t.copies
                ],
                "copies_after_removal": sum(1 for c in t.copies if c.after_removal),
                "still_up": t.still_up,
                "days_up_since_return": t.days_up_since_return,
            }
        )
    return rows


def _target_rows(store: Any, reveal_names: bool) -> list[dict[str, Any]]:
    from dfaudit.forensics.timelines import target_timelines
    from dfaudit.report.names import TargetNamer

    namer = TargetNamer(store, reveal_names=reveal_names)
    return [
        {
            "target": namer.label(t.target_key, None),
            "models": t.models,
            "removed": t.removed,
            "removal_observed": t.removal_observed,
            "median_days_to_removal_min": t.median_days_to_removal_min,
            "median_days_to_removal_max": t.median_days_to_removal_max,
            "came_back": t.came_back,
            "copies": t.copies,
            "copies_still_up": t.copies_still_up,
        }
        for t in target_timelines(store)
    ]


@app.command("timeline")
def timeline(
    ctx: typer.Context,
    targets: bool = typer.Option(False, "--targets", help="One row per target, not per model."),
    likeness_only: bool = typer.Option(
        False, "--likeness-only", help="Only models whose finding says likeness."
    ),
    reveal_names: bool = typer.Option(
        False,
        "--reveal-names",
        help="Show targets' names and the Hugging Face ids of likeness models (not pseudonyms).",
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write JSONL here."),
    as_json: bool = typer.Option(False, "--json", help="Print every row as JSON lines."),
    limit: int = typer.Option(50, "--limit", min=1, help="Rows to print."),
) -> None:
    """Removals and re-appearances: when each model was removed, where it came back (same id or
    a re-upload of its file) and how long it has stayed up since.

    Removal times are interval-censored: a model went between the last run that saw it
    (`removed_after`) and the first that did not (`removed_by`); `days_to_removal_min/max` bound
    the time from publication. A model already gone at its first crawl has no bounds.

    Example: `dfaudit timeline --likeness-only -o timelines.jsonl`
    """
    path = existing_db_path(ctx)
    target = check_output_file(output) if output is not None else None
    with open_store(path, read_only=True) as store:
        rows = (
            _target_rows(store, reveal_names)
            if targets
            else _model_rows(store, likeness_only, reveal_names)
        )
    if target is not None:
        with atomic_output(target) as tmp, tmp.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")
        say(f"wrote {len(rows)} timelines to {target}")
        return
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row))
        return
    if not rows:
        say("no removals, gaps or re-uploads recorded yet")
        return
    table = Table(*rows[0].keys())
    for row in rows[:limit]:
        table.add_row(*(Text(terminal_text(_cell(v))) for v in row.values()))
    out.print(table)
    if len(rows) > limit:
        say(f"... {len(rows) - limit} more (use -o to write all)")


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value[:3]) + (" …" if len(value) > 3 else "")
    if isinstance(value, float):
        return _days(value)
    return "" if value is None else str(value)

"""CLI commands: ``process``, ``evaluate``, ``export findings``, ``export bounty-findings``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dfaudit.cli.app import app, db_path, export_app, out
from dfaudit.detect.evaluate import evaluate_store, save_evaluation
from dfaudit.detect.export import export_bounty_findings, export_findings
from dfaudit.pipeline import process_all
from dfaudit.store.db import open_store


@app.command("process")
def process_command(
    ctx: typer.Context,
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Normalise what was collected or ingested and run detection, incrementally.

    Only models whose raw data, the lexicons or the detector version changed are processed.

    Example: `dfaudit process`
    """
    with open_store(db_path(ctx)) as store:
        summary = process_all(store, progress=progress)
    detection = summary.detection
    out.print(detection.line() if hasattr(detection, "line") else str(detection))
    out.print(f"re-upload links: {summary.reuploads}")


@app.command("evaluate")
def evaluate_command(
    ctx: typer.Context,
    labels: Path = typer.Option(..., "--labels", help="Labels JSONL (platform, model_id, ...)."),
    as_json: bool = typer.Option(False, "--json", help="Print the same figures as JSON."),
    signals: bool = typer.Option(False, "--signals", help="Also score each signal feature."),
) -> None:
    """Measure the findings in the store against labels, one table per aspect: likeness
    precision and recall with 95 % Wilson intervals, recall per likeness kind and false-flag
    rate per negative kind (and per shape), target, gender and prominence accuracy, sexual
    intent and minor risk. The metrics are kept in the database (setting ``last_evaluation``)
    for the report's method section.

    Example: `dfaudit evaluate --labels tests/devset/labels.jsonl --json`
    """
    with open_store(db_path(ctx)) as store:
        report = evaluate_store(store, labels)
        save_evaluation(store, report, labels)
    if as_json:
        typer.echo(json.dumps(report.as_dict(signals=signals), indent=2, ensure_ascii=False))
        return
    for line in report.lines(signals=signals):
        out.print(line, highlight=False, markup=False, soft_wrap=True)


def _format_option() -> str:
    return typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet")


@export_app.command("findings")
def export_findings_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
    fmt: str = _format_option(),
    reveal_names: bool = typer.Option(
        False, "--reveal-names", help="Also write target_name (never for publication)."
    ),
) -> None:
    """Export one row per model: likeness, pseudonymised target, gender, prominence, sexual
    intent, minor risk, violations and evidence.

    Example: `dfaudit export findings --format parquet -o findings.parquet`
    """
    with open_store(db_path(ctx)) as store:
        count = export_findings(store, fmt, output, reveal_names=reveal_names)
    out.print(f"wrote {count} findings to {output}")


@export_app.command("bounty-findings")
def export_bounty_findings_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
    fmt: str = _format_option(),
    reveal_names: bool = typer.Option(
        False, "--reveal-names", help="Also write target_name (never for publication)."
    ),
) -> None:
    """Export one row per bounty with the same columns as `export findings`.

    Example: `dfaudit export bounty-findings --format csv -o bounty-findings.csv`
    """
    with open_store(db_path(ctx)) as store:
        count = export_bounty_findings(store, fmt, output, reveal_names=reveal_names)
    out.print(f"wrote {count} bounty findings to {output}")

"""CLI commands: ``process``, ``evaluate``, ``export findings``, ``export bounty-findings``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dfaudit.cli.app import app, db_path, existing_db_path, export_app, say, say_signal_errors
from dfaudit.detect.evaluate import EvaluationReport, evaluate_store, save_evaluation
from dfaudit.detect.export import export_bounty_findings, export_findings
from dfaudit.errors import InputError
from dfaudit.pipeline import process_all
from dfaudit.publish import published_meta, snapshot_path
from dfaudit.store.db import Store, open_store


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
    say(detection.line() if hasattr(detection, "line") else str(detection))
    say(f"re-upload links: {summary.reuploads}")
    snapshot = snapshot_path(db_path(ctx))
    meta = published_meta(snapshot)
    if meta:
        say(
            f"review snapshot: {meta.get('findings', '0')} likeness findings in {snapshot.name} "
            f"(published {meta.get('published_at', '')})"
        )
    say_signal_errors(getattr(detection, "signal_errors", None))


@app.command("evaluate")
def evaluate_command(
    ctx: typer.Context,
    labels: Path | None = typer.Option(
        None, "--labels", help="Labels JSONL (platform, model_id, ...)."
    ),
    from_decisions: bool = typer.Option(
        False,
        "--from-decisions",
        help="Use the review app's standing decisions as labels (confirm = real person, "
        "reject = not; escalations are left out).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the same figures as JSON."),
    signals: bool = typer.Option(False, "--signals", help="Also score each signal feature."),
) -> None:
    """Measure the findings in the store against labels, one table per aspect: likeness
    precision and recall with 95 % Wilson intervals, recall per likeness kind and false-flag
    rate per negative kind (and per shape), target, gender and prominence accuracy, sexual
    intent and minor risk. The metrics are kept in the database (setting ``last_evaluation``)
    for the report's method section.

    Example: `dfaudit evaluate --labels tests/devset/labels.jsonl --json` or
    `dfaudit evaluate --from-decisions`
    """
    if (labels is None) == (not from_decisions):
        raise InputError("give --labels FILE or --from-decisions (one of them)")
    with open_store(existing_db_path(ctx)) as store:
        if from_decisions:
            report, source = _evaluate_decisions(store, db_path(ctx))
        else:
            assert labels is not None
            report, source = evaluate_store(store, labels), labels
        save_evaluation(store, report, source)
    if as_json:
        typer.echo(json.dumps(report.as_dict(signals=signals), indent=2, ensure_ascii=False))
        return
    for line in report.lines(signals=signals):
        say(line)


def _evaluate_decisions(store: Store, db: Path) -> tuple[EvaluationReport, Path]:
    """Write the review decisions as a labels file beside nothing (a temporary) and score."""
    import tempfile

    from dfaudit.web.review import ReviewDB, decision_labels, review_path

    rows = decision_labels(ReviewDB(review_path(db)))
    if not rows:
        raise InputError("no confirm or reject decisions yet: review findings with `dfaudit serve`")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review-decisions.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return evaluate_store(store, path), path


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
    with open_store(existing_db_path(ctx), read_only=True) as store:
        count = export_findings(store, fmt, output, reveal_names=reveal_names)
    say(f"wrote {count} findings to {output}")


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
    with open_store(existing_db_path(ctx), read_only=True) as store:
        count = export_bounty_findings(store, fmt, output, reveal_names=reveal_names)
    say(f"wrote {count} bounty findings to {output}")

"""CLI commands: ``sample-server`` (the synthetic platforms on loopback) and ``sample-labels``."""

from __future__ import annotations

from pathlib import Path

import typer

from dfaudit.cli.app import app, console, out, say
from dfaudit.errors import InputError
from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import DEFAULT_SEED, load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.store.export import atomic_output, check_output_file


@app.command("sample-server")
def sample_server(
    port: int = typer.Option(8765, "--port", help="Port on 127.0.0.1 (0: any free port)."),
    seed: int = typer.Option(DEFAULT_SEED, "--seed", help="Seed of the synthetic sample."),
    fault_rate: float = typer.Option(
        0.0, "--fault-rate", help="Share of requests that fail (429, 5xx, cut bodies, slow)."
    ),
    show_flagged: bool = typer.Option(
        False, "--show-flagged", help="Also list poi/minor models (the real API hides them)."
    ),
) -> None:
    """Serve the synthetic Civitai, bounty and Hugging Face APIs on loopback until Ctrl-C.

    Every person in the sample is invented. Point crawlers at the printed URL as the Civitai
    site and as the Hugging Face endpoint.

    Example: `dfaudit sample-server --port 8765 --fault-rate 0.1`
    """
    if not 0.0 <= fault_rate <= 1.0:
        raise InputError("--fault-rate must be between 0 and 1")
    if not 0 <= port <= 65535:
        raise InputError("--port must be between 0 and 65535")
    server = SampleServer(
        load_sample(seed),
        faults=FaultPlan.uniform(fault_rate, seed),
        port=port,
        show_flagged=show_flagged,
    )
    out.print(
        f"serving the sample (seed {seed}) at {server.url}  — Ctrl-C to stop", highlight=False
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        console.print("stopped")


@app.command("sample-labels")
def sample_labels(
    output: Path = typer.Option(..., "-o", "--output", help="JSONL file to write."),
    seed: int = typer.Option(DEFAULT_SEED, "--seed", help="Seed of the synthetic sample."),
) -> None:
    """Write the ground-truth labels of the synthetic sample, one JSON object per line.

    Example: `dfaudit sample-labels -o labels.jsonl`
    """
    target = check_output_file(output)
    with atomic_output(target) as tmp:
        count = load_sample(seed).write_labels(tmp)
    say(f"wrote {count} labels to {target}")

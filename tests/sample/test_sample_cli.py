"""``dfaudit sample-labels`` and ``dfaudit sample-server`` through the CLI."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.sample.generate import load_sample
from dfaudit.sample.labels import read_labels_jsonl


def test_sample_labels_writes_the_ground_truth(tmp_path: Path) -> None:
    output = tmp_path / "labels.jsonl"
    result = CliRunner().invoke(app, ["sample-labels", "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert tuple(read_labels_jsonl(output)) == load_sample().labels


def test_sample_commands_have_help_with_an_example() -> None:
    for command in ("sample-server", "sample-labels"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_sample_server_rejects_a_bad_fault_rate() -> None:
    result = CliRunner().invoke(app, ["sample-server", "--fault-rate", "2"])
    assert result.exit_code == 2 and "fault-rate" in result.output


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sample_server_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from dfaudit.cli import main; main()",
            "sample-server",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        # a shell runs background jobs with SIGINT ignored, and a child inherits that: restore
        # the default so the server gets its Ctrl-C however the suite was started
        preexec_fn=_default_sigint,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert url, line
        response = httpx.get(f"{url.group(0)}/api/v1/models", params={"limit": 2}, timeout=10)
        assert response.status_code == 200 and len(response.json()["items"]) == 2
    finally:
        process.send_signal(signal.SIGINT)
        try:
            # communicate() drains both pipes while waiting: a full pipe cannot stall the exit;
            # generous, as a loaded machine delays it
            process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    assert process.returncode in (0, 130)

"""The README's own census workflow, run as written against the sample server on loopback.

The commands come from the README's first example block, so editing the README's workflow
changes what this test runs. Only ``--db``, the platform roots (``--civitai-url``,
``--hf-endpoint``, pointing at the loopback sample), ``--rate 0`` (no politeness delay on
loopback) and ``--no-progress`` are added.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

EXPECTED_ORDER = [
    "collect civitai",
    "collect bounties",
    "collect huggingface",
    "process",
    "collect headers",
    "process",
    "report",
]


def readme_workflow() -> list[list[str]]:
    """The ``dfaudit`` lines of the README example that starts with the resumable census."""
    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.DOTALL)
    block = next(b for b in blocks if "# The census, resumable" in b)
    commands = []
    for line in block.split("\n\n", 1)[0].splitlines():
        if line.startswith("dfaudit "):
            commands.append(shlex.split(line)[1:])
    return commands


def _name(args: list[str]) -> str:
    return " ".join(args[:2]) if args[0] == "collect" else args[0]


def test_readme_lists_the_workflow_in_a_working_order() -> None:
    assert [_name(args) for args in readme_workflow()] == EXPECTED_ORDER


def test_readme_workflow_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "workflow.duckdb")
    runner = CliRunner()
    outputs = []
    with SampleServer(load_sample()) as srv:
        site = srv.url
        for args in readme_workflow():
            extra = ["--no-progress"] if args[0] in ("collect", "process", "report") else []
            if args[:2] in (["collect", "civitai"], ["collect", "bounties"]):
                extra += ["--civitai-url", srv.url, "--rate", "0"]  # loopback: no politeness
            if args[:2] == ["collect", "huggingface"]:
                extra += ["--hf-endpoint", srv.url, "--rate", "0"]
            if args[:2] == ["collect", "headers"]:
                extra += ["--civitai-url", srv.url, "--hf-endpoint", srv.url]
            result = runner.invoke(app, ["--db", db, *args, *extra])
            assert result.exit_code == 0, (args, result.output, result.exception)
            outputs.append(result.output)
    headers_line = outputs[EXPECTED_ORDER.index("collect headers")]
    assert re.search(r"\b[1-9]\d* (files|ok)", headers_line), headers_line
    report_dir = tmp_path / "report"
    assert (report_dir / "report.html").stat().st_size > 10_000
    summary = json.loads((report_dir / "summary.json").read_text(encoding="utf-8"))
    assert summary["models_total"] > 0 and summary["likeness_models"] > 0
    assert site in summary["source"]["sites"] and summary["generated_at"]

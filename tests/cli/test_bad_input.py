"""Bad input gives one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def one_line_error(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1, output
    assert "Traceback" not in output
    return errors[0]


@pytest.mark.parametrize(
    ("plan", "code", "words"),
    [(FaultPlan(require_auth="key"), 5, "answered 401"), (FaultPlan(forbidden=True), 5, "403")],
)
def test_api_auth_failures(tmp_path: Path, plan: FaultPlan, code: int, words: str) -> None:
    with SampleServer(load_sample(), faults=plan) as srv:
        exit_code, output = run(
            "--db",
            str(tmp_path / "db.duckdb"),
            "collect",
            "civitai",
            "--civitai-url",
            srv.url,
            "--no-progress",
        )
    assert exit_code == code
    assert words in one_line_error(output)


def test_unreadable_and_unknown_inputs(tmp_path: Path) -> None:
    db = str(tmp_path / "db.duckdb")
    code, output = run("--db", db, "ingest", "--platform", "civitai", str(tmp_path))
    assert code == 2 and "is a directory" in one_line_error(output)
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"id": 1, "name": "x", "modelVersions": []}) + "\n")
    code, output = run("--db", db, "ingest", "--platform", "myspace", str(good))
    assert code == 2 and "unknown platform" in one_line_error(output)
    code, output = run(
        "--db", db, "export", "models", "--format", "xlsx", "-o", str(tmp_path / "m")
    )
    assert code == 2 and "unknown format" in one_line_error(output)
    code, output = run("--db", str(tmp_path / "none.duckdb"), "status")
    assert code == 2 and "no database" in one_line_error(output)
    code, output = run("--db", db, "collect", "civitai", "--types", "Selfie")
    assert code == 2 and "unknown model type" in one_line_error(output)


def test_gzip_that_is_not_gzip_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "dump.jsonl.gz"
    broken.write_bytes(b"\x1f\x8bnot really gzip")
    code, output = run(
        "--db", str(tmp_path / "db.duckdb"), "ingest", "--platform", "civitai", str(broken)
    )
    assert code == 2 and "cannot read" in one_line_error(output)

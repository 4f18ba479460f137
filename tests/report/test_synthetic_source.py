"""Data crawled from the bundled sample server is marked synthetic on every path, not only with
`audit --sample`: the server marks every answer, the crawl records it in the run's params, and the
report and `summary.json` say so whenever such data is in scope."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import httpx
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer

runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _summary(db: Path, out: Path, *extra: str) -> dict[str, object]:
    _run("--db", str(db), "report", "-o", str(out), "--no-progress", *extra)
    summary: dict[str, object] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return summary


def test_every_sample_answer_carries_the_mark() -> None:
    with SampleServer(load_sample()) as server:
        for path in ("/api/v1/models", "/api/models", "/no/such/page"):
            response = httpx.get(server.url + path)
            assert response.headers.get("x-dfaudit-sample") == "synthetic", path


def test_collect_process_report_from_the_sample_server_is_synthetic(
    report_db: Path, tmp_path: Path
) -> None:
    # the control: a store with no sample data is not called synthetic
    control = _summary(report_db, tmp_path / "control")
    assert control["source"]["synthetic"] is False  # type: ignore[index]

    db = tmp_path / "store.duckdb"
    with SampleServer(load_sample()) as server:
        fast = ("--max-retries", "1", "--backoff", "0", "--no-progress")
        _run(
            "--db",
            str(db),
            "collect",
            "civitai",
            "--civitai-url",
            server.url,
            "--max-pages",
            "2",
            *fast,
        )
    _run("--db", str(db), "process", "--no-progress")
    with duckdb.connect(str(db), read_only=True) as con:
        params = [json.loads(p) for (p,) in con.execute("SELECT params FROM runs").fetchall()]
    assert params and all(p["synthetic"] is True for p in params)

    out = tmp_path / "report"
    summary = _summary(db, out)
    assert summary["source"]["synthetic"] is True  # type: ignore[index]
    for name in ("report.html", "report.md"):
        assert "SYNTHETIC SAMPLE" in (out / name).read_text(encoding="utf-8")
    # no Hugging Face data came from the sample server: a report of that platform alone is not
    other = _summary(db, tmp_path / "hf", "--platform", "huggingface")
    assert other["source"]["synthetic"] is False  # type: ignore[index]

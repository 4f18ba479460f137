"""`dfaudit report`: reads the store read-only and writes the report directory."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dfaudit.cli import app

from .planted import MODELS, TARGET_NAMES

runner = CliRunner()


def test_report_command_writes_every_output(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = runner.invoke(app, ["--db", str(report_db), "report", "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    for name in ("report.html", "report.md", "summary.json"):
        assert (out / name).is_file()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["models_total"] == len(MODELS)
    assert not any(name in (out / "report.md").read_text() for name in TARGET_NAMES)


def test_report_command_filters_and_reveals(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    args = ["--db", str(report_db), "report", "-o", str(out), "--no-progress"]
    args += ["--platform", "civitai", "--since", "2023-06-01", "--reveal-names"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["scope"] == {"platform": "civitai", "since": "2023-06-01"}
    assert set(summary["by_platform"]) == {"civitai"}
    assert any(name in (out / "report.html").read_text() for name in TARGET_NAMES)


def test_report_command_errors_are_one_line(report_db: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["--db", str(report_db), "report", "-o", str(tmp_path / "r"), "--platform", "x"]
    )
    assert result.exit_code == 2
    assert "unknown platform" in result.output
    missing = runner.invoke(
        app, ["--db", str(tmp_path / "none.duckdb"), "report", "-o", str(tmp_path / "r")]
    )
    assert missing.exit_code == 2 and "no database" in missing.output


def test_report_help_has_an_example() -> None:
    result = runner.invoke(app, ["report", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "dfaudit" in result.output


def test_read_only_store_without_pseudonym_key_is_refused(report_db: Path, tmp_path: Path) -> None:
    import duckdb

    with duckdb.connect(str(report_db)) as con:
        con.execute("DELETE FROM settings WHERE key = 'pseudonym_key'")
    result = runner.invoke(
        app, ["--db", str(report_db), "report", "-o", str(tmp_path / "r"), "--no-progress"]
    )
    assert result.exit_code == 2
    assert "pseudonym key" in result.output

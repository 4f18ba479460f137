"""A failing detection signal is counted and shown, not swallowed: ``process`` prints how many
error hits in how many models (a table of signals and exception types, the note as plain text),
the store keeps each error hit in the finding's evidence, and the report's method section and
summary.json count them per signal@version. Its twin, with no failing signal, prints nothing and
the report says "none". The failing signal exists only in this test; the people are invented."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect import engine, registry
from dfaudit.detect.base import Hit, Signal
from dfaudit.detect.lexicon import Lexicon
from dfaudit.store.db import open_store

# Markup, a terminal escape and a bidi override: what a record's text may put in a message
HOSTILE = "[bold red]Zephyrine Quallow[/] \x1b[2J\u202e"
FAILING = "failing_probe@3"


class FailingProbe:
    """Raises on every record whose title names the invented "Zephyrine", as a signal missing a
    constant would: the run must go on and say so."""

    name: ClassVar[str] = "failing_probe"
    version: ClassVar[str] = "3"
    fields: ClassVar[tuple[str, ...]] = ("name",)

    def hits(self, record: object) -> list[Hit]:
        if "Zephyrine" in str(getattr(record, "name", "")):
            raise LookupError(f"no table row for {HOSTILE}")
        return []


ITEMS = [
    {
        "id": 31,
        "name": "Zephyrine Quallow LoRA",
        "type": "LORA",
        "tags": ["woman", "actress"],
        "modelVersions": [{"id": 311, "name": "v1", "trainedWords": ["zephquallow"]}],
    },
    {
        "id": 32,
        "name": "Zephyrine Quallow v2",
        "type": "LORA",
        "tags": ["celebrity"],
        "modelVersions": [],
    },
    {"id": 33, "name": "Ink wash style", "type": "LORA", "tags": ["style"], "modelVersions": []},
    {"id": 34, "name": "Brass airship", "type": "LORA", "tags": ["vehicle"], "modelVersions": []},
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    items = tmp_path / "items.jsonl"
    items.write_text("".join(json.dumps(i) + "\n" for i in ITEMS))
    path = tmp_path / "t.duckdb"
    with open_store(path) as store:
        ingest_files(store, "civitai", [items])  # collected only: `process` detects
    return path


@pytest.fixture
def failing_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every detector built from now on runs the registry's signals and the failing probe."""

    def with_probe(lexicon: Lexicon | None = None) -> list[Signal]:
        return [*registry.build_signals(lexicon), FailingProbe()]

    monkeypatch.setattr(engine, "build_signals", with_probe)


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def report(db: Path, out: Path) -> tuple[dict[str, object], str, list[list[str]]]:
    code, output = invoke("--db", str(db), "report", "-o", str(out), "--no-progress")
    assert code == 0, output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    with (out / "tables" / "signal_errors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return summary, (out / "report.md").read_text(encoding="utf-8"), rows


def test_failing_signal_is_counted_in_cli_store_and_report(
    db: Path, tmp_path: Path, failing_signal: None
) -> None:
    code, output = invoke("--db", str(db), "process", "--no-progress")
    assert code == 0, output  # a run with errors still succeeds
    assert "process: 4 models detected" in output
    assert "signal errors: 2 in 2 models" in output
    table = output[output.index("signal errors:") :]
    assert FAILING in table and "LookupError" in table
    # the note is shown as the plain text it is: markup not applied, no escape, no bidi control
    assert "[bold red]Zephyrine" in table
    assert "\x1b" not in output and "\u202e" not in output

    with open_store(db, read_only=True) as store:
        rows = store.query("SELECT model_id, evidence::VARCHAR FROM findings ORDER BY model_id")
    errors = {
        model_id: [e for e in json.loads(text) if e["aspect"] == "error"] for model_id, text in rows
    }
    assert {k: len(v) for k, v in errors.items()} == {"31": 1, "32": 1, "33": 0, "34": 0}
    kept = errors["31"][0]
    assert (kept["signal"], kept["text"], kept["score"]) == (FAILING, "LookupError", 0.0)
    assert kept["note"] == f"no table row for {HOSTILE}"  # as raised, bounded (200 characters)

    summary, markdown, csv_rows = report(db, tmp_path / "report")
    assert summary["signal_errors"] == {"total": 2, "findings": 2, "by_signal": {FAILING: 2}}
    assert csv_rows == [
        ["signal", "errors", "findings", "exception types"],
        [FAILING, "2", "2", "LookupError"],
    ]
    assert "Signal errors: 2 in 2 findings." in markdown
    assert FAILING.replace("_", "\\_") in markdown  # Markdown escapes the underscore
    assert "no table row" not in markdown  # the note may quote a record: never in the report

    # nothing changed: the second run detects nothing, so it has nothing to count
    code, output = invoke("--db", str(db), "process", "--no-progress")
    assert code == 0 and "signal errors" not in output


def test_no_failing_signal_prints_nothing_and_reports_none(db: Path, tmp_path: Path) -> None:
    code, output = invoke("--db", str(db), "process", "--no-progress")
    assert code == 0, output
    assert "process: 4 models detected" in output
    assert "signal errors" not in output and "LookupError" not in output
    summary, markdown, csv_rows = report(db, tmp_path / "report")
    assert summary["signal_errors"] == {"total": 0, "findings": 0, "by_signal": {}}
    assert csv_rows == [
        ["signal", "errors", "findings", "exception types"],
        ["every signal", "none", "none", ""],
    ]
    assert "Signal errors: none." in markdown


class MissingConstantProbe:
    """Raises on every record, as last round's signal whose constant was missing did."""

    name: ClassVar[str] = "missing_constant_probe"
    version: ClassVar[str] = "1"
    fields: ClassVar[tuple[str, ...]] = ("name",)

    def hits(self, record: object) -> list[Hit]:
        raise NameError("name 'CUE_WORDS' is not defined")


@pytest.mark.slow
def test_audit_says_a_signal_failed_on_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def with_probe(lexicon: Lexicon | None = None) -> list[Signal]:
        return [*registry.build_signals(lexicon), MissingConstantProbe()]

    monkeypatch.setattr(engine, "build_signals", with_probe)
    out = tmp_path / "report"
    db = str(tmp_path / "a.duckdb")
    args = ("--db", db, "audit", "--sample", "--max-pages", "1", "-o", str(out), "--no-progress")
    code, output = invoke(*args)
    assert code == 0, output
    said = re.search(r"signal errors: (\d+) in (\d+) models?(?: and (\d+) bount)?", output)
    assert said is not None, output
    total, models, bounties = (int(g or 0) for g in said.groups())
    assert models > 0 and total == models + bounties  # one error hit per record
    assert "missing_constant_probe@1" in output and "NameError" in output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["signal_errors"] == {
        "total": total,
        "findings": total,
        "by_signal": {"missing_constant_probe@1": total},
    }

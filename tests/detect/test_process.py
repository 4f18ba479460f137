"""process_store incrementality, exports, evaluate and the CLI, on an in-file store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect import engine
from dfaudit.detect.engine import process_store
from dfaudit.detect.pseudonym import pseudonym
from dfaudit.store.db import open_store

ITEMS = [
    {
        "id": 11,
        "name": "Elena Marchetti",
        "type": "LORA",
        "nsfw": True,
        "tags": ["woman"],
        "modelVersions": [
            {
                "id": 111,
                "name": "v1",
                "trainedWords": ["elenamarchetti"],
                "createdAt": "2025-06-01T00:00:00Z",
                "files": [],
                "images": [],
            }
        ],
    },
    {
        "id": 12,
        "name": "elena_marchetti_v2",
        "type": "LORA",
        "tags": ["celebrity"],
        "modelVersions": [],
    },
    {
        "id": 13,
        "name": "Kaelith Moonveil",
        "type": "LORA",
        "tags": ["anime", "character"],
        "modelVersions": [],
    },
    {"id": 14, "name": "Watercolor style", "type": "LORA", "tags": ["style"], "modelVersions": []},
]
LABELS = [
    {
        "platform": "civitai",
        "model_id": "11",
        "kind": "private",
        "likeness": True,
        "gender": "female",
        "sexual_intent": True,
        "minor_risk": False,
    },
    {
        "platform": "civitai",
        "model_id": "12",
        "kind": "celebrity",
        "likeness": True,
        "gender": "female",
        "sexual_intent": False,
        "minor_risk": False,
    },
    {
        "platform": "civitai",
        "model_id": "13",
        "kind": "character",
        "likeness": False,
        "sexual_intent": False,
        "minor_risk": False,
    },
    {
        "platform": "civitai",
        "model_id": "14",
        "kind": "style",
        "likeness": False,
        "sexual_intent": False,
        "minor_risk": False,
    },
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n")
    path = tmp_path / "t.duckdb"
    with open_store(path) as store:
        ingest_files(store, "civitai", [items])
    return path


def test_process_is_incremental(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db) as store:
        first = process_store(store, progress=False)
        assert first.models_processed == 4 and first.likeness == 2
        second = process_store(store, progress=False)
        assert second.models_processed == 0 and second.models_skipped == 4
        # a lexicon import changes every input hash
        store.con.execute(
            "INSERT INTO lexicon_entries VALUES ('poi', 'Orla Penhallow', 'orlapenhallow', "
            "NULL, 't', now())"
        )
        assert process_store(store, progress=False).models_processed == 4
        # a changed raw item is reprocessed alone
        store.con.execute("UPDATE models SET raw_sha256 = 'changed' WHERE model_id = '14'")
        assert process_store(store, progress=False).models_processed == 1
        # a new detector version reprocesses everything
        monkeypatch.setattr(engine, "detector_version", lambda: "test-bump")
        assert process_store(store, progress=False).models_processed == 4
        rows = dict(store.query("SELECT model_id, likeness FROM findings"))
    assert rows == {"11": True, "12": True, "13": False, "14": False}


def test_findings_carry_targets_violations_and_pseudonyms(db: Path) -> None:
    with open_store(db) as store:
        process_store(store, progress=False)
        rows = store.query(
            "SELECT model_id, target_key, violations FROM findings ORDER BY model_id"
        )
        keys = {r[0]: r[1] for r in rows}
        assert keys["11"] == keys["12"] == "elena marcheti"  # grouped across spellings
        assert "civitai.real-person-any" in rows[0][2]
        first = pseudonym(store, "elena marcheti")
        assert first == pseudonym(store, "elena marcheti") and first.startswith("T-")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_findings_formats(db: Path, tmp_path: Path, fmt: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db), "process", "--no-progress"]).exit_code == 0
    out = tmp_path / f"f.{fmt}"
    result = runner.invoke(app, ["--db", str(db), "export", "findings", "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open()))
    else:
        rows = pq.read_table(out).to_pylist()
    assert len(rows) == 4
    row = next(r for r in rows if str(r["model_id"]) == "11")
    assert str(row["target"]).startswith("T-") and row["target_name"] in (None, "")
    assert "Elena" not in json.dumps(row, default=str).replace(row["name"], "")
    assert set(row) >= {
        "likeness_score",
        "target_gender",
        "prominence",
        "violations",
        "evidence",
        "detector_version",
        "sexual_intent_score",
        "minor_risk",
    }
    revealed = tmp_path / f"r.{fmt}"
    args = ["--db", str(db), "export", "findings", "-f", fmt, "-o", str(revealed), "--reveal-names"]
    assert runner.invoke(app, args).exit_code == 0
    assert "Elena Marchetti" in (
        revealed.read_text(errors="ignore")
        if fmt != "parquet"
        else str(pq.read_table(revealed).to_pylist())
    )


def test_evaluate_prints_scores(db: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(x) for x in LABELS))
    runner = CliRunner()
    runner.invoke(app, ["--db", str(db), "process", "--no-progress"])
    args = ["--db", str(db), "evaluate", "--labels", str(labels)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert ["F1", "1.000"] in [line.split() for line in result.output.splitlines()]
    scored = runner.invoke(app, [*args, "--json", "--signals"])
    assert scored.exit_code == 0, scored.output
    data = json.loads(scored.output)
    likeness = data["likeness"]
    assert (likeness["precision"], likeness["recall"], likeness["f1"]) == (1.0, 1.0, 1.0)
    assert "character" in data["per_kind"]
    assert any(name.startswith("name_shape:") for name in data["per_signal"])


def test_bounty_export_empty_store(tmp_path: Path) -> None:
    db = tmp_path / "b.duckdb"
    out = tmp_path / "b.csv"
    result = CliRunner().invoke(
        app, ["--db", str(db), "export", "bounty-findings", "-f", "csv", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("platform,bounty_id")


def test_commands_have_help_with_example() -> None:
    runner = CliRunner()
    for args in (
        ["process"],
        ["evaluate"],
        ["export", "findings"],
        ["export", "bounty-findings"],
        ["lexicon", "import"],
        ["lexicon", "list"],
        ["lexicon", "update"],
    ):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, args

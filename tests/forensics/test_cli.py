"""The forensics commands through the CLI, on a database file and loopback servers."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.store.db import open_store

from .conftest import ByHashServer, FileServer, build_safetensors

runner = CliRunner()
SHA = "ef" * 32


def invoke(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", str(db), *args], env={"COLUMNS": "240"})
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "command",
    [["collect", "headers"], ["collect", "by-hash"], ["export", "reuploads"], ["timeline"]],
)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "dfaudit" in result.output


def test_collect_headers(tmp_path: Path, file_server: FileServer) -> None:
    db = tmp_path / "t.duckdb"
    url = file_server.add("a.safetensors", build_safetensors({"ss_output_name": "x"}))
    with open_store(db) as store:
        store.con.execute(
            "INSERT INTO files (platform, model_id, file_id, name, download_url) "
            "VALUES ('civitai', '1', '11', 'a.safetensors', ?)",
            [url],
        )
    # A loopback file host is fetched only once the operator names it (here: as Civitai's site).
    code, output = invoke(db, "collect", "headers", "--no-progress")
    assert code == 0, output
    assert "1 files read (error 1)" in output
    server = ["--civitai-url", file_server.base_url]
    code, output = invoke(db, "collect", "headers", "--no-progress", *server)
    assert code == 0, output
    assert "1 files read (ok 1)" in output
    code, output = invoke(db, "collect", "headers", "--no-progress", *server)
    assert "0 files read" in output and "1 already done" in output


def _linked_store(db: Path) -> None:
    with open_store(db) as store:
        for platform, model_id, created in (
            ("civitai", "1", datetime(2024, 1, 1, tzinfo=UTC)),
            ("huggingface", "m/r", datetime(2025, 6, 1, tzinfo=UTC)),
        ):
            store.con.execute(
                "INSERT INTO models (platform, model_id, created_at) VALUES (?, ?, ?)",
                [platform, model_id, created],
            )
            store.con.execute(
                "INSERT INTO files (platform, model_id, file_id, name, sha256) "
                "VALUES (?, ?, ?, 'f.safetensors', ?)",
                [platform, model_id, f"{platform}-{model_id}", SHA],
            )
        from dfaudit.forensics.reuploads import link_reuploads

        link_reuploads(store)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_reuploads(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "t.duckdb"
    _linked_store(db)
    target = tmp_path / f"links.{fmt}"
    code, output = invoke(db, "export", "reuploads", "--format", fmt, "-o", str(target))
    assert code == 0, output
    assert "wrote 1 re-upload links" in output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in target.read_text().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(target.open()))
    else:
        rows = pq.read_table(target).to_pylist()
    assert len(rows) == 1
    row = rows[0]
    assert list(row)[:5] == ["sha256", "platform_a", "model_id_a", "platform_b", "model_id_b"]
    assert (row["sha256"], row["model_id_a"], row["model_id_b"]) == (SHA, "1", "m/r")
    assert row["first_seen_a"] and row["first_seen_b"]


def test_export_reuploads_rejects_an_unknown_format(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _linked_store(db)
    code, output = invoke(db, "export", "reuploads", "--format", "xml", "-o", str(tmp_path / "x"))
    assert code == 2 and "unknown format" in output


def test_collect_by_hash(tmp_path: Path, by_hash_server: ByHashServer) -> None:
    db = tmp_path / "t.duckdb"
    with open_store(db) as store:
        store.con.execute(
            "INSERT INTO files (platform, model_id, file_id, name, sha256) "
            "VALUES ('huggingface', 'm/r', 'm/r/f.safetensors', 'f.safetensors', ?)",
            [SHA],
        )
    args = ["collect", "by-hash", "--civitai-url", by_hash_server.base_url, "--no-progress"]
    code, output = invoke(db, *args, "--rate", "0")
    assert code == 0, output
    assert "1 hashes asked in 1 requests; 0 versions found" in output
    assert by_hash_server.bodies == [[SHA]]


def test_timeline(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _linked_store(db)
    code, output = invoke(db, "timeline")
    assert code == 0, output
    assert "huggingface:m/r" in output
    target = tmp_path / "t.jsonl"
    code, output = invoke(db, "timeline", "-o", str(target))
    assert code == 0 and "wrote 1 timelines" in output
    (row,) = [json.loads(line) for line in target.read_text().splitlines()]
    assert row["copies"] == ["huggingface:m/r"] and row["still_up"] is True

"""The store documents itself (comments, views) and exports to SQLite for Datasette (issue 11)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dfaudit.errors import InputError
from dfaudit.store.db import open_store
from dfaudit.store.export import atomic_output, export_query, export_sqlite


def _populate(path: Path) -> None:
    with open_store(path) as store:
        when = datetime(2025, 5, 1, tzinfo=UTC)
        for model_id, downloads in (("1", 10), ("2", 5), ("3", 1)):
            store.con.execute(
                "INSERT INTO models (platform, model_id, name, creator, created_at, downloads, "
                "tags, nsfw, record) VALUES ('civitai', ?, ?, '=cmd', ?, ?, ['a', 'b'], TRUE, "
                "'\\x00\\x01'::BLOB)",
                [model_id, f"model {model_id}", when, downloads],
            )
        for model_id, likeness in (("1", True), ("2", True), ("3", False)):
            store.con.execute(
                "INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, "
                "target_name, sexual_intent, sexual_intent_score, minor_risk, violations, "
                "detector_version, input_sha256, processed_at) VALUES ('civitai', ?, ?, 0.9, "
                "'vela orrin', 'Vela Orrin', TRUE, 0.8, FALSE, ['r1'], 't', 'i', now())",
                [model_id, likeness],
            )


def test_every_table_and_column_has_a_comment(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as store:
        tables = store.query(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND comment IS NULL"
        )
        columns = store.query(
            "SELECT c.table_name, c.column_name FROM duckdb_columns() c "
            "JOIN duckdb_tables() t USING (table_name) "
            "WHERE NOT c.internal AND (c.comment IS NULL OR c.comment = '')"
        )
    hint = "document them with COMMENT ON in src/dfaudit/store/docs.sql"
    assert tables == [], f"tables without a comment: {tables}; {hint}"
    assert columns == [], f"columns without a comment: {columns}; {hint}"


def test_views_join_models_findings_and_targets(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    _populate(path)
    with open_store(path, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM models_with_findings WHERE likeness") == 2
        row = store.query("SELECT target_key, models, downloads FROM likeness_with_targets")
    assert row == [("vela orrin", 2, 15)]


def test_sqlite_export_opens_with_sqlite3_and_keeps_views_and_docs(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    _populate(path)
    out = tmp_path / "store.sqlite"
    with open_store(path, read_only=True) as store:
        counts = export_sqlite(store, out)
    assert counts["models"] == 3 and counts["findings"] == 3
    with sqlite3.connect(out) as db:
        assert db.execute("SELECT count(*) FROM models_with_findings").fetchone() == (3,)
        assert db.execute(
            "SELECT target_key, models, downloads, sexual_intent_models FROM likeness_with_targets"
        ).fetchall() == [("vela orrin", 2, 15, 2)]
        tags, nsfw, created = db.execute(
            "SELECT tags, nsfw, created_at FROM models WHERE model_id = '1'"
        ).fetchone()
        assert (tags, nsfw, created) == ('["a","b"]', 1, "2025-05-01T00:00:00Z")
        columns = [r[1] for r in db.execute("PRAGMA table_info(models)")]
        assert "record" not in columns and "name" in columns
        described = db.execute(
            "SELECT count(*) FROM _docs WHERE table_name = 'findings' AND column_name = 'likeness'"
        ).fetchone()
        assert described == (1,)


def test_export_refuses_the_store_and_other_databases(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    _populate(path)
    other = tmp_path / "other.db"  # a DuckDB file by its magic bytes, whatever its name
    with open_store(other):
        pass
    with open_store(path, read_only=True) as store:
        for target in (path, other):
            before = target.read_bytes()
            with pytest.raises(InputError, match="refusing to overwrite"):
                export_query(store, "SELECT 1 AS x", "csv", target)
            with pytest.raises(InputError, match="refusing to overwrite"):
                export_sqlite(store, target)
            assert target.read_bytes() == before
    with open_store(path, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM models") == 3


def test_interrupted_export_leaves_the_old_file_and_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "models.csv"
    target.parent.mkdir()
    target.write_text("old export\n")
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as tmp:
        tmp.write_text("half a fil")
        raise KeyboardInterrupt  # the export is interrupted mid-way
    assert target.read_text() == "old export\n"
    assert [p.name for p in target.parent.iterdir()] == ["models.csv"]
    with atomic_output(target) as tmp:
        tmp.write_text("new export\n")
    assert target.read_text() == "new export\n"
    assert [p.name for p in target.parent.iterdir()] == ["models.csv"]


def test_csv_export_defuses_formulas_and_strips_bidi(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.con.execute(
            "INSERT INTO models (platform, model_id, name, creator, base_model, tags) VALUES "
            "('civitai', '-1', ?, '=HYPERLINK(\"http://x\")', '@SUM(A1)', ['+1', 'ok'])",
            ["abc\u202egpj.exe\x00"],
        )
    out = tmp_path / "m.csv"
    with open_store(path, read_only=True) as store:
        export_query(
            store, "SELECT model_id, name, creator, base_model, tags FROM models", "csv", out
        )
    import csv

    with out.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["model_id"] == "'-1"
    assert row["creator"].startswith("'=") and row["base_model"] == "'@SUM(A1)"
    assert row["name"] == "abcgpj.exe"
    assert not row["tags"].startswith(("=", "+", "-", "@"))

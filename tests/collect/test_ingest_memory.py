"""The import's writer settings: DuckDB bounded while worker processes prepare chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfaudit.collect.ingest import _writer_settings
from dfaudit.store.db import MEMORY_ENV, open_store


def _limit_bytes(store: object) -> int:
    return int(
        store.scalar(  # type: ignore[attr-defined]
            "SELECT value::BIGINT FROM (SELECT current_setting('memory_limit') AS text), "
            "LATERAL (SELECT CASE WHEN text LIKE '%GiB' THEN 1024 * 1024 * 1024 "
            "WHEN text LIKE '%MiB' THEN 1024 * 1024 ELSE 1024 END "
            "* CAST(split_part(text, ' ', 1) AS DOUBLE) AS value)"
        )
    )


def test_the_writer_runs_within_the_ingest_limit_and_the_store_gets_its_own_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(MEMORY_ENV, raising=False)
    with open_store(tmp_path / "s.duckdb") as store:
        before = _limit_bytes(store)
        threads = store.scalar("SELECT current_setting('threads')")
        with _writer_settings(store):
            assert _limit_bytes(store) <= (1 << 30) * 1.01
            assert _limit_bytes(store) <= before
            assert store.scalar("SELECT current_setting('threads')") == 1
        assert _limit_bytes(store) == before
        assert store.scalar("SELECT current_setting('threads')") == threads


def test_the_memory_variable_bounds_the_writer_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MEMORY_ENV, "300MB")
    with open_store(tmp_path / "s.duckdb") as store, _writer_settings(store):
        assert 280e6 <= _limit_bytes(store) <= 310e6


def test_what_the_writer_wrote_is_checkpointed_without_dictionary_compression(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "s.duckdb") as store:
        with _writer_settings(store):
            disabled = store.scalar("SELECT current_setting('disabled_compression_methods')")
            assert disabled.lower() == "dict_fsst"
            store.con.execute(
                "INSERT INTO settings SELECT 'k' || range, repeat('same text ', 20) "
                "FROM range(5000)"
            )
        assert store.scalar("SELECT current_setting('disabled_compression_methods')") == ""
        compressions = {
            row[0]
            for row in store.query(
                "SELECT compression FROM pragma_storage_info('settings') "
                "WHERE column_name = 'value'"
            )
        }
        assert "DICT_FSST" not in {c.upper() for c in compressions}
        wal = tmp_path / "s.duckdb.wal"
        assert not wal.exists() or wal.stat().st_size == 0  # checkpointed at the end

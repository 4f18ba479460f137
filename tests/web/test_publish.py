"""The review snapshot `process` publishes: what it holds, atomic replacement, skipped when the
store did not change."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dfaudit import publish
from dfaudit.publish import publish_snapshot, published_meta, snapshot_path
from dfaudit.store.db import open_store


def test_the_snapshot_holds_the_store_s_likeness_findings(tmp_path: Path, sample_db: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(sample_db, db)
    with open_store(db) as store:
        likeness = set(store.query("SELECT platform, model_id FROM findings WHERE likeness"))
        observed = store.scalar(
            "SELECT count(*) FROM observations WHERE (platform, model_id) IN "
            "(SELECT platform, model_id FROM findings WHERE likeness)"
        )
        first = publish_snapshot(store)
        assert first is not None and not first.unchanged
        assert first.findings == len(likeness) > 0
        again = publish_snapshot(store)
        assert again is not None and again.unchanged  # nothing changed: the file is kept
        platform, model_id = sorted(likeness)[0]
        store.con.execute(
            "UPDATE findings SET processed_at = processed_at + INTERVAL 1 DAY "
            "WHERE platform = ? AND model_id = ?",
            [platform, model_id],
        )
        changed = publish_snapshot(store)
        assert changed is not None and not changed.unchanged
    path = snapshot_path(db)
    con = sqlite3.connect(path)
    keys = set(con.execute("SELECT platform, model_id FROM findings").fetchall())
    ranks = [r for (r,) in con.execute("SELECT rank FROM findings ORDER BY rank")]
    details = con.execute("SELECT count(*) FROM details").fetchone()[0]
    observations = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    rules = con.execute("SELECT count(*) FROM rules").fetchone()[0]
    pages = con.execute(
        "SELECT count(*) FROM details WHERE length(page_sha256) = 64 AND page_fetched_at > ''"
    ).fetchone()[0]
    con.close()
    assert keys == likeness
    assert ranks == list(range(1, len(likeness) + 1)) and details == len(likeness)
    assert observations == observed and rules > 0 and pages > 0
    assert published_meta(path)["findings"] == str(len(likeness))
    assert not list(tmp_path.glob("*.tmp-*"))


def test_a_store_in_memory_publishes_nothing() -> None:
    with open_store(":memory:") as store:
        assert publish_snapshot(store) is None


def test_findings_read_in_ranges_of_ranks_make_the_same_snapshot(
    tmp_path: Path, sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue is ranked over narrow columns and read a range of ranks at a time (a window
    over the wide rows ran out of DuckDB's memory at a million models): ranges of 3 give the
    same rows, in the same order, as one range."""

    def snapshot_rows(chunk: int, name: str) -> list[tuple[object, ...]]:
        db = tmp_path / f"{name}.duckdb"
        shutil.copyfile(sample_db, db)
        monkeypatch.setattr(publish, "RANK_CHUNK", chunk)
        with open_store(db) as store:
            assert publish_snapshot(store) is not None
            assert not store.query(
                "SELECT 1 FROM duckdb_tables() WHERE table_name = 'publish_rank'"
            )  # the ranks' table is dropped
        con = sqlite3.connect(snapshot_path(db))
        try:
            return con.execute(
                "SELECT f.*, d.* FROM findings f JOIN details d USING (rank) ORDER BY rank"
            ).fetchall()
        finally:
            con.close()

    whole = snapshot_rows(1_000_000, "whole")
    assert len(whole) > 3
    assert snapshot_rows(3, "ranges") == whole

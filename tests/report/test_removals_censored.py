"""Removal times are interval-censored: only what the crawls observed is reported (issue 11)."""

from __future__ import annotations

from datetime import UTC, datetime

from dfaudit.report.build import build_sections
from dfaudit.report.scope import make_scope
from dfaudit.store.db import open_store

FIRST, SECOND = datetime(2025, 5, 1, tzinfo=UTC), datetime(2025, 5, 8, tzinfo=UTC)


def test_model_gone_at_first_crawl_gets_no_time_to_removal() -> None:
    with open_store(":memory:") as store:
        rows = [
            # published 2023, already taken down when first crawled: removal not observed
            ("1", datetime(2023, 1, 1, tzinfo=UTC), FIRST, [(FIRST, "taken_down")]),
            # seen up by the first crawl, gone at the second: removed within that week
            ("2", datetime(2025, 4, 1, tzinfo=UTC), SECOND, [(FIRST, "active")]),
        ]
        for model_id, created, removed, seen in rows:
            store.con.execute(
                "INSERT INTO models (platform, model_id, created_at, removed_at, status) "
                "VALUES ('civitai', ?, ?, ?, 'removed')",
                [model_id, created, removed],
            )
            for run_id, (at, status) in enumerate(seen, start=1):
                store.con.execute(
                    "INSERT INTO observations VALUES ('civitai', ?, ?, ?, 0, ?, NULL)",
                    [model_id, run_id, at, status],
                )
        sections = build_sections(store, make_scope())
    section = next(s for s in sections if s.key == "removals")
    (row,) = section.tables[0].rows
    columns = [c.name for c in section.tables[0].columns]
    values = dict(zip(columns, row, strict=True))
    assert values["removed"] == 2 and values["removal observed"] == 1
    assert values["median observation window"] == 7.0
    assert values["median time up, at least"] == 30.0
    assert values["median time to removal, at most"] == 37.0  # not 850 days for model 1
    assert section.summary["removals"]["removal_observed"] == 1
    assert "interval-censored" in section.tables[0].note

"""`dfaudit diff --since RUN|TIME` and the report's "Since the last audit", on the sample store
followed by a census in which models were added, removed and brought back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfaudit.store.db import open_store

from .conftest import census, invoke, likeness_model_like


def _diff(db: Path, since: str) -> dict[str, dict]:
    rows = json.loads(invoke("--db", str(db), "diff", "--since", since, "--json"))
    return {row["platform"]: row for row in rows}


def test_diff_since_a_run_and_a_time(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        first_census = int(
            store.scalar("SELECT min(run_id) FROM runs WHERE census AND source = 'civitai'")
        )
        removed = [
            str(r[0])
            for r in store.query(
                "SELECT f.model_id FROM findings f JOIN models m USING (platform, model_id) "
                "JOIN observations o USING (platform, model_id) "
                "WHERE f.platform = 'civitai' AND f.likeness AND m.status = 'active' "
                "AND o.run_id = ? ORDER BY f.model_id LIMIT 2",
                [first_census],
            )
        ]
    before = _diff(db, str(first_census))["civitai"]

    added = [
        likeness_model_like("Odalys Fernhallow", 11),
        likeness_model_like("Odalys Fernhallow", 12),
    ]
    census(db, remove=[int(m) for m in removed], add=added)
    after = _diff(db, str(first_census))["civitai"]
    assert after["new_likeness"] == before["new_likeness"] + 2
    assert after["removed_likeness"] == before["removed_likeness"] + 2
    assert after["new_targets"] == before["new_targets"] + 1
    new_downloads = sum(m["stats"]["downloadCount"] for m in added)
    assert after["downloads_gained"] == before["downloads_gained"] + new_downloads
    assert after["reappeared_likeness"] == before["reappeared_likeness"]

    census(db, add=added)  # the removed two come back
    back = _diff(db, str(first_census))["civitai"]
    assert back["reappeared_likeness"] == before["reappeared_likeness"] + 2

    # a time after everything: nothing changed since
    with open_store(db, read_only=True) as store:
        last = store.scalar("SELECT max(finished_at) FROM runs").isoformat()
    quiet = _diff(db, last)["civitai"]
    assert quiet["new_likeness"] == quiet["removed_likeness"] == quiet["downloads_gained"] == 0

    with open_store(db, read_only=True) as store:
        from dfaudit.report import write_report

        summary = json.loads(
            write_report(store, db.parent / "report", progress=False).summary.read_text("utf-8")
        )
    since_last = {r["platform"]: r for r in summary["since_last_audit"]}
    assert since_last["civitai"]["reappeared_likeness"] == 2  # the previous census lacked them
    assert since_last["civitai"]["new_likeness"] == 0


@pytest.mark.parametrize("since", ["999999", "yesterday"])
def test_diff_rejects_unknown_baselines(sample_db: Path, since: str) -> None:
    output = invoke("--db", str(sample_db), "diff", "--since", since, code=2)
    assert "Traceback" not in output

"""A model the detector did not flag but whose name carries a target's name is withheld too."""

from __future__ import annotations

import json
from pathlib import Path

from dfaudit.detect.export import export_findings
from dfaudit.store.db import open_store


def test_unflagged_row_naming_a_target_is_withheld(report_db: Path, tmp_path: Path) -> None:
    with open_store(report_db) as store:
        rows = store.query(
            "SELECT f.platform, f.model_id, f.target_name FROM findings f "
            "WHERE f.likeness AND f.target_name LIKE '% %' ORDER BY 1, 2 LIMIT 1"
        )
        assert rows, "the report fixture has a likeness finding with a two-word target"
        _platform, _model_id, target_name = rows[0]
        # an unflagged model elsewhere named after the same person, words reversed
        first, last = str(target_name).split(" ", 1)
        other = store.query(
            "SELECT platform, model_id FROM findings WHERE NOT likeness ORDER BY 1, 2 LIMIT 1"
        )[0]
        store.con.execute(
            "UPDATE models SET name = ? WHERE platform = ? AND model_id = ?",
            [f"{last.upper()}_{first.lower()} v2", other[0], other[1]],
        )
        path = tmp_path / "findings.jsonl"
        export_findings(store, "jsonl", path)
        withheld = {
            (r["platform"], r["model_id"]): r
            for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        }
        revealed = tmp_path / "revealed.jsonl"
        export_findings(store, "jsonl", revealed, reveal_names=True)
    text = path.read_text(encoding="utf-8").lower()
    assert first.lower() not in text or last.lower() not in text
    assert withheld[other]["name"] is None and withheld[other]["likeness"] is False
    assert last.upper() in revealed.read_text(encoding="utf-8")

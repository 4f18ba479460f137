"""`dfaudit evaluate --from-decisions`: the standing review decisions score the detector."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.store.db import open_store
from dfaudit.web.review import ReviewDB, User, review_path

RITA = User("rita", "reviewer", False, "")


def test_decisions_are_labels(tmp_path: Path, sample_db: Path, review_template: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(sample_db, db)
    shutil.copyfile(review_template, review_path(db))
    runner = CliRunner()
    neither = runner.invoke(app, ["--db", str(db), "evaluate"])
    assert neither.exit_code == 2 and "--from-decisions" in neither.output
    none_yet = runner.invoke(app, ["--db", str(db), "evaluate", "--from-decisions"])
    assert none_yet.exit_code == 2 and "no confirm or reject" in none_yet.output

    with open_store(db, read_only=True) as store:
        flagged = store.query(
            "SELECT platform, model_id FROM findings WHERE likeness ORDER BY 1, 2 LIMIT 5"
        )
        missed = store.query(
            "SELECT platform, model_id FROM findings WHERE NOT likeness ORDER BY 1, 2 LIMIT 1"
        )
    review = ReviewDB(review_path(db))
    for platform, model_id in flagged[:3] + missed:
        review.record_decision(platform, model_id, "confirm", reviewer=RITA)
    for platform, model_id in flagged[3:]:
        review.record_decision(platform, model_id, "reject", reviewer=RITA, reason="style")
    review.record_decision(*flagged[0], "escalate", reviewer=RITA)  # supersedes: not a label

    result = runner.invoke(app, ["--db", str(db), "evaluate", "--from-decisions"])
    assert result.exit_code == 0, result.output
    assert "labelled 5, with findings 5" in result.output
    # flagged: 2 confirmed (tp), 2 rejected (fp); one confirmed model was not flagged (fn)
    assert "precision" in result.output and "0.500" in result.output
    as_json = runner.invoke(app, ["--db", str(db), "evaluate", "--from-decisions", "--json"])
    assert as_json.exit_code == 0, as_json.output
    likeness = json.loads(as_json.output)["likeness"]
    assert (likeness["precision"], likeness["recall"], likeness["f1"]) == (0.5, 0.6667, 0.5714)
    with open_store(db, read_only=True) as store:
        saved = json.loads(store.get_setting("last_evaluation") or "{}")
    assert saved["labels"] == "review-decisions.jsonl"

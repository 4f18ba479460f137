"""The gender hand labels of real catalog models: ids and labels only, for models labelled as
real people in ``real_labels/``; and the scoring script's interval."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE.parents[1] / "scripts"


def load_script(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("part", "least"), [("dev", 150), ("holdout", 40)])
def test_gender_labels_hold_ids_and_labels_of_labelled_real_people_only(
    part: str, least: int
) -> None:
    real = set()
    for path in (HERE / "real_labels").glob(f"*_{part}.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["label"] == "real":
                real.add(row["model_id"])
    rows = [json.loads(line) for line in (HERE / "real_gender" / f"{part}.jsonl").open()]
    assert len(rows) >= least
    ids = [row["model_id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert list(row) == ["model_id", "gender"]
        assert row["gender"] in ("female", "male", "unsure")
    assert set(ids) <= real


def test_wilson_interval_brackets_the_rate() -> None:
    wilson = load_script("eval_real_gender").wilson
    low, high = wilson(95, 100)
    assert 0.88 < low < 0.95 < high < 0.98
    assert wilson(0, 0) == (0.0, 1.0)

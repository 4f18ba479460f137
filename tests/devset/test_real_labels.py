"""Hand labels of real catalog models: ids and labels only, in the right part, consistent."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent
LABELS = HERE / "real_labels"
SCRIPTS = HERE.parents[1] / "scripts"
CATALOG = HERE.parents[1] / ".." / "shared" / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


real_sample = load("real_sample")
eval_real_labels = load("eval_real_labels")


def label_files() -> list[Path]:
    return sorted(LABELS.glob("*.jsonl"))


def test_label_files_hold_ids_and_labels_only() -> None:
    assert {p.stem for p in label_files()} >= {
        "flagged_dev",
        "unflagged_dev",
        "random_dev",
        "flagged_holdout",
        "unflagged_holdout",
        "random_holdout",
    }
    for path in label_files():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert rows, path.name
        ids = [row["model_id"] for row in rows]
        assert len(ids) == len(set(ids)), path.name
        for row in rows:
            assert list(row) == ["model_id", "label"]
            assert row["model_id"].isdigit() and row["label"] in real_sample.LABEL_VALUES


def test_each_file_labels_its_own_part_and_labels_agree_across_files() -> None:
    seen: dict[str, str] = {}
    for path in label_files():
        part = path.stem.rsplit("_", 1)[1]
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if part != "all":  # a sample over both parts (``--part all``)
                assert real_sample.part_of(row["model_id"]) == part, (path.name, row["model_id"])
            assert seen.setdefault(row["model_id"], row["label"]) == row["label"]


def test_sizes_reach_what_the_measurement_needs() -> None:
    sizes = Counter({p.stem: len(p.read_text().splitlines()) for p in label_files()})
    assert sizes["flagged_dev"] >= 150 and sizes["unflagged_dev"] >= 150
    assert sizes["random_dev"] >= 150


def test_sample_order_and_parts_are_stable_and_seeded() -> None:
    assert real_sample.sample_key("12345") == real_sample.sample_key("12345")
    assert real_sample.sample_key("12345") != real_sample.sample_key("12346")
    assert real_sample.sample_key("12345", 0) == real_sample.sample_key("12345")
    assert real_sample.sample_key("12345", 2) != real_sample.sample_key("12345")
    ids = [str(i) for i in range(200)]
    first = sorted(ids, key=real_sample.sample_key)[:20]
    fresh = sorted(ids, key=lambda i: real_sample.sample_key(i, 2))[:20]
    assert len(set(first) & set(fresh)) < 10  # another seed draws another sample
    parts = Counter(real_sample.part_of(str(i)) for i in range(4000))
    assert 0.2 <= parts["holdout"] / 4000 <= 0.3


def test_fresh_sample_leaves_out_other_seeds_labels_and_scores_its_own(tmp_path: Path) -> None:
    for name, ids in {
        "flagged_dev": ["1", "2"],
        "flagged_s3_holdout": ["3"],
        "flagged_s4_all": ["4", "5"],
    }.items():
        rows = [json.dumps({"model_id": i, "label": "real"}) for i in ids]
        (tmp_path / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert real_sample.file_seed(tmp_path / "flagged_s4_all.jsonl") == 4
    assert real_sample.file_seed(tmp_path / "flagged_dev.jsonl") == 0
    seen = real_sample.read_labels(tmp_path, keep=lambda seed: seed != 4)
    assert set(seen) == {"1", "2", "3"}
    assert set(real_sample.read_labels(tmp_path, keep=lambda seed: seed == 4)) == {"4", "5"}
    detected = {
        str(i): real_sample.Detected(
            str(i),
            i % 2 == 0,
            False,
            real_sample.part_of(str(i)),
            real_sample.sample_key(str(i), 4),
            False,
        )
        for i in range(1, 400)
    }
    both = real_sample.stratum(detected, "flagged", "all", seen)
    assert {d.part for d in both} == {"dev", "holdout"}
    assert all(d.flagged for d in both) and "2" not in {d.model_id for d in both}
    assert [d.key for d in both] == sorted(d.key for d in both)
    dev = real_sample.stratum(detected, "flagged", "dev", seen)
    assert len(dev) < len(both) and "4" in {d.model_id for d in both}


def test_clear_poi_clears_model_and_image_flags_only() -> None:
    item = {
        "id": 1,
        "poi": True,
        "name": "x",
        "modelVersions": [{"id": 2, "images": [{"poi": True, "nsfw": "None"}]}],
    }
    cleared = real_sample.clear_poi(item)
    assert cleared["poi"] is False and cleared["modelVersions"][0]["images"] == [{"nsfw": "None"}]
    assert item["poi"] is True  # the input is not changed


def test_compact_view_is_plain_bounded_text() -> None:
    item = {
        "id": 7,
        "type": "LORA",
        "name": "<b>Name</b>\x1b[31m",
        "tags": ["a", "b"],
        "description": "<p>" + "word " * 200 + "</p>",
        "modelVersions": [{"trainedWords": ["t1", "t1", "t2"]}],
    }
    view = real_sample.compact_view(item)
    assert "<" not in view and "\x1b" not in view
    assert "words: t1; t2" in view
    assert len(view.splitlines()[2]) < 320


def test_stratified_recall_and_its_conservative_interval() -> None:
    precision = eval_real_labels.rate(90, 100)
    miss = eval_real_labels.rate(2, 200)
    result = eval_real_labels._stratified_recall(precision, miss, 500, 3000)
    assert result["value"] == pytest.approx(450 / (450 + 30), abs=1e-4)
    low, high = result["ci"]
    assert low < result["value"] < high
    assert (
        eval_real_labels._stratified_recall(eval_real_labels.rate(0, 0), miss, 5, 5)["value"]
        is None
    )


def test_labelled_ids_exist_in_the_real_catalog() -> None:
    if not CATALOG.exists():
        pytest.skip(f"real catalog not available: {CATALOG} (../shared is absent)")
    ids = {str(item["id"]) for item in real_sample.read_catalog(CATALOG)}
    labelled = {json.loads(line)["model_id"] for p in label_files() for line in p.open()}
    assert labelled <= ids

"""Score the two naive likeness baselines on the dev and held-out sets.

Run from the repository root::

    .venv/bin/python tests/devset/score_baselines.py

For the POI-list baseline it uses Civitai's real list from ``../shared`` when present (the dev set
holds invented people only, so it should find next to nothing), and an *oracle* list made of the
labelled targets themselves: what a gazetteer that knew every person would reach with a plain
substring match.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dfaudit.detect.baselines import PoiListBaseline, tags_and_flags_baseline

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SPLITS = {
    "dev": ("devset.jsonl", "labels.jsonl"),
    "holdout": ("holdout.jsonl", "holdout_labels.jsonl"),
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(
    predict: Callable[[dict[str, Any]], bool],
    items: list[dict[str, Any]],
    labels: list[dict[str, Any]],
) -> dict[str, Any]:
    """Precision, recall and F1 for likeness, and predicted-positive counts per kind."""
    counts: Counter[str] = Counter()
    positives_by_kind: Counter[str] = Counter()
    for item, label in zip(items, labels, strict=True):
        predicted = predict(item)
        counts[f"{'t' if predicted == label['likeness'] else 'f'}{'p' if predicted else 'n'}"] += 1
        if predicted:
            positives_by_kind[label["kind"]] += 1
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1, "by_kind": dict(positives_by_kind)}


def main() -> None:
    lexicon_path = SHARED / "lexicons" / "civitai" / "words-poi.json"
    for split, (items_name, labels_name) in SPLITS.items():
        items, labels = read_jsonl(HERE / items_name), read_jsonl(HERE / labels_name)
        # full names only: initials and lone first names would match inside ordinary words
        oracle = PoiListBaseline(
            label["target"] for label in labels if label["target"] and " " in label["target"]
        )
        baselines: dict[str, Callable[[dict[str, Any]], bool]] = {
            "tags_and_flags": tags_and_flags_baseline,
            "poi_list(oracle full names)": oracle.predict,
        }
        if lexicon_path.exists():
            real = PoiListBaseline(json.loads(lexicon_path.read_text(encoding="utf-8")))
            baselines["poi_list(civitai words-poi)"] = real.predict
        print(f"== {split}: {len(items)} items, {sum(x['likeness'] for x in labels)} likeness")
        for name, predict in baselines.items():
            result = score(predict, items, labels)
            print(
                f"  {name:30s} P={result['precision']:.3f} R={result['recall']:.3f} "
                f"F1={result['f1']:.3f}  predicted positive by kind: {result['by_kind']}"
            )


if __name__ == "__main__":
    main()

"""Score the current detector on the third, independently written dev set (tests/devset3).

Run from the repository root::

    .venv/bin/python scripts/eval_devset3.py                      # dev3, hold3 and poi3
    .venv/bin/python scripts/eval_devset3.py --part dev3 --lexicon poi --show-errors

Prints the same figures as ``scripts/eval_devset2.py`` (whose functions it reuses): likeness
precision / recall / F1 with 95 % Wilson intervals, recall or false-flag rate per kind and per
shape, target and gender accuracy, minor-risk recall and false flags (also on adult East-Asian
likeness items) and sexual-intent precision / recall / F1. ``--show-errors`` lists ids only.

``poi3`` fills the set's own templates with names of Civitai's POI list (``../shared``) in
memory; it is skipped with a message when ``../shared`` is absent, and none of its items is
written anywhere. ``hold3`` and ``poi3`` are scored once, at the end; nothing is tuned on them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
from eval_devset2 import POI_LIST

from dfaudit.detect.evalsets import LabelledItem, load_labelled, record_of

ROOT = Path(__file__).resolve().parents[1]
DEVSET3 = ROOT / "tests" / "devset3"
PARTS = ("dev3", "hold3", "poi3")


def poi3_items() -> list[LabelledItem]:
    """poi3, built in memory by the set's own module (loaded from its file)."""
    spec = importlib.util.spec_from_file_location("devset3_poi", DEVSET3 / "devset3_poi.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    items, labels = module.build_poi3(module.load_names(POI_LIST))
    pairs = zip(items, labels, strict=True)
    return [LabelledItem(record_of(raw, label["platform"]), label, raw) for raw, label in pairs]


def load_part(part: str) -> list[LabelledItem] | None:
    if part == "poi3":
        if POI_LIST.exists():
            return poi3_items()
        print("poi3: skipped, ../shared/lexicons/civitai/words-poi.json is absent")
        return None
    return load_labelled(DEVSET3 / f"{part}.jsonl", DEVSET3 / f"{part}_labels.jsonl")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())

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

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from eval_devset2 import POI_LIST, make_detector, report

from dfaudit.detect.evalsets import LabelledItem, load_labelled, record_of

ROOT = Path(__file__).resolve().parents[1]
DEVSET3 = ROOT / "tests" / "devset3"
PARTS = ("dev3", "hold3", "poi3")


def load_part(part: str) -> list[LabelledItem] | None:
    if part != "poi3":
        return load_labelled(DEVSET3 / f"{part}.jsonl", DEVSET3 / f"{part}_labels.jsonl")
    if not POI_LIST.exists():
        print("poi3: skipped, ../shared/lexicons/civitai/words-poi.json is absent")
        return None
    sys.path.insert(0, str(DEVSET3))
    try:
        from devset3_poi import build_poi3, load_names
    finally:
        sys.path.remove(str(DEVSET3))
    items, labels = build_poi3(load_names(POI_LIST))
    return [
        LabelledItem(record_of(raw, str(label["platform"])), label, raw)
        for raw, label in zip(items, labels, strict=True)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--part", choices=PARTS, action="append", help="repeatable; default all")
    parser.add_argument("--lexicon", choices=("none", "poi"), default="none")
    parser.add_argument("--show-errors", action="store_true", help="list the ids of errors")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    detector = make_detector(args.lexicon)
    if detector is None:
        return 0
    print(f"lexicon: {args.lexicon}")
    for part in args.part or PARTS:
        items = load_part(part)
        if items is not None:
            report(part, items, detector, args.show_errors)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the current detector on the fourth, independently written dev set (tests/devset4).

Run from the repository root::

    .venv/bin/python scripts/eval_devset4.py --part dev4
    .venv/bin/python scripts/eval_devset4.py --part dev4 --lexicon poi --show-errors

The printout is the one of ``scripts/eval_devset2.py`` (its ``main`` and ``report`` are reused
as they are): likeness precision / recall / F1 with 95 % Wilson intervals, recall or false-flag
rate per kind and per shape, target and gender accuracy, minor-risk recall and false flags (also
on adult East-Asian likeness items) and sexual-intent precision / recall / F1.

``poi4`` is built in memory by ``tests/devset4/devset4_poi.py`` from the names of Civitai's POI
list (``../shared``) and is skipped with a message when ``../shared`` is absent. ``hold4`` and
``poi4`` are for a single scoring at the end: nothing is tuned on them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import eval_devset2

from dfaudit.detect.evalsets import LabelledItem, load_labelled, record_of

DEVSET4 = Path(__file__).resolve().parents[1] / "tests" / "devset4"
PARTS = ("dev4", "hold4", "poi4")


def _module(name: str, folder: Path = DEVSET4) -> ModuleType:
    """A module of a set, loaded from its file (the folder is no package)."""
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def part_loader(
    folder: Path, poi_part: str, poi_module: str, build: str
) -> Callable[[str], list[LabelledItem] | None]:
    """The loader of a set's parts: ``<part>.jsonl`` files, and the in-memory POI part."""

    def load(part: str) -> list[LabelledItem] | None:
        if part != poi_part:
            return load_labelled(folder / f"{part}.jsonl", folder / f"{part}_labels.jsonl")
        if not eval_devset2.POI_LIST.exists():
            print(f"{poi_part}: skipped, ../shared/lexicons/civitai/words-poi.json is absent")
            return None
        poi = _module(poi_module, folder)
        items, labels = getattr(poi, build)(poi.load_names(eval_devset2.POI_LIST))
        return [
            LabelledItem(record_of(raw, str(label["platform"])), label, raw)
            for raw, label in zip(items, labels, strict=True)
        ]

    return load


load_part = part_loader(DEVSET4, "poi4", "devset4_poi", "build_poi4")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())

"""Score the current detector on the eighth, independently written dev set (tests/devset8).

Run from the repository root::

    .venv/bin/python scripts/eval_devset8.py --part dev8
    .venv/bin/python scripts/eval_devset8.py --part hold8 --lexicon poi --show-errors

Same printout as ``scripts/eval_devset7.py`` (``eval_devset2.main`` with the part loader of
``eval_devset4``, reused by import): likeness precision / recall / F1 with 95 % Wilson intervals,
recall or false-flag rate per kind and per shape, target and gender accuracy, minor risk (also on
adult East-Asian likeness items) and sexual intent. ``poi8`` is built in memory by
``tests/devset8/devset8_poi.py`` from the names of Civitai's POI list (``../shared``) and is
skipped with a message when ``../shared`` is absent. Every part is held out this round: nothing
is tuned on them, and the coordinator scores them once, at the end.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET8 = Path(__file__).resolve().parents[1] / "tests" / "devset8"
PARTS = ("dev8", "hold8", "poi8")
load_part = eval_devset4.part_loader(DEVSET8, "poi8", "devset8_poi", "build_poi8")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())

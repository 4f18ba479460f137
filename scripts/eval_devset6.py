"""Score the current detector on the sixth, independently written dev set (tests/devset6).

Run from the repository root::

    .venv/bin/python scripts/eval_devset6.py --part dev6
    .venv/bin/python scripts/eval_devset6.py --part hold6 --lexicon poi --show-errors

The printout is the one of ``scripts/eval_devset5.py`` (``eval_devset2.main`` with the part
loader of ``eval_devset4``, both reused as they are): likeness precision / recall / F1 with 95 %
Wilson intervals, recall or false-flag rate per kind and per shape, target and gender accuracy,
minor risk (also on adult East-Asian likeness items) and sexual intent. ``poi6`` is built in
memory by ``tests/devset6/devset6_poi.py`` from the names of Civitai's POI list (``../shared``)
and is skipped with a message when ``../shared`` is absent. All three parts are held out this
round: nothing is tuned on them, and they are scored once, at the end.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET6 = Path(__file__).resolve().parents[1] / "tests" / "devset6"
PARTS = ("dev6", "hold6", "poi6")
load_part = eval_devset4.part_loader(DEVSET6, "poi6", "devset6_poi", "build_poi6")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())

"""Score the current detector on the fifth, independently written dev set (tests/devset5).

Run from the repository root::

    .venv/bin/python scripts/eval_devset5.py --part dev5
    .venv/bin/python scripts/eval_devset5.py --part hold5 --lexicon poi --show-errors

The printout is the one of ``scripts/eval_devset2.py`` and ``scripts/eval_devset4.py``, whose
``main`` and part loader are reused as they are. ``poi5`` is built in memory by
``tests/devset5/devset5_poi.py`` from the names of Civitai's POI list (``../shared``) and is
skipped with a message when ``../shared`` is absent. All three parts are held out this round:
nothing is tuned on them, and they are scored once, at the end.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET5 = Path(__file__).resolve().parents[1] / "tests" / "devset5"
PARTS = ("dev5", "hold5", "poi5")
load_part = eval_devset4.part_loader(DEVSET5, "poi5", "devset5_poi", "build_poi5")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
